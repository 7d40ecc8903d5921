//! What an article has named so far. A later mention of a named group takes
//! the category of the name it points back to: after "Members of the
//! Coastal Nurses Alliance sent a letter", "The nurses said" is the
//! alliance speaking, not an unnamed crowd.

use super::{RawCue, SentenceView};
use crate::lexicon::sec;
use crate::token::{Norm, Token};

/// The words of the names met so far in a document, folded (sorted: a
/// document names few, and a sorted list costs the .wasm less than a set;
/// `Norm`s: a word is stored inline, without an allocation).
#[derive(Default)]
pub struct NamedWords {
    words: Vec<Norm>,
    /// First names the article marks as not the person's own or given
    /// alone on request ("Karim*", "Sarah, who asked that her surname not be
    /// used"): whoever speaks under one stays unnamed.
    withheld: Vec<String>,
    /// Head nouns the article put next to a name ("historian Isabelle Delu",
    /// « Isabelle Delu, historienne »), singular: « l'historienne » later is her.
    titled: Vec<Norm>,
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
                        self.words.insert(at, Norm::from(w));
                    }
                }
            }
            k += run.max(1);
        }
        for k in 1..toks.len() {
            if toks[k].cap || !super::speaker::is_head(&toks[k]) {
                continue;
            }
            let name_after = toks.get(k + 1).is_some_and(|t| capital(t) && !t.is(sec::NAME_STOPWORDS));
            // « Isabelle Delu, historienne », "Jane Doe, a historian": a name,
            // a comma, at most two small words, the head.
            let comma = (k.saturating_sub(3)..k).rev().find(|&j| toks[j].norm == ",");
            let name_before = comma.is_some_and(|c| c > 0 && capital(&toks[c - 1]) && toks[c + 1..k].iter().all(|t| t.is_word() && !t.cap));
            if name_after || name_before {
                let h = singular(toks[k].norm.as_str());
                if let Err(at) = self.titled.binary_search_by(|x| x.as_str().cmp(h)) {
                    self.titled.insert(at, Norm::from(h));
                }
            }
        }
    }

    /// True when the article put head noun `head` (singular) next to a name.
    pub(crate) fn titled(&self, head: &str) -> bool {
        self.titled.binary_search_by(|x| x.as_str().cmp(head)).is_ok()
    }

    /// Remembers the lone first names of a sentence that a star follows
    /// ("Karim*"), that an anonymity formula gives ("the pseudonym James")
    /// or qualifies right after a comma or a bracket ("Sarah, que pediu para não ter seu sobrenome
    /// divulgado", « Sophie (le prénom a été modifié) »). `cues` are the
    /// sentence's anonymous-source cues; its anonymity formulas count.
    pub fn remember_withheld(&mut self, toks: &[Token], cues: &[RawCue]) {
        let formulas = cues.iter().filter(|c| c.rule == "anonymity");
        let capital = |k: usize| toks[k].is_word() && toks[k].cap;
        let plain = |k: usize| !toks[k].is(sec::DETERMINERS | sec::NAME_STOPWORDS | sec::PRONOUNS | sec::ANONYMOUS_HEADS | sec::NAMED_HEADS);
        for k in 0..toks.len() {
            let lone = capital(k) && plain(k) && !(k > 0 && capital(k - 1)) && !(k + 1 < toks.len() && capital(k + 1));
            // Most tokens are not: the mark after is read only for those that are.
            if !lone {
                continue;
            }
            let mark = toks.get(k + 1).map(|t| t.norm.as_str());
            let starred = mark == Some("*");
            // The formula may close an apposition ("Hajer, 29 ans, qui tient à
            // conserver l'anonymat").
            let qualified = matches!(mark, Some("," | "(")) && formulas.clone().any(|c| c.start > k + 1 && c.start <= k + WITHHELD_REACH);
            // Or the formula gives it: "who asked to use the pseudonym James",
            // "identified only as Sarah".
            let given = formulas.clone().any(|c| c.start < k && k <= c.end);
            let name = toks[k].norm.as_str();
            if (starred || qualified || given) && !self.withheld.iter().any(|w| w == name) {
                self.withheld.push(name.to_string());
            }
        }
    }

    /// True when the speaker phrase `range` names someone by a first name
    /// the article withheld or made up.
    pub fn withholds(&self, s: &SentenceView, range: std::ops::Range<usize>) -> bool {
        !self.withheld.is_empty() && s.toks[range].iter().any(|t| t.is_word() && t.cap && self.withheld.iter().any(|w| w == t.norm.as_str()))
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

/// How far after a lone first name (in tokens) an anonymity formula
/// still qualifies it.
const WITHHELD_REACH: usize = 10;

/// A plural's singular, roughly ("nurses" → "nurse", « infirmières » →
/// « infirmière »): enough to match a name's word with its later mention.
pub(crate) fn singular(word: &str) -> &str {
    word.strip_suffix('s').or_else(|| word.strip_suffix('x')).filter(|w| w.len() >= 3).unwrap_or(word)
}
