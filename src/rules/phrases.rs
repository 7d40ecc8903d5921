//! Fixed phrases from the data files: anonymity formulas, vague crowds,
//! unnamed media, allegation markers, speculation, impersonal attribution,
//! certainty. A phrase inside a `not_cues` phrase ("open-source") is no cue.

use super::{RawCue, SentenceView};
use crate::lexicon::{PatternMatch, SectionRole};

/// The `not_cues` phrases of the sentence ("open-source", "claims of"):
/// no cue and no reporting frame stands inside one.
pub fn not_cues(s: &SentenceView) -> Vec<PatternMatch> {
    s.sections(|r| r == SectionRole::NotCue).flat_map(|(_, _, m)| m.iter().copied()).collect()
}

/// True when a demand or reaction with its object covers token `k` and
/// nothing after it makes it a report: "Taxi drivers have called for a
/// ban" is no source; "the minister urged « la plus grande responsabilité »"
/// quotes her, and "many hail the reforms as necessary" states what the
/// reforms are (guide, "Hard cases").
pub fn unquoted_demand_at(s: &SentenceView, k: usize) -> bool {
    let quoted_after = |m: &PatternMatch| s.toks[m.end..].iter().any(|t| t.in_quote || t.kind == crate::token::TokenKind::QuoteOpen);
    let predicate_after = |m: &PatternMatch| {
        s.toks[m.end..].iter().take_while(|t| !t.is_clause_mark() && !t.is_terminal()).any(|t| t.is(crate::lexicon::sec::PREDICATIVES))
    };
    s.sections(|r| r == SectionRole::Demand).flat_map(|(_, _, m)| m.iter()).any(|m| m.start <= k && k < m.end && !quoted_after(m) && !predicate_after(m))
}

/// Pushes every phrase cue of the sentence.
pub fn find(s: &SentenceView, not_cues: &[PatternMatch], out: &mut Vec<RawCue>) {
    // For each token, how far the not-cue phrases that cover it reach
    // (one pass: a sentence may be a whole page; none without a not-cue
    // phrase, as in most sentences).
    let mut reach = Vec::new();
    if !not_cues.is_empty() {
        reach.resize(s.toks.len(), 0);
    }
    for n in not_cues {
        for r in &mut reach[n.start..n.end] {
            *r = (*r).max(n.end);
        }
    }
    for (name, role, matches) in s.sections(|r| matches!(r, SectionRole::Cue(_))) {
        let SectionRole::Cue(category) = role else { continue };
        for &m in matches {
            if reach.get(m.start).is_some_and(|&r| m.end <= r) {
                continue;
            }
            out.push(RawCue { start: m.start, end: m.end, category, rule: name });
        }
    }
}
