//! Phrase patterns over tokens: the small language that data files use.
//!
//! A pattern is a line of space-separated token tests:
//! `word` (that word, folded), `a|b|c` (one of them), `pre*` (a word starting
//! with `pre`), `*suf` (a word ending with `suf`), `{section}` (a word of that
//! word section), `_` (any word), `{Cap}` (a capitalised word). A test ending
//! in `?` is optional; `~N` skips up to N tokens of the same clause. `stem+class` stands for the stem with each ending of
//! an inflection class of the file (`affirm+er`: affirme, affirmé, …). Matching is over whole tokens, so "source" never
//! matches inside "open-source".

/// One token test of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenTest {
    /// One of these folded words, and their word ids in the lexicon (filled
    /// by `Pattern::intern_words`): tokens are compared by id.
    Word(Vec<String>, Vec<u32>),
    /// A word starting with this.
    Prefix(String),
    /// A word ending with this.
    Suffix(String),
    /// A word listed in this word section (name and `sec` bit).
    Class(String, u64),
    /// Any word token.
    AnyWord,
    /// A word starting with an upper-case letter.
    Capitalised,
    /// Any of these tests ("been|*ed").
    Alt(Vec<TokenTest>),
    /// Up to this many tokens of the same clause, skipped ("teilte ~6 mit").
    Gap(usize),
}

/// Endings by inflection class, from a file's `[inflections]` section, in
/// file order: a handful, looked up by a scan (a map of them costs the
/// .wasm more).
pub type Inflections = Vec<(String, Vec<String>)>;

/// The forms a literal stands for: `affirm+er` is "affirm" plus each ending
/// of class `er`; a plain word stands for itself.
fn forms(tok: &str, infl: &Inflections, line: &str) -> Result<Vec<String>, String> {
    match tok.split_once('+') {
        Some((stem, class)) if !stem.is_empty() && !class.is_empty() => {
            // The last definition of a class counts.
            let endings = infl.iter().rev().find(|(c, _)| c == class).map(|(_, e)| e).ok_or_else(|| format!("unknown inflection class `{class}` in pattern `{line}`"))?;
            Ok(endings.iter().map(|e| crate::fold::folded(&format!("{stem}{}", if e == "0" { "" } else { e }))).collect())
        }
        _ => Ok(vec![crate::fold::folded(tok)]),
    }
}

fn parse_test(tok: &str, line: &str, infl: &Inflections) -> Result<TokenTest, String> {
    Ok(if tok == "_" {
        TokenTest::AnyWord
    } else if let Some(n) = tok.strip_prefix('~').and_then(|n| n.parse().ok()) {
        TokenTest::Gap(n)
    } else if tok == "{Cap}" {
        TokenTest::Capitalised
    } else if let Some(c) = tok.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
        let bit = crate::lexicon::section_bit(c).ok_or_else(|| format!("pattern refers to unknown word section {{{c}}} in `{line}`"))?;
        TokenTest::Class(c.to_string(), bit)
    } else if let Some(s) = tok.strip_prefix('*').filter(|s| !s.is_empty()) {
        TokenTest::Suffix(crate::fold::folded(s))
    } else if let Some(p) = tok.strip_suffix('*').filter(|s| !s.is_empty()) {
        TokenTest::Prefix(crate::fold::folded(p))
    } else if tok.is_empty() || tok.contains(['{', '}', '*', '~']) {
        return Err(format!("cannot read token `{tok}` in pattern `{line}`"));
    } else {
        TokenTest::Word(forms(tok, infl, line)?, Vec::new())
    })
}

/// A parsed pattern: token tests, each possibly optional.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    tests: Vec<(TokenTest, bool)>,
    /// The line as written, for error messages and debugging.
    pub source: String,
}

impl Pattern {
    /// Parses one pattern line; the error says what is wrong.
    pub fn parse(line: &str, infl: &Inflections) -> Result<Pattern, String> {
        let mut tests = Vec::new();
        for raw in line.split_whitespace() {
            let (tok, optional) = match raw.strip_suffix('?') {
                Some(t) if !t.is_empty() => (t, true),
                _ => (raw, false),
            };
            let alts: Vec<&str> = tok.split('|').collect();
            let test = if alts.len() > 1 {
                // The literal alternatives make one word test (one lookup,
                // not one test per word): `{anonymous_heads}|man|woman|…`.
                let (literal, other): (Vec<&str>, Vec<&str>) = alts.iter().partition(|a| !a.contains(['{', '}', '*']) && **a != "_");
                let mut words = Vec::new();
                for a in &literal {
                    words.extend(forms(a, infl, line)?);
                }
                let word = TokenTest::Word(words, Vec::new());
                if other.is_empty() {
                    word
                } else {
                    let mut tests: Vec<TokenTest> = other.iter().map(|a| parse_test(a, line, infl)).collect::<Result<_, _>>()?;
                    if !literal.is_empty() {
                        tests.push(word);
                    }
                    TokenTest::Alt(tests)
                }
            } else {
                parse_test(tok, line, infl)?
            };
            tests.push((test, optional));
        }
        if tests.iter().all(|(_, opt)| *opt) {
            return Err(format!("pattern `{line}` has no required token"));
        }
        Ok(Pattern { tests, source: line.to_string() })
    }

    /// Gives every literal word its id (`intern` returns the lexicon's id
    /// of a folded word), so that tokens are matched by id.
    pub(crate) fn intern_words(&mut self, mut intern: impl FnMut(&str) -> u32) {
        fn walk(t: &mut TokenTest, intern: &mut impl FnMut(&str) -> u32) {
            match t {
                TokenTest::Word(words, ids) => {
                    // Sorted, for a binary search: an alternative may list
                    // dozens of inflected forms.
                    *ids = words.iter().map(|w| intern(w)).collect();
                    crate::sort::sort_by_key(ids, |&id| id);
                    ids.dedup();
                }
                TokenTest::Alt(ts) => ts.iter_mut().for_each(|t| walk(t, intern)),
                _ => {}
            }
        }
        self.tests.iter_mut().for_each(|(t, _)| walk(t, &mut intern));
    }

    /// The token tests, each with whether it is optional.
    pub(crate) fn tests(&self) -> &[(TokenTest, bool)] {
        &self.tests
    }
}

/// A match of one pattern of a set: tokens `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PatternMatch {
    /// Index of the pattern in its set.
    pub pattern: usize,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// The patterns of one section. They are matched through the lexicon's
/// index of all sections (`Lexicon::match_sentence`), one pass a sentence.
#[derive(Debug, Clone, Default)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
}

impl PatternSet {
    /// Adds a pattern.
    pub fn push(&mut self, p: Pattern) {
        self.patterns.push(p);
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when the set has no pattern.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The pattern at an index.
    pub fn get(&self, idx: usize) -> &Pattern {
        &self.patterns[idx]
    }
}
