//! `sourcelight label`: JSON Lines in, labels out — the accuracy contract.

use super::input::{documents, read_lines, Line};
use serde_json::json;
use std::io::{Read, Write};

/// One output line's worth of results for a document's sentences.
pub struct Labelled {
    /// Own labels.
    pub labels: sourcelight::Labels,
    /// Inherited labels.
    pub context: sourcelight::Labels,
    /// The line as output JSON.
    pub json: serde_json::Value,
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
            let cues: Vec<_> = s
                .cues
                .iter()
                .map(|c| json!({"start": c.span.start, "end": c.span.end, "category": c.category, "rule": c.rule, "text": c.span.slice(&line.text)}))
                .collect();
            Labelled { labels: s.labels, context: s.context, json: json!({"id": line.id, "labels": s.labels, "context": s.context, "cues": cues}) }
        })
        .collect())
}

pub fn run(default_lang: &str) -> Result<i32, String> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?;
    let lines = read_lines(&bytes);
    let mut out: Vec<Option<serde_json::Value>> = vec![None; lines.len()];
    let mut failed = false;
    for doc in documents(&lines) {
        let doc_lines: Vec<&Line> = doc.iter().map(|&k| lines[k].1.as_ref().unwrap()).collect();
        match label_document(&doc_lines, default_lang) {
            Ok(results) => {
                for (&k, r) in doc.iter().zip(results) {
                    out[k] = Some(r.json);
                }
            }
            Err(msg) => {
                for &k in &doc {
                    let msg = format!("line {}: {msg}", lines[k].0);
                    eprintln!("sourcelight label: {msg}");
                    let id = lines[k].1.as_ref().map(|l| l.id.clone()).unwrap_or_default();
                    out[k] = Some(json!({"id": id, "error": msg}));
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
                json!({"id": bad.id, "error": bad.message})
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
