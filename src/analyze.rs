//! The analysis pipeline: tokens → sentences → cues → labels → context.

use crate::category::{Category, Labels};
use crate::lexicon::sec;
use crate::lexicon::{self, Lexicon, SectionRole};
use crate::lexicon::PatternMatch;
use crate::rules::{self, attribution, context, memory::NamedWords, RawCue, SentenceView, TokenSet};
use crate::span::Span;
use crate::speakers::{Ledger, Speaker};
use crate::token::{tokenize, QuoteState, Token, TokenKind};
use serde::Serialize;

/// A cue: the words that triggered a label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cue {
    /// UTF-8 bytes in the analysed text.
    pub span: Span,
    /// The label it signals.
    pub category: Category,
    /// The rule that found it; also the key of its explanation.
    pub rule: &'static str,
}

/// One analysed sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// UTF-8 bytes in the analysed text.
    pub span: Span,
    /// What the sentence's own words show.
    pub labels: Labels,
    /// What it inherits from its neighbours.
    pub context: Labels,
    /// The cues behind `labels`, in text order.
    pub cues: Vec<Cue>,
}

/// The result of analysing a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// The language analysed, or `None` when it is not one Sourcelight knows.
    pub lang: Option<&'static str>,
    /// The sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Counts and shares.
    pub summary: crate::summary::Summary,
    /// Who speaks: the distinct speakers, in order of first appearance
    /// (`speakers` module; empty in a build without feature `speakers`).
    pub speakers: Vec<Speaker>,
}

/// The language asked for is not one the data files define.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl std::fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let known: Vec<_> = lexicon::languages().iter().map(|l| l.code.as_str()).collect();
        write!(f, "unknown language `{}` (known: auto, {})", self.0, known.join(", "))
    }
}

impl std::error::Error for UnknownLanguage {}

/// Resolves a language request: a code, or `auto` to detect it from `text`.
/// `Ok(None)` means auto-detection found no supported language.
pub fn resolve_language(lang: &str, text: &str) -> Result<Option<&'static Lexicon>, UnknownLanguage> {
    let lang = lang.trim().to_ascii_lowercase();
    if lang.is_empty() || lang == "auto" {
        return Ok(crate::detect::detect(text));
    }
    // "fr-FR", "en_US": the primary subtag decides.
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    lexicon::language(primary).map(Some).ok_or(UnknownLanguage(lang))
}

/// Analyses a whole text: splits it into sentences, labels each.
///
/// ```
/// let a = sourcelight::analyze("Moscou aurait ciblé la ville, selon une source proche du dossier.", "fr").unwrap();
/// assert!(a.sentences[0].labels.contains(sourcelight::Category::AnonymousSource));
/// assert!(a.sentences[0].labels.contains(sourcelight::Category::Unverified));
/// ```
///
/// # Errors
/// An unknown language code. An unsupported language found by `auto` is not
/// an error: the analysis has `lang: None` and no sentences.
pub fn analyze(text: &str, lang: &str) -> Result<Analysis, UnknownLanguage> {
    let Some(lex) = resolve_language(lang, text)? else {
        return Ok(Analysis { lang: None, sentences: Vec::new(), summary: Default::default(), speakers: Vec::new() });
    };
    let (toks, _) = tokenize(text, lex, QuoteState::NONE);
    let ranges = crate::segment::sentences(&toks);
    let views = ranges.iter().map(|r| &toks[r.clone()]);
    Ok(finish(lex, views))
}

/// Analyses sentences already split (one document, in order): each string is
/// one sentence, and cue spans are bytes into that string.
///
/// # Errors
/// An unknown language code.
pub fn analyze_sentences(sentences: &[&str], lang: &str) -> Result<Analysis, UnknownLanguage> {
    let joined = sentences.join(" ");
    let Some(lex) = resolve_language(lang, &joined)? else {
        return Ok(Analysis { lang: None, sentences: Vec::new(), summary: Default::default(), speakers: Vec::new() });
    };
    let mut quote = QuoteState::NONE;
    let mut per: Vec<Vec<Token>> = Vec::with_capacity(sentences.len());
    // The last sentence holding a closer of each opener met: one scan of
    // the text per opener, not one per sentence.
    let mut closers: Vec<(char, Option<usize>)> = Vec::new();
    let mut last_closer = |o: char| match closers.iter().find(|(c, _)| *c == o) {
        Some(&(_, last)) => last,
        None => {
            let last = sentences.iter().rposition(|n| n.chars().any(|c| lex.closes_quote(o, c)));
            closers.push((o, last));
            last
        }
    };
    for (k, s) in sentences.iter().enumerate() {
        let (mut toks, q) = tokenize(s, lex, quote);
        if let Some(t) = toks.first_mut() {
            t.newline_before = true;
        }
        // An unclosed plain or single mark at the end of a given sentence is
        // more often a stray mark or an apostrophe than a quotation running
        // on; guillemets and double curly quotes carry over, as long as a
        // later sentence holds their closer (given sentences have no
        // paragraphs to end a stray mark's reach).
        let carries = q.opener().is_some_and(|o| !matches!(o, '"' | '\'' | '\u{2018}') && last_closer(o).is_some_and(|last| last > k));
        quote = if carries { q } else { QuoteState::NONE };
        per.push(toks);
    }
    let mut a = finish(lex, per.iter().map(Vec::as_slice));
    // Spans of an empty sentence stay empty.
    for (s, text) in a.sentences.iter_mut().zip(sentences) {
        if s.span.end > text.len() {
            s.span = Span::new(0, text.len());
        }
    }
    Ok(a)
}

fn finish<'t>(lex: &'static Lexicon, sentences: impl Iterator<Item = &'t [Token]>) -> Analysis {
    let mut out = Vec::with_capacity(sentences.size_hint().0);
    let mut ctx_in = Vec::with_capacity(out.capacity());
    // Who spoke last, and how many sentences ago: a pronoun two or more
    // sentences after an unnamed source more likely stands for someone the
    // text has named.
    let mut last_speaker: Option<LastSpeaker> = None;
    let mut names = NamedWords::default();
    // Who last reported something, over a longer reach: indirect speech
    // (German Konjunktiv) runs on for several sentences after its speaker.
    let mut reporter: Option<(attribution::Speaker, usize)> = None;
    let mut ledger = Ledger::default();
    // Each pattern section's matches, their lists reused from sentence to
    // sentence.
    let mut matches = Vec::new();
    for toks in sentences {
        last_speaker = last_speaker.filter(|l| l.age < PRONOUN_REACH).map(|l| LastSpeaker { age: l.age + 1, ..l });
        if last_speaker.is_none() {
            ledger.forget();
        }
        reporter = reporter.filter(|(_, age)| *age < INDIRECT_SPEECH_REACH).map(|(s, age)| (s, age + 1));
        ledger.start_sentence(out.len());
        let (sentence, quotes) = label_sentence(toks, lex, &mut matches, &mut last_speaker, &mut names, reporter.map(|(s, _)| s), &mut ledger);
        if let Some(LastSpeaker { speaker, age: 0, .. }) = last_speaker {
            reporter = Some((speaker, 0));
        }
        names.remember(toks);
        // "…, selon une source proche du dossier." / "According to a source
        // close to the club, …" — an unnamed source that closes or opens the
        // sentence also sources the account that follows.
        let first_word_start = toks.iter().find(|t| t.is_word()).map_or(0, |t| t.span.start);
        let last_word_end = toks.iter().rposition(Token::is_word).map_or(0, |k| toks[k].span.end);
        let framing = |c: &Cue| c.span.end >= last_word_end || c.span.start <= first_word_start;
        let lends_anonymous = sentence.cues.iter().any(|c| c.category == Category::AnonymousSource && framing(c));
        let continues_quote = toks.first().is_some_and(|t| t.in_quote);
        // A short line with no final mark (nor a colon announcing what
        // follows) and no quotation: a heading.
        let heading = !quotes && toks.len() <= 12 && !toks.iter().any(|t| t.is_terminal() || t.norm == ":") && toks.iter().filter(|t| t.is_word()).count() <= 8;
        ctx_in.push(context::ContextInput { labels: sentence.labels, quotes, heading, continues_quote, lends_anonymous });
        out.push(sentence);
    }
    for (s, c) in out.iter_mut().zip(context::inherit(&ctx_in)) {
        s.context = c;
    }
    let summary = crate::summary::Summary::of(&out);
    Analysis { lang: Some(lexicon_code(lex)), sentences: out, summary, speakers: ledger.finish() }
}

/// Two capitalised words in a row inside the sentence: "President Trump",
/// "Ashraf Ghani".
fn names_someone(toks: &[Token]) -> bool {
    let name = |t: &Token| t.is_word() && t.cap && !t.is(sec::DETERMINERS | sec::NAME_STOPWORDS | sec::ANONYMOUS_HEADS);
    toks.windows(2).skip(1).any(|w| name(&w[0]) && name(&w[1]))
}

/// A word of a name the article gave before, alone, as the subject ("Like
/// any UPS driver, Fischer has a trove of stories"): the person is back in
/// the text, and the likelier referent of a later "he".
fn mentions_known_name(toks: &[Token], names: &NamedWords) -> bool {
    let subject = toks.iter().position(|t| t.norm == ",").filter(|&k| k < 8).map_or(0, |k| k + 1);
    let name = |t: &Token| t.is_word() && t.cap && !t.is(sec::DETERMINERS | sec::NAME_STOPWORDS | sec::ANONYMOUS_HEADS | sec::PRONOUNS) && names.knows(&t.norm);
    toks.get(subject).is_some_and(name) && toks.get(subject + 1).is_some_and(|t| t.is_word() && !t.cap)
}

/// Who spoke last, for pronouns: their category, how many sentences ago,
/// and whether they were a group ("other supporters", « des habitants »),
/// whom "she" cannot mean.
#[derive(Clone, Copy)]
struct LastSpeaker {
    speaker: attribution::Speaker,
    age: usize,
    group: bool,
    /// The head noun of its phrase ("guide" for « le guide touristique »),
    /// if it had one, as a hash of its singular (the struct stays `Copy`).
    head: Option<u64>,
}

/// The head noun of a speaker phrase that names a kind of person ("guide",
/// "neighbour"; not a body: "the company"), singular.
fn head_of<'a>(s: &'a SentenceView, phrase: std::ops::Range<usize>) -> Option<&'a str> {
    s.toks[phrase].iter().find(|t| !t.cap && t.is(sec::ANONYMOUS_HEADS)).map(|t| crate::rules::memory::singular(t.norm.as_str()))
}

/// True when a speaker phrase is a group: a vague quantifier opening it or
/// a plural head noun ("other supporters", « plusieurs riverains »).
fn is_group(s: &SentenceView, phrase: std::ops::Range<usize>) -> bool {
    let toks = &s.toks[phrase];
    toks.first().is_some_and(|t| t.is(sec::VAGUE_QUANTIFIERS)) || toks.iter().any(|t| t.is(sec::ANONYMOUS_HEADS) && s.lex.has_suffix(sec::PLURAL_SUFFIXES, &t.norm))
}

/// Sentences after which an unnamed speaker no longer answers for "he".
const PRONOUN_REACH: usize = 2;

/// Sentences over which indirect speech may continue its speaker's words.
const INDIRECT_SPEECH_REACH: usize = 6;

fn lexicon_code(lex: &'static Lexicon) -> &'static str {
    lex.code.as_str()
}

/// Sorts cues by `key`, cues with equal keys keeping their order (a stable
/// sort); `key` is a plain `fn` so that every call shares one sort.
fn sort_cues(raw: &mut [RawCue], key: fn(&RawCue) -> [usize; 3]) {
    crate::sort::sort_by_key(raw, key);
}

/// Labels one sentence; also says whether it quotes someone.
/// `matches` holds the lists its pattern matches go to; `last_speaker`
/// carries who spoke last in the document, for pronouns; `names`, the names
/// it gave before, for later mentions; `reporter`, who reported last within
/// a few sentences, for indirect speech; `ledger` gathers who speaks.
fn label_sentence(toks: &[Token], lex: &Lexicon, matches: &mut Vec<Vec<PatternMatch>>, last_speaker: &mut Option<LastSpeaker>, names: &mut NamedWords, reporter: Option<attribution::Speaker>, ledger: &mut Ledger) -> (Sentence, bool) {
    let span = match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => a.span.union(b.span),
        _ => Span::new(0, 0),
    };
    // A quotation, or first-person words outside one ("J'ai perdu 48
    // membres de ma famille"): the writer of a news text rarely says "I",
    // so these continue someone's testimony.
    let quotes = toks.iter().any(|t| t.in_quote || matches!(t.kind, TokenKind::QuoteOpen | TokenKind::QuoteClose) || t.is_word() && t.is(sec::FIRST_PERSON));
    let view = SentenceView::new(toks, lex, matches);
    let mut raw: Vec<RawCue> = Vec::new();
    let not_cues = rules::phrases::not_cues(&view);
    rules::phrases::find(&view, &not_cues, &mut raw);
    // What a speaker says inside quotation marks is theirs, not the writer's.
    raw.retain(|c| !toks[c.start].in_quote);
    let anonymous: Vec<RawCue> = raw.iter().filter(|c| c.category == Category::AnonymousSource).cloned().collect();
    let in_not_cue = TokenSet::covering(toks.len(), not_cues.iter().map(|n| n.start..n.end));
    let anonymity = TokenSet::covering(toks.len(), anonymous.iter().map(|c| c.start..c.end));
    let mut frames = attribution::frames(&view, &anonymity, &in_not_cue);
    names.remember_withheld(toks, &anonymous);
    // "Patty, une fonctionnaire de 54 ans, explique": her name is given,
    // for every frame of that verb and every anonymity phrase over it.
    let mut apposed = TokenSet::new(toks.len());
    for f in &frames {
        let phrase = if f.clause_after { f.start..f.trigger } else { f.trigger + 1..f.end };
        if f.speaker == attribution::Speaker::Anonymous && rules::phrase::apposed_name(&view, phrase.clone()) {
            apposed.insert(f.trigger..f.trigger + 1);
            apposed.insert(phrase);
        }
    }
    for f in frames.iter_mut().filter(|f| apposed.contains(f.trigger)) {
        f.speaker = attribution::Speaker::Named;
    }
    // What each frame's phrase said before its pronoun was resolved, and
    // whether it became the last speaker: the ledger follows the same steps.
    let mut heard = Vec::with_capacity(frames.len());
    for f in &mut frames {
        // "The nurses said", after the Coastal Nurses Alliance was named.
        let phrase = if f.clause_after { f.start..f.trigger } else { f.trigger + 1..f.end };
        if f.speaker != attribution::Speaker::Named && !anonymity.any(phrase.clone()) && names.points_back(&view, phrase.clone()) {
            f.speaker = attribution::Speaker::Named;
        }
        // "explique Karim*", "disse Sarah" after her surname was withheld.
        if f.speaker == attribution::Speaker::Named && names.withholds(&view, phrase.clone()) {
            f.speaker = attribution::Speaker::Anonymous;
        }
        let own = f.speaker;
        // "she" cannot stand for the group that spoke last ("other
        // supporters criticised this. … she did not deny"): then it names
        // someone the text introduced.
        let singular = view.toks[phrase.clone()].iter().any(|t| t.is(sec::SINGULAR_PRONOUNS));
        let last = last_speaker.filter(|l| !(singular && l.group));
        let head = head_of(&view, phrase.clone());
        let head_hash = head.map(|h| crate::norm::fnv1a(h.as_bytes()));
        f.speaker = if own == attribution::Speaker::Definite {
            // « commente le guide » after Isabelle Delu, historienne, spoke:
            // a description names whom the text described so, else someone new.
            match head {
                Some(h) if names.titled(h) => attribution::Speaker::Named,
                Some(_) if last.is_some_and(|l| l.head.is_some_and(|lh| Some(lh) != head_hash)) => attribution::Speaker::Anonymous,
                _ => own.resolve(last.map(|l| l.speaker)),
            }
        } else {
            own.resolve(last.map(|l| l.speaker))
        };
        // A pronoun that found its speaker keeps that speaker in mind
        // ("Villagers argue… They insist… they say"); one with nobody
        // before it names no one to remember.
        let remembered = own.is_identified() || last_speaker.is_some() && f.speaker.is_identified();
        if remembered {
            let group = if own.is_identified() { is_group(&view, phrase.clone()) } else { last.is_some_and(|l| l.group) };
            let head = if own.is_identified() || own == attribution::Speaker::Definite { head_hash } else { last.and_then(|l| l.head) };
            *last_speaker = Some(LastSpeaker { speaker: f.speaker, age: 0, group, head });
        }
        heard.push((own, remembered));
    }
    // "was accused of plagiarism by a songwriter": the agent makes the
    // accusation; only with no agent is it the writer's hedge. And no
    // anonymity phrase stands over a person whose name is apposed.
    // « Pour elle, … » names whoever spoke last: a frame that resolved the
    // pronoun to an unnamed speaker outweighs the phrase's named reading.
    let unnamed_frame = |c: &RawCue| frames.iter().any(|f| f.speaker == attribution::Speaker::Anonymous && f.start <= c.start && c.start < f.end);
    raw.retain(|c| {
        !(c.category == Category::AnonymousSource && apposed.any(c.start..c.end))
            && !(c.category == Category::NamedSource && c.rule == "named_frames" && unnamed_frame(c))
            && (c.rule != "allegation" || !frames.iter().any(|f| f.speaker.is_identified() && !f.clause_after && (c.start..c.end).contains(&f.trigger) && attribution::after_passive_aux(&view, f.trigger)))
    });
    rules::nesting::settle(&view, &mut frames);
    for (f, &(own, remembered)) in frames.iter().zip(&heard) {
        ledger.hear(&view, f, own, remembered, names);
    }
    attribution::find(&view, &frames, &mut raw);
    rules::mood::find(&view, &frames, &in_not_cue, &mut raw);
    rules::scope::drop_forecasts(&view, &mut raw);
    rules::scope::drop_supposed(&view, &mut raw);
    // Where the reportive mood is the grammar of indirect speech, it goes on
    // reporting whoever spoke before: after a named speaker, plain speech
    // ("Müller sprach von Fehlern. Man habe zu spät reagiert.").
    if lex.mood_is_indirect_speech && frames.is_empty() && reporter == Some(attribution::Speaker::Named) {
        raw.retain(|c| c.rule != "reportive_mood");
    }
    // A sentence whose assertion is that a named source said something is
    // `named_source`, not `unverified`: hedges inside what the source said
    // are theirs. Stay: markers that qualify the claim itself
    // ("allegedly"); the reportive conditional after a named "according
    // to" (« Selon le syndicat, l'avion aurait décollé »: the writer's own
    // hedge, where a verb's tense would only agree with "said"); and a
    // passive of belief or a certainty outside the words reported ("the
    // gifts, thought to have been received …, the Prime Minister declared").
    let named: Vec<&attribution::Frame> = frames.iter().filter(|f| f.speaker == attribution::Speaker::Named).collect();
    if !named.is_empty() {
        let prep_starts: Vec<usize> = view.sections(|r| r == SectionRole::ReportingPrep).flat_map(|(_, _, ms)| ms.iter().map(|m| m.start)).collect();
        let by_preposition = |f: &attribution::Frame| prep_starts.contains(&f.trigger);
        let hearsay_mood = !lex.mood_is_indirect_speech && named.iter().all(|f| by_preposition(f));
        // What a named frame reports: after "X said", before ", said X",
        // all of the sentence for "according to X".
        let reported = |c: &RawCue| {
            named.iter().any(|f| {
                if by_preposition(f) {
                    true
                } else if f.passive {
                    // "estimé à 3 millions par la mairie": only what the
                    // participle says is the agent's.
                    c.start < f.end && c.end > f.start
                } else if f.clause_after && toks[f.end..].iter().any(Token::is_word) {
                    // (To a contrast: "…, though a photograph appears to show".)
                    c.start >= f.end && !toks[f.end..c.start].iter().any(|t| t.is(sec::CONTRASTIVES) && !t.in_quote)
                } else {
                    // ", Smith said." at the end reports what stands before.
                    c.end <= f.start
                }
            })
        };
        raw.retain(|c| {
            c.category != Category::Unverified
                || c.rule == "allegation"
                || hearsay_mood && c.rule == "reportive_mood"
                || matches!(c.rule, "impersonal" | "certainty" | "speculation") && !reported(c)
                || c.rule == "reportive_mood" && !lex.mood_is_indirect_speech && !reported(c)
        });
    }
    // One cue per stretch of words and category: overlapping cues of one
    // category ("Les sources" inside "Les sources des services secrets")
    // merge into one.
    sort_cues(&mut raw, |c| [c.category as usize, c.start, usize::MAX - c.end]);
    raw.dedup_by(|b, a| {
        let overlap = a.category == b.category && b.start < a.end;
        if overlap {
            // The more telling rule wins: a phrase ("unnamed_sources")
            // says more than the frame around it ("anonymous_speaker").
            let generic = |r: &str| r.ends_with("_speaker");
            if generic(a.rule) && !generic(b.rule) || generic(a.rule) == generic(b.rule) && b.end - b.start > a.end - a.start {
                a.rule = b.rule;
            }
            a.end = a.end.max(b.end);
        }
        overlap
    });
    sort_cues(&mut raw, |c| [c.start, c.end, 0]);
    // A sentence that names someone outside any frame makes that person the
    // likelier referent of a later "he" than an earlier unnamed source.
    // Likewise an unnamed person introduced as the subject ("Un cadre de la
    // banque a accepté de témoigner. Selon lui, …").
    if frames.is_empty() {
        if names_someone(toks) || mentions_known_name(toks, names) {
            *last_speaker = Some(LastSpeaker { speaker: attribution::Speaker::Named, age: 0, group: false, head: None });
            ledger.forget();
        } else if attribution::subject_speaker(&view) == attribution::Speaker::Anonymous {
            *last_speaker = Some(LastSpeaker { speaker: attribution::Speaker::Anonymous, age: 0, group: false, head: None });
            ledger.forget();
        }
    }
    ledger.impersonal(&view, &raw);
    let labels: Labels = raw.iter().map(|c| c.category).collect();
    let cues = raw.into_iter().map(|c| Cue { span: view.span(c.start, c.end), category: c.category, rule: c.rule }).collect();
    (Sentence { span, labels, context: Labels::EMPTY, cues }, quotes)
}
