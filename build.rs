//! Turns the language data under `data/` into what the builds carry, so that
//! adding a language means adding a file, not code:
//!
//! - `OUT_DIR/<stem>.lang`, each file in its compact form (comments and
//!   indentation gone, line numbers kept), and `language_files.rs`, which
//!   embeds them all; only builds with the `embed-languages` feature (the
//!   native CLI, the Python package) include it. The `.wasm` does not: the
//!   extension and the demo load one compact file per page language
//!   (written by `sourcelight-lang`, which also fails the build on a parse
//!   error, with file and line).
//! - `catalog.rs`, the small table every build carries: each language's
//!   code, name, `[detect]` words (for `auto`), and the `[explain]` texts
//!   of the interface's languages (the reader's language may differ from
//!   the page's; other languages' texts come with their file).

use std::{env, fs, path::Path};

#[path = "src/lexicon/compact.rs"]
mod compact;

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/lexicon/compact.rs");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("data/ folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lang"))
        .collect();
    files.sort();
    let out_dir = Path::new(&env::var("OUT_DIR").unwrap()).to_path_buf();
    let mut embed = String::from("/// Every language file in its compact form: (file stem, contents).\npub static LANGUAGE_FILES: &[(&str, &str)] = &[\n");
    let mut catalog = String::from(
        "/// Every language of `data/`, by file stem: (stem, name, `[detect]` words, `[explain]` entries in file order).\n\
         pub(super) static CATALOG: &[(&str, &str, &str, &[(&str, &str)])] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let stem = f.file_stem().unwrap().to_string_lossy();
        let text = compact::compact(&fs::read_to_string(f).unwrap());
        let dest = out_dir.join(format!("{stem}.lang"));
        fs::write(&dest, &text).unwrap();
        embed += &format!("    ({stem:?}, include_str!({:?})),\n", dest.display().to_string());
        // The few sections the table needs, read as the parser reads them
        // (it checks the whole file: `sourcelight-lang` and a unit test).
        let (mut section, mut name, mut detect, mut explain) = ("", "", Vec::new(), Vec::new());
        for line in text.lines().filter(|l| !l.is_empty()) {
            if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = s;
                continue;
            }
            let kv = line.split_once('=').map(|(k, v)| (k.trim(), v.trim()));
            match (section, kv) {
                ("language", Some(("name", v))) => name = v,
                ("detect", _) => detect.push(line),
                ("explain", Some(kv)) if compact::READER_LANGUAGES.contains(&stem.as_ref()) => explain.push(kv),
                _ => {}
            }
        }
        catalog += &format!("    ({stem:?}, {name:?}, {:?}, &{explain:?}),\n", detect.join(" "));
    }
    embed += "];\n";
    catalog += "];\n";
    fs::write(out_dir.join("language_files.rs"), embed).unwrap();
    fs::write(out_dir.join("catalog.rs"), catalog).unwrap();
}
