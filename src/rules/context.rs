//! Labels inherited from neighbours: a quotation with no speaker of its own
//! that continues a speaker's words inherits that speaker's label; the
//! account right after "…, selon une source proche du dossier." inherits
//! `anonymous_source`; the first sentences of a quotation belong to the
//! speaker its last sentence names.

use crate::category::{Category, Labels};

/// What the rules saw of one sentence, for the context pass.
#[derive(Debug, Clone, Copy, Default)]
pub struct ContextInput {
    /// The sentence's own labels.
    pub labels: Labels,
    /// It quotes someone (holds a quotation mark or starts inside a quotation).
    pub quotes: bool,
    /// A heading: a short line without final punctuation ("Des caisses
    /// vides"). The text after it starts afresh.
    pub heading: bool,
    /// It opens inside a quotation that an earlier sentence opened
    /// (« … . / … », a martelé X.).
    pub continues_quote: bool,
    /// It opens or ends on an unnamed source ("…, officials said.",
    /// "According to a source close to the club, …").
    pub lends_anonymous: bool,
}

/// How many sentences back an unattributed quotation still finds its
/// speaker (a testimony often opens a few sentences after its speaker is
/// introduced).
const REACH: usize = 5;

/// The inherited labels of each sentence: a quoting sentence with no label
/// of its own inherits the source of the last attributed sentence within
/// `REACH`; a chain of such quotations carries it along.
pub fn inherit(sentences: &[ContextInput]) -> Vec<Labels> {
    let mut out = vec![Labels::EMPTY; sentences.len()];
    // (sentence index, category) of the last source seen.
    let mut last: Option<(usize, Category)> = None;
    for (i, s) in sentences.iter().enumerate() {
        if s.heading {
            last = None;
            continue;
        }
        if let Some(c) = [Category::NamedSource, Category::AnonymousSource].into_iter().find(|c| s.labels.contains(*c)) {
            last = Some((i, c));
            continue;
        }
        // The account after "…, selon une source." inherits it, even when it
        // carries its own unverified cue ("Moscou aurait livré…"); a source
        // of its own was taken above.
        if i > 0 && sentences[i - 1].lends_anonymous {
            out[i].insert(Category::AnonymousSource);
            continue;
        }
        if !s.labels.is_empty() {
            continue;
        }
        if !s.quotes {
            continue;
        }
        if let Some((_, c)) = last.filter(|(at, _)| i - at <= REACH) {
            out[i].insert(c);
            last = Some((i, c));
        }
    }
    // « Nous ne céderons pas. / La réforme ira à son terme », a martelé le
    // Premier ministre. — a quotation's first sentences belong to the
    // speaker its last one names.
    for i in (0..sentences.len().saturating_sub(1)).rev() {
        let next = &sentences[i + 1];
        if !next.continues_quote || !sentences[i].quotes || !sentences[i].labels.is_empty() {
            continue;
        }
        let spoken = |c: &Category| next.labels.contains(*c) || out[i + 1].contains(*c);
        if let Some(c) = [Category::NamedSource, Category::AnonymousSource].into_iter().find(spoken) {
            out[i] = Labels::EMPTY;
            out[i].insert(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(labels: &[Category], quotes: bool) -> ContextInput {
        ContextInput { labels: labels.iter().copied().collect(), quotes, heading: false, continues_quote: false, lends_anonymous: false }
    }

    #[test]
    fn the_account_after_a_trailing_unnamed_source_inherits_it() {
        let source = ContextInput { labels: [Category::AnonymousSource].into_iter().collect(), quotes: false, heading: false, continues_quote: false, lends_anonymous: true };
        let got = inherit(&[source, input(&[], false), input(&[], false)]);
        assert!(got[1].contains(Category::AnonymousSource));
        assert!(got[2].is_empty(), "only the next sentence");
    }

    #[test]
    fn a_quotation_s_first_sentence_belongs_to_the_speaker_its_last_names() {
        let opening = input(&[], true);
        let closing = ContextInput { continues_quote: true, ..input(&[Category::NamedSource], true) };
        let got = inherit(&[opening, closing]);
        assert!(got[0].contains(Category::NamedSource));
        let unrelated = input(&[Category::NamedSource], true);
        assert!(inherit(&[opening, unrelated])[0].is_empty(), "a new quotation names no one before it");
    }

    #[test]
    fn a_heading_ends_what_the_text_before_it_lent() {
        let named = input(&[Category::NamedSource], false);
        let heading = ContextInput { heading: true, ..input(&[], false) };
        assert!(inherit(&[named, heading, input(&[], true)])[2].is_empty());
    }

    #[test]
    fn quotes_continue_the_named_speaker() {
        let named = input(&[Category::NamedSource], false);
        let (quote, plain) = (input(&[], true), input(&[], false));
        let got = inherit(&[named, quote, quote, plain, quote, plain, plain, plain, plain, plain, plain, quote]);
        assert!(got[1].contains(Category::NamedSource) && got[2].contains(Category::NamedSource));
        assert!(got[3].is_empty(), "a plain statement inherits nothing");
        assert!(got[4].contains(Category::NamedSource), "a quotation a little further still has its speaker");
        assert!(got[11].is_empty(), "too far from any speaker");
    }
}
