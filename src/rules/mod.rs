//! Cue rules, one family per file. Each reads one sentence's tokens and
//! pushes the cues it finds; `analyze` then settles labels from the cues.

pub mod attribution;
pub mod context;
pub mod memory;
pub mod mood;
pub mod nesting;
pub(crate) mod phrase;
pub mod phrases;
pub mod scope;
pub mod speaker;
mod token_set;

pub use token_set::TokenSet;

use crate::category::Category;
use crate::lexicon::{Lexicon, PatternMatch, SectionRole};
use crate::span::Span;
use crate::token::Token;

/// One sentence, as the rules see it.
pub struct SentenceView<'a> {
    /// Its tokens (spans are into the analysed text).
    pub toks: &'a [Token],
    /// The language's data.
    pub lex: &'a Lexicon,
    /// The matches of each pattern section (indexed as `lex.patterns`).
    pub matches: &'a [Vec<PatternMatch>],
}

impl<'a> SentenceView<'a> {
    /// Views a sentence, matching every pattern section once into
    /// `matches` (lists an analysis reuses from sentence to sentence).
    pub fn new(toks: &'a [Token], lex: &'a Lexicon, matches: &'a mut Vec<Vec<PatternMatch>>) -> SentenceView<'a> {
        lex.match_sentence(toks, matches);
        SentenceView { toks, lex, matches }
    }

    /// The sections with a role, with their matches.
    pub fn sections<F: Fn(SectionRole) -> bool + 'static>(&self, wanted: F) -> impl Iterator<Item = (&'static str, SectionRole, &[PatternMatch])> + '_ {
        self.lex.patterns.iter().zip(self.matches).filter(move |((_, role, _), _)| wanted(*role)).map(|((name, role, _), m)| (*name, *role, m.as_slice()))
    }

    /// Span covering tokens `[a, b)`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        self.toks[a].span.union(self.toks[b - 1].span)
    }
}

/// A cue found by a rule, before labels are settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCue {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The category it signals.
    pub category: Category,
    /// The rule that found it (also the explanation key).
    pub rule: &'static str,
}
