//! `sourcelight eval`: precision, recall and F1 against labelled JSON Lines,
//! per language and category; exits 1 below the given thresholds.

use super::outln;
use super::input::{documents, read_lines, Line};
use super::label::label_document;
use sourcelight::eval::{LangScores, Part};
use sourcelight::{Category, Labels};
use std::collections::BTreeMap;

/// A row of the table: a language and, where the corpus is split, a part.
type Group = (String, Option<Part>);

struct Miss {
    id: String,
    kind: &'static str,
    category: Category,
    text: String,
    cues: String,
}

/// `min_f1`, `max_false_flag`: the thresholds as given (see `check_thresholds`).
pub fn run(files: &[String], min_f1: &[String], max_false_flag: &[String], max_errors: usize) -> Result<i32, String> {
    let mut scores: BTreeMap<Group, LangScores> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut bad = 0;
    for path in files {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        let lines = read_lines(&bytes);
        for (_, l) in &lines {
            if let Err(b) = l {
                eprintln!("sourcelight eval: {path}: {}", b.message);
                bad += 1;
            }
        }
        for doc in documents(&lines) {
            let doc_lines: Vec<&Line> = doc.iter().map(|&k| lines[k].1.as_ref().unwrap()).collect();
            let results = label_document(&doc_lines, "auto").map_err(|e| format!("{path}: {e}"))?;
            for (line, r) in doc_lines.iter().zip(results) {
                let gold = parse_labels(line.labels.as_deref(), "labels", path, &line.id)?;
                // A line without `context` inherits nothing.
                let gold_ctx = parse_labels(Some(line.context.as_deref().unwrap_or_default()), "context", path, &line.id)?;
                let lang = line.lang.clone().unwrap_or_else(|| "auto".into());
                let part = match line.part.as_deref() {
                    None => None,
                    Some(p) => Some(Part::parse(p).ok_or_else(|| format!("{path}: id {}: unknown part `{p}` (tune or check)", line.id))?),
                };
                scores.entry((lang, part)).or_default().add(gold, r.labels, gold_ctx, r.context);
                // The check part is read in totals only: its sentences are
                // never listed, so that nothing is tuned against them.
                if part == Some(Part::Check) {
                    continue;
                }
                for c in Category::ALL {
                    let kind = match (gold.contains(c), r.labels.contains(c)) {
                        (true, false) => "missed",
                        (false, true) => "false",
                        _ => continue,
                    };
                    let cues = r.line.cues.iter().map(|c| format!("{}:{}", c.rule, c.text)).collect::<Vec<_>>().join(" | ");
                    misses.push(Miss { id: line.id.as_str().map_or_else(|| line.id.to_string(), str::to_string), kind, category: c, text: line.text.clone(), cues });
                }
            }
        }
    }
    print_table(&scores);
    if max_errors > 0 && !misses.is_empty() {
        outln!("\nerrors outside the check part ({} in all; first {max_errors} of each kind):", misses.len());
        for kind in ["false", "missed"] {
            for m in misses.iter().filter(|m| m.kind == kind).take(max_errors) {
                outln!("  {:6} {:16} {}  {}", m.kind, m.category.as_str(), m.id, shorten(&m.text, 140));
                if !m.cues.is_empty() {
                    outln!("         cues: {}", m.cues);
                }
            }
        }
    }
    let failures = check_thresholds(min_f1, max_false_flag, &scores)?;
    for f in &failures {
        outln!("BELOW THRESHOLD: {f}");
    }
    if bad > 0 {
        outln!("{bad} unreadable line(s) skipped");
    }
    Ok(i32::from(!failures.is_empty() || bad > 0))
}

fn parse_labels(names: Option<&[String]>, field: &str, path: &str, id: &serde_json::Value) -> Result<Labels, String> {
    let Some(names) = names else {
        return Err(format!("{path}: line with id {id} has no gold `{field}`"));
    };
    names.iter().map(|n| Category::parse(n).ok_or_else(|| format!("{path}: id {id}: unknown label `{n}`"))).collect()
}

fn group_name((lang, part): &Group) -> String {
    part.map_or_else(|| lang.clone(), |p| format!("{lang}/{}", p.as_str()))
}

fn print_table(scores: &BTreeMap<Group, LangScores>) {
    outln!("{:8} {:17} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}", "lang", "category", "tp", "fp", "fn", "P", "R", "F1");
    for (group, s) in scores {
        let lang = group_name(group);
        for (c, k) in &s.labels {
            outln!("{:8} {:17} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}", lang, c.as_str(), k.tp, k.fp, k.fn_, k.precision(), k.recall(), k.f1());
        }
        for (c, k) in &s.context {
            if k.tp + k.fn_ > 0 {
                outln!("{:8} {:17} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}", lang, format!("context:{}", c.as_str()), k.tp, k.fp, k.fn_, k.precision(), k.recall(), k.f1());
            }
        }
        outln!("{:8} unlabelled sentences flagged (anonymous/unverified): {}/{} = {:.1} % ({} sentences)", lang, s.unlabelled_flagged, s.unlabelled, 100.0 * s.false_flag_rate(), s.sentences);
    }
}

/// Reads `--min-f1 [GROUP:]CATEGORY=X` (repeatable) and `--max-false-flag
/// [GROUP:]X` and returns the thresholds missed. GROUP is `LANG`, `LANG/PART`
/// or `*/PART`; without it a threshold holds for every row.
fn check_thresholds(min_f1: &[String], max_false_flag: &[String], scores: &BTreeMap<Group, LangScores>) -> Result<Vec<String>, String> {
    let mut failures = Vec::new();
    for v in min_f1 {
        let (key, x) = v.split_once('=').ok_or_else(|| format!("--min-f1 wants [GROUP:]CATEGORY=X, got `{v}`"))?;
        let x: f64 = x.parse().map_err(|_| format!("--min-f1: not a number in `{v}`"))?;
        let (sel, cat) = key.rsplit_once(':').map_or((None, key), |(g, c)| (Some(g), c));
        let cat = Category::parse(cat).ok_or_else(|| format!("--min-f1: unknown category `{cat}`"))?;
        for (g, s) in selected(scores, sel)? {
            let f1 = s.labels.get(&cat).map_or(0.0, |k| k.f1());
            if f1 < x {
                failures.push(format!("{} {} F1 {f1:.3} < {x}", group_name(g), cat.as_str()));
            }
        }
    }
    for v in max_false_flag {
        let (sel, x) = v.rsplit_once(':').map_or((None, v.as_str()), |(g, x)| (Some(g), x));
        let x: f64 = x.parse().map_err(|_| format!("--max-false-flag: not a number: {v}"))?;
        for (g, s) in selected(scores, sel)? {
            if s.false_flag_rate() > x {
                failures.push(format!("{} unlabelled flagged {:.3} > {x}", group_name(g), s.false_flag_rate()));
            }
        }
    }
    Ok(failures)
}

/// The rows a threshold's GROUP selects (all rows without one).
fn selected<'a>(scores: &'a BTreeMap<Group, LangScores>, sel: Option<&str>) -> Result<Vec<(&'a Group, &'a LangScores)>, String> {
    let Some(sel) = sel else { return Ok(scores.iter().collect()) };
    let (lang, part) = match sel.split_once('/') {
        None => (sel, None),
        Some((l, p)) => (l, Some(Part::parse(p).ok_or_else(|| format!("unknown part `{p}` in `{sel}` (tune or check)"))?)),
    };
    Ok(scores.iter().filter(|((l, p), _)| (lang == "*" || lang == l) && part.is_none_or(|want| *p == Some(want))).collect())
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}
