//! Noun-phrase boundaries around a reporting verb or preposition: the
//! phrase before it, after it, a relative pronoun's antecedent, the
//! sentence's subject.

use super::speaker::is_head;
use super::SentenceView;
use crate::lexicon::sec;
use crate::token::{Token, TokenKind};

/// Longest speaker phrase looked at, in tokens.
pub(crate) const MAX_SPEAKER: usize = 9;

/// After a preposition the phrase may run longer: "selon une source de
/// renseignements très haut placée en Asie centrale".
pub(crate) const MAX_PREP_SPEAKER: usize = 14;

pub(crate) fn is_boundary(t: &Token) -> bool {
    t.is_clause_mark() || t.is_terminal() || t.in_quote
}

/// True when token `k` can open a noun phrase: a determiner, a name, a head
/// noun or a pronoun.
pub(crate) fn opens_noun_phrase(s: &SentenceView, k: usize) -> bool {
    let t = &s.toks[k];
    // "docteur Patrick Pelloux": a title word before a name opens one too.
    let titled = s.toks.get(k + 1).is_some_and(|n| n.is_word() && n.cap);
    t.is_word() && (t.cap || t.is(sec::DETERMINERS) || t.is(sec::DEFINITE) || t.is(sec::PRONOUNS) || is_head(t) || titled)
}

/// The noun phrase ending just before `end`, back to a clause boundary or a
/// stop word ("que", "that").
pub(crate) fn left_phrase(s: &SentenceView, end: usize) -> std::ops::Range<usize> {
    let mut i = end;
    while i > 0 && end - i < MAX_SPEAKER {
        let t = &s.toks[i - 1];
        // "The Israel Defense Forces (IDF) did not respond": a short aside
        // in brackets after a word belongs to the phrase.
        if let Some(open) = bracketed_aside(s, i - 1).or_else(|| quoted_title(s, i - 1)) {
            i = open;
            continue;
        }
        // ("Jonathann D. a avoué": the initial's dot ends no phrase.)
        let initial_dot = t.is_terminal() && crate::segment::is_abbreviation_dot(s.toks, i - 1);
        if is_boundary(t) && !initial_dot || t.is_word() && (t.is(sec::SPEAKER_STOP) || t.is(sec::COMPLEMENTIZERS)) {
            break;
        }
        i -= 1;
    }
    i..end
}

/// The opening bracket of "(IDF)", "(R)", "(Bas-Rhin)" when token `close` is
/// the closing bracket of at most three words that follow a word.
fn bracketed_aside(s: &SentenceView, close: usize) -> Option<usize> {
    if s.toks[close].norm != ")" || s.toks[close].in_quote {
        return None;
    }
    let open = words_enclosed(s, close, 3, |t| t.norm == "(")?;
    (open > 0 && s.toks[open - 1].is_word()).then_some(open)
}

/// The opening mark of a title in quotation marks, as the French press
/// writes publications (« «Le Canard enchaîné» a révélé », « Le «Canard»
/// affirme »), when token `close` closes one to four words that open with a
/// capital and are no quotation of someone's words.
fn quoted_title(s: &SentenceView, close: usize) -> Option<usize> {
    if s.toks[close].kind != TokenKind::QuoteClose {
        return None;
    }
    let open = words_enclosed(s, close, 4, |t| t.kind == TokenKind::QuoteOpen)?;
    let inside = &s.toks[open + 1..close];
    let title = !inside.is_empty() && inside[0].cap && !inside.iter().any(|t| t.is(sec::PRONOUNS | sec::FIRST_PERSON));
    title.then_some(open)
}

/// The nearest opening mark (`is_open`) before the closing one at `close`,
/// with at most `max` tokens between them, all words.
fn words_enclosed(s: &SentenceView, close: usize, max: usize, is_open: impl Fn(&Token) -> bool) -> Option<usize> {
    let open = (close.saturating_sub(max + 1)..close).rev().find(|&k| is_open(&s.toks[k]))?;
    // (A year may stand in a title: “Crime in India 2023”.)
    s.toks[open + 1..close].iter().all(|t| t.is_word() || t.kind == TokenKind::Number).then_some(open)
}

/// `phrase` widened back over a list of names it ends ("Residents of Ha
/// Tuke, Mechaling and Mokotane say"): the list is one complement, and the
/// phrase before it holds the head that speaks. Unchanged when the phrase
/// is no list's last name.
pub(crate) fn across_list(s: &SentenceView, phrase: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let name = |k: usize| s.toks[k].is_word() && s.toks[k].cap && !s.toks[k].is(sec::DETERMINERS | sec::NAME_STOPWORDS);
    let names_only = |r: std::ops::Range<usize>| !r.is_empty() && r.len() <= 3 && r.clone().all(name);
    if phrase.start < 2 || !names_only(phrase.clone()) || !s.toks[phrase.start - 1].is(sec::COORDINATORS) {
        return phrase;
    }
    // Back over "Name, Name, … Name and": each item one to three names.
    let mut joint = phrase.start - 1;
    let mut items = 0;
    loop {
        let mut start = joint;
        while start > 0 && joint - start < 3 && name(start - 1) {
            start -= 1;
        }
        if start == joint {
            return phrase;
        }
        items += 1;
        if start > 0 && s.toks[start - 1].norm == "," {
            joint = start - 1;
            continue;
        }
        // The list opens after a preposition whose phrase has a head.
        let before = left_phrase(s, start);
        let headed = items >= 2 && start > 0 && s.toks[start - 1].is(sec::NP_PREPOSITIONS) && s.toks[before.clone()].iter().any(is_head);
        return if headed { before.start..phrase.end } else { phrase };
    }
}

/// The noun phrase a relative pronoun at `rel` refers to: back to its
/// opening article, across prepositional complements ("les opposants au
/// texte qui craignent").
pub(crate) fn antecedent(s: &SentenceView, rel: usize) -> std::ops::Range<usize> {
    let phrase = left_phrase(s, rel);
    let opening = phrase.clone().find(|&k| {
        s.toks[k].is(sec::DETERMINERS | sec::DEFINITE) && (k == phrase.start || !s.toks[k - 1].is(sec::NP_PREPOSITIONS))
    });
    opening.map_or(phrase.clone(), |k| k..phrase.end)
}

/// The noun phrase starting at `from`, up to a clause boundary.
pub(crate) fn right_phrase(s: &SentenceView, from: usize) -> std::ops::Range<usize> {
    right_phrase_within(s, from, MAX_SPEAKER)
}

/// `right_phrase` of at most `max` tokens.
pub(crate) fn right_phrase_within(s: &SentenceView, from: usize, max: usize) -> std::ops::Range<usize> {
    // Inside a quotation (a narrator's incise) the quotation is no boundary.
    let quoted = s.toks.get(from).is_some_and(|t| t.in_quote);
    let mut j = from;
    while j < s.toks.len() && j - from < max {
        let t = &s.toks[j];
        let boundary = t.is_clause_mark() || t.is_terminal() || t.in_quote && !quoted;
        if boundary || t.is_word() && j > from && t.is(sec::COMPLEMENTIZERS | sec::SPEAKER_STOP) {
            break;
        }
        j += 1;
    }
    from..j
}

/// The sentence's opening noun phrase: determiners, then capitalised words
/// or a head noun.
pub(crate) fn subject_phrase(s: &SentenceView) -> std::ops::Range<usize> {
    let mut j = 0;
    while j < s.toks.len() && j < MAX_SPEAKER {
        let t = &s.toks[j];
        if !t.is_word() || j > 0 && !t.cap && !t.is(sec::DETERMINERS) && !is_head(t) {
            break;
        }
        j += 1;
    }
    // "Le politologue tadjik Parviz Mullojanov faisait…": a title before
    // the name belongs to the subject too.
    let clause = (0..s.toks.len().min(MAX_SPEAKER)).take_while(|&k| s.toks[k].is_word()).count();
    let last_name = (1..clause).rev().find(|&k| s.toks[k].cap && !s.toks[k].is(sec::NAME_STOPWORDS | sec::DETERMINERS));
    0..last_name.map_or(j, |k| j.max(k + 1))
}

/// True when a name stands in apposition to the speaker phrase `phrase`:
/// before it, set off by a comma at the start of a clause ("Patty, une
/// fonctionnaire de 54 ans, explique"), or after it, alone before a comma
/// or the sentence's end ("a expliqué un participant, Joachim, 19 ans."),
/// when the phrase opens with an indefinite article. The person is given
/// by their name, so the phrase names someone.
pub(crate) fn apposed_name(s: &SentenceView, phrase: std::ops::Range<usize>) -> bool {
    let toks = s.toks;
    let name = |k: usize| {
        let t = &toks[k];
        t.is_word() && t.cap && !t.in_quote && !t.is(sec::DETERMINERS | sec::DEFINITE | sec::NAME_STOPWORDS | sec::PRONOUNS | sec::TIME_WORDS | sec::FRAME_SKIP) && !is_head(t)
    };
    let comma = |k: usize| toks.get(k).is_some_and(|t| t.norm == ",");
    // A lowercase word that is no article nor preposition: the verb the
    // name follows.
    let after_verb = |k: usize| toks[k].is_word() && !toks[k].cap && !toks[k].is(sec::DETERMINERS | sec::DEFINITE | sec::INDEFINITE | sec::NP_PREPOSITIONS | sec::RECIPIENT_PREPS | sec::NAME_STOPWORDS);
    // The phrase describes one person: "une fonctionnaire", "a nurse"
    // (after the verb, once past its recipient: "à l'AFP un participant").
    let Some(first) = phrase.clone().find(|&k| toks[k].is(sec::INDEFINITE)) else {
        return false;
    };
    // Before: ", Name, phrase" or "Name, phrase" opening the sentence.
    if first == phrase.start && phrase.start >= 2 && comma(phrase.start - 1) {
        let end = phrase.start - 1;
        let mut start = end;
        while start > 0 && end - start < 3 && name(start - 1) {
            start -= 1;
        }
        // ("…, resume Marie, una jubilada": the name after its verb.)
        if start < end && (start == 0 || comma(start - 1) || after_verb(start - 1)) {
            return true;
        }
    }
    // After: "phrase, Name," or "phrase, Name." (an age may follow).
    if comma(phrase.end) {
        let start = phrase.end + 1;
        let mut end = start;
        while end < toks.len() && end - start < 3 && name(end) {
            end += 1;
        }
        let closes = toks.get(end).map_or(true, |t| t.norm == "," || t.is_terminal());
        return end > start && closes;
    }
    false
}
