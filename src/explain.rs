//! One-line explanations of cues, in the page's language and the reader's.
//! The texts live in the `[explain]` section of each language file.

use crate::lexicon;

/// Every rule name a cue can carry; each language file explains them all
/// (English and French are checked by a test; others fall back to English).
pub const RULES: &[&str] = &[
    "anonymous_speaker",
    "anonymity",
    "unnamed_sources",
    "vague_crowds",
    "unnamed_media",
    "named_speaker",
    "named_frames",
    "allegation",
    "speculation",
    "impersonal",
    "certainty",
    "reportive_mood",
    "anonymous_source",
    "unverified",
    "named_source",
];

/// The explanation of `rule` in language `lang`, falling back to English.
/// The interface's languages are in every build's table
/// (`lexicon::catalog`); another language's come with its file, once loaded.
pub fn explain(rule: &str, lang: &str) -> &'static str {
    let of = |code: &str| {
        let listed = lexicon::catalog().iter().find(|l| l.code == code).and_then(|l| l.explanation(rule));
        listed.or_else(|| lexicon::language(code).and_then(|l| l.explanation(rule)))
    };
    of(lang).or_else(|| of("en")).unwrap_or("")
}

#[cfg(test)]
mod tests {
    #[test]
    fn explains_in_both_reader_languages() {
        assert!(super::explain("anonymous_speaker", "fr").starts_with("Source anonyme"));
        assert!(super::explain("anonymous_speaker", "en").starts_with("Anonymous source"));
        assert_eq!(super::explain("allegation", "xx"), super::explain("allegation", "en"));
    }
}
