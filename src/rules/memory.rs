//! What an article has named so far. A later mention of a named group takes
//! the category of the name it points back to: after "Members of the
//! Coastal Nurses Alliance sent a letter", "The nurses said" is the
//! alliance speaking, not an unnamed crowd.

use super::SentenceView;
use crate::lexicon::sec;
use crate::token::Token;

/// The words of the names met so far in a document, folded (sorted: a
/// document names few, and a sorted list costs the .wasm less than a set).
#[derive(Default)]
pub struct NamedWords {
    words: Vec<String>,
}

impl NamedWords {
    /// Remembers the words of each name in a sentence: a run of two or more
    /// capitalised words ("Coastal Nurses Alliance", « Collectif des
    /// Infirmières »), past the sentence's first word.
    pub fn remember(&mut self, toks: &[Token]) {
        let capital = |t: &Token| t.is_word() && t.cap && !t.is(sec::DETERMINERS | sec::NAME_STOPWORDS | sec::PRONOUNS);
        let mut k = 1;
        while k < toks.len() {
            let run = toks[k..].iter().take_while(|t| capital(t)).count();
            if run >= 2 {
                for t in &toks[k..k + run] {
                    let w = singular(t.norm.as_str());
                    if let Err(at) = self.words.binary_search_by(|x| x.as_str().cmp(w)) {
                        self.words.insert(at, w.to_string());
                    }
                }
            }
            k += run.max(1);
        }
    }

    /// True when `word` (folded) was a word of a name given before.
    pub(crate) fn knows(&self, word: &str) -> bool {
        self.words.binary_search_by(|x| x.as_str().cmp(singular(word))).is_ok()
    }

    /// True when the speaker phrase `range` is a definite mention ("the
    /// nurses", « les infirmières ») whose noun was a word of a name the
    /// article gave before.
    pub fn points_back(&self, s: &SentenceView, range: std::ops::Range<usize>) -> bool {
        let toks = &s.toks[range];
        if self.words.is_empty() || !toks.first().is_some_and(|t| t.is(sec::DEFINITE)) {
            return false;
        }
        toks.iter().skip(1).any(|t| t.is_word() && !t.cap && t.norm.len() > 3 && !t.is(sec::DETERMINERS) && self.words.binary_search_by(|x| x.as_str().cmp(singular(t.norm.as_str()))).is_ok())
    }
}

/// A plural's singular, roughly ("nurses" → "nurse", « infirmières » →
/// « infirmière »): enough to match a name's word with its later mention.
pub(crate) fn singular(word: &str) -> &str {
    word.strip_suffix('s').or_else(|| word.strip_suffix('x')).filter(|w| w.len() >= 3).unwrap_or(word)
}
