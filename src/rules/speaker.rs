//! Who a speaker phrase names: a name, a pronoun or an institution speaking
//! officially (`named_source`), or an unnamed person or group
//! (`anonymous_source`) — the decision behind every reporting frame.

use super::SentenceView;
use crate::lexicon::sec;
use crate::token::{Token, TokenKind};

/// Who a frame's speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    /// Identified: a name, a pronoun, an institution.
    Named,
    /// Not identified.
    Anonymous,
    /// A pronoun ("he said", "a-t-elle ajouté"): whoever spoke last.
    Pronoun,
    /// A definite description of one unnamed person ("the singer", "l'élu"):
    /// whoever spoke last, if someone did; else an unnamed person.
    Definite,
    /// Nothing to go on ("the report said").
    Unknown,
}

impl Speaker {
    /// The phrase says who speaks, by name or as someone unnamed (not a
    /// pronoun or description still to resolve, nor nothing to go on).
    pub fn is_identified(self) -> bool {
        matches!(self, Speaker::Named | Speaker::Anonymous)
    }

    /// Resolves a pronoun to the last speaker of the document (`last`);
    /// a pronoun with no speaker before it stands for a named one (the
    /// text introduced the person outside what was analysed).
    pub fn resolve(self, last: Option<Speaker>) -> Speaker {
        match self {
            Speaker::Pronoun => last.unwrap_or(Speaker::Named),
            Speaker::Definite => last.unwrap_or(Speaker::Anonymous),
            other => other,
        }
    }
}

pub(crate) fn is_head(t: &Token) -> bool {
    t.is(sec::ANONYMOUS_HEADS) || t.is(sec::NAMED_HEADS)
}

/// Decides who a speaker phrase names.
pub fn classify(s: &SentenceView, range: std::ops::Range<usize>) -> Speaker {
    let lex = s.lex;
    let toks = &s.toks[range.clone()];
    // Where every noun has a capital (German), the capital of a listed noun
    // or of a word after an article says nothing of a name.
    let nouns_cap = lex.capitalised_nouns;
    let sentence_initial = |k: usize| range.start + k == 0 || nouns_cap;
    // "ein syrischer Geschäftsmann": an article, maybe adjectives, a noun.
    let after_article = |k: usize| {
        let mut p = range.start + k;
        for _ in 0..3 {
            if !nouns_cap || p == 0 {
                return false;
            }
            p -= 1;
            let t = &s.toks[p];
            if t.is(sec::DETERMINERS | sec::DEFINITE) {
                return true;
            }
            if !t.is_word() || t.cap {
                return false;
            }
        }
        false
    };
    // "Frustrated parents complained", "Nombre d'observateurs jugent": the
    // capital that opens a sentence, on a word a lowercase word follows,
    // is no name's.
    // ("Clark in October revealed": a preposition after it says nothing.)
    let opens_common_phrase = |k: usize| {
        let grammar = sec::NAME_STOPWORDS | sec::NP_PREPOSITIONS | sec::FRAME_SKIP | sec::SPEAKER_STOP;
        range.start + k == 0 && !nouns_cap && toks.get(k + 1).is_some_and(|n| n.is_word() && !n.cap && !n.is(grammar))
    };
    let is_name = |k: usize| {
        let t = &toks[k];
        t.kind == TokenKind::Word
            && t.cap
            && !opens_common_phrase(k)
            && !t.is(sec::DETERMINERS | sec::INDEFINITE)
            && !t.is(sec::NAME_STOPWORDS)
            && !t.is(sec::PRONOUNS)
            && !t.is(sec::FRAME_SKIP)
            && !after_article(k)
            && !(sentence_initial(k) && (t.is(sec::ANONYMOUS_HEADS) || t.is(sec::NAMED_HEADS)))
    };
    // A head noun written with a capital inside a sentence is a name
    // ("analyst Ken Doctor", "says Doctor").
    // But a plural after an article, with no name after it, is a group:
    // "Les Tunisiens estiment" (not "les Amis de la Terre").
    let group = |k: usize| {
        k > 0 && toks[k - 1].is(sec::DETERMINERS | sec::DEFINITE) && lex.has_suffix(sec::PLURAL_SUFFIXES, &toks[k].norm) && !toks[k + 1..].iter().any(|t| t.is_word() && t.cap)
    };
    let is_head = |k: usize| toks[k].is(sec::ANONYMOUS_HEADS) && (!toks[k].cap || sentence_initial(k) || group(k));
    // The head that decides: the first noun in head-first languages
    // ("les chiffres officiels"), the last before a preposition in
    // head-last ones ("a police source", "officials at the ministry").
    let named_head = |k: usize| toks[k].is(sec::NAMED_HEADS) && !(toks[k].cap && !sentence_initial(k));
    // "a team of researchers", « un groupe d'habitants »: a collective
    // before a preposition lets the noun after it lead.
    let collective = |k: usize| toks[k].is(sec::COLLECTIVES) && toks.get(k + 1).is_some_and(|n| n.is(sec::NP_PREPOSITIONS));
    let after_collective = |k: usize| k > 0 && collective(k - 1);
    // (Found again where needed rather than collected: a phrase is a few
    // words, and a vector cost an allocation each phrase classified.)
    let nouns = || (0..toks.len()).filter(|&k| (is_head(k) || named_head(k)) && !collective(k));
    let decisive = if lex.head_first {
        // The head is the first noun: "la réception des fournitures
        // militaires" is about a reception, whatever follows.
        // ("Una de las fuentes", "uno de los marinos": a preposition after
        // a pronoun-like determiner leads to the noun.)
        let article = |k: usize| toks[k].is(sec::DETERMINERS | sec::DEFINITE | sec::INDEFINITE);
        let partitive = |k: usize| k > 0 && toks[k].is(sec::NP_PREPOSITIONS) && (0..k).all(article);
        let first_word = (0..toks.len()).find(|&k| toks[k].is_word() && !article(k) && !partitive(k) && !collective(k) && !after_collective(k));
        nouns().next().filter(|&h| first_word.is_some_and(|f| h <= f + 1))
    } else {
        // The phrase's own words end at a preposition or a participle
        // ("bankers advising the company": the company is their object).
        let ends_phrase = |k: usize| toks[k].is(sec::NP_PREPOSITIONS) && !after_collective(k) || k > 0 && !toks[k].cap && lex.has_suffix(sec::GERUND_SUFFIXES, &toks[k].norm);
        let prep = (0..toks.len()).find(|&k| ends_phrase(k)).unwrap_or(toks.len());
        nouns().filter(|&k| k < prep).last().or(nouns().next())
    };
    if let Some(h) = decisive.filter(|&h| is_head(h)) {
        if !toks.iter().any(|t| t.is(sec::ANAPHORIC)) {
            // "official John Smith": a name right after a head identifies it.
            let appositive = (0..toks.len()).filter(|&k| is_head(k)).any(|h| h + 1 < toks.len() && is_name(h + 1) && !toks[h + 1].norm.ends_with("'s"));
            // "Morrison's lawyer": one identifiable person.
            let owner = h > 0 && toks[h - 1].norm.ends_with("'s") && is_name(h - 1) && !toks[h].norm.ends_with('s');
            if appositive || owner {
                return Speaker::Named;
            }
            // "the singer said", "a indiqué l'élu": someone the text has
            // introduced, as one person with a definite article.
            let definite = toks.first().is_some_and(|t| t.is(sec::DEFINITE)) && !lex.has_suffix(sec::PLURAL_SUFFIXES, &toks[h].norm);
            return if definite { Speaker::Definite } else { Speaker::Anonymous };
        }
    }
    // "la même source", "the same official": whoever was cited before.
    if toks.iter().any(|t| t.is(sec::ANAPHORIC)) {
        return Speaker::Pronoun;
    }
    // "many Tunisians", "certains affirment", "many of them": a vague
    // crowd — a quantifier alone, or before a group name, a bare plural or
    // a partitive (not "plusieurs dizaines d'incidents relevés").
    if toks.first().is_some_and(|t| t.is(sec::VAGUE_QUANTIFIERS)) {
        let words: Vec<&Token> = toks.iter().filter(|t| t.is_word()).collect();
        let next = words.get(1);
        let plural = |n: &Token| lex.has_suffix(sec::PLURAL_SUFFIXES, &n.norm);
        if next.is_none_or(|n| n.cap || plural(n) || n.is(sec::NP_PREPOSITIONS) && words.len() <= 4) {
            return Speaker::Anonymous;
        }
    }
    // "a survey reveals", "existing research shows", « selon une étude » :
    // a document no name, author, article or owner identifies.
    if toks.iter().any(|t| t.is(sec::DOCUMENTS)) {
        let owner = |t: &Token| t.is(sec::DEFINITE | sec::PRONOUNS) || t.norm.ends_with("'s") || t.is(sec::NAMED_HEADS) && !t.is(sec::DOCUMENTS);
        // « une étude publiée dans The Lancet, … »: the phrase stopped at a
        // preposition; the rest of the clause may still name the journal.
        let stops_at_preposition = s.toks.get(range.end).is_some_and(|t| t.is(sec::SPEAKER_STOP) && !t.is(sec::COMPLEMENTIZERS | sec::RELATIVES));
        let rest = if stops_at_preposition { &s.toks[range.end..(range.end + 6).min(s.toks.len())] } else { &[] };
        let rest = &rest[..rest.iter().position(|t| t.is_clause_mark() || t.is_terminal()).unwrap_or(rest.len())];
        let named_later = rest.iter().skip(1).any(|t| t.is_word() && t.cap && !t.is(sec::NAME_STOPWORDS));
        // ("some of the polls", « algunos de los sondeos »: a quantifier before
        // the article leaves the documents unnamed.)
        let some_of = toks.first().is_some_and(|t| t.is(sec::VAGUE_QUANTIFIERS));
        if (some_of || !toks.iter().any(owner)) && !(0..toks.len()).any(is_name) && !named_later {
            return Speaker::Anonymous;
        }
    }
    // « un ministre français nous confiait »: an indefinite article before a
    // title names nobody — unless a complement ties it to someone ("un
    // avocat du cardinal"), or it is a document or a spokesperson, who
    // speak for a body the text has named.
    if let Some(h) = decisive.filter(|&h| named_head(h)) {
        // (A complement: "du cardinal", "of the party", "der Bundesregierung".)
        let tied = toks[h + 1..].iter().any(|t| t.is(sec::NP_PREPOSITIONS | sec::DEFINITE));
        let speaks_for_a_body = toks[h].is(sec::SPOKESPEOPLE | sec::DOCUMENTS);
        // Only a subject opening its clause ("a annoncé un nouveau plan":
        // an object after the verb is no speaker to judge).
        let opens_clause = range.start == 0 || s.toks[range.start - 1].is_clause_mark() || s.toks[range.start - 1].is_terminal();
        if opens_clause && toks.first().is_some_and(|t| t.is(sec::INDEFINITE)) && !tied && !speaks_for_a_body && !(0..toks.len()).any(is_name) {
            return Speaker::Anonymous;
        }
    }
    if toks.iter().any(|t| t.is(sec::NAMED_HEADS)) {
        return Speaker::Named;
    }
    if toks.iter().any(|t| t.is(sec::PRONOUNS)) {
        return Speaker::Pronoun;
    }
    // "Omani planners say", "Labour activists argue": names before an
    // unlisted plural noun qualify unnamed people, they name no one.
    // (No list is built: `classify` runs for every frame.)
    if !lex.head_first && !nouns_cap {
        let mut words = (0..toks.len()).filter(|&k| toks[k].is_word());
        if let Some(noun) = words.next_back().map(|k| &toks[k]) {
            let mut modifiers = words.peekable();
            let plural = !noun.cap && lex.has_suffix(sec::PLURAL_SUFFIXES, &noun.norm) && !noun.is(sec::DOCUMENTS | sec::NAMED_HEADS);
            if plural && modifiers.peek().is_some() && modifiers.all(is_name) {
                return Speaker::Anonymous;
            }
        }
    }
    if (0..toks.len()).any(is_name) {
        return Speaker::Named;
    }
    // A bare plural of unlisted nouns is no speaker: "tuft cells respond",
    // "Users rightly expect" name things and readers, not sources; the
    // people who speak unnamed ("Economists say") are anonymous heads.
    Speaker::Unknown
}
