//! Robustness of the core: arbitrary Unicode never panics and every span the
//! analysis returns is a valid, ordered slice of the text; pathological
//! inputs finish (their time is printed, never asserted).
//!
//! Bugs these tests pin are described in `tests/BUGS.md` (BUG-n).

use proptest::prelude::*;
use sourcelight::{analyze, analyze_sentences, html, Analysis, Category};
use std::time::Instant;

// ---------------------------------------------------------------------------
// An allocator that counts the bytes each thread allocates: a deterministic,
// untimed way to see work that grows with the square of the input.

mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    pub struct Counting;

    thread_local! {
        static ALLOCATED: Cell<usize> = const { Cell::new(0) };
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let _ = ALLOCATED.try_with(|a| a.set(a.get().saturating_add(layout.size())));
            System.alloc(layout)
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            System.dealloc(ptr, layout)
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let _ = ALLOCATED.try_with(|a| a.set(a.get().saturating_add(new_size)));
            System.realloc(ptr, layout, new_size)
        }
    }

    /// Bytes allocated by this thread while `f` runs.
    pub fn allocated_by<T>(f: impl FnOnce() -> T) -> (T, usize) {
        let before = ALLOCATED.with(Cell::get);
        let out = f();
        (out, ALLOCATED.with(Cell::get) - before)
    }
}

#[global_allocator]
static ALLOC: counting::Counting = counting::Counting;

// ---------------------------------------------------------------------------
// Invariants.

/// Checks every structural promise of an analysis of `text`.
#[track_caller]
fn assert_well_formed(text: &str, a: &Analysis) {
    let mut prev_end = 0;
    for (k, s) in a.sentences.iter().enumerate() {
        let sp = s.span;
        assert!(sp.start <= sp.end && sp.end <= text.len(), "sentence {k} {sp:?} outside text of {} bytes", text.len());
        assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end), "sentence {k} {sp:?} not on char boundaries");
        assert!(sp.start >= prev_end, "sentence {k} {sp:?} overlaps or precedes the previous one (ended at {prev_end})");
        prev_end = sp.end;
        assert_cues_within(text, s, k);
    }
    let count = |c: Category| a.sentences.iter().filter(|s| s.labels.contains(c)).count();
    assert_eq!(a.summary.sentences, a.sentences.len());
    assert_eq!(a.summary.anonymous_source, count(Category::AnonymousSource));
    assert_eq!(a.summary.unverified, count(Category::Unverified));
    assert_eq!(a.summary.named_source, count(Category::NamedSource));
    if a.lang.is_none() {
        assert!(a.sentences.is_empty(), "no language, yet sentences");
    }
}

/// Cues lie on char boundaries inside their sentence, in text order, and the
/// labels are exactly the categories of the cues.
#[track_caller]
fn assert_cues_within(text: &str, s: &sourcelight::Sentence, k: usize) {
    let mut prev_start = s.span.start;
    for c in &s.cues {
        let cs = c.span;
        assert!(cs.start < cs.end, "sentence {k}: empty cue {c:?}");
        assert!(s.span.start <= cs.start && cs.end <= s.span.end, "sentence {k} {:?}: cue {c:?} outside it", s.span);
        assert!(text.is_char_boundary(cs.start) && text.is_char_boundary(cs.end), "sentence {k}: cue {c:?} not on char boundaries");
        assert!(cs.start >= prev_start, "sentence {k}: cues out of order at {c:?}");
        prev_start = cs.start;
        assert!(!c.rule.is_empty());
    }
    let from_cues: sourcelight::Labels = s.cues.iter().map(|c| c.category).collect();
    assert_eq!(s.labels, from_cues, "sentence {k}: labels are not the categories of its cues");
}

/// `analyze_sentences`: one result per given sentence, each span (and its
/// cues) inside that sentence's own string.
#[track_caller]
fn assert_sentences_well_formed(parts: &[&str], a: &Analysis) {
    if a.lang.is_none() {
        assert!(a.sentences.is_empty());
        return;
    }
    assert_eq!(a.sentences.len(), parts.len(), "one result per given sentence");
    for (k, (s, text)) in a.sentences.iter().zip(parts).enumerate() {
        assert!(s.span.start <= s.span.end && s.span.end <= text.len(), "sentence {k} {:?} outside its {} bytes", s.span, text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        assert_cues_within(text, s, k);
    }
}

fn analyze_ok(text: &str, lang: &str) -> Analysis {
    let a = analyze(text, lang).unwrap_or_else(|e| panic!("analyze(_, {lang:?}): {e}"));
    assert_well_formed(text, &a);
    a
}

// ---------------------------------------------------------------------------
// Arbitrary text: fragments that reach the rules (reporting verbs, anonymity
// formulas, conditionals, URLs, elisions, clitics, abbreviations) mixed with
// hostile characters (RTL, emoji, combining marks, NUL, controls, quotes,
// lone punctuation, characters whose lower case changes length).

const FRAGMENTS: &[&str] = &[
    "Officials said", " said ", " told ", "according to", " a source", " sources ", " reportedly ", "allegedly ",
    " Putin said", "\"", "“", "”", "«", "»", "‘", "’", "„", "‹", "›", "'", "selon", " une source proche du dossier",
    " aurait ciblé", " serait ", " a déclaré", " a-t-il dit", "déclare-t-elle", "l’armée", "qu'il", "d'après",
    "M. ", "Dr. ", "U.S.", "J. K. ", "3.5", "1,000", "http://x.fr/a-b", "https://", "www.", "HTTP://É", ". ", "! ", "? ",
    "…", "...", "?!", "\n", "\r\n", "\u{2029}", "\t", " ", "  ", "(", ")", "[", "]", "-", "–", "—", ",", ";", ":",
    "😀", "👩‍👩‍👧", "🇫🇷", "\u{200D}", "\u{200B}", "\u{FEFF}", "\u{00AD}", "\u{0301}", "e\u{0301}", "\u{0300}\u{0301}\u{0302}",
    "שלום", "مرحبا", "\u{200F}", "\u{202E}", "\u{0000}", "\u{0007}", "\u{001B}", "\u{FFFD}", "İ", "ẞ", "Ω", "K", "ǅ",
    "ß", "ﬁ", "Σ", "ΣΑ", "é", "È", "ç", "œ", "´", "`", "ʼ", "\u{2010}", "\u{2011}", "si", "if", "que", "that", "je",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => "[a-zA-Z]{1,8}",
        2 => any::<char>().prop_map(String::from),
        1 => prop::char::range('\u{0300}', '\u{036F}').prop_map(String::from),
        1 => prop::char::range('\u{0590}', '\u{06FF}').prop_map(String::from),
        1 => prop::char::range('\u{1F300}', '\u{1FAFF}').prop_map(String::from),
    ]
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn analyze_never_panics_and_spans_are_valid(text in arbitrary_text()) {
        for lang in ["fr", "en", "auto"] {
            analyze_ok(&text, lang);
        }
    }

    #[test]
    fn analyze_of_any_string_is_well_formed(text in any::<String>()) {
        for lang in ["fr", "en", "auto"] {
            analyze_ok(&text, lang);
        }
    }

    #[test]
    fn analyze_sentences_never_panics_and_spans_are_valid(parts in prop::collection::vec(arbitrary_text(), 0..8)) {
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        for lang in ["fr", "en", "auto"] {
            let a = analyze_sentences(&parts, lang).unwrap();
            assert_sentences_well_formed(&parts, &a);
        }
    }

    #[test]
    fn visible_text_never_panics(body in prop::collection::vec(prop_oneof![
        3 => fragment(),
        1 => prop::sample::select(&["<p>", "</p>", "<script>", "</script>", "<!--", "-->", "&amp;", "&", ";", "&#x1F600;", "&#99999999;", "<", ">", "<br/>", "&laquo;"][..]).prop_map(str::to_string),
    ], 0..60)) {
        let page = body.concat();
        let text = html::visible_text(&page);
        analyze_ok(&text, "auto");
    }
}

// ---------------------------------------------------------------------------
// Fixed hostile inputs.

#[test]
fn degenerate_inputs() {
    for text in ["", " ", "\n\n\n", "\0", "\u{FEFF}", ".", "«", "»", "\"", "'", "’", "…", "?!?!", "-", "—", "( )", "e\u{301}", "😀", "\u{202E}abc"] {
        for lang in ["fr", "en", "auto"] {
            analyze_ok(text, lang);
            let a = analyze_sentences(&[text, text], lang).unwrap();
            assert_sentences_well_formed(&[text, text], &a);
        }
    }
}

#[test]
fn unknown_language_is_an_error_not_a_panic() {
    assert!(analyze("Officials said so.", "zz").is_err());
    assert!(analyze_sentences(&["Officials said so."], "xx-YY").is_err());
    // Region subtags and case do not matter.
    assert_eq!(analyze("Officials said so.", "EN-us").unwrap().lang, Some("en"));
    assert_eq!(analyze("Il a dit non.", "fr_FR").unwrap().lang, Some("fr"));
}

#[test]
fn spans_survive_emoji_accents_and_combining_marks() {
    let text = "😀 é\u{301} «\u{200F}שלום». Officials said the plant was closed. Putin said it was open 👩‍👩‍👧.";
    let a = analyze_ok(text, "en");
    let anon = a.sentences.iter().find(|s| s.labels.contains(Category::AnonymousSource)).expect("the anonymous sentence");
    assert_eq!(anon.span.slice(text), "Officials said the plant was closed.");
    assert!(anon.cues.iter().any(|c| c.span.slice(text).starts_with("Officials")), "{:?}", anon.cues);
    let named = a.sentences.iter().find(|s| s.labels.contains(Category::NamedSource)).expect("the named sentence");
    assert_eq!(named.span.slice(text), "Putin said it was open 👩‍👩‍👧.");
}

/// BUG-1: `html::push_text` slices `rest[..12]` after every `&`, which
/// panics when byte 12 falls inside a character ("AT&ééééééé").
#[test]
fn html_entity_scan_does_not_cut_a_character() {
    assert_eq!(html::visible_text("<p>AT&ééééééé; x</p>").trim(), "AT&ééééééé; x");
    assert_eq!(html::visible_text("<p>R&D à l’école, selon une source.</p>").trim(), "R&D à l’école, selon une source.");
}

/// BUG-3: `html::looks_like_html` takes `text.len()` bytes of the *trimmed*
/// text, so leading whitespace (or a character across byte 1024) makes it
/// see nothing and call a page plain text.
#[test]
fn html_is_recognised_after_leading_whitespace_and_long_accented_heads() {
    assert!(html::looks_like_html("<html><body><p>x</p></body></html>"));
    assert!(html::looks_like_html("\n<html><body><p>x</p></body></html>"), "leading newline");
    let long = format!("<!doctype html><html><body><p>a{}</p></body></html>", "é".repeat(600));
    for pad in 0..2 {
        let page = format!("{}{long}", " ".repeat(pad));
        assert!(html::looks_like_html(&page), "{} bytes, pad {pad}", page.len());
    }
}

// ---------------------------------------------------------------------------
// Pathological sizes: each must finish; the time is printed, not asserted.

fn timed<T>(what: &str, bytes: usize, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    eprintln!("{what}: {:.1} MB in {:.2?}", bytes as f64 / 1e6, t.elapsed());
    out
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len() + 1)
}

#[test]
fn five_megabytes_on_one_line() {
    let text = repeat_to("Moscou aurait ciblé la ville 😀, selon une source proche du dossier. Le président a déclaré « c'est fini ». Officials said so. ", 5_000_000);
    let a = timed("5 MB single line", text.len(), || analyze(&text, "auto").unwrap());
    assert_well_formed(&text, &a);
    assert!(a.sentences.len() > 100_000, "{} sentences", a.sentences.len());
    assert!(a.summary.anonymous_source > 0 && a.summary.named_source > 0);
}

#[test]
fn hundred_thousand_short_sentences() {
    let text = repeat_to("Officials said so. Yes. ", 100_000 * 12);
    let a = timed("100 000 short sentences", text.len(), || analyze(&text, "en").unwrap());
    assert_well_formed(&text, &a);
    assert!(a.sentences.len() >= 100_000, "{} sentences", a.sentences.len());
    let parts: Vec<&str> = text.split_inclusive(". ").take(100_000).collect();
    let b = timed("100 000 given sentences", text.len(), || analyze_sentences(&parts, "en").unwrap());
    assert_sentences_well_formed(&parts, &b);
}

#[test]
fn only_quotes() {
    for unit in ["\"", "« ", "»", "“”", "\" ' ", "‘’„‹›"] {
        let text = repeat_to(unit, 200_000);
        for lang in ["fr", "en", "auto"] {
            let a = timed(&format!("only quotes {unit:?} ({lang})"), text.len(), || analyze(&text, lang).unwrap());
            assert_well_formed(&text, &a);
        }
    }
}

#[test]
fn only_punctuation() {
    for unit in [".", ". ", "!?", "… ", ", ; : ", "()[]", "- – — ", ". A"] {
        let text = repeat_to(unit, 200_000);
        for lang in ["fr", "en"] {
            let a = timed(&format!("only punctuation {unit:?} ({lang})"), text.len(), || analyze(&text, lang).unwrap());
            assert_well_formed(&text, &a);
        }
    }
}

/// Regression: `token::is_url_start` once lower-cased the whole rest of
/// the text whenever the 8th byte after a token start fell inside a
/// character, so accented text cost O(n²) bytes (a 5 MB French page did not
/// finish; fixed in 43ad2b9). Counted, not timed.
#[test]
fn tokenizing_accented_text_allocates_linearly() {
    let text = repeat_to("Moscou aurait ciblé la ville, selon une source proche du dossier. Le président a déclaré « c'est fini ». ", 100_000);
    let (a, bytes) = counting::allocated_by(|| analyze(&text, "fr").unwrap());
    assert_well_formed(&text, &a);
    eprintln!("analysing {} bytes of French allocated {bytes} bytes ({}×)", text.len(), bytes / text.len());
    assert!(bytes < 400 * text.len(), "analysing {} bytes allocated {bytes} bytes: quadratic?", text.len());
}

/// Sentences with no full stop (a table, a list flattened by a page) can be
/// long; the rules must stay linear in a sentence's length.
const NO_STOP_FR: &str = "une source a dit il aurait vu la ville et ";
const NO_STOP_EN: &str = "according to a source close to the matter officials said and ";

#[test]
fn one_long_sentence_without_a_full_stop() {
    // 20 KB: BUG-2 makes this quadratic in the sentence's length (see the
    // ignored 1 MB version below).
    for (unit, lang) in [(NO_STOP_FR, "fr"), (NO_STOP_EN, "en")] {
        let text = repeat_to(unit, 20_000);
        let a = timed(&format!("20 KB sentence without a full stop, {lang}"), text.len(), || analyze(&text, lang).unwrap());
        assert_well_formed(&text, &a);
        assert_eq!(a.sentences.len(), 1);
    }
}

/// Regression for BUG-2 (quadratic in the length of one sentence): with
/// the per-sentence first positions it runs in about 0.15 s (release).
#[test]
fn one_megabyte_sentence_without_a_full_stop() {
    for (unit, lang) in [(NO_STOP_FR, "fr"), (NO_STOP_EN, "en")] {
        let text = repeat_to(unit, 1_000_000);
        let a = timed(&format!("1 MB sentence without a full stop, {lang}"), text.len(), || analyze(&text, lang).unwrap());
        assert_well_formed(&text, &a);
    }
}
