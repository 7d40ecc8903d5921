//! The WebAssembly edge of Sourcelight: the only code that knows JavaScript.
//!
//! It calls the core, converts UTF-8 byte offsets to UTF-16 (what DOM
//! `Range`s count) once, and hands plain objects to JavaScript. `demo`
//! paints the demo page through web-sys.

// The demo paints through the Highlight API, which web-sys only has with
// `--cfg=web_sys_unstable_apis` (set for wasm32 in .cargo/config.toml); the
// rest of the binding also builds and tests natively.
#[cfg(target_arch = "wasm32")]
mod demo;
pub mod utf16;

use serde::Serialize;
use sourcelight::{explain, Analysis, Summary};
use utf16::Utf16Map;
use wasm_bindgen::prelude::*;

#[cfg(target_arch = "wasm32")]
pub use demo::render;

/// A cue as JavaScript sees it (UTF-16 offsets into the analysed text).
#[derive(Serialize)]
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
#[derive(Serialize)]
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

/// The whole result as JavaScript sees it.
#[derive(Serialize)]
pub struct JsAnalysis {
    /// Language analysed, or null when unsupported.
    pub lang: Option<&'static str>,
    /// False when the text is in no supported language.
    pub supported: bool,
    /// Counts and shares.
    pub summary: Summary,
    /// Sentences in order.
    pub sentences: Vec<JsSentence>,
}

/// Converts a core analysis of `text` for JavaScript; explanations in `ui_lang`.
pub fn to_js(text: &str, a: &Analysis, ui_lang: &str) -> JsAnalysis {
    let mut offsets = Vec::with_capacity(a.sentences.len() * 4);
    for s in &a.sentences {
        offsets.extend([s.span.start, s.span.end]);
        for c in &s.cues {
            offsets.extend([c.span.start, c.span.end]);
        }
    }
    let map = Utf16Map::new(text, offsets);
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
    JsAnalysis { lang: a.lang, supported: a.lang.is_some(), summary: a.summary, sentences }
}

/// Analyses `text` in `lang` (a code, or "auto"); explanations in `ui_lang`.
/// Offsets in the result are UTF-16 code units into `text`.
///
/// # Errors
/// An unknown language code.
#[wasm_bindgen]
pub fn analyze(text: &str, lang: &str, ui_lang: &str) -> Result<JsValue, JsError> {
    let a = sourcelight::analyze(text, lang).map_err(|e| JsError::new(&e.to_string()))?;
    to_value(&to_js(text, &a, ui_lang))
}

/// Converts for JavaScript; `None` becomes `null` (not a missing field), as
/// documented (`lang: null` for unsupported text).
pub(crate) fn to_value<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true)).map_err(|e| JsError::new(&e.to_string()))
}

/// The languages the data files define: `[{code, name}]`.
#[wasm_bindgen]
pub fn languages() -> JsValue {
    #[derive(Serialize)]
    struct L {
        code: &'static str,
        name: &'static str,
    }
    let list: Vec<L> = sourcelight::lexicon::languages().iter().map(|l| L { code: &l.code, name: &l.name }).collect();
    serde_wasm_bindgen::to_value(&list).unwrap_or(JsValue::NULL)
}

/// The explanation of a rule or category in a language (English fallback).
#[wasm_bindgen(js_name = explain)]
pub fn explain_js(rule: &str, lang: &str) -> String {
    explain(rule, lang).to_string()
}
