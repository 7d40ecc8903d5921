//! Reports inside reports: which of a sentence's frames speaks for the
//! sentence when one source is quoted through another.

use super::attribution::{Frame, Speaker};
use super::SentenceView;
use crate::lexicon::{sec, SectionRole};
use crate::token::Token;

/// Silences (makes `Unknown`) the frames whose speaker the sentence does
/// not rest on:
/// - an unnamed speaker inside what a named source says, with no comma or
///   "and" between ("He added that some leaders now deny…"): part of the
///   named report;
/// - the main clause's named speaker when an unnamed source set off by
///   commas, at the end or as an incise, relays it ("The president told
///   donors he was frustrated, according to two people briefed on the
///   call"): the sentence rests on the unnamed source.
pub fn settle(s: &SentenceView, frames: &mut [Frame]) {
    // Both cases silence around a named speaker: most sentences have none.
    if !frames.iter().any(|f| f.speaker == Speaker::Named) {
        return;
    }
    let toks = s.toks;
    let within_named = |f: &Frame| {
        frames.iter().any(|n| {
            n.speaker == Speaker::Named && n.clause_after && n.trigger < f.trigger && n.end <= f.trigger && one_clause(&toks[n.end..f.trigger])
        })
    };
    let first_word = toks.iter().position(Token::is_word).unwrap_or(0);
    let last_word = toks.iter().rposition(Token::is_word).unwrap_or(0);
    let prepositions: Vec<usize> = s.sections(|r| r == SectionRole::ReportingPrep).flat_map(|(_, _, m)| m.iter().map(|m| m.start)).collect();
    let relays = |f: &Frame| {
        f.speaker == Speaker::Anonymous
            && !f.clause_after
            && f.start > 0
            && toks[f.start - 1].norm == ","
            && (f.end > last_word || toks.get(f.end).is_some_and(|t| t.norm == ","))
            // ("Reuters reported, citing three sources, that…": a participle
            // names the named one's sources; both stand.)
            && (prepositions.contains(&f.trigger) || !s.lex.has_suffix(sec::GERUND_SUFFIXES, &toks[f.trigger].norm))
            && !within_named(f)
    };
    let relayed = frames.iter().any(relays);
    // (Only the main clause's speaker is relayed: "…, auxquelles Matignon
    // avait dit renoncer, …, a annoncé l'entourage" keeps both.)
    let silenced: Vec<bool> = frames
        .iter()
        .map(|f| f.speaker == Speaker::Anonymous && within_named(f) || relayed && f.speaker == Speaker::Named && f.start <= first_word)
        .collect();
    for (f, silent) in frames.iter_mut().zip(silenced) {
        if silent {
            f.speaker = Speaker::Unknown;
        }
    }
}

/// True when `between` (what lies from a named frame to a later verb) is
/// one clause: no "and", no clause mark except a relative clause set off by
/// commas ("Mr Kilroy-Silk said the man, who later disappeared, claimed").
fn one_clause(between: &[Token]) -> bool {
    let mut open = false;
    for (k, t) in between.iter().enumerate() {
        if t.is(sec::COORDINATORS) || t.is_clause_mark() && !(t.norm == "," && (open || between.get(k + 1).is_some_and(|n| n.is(sec::RELATIVES)))) {
            return false;
        }
        if t.is_clause_mark() {
            open = !open;
        }
    }
    !open
}
