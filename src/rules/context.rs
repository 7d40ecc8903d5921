//! Labels inherited from neighbours: a quotation with no speaker of its own
//! that continues a speaker's words inherits that speaker's label.

use crate::category::{Category, Labels};

/// What the rules saw of one sentence, for the context pass.
#[derive(Debug, Clone, Copy, Default)]
pub struct ContextInput {
    /// The sentence's own labels.
    pub labels: Labels,
    /// It quotes someone (holds a quotation mark or starts inside a quotation).
    pub quotes: bool,
    /// It starts a new paragraph.
    pub new_paragraph: bool,
}

/// The inherited labels of each sentence.
pub fn inherit(sentences: &[ContextInput]) -> Vec<Labels> {
    let mut out = vec![Labels::EMPTY; sentences.len()];
    for i in 1..sentences.len() {
        let s = sentences[i];
        if !s.labels.is_empty() || !s.quotes {
            continue;
        }
        let prev = sentences[i - 1].labels;
        let prev_ctx = out[i - 1];
        for c in [Category::NamedSource, Category::AnonymousSource] {
            if prev.contains(c) || prev_ctx.contains(c) && prev.is_empty() {
                out[i].insert(c);
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(labels: &[Category], quotes: bool) -> ContextInput {
        ContextInput { labels: labels.iter().copied().collect(), quotes, new_paragraph: false }
    }

    #[test]
    fn quotes_continue_the_named_speaker() {
        let got = inherit(&[input(&[Category::NamedSource], false), input(&[], true), input(&[], true), input(&[], false), input(&[], true)]);
        assert!(got[1].contains(Category::NamedSource));
        assert!(got[2].contains(Category::NamedSource));
        assert!(got[3].is_empty() && got[4].is_empty());
    }
}
