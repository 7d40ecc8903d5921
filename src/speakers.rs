//! Who speaks on a page: its distinct speakers, each with its kind, its
//! words as first written and the sentences where it speaks, in order of
//! first appearance.
//!
//! The ledger reuses what the engine decided for each reporting frame (the
//! speaker phrase, named or not, a pronoun resolved to whoever spoke last);
//! it only groups the mentions of one speaker: the same words, a later
//! mention of a name ("Prasad" after "Eswar Prasad"), a shorter description
//! of a named body ("the ministry" after "the Ministry of Defence"), a
//! pronoun or description the engine resolved ("he said", "the singer").
//!
//! ```
//! use sourcelight::speakers::SpeakerKind;
//!
//! let text = "Eswar Prasad, a trade professor at Cornell, said the talks had stalled. \
//!             People familiar with the matter said otherwise. Prasad said he was not surprised.";
//! let a = sourcelight::analyze(text, "en").unwrap();
//! assert_eq!(a.speakers.len(), 2);
//! assert_eq!(a.speakers[0].kind, SpeakerKind::NamedPerson);
//! assert_eq!(a.speakers[0].first().span.slice(text), "Eswar Prasad, a trade professor at Cornell");
//! assert_eq!(a.speakers[0].sentences().collect::<Vec<_>>(), [0, 2]);
//! assert_eq!(a.speakers[1].kind, SpeakerKind::Unnamed);
//! ```
//!
//! How a named speaker is told a person from an institution is a rule of
//! thumb on its words: a run of capitalised words with no article before
//! it, two words or more or after a title ("President Macron", "Mr
//! Prasad"), is a person's name; an article before the name ("the White
//! House", « l'Élysée »), an institution's noun ("police", "the ministry"),
//! a document, an acronym or a single name the text has not given before
//! ("Reuters", "NATO") make an institution. Two-word company names
//! ("Goldman Sachs") read as people.

use crate::lexicon::{sec, SectionRole};
use crate::rules::attribution::{self, Frame};
use crate::rules::memory::NamedWords;
use crate::rules::phrase::subject_phrase;
use crate::rules::{RawCue, SentenceView};
use crate::span::Span;
use crate::token::{Norm, Token};
use serde::Serialize;

/// Whether this build keeps the ledger (feature `speakers`: the CLI, the
/// Python package and the `.wasm`); without it `Analysis::speakers` is
/// empty and the ledger's code is left out.
const LEDGER: bool = cfg!(feature = "speakers");

/// What kind of speaker it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A person given by name ("Eswar Prasad", "President Macron").
    NamedPerson,
    /// An institution speaking officially, or a named document ("the
    /// ministry", "Reuters", "a YouGov poll").
    NamedInstitution,
    /// An unnamed person or group ("people familiar with the matter", « une
    /// source proche du dossier »).
    Unnamed,
    /// No one: received knowledge ("it is believed", « on dit que »).
    Impersonal,
}

impl SpeakerKind {
    /// Every kind, in the order the compact forms number them.
    pub const ALL: [SpeakerKind; 4] = [SpeakerKind::NamedPerson, SpeakerKind::NamedInstitution, SpeakerKind::Unnamed, SpeakerKind::Impersonal];

    /// The kind's name in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::NamedPerson => "named_person",
            SpeakerKind::NamedInstitution => "named_institution",
            SpeakerKind::Unnamed => "unnamed",
            SpeakerKind::Impersonal => "impersonal",
        }
    }

    /// True for people and institutions given by name.
    pub fn is_named(self) -> bool {
        matches!(self, SpeakerKind::NamedPerson | SpeakerKind::NamedInstitution)
    }
}

/// One sentence where a speaker speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Index of the sentence in `Analysis::sentences`.
    pub sentence: usize,
    /// The speaker's words there ("Prasad", "he", "the ministry"): bytes
    /// into the analysed text (`analyze`) or into that sentence
    /// (`analyze_sentences`).
    pub span: Span,
}

/// A distinct speaker of the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// What kind of speaker.
    pub kind: SpeakerKind,
    /// The sentences where it speaks, one mention each, in order; the first
    /// is its words as first written.
    pub mentions: Vec<Mention>,
}

impl Speaker {
    /// Its first mention: how the text introduced it.
    pub fn first(&self) -> &Mention {
        &self.mentions[0]
    }

    /// The indices of the sentences where it speaks, in order.
    pub fn sentences(&self) -> impl Iterator<Item = usize> + '_ {
        self.mentions.iter().map(|m| m.sentence)
    }
}

/// A speaker being gathered, with what its later mentions are matched on.
struct Entry {
    speaker: Speaker,
    /// The folded words of its first mention, for "the same words".
    key: String,
    /// The words of its name, for a later mention by surname. (`Norm`s: a
    /// word inline, not an allocation apiece.)
    name: Vec<Norm>,
    /// Its content words, for a shorter description ("the ministry").
    words: Vec<Norm>,
}

/// Gathers the speakers of a document while the engine reads it, sentence
/// by sentence (`analyze::finish`). It follows the engine's "who spoke
/// last" (`last`), so that a pronoun joins the speaker it stands for.
#[derive(Default)]
pub(crate) struct Ledger {
    entries: Vec<Entry>,
    /// The speaker the engine's last speaker is, when it is one of ours.
    last: Option<usize>,
    /// The sentence being read.
    sentence: usize,
}

impl Ledger {
    /// Sentence `k` is being read.
    pub(crate) fn start_sentence(&mut self, k: usize) {
        self.sentence = k;
    }

    /// The engine's last speaker is no longer one of ours (someone named
    /// outside any frame, or nobody within reach).
    pub(crate) fn forget(&mut self) {
        self.last = None;
    }

    /// A reporting frame of the sentence, as the engine settled it: `own`
    /// is what its phrase said before a pronoun was resolved; `remembered`,
    /// whether the engine made it the last speaker; `names`, the names the
    /// text gave before.
    pub(crate) fn hear(&mut self, s: &SentenceView, f: &Frame, own: attribution::Speaker, remembered: bool, names: &NamedWords) {
        use attribution::Speaker as S;
        if !LEDGER {
            return;
        }
        let phrase = speaker_phrase(s, f, own.is_identified());
        let span = if phrase.is_empty() { s.toks[f.trigger.min(s.toks.len() - 1)].span } else { s.span(phrase.start, phrase.end) };
        let named = f.speaker == S::Named;
        let entry = match f.speaker {
            S::Named | S::Anonymous if own.is_identified() => (!phrase.is_empty()).then(|| self.entry(&s.toks[phrase.clone()], named, names)),
            // A pronoun or description the engine resolved: whoever spoke last.
            S::Named | S::Anonymous => self.last.filter(|&e| self.entries[e].speaker.kind.is_named() == named),
            _ => None,
        };
        if let Some(e) = entry {
            self.mention(e, span);
        }
        if remembered {
            self.last = entry;
        }
    }

    /// The impersonal cues of the sentence ("it is believed"): each wording
    /// is one impersonal speaker.
    pub(crate) fn impersonal(&mut self, s: &SentenceView, cues: &[RawCue]) {
        if !LEDGER {
            return;
        }
        for c in cues.iter().filter(|c| c.rule == "impersonal") {
            let key = folded(&s.toks[c.start..c.end]);
            let found = self.entries.iter().position(|e| e.speaker.kind == SpeakerKind::Impersonal && e.key == key);
            let e = found.unwrap_or_else(|| self.push(SpeakerKind::Impersonal, key, Vec::new(), Vec::new()));
            self.mention(e, s.span(c.start, c.end));
        }
    }

    /// The speakers, in order of first appearance.
    pub(crate) fn finish(self) -> Vec<Speaker> {
        if !LEDGER {
            return Vec::new();
        }
        // Speakers found in one sentence are found frame by frame, not in
        // text order: an insertion sort puts the few out of place back (a
        // library sort would cost the .wasm kilobytes).
        let mut out: Vec<Speaker> = self.entries.into_iter().map(|e| e.speaker).collect();
        let at = |sp: &Speaker| (sp.first().sentence, sp.first().span.start);
        for i in 1..out.len() {
            let mut j = i;
            while j > 0 && at(&out[j - 1]) > at(&out[j]) {
                out.swap(j - 1, j);
                j -= 1;
            }
        }
        out
    }

    fn push(&mut self, kind: SpeakerKind, key: String, name: Vec<Norm>, words: Vec<Norm>) -> usize {
        self.entries.push(Entry { speaker: Speaker { kind, mentions: Vec::new() }, key, name, words });
        self.entries.len() - 1
    }

    /// One mention a sentence: a second frame of the same speaker in the
    /// sentence adds nothing.
    fn mention(&mut self, e: usize, span: Span) {
        let sentence = self.sentence;
        let mentions = &mut self.entries[e].speaker.mentions;
        if mentions.last().is_none_or(|m| m.sentence != sentence) {
            mentions.push(Mention { sentence, span });
        }
    }

    /// The speaker a phrase names: one met before, or a new one.
    fn entry(&mut self, toks: &[Token], named: bool, names: &NamedWords) -> usize {
        let key = folded(toks);
        let (name, titled) = if named { name_words(toks) } else { (Vec::new(), false) };
        let words = if named { content_words(toks) } else { Vec::new() };
        let subset = |small: &[Norm], big: &[Norm]| !small.is_empty() && small.iter().all(|w| big.contains(w));
        // The most recent match: "Smith" is the last Smith named.
        let found = self.entries.iter().rposition(|e| {
            e.speaker.kind.is_named() == named
                && e.speaker.kind != SpeakerKind::Impersonal
                && (e.key == key || named && if name.is_empty() { subset(&words, &e.words) } else { subset(&name, &e.name) })
        });
        if let Some(e) = found {
            return e;
        }
        let kind = if !named {
            SpeakerKind::Unnamed
        } else if toks.iter().any(|t| t.is(sec::DOCUMENTS)) || !(titled || name.len() >= 2 || name.iter().any(|w| names.knows(w))) {
            SpeakerKind::NamedInstitution
        } else {
            SpeakerKind::NamedPerson
        };
        self.push(kind, key, name, words)
    }
}

/// The tokens of a frame's speaker phrase: the frame less its verb or
/// preposition, the auxiliaries and adverbs beside it, what it was told
/// to ("a indiqué à l'AFP un porte-parole"), a passive's agent
/// preposition, a relative pronoun and the marks around. A name set off
/// before it ("Eswar Prasad, a trade professor, said") and a title before
/// it ("Mr. Trump") belong to it. A phrase that says who speaks (`own`)
/// with no words of its own in the frame ("…, saying") is the sentence's
/// subject.
fn speaker_phrase(s: &SentenceView, f: &Frame, own: bool) -> std::ops::Range<usize> {
    let toks = s.toks;
    let (mut a, mut b) = if f.clause_after {
        (f.start, f.trigger.min(f.end))
    } else {
        // The frame's verb or preposition may be several words ("according to").
        let frame_roles = |r| matches!(r, SectionRole::ReportingVerb | SectionRole::InversionVerb | SectionRole::ReportingPrep | SectionRole::ReportingPrepClause);
        let trigger_end = s.sections(frame_roles).flat_map(|(_, _, ms)| ms.iter()).filter(|m| m.start == f.trigger).map(|m| m.end).max().unwrap_or(f.trigger + 1);
        let from = if f.start > trigger_end { f.start } else { attribution::after_recipient(s, trigger_end) };
        (from, f.end)
    };
    // "Critics, including the Resolution Foundation": the included speaker is a frame of its own.
    if let Some(k) = (a + 1..b).find(|&k| toks[k].is(sec::INCLUDING)) {
        b = k;
    }
    // "accused of plagiarism by a songwriter", "released by the ministry".
    if a < b && toks[a].is(sec::AGENT_PREPS | sec::NP_PREPOSITIONS) {
        if let Some(k) = (a..b).find(|&k| toks[k].is(sec::AGENT_PREPS)) {
            a = k + 1;
        }
    }
    if a >= b && own && f.clause_after {
        (a, b) = (subject_phrase(s).start, subject_phrase(s).end);
    }
    let name = |t: &Token| t.is_word() && t.cap && !t.is(sec::DETERMINERS | sec::DEFINITE | sec::NAME_STOPWORDS | sec::PRONOUNS);
    // "Mr. Trump": a title and its dot.
    if a >= 2 && toks[a - 1].norm.as_str() == "." && toks[a - 2].is(sec::ABBREVIATIONS) {
        a -= 2;
    }
    // "Mr." ending the subject: the name after it.
    if b > a && b + 1 < toks.len() && toks[b - 1].is(sec::ABBREVIATIONS) && toks[b].norm.as_str() == "." {
        b = (b + 1..toks.len()).find(|&k| !name(&toks[k])).unwrap_or(toks.len());
    }
    // "Eswar Prasad, a trade professor at Cornell, said": a name of one to
    // four words opening the clause, then a comma.
    if a >= 2 && f.clause_after && toks[a - 1].norm.as_str() == "," {
        let from = (0..a - 1).rev().take_while(|&k| name(&toks[k])).last();
        if let Some(k) = from.filter(|&k| a - 1 - k <= 4 && (k == 0 || !toks[k - 1].is_word())) {
            a = k;
        }
    }
    let edge = |t: &Token| !t.is_word() || t.is(sec::FRAME_SKIP | sec::INVERSION_CLITICS | sec::TIME_WORDS | sec::RELATIVES | sec::COMPLEMENTIZERS);
    while a < b && edge(&toks[a]) && !toks[a].is(sec::PRONOUNS) {
        a += 1;
    }
    while b > a && edge(&toks[b - 1]) && !toks[b - 1].is(sec::PRONOUNS) {
        b -= 1;
    }
    a..b
}

/// The folded words of a phrase, joined by spaces (leading articles left
/// out: "the ministry" and "ministry" are one wording).
fn folded(toks: &[Token]) -> String {
    let words = toks.iter().filter(|t| t.is_word() || t.kind == crate::token::TokenKind::Number);
    let words = words.skip_while(|t| t.is(sec::DETERMINERS | sec::DEFINITE));
    // (Into one string, of the phrase's length at most: no vector of the
    // words to join, no growing.)
    let mut out = String::with_capacity(toks.iter().map(|t| t.norm.len() + 1).sum());
    for (k, t) in words.enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(t.norm.as_str());
    }
    out
}

/// The words that say what a phrase is about ("ministry", "defence"), in
/// the singular: grammar words and short words left out.
fn content_words(toks: &[Token]) -> Vec<Norm> {
    let grammar = sec::DETERMINERS | sec::DEFINITE | sec::NP_PREPOSITIONS | sec::AGENT_PREPS | sec::RELATIVES | sec::FRAME_SKIP | sec::PRONOUNS | sec::NAME_STOPWORDS | sec::COMPLEMENTIZERS | sec::ABBREVIATIONS;
    toks.iter().filter(|t| t.is_word() && !t.is(grammar) && t.norm.as_str().chars().count() >= 3).map(|t| word(t)).collect()
}

/// The words of the personal names in a phrase ("Eswar Prasad", "Macron"
/// in "President Macron"), and whether one is surely a person's name: two
/// words or more, or after a title. A run of capitalised words after an
/// article or a preposition ("the White House", "at Cornell"), or that
/// holds an institution's noun ("Coastal Nurses Alliance"), is no person's.
fn name_words(toks: &[Token]) -> (Vec<Norm>, bool) {
    // ("Mr. Trump": the dot after a title is no break.)
    let toks: Vec<&Token> = toks.iter().filter(|t| t.norm.as_str() != ".").collect();
    let capital = |t: &Token| t.is_word() && t.cap && !t.is(sec::DETERMINERS | sec::DEFINITE | sec::NAME_STOPWORDS | sec::PRONOUNS);
    let title = |t: &Token| t.is(sec::NAMED_HEADS | sec::ANONYMOUS_HEADS | sec::ABBREVIATIONS);
    let not_a_name = sec::NAMED_HEADS | sec::DOCUMENTS | sec::COLLECTIVES | sec::ANONYMOUS_HEADS;
    let (mut out, mut sure) = (Vec::new(), false);
    let mut k = 0;
    while k < toks.len() {
        let run = toks[k..].iter().take_while(|t| capital(t)).count();
        if run == 0 {
            k += 1;
            continue;
        }
        let after_article = k > 0 && toks[k - 1].is(sec::DETERMINERS | sec::DEFINITE | sec::NP_PREPOSITIONS | sec::AGENT_PREPS);
        let titles = toks[k..k + run].iter().take_while(|t| title(t)).count();
        let name = &toks[k + titles..k + run];
        if !after_article && !name.is_empty() && !name.iter().any(|t| t.is(not_a_name)) {
            sure |= titles > 0 || name.len() >= 2;
            out.extend(name.iter().map(|t| word(t)));
        }
        k += run;
    }
    (out, sure)
}

/// A word for matching: folded, without a possessive's "'s", singular.
fn word(t: &Token) -> Norm {
    let w = t.norm.as_str();
    let w = w.strip_suffix("'s").unwrap_or(w);
    Norm::from(crate::rules::memory::singular(w))
}
