//! The sentence tables: `tests/sentences/<lang>/<phenomenon>.tsv`, one row a
//! case, read as a specification of what the engine does with each
//! phenomenon of the label guide. Sentences written for the tests, not
//! taken from the corpora: they pin behaviour, they measure nothing.
//!
//! Row: `text<TAB>labels<TAB>reason`. `labels` is `A` (anonymous_source),
//! `U` (unverified), `N` (named_source) joined by `,`, or `-` for none: the
//! exact own labels of the text's last sentence (the sentences before it
//! are its context). A `!` before the labels marks a known limit: what the
//! guide asks and the engine does not do yet; it is listed, and it fails
//! the run once the engine gets it right, so that it moves into the table.

use sourcelight::{analyze, Category};
use std::collections::BTreeMap;
use std::path::Path;

struct Row {
    file: String,
    line: usize,
    text: String,
    want: Vec<Category>,
    limit: bool,
}

fn parse_labels(s: &str) -> Option<Vec<Category>> {
    if s == "-" {
        return Some(Vec::new());
    }
    let mut v: Vec<Category> = s
        .split(',')
        .map(|l| match l.trim() {
            "A" => Some(Category::AnonymousSource),
            "U" => Some(Category::Unverified),
            "N" => Some(Category::NamedSource),
            _ => None,
        })
        .collect::<Option<_>>()?;
    v.sort();
    Some(v)
}

fn read_tables(dir: &Path) -> BTreeMap<String, Vec<Row>> {
    let mut langs: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    let mut lang_dirs: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    lang_dirs.sort();
    for lang_dir in lang_dirs {
        let lang = lang_dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(&lang_dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "tsv")).collect();
        files.sort();
        let rows = langs.entry(lang.clone()).or_default();
        for path in files {
            let file = format!("{lang}/{}", path.file_name().unwrap().to_string_lossy());
            for (n, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let cols: Vec<&str> = line.split('\t').collect();
                assert!(cols.len() >= 2, "{file}:{}: want text<TAB>labels<TAB>reason", n + 1);
                let (limit, labels) = cols[1].strip_prefix('!').map_or((false, cols[1]), |l| (true, l));
                let want = parse_labels(labels.trim()).unwrap_or_else(|| panic!("{file}:{}: labels `{}`: use A, U, N joined by `,`, or `-`", n + 1, cols[1]));
                rows.push(Row { file: file.clone(), line: n + 1, text: cols[0].to_string(), want, limit });
            }
        }
    }
    langs
}

#[test]
fn every_sentence_table_holds() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sentences"));
    let tables = read_tables(dir);
    assert!(!tables.is_empty(), "no tables under {}", dir.display());
    let mut failures = Vec::new();
    let mut limits: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut summary = Vec::new();
    for (lang, rows) in &tables {
        let mut per_file: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for row in rows {
            let analysis = analyze(&row.text, lang).unwrap_or_else(|e| panic!("{}:{}: {e}", row.file, row.line));
            let last = analysis.sentences.last().unwrap_or_else(|| panic!("{}:{}: no sentence", row.file, row.line));
            let got: Vec<Category> = last.labels.iter().collect();
            let ok = got == row.want;
            let counts = per_file.entry(&row.file).or_default();
            counts.0 += 1;
            if row.limit {
                if ok {
                    failures.push(format!("{}:{}: a known limit now passes, move it into the table: {}", row.file, row.line, row.text));
                } else {
                    limits.entry(row.file.clone()).or_default().push(format!("{} (want {:?}, got {got:?})", row.text, row.want));
                }
                continue;
            }
            if !ok {
                counts.1 += 1;
                let cues: Vec<String> = last.cues.iter().map(|c| format!("{}:{}", c.rule, c.span.slice(&row.text))).collect();
                failures.push(format!("{}:{}: want {:?}, got {got:?} {cues:?}\n    {}", row.file, row.line, row.want, row.text));
            }
        }
        for (file, (n, bad)) in per_file {
            summary.push(format!("{file}: {} of {n} pass", n - bad));
        }
    }
    println!("{}", summary.join("\n"));
    if !limits.is_empty() {
        println!("\nknown limits, by phenomenon:");
        for (file, cases) in &limits {
            println!("  {file} ({})", cases.len());
            for c in cases {
                println!("    {c}");
            }
        }
    }
    assert!(failures.is_empty(), "{} failing row(s):\n{}", failures.len(), failures.join("\n"));
}
