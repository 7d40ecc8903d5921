//! Reporting frames: a reporting verb ("said", "a déclaré") or preposition
//! ("according to", "selon") and its speaker. The speaker decides the label:
//! a name, a pronoun standing for one, or an institution speaking officially
//! is `named_source`; an unnamed person or group ("a senior official",
//! "des sources sécuritaires") is `anonymous_source`.

use super::phrase::{across_list, antecedent, is_boundary, left_phrase, opens_noun_phrase, right_phrase, right_phrase_within, subject_phrase, MAX_PREP_SPEAKER, MAX_SPEAKER};
pub use super::speaker::{classify, Speaker};
use super::speaker::is_head;
use super::{RawCue, SentenceView, TokenSet};
use crate::lexicon::sec;
use crate::category::Category;
use crate::lexicon::{PatternMatch, SectionRole};
use crate::token::{Token, TokenKind};

/// A reporting frame: its tokens (verb or preposition plus speaker) and who speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    /// First token of the frame (speaker included).
    pub start: usize,
    /// One past its last token.
    pub end: usize,
    /// Index of the reporting verb or preposition.
    pub trigger: usize,
    /// Who speaks.
    pub speaker: Speaker,
    /// The reported clause follows the frame ("X said that …"), rather
    /// than standing before it (", said X").
    pub clause_after: bool,
    /// A passive's agent ("les mesures annoncées par Emmanuel Macron"):
    /// what it reports is the noun the participle qualifies, not a clause.
    pub passive: bool,
}

/// Finds the reporting frames of a sentence (outside quotations).
/// `anonymous` holds the tokens of the anonymity phrases already found: a
/// speaker that contains one is anonymous whatever else it holds.
/// `in_not_cue` holds those of `not_cues` phrases, where no report stands.
pub fn frames(s: &SentenceView, anonymous: &TokenSet, in_not_cue: &TokenSet) -> Vec<Frame> {
    let mut out = Vec::new();
    // Demands and reactions dropped below: a participle after one still
    // speaks for its crowd ("Some welcomed the news, saying …").
    let mut no_report = Vec::new();
    let frame_roles = |r| matches!(r, SectionRole::ReportingVerb | SectionRole::InversionVerb | SectionRole::ReportingPrep | SectionRole::ReportingPrepClause);
    // Found once per sentence (a sentence may be a whole page): the first
    // closing quote.
    let first_quote_close = s.toks.iter().position(|t| t.kind == TokenKind::QuoteClose).unwrap_or(usize::MAX);
    // "si elle estime que…": a report inside a hypothesis is no report.
    let mut after_hypothesis = TokenSet::new(s.toks.len());
    for m in s.sections(|r| r == SectionRole::Hypothesis).flat_map(|(_, _, m)| m) {
        let end = (m.start + 1..s.toks.len()).find(|&k| s.toks[k].is_clause_mark() || s.toks[k].is_terminal()).unwrap_or(s.toks.len());
        after_hypothesis.insert(m.start..end);
    }
    for (_, role, matches) in s.sections(frame_roles) {
        let is_verb = matches!(role, SectionRole::ReportingVerb | SectionRole::InversionVerb);
        for &m in matches {
            let quoted = s.toks[m.start].in_quote && !(is_verb && narrator_verb(s, m));
            if quoted || is_verb && !is_reporting_verb(s, m.start) || in_not_cue.contains(m.start) || after_hypothesis.contains(m.start) {
                continue;
            }
            // A narrator's incise inside the quotation: the speaker follows.
            if s.toks[m.start].in_quote && before_aux(s, m.start).is_some_and(|k| s.toks[k].is_incise_mark()) {
                if let Some(f) = incise_frame(s, m) {
                    out.push(f);
                }
                continue;
            }
            let f = if is_verb { verb_frame(s, m, role == SectionRole::InversionVerb) } else { prep_frame(s, m) };
            // (The verb right after the quotation, not a participle further on.)
            let incise = first_quote_close < m.start && m.start <= first_quote_close + 4 && !s.lex.has_suffix(sec::GERUND_SUFFIXES, &s.toks[m.start].norm);
            let inverted_after_quote = !f.clause_after && first_quote_close < m.start;
            // « Les élites «…», résumait un gilet jaune »: set off by a comma
            // after the quotation, the verb is an incise whatever stands
            // before the quotation.
            let set_off = incise && after_incise_mark(s.toks, first_quote_close).is_some();
            if role == SectionRole::InversionVerb && !inverted_after_quote && !set_off {
                continue;
            }
            if role == SectionRole::ReportingPrepClause && !(closes_clause(s, f.end) && names_a_person(s, m.end..f.end)) {
                continue;
            }
            // "research shows" reports; "Meghan shows true colours" does not.
            if s.toks[m.start].is(sec::DOCUMENT_VERBS) && !s.toks[f.start..f.end].iter().any(|t| t.is(sec::DOCUMENTS)) {
                continue;
            }
            let f = if is_verb && f.speaker == Speaker::Unknown && incise { unnamed_after_quote(s, m, f) } else { f };
            let speaker = if anonymous.any(f.start..f.end) { Speaker::Anonymous } else { f.speaker };
            // An unnamed crowd's demand warns of nothing ("les
            // manifestants réclament la démission"); a named body's stays
            // on the record.
            if speaker == Speaker::Anonymous && is_verb && super::phrases::unquoted_demand_at(s, m.start) {
                no_report.push(Frame { speaker, ..f });
                continue;
            }
            out.push(Frame { speaker, ..f });
        }
    }
    if let Some(f) = colon_quote_frame(s, &out) {
        out.push(f);
    }
    if let Some(f) = quote_incise_frame(s, &out) {
        out.push(f);
    }
    participles_follow_their_clause(s, &mut out, &no_report);
    included_speakers(s, &mut out);
    out
}

/// ", a renchéri le maire Labeaume, disant …", "Dale and Martha disputed
/// that …, saying instead …": a participle set off by a comma speaks for
/// the clause it hangs on, so for the nearest report (or dropped demand or
/// reaction, `no_report`) before it.
fn participles_follow_their_clause(s: &SentenceView, frames: &mut [Frame], no_report: &[Frame]) {
    // The pronoun after it opens the reported clause, it does not speak:
    // ", saying they needed …", ", insisting he …" (not ", citing three sources").
    let clause_follows = |f: &Frame| f.clause_after || s.toks.get(f.trigger + 1).is_some_and(|t| t.is(sec::PRONOUNS));
    let participle = |f: &Frame| {
        clause_follows(f) && f.trigger > 0 && s.toks[f.trigger - 1].norm == "," && s.lex.has_suffix(sec::GERUND_SUFFIXES, &s.toks[f.trigger].norm)
    };
    for k in 0..frames.len() {
        if !participle(&frames[k]) {
            continue;
        }
        let at = frames[k].trigger;
        let before = frames.iter().chain(no_report).filter(|g| g.trigger < at && g.speaker != Speaker::Unknown && !participle(g)).max_by_key(|g| g.trigger);
        if let Some(speaker) = before.map(|g| g.speaker) {
            frames[k].speaker = speaker;
        }
    }
}

/// "Critics of the policy, including the Resolution Foundation, say": a
/// named body among an unnamed crowd (or an unnamed one among named ones)
/// speaks too — the frame gets a second speaker.
fn included_speakers(s: &SentenceView, frames: &mut Vec<Frame>) {
    let mut extra = Vec::new();
    for f in frames.iter_mut() {
        if !f.speaker.is_identified() {
            continue;
        }
        let (a, b) = if f.clause_after { (f.start, f.trigger) } else { (f.trigger + 1, f.end) };
        let Some(k) = (a..b).find(|&k| s.toks[k].is(sec::INCLUDING)) else { continue };
        let head_end = (a..k).rev().find(|&j| s.toks[j].is_word()).map_or(a, |j| j + 1);
        let tail_end = (k + 1..b).find(|&j| s.toks[j].is_clause_mark()).unwrap_or(b);
        if head_end == a || tail_end == k + 1 {
            continue;
        }
        let (head, tail) = (classify(s, a..head_end), classify(s, k + 1..tail_end));
        if head != Speaker::Unknown && tail != Speaker::Unknown && head != tail {
            f.speaker = head;
            extra.push(Frame { start: k + 1, end: tail_end, speaker: tail, ..*f });
        }
    }
    frames.extend(extra);
}

/// "Le ministre a été clair : « Nous ne céderons pas. »", "Smith was
/// blunt: "We will not back down."": a quotation after a colon is the
/// words of the clause's subject; "Et d'ajouter : « … »", with no subject,
/// of whoever spoke last. None when a reporting frame already stands
/// before the colon ("a tweeté : « … »").
fn colon_quote_frame(s: &SentenceView, frames: &[Frame]) -> Option<Frame> {
    let colon = s.toks.windows(2).position(|w| w[0].norm == ":" && !w[0].in_quote && w[1].kind == TokenKind::QuoteOpen)?;
    if colon == 0 || frames.iter().any(|f| f.trigger < colon && f.speaker != Speaker::Unknown) {
        return None;
    }
    let subject = subject_phrase(s);
    let speaker = if subject.is_empty() || subject.end > colon { Speaker::Unknown } else { classify(s, subject.clone()) };
    if speaker != Speaker::Unknown {
        return Some(Frame { start: subject.start, end: colon, trigger: colon, speaker, clause_after: true, passive: false });
    }
    // "Et d'ajouter :" — a reporting verb right before the colon.
    reporting_verb(s, |m| m.end == colon).then_some(Frame { start: 0, end: colon, trigger: colon, speaker: Speaker::Pronoun, clause_after: true, passive: false })
}

/// « « Tout est fermé », se désespéraient deux touristes », '"We will be
/// back," vowed a striker': a quotation opens the sentence, and after its
/// comma a verb of a word or three, then its subject to the end of the
/// clause. Whatever the verb, this incise says who speaks: no list of
/// reporting verbs holds every « s'emporte » or "fumed". None when a
/// frame already stands after the quotation, or the quotation is a title
/// (fewer than three words and no exclamation: « « Titanic », sorti en 1997 »).
fn quote_incise_frame(s: &SentenceView, frames: &[Frame]) -> Option<Frame> {
    let toks = s.toks;
    if toks.first()?.kind != TokenKind::QuoteOpen {
        return None;
    }
    let close = toks.iter().position(|t| t.kind == TokenKind::QuoteClose)?;
    let exclaimed = toks[close - 1].norm == "!";
    if toks[1..close].iter().filter(|t| t.is_word()).count() < 3 && !exclaimed || frames.iter().any(|f| f.trigger > close) {
        return None;
    }
    // Or an exclamation closes the quotation (« Ça crame ! » hurle X).
    let verb = after_incise_mark(toks, close).or_else(|| exclaimed.then_some(close + 1))?;
    let grammar = sec::DETERMINERS | sec::DEFINITE | sec::NP_PREPOSITIONS | sec::COMPLEMENTIZERS | sec::RELATIVES | sec::PRONOUNS | sec::SPEAKER_STOP;
    let verb_word = |t: &Token| t.is_word() && !t.cap && !t.is(grammar) && !is_head(t);
    // '"…," Kelce shared.', '"…," he remembered with a laugh': where heads
    // come last and the verb need not come second (English), the incise
    // may keep its subject first — a pronoun or a short name, one verb,
    // then the end of the clause or a complement.
    if !s.lex.head_first && !s.lex.verb_second {
        let name = |t: &Token| t.is_word() && t.cap && !t.is(grammar | sec::NAME_STOPWORDS | sec::FRAME_SKIP) && !is_head(t);
        let subject_len = if toks.get(verb).is_some_and(|t| t.is(sec::PRONOUNS)) { 1 } else { toks[verb.min(toks.len())..].iter().take(3).take_while(|t| name(t)).count() };
        let after = verb + subject_len + 1;
        let complement = |t: &Token| t.is_terminal() || t.is_clause_mark() || t.is(sec::NP_PREPOSITIONS | sec::TIME_WORDS | sec::RECIPIENT_PREPS);
        if subject_len > 0 && toks.get(after - 1).is_some_and(verb_word) && toks.get(after).is_some_and(complement) {
            let speaker = match classify(s, verb..verb + subject_len) {
                Speaker::Unknown => Speaker::Named,
                speaker => speaker,
            };
            return Some(Frame { start: verb, end: after, trigger: after - 1, speaker, clause_after: false, passive: false });
        }
    }
    // (A reflexive may open it: « se lamentaba », « si sfoga ».)
    let reflexive = toks.get(verb).is_some_and(|t| t.is(sec::REFLEXIVES)) as usize;
    let verb_len = reflexive + toks[(verb + reflexive).min(toks.len())..].iter().take(3).take_while(|t| verb_word(t) || reflexive == 1 && t.is(sec::FINITE_AUX)).count();
    let subject = verb + verb_len;
    // (« «Démission!» a aussi été beaucoup scandé »: a passive inverts no speaker.)
    // (« s'était-il interrogé »: after a reflexive the auxiliary is the
    // compound tense's.)
    if verb_len == 0 || subject >= toks.len() || reflexive == 0 && toks[verb..subject].iter().any(|t| t.is(sec::PASSIVE_AUX)) {
        return None;
    }
    // « …», chiede all'addetto alle prenotazioni. » : where subjects are
    // dropped, an incise with none (past whom it is said to) is whoever
    // spoke last.
    let pro_drop = s.lex.lists_any(sec::PLURAL_VERB_SUFFIXES);
    let past_recipient = if toks[subject].is(sec::RECIPIENT_PREPS) { right_phrase_within(s, subject, MAX_SPEAKER).end } else { subject };
    // (A question quoted is no claim: "«…?», perguntamos".)
    let asks = toks[close - 1].norm.contains('?');
    if pro_drop && !asks && toks.get(past_recipient).is_some_and(Token::is_terminal) {
        return Some(Frame { start: verb, end: past_recipient, trigger: verb, speaker: Speaker::Pronoun, clause_after: false, passive: false });
    }
    if !opens_noun_phrase(s, subject) || toks[subject].is(sec::NP_PREPOSITIONS | sec::RECIPIENT_PREPS) {
        return None;
    }
    let phrase = right_phrase_within(s, subject, MAX_SPEAKER);
    if !closes_clause(s, phrase.end) {
        return None;
    }
    let speaker = match classify(s, phrase.clone()) {
        Speaker::Unknown if indefinite_person(s, phrase.clone()) => Speaker::Anonymous,
        speaker => speaker,
    };
    (speaker != Speaker::Unknown).then_some(Frame { start: verb, end: phrase.end, trigger: verb, speaker, clause_after: false, passive: false })
}

/// Where an incise starts after the quotation closed at `close`, when a
/// comma sets it off: after the closing mark (« … », X) or inside it
/// ("…," X).
fn after_incise_mark(toks: &[Token], close: usize) -> Option<usize> {
    if toks.get(close + 1).is_some_and(Token::is_incise_mark) {
        Some(close + 2)
    } else {
        close.checked_sub(1).filter(|&k| toks[k].is_incise_mark()).map(|_| close + 1)
    }
}

/// '"…," said a pensioner': an inverted verb after a quotation whose
/// speaker no list knows speaks for the indefinite person after it.
fn unnamed_after_quote(s: &SentenceView, m: PatternMatch, f: Frame) -> Frame {
    let phrase = if !f.clause_after { f.trigger + 1..f.end } else { right_phrase_within(s, after_recipient(s, m.end), MAX_SPEAKER) };
    if closes_clause(s, phrase.end) && indefinite_person(s, phrase.clone()) {
        return Frame { start: f.trigger, end: phrase.end.max(f.trigger + 1), speaker: Speaker::Anonymous, clause_after: false, ..f };
    }
    f
}

/// '"…," said a pensioner', « …», dijo una jubilada »: after a quotation, an
/// indefinite article before a noun no list knows is still one person the
/// text does not name (elsewhere "un índice de temas que pensaba" is no
/// speaker).
fn indefinite_person(s: &SentenceView, phrase: std::ops::Range<usize>) -> bool {
    let mut words = s.toks[phrase].iter().skip_while(|t| !t.is_word());
    words.next().is_some_and(|t| t.is(sec::INDEFINITE)) && words.next().is_some_and(|n| n.is_word() && (!n.cap || s.lex.capitalised_nouns) && !n.is(sec::DETERMINERS | sec::NP_PREPOSITIONS | sec::DOCUMENTS))
}

/// Pushes a cue for each frame whose speaker is known.
pub fn find(s: &SentenceView, frames: &[Frame], out: &mut Vec<RawCue>) {
    for f in frames {
        let (category, rule) = match f.speaker {
            Speaker::Named => (Category::NamedSource, "named_speaker"),
            Speaker::Anonymous => (Category::AnonymousSource, "anonymous_speaker"),
            Speaker::Unknown | Speaker::Pronoun | Speaker::Definite => continue,
        };
        let _ = s;
        out.push(RawCue { start: f.start, end: f.end, category, rule });
    }
}

/// A reporting verb that stands inside quotation marks yet is the
/// narrator's: quoted alone ("Alternative CFDT qui "salue" cette
/// initiative"), opening a quotation after its auxiliary ("a «constaté
/// que…»"), or an incise after a comma (« En une semaine, on a perdu deux
/// mètres, pointe Philippe de Gonneville, le maire. … »).
fn narrator_verb(s: &SentenceView, m: PatternMatch) -> bool {
    let t = |k: usize| s.toks.get(k);
    let before = m.start.checked_sub(1).and_then(t);
    let opened_here = before.is_some_and(|q| q.kind == TokenKind::QuoteOpen);
    let alone = opened_here && t(m.end).is_some_and(|q| q.kind == TokenKind::QuoteClose);
    let after_aux = opened_here && m.start >= 2 && s.toks[m.start - 2].is(sec::FRAME_SKIP);
    let incise = before_aux(s, m.start).is_some_and(|k| s.toks[k].is_incise_mark()) && incise_frame(s, m).is_some();
    alone || after_aux || incise
}

/// A narrator's incise after a comma: its inverted speaker (« …, a averti
/// le président. ») or, in a compound tense, its inverted clitic (« …,
/// a-t-il averti. »).
fn incise_frame(s: &SentenceView, m: PatternMatch) -> Option<Frame> {
    closing_inversion(s, m).or_else(|| {
        let comma = before_aux(s, m.start)?;
        let clitic = (comma + 1..m.start).any(|k| s.toks[k].is(sec::PRONOUNS));
        clitic.then_some(Frame { start: comma + 1, end: m.end, trigger: m.start, speaker: Speaker::Pronoun, clause_after: false, passive: false })
    })
}

/// The token before `at`, past the auxiliaries, adverbs and inverted
/// clitics of `[frame_skip]` (« …, a-t-il averti », "…, has since said").
fn before_aux(s: &SentenceView, at: usize) -> Option<usize> {
    let mut k = at.checked_sub(1)?;
    while s.toks[k].is_word() && (skipped_before_verb(s, k) || s.toks[k].is(sec::INVERSION_CLITICS)) {
        k = k.checked_sub(1)?;
    }
    Some(k)
}

/// True when token `k` stands between a speaker and its verb: an auxiliary
/// or adverb of `[frame_skip]`, or an adverb of manner right after an
/// auxiliary (« a simplement ajouté », "has quietly said").
fn skipped_before_verb(s: &SentenceView, k: usize) -> bool {
    let t = &s.toks[k];
    let after_aux = k > 0 && s.toks[k - 1].is(sec::FINITE_AUX | sec::PAST_AUX | sec::INVERSION_CLITICS);
    t.is(sec::FRAME_SKIP) || after_aux && t.is_word() && !t.cap && s.lex.has_suffix(sec::ADVERB_SUFFIXES, &t.norm)
}

/// A verb pattern can match a noun ("the claims", "United States") or a
/// verb that reports nothing here ("to respond", "is said to"): a
/// capital inside the sentence, a determiner, a possessive, an infinitive
/// marker or a passive auxiliary right before it rules it out.
fn is_reporting_verb(s: &SentenceView, at: usize) -> bool {
    if at > 0 && s.toks[at].cap && !s.toks[at - 1].is_terminal() && !s.toks[at - 1].is_clause_mark() {
        return false;
    }
    let Some(prev) = at.checked_sub(1).map(|k| &s.toks[k]) else { return true };
    // "is faulted by critics", "was accused of plagiarism by a songwriter":
    // a passive reports when its agent speaks; "are also reported to", "was
    // later said" do not.
    if after_passive_aux(s, at) {
        return agent_at(s, at + 1).is_some();
    }
    // "Many said", "some argue": a quantifier standing alone for people
    // before a verb form no plural noun shares ("many claims" is a noun).
    let quantifier_subject = prev.is(sec::VAGUE_QUANTIFIERS) && !s.toks[at].norm.ends_with('s');
    // "criticised over comments", "in response to claims": after a
    // preposition the word is a noun.
    let noun_before = prev.is_word()
        && (prev.is(sec::DETERMINERS)
            || prev.is(sec::NP_PREPOSITIONS)
            || prev.is(sec::VERB_BLOCKERS)
            || prev.norm.ends_with("'s"));
    quantifier_subject || !noun_before
}

/// True when the word at `at` follows a passive auxiliary, past adverbs
/// ("was accused", "are also reported").
pub(crate) fn after_passive_aux(s: &SentenceView, at: usize) -> bool {
    let mut k = at;
    while k > 0 {
        k -= 1;
        let t = &s.toks[k];
        if t.is(sec::PASSIVE_AUX) {
            return true;
        }
        if !skipped_before_verb(s, k) {
            return false;
        }
    }
    false
}

/// The agent preposition of a passive whose verb ends before `from`: right
/// there ("faulted by critics"), or past the verb's own complement
/// ("accused of plagiarism by a songwriter").
fn agent_at(s: &SentenceView, from: usize) -> Option<usize> {
    let mut at = from;
    while s.toks.get(at).is_some_and(|t| t.is(sec::TIME_WORDS)) {
        at += 1;
    }
    let t = s.toks.get(at)?;
    if t.is(sec::AGENT_PREPS) {
        return Some(at);
    }
    if !t.is(sec::NP_PREPOSITIONS) {
        return None;
    }
    (at + 1..(at + 6).min(s.toks.len())).take_while(|&k| !s.toks[k].is_clause_mark() && !s.toks[k].is_terminal()).find(|&k| s.toks[k].is(sec::AGENT_PREPS))
}

/// "pour lui", "pour la ministre", "pour Frédéric Lagache", "pour le
/// sociologue Michel Wieviorka" — not "pour le Grand Touran": a pronoun, a
/// bare name, a phrase with a head noun, or a title before a full name.
fn names_a_person(s: &SentenceView, r: std::ops::Range<usize>) -> bool {
    let Some(first) = s.toks.get(r.start) else { return false };
    let toks = &s.toks[r];
    // "le sociologue Michel Wieviorka": a title word, then first and last name.
    let titled_name = toks.windows(3).any(|w| w[0].is_word() && !w[0].cap && !w[0].is(sec::DETERMINERS | sec::DEFINITE) && w[1].cap && w[2].cap);
    first.is(sec::PRONOUNS)
        || first.cap && !first.is(sec::DETERMINERS) && !first.is(sec::NAME_STOPWORDS)
        || toks.iter().any(is_head)
        || titled_name
}

/// True when token `at` ends a clause: a comma, a terminal mark, the end.
fn closes_clause(s: &SentenceView, at: usize) -> bool {
    s.toks.get(at).is_none_or(|t| t.is_terminal() || t.is_incise_mark() || t.kind == TokenKind::QuoteClose)
}

fn verb_frame(s: &SentenceView, m: PatternMatch, inversion_only: bool) -> Frame {
    let lex = s.lex;
    // A pattern may go on to the mark that shows its verb ends the clause
    // ("teilte … mit ,"): the verb ends at its last word.
    let last_word = (m.start..m.end).rev().find(|&k| s.toks[k].is_word()).unwrap_or(m.start);
    let m = PatternMatch { end: last_word + 1, ..m };
    // « avait-il affirmé », « explique-t-elle »: a clitic joined to the verb
    // is its subject, whatever noun phrase stands before the comma.
    let joined_clitic = |k: usize| s.toks.get(k).is_some_and(|t| t.is(sec::INVERSION_CLITICS) && !t.space_before) && s.toks[k - 1].is_word();
    // (An incise's verb has no capital; one that has opens a question:
    // « Juge-t-elle populiste ce mouvement ? »)
    if let Some(k) = (m.start + 1..=m.end).find(|&k| joined_clitic(k)).filter(|_| !s.toks[m.start].cap) {
        return Frame { start: m.start, end: m.end.max(k + 1), trigger: m.start, speaker: Speaker::Pronoun, clause_after: false, passive: false };
    }
    // Left: skip auxiliaries and adverbs next to the verb, then take the
    // noun phrase up to a clause boundary or a stop word ("que", "that").
    let mut i = m.start;
    // "a «constaté que…»", "qui "salue"": a quotation opens at the verb.
    if i > 0 && s.toks[i].in_quote && s.toks[i - 1].kind == TokenKind::QuoteOpen {
        i -= 1;
    }
    while i > 0 && s.toks[i - 1].is_word() && skipped_before_verb(s, i - 1) {
        i -= 1;
    }
    let np_end = i;
    let mut left = across_list(s, left_phrase(s, np_end));
    // "Des témoins interrogés par l'AFP décrivent", "People interviewed by
    // the BBC said": the agent belongs to a reduced relative; the noun
    // before the participle speaks.
    if left.start >= 2 && s.toks[left.start - 1].is(sec::AGENT_PREPS) && lex.has_suffix(sec::PARTICIPLE_SUFFIXES, &s.toks[left.start - 2].norm) {
        let head = left_phrase(s, left.start - 2);
        if !head.is_empty() {
            left = head.start..left.end;
        }
    }
    // "les manifestants qui accusent", "officials who said": the speaker is
    // the relative pronoun's antecedent.
    let mut relative = false;
    if left.is_empty() && left.start > 0 && s.toks[left.start - 1].is(sec::RELATIVES) {
        let rel = left.start - 1;
        left = antecedent(s, rel);
        // "la droite, qui condamne": past the comma of a non-restrictive
        // relative.
        if left.is_empty() && rel > 0 && s.toks[rel - 1].norm == "," {
            left = antecedent(s, rel - 1);
        }
        relative = true;
    } else if !left.is_empty() && left.start > 1 && s.toks[left.start - 1].is(sec::RELATIVES) && classify(s, left.clone()) == Speaker::Unknown {
        // "A former detective who worked on the investigation said": the
        // relative clause ends before the verb; its antecedent speaks.
        let ante = antecedent(s, left.start - 1);
        if !ante.is_empty() && classify(s, ante.clone()) != Speaker::Unknown {
            left = ante;
            relative = true;
        }
    }
    // "the third witness testifying Tuesday": a gerund after a noun is a
    // reduced relative clause, not a report.
    let gerund = lex.has_suffix(sec::GERUND_SUFFIXES, &s.toks[m.start].norm);
    if gerund && !left.is_empty() && left.end == m.start {
        return Frame { start: m.start, end: m.end, trigger: m.start, speaker: Speaker::Unknown, clause_after: true, passive: false };
    }
    // "des chiffres contestés par les manifestants", "figures released by
    // the ministry": a passive's speaker is its agent.
    if let Some(f) = agent_frame(s, m).filter(|_| !inversion_only) {
        return f;
    }
    let mut left_unknown = None;
    if !left.is_empty() && s.toks[left.clone()].iter().any(Token::is_word) {
        let mut speaker = classify(s, left.clone());
        // « le ministre de l'action et des comptes publics a chiffré »: a
        // phrase cut off at a contracted article after a word is the
        // complement of a longer subject, not an unnamed group.
        let opening = &s.toks[left.start];
        let before = left.start.checked_sub(1).map(|k| &s.toks[k]);
        if speaker == Speaker::Anonymous && !relative && opening.is(sec::NP_PREPOSITIONS) && opening.is(sec::DETERMINERS) && before.is_some_and(|t| t.is_word() && !t.is(sec::COMPLEMENTIZERS)) {
            speaker = Speaker::Unknown;
        }
        // "X faisait partie des rares personnes qui soulignaient": a named
        // subject among the unnamed people of a relative clause is named.
        if relative && speaker == Speaker::Anonymous && subject_is_named(s, left.start) {
            speaker = Speaker::Named;
        }
        let frame = Frame { start: left.start, end: m.end, trigger: m.start, speaker, clause_after: true, passive: false };
        // Verb-second languages may front an adverbial: "Am Montag sagte
        // Müller" — look for the subject after the verb too.
        if speaker != Speaker::Unknown || !lex.verb_second {
            return frame;
        }
        left_unknown = Some(frame);
    }
    // "…and urged residents to stay vigilant", "…and found a man
    // bleeding": after "and" the verb shares the first clause's subject;
    // what follows it is its object, never an inverted speaker.
    // (Not "Et réfute…" opening the sentence, nor an agent: "et lancé par
    // Gérard Collomb".)
    let first_word = s.toks.iter().position(Token::is_word).unwrap_or(0);
    let agent_follows = s.toks.get(m.end).is_some_and(|t| t.is(sec::AGENT_PREPS));
    let shares_subject = np_end > first_word + 1 && s.toks[np_end - 1].is(sec::COORDINATORS) && !agent_follows;
    // "Claire Martin, directrice de …, a évoqué plusieurs pistes": the
    // name that opens the sentence is the subject, not the verb's object.
    // (The apposition itself may say it, with the speaker's words.)
    if let Some(f) = left.start.checked_sub(1).filter(|&c| s.toks[c].norm == ",").and_then(|c| opening_name_frame(s, m, c)) {
        return appositive_frame(s, m, left.start).filter(|a| a.speaker == Speaker::Named).unwrap_or(f);
    }
    // ", ont constaté des journalistes." — after a comma, a speaker that
    // follows the verb and ends the clause is an inversion.
    if let Some(f) = closing_inversion(s, m).filter(|_| !shares_subject) {
        return f;
    }
    if let Some(f) = appositive_frame(s, m, left.start) {
        return f;
    }
    // Inverted: ", said X", "», a déclaré X", or a participle ("saying").
    let from = after_recipient(s, m.end);
    let mut right = right_phrase(s, from);
    // "Am Dienstag teilte das Ministerium mit": a separable verb holds its
    // inverted subject between its two parts.
    if lex.verb_second && m.end > m.start + 2 && !right.clone().next().is_some_and(|k| opens_noun_phrase(s, k)) {
        let inside = right_phrase(s, m.start + 1);
        right = inside.start..inside.end.min(m.end - 1);
    }
    // "…, said he was appalled" is no inversion: a pronoun opening a clause
    // after the verb is the reported clause's subject — unless the pronoun
    // ends the clause or a complement follows ("sagte er dem NDR"). An
    // inverted speaker is a noun phrase: it opens with a determiner, a name
    // or a head noun, not a preposition ("répliqué par des jets…").
    let pronoun_then_clause = |k: usize| {
        s.toks.get(k + 1).is_some_and(|t| !(is_boundary(t) || t.is_terminal() || t.is(sec::DETERMINERS | sec::DEFINITE | sec::RECIPIENT_PREPS)))
    };
    let clause_after = right.len() > 1 && s.toks[right.start].is(sec::PRONOUNS) && pronoun_then_clause(right.start);
    let opens_np = right.clone().next().is_some_and(|k| opens_noun_phrase(s, k));
    // ", vowing that rivals…", ", asking fans to…": a participle has no
    // inverted speaker; its speaker is the sentence's subject.
    if opens_np && !clause_after && !gerund && !shares_subject {
        let speaker = inverted_speaker(s, m, right.clone());
        if speaker != Speaker::Unknown {
            return Frame { start: m.start, end: right.end, trigger: m.start, speaker, clause_after: false, passive: false };
        }
    }
    if let Some(frame) = left_unknown {
        return frame;
    }
    // « … », insistió. — no speaker word after a quotation: in languages
    // that drop subjects, whoever spoke last.
    if after_quote(s, m.start) && !opens_np {
        return Frame { start: m.start, end: m.end, trigger: m.start, speaker: Speaker::Pronoun, clause_after: false, passive: false };
    }
    // A participle frame ("…, saying", "en affirmant") speaks for the
    // sentence's subject.
    // ("Tell us what you think": a verb that opens the sentence has none.)
    let subject = subject_phrase(s);
    let mut speaker = if subject.is_empty() || subject.contains(&m.start) { Speaker::Unknown } else { classify(s, subject) };
    // "Agregó que …", "Además, advierte que …": where subjects are dropped,
    // a finite reporting verb that opens its clause speaks for whoever
    // spoke last.
    // Not after a relative clause set off by commas: "Uma moradora, que
    // preferiu não se identificar, contou" has its subject before it.
    let after_relative = (0..m.start).any(|k| s.toks[k].is(sec::RELATIVES));
    if speaker == Speaker::Unknown && lex.pro_drop && !gerund && left.is_empty() && !opens_np && !after_relative {
        // "Dicen que …", "Dizem que …": a plural before a reported clause,
        // with no group before it to stand for, is an impersonal report by
        // unnamed people.
        let plural = lex.has_suffix(sec::PLURAL_VERB_SUFFIXES, &s.toks[m.start].norm);
        let clause = s.toks.get(m.end).is_some_and(|t| t.is(sec::COMPLEMENTIZERS));
        speaker = if plural && clause { Speaker::Definite } else { Speaker::Pronoun };
    }
    Frame { start: m.start, end: m.end, trigger: m.start, speaker, clause_after: true, passive: false }
}

/// The agent of a passive reporting verb ("contestés par les manifestants",
/// "released by the ministry"), when it is a speaker ("par téléphone",
/// "by phone" are none).
fn agent_frame(s: &SentenceView, m: PatternMatch) -> Option<Frame> {
    // ("concerned by the collapse": a state's cause is no agent.)
    if m.end > m.start + 1 {
        return None;
    }
    let at = agent_at(s, m.end)?;
    let agent = right_phrase_within(s, at + 1, MAX_PREP_SPEAKER);
    if agent.is_empty() || !opens_noun_phrase(s, agent.start) {
        return None;
    }
    let speaker = classify(s, agent.clone());
    (speaker != Speaker::Unknown).then_some(Frame { start: m.start, end: agent.end, trigger: m.start, speaker, clause_after: false, passive: true })
}

/// True when the verb at `at` follows a quotation and a comma (or dash),
/// auxiliaries aside: « … », a-t-il dit; "…," he said; “…” —agregó—.
fn after_quote(s: &SentenceView, at: usize) -> bool {
    let mut k = at;
    while k > 0 && skipped_before_verb(s, k - 1) {
        k -= 1;
    }
    let marks = s.toks[..k].iter().rev().take_while(|t| !t.is_word() && !t.in_quote).collect::<Vec<_>>();
    marks.iter().any(|t| t.kind == TokenKind::QuoteClose) || k > 0 && s.toks[k - 1].in_quote
}

/// Who the sentence's opening noun phrase is, as a speaker.
pub fn subject_speaker(s: &SentenceView) -> Speaker {
    let subject = subject_phrase(s);
    // Only people can speak later: "Some details of Giuffre's allegations
    // have changed" introduces no one.
    if subject.is_empty() || !s.toks[subject.clone()].iter().any(|t| t.is(sec::ANONYMOUS_HEADS | sec::NAMED_HEADS | sec::PRONOUNS)) {
        Speaker::Unknown
    } else {
        classify(s, subject)
    }
}

/// True when the sentence opens with a named subject before token `before`.
fn subject_is_named(s: &SentenceView, before: usize) -> bool {
    let subject = subject_phrase(s);
    !subject.is_empty() && subject.end <= before && classify(s, subject) == Speaker::Named
}

/// Who an inverted speaker (after the verb) is. After a quotation, a
/// definite description points back at someone already introduced (« … »,
/// explique l'élu): whoever spoke last (a named person when the text has
/// cited no one yet). Elsewhere "said the …" more often opens the reported
/// clause than names a speaker.
fn inverted_speaker(s: &SentenceView, m: PatternMatch, right: std::ops::Range<usize>) -> Speaker {
    // "said the payments had been stopped": a finite verb makes the phrase
    // the reported clause, not a speaker.
    if s.toks[right.clone()].iter().any(|t| t.is(sec::FINITE_AUX)) {
        return Speaker::Unknown;
    }
    // "sagte er der Zeitung", "a-t-il dit au Monde": the pronoun is the
    // speaker; what follows it is whom it told.
    if s.toks[right.start].is(sec::PRONOUNS) {
        return Speaker::Pronoun;
    }
    let speaker = classify(s, right.clone());
    let definite = s.toks[right.start].is(sec::DEFINITE);
    match speaker {
        Speaker::Anonymous | Speaker::Unknown | Speaker::Definite if definite && after_quote(s, m.start) => Speaker::Pronoun,
        other => other,
    }
}

/// Where an inverted speaker starts after a verb ending at `verb_end`: past
/// a time word, an adverb and a recipient, if they come first ("a indiqué à l'AFP un
/// porte-parole", "confie au Parisien un responsable", "a annoncé mardi le
/// groupe").
pub(crate) fn after_recipient(s: &SentenceView, verb_end: usize) -> usize {
    // "a annoncé mardi le groupe Stellantis": a time word first.
    let mut timed = verb_end;
    while s.toks.get(timed).is_some_and(|t| t.is(sec::TIME_WORDS)) {
        timed += 1;
    }
    // "explique ainsi à l'AFP un interlocuteur": an adverb before the
    // recipient or the speaker (not before anything else: "disse depois da
    // enxurrada").
    let mut from = timed;
    while s.toks.get(from).is_some_and(|t| t.is(sec::FRAME_SKIP) && !t.is(sec::DETERMINERS | sec::DEFINITE | sec::PRONOUNS | sec::FINITE_AUX)) {
        from += 1;
    }
    if !s.toks.get(from).is_some_and(|t| t.is(sec::RECIPIENT_PREPS)) {
        let opens = from > timed && s.toks.get(from).is_some_and(|t| (t.is(sec::DETERMINERS | sec::DEFINITE) || t.cap) && !t.is(sec::NP_PREPOSITIONS));
        return if opens { from } else { timed };
    }
    (from + 2..s.toks.len().min(from + MAX_SPEAKER))
        .take_while(|&k| !is_boundary(&s.toks[k]))
        // (Not a determiner inside the recipient's phrase: "dans un autre
        // tweet", « sur la dématérialisation des services » — a contracted
        // « des » after a common noun is its complement.)
        .find(|&k| {
            let t = &s.toks[k];
            t.is(sec::DETERMINERS) && !t.is(sec::RECIPIENT_PREPS) && !s.toks[k - 1].is(sec::DETERMINERS | sec::DEFINITE) && !(t.is(sec::NP_PREPOSITIONS) && !s.toks[k - 1].cap)
        })
        .unwrap_or(timed)
}

/// An inverted speaker right after the verb that ends the clause: "…,
/// ont constaté des journalistes de l'AFP." Only a speaker that can be
/// told (named or not) counts.
fn closing_inversion(s: &SentenceView, m: PatternMatch) -> Option<Frame> {
    let right = right_phrase_within(s, after_recipient(s, m.end), MAX_PREP_SPEAKER);
    if right.is_empty() || !opens_noun_phrase(s, right.start) || !closes_clause(s, right.end) {
        return None;
    }
    let speaker = inverted_speaker(s, m, right.clone());
    matches!(speaker, Speaker::Named | Speaker::Anonymous | Speaker::Pronoun | Speaker::Definite).then_some(Frame { start: m.start, end: right.end, trigger: m.start, speaker, clause_after: false, passive: false })
}

/// "Another villager, Lipolelo Potobere, said": the subject stands before
/// one or two comma-separated phrases; a name in either identifies it.
/// `comma_at` is one past the comma right before the verb, if any.
fn appositive_frame(s: &SentenceView, m: PatternMatch, comma_at: usize) -> Option<Frame> {
    let comma = comma_at.checked_sub(1).filter(|&k| s.toks[k].norm == ",")?;
    if comma == 0 || s.toks[comma - 1].kind == TokenKind::QuoteClose || s.toks[comma - 1].in_quote {
        return None;
    }
    let mut first = left_phrase(s, comma);
    // "A spokesman, who declined to be named, said": past the relative
    // clause to its antecedent.
    if first.start >= 2 && s.toks[first.start - 1].is(sec::RELATIVES) && s.toks[first.start - 2].norm == "," {
        first = left_phrase(s, first.start - 2);
    } else if let Some(outer) = participle_incise(s, comma) {
        // "Un diplomate, interrogé par l'AFP, a affirmé", "An official,
        // speaking on condition of anonymity, said": the subject stands
        // before the participle clause, whose own nouns are no speaker
        // (unless the subject says nothing: "Le document, consulté par
        // l'AFP, révèle").
        let subject = left_phrase(s, outer);
        if !subject.is_empty() && classify(s, subject.clone()) != Speaker::Unknown {
            first = subject;
        }
    }
    // An apposition is a short noun phrase ("a former official"), not a
    // clause ("it does not owe the community anything").
    if first.is_empty() || first.len() > MAX_SPEAKER - 2 {
        return None;
    }
    if !opens_noun_phrase(s, first.start) {
        return described_subject(s, m, comma);
    }
    let mut speaker = classify(s, first.clone());
    let mut start = first.start;
    if speaker != Speaker::Named {
        // The subject before the apposition, possibly past a relative
        // clause ("Mr Cohen, who was a UK policy adviser, told") or past
        // other appositions that say nothing of who it is ("Hayley Walsh,
        // 42, a lecturer from Nottingham, said").
        let mut from = first.start;
        for _ in 0..3 {
            let outer_comma = (from.saturating_sub(MAX_SPEAKER)..from).rev().find(|&k| s.toks[k].norm == ",");
            let Some(second) = outer_comma.map(|k| left_phrase(s, k)).filter(|r| !r.is_empty()) else { break };
            let outer = classify(s, second.clone());
            if outer != Speaker::Unknown {
                speaker = if outer == Speaker::Named || speaker == Speaker::Unknown { outer } else { speaker };
                start = second.start;
                break;
            }
            // (Only a short aside is passed: an age, an adjective.)
            if second.len() > 2 || second.start == 0 || s.toks[second.start - 1].norm != "," {
                break;
            }
            from = second.start;
        }
    }
    (speaker != Speaker::Unknown).then_some(Frame { start, end: m.end, trigger: m.start, speaker, clause_after: true, passive: false })
}

/// "un manifestant, gilet jaune sur le dos et crâne en sang, explique":
/// words between two commas that open with a bare noun (no determiner, no
/// preposition, conjunction, relative or participle) describe the subject
/// before them, which speaks.
fn described_subject(s: &SentenceView, m: PatternMatch, comma: usize) -> Option<Frame> {
    let outer = (comma.saturating_sub(MAX_SPEAKER + 3)..comma).rev().find(|&k| is_boundary(&s.toks[k]))?;
    let opening = s.toks.get(outer + 1).filter(|t| t.is_word() && !t.cap)?;
    let function_word = sec::DETERMINERS | sec::DEFINITE | sec::PRONOUNS | sec::COORDINATORS | sec::RELATIVES | sec::NP_PREPOSITIONS | sec::SPEAKER_STOP | sec::COMPLEMENTIZERS | sec::FRAME_SKIP | sec::TIME_WORDS;
    let participle = s.lex.has_suffix(sec::GERUND_SUFFIXES, &opening.norm) || s.lex.has_suffix(sec::PARTICIPLE_SUFFIXES, &opening.norm);
    if s.toks[outer].norm != "," || opening.is(function_word) || participle || s.toks[outer + 1..comma].iter().any(|t| t.kind == TokenKind::Number) {
        return None;
    }
    let subject = left_phrase(s, outer);
    let speaker = if subject.is_empty() { Speaker::Unknown } else { classify(s, subject.clone()) };
    (speaker != Speaker::Unknown).then_some(Frame { start: subject.start, end: m.end, trigger: m.start, speaker, clause_after: true, passive: false })
}

/// "Patrick Lozès, ancien président du Cran et candidat aux législatives,
/// a évoqué …": a sentence that opens with a full name and a comma, and
/// reaches the verb through appositions only (no clause ends between), has
/// that name for subject, however long the appositions are.
fn opening_name_frame(s: &SentenceView, m: PatternMatch, comma: usize) -> Option<Frame> {
    const MAX_APPOSITIONS: usize = 30;
    // '"…," Mayer, Disney's chairman of …, said': after a quotation that
    // opens the sentence the name follows its comma, and may be a surname
    // alone.
    let quoted = s.toks.first().is_some_and(|t| t.kind == TokenKind::QuoteOpen);
    let name_start = if quoted { after_incise_mark(s.toks, s.toks.iter().position(|t| t.kind == TokenKind::QuoteClose)?)? } else { 0 };
    let shortest = if quoted { 1 } else { 2 };
    let name_end = (name_start..comma).find(|&k| s.toks[k].norm == ",").filter(|&c| (name_start + shortest..=name_start + 4).contains(&c))?;
    let name = |t: &Token| t.is_word() && t.cap && !t.is(sec::DETERMINERS | sec::DEFINITE | sec::NAME_STOPWORDS | sec::PRONOUNS) && !is_head(t);
    let apposed = comma - name_end <= MAX_APPOSITIONS
        && s.toks[name_end..comma].iter().all(|t| !t.is_terminal() && t.norm != ":" && !t.in_quote && !matches!(t.kind, TokenKind::QuoteOpen | TokenKind::QuoteClose) && !t.is(sec::RELATIVES));
    // (The frame is the verb alone: an anonymity phrase among the
    // appositions is a source of its own — "Bloomberg News, citing people
    // familiar with the matter, reported".)
    (s.toks[name_start..name_end].iter().all(name) && apposed).then_some(Frame { start: m.start, end: m.end, trigger: m.start, speaker: Speaker::Named, clause_after: true, passive: false })
}

/// The comma that opens a participle clause ending at the comma `comma`
/// ("…, interrogé par l'AFP,", "…, speaking on condition of anonymity to
/// discuss the talks,"): the clause may be long, the participle opens it.
fn participle_incise(s: &SentenceView, comma: usize) -> Option<usize> {
    const MAX_INCISE: usize = 30;
    let open = (comma.saturating_sub(MAX_INCISE)..comma).rev().find(|&k| s.toks[k].is_clause_mark() || s.toks[k].is_terminal())?;
    if s.toks[open].norm != "," || open == 0 || s.toks[open - 1].in_quote {
        return None;
    }
    let head = s.toks.get(open + 1).filter(|t| t.is_word() && !t.cap)?;
    // "The Journal, citing people familiar with the matter, reported": a
    // reporting participle is a frame of its own, beside the subject's.
    let reports = reporting_verb(s, |m| m.start == open + 1);
    let lex = s.lex;
    let participle = lex.has_suffix(sec::GERUND_SUFFIXES, &head.norm) || lex.has_suffix(sec::PARTICIPLE_SUFFIXES, &head.norm);
    (participle && !reports).then_some(open)
}

/// True when a reporting verb of the sentence matches where `at` says.
fn reporting_verb(s: &SentenceView, at: impl Fn(&PatternMatch) -> bool) -> bool {
    s.sections(|r| r == SectionRole::ReportingVerb).any(|(_, _, m)| m.iter().any(&at))
}

fn prep_frame(s: &SentenceView, m: PatternMatch) -> Frame {
    let right = right_phrase_within(s, m.end, MAX_PREP_SPEAKER);
    // A speaker is a noun phrase: "pour repérer ces personnes" is none.
    let opens_np = right.clone().next().is_some_and(|k| opens_noun_phrase(s, k));
    let speaker = if right.is_empty() || !opens_np { Speaker::Unknown } else { classify(s, right.clone()) };
    Frame { start: m.start, end: right.end.max(m.end), trigger: m.start, speaker, clause_after: false, passive: false }
}
