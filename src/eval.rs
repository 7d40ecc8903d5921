//! Accuracy against labelled sentences: precision, recall and F1 per
//! language and category, and the share of unlabelled sentences flagged.

use crate::category::{Category, Labels};
use std::collections::BTreeMap;

/// The part of the labelled corpus an article belongs to. Rules are tuned
/// against `tune`; `check` is read in totals only, so that its figures
/// forecast accuracy on news the engine has never seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// Rules are developed against it.
    Tune,
    /// Read in totals only.
    Check,
}

impl Part {
    /// The part of an article, fixed by its id: FNV-1a (64 bits) of the id,
    /// `check` when it is divisible by 3 (about a third of the articles).
    pub fn of_article(article: &str) -> Part {
        let hash = crate::norm::fnv1a(article.as_bytes());
        if hash % 3 == 0 {
            Part::Check
        } else {
            Part::Tune
        }
    }

    /// The name written in the corpus (`"part"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Tune => "tune",
            Part::Check => "check",
        }
    }

    /// Reads a corpus `"part"` value.
    pub fn parse(s: &str) -> Option<Part> {
        [Part::Tune, Part::Check].into_iter().find(|p| p.as_str() == s)
    }
}

/// Counts for one language and category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and gold.
    pub tp: usize,
    /// Predicted, not gold.
    pub fp: usize,
    /// Gold, not predicted.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp); 1 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp / (tp + fn); 1 when nothing was gold.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores for one language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LangScores {
    /// Own labels, per category.
    pub labels: BTreeMap<Category, Counts>,
    /// Context labels, per category.
    pub context: BTreeMap<Category, Counts>,
    /// Sentences with no gold label.
    pub unlabelled: usize,
    /// Of those, how many were flagged (painted as a warning: anonymous or
    /// unverified; `named_source` is never a warning).
    pub unlabelled_flagged: usize,
    /// Sentences scored.
    pub sentences: usize,
}

impl LangScores {
    /// Share of unlabelled sentences flagged as anonymous or unverified (0–1).
    pub fn false_flag_rate(&self) -> f64 {
        if self.unlabelled == 0 {
            0.0
        } else {
            self.unlabelled_flagged as f64 / self.unlabelled as f64
        }
    }

    /// Adds one sentence's gold and predicted labels.
    pub fn add(&mut self, gold: Labels, pred: Labels, gold_ctx: Labels, pred_ctx: Labels) {
        self.sentences += 1;
        if gold.is_empty() {
            self.unlabelled += 1;
            self.unlabelled_flagged += usize::from(pred.contains(Category::AnonymousSource) || pred.contains(Category::Unverified));
        }
        for c in Category::ALL {
            tally(self.labels.entry(c).or_default(), gold.contains(c), pred.contains(c));
            tally(self.context.entry(c).or_default(), gold_ctx.contains(c), pred_ctx.contains(c));
        }
    }
}

fn tally(k: &mut Counts, gold: bool, pred: bool) {
    match (gold, pred) {
        (true, true) => k.tp += 1,
        (false, true) => k.fp += 1,
        (true, false) => k.fn_ += 1,
        (false, false) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_follow_the_hash() {
        // Fixed values: the split must never move an article silently.
        assert_eq!(Part::of_article("seed-fr"), Part::Tune);
        assert_eq!(Part::of_article("en-bbc-office-for-budget-responsibility-what"), Part::Tune);
        assert_eq!(Part::of_article("en-bbcnews-analysis-pain-gain"), Part::Check);
        assert_eq!(Part::parse("check"), Some(Part::Check));
        assert_eq!(Part::parse("held-out"), None);
    }

    #[test]
    fn scores_by_the_book() {
        let mut s = LangScores::default();
        let a: Labels = [Category::AnonymousSource].into_iter().collect();
        s.add(a, a, Labels::EMPTY, Labels::EMPTY);
        s.add(a, Labels::EMPTY, Labels::EMPTY, Labels::EMPTY);
        s.add(Labels::EMPTY, a, Labels::EMPTY, Labels::EMPTY);
        s.add(Labels::EMPTY, Labels::EMPTY, Labels::EMPTY, Labels::EMPTY);
        let k = s.labels[&Category::AnonymousSource];
        assert_eq!((k.tp, k.fp, k.fn_), (1, 1, 1));
        assert!((k.f1() - 0.5).abs() < 1e-9);
        assert!((s.false_flag_rate() - 0.5).abs() < 1e-9);
    }
}
