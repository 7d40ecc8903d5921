//! `sourcelight analyze FILE`: a readable per-page summary (or `--json`).

use super::outln;
use sourcelight::{charset, explain, html, page, Category};
use std::io::Read;

pub fn run(path: &str, lang: &str, json: bool) -> Result<i32, String> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b).map_err(|e| format!("cannot read stdin: {e}"))?;
        b
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))?
    };
    // A page is read in its own encoding; plain text must be UTF-8.
    let page = charset::decode_page(&bytes);
    let text = if html::looks_like_html(&page) {
        page::main_text(&page)
    } else {
        let text = std::str::from_utf8(&bytes).map_err(|e| format!("{path}: neither an HTML page nor UTF-8 text (invalid UTF-8 at byte {})", e.valid_up_to()))?;
        text.to_string()
    };
    let a = sourcelight::analyze(&text, lang).map_err(|e| e.to_string())?;
    if json {
        let sentences: Vec<_> = a
            .sentences
            .iter()
            .map(|s| {
                let cues: Vec<_> = s
                    .cues
                    .iter()
                    .map(|c| serde_json::json!({"start": c.span.start, "end": c.span.end, "category": c.category, "rule": c.rule, "text": c.span.slice(&text), "explanation": explain(c.rule, a.lang.unwrap_or("en"))}))
                    .collect();
                serde_json::json!({"start": s.span.start, "end": s.span.end, "text": s.span.slice(&text), "labels": s.labels, "context": s.context, "cues": cues})
            })
            .collect();
        let speakers: Vec<_> = a
            .speakers
            .iter()
            .map(|sp| {
                let mentions: Vec<_> = sp.mentions.iter().map(|m| serde_json::json!({"sentence": m.sentence, "start": m.span.start, "end": m.span.end, "text": m.span.slice(&text)})).collect();
                serde_json::json!({"text": sp.first().span.slice(&text), "kind": sp.kind, "sentences": sp.mentions.len(), "mentions": mentions})
            })
            .collect();
        outln!("{}", serde_json::json!({"file": path, "lang": a.lang, "summary": a.summary, "sentences": sentences, "speakers": speakers}));
        return Ok(0);
    }
    let Some(code) = a.lang else {
        outln!("{path}: no supported language recognised; nothing analysed.");
        return Ok(0);
    };
    let s = &a.summary;
    outln!("{path} — language: {code}, {} sentences", s.sentences);
    outln!("  on the record   {:>4}  {:>5.1} %", s.named_source, 100.0 * s.share_named);
    outln!("  anonymous       {:>4}  {:>5.1} %", s.anonymous_source, 100.0 * s.share_anonymous);
    outln!("  unverified      {:>4}  {:>5.1} %", s.unverified, 100.0 * s.share_unverified);
    if !a.speakers.is_empty() {
        outln!("\nWho speaks ({}):", a.speakers.len());
        for sp in &a.speakers {
            let n = sp.mentions.len();
            outln!("  {:<18} {n:>3} sentence{}  {}", sp.kind.as_str().replace('_', " "), if n == 1 { " " } else { "s" }, shorten(sp.first().span.slice(&text), 80));
        }
    }
    for cat in [Category::AnonymousSource, Category::Unverified] {
        let flagged: Vec<_> = a.sentences.iter().filter(|x| x.labels.contains(cat)).collect();
        if flagged.is_empty() {
            continue;
        }
        outln!("\n{}:", explain(cat.as_str(), code));
        for x in flagged {
            let cues: Vec<_> = x.cues.iter().filter(|c| c.category == cat).map(|c| format!("«{}»", c.span.slice(&text))).collect();
            outln!("  - {}\n      {}", shorten(x.span.slice(&text), 160), cues.join(", "));
        }
    }
    Ok(0)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}…")
}
