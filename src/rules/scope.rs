//! How far a marker reaches in its sentence: a hypothesis ("si …", "en cas
//! de …") makes the conditionals of its own clause, and of the clause it
//! conditions, grammatical; a future time phrase ("by Christmas", "d'ici la
//! fin de l'année") makes a modal in its clause a forecast, not speculation.

use super::{RawCue, SentenceView, TokenSet};
use crate::lexicon::{sec, PatternMatch, SectionRole};
use std::ops::Range;

/// The clauses of a sentence: spans between clause marks (commas,
/// semicolons, dashes, brackets, quotation marks).
fn clauses(s: &SentenceView) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (k, t) in s.toks.iter().enumerate() {
        if t.is_clause_mark() {
            if k > start {
                out.push(start..k);
            }
            start = k + 1;
        }
    }
    if start < s.toks.len() {
        out.push(start..s.toks.len());
    }
    out
}

/// The tokens a marker at `m` governs. A marker that opens its clause
/// governs the clause before it too ("…, il viendrait, s'il était invité")
/// and the rest of the sentence ("Si le texte était adopté, il
/// entrerait…", "Le texte, s'il était adopté, entrerait…", "By Christmas,
/// the club might…"), up to a semicolon or colon; one inside its clause
/// governs that clause ("Le club serait assuré du maintien en cas de
/// victoire"; "…, même si l'Élysée dément" opens nothing).
fn reach(s: &SentenceView, clauses: &[Range<usize>], m: PatternMatch) -> Range<usize> {
    let Some(c) = clauses.iter().position(|c| c.contains(&m.start)) else { return m.start..m.end };
    let own = clauses[c].clone();
    if m.start != own.start {
        return own;
    }
    // "Supposons que la taxe soit votée : les ménages paieraient…": a
    // marker that opens the sentence governs all of it.
    if s.toks[..m.start].iter().all(|t| !t.is_word()) {
        return 0..s.toks.len();
    }
    let after_comma = |k: usize| k > 0 && s.toks[clauses[k].start - 1].norm == ",";
    let first = if c > 0 && after_comma(c) { c - 1 } else { c };
    let last = (c + 1..clauses.len()).take_while(|&k| after_comma(k)).last().unwrap_or(c);
    clauses[first].start..clauses[last].end
}

/// The tokens that the (unquoted) matches of the sections with `role`
/// govern (empty when there is none: most sentences have none).
pub fn governed(s: &SentenceView, role: SectionRole) -> TokenSet {
    let mut out = TokenSet::new(s.toks.len());
    let mut clauses = Vec::new();
    for m in s.sections(move |r| r == role).flat_map(|(_, _, m)| m) {
        if s.toks[m.start].in_quote {
            continue;
        }
        if clauses.is_empty() {
            clauses = self::clauses(s);
        }
        out.insert(reach(s, &clauses, *m));
    }
    out
}

/// Drops the speculation cues that a future makes forecasts: a future time
/// phrase over a modal's guess ("The club might have a new owner by
/// Christmas", « Les travaux devraient avoir été achevés d'ici la fin de
/// l'année »), or a verb in the future tense in the cue's clause (« Le
/// défenseur manquera sans doute le déplacement »).
pub fn drop_forecasts(s: &SentenceView, cues: &mut Vec<RawCue>) {
    if !cues.iter().any(|c| c.rule == "speculation") {
        return;
    }
    let future = governed(s, SectionRole::FutureTime);
    // Only a modal's guess ("might have", "devraient avoir été") can be a
    // forecast; "there is speculation" stays a rumour whatever its date.
    let modal = |c: &RawCue| s.toks[c.start..c.end].iter().any(|t| t.is(sec::VERB_BLOCKERS | sec::GRAMMATICAL_CONDITIONAL));
    let clauses = clauses(s);
    let future_tense = |c: &RawCue| {
        let clause = clauses.iter().find(|r| r.contains(&c.start)).cloned().unwrap_or(c.start..c.end);
        s.toks[clause].iter().any(|t| t.is_word() && !t.cap && !t.in_quote && s.lex.has_suffix(sec::FUTURE_SUFFIXES, &t.norm))
    };
    cues.retain(|c| c.rule != "speculation" || !(future.contains(c.start) && modal(c) || future_tense(c)));
}

/// Drops the speculation inside a hypothesis's own clause: what "if" or
/// « si » supposes is not asserted ("If it seemed like Trump had written the
/// letter himself, it's because he had!"). The clause it conditions keeps
/// its cues.
pub fn drop_supposed(s: &SentenceView, cues: &mut Vec<RawCue>) {
    if !cues.iter().any(|c| c.rule == "speculation") {
        return;
    }
    let clauses = clauses(s);
    let mut supposed = Vec::new();
    for m in s.sections(|r| r == SectionRole::Hypothesis).flat_map(|(_, _, m)| m) {
        let Some(own) = clauses.iter().find(|c| c.contains(&m.start)) else { continue };
        // ("if confirmed", "if true" are themselves cues: they stay.)
        supposed.push(m.start + 1..own.end);
    }
    cues.retain(|c| c.rule != "speculation" || !supposed.iter().any(|r| r.contains(&c.start)));
}
