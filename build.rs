//! Embeds every language data file under `data/` at build time, so that adding
//! a language means adding a file, not code.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=data");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("data/ folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lang"))
        .collect();
    files.sort();
    let mut out = String::from("/// Every embedded language file: (file stem, contents).\npub static LANGUAGE_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let stem = f.file_stem().unwrap().to_string_lossy();
        out += &format!("    ({stem:?}, include_str!({:?})),\n", f.display().to_string());
    }
    out += "];\n";
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("languages.rs");
    fs::write(dest, out).unwrap();
}
