//! `sourcelight label`: JSON Lines in, labels out — the accuracy contract.

use super::input::{documents, read_lines, Line};
use serde::Serialize;
use serde_json::json;
use std::io::{Read, Write};

/// A cue as `label` writes it (fields in name order, as the output always had them).
#[derive(Serialize)]
pub struct CueOut {
    /// Its label.
    pub category: sourcelight::Category,
    /// End, UTF-8 bytes into the line's text.
    pub end: usize,
    /// The rule that found it.
    pub rule: &'static str,
    /// Start, UTF-8 bytes into the line's text.
    pub start: usize,
    /// Its words.
    pub text: String,
}

/// One output line (fields in name order).
#[derive(Serialize)]
pub struct LineOut {
    /// Inherited labels.
    pub context: sourcelight::Labels,
    /// The cues behind `labels`.
    pub cues: Vec<CueOut>,
    /// The caller's id, echoed.
    pub id: serde_json::Value,
    /// Own labels.
    pub labels: sourcelight::Labels,
}

/// One output line's worth of results for a document's sentences.
pub struct Labelled {
    /// Own labels.
    pub labels: sourcelight::Labels,
    /// Inherited labels.
    pub context: sourcelight::Labels,
    /// The output line.
    pub line: LineOut,
}

/// Labels one document (lines in order); `default_lang` applies to lines
/// without `lang`. Each result is the output line for that input line.
pub fn label_document(lines: &[&Line], default_lang: &str) -> Result<Vec<Labelled>, String> {
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let lang = lines.first().and_then(|l| l.lang.as_deref()).unwrap_or(default_lang);
    let a = sourcelight::analyze_sentences(&texts, lang).map_err(|e| e.to_string())?;
    let empty = sourcelight::Sentence { span: sourcelight::Span::new(0, 0), labels: Default::default(), context: Default::default(), cues: vec![] };
    Ok(lines
        .iter()
        .enumerate()
        .map(|(k, line)| {
            let s = a.sentences.get(k).unwrap_or(&empty);
            let cues = s
                .cues
                .iter()
                .map(|c| CueOut { category: c.category, end: c.span.end, rule: c.rule, start: c.span.start, text: c.span.slice(&line.text).to_string() })
                .collect();
            Labelled { labels: s.labels, context: s.context, line: LineOut { context: s.context, cues, id: line.id.clone(), labels: s.labels } }
        })
        .collect())
}

pub fn run(default_lang: &str) -> Result<i32, String> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?;
    let lines = read_lines(&bytes);
    let mut out: Vec<Option<String>> = vec![None; lines.len()];
    let mut failed = false;
    for doc in documents(&lines) {
        let doc_lines: Vec<&Line> = doc.iter().map(|&k| lines[k].1.as_ref().unwrap()).collect();
        match label_document(&doc_lines, default_lang) {
            Ok(results) => {
                for (&k, r) in doc.iter().zip(results) {
                    out[k] = Some(serde_json::to_string(&r.line).map_err(|e| e.to_string())?);
                }
            }
            Err(msg) => {
                for &k in &doc {
                    let msg = format!("line {}: {msg}", lines[k].0);
                    eprintln!("sourcelight label: {msg}");
                    let id = lines[k].1.as_ref().map(|l| l.id.clone()).unwrap_or_default();
                    out[k] = Some(json!({"id": id, "error": msg}).to_string());
                    failed = true;
                }
            }
        }
    }
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    for (k, (_, line)) in lines.iter().enumerate() {
        let value = match (line, out[k].take()) {
            (Err(bad), _) => {
                eprintln!("sourcelight label: {}", bad.message);
                failed = true;
                json!({"id": bad.id, "error": bad.message}).to_string()
            }
            (Ok(_), Some(v)) => v,
            (Ok(_), None) => unreachable!("every good line belongs to a document"),
        };
        if let Err(e) = writeln!(w, "{value}") {
            return super::write_failed(e);
        }
    }
    if let Err(e) = w.flush() {
        return super::write_failed(e);
    }
    Ok(i32::from(failed))
}
