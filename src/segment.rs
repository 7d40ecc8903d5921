//! Sentence segmentation over tokens.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis (with the closing quotes
//! and brackets after it) when the next token starts a sentence, and at every
//! line break (headlines, list items). A dot after a listed abbreviation
//! ("M.", "Dr.", "janv.") or a single capital ("J. Smith") ends nothing.

use crate::lexicon::sec;
use crate::token::{Token, TokenKind};
use std::ops::Range;

/// Splits tokens into sentences; each range indexes `toks`.
pub fn sentences(toks: &[Token]) -> Vec<Range<usize>> {
    // Sentences run to some twenty tokens: rarely a reallocation.
    let mut out = Vec::with_capacity(toks.len() / 16);
    let mut start = 0;
    let mut i = 0;
    while i < toks.len() {
        if i > start && toks[i].newline_before {
            out.push(start..i);
            start = i;
        }
        if toks[i].is_terminal() && !is_abbreviation_dot(toks, i) {
            let mut end = i + 1;
            while end < toks.len() && !toks[end].newline_before && closes(&toks[end]) && (!toks[end].space_before || toks[end].kind == TokenKind::QuoteClose) {
                end += 1;
            }
            if end == toks.len() || starts_sentence(&toks[end]) {
                out.push(start..end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

fn closes(t: &Token) -> bool {
    t.kind == TokenKind::QuoteClose || t.is_terminal() || matches!(t.norm.as_str(), ")" | "]" | "'" | "’")
}

fn starts_sentence(t: &Token) -> bool {
    t.space_before
        && (t.cap
            || t.kind == TokenKind::Number
            || t.kind == TokenKind::QuoteOpen
            || matches!(t.norm.as_str(), "(" | "[" | "-" | "–" | "—" | "¿" | "¡" | "•" | "\"" | "'" | "‘"))
}

/// True when the dot at `i` closes an abbreviation or an initial ("M.",
/// "D.", "am 3. Oktober"), not a sentence.
pub(crate) fn is_abbreviation_dot(toks: &[Token], i: usize) -> bool {
    if toks[i].norm != "." || i == 0 || toks[i].space_before {
        return false;
    }
    let prev = &toks[i - 1];
    // An ordinal: "am 3. Oktober".
    if prev.kind == TokenKind::Number && prev.norm.len() <= 2 && toks.get(i + 1).is_some_and(|t| t.is(sec::ORDINAL_FOLLOWERS)) {
        return true;
    }
    prev.is_word() && (prev.is(sec::ABBREVIATIONS) || prev.cap && prev.norm.chars().nth(1).is_none())
}

#[cfg(test)]
mod tests {
    use crate::lexicon::language;
    use crate::token::tokenize;

    fn split(text: &str, lang: &str) -> Vec<String> {
        let lex = language(lang).unwrap();
        let toks = tokenize(text, lex, crate::token::QuoteState::NONE).0;
        super::sentences(&toks).into_iter().map(|r| text[toks[r.start].span.start..toks[r.end - 1].span.end].to_string()).collect()
    }

    macro_rules! t {
        ($name:ident, $lang:expr, $text:expr, [$($s:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(split($text, $lang), vec![$($s.to_string()),*]);
            }
        };
    }

    t!(titles_fr, "fr", "M. Dupont et Mme Durand sont là. Ils parlent.", ["M. Dupont et Mme Durand sont là.", "Ils parlent."]);
    t!(titles_en, "en", "Mr. Smith met Dr. Jones in the U.S. on Monday. They spoke.", ["Mr. Smith met Dr. Jones in the U.S. on Monday.", "They spoke."]);
    t!(initials, "en", "J. K. Rowling wrote it. Then she left.", ["J. K. Rowling wrote it.", "Then she left."]);
    t!(numbers, "en", "Growth was 3.5 percent, or 1,000 jobs. Good.", ["Growth was 3.5 percent, or 1,000 jobs.", "Good."]);
    t!(closing_quote, "fr", "Il a dit « c'est fini. » Puis il est parti.", ["Il a dit « c'est fini. »", "Puis il est parti."]);
    t!(english_quotes, "en", "“We won.” He smiled.", ["“We won.”", "He smiled."]);
    t!(headline, "en", "Headline without stop\nThe body starts here.", ["Headline without stop", "The body starts here."]);
    t!(ellipsis_lowercase, "fr", "Il hésite… puis repart. Fin.", ["Il hésite… puis repart.", "Fin."]);
    t!(month_abbrev, "fr", "Le 3 janv. dernier, rien. Ensuite oui.", ["Le 3 janv. dernier, rien.", "Ensuite oui."]);
    t!(question, "en", "Why? Because. Yes!", ["Why?", "Because.", "Yes!"]);
}
