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
    let out_dir = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let mut out = String::from("/// Every embedded language file: (file stem, contents).\npub static LANGUAGE_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let stem = f.file_stem().unwrap().to_string_lossy();
        // Comments are for the people who write the files; the binary (and
        // the .wasm a browser downloads) carries only the data. Line numbers
        // are kept, so that parse errors still name the right line.
        let text = fs::read_to_string(f).unwrap();
        let stripped: String = text.lines().map(|l| format!("{}\n", strip_comment(l).trim())).collect();
        let dest = out_dir.join(format!("{stem}.lang"));
        fs::write(&dest, stripped).unwrap();
        out += &format!("    ({stem:?}, include_str!({:?})),\n", dest.display().to_string());
    }
    out += "];\n";
    fs::write(out_dir.join("languages.rs"), out).unwrap();
}

/// The line without its comment (a `#` at the line's start or after a space),
/// as the lexicon parser reads it.
fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('#') {
        return "";
    }
    match line.find(" #") {
        Some(p) => &line[..p],
        None => line,
    }
}
