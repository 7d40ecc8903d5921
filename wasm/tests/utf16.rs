//! The byte → UTF-16 offset map and the JavaScript-facing result, natively
//! (no browser): every converted offset is the UTF-16 length of the text
//! before it, and slicing the UTF-16 encoding with converted offsets gives
//! back exactly the bytes' text.
//!
//! Run: `cargo test -p sourcelight-wasm --test utf16`.

use sourcelight_wasm::{to_js, utf16::Utf16Map};

/// Characters of every UTF-8 width and UTF-16 surrogate pairs, combining
/// marks, RTL, joiners, NUL, and the words that make the core find cues.
const PIECES: &[&str] = &[
    "a", "Z", " ", ".", "\n", "\0", "é", "e\u{301}", "ß", "ẞ", "İ", "€", "中", "😀", "👩‍👩‍👧", "🇫🇷", "\u{10FFFF}", "\u{FEFF}",
    "שלום", "مرحبا", "\u{200F}", "«", "»", "“", "”", "'", "\"", "Officials said ", "the plant was closed. ", "Putin said ",
    "selon une source ", "aurait ciblé ", "according to officials, ", "allegedly ",
];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 as usize
    }

    fn text(&mut self, max_pieces: usize) -> String {
        let n = self.next() % (max_pieces + 1);
        (0..n).map(|_| PIECES[self.next() % PIECES.len()]).collect()
    }
}

fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices().map(|(b, _)| b).chain([text.len()]).collect()
}

fn utf16_len(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

#[track_caller]
fn assert_round_trip(text: &str, offsets: Vec<usize>) {
    let map = Utf16Map::new(text, offsets.clone());
    let units: Vec<u16> = text.encode_utf16().collect();
    for &b in &offsets {
        assert_eq!(map.get(b), utf16_len(&text[..b]), "byte {b} of {text:?}");
    }
    // Slicing the UTF-16 encoding between converted offsets gives the same
    // text as slicing the bytes.
    for w in offsets.windows(2) {
        let (a, b) = (w[0].min(w[1]), w[0].max(w[1]));
        let back = String::from_utf16(&units[map.get(a) as usize..map.get(b) as usize]).expect("no split surrogate pair");
        assert_eq!(back, &text[a..b], "bytes {a}..{b} of {text:?}");
    }
}

#[test]
fn every_char_boundary_converts() {
    let text: String = PIECES.concat();
    assert_round_trip(&text, boundaries(&text));
    assert_round_trip("", vec![0]);
    assert_round_trip("😀", vec![0, 4]);
    assert_eq!(Utf16Map::new("😀é", vec![4, 0, 6, 4]).get(6), 3, "any order, duplicates allowed");
}

#[test]
fn random_texts_and_offsets_round_trip() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for _ in 0..500 {
        let text = rng.text(40);
        let all = boundaries(&text);
        // A random subset, in random order, with duplicates.
        let offsets: Vec<usize> = (0..rng.next() % 20 + 1).map(|_| all[rng.next() % all.len()]).collect();
        assert_round_trip(&text, offsets);
    }
}

#[test]
fn offsets_past_the_text_stop_at_its_end() {
    // Not a documented use, but it must not loop or panic.
    let m = Utf16Map::new("é😀", vec![0, 6, 100]);
    assert_eq!((m.get(0), m.get(6), m.get(100)), (0, 3, 3));
}

#[test]
#[should_panic(expected = "offset registered")]
fn an_unregistered_offset_is_a_caller_bug() {
    Utf16Map::new("abc", vec![0, 3]).get(1);
}

/// The result handed to JavaScript: every sentence, cue and speaker offset
/// slices the UTF-16 text to the same string as the core's byte span.
#[test]
fn to_js_offsets_match_the_core_spans() {
    load_languages();
    let mut rng = Rng(0xC0FF_EE00_1234_5678);
    let (mut cues_seen, mut speakers_seen) = (0, 0);
    for k in 0..300 {
        let text = if k == 0 { "😀 é\u{301}. Officials said the plant was closed. Putin said it was open.".to_string() } else { rng.text(30) };
        let units: Vec<u16> = text.encode_utf16().collect();
        let slice = |s: u32, e: u32| String::from_utf16(&units[s as usize..e as usize]).unwrap();
        for lang in ["en", "fr", "auto"] {
            let a = sourcelight::analyze(&text, lang).unwrap();
            let js = to_js(&text, &a, "en");
            assert_eq!(js.sentences.len(), a.sentences.len());
            assert_eq!(js.supported, a.lang.is_some());
            for (s, core) in js.sentences.iter().zip(&a.sentences) {
                assert_eq!(slice(s.start, s.end), core.span.slice(&text), "sentence of {text:?}");
                assert_eq!(s.cues.len(), core.cues.len());
                for (c, cc) in s.cues.iter().zip(&core.cues) {
                    assert_eq!(slice(c.start, c.end), cc.span.slice(&text), "cue of {text:?}");
                    assert_eq!(c.text, cc.span.slice(&text));
                    cues_seen += 1;
                }
            }
            assert_eq!(js.speakers.len(), a.speakers.len());
            for (sp, core) in js.speakers.iter().zip(&a.speakers) {
                assert_eq!(slice(sp.start, sp.end), core.first().span.slice(&text), "speaker of {text:?}");
                assert_eq!(sp.text, core.first().span.slice(&text));
                assert_eq!(sp.kind, core.kind.as_str());
                assert!(sp.sentences.iter().copied().eq(core.sentences().map(|k| k as u32)));
                speakers_seen += 1;
            }
        }
    }
    assert!(cues_seen > 50, "the texts should reach the rules ({cues_seen} cues)");
    assert!(speakers_seen > 20, "and name speakers ({speakers_seen})");
}

/// Every language file, loaded once: the .wasm embeds none (the extension
/// and the demo load the page's language; see `load_language`).
fn load_languages() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        for text in [
            include_str!("../../data/de.lang"),
            include_str!("../../data/en.lang"),
            include_str!("../../data/es.lang"),
            include_str!("../../data/fr.lang"),
            include_str!("../../data/it.lang"),
            include_str!("../../data/pt.lang"),
        ] {
            sourcelight::lexicon::load("test", text).expect("a data file");
        }
    });
}
