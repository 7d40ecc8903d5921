//! Reading JSON Lines input: one sentence a line, grouped into documents.

use serde::Deserialize;

/// One input line, as given.
#[derive(Debug, Clone, Deserialize)]
pub struct Line {
    /// Caller's id, echoed back.
    pub id: serde_json::Value,
    /// Language code or "auto".
    pub lang: Option<String>,
    /// The sentence.
    pub text: String,
    /// Consecutive lines with the same article are one document.
    pub article: Option<String>,
    /// Corpus part, `tune` or `check` (eval only).
    #[serde(default)]
    pub part: Option<String>,
    /// Gold labels (eval only).
    #[serde(default)]
    pub labels: Option<Vec<String>>,
    /// Gold context labels (eval only).
    #[serde(default)]
    pub context: Option<Vec<String>>,
}

/// A line that could not be read, with its 1-based number.
#[derive(Debug, Clone)]
pub struct BadLine {
    /// The id, when it could be read.
    pub id: serde_json::Value,
    /// What is wrong.
    pub message: String,
}

/// Reads raw bytes into lines: each either parsed or an error naming it.
/// Blank lines are skipped (and numbered).
pub fn read_lines(bytes: &[u8]) -> Vec<(usize, Result<Line, BadLine>)> {
    let mut out = Vec::new();
    for (i, raw) in bytes.split(|b| *b == b'\n').enumerate() {
        let line_no = i + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        out.push((line_no, parse_line(line_no, raw)));
    }
    out
}

fn parse_line(line: usize, raw: &[u8]) -> Result<Line, BadLine> {
    // A good line straight into `Line`; any problem is worded by the
    // slower path below, through a generic JSON value.
    if let Ok(l) = serde_json::from_slice::<Line>(raw) {
        return Ok(l);
    }
    let bad = |id: serde_json::Value, message: String| BadLine { id, message };
    let text = std::str::from_utf8(raw).map_err(|e| bad(serde_json::Value::Null, format!("line {line}: invalid UTF-8 at byte {}", e.valid_up_to())))?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| bad(serde_json::Value::Null, format!("line {line}: invalid JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    if !value.is_object() {
        return Err(bad(id, format!("line {line}: expected a JSON object")));
    }
    for field in ["id", "text"] {
        if value.get(field).is_none() {
            return Err(bad(id, format!("line {line}: missing field `{field}`")));
        }
    }
    serde_json::from_value(value).map_err(|e| bad(id, format!("line {line}: {e}")))
}

/// Groups parsed lines into documents: runs of consecutive lines with the
/// same `article` and language (a line without `article` stands alone).
/// Bad lines break no run: they are reported where they stand.
pub fn documents(lines: &[(usize, Result<Line, BadLine>)]) -> Vec<Vec<usize>> {
    let mut docs: Vec<Vec<usize>> = Vec::new();
    let mut key: Option<(String, String)> = None;
    for (k, (_, l)) in lines.iter().enumerate() {
        let Ok(l) = l else { continue };
        let this = l.article.clone().map(|a| (a, l.lang.clone().unwrap_or_default()));
        match (&this, &key, docs.last_mut()) {
            (Some(t), Some(prev), Some(doc)) if t == prev => doc.push(k),
            _ => docs.push(vec![k]),
        }
        key = this;
    }
    docs
}
