//! Reporting frames: a reporting verb ("said", "a déclaré") or preposition
//! ("according to", "selon") and its speaker. The speaker decides the label:
//! a name, a pronoun standing for one, or an institution speaking officially
//! is `named_source`; an unnamed person or group ("a senior official",
//! "des sources sécuritaires") is `anonymous_source`.

use super::{RawCue, SentenceView};
use crate::category::Category;
use crate::lexicon::{PatternMatch, SectionRole};
use crate::token::{Token, TokenKind};

/// Longest speaker phrase looked at, in tokens.
const MAX_SPEAKER: usize = 9;

/// Who a frame's speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    /// Identified: a name, a pronoun, an institution.
    Named,
    /// Not identified.
    Anonymous,
    /// Nothing to go on ("the report said").
    Unknown,
}

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
}

/// Finds the reporting frames of a sentence (outside quotations).
/// `anonymous_cues` are the anonymity phrases already found: a speaker that
/// contains one is anonymous whatever else it holds.
pub fn frames(s: &SentenceView, anonymous_cues: &[RawCue]) -> Vec<Frame> {
    let mut out = Vec::new();
    for (_, role, set) in &s.lex.patterns {
        let is_verb = match role {
            SectionRole::ReportingVerb => true,
            SectionRole::ReportingPrep => false,
            _ => continue,
        };
        for m in set.find_all(s.toks, s.lex) {
            if s.toks[m.start].in_quote {
                continue;
            }
            let f = if is_verb { verb_frame(s, m) } else { prep_frame(s, m) };
            let speaker = if anonymous_cues.iter().any(|c| c.start < f.end && f.start < c.end) { Speaker::Anonymous } else { f.speaker };
            out.push(Frame { speaker, ..f });
        }
    }
    out
}

/// Pushes a cue for each frame whose speaker is known.
pub fn find(s: &SentenceView, frames: &[Frame], out: &mut Vec<RawCue>) {
    for f in frames {
        let (category, rule) = match f.speaker {
            Speaker::Named => (Category::NamedSource, "named_speaker"),
            Speaker::Anonymous => (Category::AnonymousSource, "anonymous_speaker"),
            Speaker::Unknown => continue,
        };
        let _ = s;
        out.push(RawCue { start: f.start, end: f.end, category, rule });
    }
}

fn is_boundary(t: &Token) -> bool {
    t.is_clause_mark() || t.is_terminal() || t.in_quote
}

fn verb_frame(s: &SentenceView, m: PatternMatch) -> Frame {
    let lex = s.lex;
    // Left: skip auxiliaries and adverbs next to the verb, then take the
    // noun phrase up to a clause boundary or a stop word ("que", "that").
    let mut i = m.start;
    while i > 0 && s.toks[i - 1].is_word() && lex.has("frame_skip", &s.toks[i - 1].norm) {
        i -= 1;
    }
    let np_end = i;
    while i > 0 && np_end - i < MAX_SPEAKER {
        let t = &s.toks[i - 1];
        if is_boundary(t) || t.is_word() && (lex.has("speaker_stop", &t.norm) || lex.has("complementizers", &t.norm)) {
            break;
        }
        i -= 1;
    }
    let left = i..np_end;
    if !left.is_empty() && s.toks[left.clone()].iter().any(Token::is_word) {
        let speaker = classify(s, left.clone());
        return Frame { start: left.start, end: m.end, trigger: m.start, speaker, clause_after: true };
    }
    // Inverted: ", said X", "», a déclaré X", or a participle ("saying").
    let right = right_phrase(s, m.end);
    if !right.is_empty() && s.toks[right.start].is_word() && !lex.has("complementizers", &s.toks[right.start].norm) {
        let speaker = classify(s, right.clone());
        if speaker != Speaker::Unknown {
            return Frame { start: m.start, end: right.end, trigger: m.start, speaker, clause_after: false };
        }
    }
    // A participle frame ("…, saying", "en affirmant") speaks for the
    // sentence's subject.
    let subject = subject_phrase(s);
    let speaker = if subject.is_empty() { Speaker::Unknown } else { classify(s, subject) };
    Frame { start: m.start, end: m.end, trigger: m.start, speaker, clause_after: true }
}

fn prep_frame(s: &SentenceView, m: PatternMatch) -> Frame {
    let right = right_phrase(s, m.end);
    let speaker = if right.is_empty() { Speaker::Unknown } else { classify(s, right.clone()) };
    Frame { start: m.start, end: right.end.max(m.end), trigger: m.start, speaker, clause_after: false }
}

/// The noun phrase starting at `from`, up to a clause boundary.
fn right_phrase(s: &SentenceView, from: usize) -> std::ops::Range<usize> {
    let mut j = from;
    while j < s.toks.len() && j - from < MAX_SPEAKER {
        let t = &s.toks[j];
        if is_boundary(t) || t.is_word() && j > from && (s.lex.has("complementizers", &t.norm) || s.lex.has("speaker_stop", &t.norm)) {
            break;
        }
        j += 1;
    }
    from..j
}

/// The sentence's opening noun phrase: determiners, then capitalised words
/// or a head noun.
fn subject_phrase(s: &SentenceView) -> std::ops::Range<usize> {
    let mut j = 0;
    while j < s.toks.len() && j < MAX_SPEAKER {
        let t = &s.toks[j];
        if !t.is_word() || j > 0 && !t.cap && !s.lex.has("determiners", &t.norm) && !is_head(s, t) {
            break;
        }
        j += 1;
    }
    0..j
}

fn is_head(s: &SentenceView, t: &Token) -> bool {
    s.lex.has("anonymous_heads", &t.norm) || s.lex.has("named_heads", &t.norm)
}

/// Decides who a speaker phrase names.
pub fn classify(s: &SentenceView, range: std::ops::Range<usize>) -> Speaker {
    let lex = s.lex;
    let toks = &s.toks[range.clone()];
    let is_name = |k: usize| {
        let t = &toks[k];
        t.kind == TokenKind::Word
            && t.cap
            && !lex.has("determiners", &t.norm)
            && !lex.has("name_stopwords", &t.norm)
            && !lex.has("anonymous_heads", &t.norm)
            && !lex.has("pronouns", &t.norm)
            && !lex.has("frame_skip", &t.norm)
    };
    if let Some(h) = toks.iter().position(|t| lex.has("anonymous_heads", &t.norm)) {
        // "official John Smith": a name right after the head identifies it.
        let appositive = h + 1 < toks.len() && is_name(h + 1) && !toks[h + 1].norm.ends_with("'s");
        // "Morrison's lawyer": one identifiable person.
        let owner = h > 0 && toks[h - 1].norm.ends_with("'s") && is_name(h - 1) && !toks[h].norm.ends_with('s');
        return if appositive || owner { Speaker::Named } else { Speaker::Anonymous };
    }
    if toks.iter().any(|t| lex.has("pronouns", &t.norm) || lex.has("named_heads", &t.norm)) {
        return Speaker::Named;
    }
    if (0..toks.len()).any(is_name) {
        return Speaker::Named;
    }
    Speaker::Unknown
}
