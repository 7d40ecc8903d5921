//! A set of a sentence's tokens: those some phrases cover or govern.

use std::ops::Range;

/// Tokens of one sentence, a flag per token. The flags are only allocated
/// once a token is added: most sentences have no not-cue phrase, anonymity
/// phrase or hypothesis, and a vector per sentence and set cost an
/// allocation apiece.
#[derive(Debug)]
pub struct TokenSet {
    len: usize,
    flags: Vec<bool>,
}

impl TokenSet {
    /// An empty set in a sentence of `len` tokens.
    pub fn new(len: usize) -> TokenSet {
        TokenSet { len, flags: Vec::new() }
    }

    /// The tokens of `ranges` (one pass, then a lookup per token: a
    /// sentence may be a whole page).
    pub fn covering(len: usize, ranges: impl IntoIterator<Item = Range<usize>>) -> TokenSet {
        let mut set = TokenSet::new(len);
        ranges.into_iter().for_each(|r| set.insert(r));
        set
    }

    /// Adds the tokens of `r`.
    pub fn insert(&mut self, r: Range<usize>) {
        if !r.is_empty() {
            self.flags.resize(self.len, false);
            self.flags[r].fill(true);
        }
    }

    /// True when token `k` is in the set.
    pub fn contains(&self, k: usize) -> bool {
        self.flags.get(k).copied().unwrap_or(false)
    }

    /// True when any token of `r` is in the set.
    pub fn any(&self, r: Range<usize>) -> bool {
        !self.flags.is_empty() && self.flags[r].contains(&true)
    }
}
