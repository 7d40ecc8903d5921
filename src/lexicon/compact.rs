//! The compact form of a language file: the same text without comments and
//! indentation, line for line (so that an error still names the right line
//! of `data/<lang>.lang`). Shared by `build.rs` (which
//! embeds the compact files in native builds and writes the table every
//! build carries) and `sourcelight-lang` (which writes the files the
//! extension and the demo load one at a time).

/// The languages the extension's interface speaks (`extension/_locales`):
/// their cue explanations are in the table every build carries, since a
/// reader's language need not be the page's. Every other language's
/// explanations travel in its own file, loaded with the page that needs
/// them.
pub const READER_LANGUAGES: &[&str] = &["en", "fr"];

/// The line without its comment (a line starting with `#`, or from a `#`
/// after a space) and without surrounding white space. The parser reads
/// the result exactly as it reads the original line.
pub fn strip_comment(raw: &str) -> &str {
    if raw.trim_start().starts_with('#') {
        return "";
    }
    match raw.find(" #") {
        Some(p) => &raw[..p],
        None => raw,
    }
    .trim()
}

/// The compact form of a whole file: every line stripped, none dropped.
pub fn compact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(strip_comment(line));
        out.push('\n');
    }
    // Trailing empty lines carry nothing.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
