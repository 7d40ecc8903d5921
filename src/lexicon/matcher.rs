//! Matching every pattern of a language against a sentence in one pass.
//!
//! Patterns are compiled into flat lists of steps (a test's alternatives as
//! one OR of ids, section bits and affixes), and each is indexed by an
//! *anchor*: a required word test at a fixed offset from its start (0 to
//! `MAX_OFFSET`). At each start token, only the patterns whose anchor word
//! stands at the right distance are tried. A pattern with optional tests
//! before its anchor ("des|un? journaliste", "{Cap} {Cap}? records") is
//! split into variants without them, each with a fixed offset: a pattern is
//! tried at every token only when nothing anchors it (a gap or an affix
//! first).

use super::pattern::{Pattern, PatternMatch, TokenTest};
use crate::token::{Token, TokenKind};

/// Farthest anchor from a pattern's start, in tokens.
const MAX_OFFSET: usize = 5;

/// Most optional tests before an anchor that are split into variants
/// (2^n variants).
const MAX_SPLIT: usize = 3;

/// One token test, its alternatives merged.
#[derive(Debug, Clone, Default)]
struct Step {
    /// Word ids (sorted).
    ids: Vec<u32>,
    /// Word sections (`sec::*` bits).
    bits: u64,
    /// Any word; a capitalised token.
    any_word: bool,
    cap: bool,
    prefixes: Vec<String>,
    suffixes: Vec<String>,
    /// Skips up to this many tokens of the same clause (then nothing else is set).
    gap: Option<usize>,
    optional: bool,
    /// The anchor of an indexed pattern: the index found the pattern by
    /// this token's word, so it holds without a test.
    found: bool,
    /// Bit `x % 64` for each `x` of `ids`, the first byte of `prefixes`,
    /// the last byte of `suffixes`: most words are told apart by these
    /// before any search or string comparison.
    id_bits: u64,
    first_bytes: u64,
    last_bytes: u64,
    /// How many of its words are marks ("," "»"): frequent in any text,
    /// poor anchors.
    marks: usize,
}

/// Bit `x % 64` of a word.
#[inline]
fn bit(x: u32) -> u64 {
    1 << (x & 63)
}

impl Step {
    fn new(test: &TokenTest, optional: bool) -> Step {
        fn add(s: &mut Step, t: &TokenTest) {
            match t {
                TokenTest::Word(words, ids) => {
                    s.ids.extend(ids);
                    s.marks += words.iter().filter(|w| !w.starts_with(char::is_alphanumeric)).count();
                }
                TokenTest::Prefix(p) => s.prefixes.push(p.clone()),
                TokenTest::Suffix(x) => s.suffixes.push(x.clone()),
                TokenTest::Class(_, bit) => s.bits |= bit,
                TokenTest::AnyWord => s.any_word = true,
                TokenTest::Capitalised => s.cap = true,
                TokenTest::Alt(ts) => ts.iter().for_each(|t| add(s, t)),
                TokenTest::Gap(n) => s.gap = Some(*n),
            }
        }
        let mut s = Step { optional, ..Step::default() };
        // Sorted already: a test's literal words are one `Word`.
        add(&mut s, test);
        s.id_bits = s.ids.iter().fold(0, |b, &id| b | bit(id));
        s.first_bytes = s.prefixes.iter().fold(0, |b, p| b | bit(p.as_bytes()[0].into()));
        s.last_bytes = s.suffixes.iter().fold(0, |b, x| b | bit(x.as_bytes()[x.len() - 1].into()));
        s
    }

    /// Only words by id: what an anchor is made of.
    fn is_words(&self) -> bool {
        !self.ids.is_empty() && self.bits == 0 && !self.any_word && !self.cap && self.prefixes.is_empty() && self.suffixes.is_empty() && self.gap.is_none()
    }

    #[inline]
    fn has_id(&self, tok: &Token) -> bool {
        // Most tests name one word: compared without a search.
        tok.id.is_some_and(|id| self.id_bits & bit(id) != 0 && match self.ids[..] {
            [] => false,
            [one] => one == id,
            _ => self.ids.binary_search(&id).is_ok(),
        })
    }

    #[inline]
    fn holds(&self, tok: &Token) -> bool {
        if self.found {
            return true;
        }
        if tok.sections & self.bits != 0 || self.cap && tok.cap || self.has_id(tok) {
            return true;
        }
        if tok.kind != TokenKind::Word {
            return false;
        }
        if self.any_word || self.first_bytes | self.last_bytes == 0 {
            return self.any_word;
        }
        let w = tok.norm.as_str();
        let (Some(&first), Some(&last)) = (w.as_bytes().first(), w.as_bytes().last()) else { return false };
        self.first_bytes & bit(first.into()) != 0 && self.prefixes.iter().any(|p| w.starts_with(p.as_str()))
            || self.last_bytes & bit(last.into()) != 0 && self.suffixes.iter().any(|s| w.len() > s.len() && w.ends_with(s.as_str()))
    }
}

/// One compiled pattern (or variant of one).
#[derive(Debug, Clone)]
struct Compiled {
    section: u16,
    pattern: u16,
    steps: Vec<Step>,
}

/// The longest match of `steps` from token `i`, as the index one past it:
/// an optional test is taken or skipped, whichever reaches farther; a gap
/// takes the nearest continuation within the clause.
///
/// Required tests in a loop, inlined where candidates are tried (most fail
/// at their first or second test); only options and gaps branch, in
/// `match_branch`.
#[inline(always)]
fn match_steps(mut steps: &[Step], toks: &[Token], mut i: usize) -> Option<usize> {
    while let Some((step, rest)) = steps.split_first() {
        if step.optional || step.gap.is_some() {
            return match_branch(step, rest, toks, i);
        }
        if !toks.get(i).is_some_and(|t| step.holds(t)) {
            return None;
        }
        steps = rest;
        i += 1;
    }
    Some(i)
}

/// `match_steps` from an optional test or a gap, `step`, at token `i`.
fn match_branch(step: &Step, rest: &[Step], toks: &[Token], i: usize) -> Option<usize> {
    if let Some(n) = step.gap {
        for skip in 0..=n {
            // An ordinal dot ("am 3. Oktober") is no clause end.
            let ends_clause = |k: usize| {
                toks.get(k).is_none_or(|t| t.is_clause_mark() || t.is_terminal() && !(t.norm == "." && k > 0 && toks[k - 1].kind == TokenKind::Number))
            };
            if skip > 0 && ends_clause(i + skip - 1) {
                break;
            }
            if let Some(e) = match_steps(rest, toks, i + skip) {
                return Some(e);
            }
        }
        return None;
    }
    let holds = toks.get(i).is_some_and(|t| step.holds(t));
    let here = if holds { match_steps(rest, toks, i + 1) } else { None };
    let skipped = match_steps(rest, toks, i);
    here.max(skipped)
}

/// The test to anchor `steps` by: among the required word tests at a
/// fixed distance from the start (no gap before, at most `MAX_SPLIT`
/// options before, at most `MAX_OFFSET` tests in), the one whose words are
/// the least `common` (a word many patterns use, such as "the" or "de",
/// is also frequent in text).
fn anchor_step(steps: &[Step], common: &impl Fn(&Step) -> usize) -> Option<usize> {
    let end = steps.iter().position(|s| s.gap.is_some()).unwrap_or(steps.len()).min(MAX_OFFSET + 1);
    (0..end)
        .filter(|&j| !steps[j].optional && steps[j].is_words() && steps[..j].iter().filter(|s| s.optional).count() <= MAX_SPLIT)
        .min_by_key(|&j| common(&steps[j]))
}

/// `steps` as variants anchored at `a` with a fixed offset: each optional
/// test before the anchor taken as required or left out. Each variant
/// comes with its anchor's index.
fn variants(steps: &[Step], a: usize) -> Vec<(Vec<Step>, usize)> {
    let optional: Vec<usize> = (0..a).filter(|&k| steps[k].optional).collect();
    (0..1u32 << optional.len())
        .map(|mask| {
            let mut v = Vec::with_capacity(steps.len());
            let mut anchor = a;
            for (k, s) in steps.iter().enumerate() {
                match optional.iter().position(|&o| o == k) {
                    Some(bit) if mask & 1 << bit == 0 => anchor -= 1,
                    Some(_) => v.push(Step { optional: false, ..s.clone() }),
                    None => v.push(s.clone()),
                }
            }
            (v, anchor)
        })
        .collect()
}

/// A language's patterns, compiled and indexed.
#[derive(Debug, Default)]
pub(crate) struct Matcher {
    compiled: Vec<Compiled>,
    /// By word id, the patterns anchored by that word as (offset, pattern),
    /// sorted: those of word `w` are `anchored[starts[w]..starts[w + 1]]`.
    /// One lookup a token finds them at every offset.
    starts: Vec<u32>,
    anchored: Vec<(u32, u32)>,
    /// Patterns tried at every token, with the word sections their first
    /// token must be in when that is all their first test asks beside
    /// indexed words.
    unanchored: Vec<(u32, Option<u64>)>,
}

impl Matcher {
    /// Compiles `patterns` (section, pattern index, pattern, in file order)
    /// for a lexicon of `words` word ids.
    pub(crate) fn new<'p>(patterns: impl Iterator<Item = (usize, usize, &'p Pattern)>, words: usize) -> Matcher {
        let mut m = Matcher::default();
        let mut anchored: Vec<Vec<(u32, u32)>> = vec![Vec::new(); MAX_OFFSET + 1];
        let compiled: Vec<(usize, usize, Vec<Step>)> =
            patterns.map(|(section, pattern, p)| (section, pattern, p.tests().iter().map(|(t, opt)| Step::new(t, *opt)).collect())).collect();
        // How many patterns use each word: a proxy for its frequency in text.
        let mut uses = vec![0usize; words];
        for (_, _, steps) in &compiled {
            steps.iter().flat_map(|s| &s.ids).for_each(|&id| uses[id as usize] += 1);
        }
        let common = |s: &Step| s.ids.iter().map(|&id| uses[id as usize]).sum::<usize>() + 1000 * s.marks;
        for (section, pattern, steps) in compiled {
            let push = |m: &mut Matcher, steps: Vec<Step>| {
                m.compiled.push(Compiled { section: section as u16, pattern: pattern as u16, steps });
                m.compiled.len() as u32 - 1
            };
            if let Some(a) = anchor_step(&steps, &common) {
                for (mut v, a) in variants(&steps, a) {
                    let ids = v[a].ids.clone();
                    v[a].found = true;
                    let c = push(&mut m, v);
                    anchored[a].extend(ids.into_iter().map(|id| (id, c)));
                }
                continue;
            }
            // `{anonymous_heads}|man|woman ~8 say`: the first test's words
            // through the index, its sections as a filter; any other
            // pattern is tried everywhere.
            let f = &steps[0];
            let filter = (!f.optional && f.gap.is_none() && !f.any_word && !f.cap && f.prefixes.is_empty() && f.suffixes.is_empty()).then_some(f.bits);
            let ids = if filter.is_some() { f.ids.clone() } else { Vec::new() };
            let c = push(&mut m, steps);
            anchored[0].extend(ids.into_iter().map(|id| (id, c)));
            match filter {
                Some(0) => {}
                Some(bits) => m.unanchored.push((c, Some(bits))),
                None => m.unanchored.push((c, None)),
            }
        }
        // Grouped by word id with a counting pass (no sort: its code
        // would cost the .wasm more); stable, so each word's patterns stay
        // by offset, then in file order.
        let pairs: Vec<(u32, u32, u32)> =
            anchored.into_iter().enumerate().flat_map(|(a, pairs)| pairs.into_iter().map(move |(id, c)| (id, a as u32, c))).collect();
        m.starts = vec![0u32; words + 1];
        for &(id, _, _) in &pairs {
            m.starts[id as usize + 1] += 1;
        }
        for w in 0..words {
            m.starts[w + 1] += m.starts[w];
        }
        let mut fill = m.starts.clone();
        m.anchored = vec![(0, 0); pairs.len()];
        for (id, a, c) in pairs {
            m.anchored[fill[id as usize] as usize] = (a, c);
            fill[id as usize] += 1;
        }
        m
    }

    /// For each of `sections` pattern sections, the longest match starting at
    /// each token, in token order, into `out` (its lists emptied first).
    pub(crate) fn match_sentence(&self, toks: &[Token], sections: usize, out: &mut Vec<Vec<PatternMatch>>) {
        out.resize_with(sections, Vec::new);
        out.iter_mut().for_each(Vec::clear);
        // Patterns are tried in their order at each start (by anchor
        // offset, then in file order; unanchored ones last), but the starts
        // come out of order: a match goes in at its start's place, and the
        // first one at a start gives the pattern.
        let mut keep = |c: &Compiled, start: usize, end: usize| {
            let list = &mut out[c.section as usize];
            let k = list.partition_point(|m| m.start <= start);
            match k.checked_sub(1).map(|p| &mut list[p]) {
                Some(m) if m.start == start => m.end = m.end.max(end),
                _ => list.insert(k, PatternMatch { pattern: c.pattern as usize, start, end }),
            }
        };
        // A token's word gives the patterns it anchors at every offset:
        // each starts that many tokens back.
        for (j, t) in toks.iter().enumerate() {
            let Some(id) = t.id else { continue };
            for &(a, c) in &self.anchored[self.starts[id as usize] as usize..self.starts[id as usize + 1] as usize] {
                let Some(i) = j.checked_sub(a as usize) else { continue };
                let c = &self.compiled[c as usize];
                if let Some(end) = match_steps(&c.steps, toks, i).filter(|&end| end > i) {
                    keep(c, i, end);
                }
            }
        }
        for i in 0..toks.len() {
            for &(c, filter) in &self.unanchored {
                if filter.is_some_and(|bits| toks[i].sections & bits == 0) {
                    continue;
                }
                let c = &self.compiled[c as usize];
                if let Some(end) = match_steps(&c.steps, toks, i).filter(|&end| end > i) {
                    keep(c, i, end);
                }
            }
        }
    }
}
