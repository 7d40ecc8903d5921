//! The binding in a real browser (headless Chromium through
//! wasm-bindgen-test): the objects `analyze` hands to JavaScript, who
//! speaks in them and in `analyze_compact`'s arrays, UTF-16 offsets that
//! slice JavaScript strings, `languages`, `explain`, and
//! `render` painting CSS Custom Highlights on a real DOM element; languages
//! loaded one at a time (`detect`, `load_language`).
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p sourcelight-wasm
//! --target wasm32-unknown-unknown --test web` (not `-q`: the runner rejects it).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use sourcelight_wasm::{analyze, analyze_compact, detect, explain_js, languages, load_language, render};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ANON_EN: &str = "Officials said the plant was closed.";
const NAMED_EN: &str = "Putin said it was open.";
const ANON_FR: &str = "Moscou aurait ciblé la ville, selon une source proche du dossier.";

/// English and French, loaded as the extension loads a page's language
/// (German is left to `a_language_is_loaded_when_needed`).
fn ready() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        assert_eq!(load_language(include_str!("../../data/en.lang")).ok().as_deref(), Some("en"));
        assert_eq!(load_language(include_str!("../../data/fr.lang")).ok().as_deref(), Some("fr"));
    });
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    let v = Reflect::get(obj, &key.into()).unwrap_or_else(|_| panic!("no `{key}`"));
    assert!(!v.is_undefined(), "`{key}` is undefined in {obj:?}");
    v
}

fn num(obj: &JsValue, key: &str) -> u32 {
    let v = get(obj, key).as_f64().unwrap_or_else(|| panic!("`{key}` is not a number"));
    assert!(v >= 0.0 && v.fract() == 0.0, "`{key}` = {v}");
    v as u32
}

fn string(obj: &JsValue, key: &str) -> String {
    get(obj, key).as_string().unwrap_or_else(|| panic!("`{key}` is not a string"))
}

fn array(obj: &JsValue, key: &str) -> Vec<JsValue> {
    let v = get(obj, key);
    assert!(Array::is_array(&v), "`{key}` is not an array");
    Array::from(&v).iter().collect()
}

fn strings(obj: &JsValue, key: &str) -> Vec<String> {
    array(obj, key).iter().map(|v| v.as_string().expect("a string")).collect()
}

fn sentences(a: &JsValue) -> Vec<JsValue> {
    array(a, "sentences")
}

/// `s.substring(start, end)` of the JavaScript string.
fn slice(js: &JsString, obj: &JsValue) -> String {
    js.substring(num(obj, "start"), num(obj, "end")).into()
}

#[wasm_bindgen_test]
fn analyze_returns_plain_objects_with_the_documented_fields() {
    ready();
    let text = format!("{ANON_EN} {NAMED_EN}");
    let a = analyze(&text, "en", "en").expect("analyze");
    assert_eq!(get(&a, "lang").as_string().as_deref(), Some("en"));
    assert_eq!(get(&a, "supported").as_bool(), Some(true));
    let summary = get(&a, "summary");
    for key in ["sentences", "named_source", "anonymous_source", "unverified", "flagged"] {
        num(&summary, key);
    }
    for key in ["share_named", "share_anonymous", "share_unverified"] {
        let x = get(&summary, key).as_f64().expect("a share");
        assert!((0.0..=1.0).contains(&x), "{key} = {x}");
    }
    assert_eq!(num(&summary, "sentences"), 2);
    let ss = sentences(&a);
    assert_eq!(ss.len(), 2);
    assert_eq!(strings(&ss[0], "labels"), ["anonymous_source"]);
    assert_eq!(strings(&ss[1], "labels"), ["named_source"]);
    let known = ["anonymous_source", "unverified", "named_source"];
    for s in &ss {
        assert!(num(s, "start") <= num(s, "end"));
        assert!(strings(s, "context").iter().all(|c| known.contains(&c.as_str())));
        for c in array(s, "cues") {
            assert!(known.contains(&string(&c, "category").as_str()));
            assert!(!string(&c, "rule").is_empty());
            assert!(!string(&c, "text").is_empty());
            assert!(!string(&c, "explanation").is_empty(), "explained in English");
            string(&c, "explanation_page");
            assert!(num(s, "start") <= num(&c, "start") && num(&c, "end") <= num(s, "end"), "cue inside its sentence");
        }
    }
}

#[wasm_bindgen_test]
fn french_clear_case_and_ui_language() {
    ready();
    let a = analyze(ANON_FR, "fr", "en").expect("analyze");
    let s = &sentences(&a)[0];
    let labels = strings(s, "labels");
    assert!(labels.contains(&"anonymous_source".into()) && labels.contains(&"unverified".into()), "{labels:?}");
    let cue = array(s, "cues").into_iter().find(|c| string(c, "category") == "anonymous_source").expect("anonymous cue");
    let rule = string(&cue, "rule");
    assert_eq!(string(&cue, "explanation"), explain_js(&rule, "en"), "explanation in the reader's language");
    assert_eq!(string(&cue, "explanation_page"), explain_js(&rule, "fr"), "and in the page's");
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_the_javascript_string_after_emoji_and_accents() {
    ready();
    let text = "😀 Déjà vu: 👩‍👩‍👧 é\u{301}t\u{e9}. Officials said the plant was closed. Selon une source, c’était « fini ».";
    let js = JsString::from(text);
    let a = analyze(text, "en", "en").expect("analyze");
    let ss = sentences(&a);
    let anon = ss.iter().find(|s| strings(s, "labels").contains(&"anonymous_source".to_string())).expect("a flagged sentence");
    assert_eq!(slice(&js, anon), ANON_EN);
    let cues = array(anon, "cues");
    assert!(!cues.is_empty());
    for c in &cues {
        assert_eq!(slice(&js, c), string(c, "text"), "cue offsets are UTF-16 code units");
    }
    assert!(string(&cues[0], "text").starts_with("Officials"));
    // Every sentence slices to real text, in order.
    let mut prev = 0;
    for s in &ss {
        assert!(num(s, "start") >= prev);
        prev = num(s, "end");
        assert!(prev <= js.length());
        assert!(!slice(&js, s).trim().is_empty());
    }
}

/// A text where a named person speaks twice (the second time by surname)
/// and an unnamed group once, after characters of two UTF-16 units.
const SPEAKERS_EN: &str = "😀 Déjà vu. Eswar Prasad, a trade professor at Cornell, said the talks had stalled. \
                           People familiar with the matter said otherwise. Prasad said he was not surprised.";

#[wasm_bindgen_test]
fn analyze_says_who_speaks_with_utf16_offsets() {
    ready();
    let js = JsString::from(SPEAKERS_EN);
    let a = analyze(SPEAKERS_EN, "en", "en").expect("analyze");
    let ss = sentences(&a);
    let speakers = array(&a, "speakers");
    let seen: Vec<(String, String)> = speakers.iter().map(|sp| (string(sp, "kind"), slice(&js, sp))).collect();
    assert_eq!(seen, [("named_person".into(), "Eswar Prasad, a trade professor at Cornell".into()), ("unnamed".into(), "People familiar with the matter".into())]);
    for sp in &speakers {
        assert_eq!(slice(&js, sp), string(sp, "text"));
    }
    let prasad: Vec<String> = array(&speakers[0], "sentences").iter().map(|k| slice(&js, &ss[k.as_f64().unwrap() as usize])).collect();
    assert_eq!(prasad, ["Eswar Prasad, a trade professor at Cornell, said the talks had stalled.", "Prasad said he was not surprised."]);
}

#[wasm_bindgen_test]
fn analyze_compact_carries_the_same_speakers_in_numbers() {
    ready();
    let a = analyze(SPEAKERS_EN, "en", "en").expect("analyze");
    let c = analyze_compact(SPEAKERS_EN, "en").expect("analyze_compact");
    let kinds = strings(&c, "kinds");
    assert_eq!(kinds, ["named_person", "named_institution", "unnamed", "impersonal"]);
    let numbers = js_sys::Uint32Array::from(get(&c, "speakers")).to_vec();
    // [kind, start, end, n, sentence × n] a speaker.
    let mut decoded = Vec::new();
    let mut k = 0;
    while k < numbers.len() {
        let n = numbers[k + 3] as usize;
        decoded.push((kinds[numbers[k] as usize].clone(), numbers[k + 1], numbers[k + 2], numbers[k + 4..k + 4 + n].to_vec()));
        k += 4 + n;
    }
    let expected: Vec<(String, u32, u32, Vec<u32>)> = array(&a, "speakers")
        .iter()
        .map(|sp| (string(sp, "kind"), num(sp, "start"), num(sp, "end"), array(sp, "sentences").iter().map(|k| k.as_f64().unwrap() as u32).collect()))
        .collect();
    assert_eq!(decoded.len(), 2);
    assert_eq!(decoded, expected);
}

#[wasm_bindgen_test]
fn unknown_language_is_an_error_and_unsupported_text_is_not() {
    ready();
    assert!(analyze(ANON_EN, "zz", "en").is_err());
    let a = analyze("Ĉi tiu frazo estas en Esperanto, kiun neniu datumo konas.", "auto", "en").expect("no error");
    assert_eq!(get(&a, "supported").as_bool(), Some(false));
    // BUG-5: documented as null; serde-wasm-bindgen turns None into undefined.
    assert!(get(&a, "lang").is_null(), "`lang` should be null for unsupported text");
    assert!(sentences(&a).is_empty());
}

#[wasm_bindgen_test]
fn languages_lists_codes_and_names() {
    let list = languages();
    assert!(Array::is_array(&list));
    let list: Vec<JsValue> = Array::from(&list).iter().collect();
    let codes: Vec<String> = list.iter().map(|l| string(l, "code")).collect();
    assert!(codes.contains(&"en".into()) && codes.contains(&"fr".into()), "{codes:?}");
    assert!(list.iter().all(|l| !string(l, "name").is_empty()));
}

#[wasm_bindgen_test]
fn explain_in_french_and_english() {
    assert!(explain_js("anonymous_speaker", "fr").starts_with("Source anonyme"), "{}", explain_js("anonymous_speaker", "fr"));
    assert!(explain_js("anonymous_speaker", "en").starts_with("Anonymous source"));
    assert_eq!(explain_js("allegation", "xx"), explain_js("allegation", "en"), "English fallback");
    for cat in ["anonymous_source", "unverified", "named_source"] {
        assert!(!explain_js(cat, "fr").is_empty() && !explain_js(cat, "en").is_empty(), "{cat}");
        assert_ne!(explain_js(cat, "fr"), explain_js(cat, "en"), "{cat}");
    }
}

/// A fresh `<div id=…>` in the test page's body.
fn container(id: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    if let Some(old) = document.get_element_by_id(id) {
        old.remove();
    }
    let div = document.create_element("div").unwrap();
    div.set_id(id);
    document.body().expect("a body").append_child(&div).unwrap();
    div
}

/// The ranges registered under a highlight name (CSS.highlights is maplike,
/// a Highlight setlike).
fn highlight_ranges(name: &str) -> Vec<web_sys::Range> {
    let registry = web_sys::css::JsNamespaceCss::highlights();
    let registry: &js_sys::Map = registry.unchecked_ref();
    let h = registry.get(&name.into());
    assert!(!h.is_undefined(), "CSS.highlights has no `{name}`");
    let set: &js_sys::Set = h.unchecked_ref();
    let mut out = Vec::new();
    set.for_each(&mut |v, _, _| out.push(v.dyn_into::<web_sys::Range>().expect("a Range")));
    out
}

#[wasm_bindgen_test]
fn render_paints_highlights_on_a_real_element() {
    ready();
    let div = container("sl-test-render");
    let text = format!("😀 Déjà. {ANON_EN} {NAMED_EN} The weather was fine. Officials said it would reopen.");
    let a = render("sl-test-render", &text, "en", "fr").expect("render");
    assert_eq!(div.text_content().as_deref(), Some(text.as_str()), "the container holds the text");
    let js = JsString::from(text.as_str());
    let flagged: Vec<String> =
        sentences(&a).iter().filter(|s| strings(s, "labels").contains(&"anonymous_source".to_string())).map(|s| slice(&js, s)).collect();
    assert_eq!(flagged, [ANON_EN, "Officials said it would reopen."]);
    let ranges = highlight_ranges("sl-anonymous_source");
    assert_eq!(ranges.len(), flagged.len(), "one range per anonymous sentence");
    let painted: Vec<String> = ranges.iter().map(|r| String::from(r.to_string())).collect();
    assert_eq!(painted, flagged);
    let named: Vec<String> = highlight_ranges("sl-named_source").iter().map(|r| String::from(r.to_string())).collect();
    assert_eq!(named, [NAMED_EN]);
    let cues: Vec<String> = highlight_ranges("sl-cue").iter().map(|r| String::from(r.to_string())).collect();
    assert!(cues.iter().any(|c| c.starts_with("Officials")), "{cues:?}");
    assert!(cues.iter().all(|c| flagged.iter().any(|f| f.contains(c.as_str()))), "cue words of flagged sentences only: {cues:?}");
    for r in &ranges {
        assert!(div.contains(Some(&r.start_container().unwrap())), "ranges lie in the container");
    }
    // Who speaks comes with it: the officials, then Putin.
    let speakers: Vec<String> = array(&a, "speakers").iter().map(|sp| slice(&js, sp)).collect();
    assert_eq!(speakers, ["Officials", "Putin"]);
    // The explanations follow the reader's language.
    let cue = &array(&sentences(&a)[1], "cues")[0];
    assert_eq!(string(cue, "explanation"), explain_js(&string(cue, "rule"), "fr"));
}

#[wasm_bindgen_test]
fn render_again_replaces_the_highlights() {
    ready();
    container("sl-test-rerender");
    render("sl-test-rerender", &format!("{ANON_EN} {ANON_EN}"), "en", "en").expect("render");
    assert_eq!(highlight_ranges("sl-anonymous_source").len(), 2);
    let div = container("sl-test-rerender");
    render("sl-test-rerender", NAMED_EN, "en", "en").expect("render");
    assert_eq!(div.text_content().as_deref(), Some(NAMED_EN));
    assert!(highlight_ranges("sl-anonymous_source").is_empty());
    assert_eq!(highlight_ranges("sl-named_source").len(), 1);
}

#[wasm_bindgen_test]
fn render_errors() {
    ready();
    assert!(render("sl-no-such-element", ANON_EN, "en", "en").is_err());
    container("sl-test-badlang");
    assert!(render("sl-test-badlang", ANON_EN, "zz", "en").is_err());
}

#[wasm_bindgen_test]
fn a_language_is_loaded_when_needed() {
    ready();
    let text = "Die Regierung habe nach Angaben aus Kreisen des Ministeriums die Pläne gestoppt, und das ist nicht alles.";
    assert_eq!(detect(text).as_deref(), Some("de"), "detection needs no language file");
    assert!(languages_loaded().contains(&("de".to_string(), false)));
    assert!(analyze(text, "auto", "en").is_err(), "a language not loaded is refused, not analysed without its data");
    assert!(analyze(text, "de", "en").is_err());
    // German explains its cues from its own file: English until it is loaded.
    assert_eq!(explain_js("anonymous_speaker", "de"), explain_js("anonymous_speaker", "en"));
    assert!(load_language("[language]\nname = x\n").is_err(), "no code");
    assert!(load_language("[language]\ncode = zz\n").is_err(), "no language of this build");
    assert_eq!(load_language(include_str!("../../data/de.lang")).ok().as_deref(), Some("de"));
    assert_eq!(load_language(include_str!("../../data/de.lang")).ok().as_deref(), Some("de"), "again: nothing changes");
    assert!(languages_loaded().contains(&("de".to_string(), true)));
    let german = explain_js("anonymous_speaker", "de");
    assert!(!german.is_empty() && german != explain_js("anonymous_speaker", "en"), "{german}");
    let a = analyze(text, "auto", "en").expect("loaded now");
    assert_eq!(get(&a, "lang").as_string().as_deref(), Some("de"));
}

fn languages_loaded() -> Vec<(String, bool)> {
    Array::from(&languages()).iter().map(|l| (string(&l, "code"), get(&l, "loaded").as_bool().unwrap())).collect()
}
