//! Language data: one plain-text file per language under `data/`, parsed
//! once. The format is documented in `data/README.md`.
//!
//! Native builds (feature `embed-languages`, on by default) embed every file
//! in its compact form. The `.wasm` embeds none: it carries only the
//! [`catalog`] (codes, names, detection words, explanations), and its host
//! hands it a language's compact file with [`load`] the first time a page
//! needs that language.

mod compact;
mod matcher;
mod pattern;
mod word_table;

pub use compact::{compact, READER_LANGUAGES};
pub use pattern::{Pattern, PatternMatch, PatternSet, TokenTest};

use crate::category::Category;
use crate::token::{Norm, Token};
use std::sync::OnceLock;
#[cfg(not(feature = "embed-languages"))]
use std::sync::RwLock;

#[cfg(feature = "embed-languages")]
include!(concat!(env!("OUT_DIR"), "/language_files.rs"));
// Read natively by a test only (the catalog comes from the parsed files there).
#[cfg_attr(feature = "embed-languages", allow(dead_code))]
mod built_in {
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

/// What a pattern section stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionRole {
    /// A cue of this category wherever it stands (outside a named quote).
    Cue(Category),
    /// A reporting verb: its speaker is its subject (or follows, inverted).
    ReportingVerb,
    /// A reporting preposition ("according to"): its speaker follows.
    ReportingPrep,
    /// A reporting preposition only when its phrase closes a clause
    /// ("Pour la ministre, …"; "…, pour Frédéric Lagache.").
    ReportingPrepClause,
    /// A verb that reports speech only inverted after a quotation
    /// ("« … », lance le procureur").
    InversionVerb,
    /// Phrases that are never cues ("open-source"): cues inside them are dropped.
    NotCue,
    /// Demands with their object ("réclament la démission", "called for a
    /// ban"): an unnamed speaker's are no report, unless the sentence
    /// quotes their words.
    Demand,
    /// Hypothesis markers ("si", "if"): a conditional in the clauses they
    /// govern is grammatical.
    Hypothesis,
    /// Future time phrases ("next week", "d'ici la fin de l'année"): a
    /// modal in the clauses they govern is a forecast, not speculation.
    FutureTime,
}

/// Pattern sections and the role of each. A section's name is also the
/// `rule` of the cues it yields, and the key of their explanation.
pub const PATTERN_SECTIONS: &[(&str, SectionRole)] = &[
    ("anonymity", SectionRole::Cue(Category::AnonymousSource)),
    ("unnamed_sources", SectionRole::Cue(Category::AnonymousSource)),
    ("vague_crowds", SectionRole::Cue(Category::AnonymousSource)),
    ("unnamed_media", SectionRole::Cue(Category::AnonymousSource)),
    ("allegation", SectionRole::Cue(Category::Unverified)),
    ("speculation", SectionRole::Cue(Category::Unverified)),
    ("impersonal", SectionRole::Cue(Category::Unverified)),
    ("certainty", SectionRole::Cue(Category::Unverified)),
    ("named_frames", SectionRole::Cue(Category::NamedSource)),
    ("reporting_verbs", SectionRole::ReportingVerb),
    ("according_to", SectionRole::ReportingPrep),
    ("according_to_clause", SectionRole::ReportingPrepClause),
    ("inversion_verbs", SectionRole::InversionVerb),
    ("not_cues", SectionRole::NotCue),
    ("demands", SectionRole::Demand),
    ("hypothesis", SectionRole::Hypothesis),
    ("future_time", SectionRole::FutureTime),
];

/// Declares the word sections: their names (as written in the files) and,
/// in module `sec`, one bit each, so that a token carries the set of
/// sections its word belongs to and rules test it without hashing.
macro_rules! word_sections {
    ($($bit:ident = $name:literal),* $(,)?) => {
        /// Word-set sections: whitespace-separated words, folded.
        pub const WORD_SECTIONS: &[&str] = &[$($name),*];
        /// One bit per word section, in `WORD_SECTIONS` order.
        #[allow(missing_docs)]
        pub mod sec {
            word_sections!(@bits 0; $($bit)*);
        }
    };
    (@bits $n:expr; $first:ident $($rest:ident)*) => {
        pub const $first: u64 = 1 << $n;
        word_sections!(@bits $n + 1; $($rest)*);
    };
    (@bits $n:expr;) => {};
}

word_sections! {
    DETECT = "detect",
    ABBREVIATIONS = "abbreviations",
    ELISIONS = "elisions",
    INVERSION_CLITICS = "inversion_clitics",
    DETERMINERS = "determiners",
    DEFINITE = "definite",
    INDEFINITE = "indefinite",
    SPOKESPEOPLE = "spokespeople",
    TIME_WORDS = "time_words",
    FINITE_AUX = "finite_aux",
    PAST_AUX = "past_aux",
    PAST_SUFFIXES = "past_suffixes",
    PLURAL_SUFFIXES = "plural_suffixes",
    ORDINAL_FOLLOWERS = "ordinal_followers",
    GERUND_SUFFIXES = "gerund_suffixes",
    EMBEDDERS = "embedders",
    NP_PREPOSITIONS = "np_prepositions",
    RECIPIENT_PREPS = "recipient_preps",
    RELATIVES = "relatives",
    ANAPHORIC = "anaphoric",
    COUNTERFACTUAL_AFTER = "counterfactual_after",
    VAGUE_QUANTIFIERS = "vague_quantifiers",
    VERB_BLOCKERS = "verb_blockers",
    PASSIVE_AUX = "passive_aux",
    ANONYMOUS_HEADS = "anonymous_heads",
    NAMED_HEADS = "named_heads",
    PRONOUNS = "pronouns",
    SINGULAR_PRONOUNS = "singular_pronouns",
    FRAME_SKIP = "frame_skip",
    SPEAKER_STOP = "speaker_stop",
    NAME_STOPWORDS = "name_stopwords",
    COMPLEMENTIZERS = "complementizers",
    FIRST_PERSON = "first_person",
    SOURCE_QUALIFIERS = "source_qualifiers",
    REPORTIVE_AUX = "reportive_aux",
    REPORTIVE_AFTER = "reportive_after",
    CONDITIONAL_SUFFIXES = "conditional_suffixes",
    CONDITIONAL_EXCEPTIONS = "conditional_exceptions",
    GRAMMATICAL_CONDITIONAL = "grammatical_conditional",
    PARTICIPLE_SUFFIXES = "participle_suffixes",
    INCLUDING = "including",
    AGENT_PREPS = "agent_preps",
    COORDINATORS = "coordinators",
    DOCUMENTS = "documents",
    DOCUMENT_VERBS = "document_verbs",
    GENERIC_MAIN = "generic_main",
    COLLECTIVES = "collectives",
    FUTURE_SUFFIXES = "future_suffixes",
    PLURAL_VERB_SUFFIXES = "plural_verb_suffixes",
    REFLEXIVES = "reflexives",
    CONTRASTIVES = "contrastives",
    PREDICATIVES = "predicatives",
    ADVERB_SUFFIXES = "adverb_suffixes",
}

/// Key-value sections.
pub const KEY_VALUE_SECTIONS: &[&str] = &["language", "explain", "inflections"];

/// A language's `[explain]` entries, (rule, text) in file order: a dozen or
/// so, looked up by a scan (a map of them costs the .wasm more).
type Explanations = Vec<(String, String)>;

/// The parsed data of one language.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// ISO 639-1 code ("fr").
    pub code: String,
    /// The language's own name ("Français").
    pub name: String,
    /// Noun phrases put their head first ("source proche", French) rather
    /// than last ("police source", English): `heads = first` in [language].
    pub head_first: bool,
    /// Every noun is written with a capital (German): a capital is no sign
    /// of a name. `nouns = capitalised` in [language].
    pub capitalised_nouns: bool,
    /// The finite verb comes second and its subject may follow it ("Am
    /// Montag sagte Müller"). `word_order = verb_second` in [language].
    pub verb_second: bool,
    /// A finite verb needs no subject pronoun (Spanish, Italian,
    /// Portuguese): "Agregó que …" opening a sentence reports whoever
    /// spoke last. `subjects = dropped` in [language].
    pub pro_drop: bool,
    /// The reportive mood is the ordinary grammar of indirect speech
    /// (German Konjunktiv I), not a mark of hearsay: after a named source
    /// it says nothing of the claim. `reportive_mood = indirect_speech` in
    /// [language]; by default (`hearsay`) « Selon le syndicat, l'avion
    /// aurait décollé » stays unverified.
    pub mood_is_indirect_speech: bool,
    /// Quotation marks as (opener, closer) pairs: `quotes = «» “” „“` in
    /// [language]; a mark opens only as the language uses it (» opens in
    /// German, closes in French).
    pub quotes: Vec<(char, char)>,
    /// Every word the file mentions (word lists and first words of
    /// patterns), with an id: tokens look their word up once.
    words: word_table::WordTable,
    /// By word id, the bits (`sec::*`) of the sections listing it.
    word_bits: Vec<u64>,
    /// Each section's words in file order (for suffix lists).
    lists: Vec<Vec<String>>,
    /// By section, the set of last bytes of its words (256 bits): most
    /// words end otherwise than every suffix, and are told so at once.
    last_bytes: Vec<[u64; 4]>,
    /// Pattern sections, in file order, with their role.
    pub patterns: Vec<(&'static str, SectionRole, PatternSet)>,
    /// The patterns compiled and indexed for matching.
    matcher: matcher::Matcher,
    explain: Explanations,
}

/// A problem in a language file, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file stem ("fr").
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "data/{}.lang:{}: {}", self.file, self.line, self.message)
    }
}

impl Lexicon {
    /// Parses a language file. Errors name the line; the embedded files are
    /// checked by a test so that a user never meets one.
    pub fn parse(file: &str, text: &str) -> Result<Lexicon, DataError> {
        let mut lex = Lexicon::default();
        let err = |line: usize, message: String| DataError { file: file.to_string(), line, message };
        let mut section: Option<&'static str> = None;
        // Patterns are parsed after the whole file, so that inflection
        // classes may be defined anywhere in it.
        let mut pattern_lines: Vec<(&'static str, usize, &str)> = Vec::new();
        let mut inflections = pattern::Inflections::default();
        for (i, raw) in text.lines().enumerate() {
            let line_no = i + 1;
            // Bytes searched, not `raw.find(" #")`: a search for a string
            // brings std's two-way searcher into the .wasm (see `span::sub`).
            let line = match raw.as_bytes().windows(2).position(|w| w == b" #") {
                Some(p) => crate::span::sub(raw, ..p),
                None if raw.trim_start().starts_with('#') => "",
                None => raw,
            }
            .trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                let known = KEY_VALUE_SECTIONS
                    .iter()
                    .chain(WORD_SECTIONS)
                    .chain(PATTERN_SECTIONS.iter().map(|(n, _)| n))
                    .find(|n| **n == name);
                section = Some(*known.ok_or_else(|| err(line_no, format!("unknown section [{name}]")))?);
                continue;
            }
            let sec = section.ok_or_else(|| err(line_no, "text before the first [section]".into()))?;
            if KEY_VALUE_SECTIONS.contains(&sec) {
                let (k, v) = line
                    .split_once('=')
                    .ok_or_else(|| err(line_no, format!("expected `key = value` in [{sec}]")))?;
                let (k, v) = (k.trim(), v.trim());
                match (sec, k) {
                    ("language", "code") => lex.code = v.to_string(),
                    ("language", "name") => lex.name = v.to_string(),
                    ("language", "heads") => lex.head_first = v == "first",
                    ("language", "nouns") => lex.capitalised_nouns = v == "capitalised",
                    ("language", "word_order") => lex.verb_second = v == "verb_second",
                    ("language", "subjects") => lex.pro_drop = v == "dropped",
                    ("language", "reportive_mood") => lex.mood_is_indirect_speech = v == "indirect_speech",
                    ("language", "quotes") => {
                        lex.quotes = Vec::new();
                        for pair in v.split_whitespace() {
                            let cs: Vec<char> = pair.chars().collect();
                            let [open, close] = cs[..] else {
                                return Err(err(line_no, format!("quotes: `{pair}` is not two marks (opener, closer)")));
                            };
                            lex.quotes.push((open, close));
                        }
                    }
                    ("language", _) => return Err(err(line_no, format!("unknown key `{k}` in [language]"))),
                    ("inflections", _) => {
                        inflections.push((k.to_string(), v.split_whitespace().map(str::to_string).collect()));
                    }
                    _ => {
                        lex.explain.retain(|(key, _)| key != k);
                        lex.explain.push((k.to_string(), v.to_string()));
                    }
                }
            } else if WORD_SECTIONS.contains(&sec) {
                let k = WORD_SECTIONS.iter().position(|n| *n == sec).unwrap();
                if lex.lists.len() < WORD_SECTIONS.len() {
                    lex.lists.resize(WORD_SECTIONS.len(), Vec::new());
                }
                for word in line.split_whitespace().map(crate::fold::folded) {
                    let id = lex.intern(&word);
                    lex.word_bits[id as usize] |= 1 << k;
                    lex.lists[k].push(word);
                }
            } else {
                pattern_lines.push((sec, line_no, line));
            }
        }
        for (sec, line_no, line) in pattern_lines {
            let (_, role) = PATTERN_SECTIONS.iter().find(|(n, _)| *n == sec).unwrap();
            let mut pat = Pattern::parse(line, &inflections).map_err(|m| err(line_no, m))?;
            pat.intern_words(|w| lex.intern(w));
            let k = match lex.patterns.iter().position(|(n, _, _)| *n == sec) {
                Some(k) => k,
                None => {
                    lex.patterns.push((sec, *role, PatternSet::default()));
                    lex.patterns.len() - 1
                }
            };
            lex.patterns[k].2.push(pat);
        }
        let all = lex.patterns.iter().enumerate().flat_map(|(k, (_, _, set))| (0..set.len()).map(move |p| (k, p, set.get(p))));
        lex.matcher = matcher::Matcher::new(all, lex.word_bits.len());
        lex.last_bytes = lex.lists.iter().map(|l| {
            let mut set = [0u64; 4];
            for b in l.iter().filter_map(|w| w.as_bytes().last()) {
                set[(b >> 6) as usize] |= 1 << (b & 63);
            }
            set
        }).collect();
        if lex.code.is_empty() {
            return Err(err(1, "missing `code` in [language]".into()));
        }
        // A pattern naming an unknown word section failed in `Pattern::parse`.
        Ok(lex)
    }

    /// True when `word` (folded) is in the word section `section`.
    pub fn has(&self, section: &str, word: &str) -> bool {
        section_bit(section).is_some_and(|bit| self.sections_of(word) & bit != 0)
    }

    /// The bits (`sec::*`) of every word section listing `word` (folded).
    pub fn sections_of(&self, word: &str) -> u64 {
        self.word_id(word).map_or(0, |id| self.word_bits[id as usize])
    }

    /// The id of a word the file mentions.
    pub fn word_id(&self, word: &str) -> Option<u32> {
        self.norm_id(&Norm::from(word))
    }

    /// `word_id` of a token's folded form.
    #[inline(always)]
    pub fn norm_id(&self, norm: &Norm) -> Option<u32> {
        self.words.get(norm)
    }

    /// `norm_id` of an inline form by its key (`Norm::inline_words`).
    #[inline]
    pub(crate) fn key_id(&self, key: [u64; 3]) -> Option<u32> {
        self.words.get_key(key)
    }

    /// The bits of a word id (see `word_id`).
    pub fn bits_of(&self, id: u32) -> u64 {
        self.word_bits[id as usize]
    }

    fn intern(&mut self, word: &str) -> u32 {
        let word = Norm::from(word);
        if let Some(id) = self.words.get(&word) {
            return id;
        }
        self.word_bits.push(0);
        self.words.insert(word)
    }

    /// True when `word` ends with one of the suffixes listed in the word
    /// section `bit` (a `sec::*` constant).
    pub fn has_suffix(&self, bit: u64, word: &str) -> bool {
        let k = bit.trailing_zeros() as usize;
        let (Some(&last), Some(set)) = (word.as_bytes().last(), self.last_bytes.get(k)) else { return false };
        if set[(last >> 6) as usize] & (1 << (last & 63)) == 0 {
            return false;
        }
        let list = self.lists.get(k).map_or(&[][..], Vec::as_slice);
        list.iter().any(|s| word.len() > s.len() && word.ends_with(s.as_str()))
    }

    /// True when the language lists any word in the section `bit`.
    pub fn lists_any(&self, bit: u64) -> bool {
        self.lists.get(bit.trailing_zeros() as usize).is_some_and(|l| !l.is_empty())
    }

    /// Matches every pattern section against a sentence in one pass: for
    /// each section (indexed as `patterns`), the longest match starting at
    /// each token, in token order, into `out` (its lists emptied first, so
    /// that one analysis reuses their memory).
    pub fn match_sentence(&self, toks: &[Token], out: &mut Vec<Vec<PatternMatch>>) {
        self.matcher.match_sentence(toks, self.patterns.len(), out)
    }

    /// True when `c` opens a quotation in this language.
    pub fn opens_quote(&self, c: char) -> bool {
        self.quote_pairs().any(|(o, _)| o == c)
    }

    /// True when `c` closes a quotation opened by `opener`.
    pub fn closes_quote(&self, opener: char, c: char) -> bool {
        self.quote_pairs().any(|(o, cl)| o == opener && cl == c)
    }

    fn quote_pairs(&self) -> impl Iterator<Item = (char, char)> + '_ {
        /// Used where a file gives no `quotes`.
        const DEFAULT: &[(char, char)] = &[('«', '»'), ('“', '”'), ('„', '“'), ('‹', '›'), ('"', '"')];
        let own: &[(char, char)] = if self.quotes.is_empty() { DEFAULT } else { &self.quotes };
        own.iter().copied()
    }

    /// The explanation for a rule in this language, if the file gives one.
    pub fn explanation(&self, key: &str) -> Option<&str> {
        self.explain.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// The bit of a word section, by name.
pub fn section_bit(name: &str) -> Option<u64> {
    WORD_SECTIONS.iter().position(|n| *n == name).map(|k| 1 << k)
}

/// The languages this build can analyse, sorted by code. With embedded
/// files (the CLI): all of them, parsed at the first call, or the `*.lang`
/// files of the folder `SOURCELIGHT_DATA` names, so that whoever writes a
/// data file can try it without rebuilding. Without (the `.wasm`): those
/// given to [`load`] so far.
pub fn languages() -> &'static [&'static Lexicon] {
    #[cfg(feature = "embed-languages")]
    {
        static LANGS: OnceLock<&'static [&'static Lexicon]> = OnceLock::new();
        LANGS.get_or_init(|| {
            let files = data_dir_files().unwrap_or_else(|| LANGUAGE_FILES.iter().map(|&(stem, text)| (stem.to_string(), text.to_string())).collect());
            let langs: Vec<&'static Lexicon> = files
                .iter()
                .map(|(stem, text)| &*Box::leak(Box::new(Lexicon::parse(stem, text).unwrap_or_else(|e| panic!("language data is broken: {e}")))))
                .collect();
            Vec::leak(langs)
        })
    }
    #[cfg(not(feature = "embed-languages"))]
    {
        *LOADED.read().unwrap_or_else(|e| e.into_inner())
    }
}

/// The languages given to [`load`] (builds without embedded files).
#[cfg(not(feature = "embed-languages"))]
static LOADED: RwLock<&'static [&'static Lexicon]> = RwLock::new(&[]);

/// Parses a language file (its compact form or the original) and makes it
/// available to [`language`] and the analysis, for the rest of the process:
/// how the `.wasm` gets a page's language. Loading a language already there
/// returns it and changes nothing; so does loading any language in a build
/// that embeds them all.
///
/// # Errors
/// The file does not parse (the error names `name` and the line).
pub fn load(name: &str, text: &str) -> Result<&'static Lexicon, DataError> {
    let lex = Lexicon::parse(name, text)?;
    if let Some(known) = language(&lex.code) {
        return Ok(known);
    }
    #[cfg(feature = "embed-languages")]
    {
        Err(DataError { file: name.to_string(), line: 1, message: format!("`{}` is no language of this build's data", lex.code) })
    }
    #[cfg(not(feature = "embed-languages"))]
    {
        // Leaked: a language, once loaded, is kept (a handful per process).
        let lex: &'static Lexicon = Box::leak(Box::new(lex));
        let mut loaded = LOADED.write().unwrap_or_else(|e| e.into_inner());
        // Kept sorted by code: inserted in place (no sort's code in the .wasm).
        let mut all = loaded.to_vec();
        all.insert(all.partition_point(|l| l.code < lex.code), lex);
        *loaded = Vec::leak(all);
        Ok(lex)
    }
}

/// The `*.lang` files of `$SOURCELIGHT_DATA` as (stem, text), sorted; `None`
/// when the variable is unset (and always in the browser).
#[cfg(feature = "embed-languages")]
fn data_dir_files() -> Option<Vec<(String, String)>> {
    if cfg!(target_arch = "wasm32") {
        return None;
    }
    let dir = std::env::var_os("SOURCELIGHT_DATA")?;
    let read = || -> std::io::Result<Vec<(String, String)>> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|x| x == "lang") {
                let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
                files.push((stem, std::fs::read_to_string(&path)?));
            }
        }
        files.sort();
        Ok(files)
    };
    Some(read().unwrap_or_else(|e| panic!("SOURCELIGHT_DATA={}: {e}", dir.to_string_lossy())))
}

/// The language with this code, if this build has it (embedded or loaded).
pub fn language(code: &str) -> Option<&'static Lexicon> {
    languages().iter().copied().find(|l| l.code == code)
}

/// What every build knows of a language without parsing its file: enough
/// to detect it, name it and explain its cues in the reader's language.
#[derive(Debug)]
pub struct LanguageInfo {
    /// ISO 639-1 code ("fr").
    pub code: String,
    /// The language's own name ("Français").
    pub name: String,
    explain: Explanations,
}

impl LanguageInfo {
    /// The explanation of a rule in this language, if its file gives one.
    pub fn explanation(&self, key: &str) -> Option<&str> {
        self.explain.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

struct Catalog {
    langs: Vec<LanguageInfo>,
    /// Folded `[detect]` word and one bit per language (index in `langs`),
    /// sorted by word for a binary search (a map costs the .wasm more).
    detect: Vec<(String, u64)>,
}

impl Catalog {
    /// Where `word` is in `detect`, or where it would go.
    fn detect_slot(&self, word: &str) -> Result<usize, usize> {
        self.detect.binary_search_by(|(w, _)| w.as_str().cmp(word))
    }
}

fn the_catalog() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| {
        let mut cat = Catalog { langs: Vec::new(), detect: Vec::new() };
        let mut add = |k: usize, code: &str, name: &str, words: &mut dyn Iterator<Item = String>, explain: Explanations| {
            cat.langs.push(LanguageInfo { code: code.to_string(), name: name.to_string(), explain });
            for w in words {
                match cat.detect_slot(&w) {
                    Ok(i) => cat.detect[i].1 |= 1 << k,
                    Err(i) => cat.detect.insert(i, (w, 1 << k)),
                }
            }
        };
        // Natively, the parsed files themselves (so that SOURCELIGHT_DATA
        // counts); a test checks that the built-in table says the same.
        #[cfg(feature = "embed-languages")]
        for (k, l) in languages().iter().enumerate() {
            let words = l.lists.get(sec::DETECT.trailing_zeros() as usize).cloned().unwrap_or_default();
            add(k, &l.code, &l.name, &mut words.into_iter(), l.explain.clone());
        }
        #[cfg(not(feature = "embed-languages"))]
        for (k, (code, name, detect, explain)) in built_in::CATALOG.iter().enumerate() {
            let explain = explain.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            add(k, code, name, &mut detect.split_whitespace().map(crate::fold::folded), explain);
        }
        assert!(cat.langs.len() <= 64, "language detection keeps one bit per language");
        cat
    })
}

/// Every language of this build's data, sorted by code, whether or not
/// its file is loaded.
pub fn catalog() -> &'static [LanguageInfo] {
    &the_catalog().langs
}

/// The languages (bit `k` for `catalog()[k]`) whose `[detect]` words
/// include `word` (folded).
pub fn detect_bits(word: &str) -> u64 {
    let cat = the_catalog();
    cat.detect_slot(word).map_or(0, |i| cat.detect[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "embed-languages")]
    fn every_embedded_file_parses() {
        for (stem, text) in LANGUAGE_FILES {
            let lex = Lexicon::parse(stem, text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(&lex.code, stem, "file name and code differ");
            assert!(lex.lists_any(sec::DETECT), "{stem}: no [detect] words");
            for key in crate::explain::RULES {
                assert!(
                    lex.explanation(key).is_some() || stem != &"en" && stem != &"fr",
                    "{stem}: no explanation for `{key}`"
                );
            }
        }
        assert!(language("fr").is_some() && language("en").is_some());
    }

    #[test]
    #[cfg(feature = "embed-languages")]
    fn the_built_in_catalog_says_what_the_files_say() {
        assert_eq!(built_in::CATALOG.len(), LANGUAGE_FILES.len());
        for ((code, name, detect, explain), (stem, text)) in built_in::CATALOG.iter().zip(LANGUAGE_FILES) {
            let lex = Lexicon::parse(stem, text).unwrap();
            assert_eq!((*code, *name), (lex.code.as_str(), lex.name.as_str()));
            let words: Vec<String> = detect.split_whitespace().map(crate::fold::folded).collect();
            assert_eq!(&words, &lex.lists[sec::DETECT.trailing_zeros() as usize], "{code}: [detect]");
            // The interface's languages explain their cues from the table;
            // the others from their own file.
            let explain: Explanations = explain.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            let expected = if READER_LANGUAGES.contains(code) { lex.explain.clone() } else { Explanations::default() };
            assert_eq!(explain, expected, "{code}: [explain]");
        }
    }

    #[test]
    #[cfg(feature = "embed-languages")]
    fn compact_files_parse_as_the_originals() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        for (stem, text) in LANGUAGE_FILES {
            let original = std::fs::read_to_string(dir.join(format!("{stem}.lang"))).unwrap();
            assert_eq!(compact(&original), *text);
            let (a, b) = (Lexicon::parse(stem, &original).unwrap(), Lexicon::parse(stem, text).unwrap());
            assert_eq!(format!("{:?}", a.patterns), format!("{:?}", b.patterns), "{stem}");
            assert_eq!(a.lists, b.lists, "{stem}");
        }
    }

    #[test]
    fn patterns_match_whole_tokens_gaps_and_inflections() {
        let lex = Lexicon::parse("xx", "[language]\ncode = xx\n[inflections]\nv = 0 s ed\n[allegation]\nteilte ~4 mit\nclaim+v that\n").unwrap();
        let count = |text: &str| {
            let mut matches = Vec::new();
            lex.match_sentence(&crate::token::tokenize(text, &lex, crate::token::QuoteState::NONE).0, &mut matches);
            matches[0].len()
        };
        assert_eq!(count("Sie teilte der Presse am Montag mit"), 1);
        assert_eq!(count("Sie teilte die Sorge, mit ihm"), 0, "a gap does not cross a clause");
        assert_eq!(count("Sie teilte der Presse am Montag gestern mit"), 0, "a gap is bounded");
        assert_eq!(count("He claimed that; they claims that"), 2);
        assert_eq!(count("He exclaimed that"), 0);
    }

    #[test]
    fn errors_name_the_line() {
        let e = Lexicon::parse("xx", "[language]\ncode = xx\n[nonsense]\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.to_string().contains("unknown section"));
        let e = Lexicon::parse("xx", "[language]\ncode = xx\n[anonymity]\n{nope} said\n").unwrap_err();
        assert!(e.message.contains("nope"), "{e}");
    }
}
