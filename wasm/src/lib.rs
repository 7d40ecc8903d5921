//! The WebAssembly edge of Sourcelight: the only code that knows JavaScript.
//!
//! It calls the core, converts UTF-8 byte offsets to UTF-16 (what DOM
//! `Range`s count) once, and hands plain objects to JavaScript: the
//! sentences, their cues, and who speaks. `demo` paints the demo page
//! through web-sys.
//!
//! The `.wasm` carries no language file, only the table of every language
//! (codes, names, detection words, explanations). Its host loads a page's
//! language once: `detect(text)` names it (for `auto`), the host fetches
//! `lang/<code>.lang` from its own files and hands its text to
//! `load_language`; `analyze` and `render` refuse a language not loaded
//! rather than answer without its data.

// The demo paints through the Highlight API, which web-sys only has with
// `--cfg=web_sys_unstable_apis` (set for wasm32 in .cargo/config.toml); the
// rest of the binding also builds and tests natively.
#[cfg(target_arch = "wasm32")]
mod demo;
pub mod utf16;

use sourcelight::speakers::SpeakerKind;
use sourcelight::{explain, Analysis, Summary};
use utf16::Utf16Map;
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
pub use demo::render;

/// A cue as JavaScript sees it (UTF-16 offsets into the analysed text).
pub struct JsCue {
    /// Start, UTF-16 code units.
    pub start: u32,
    /// End, UTF-16 code units.
    pub end: u32,
    /// Label name.
    pub category: &'static str,
    /// Rule that found it.
    pub rule: &'static str,
    /// The cue's words.
    pub text: String,
    /// One-line explanation in the reader's language.
    pub explanation: &'static str,
    /// The same in the page's language.
    pub explanation_page: &'static str,
}

/// A sentence as JavaScript sees it.
pub struct JsSentence {
    /// Start, UTF-16 code units.
    pub start: u32,
    /// End, UTF-16 code units.
    pub end: u32,
    /// Own labels.
    pub labels: Vec<&'static str>,
    /// Inherited labels.
    pub context: Vec<&'static str>,
    /// Cues behind the labels.
    pub cues: Vec<JsCue>,
}

/// A speaker of the text as JavaScript sees it.
pub struct JsSpeaker {
    /// Its kind's name (`named_person`, `named_institution`, `unnamed`, `impersonal`).
    pub kind: &'static str,
    /// Start of its words as first written, UTF-16 code units.
    pub start: u32,
    /// End of those words, UTF-16 code units.
    pub end: u32,
    /// Those words.
    pub text: String,
    /// The indices of the sentences where it speaks, in order.
    pub sentences: Vec<u32>,
}

/// The whole result as JavaScript sees it.
pub struct JsAnalysis {
    /// Language analysed, or null when unsupported.
    pub lang: Option<&'static str>,
    /// False when the text is in no supported language.
    pub supported: bool,
    /// Counts and shares.
    pub summary: Summary,
    /// Sentences in order.
    pub sentences: Vec<JsSentence>,
    /// Who speaks, in order of first appearance.
    pub speakers: Vec<JsSpeaker>,
}

/// The UTF-16 offsets of every sentence and cue boundary of `a`, and of
/// every speaker's first words.
fn utf16_map(text: &str, a: &Analysis) -> Utf16Map {
    let mut offsets = Vec::with_capacity(a.sentences.len() * 4 + a.speakers.len() * 2);
    for s in &a.sentences {
        offsets.extend([s.span.start, s.span.end]);
        for c in &s.cues {
            offsets.extend([c.span.start, c.span.end]);
        }
    }
    for sp in &a.speakers {
        offsets.extend([sp.first().span.start, sp.first().span.end]);
    }
    Utf16Map::new(text, offsets)
}

/// The index of `kind` in `SpeakerKind::ALL` (the compact form's number).
fn kind_index(kind: SpeakerKind) -> u32 {
    SpeakerKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u32
}

/// Converts a core analysis of `text` for JavaScript; explanations in `ui_lang`.
pub fn to_js(text: &str, a: &Analysis, ui_lang: &str) -> JsAnalysis {
    let map = utf16_map(text, a);
    let page_lang = a.lang.unwrap_or("en");
    let sentences = a
        .sentences
        .iter()
        .map(|s| JsSentence {
            start: map.get(s.span.start),
            end: map.get(s.span.end),
            labels: s.labels.names(),
            context: s.context.names(),
            cues: s
                .cues
                .iter()
                .map(|c| JsCue {
                    start: map.get(c.span.start),
                    end: map.get(c.span.end),
                    category: c.category.as_str(),
                    rule: c.rule,
                    text: c.span.slice(text).to_string(),
                    explanation: explain(c.rule, ui_lang),
                    explanation_page: explain(c.rule, page_lang),
                })
                .collect(),
        })
        .collect();
    let speakers = a
        .speakers
        .iter()
        .map(|sp| {
            let first = sp.first().span;
            JsSpeaker {
                kind: sp.kind.as_str(),
                start: map.get(first.start),
                end: map.get(first.end),
                text: first.slice(text).to_string(),
                sentences: sp.sentences().map(|k| k as u32).collect(),
            }
        })
        .collect();
    JsAnalysis { lang: a.lang, supported: a.lang.is_some(), summary: a.summary, sentences, speakers }
}

/// Analyses `text` in `lang` (a code, or "auto"); explanations in `ui_lang`.
/// Offsets in the result are UTF-16 code units into `text`.
///
/// # Errors
/// An unknown language code, or a language whose file is not loaded yet
/// (see `load_language`).
#[wasm_bindgen]
pub fn analyze(text: &str, lang: &str, ui_lang: &str) -> Result<JsValue, JsError> {
    let a = analyze_core(text, lang)?;
    Ok(analysis_value(&to_js(text, &a, ui_lang)))
}

// JavaScript objects are built by hand: serde-wasm-bindgen cost the .wasm
// about 6 KB for these few shapes (the page download budget is tight).

/// A plain object from (key, value) pairs, in order.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// An array of strings.
fn names(list: &[&str]) -> JsValue {
    list.iter().map(|n| JsValue::from_str(n)).collect::<js_sys::Array>().into()
}

fn summary_value(s: &Summary) -> JsValue {
    let n = |k: usize| JsValue::from_f64(k as f64);
    object(&[
        ("sentences", n(s.sentences)),
        ("named_source", n(s.named_source)),
        ("anonymous_source", n(s.anonymous_source)),
        ("unverified", n(s.unverified)),
        ("flagged", n(s.flagged)),
        ("share_named", JsValue::from_f64(s.share_named)),
        ("share_anonymous", JsValue::from_f64(s.share_anonymous)),
        ("share_unverified", JsValue::from_f64(s.share_unverified)),
    ])
}

/// `JsAnalysis` as a plain object (`lang: null` for unsupported text).
pub(crate) fn analysis_value(a: &JsAnalysis) -> JsValue {
    let n = |k: u32| JsValue::from_f64(k as f64);
    let sentences: js_sys::Array = a
        .sentences
        .iter()
        .map(|s| {
            let cues: js_sys::Array = s
                .cues
                .iter()
                .map(|c| {
                    object(&[
                        ("start", n(c.start)),
                        ("end", n(c.end)),
                        ("category", JsValue::from_str(c.category)),
                        ("rule", JsValue::from_str(c.rule)),
                        ("text", JsValue::from_str(&c.text)),
                        ("explanation", JsValue::from_str(c.explanation)),
                        ("explanation_page", JsValue::from_str(c.explanation_page)),
                    ])
                })
                .collect();
            object(&[
                ("start", n(s.start)),
                ("end", n(s.end)),
                ("labels", names(&s.labels)),
                ("context", names(&s.context)),
                ("cues", cues.into()),
            ])
        })
        .collect();
    let speakers: js_sys::Array = a
        .speakers
        .iter()
        .map(|sp| {
            object(&[
                ("kind", JsValue::from_str(sp.kind)),
                ("start", n(sp.start)),
                ("end", n(sp.end)),
                ("text", JsValue::from_str(&sp.text)),
                ("sentences", sp.sentences.iter().map(|&k| n(k)).collect::<js_sys::Array>().into()),
            ])
        })
        .collect();
    object(&[
        ("lang", a.lang.map_or(JsValue::NULL, JsValue::from_str)),
        ("supported", JsValue::from_bool(a.supported)),
        ("summary", summary_value(&a.summary)),
        ("sentences", sentences.into()),
        ("speakers", speakers.into()),
    ])
}

/// The analysis of `text` in the compact form the extension's worker sends
/// its content script (see `extension/README.md`): numbers in typed
/// arrays, names once, no text the caller already has.
///
/// `{lang, supported, summary, categories, rules, kinds, sentences, cues,
/// speakers}`: `sentences` holds five numbers per sentence (start, end,
/// labels, context, number of cues), `cues` four per cue, the sentences'
/// cues in order (start, end, category, rule); `speakers`, in order of first
/// appearance, four numbers per speaker (kind, start, end of its words as
/// first written, number `n` of its sentences) then the indices of those
/// `n` sentences. Offsets are UTF-16 code units into `text`; `labels` and
/// `context` are bit sets (bit `k` is `categories[k]`); a cue's category
/// and rule index `categories` and `rules`, a speaker's kind `kinds`. A
/// cue's words are `text.slice(start, end)`; its explanation is
/// `explanations(uiLang)[rule name]`.
///
/// # Errors
/// As `analyze`.
#[wasm_bindgen]
pub fn analyze_compact(text: &str, lang: &str) -> Result<JsValue, JsError> {
    use sourcelight::Category;
    let a = analyze_core(text, lang)?;
    let map = utf16_map(text, &a);
    let bits = |l: &sourcelight::Labels| l.iter().fold(0u32, |b, c| b | 1 << Category::ALL.iter().position(|x| *x == c).unwrap_or(0));
    let mut rules: Vec<&'static str> = Vec::new();
    let (mut sentences, mut cues) = (Vec::with_capacity(a.sentences.len() * 5), Vec::new());
    for s in &a.sentences {
        sentences.extend([map.get(s.span.start), map.get(s.span.end), bits(&s.labels), bits(&s.context), s.cues.len() as u32]);
        for c in &s.cues {
            let rule = rules.iter().position(|r| *r == c.rule).unwrap_or_else(|| {
                rules.push(c.rule);
                rules.len() - 1
            });
            let category = Category::ALL.iter().position(|x| *x == c.category).unwrap_or(0);
            cues.extend([map.get(c.span.start), map.get(c.span.end), category as u32, rule as u32]);
        }
    }
    let mut speakers = Vec::new();
    for sp in &a.speakers {
        let first = sp.first().span;
        speakers.extend([kind_index(sp.kind), map.get(first.start), map.get(first.end), sp.mentions.len() as u32]);
        speakers.extend(sp.sentences().map(|k| k as u32));
    }
    Ok(object(&[
        ("lang", a.lang.map_or(JsValue::NULL, JsValue::from_str)),
        ("supported", JsValue::from_bool(a.lang.is_some())),
        ("summary", summary_value(&a.summary)),
        ("categories", names(&Category::ALL.map(Category::as_str))),
        ("rules", names(&rules)),
        ("kinds", names(&SpeakerKind::ALL.map(SpeakerKind::as_str))),
        ("sentences", js_sys::Uint32Array::from(&sentences[..]).into()),
        ("cues", js_sys::Uint32Array::from(&cues[..]).into()),
        ("speakers", js_sys::Uint32Array::from(&speakers[..]).into()),
    ]))
}

/// Every rule's explanation in `lang` (English where it has none):
/// `{rule: text}`, for `analyze_compact`'s callers.
#[wasm_bindgen]
pub fn explanations(lang: &str) -> JsValue {
    let out = js_sys::Object::new();
    for rule in sourcelight::explain::RULES {
        let _ = js_sys::Reflect::set(&out, &JsValue::from_str(rule), &JsValue::from_str(explain(rule, lang)));
    }
    out.into()
}

/// The core's analysis, after checking that the language it needs is loaded.
pub(crate) fn analyze_core(text: &str, lang: &str) -> Result<Analysis, JsError> {
    let wanted = match lang.trim().to_ascii_lowercase() {
        l if l.is_empty() || l == "auto" => sourcelight::detect::detect_code(text).map(str::to_string),
        l => l.split(['-', '_']).next().map(str::to_string),
    };
    if let Some(code) = wanted.filter(|c| is_known(c) && sourcelight::lexicon::language(c).is_none()) {
        return Err(JsError::new(&format!("language `{code}` is not loaded (load_language)")));
    }
    sourcelight::analyze(text, lang).map_err(|e| JsError::new(&e.to_string()))
}

fn is_known(code: &str) -> bool {
    sourcelight::lexicon::catalog().iter().any(|l| l.code == code)
}

/// The code of the language `text` is most likely in (among all languages,
/// loaded or not), or `undefined` when none: the language file to load
/// before analysing it with `auto`.
#[wasm_bindgen]
pub fn detect(text: &str) -> Option<String> {
    sourcelight::detect::detect_code(text).map(str::to_string)
}

/// Loads a language from the text of its file (`lang/<code>.lang`, as
/// `build.sh` writes it) and returns its code; loading it again does
/// nothing. A loaded language stays for the life of the module.
///
/// # Errors
/// The text is no language file of this build.
#[wasm_bindgen]
pub fn load_language(text: &str) -> Result<String, JsError> {
    let lex = sourcelight::lexicon::load("lang", text).map_err(|e| JsError::new(&e.to_string()))?;
    if !is_known(&lex.code) {
        return Err(JsError::new(&format!("`{}` is no language of this build", lex.code)));
    }
    Ok(lex.code.clone())
}

/// The languages the data files define, loaded or not: `[{code, name, loaded}]`.
#[wasm_bindgen]
pub fn languages() -> JsValue {
    sourcelight::lexicon::catalog()
        .iter()
        .map(|l| {
            let loaded = sourcelight::lexicon::language(&l.code).is_some();
            object(&[("code", JsValue::from_str(&l.code)), ("name", JsValue::from_str(&l.name)), ("loaded", JsValue::from_bool(loaded))])
        })
        .collect::<js_sys::Array>()
        .into()
}

/// The explanation of a rule or category in a language (English fallback).
#[wasm_bindgen(js_name = explain)]
pub fn explain_js(rule: &str, lang: &str) -> String {
    explain(rule, lang).to_string()
}
