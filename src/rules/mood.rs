//! The mood of unconfirmed information: the French journalistic conditional
//! ("Moscou aurait ciblé", "il serait détenu"), and its kin in other
//! languages (Spanish "habría", Italian "avrebbe", German "soll … haben"),
//! as listed in each language's data.
//!
//! A conditional is left alone when it is only grammatical: a hypothesis
//! ("si …"), politeness or first person ("je voudrais"), a forecast modal
//! ("devrait", "pourrait" + infinitive), or the future in the past of
//! reported speech ("il a dit qu'il viendrait").

use super::attribution::Frame;
use crate::lexicon::sec;
use super::{RawCue, SentenceView, TokenSet};
use crate::category::Category;
use crate::token::TokenKind;
use crate::lexicon::SectionRole;

/// Pushes a cue for each conditional of unconfirmed information, none
/// inside a `not_cues` phrase (`in_not_cue`: « il y aurait lieu de »).
pub fn find(s: &SentenceView, frames: &[Frame], in_not_cue: &TokenSet, out: &mut Vec<RawCue>) {
    let lex = s.lex;
    if !lex.lists_any(sec::REPORTIVE_AUX) && !lex.lists_any(sec::CONDITIONAL_SUFFIXES) {
        return;
    }
    // "Si le texte était adopté, il entrerait en vigueur": the clauses a
    // hypothesis governs.
    let hypothetical = super::scope::governed(s, SectionRole::Hypothesis);
    // First positions, found once: a sentence may be a whole page.
    let first = |bits: u64| s.toks.iter().position(|t| t.is(bits)).unwrap_or(usize::MAX);
    let first_embedder = first(sec::EMBEDDERS);
    let first_complementizer = first(sec::COMPLEMENTIZERS);
    // Only a report in the past makes a future in the past ("a dit qu'il
    // viendrait"); "des diplomates affirment que Moscou aurait livré…" is the
    // journalistic conditional.
    // (A language whose file lists no past forms takes every report as past.)
    let knows_past = lex.lists_any(sec::PAST_AUX) || lex.lists_any(sec::PAST_SUFFIXES);
    let past = |f: &&Frame| {
        let verb = &s.toks[f.trigger];
        !knows_past || f.trigger > 0 && s.toks[f.trigger - 1].is(sec::PAST_AUX) || lex.has_suffix(sec::PAST_SUFFIXES, &verb.norm)
    };
    let first_report = frames.iter().filter(|f| f.clause_after).filter(past).map(|f| f.trigger).min().unwrap_or(usize::MAX);
    // A question reports nothing: « Ne faut-il pas une taxe dont le produit
    // servirait à… ? » weighs a hypothesis.
    // (Only its own clause, when a page's text runs sentences together.)
    let last = s.toks.iter().rposition(|t| !t.in_quote && t.kind != TokenKind::QuoteClose);
    let question_from = match last.filter(|&k| s.toks[k].norm.contains('?')) {
        Some(q) => s.toks[..q].iter().rposition(|t| t.is_terminal() || t.norm == ":").map_or(0, |k| k + 1),
        None => usize::MAX,
    };
    for (i, t) in s.toks.iter().enumerate() {
        if !t.is_word() || t.in_quote {
            continue;
        }
        let w = t.norm.as_str();
        let aux = t.is(sec::REPORTIVE_AUX);
        let conditional = aux
            || !t.is(sec::CONDITIONAL_EXCEPTIONS | sec::GRAMMATICAL_CONDITIONAL) && lex.has_suffix(sec::CONDITIONAL_SUFFIXES, w);
        if !conditional || hypothetical.contains(i) || in_not_cue.contains(i) || i >= question_from {
            continue;
        }
        // "je voudrais" (politeness), "les agents qui seraient témoins"
        // (a hypothetical in a relative clause) — but "l'homme, qui aurait
        // agi par vengeance" reports: an auxiliary with its participle.
        // (Past a quotation mark: « un chauffeur qui aurait "paniqué" ».)
        let after = if s.toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::QuoteOpen) { i + 2 } else { i + 1 };
        let with_participle = aux && s.toks.get(after).is_some_and(|n| n.is(sec::REPORTIVE_AFTER) || lex.has_suffix(sec::PARTICIPLE_SUFFIXES, &n.norm));
        if i > 0 && (s.toks[i - 1].is(sec::FIRST_PERSON) || s.toks[i - 1].is(sec::RELATIVES) && !with_participle) {
            continue;
        }
        // « l'agent qui aurait dénoncé des actes ne pourra être sanctionné » :
        // a restrictive relative under a main clause of future, duty or
        // request speaks of whoever may have done it.
        let restrictive = i > 1 && s.toks[i - 1].is(sec::RELATIVES) && !s.toks[i - 2].is_clause_mark();
        if restrictive && s.toks.iter().any(|t| t.is(sec::GENERIC_MAIN)) {
            continue;
        }
        // "auraient pu provoquer": a counterfactual, not a report.
        if aux && s.toks.get(i + 1).is_some_and(|t| t.is(sec::COUNTERFACTUAL_AFTER)) {
            continue;
        }
        // An indirect question ("comprendre comment … serait utilisée").
        if first_embedder < i {
            continue;
        }
        // Future in the past: a reporting frame and a complementizer before it.
        let reported = first_report < i && first_complementizer < i;
        if reported {
            continue;
        }
        // The auxiliary takes its participle along ("aurait ciblé").
        let mut end = i + 1;
        if aux {
            let mut j = i + 1;
            while j < s.toks.len() && j <= i + 3 && s.toks[j].is_word() {
                if s.toks[j].is(sec::FRAME_SKIP) || s.toks[j].is(sec::REPORTIVE_AFTER) {
                    j += 1;
                    continue;
                }
                end = j + 1;
                break;
            }
        }
        out.push(RawCue { start: i, end, category: Category::Unverified, rule: "reportive_mood" });
    }
}
