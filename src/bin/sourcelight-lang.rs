//! Writes the language files the extension and the demo load, one per
//! language, in their compact form (comments, indentation and empty lines
//! gone), after parsing each original: a broken data file fails the build
//! with its file and line. The `[explain]` and `[detect]` sections are left
//! out: every language's explanations and detection words are already in
//! the `.wasm` (`lexicon::catalog`), since the reader's language may not be
//! the page's and detection comes before any file is loaded.
//!
//! ```sh
//! sourcelight-lang OUT_DIR [DATA_DIR]    # DATA_DIR defaults to data/
//! ```
//! prints one line per language: code, bytes of the original, bytes written.

use sourcelight::lexicon::{compact, Lexicon, READER_LANGUAGES};
use std::path::Path;
use std::process::exit;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, data) = match &args[..] {
        [out] => (out.as_str(), "data"),
        [out, data] => (out.as_str(), data.as_str()),
        _ => {
            eprintln!("usage: sourcelight-lang OUT_DIR [DATA_DIR]");
            exit(2);
        }
    };
    if let Err(e) = run(Path::new(out), Path::new(data)) {
        eprintln!("sourcelight-lang: {e}");
        exit(1);
    }
}

fn run(out: &Path, data: &Path) -> Result<(), String> {
    let mut files: Vec<_> = std::fs::read_dir(data)
        .map_err(|e| format!("{}: {e}", data.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "lang"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.lang file in {}", data.display()));
    }
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for path in files {
        let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let lex = Lexicon::parse(&stem, &text).map_err(|e| e.to_string())?;
        if lex.code != stem {
            return Err(format!("{}: code `{}` differs from the file name", path.display(), lex.code));
        }
        let small = for_browser(&compact(&text), READER_LANGUAGES.contains(&stem.as_str()));
        // What the browser parses must be what was checked.
        Lexicon::parse(&stem, &small).map_err(|e| format!("compact form: {e}"))?;
        let dest = out.join(format!("{stem}.lang"));
        std::fs::write(&dest, &small).map_err(|e| format!("{}: {e}", dest.display()))?;
        println!("{stem}\t{}\t{}", text.len(), small.len());
    }
    Ok(())
}

/// What the browser loads: the compact text without `[detect]` (the table
/// every build carries has it), without `[explain]` where that table has
/// the language's explanations (`reader`), and without empty lines (the
/// file was checked, line numbers and all, before).
fn for_browser(text: &str, reader: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skip = false;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            skip = name == "detect" || name == "explain" && reader;
        }
        if !skip && !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
