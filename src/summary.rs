//! The page summary: how much is sourced on the record, anonymously, or
//! marked unverified.

use crate::analyze::Sentence;
use crate::category::Category;
use serde::Serialize;

/// Counts of sentences per label, and their shares of all sentences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Sentences analysed.
    pub sentences: usize,
    /// Sentences labelled `named_source`.
    pub named_source: usize,
    /// Sentences labelled `anonymous_source`.
    pub anonymous_source: usize,
    /// Sentences labelled `unverified`.
    pub unverified: usize,
    /// Sentences flagged (anonymous or unverified).
    pub flagged: usize,
    /// Share of sentences on the record (0–1).
    pub share_named: f64,
    /// Share of sentences sourced anonymously (0–1).
    pub share_anonymous: f64,
    /// Share of sentences marked unverified (0–1).
    pub share_unverified: f64,
}

impl Summary {
    /// Summarises analysed sentences (own labels).
    pub fn of(sentences: &[Sentence]) -> Summary {
        let count = |c: Category| sentences.iter().filter(|s| s.labels.contains(c)).count();
        let n = sentences.len();
        let share = |k: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
        let (named, anon, unv) = (count(Category::NamedSource), count(Category::AnonymousSource), count(Category::Unverified));
        let flagged = sentences
            .iter()
            .filter(|s| s.labels.contains(Category::AnonymousSource) || s.labels.contains(Category::Unverified))
            .count();
        Summary {
            sentences: n,
            named_source: named,
            anonymous_source: anon,
            unverified: unv,
            flagged,
            share_named: share(named),
            share_anonymous: share(anon),
            share_unverified: share(unv),
        }
    }
}
