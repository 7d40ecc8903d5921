//! The demo page paints its own text from Rust, through web-sys: the text
//! goes into a container as one text node, and each labelled sentence and
//! cue becomes a `Range` in a CSS Custom Highlight. Where the Highlight API
//! is missing, the page falls back on its own (see `www/main.js`).

use wasm_bindgen::prelude::*;
use web_sys::{AbstractRange, Highlight};

/// Highlight names, one per category, and one for cue words.
pub const HIGHLIGHTS: &[&str] = &["sl-anonymous_source", "sl-unverified", "sl-named_source", "sl-cue"];

/// Puts `text` into the element `container_id`, analyses it and paints the
/// result; returns the analysis (as `analyze` does). Explanations in `ui_lang`.
///
/// # Errors
/// No such element, an unknown language or one not loaded, or a browser without the CSS
/// Custom Highlight API (the caller then paints its fallback).
#[wasm_bindgen]
pub fn render(container_id: &str, text: &str, lang: &str, ui_lang: &str) -> Result<JsValue, JsError> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsError::new("no document"))?;
    let container = document.get_element_by_id(container_id).ok_or_else(|| JsError::new(&format!("no element #{container_id}")))?;
    container.set_text_content(Some(text));
    let a = crate::analyze_core(text, lang)?;
    let js = crate::to_js(text, &a, ui_lang);
    let value = crate::analysis_value(&js);
    if !highlight_api_available() {
        return Err(JsError::new("CSS Custom Highlight API unavailable"));
    }
    let registry = web_sys::css::JsNamespaceCss::highlights();
    // An empty text leaves nothing to paint, and nothing of before.
    let Some(node) = container.first_child() else {
        for name in HIGHLIGHTS {
            registry.delete(name);
        }
        return Ok(value);
    };
    let mut sets: Vec<(&str, Vec<AbstractRange>)> = HIGHLIGHTS.iter().map(|h| (*h, Vec::new())).collect();
    let range = |start: u32, end: u32| -> Result<AbstractRange, JsValue> {
        let r = document.create_range()?;
        r.set_start(&node, start)?;
        r.set_end(&node, end)?;
        Ok(AbstractRange::clone(&r))
    };
    for s in &js.sentences {
        for label in &s.labels {
            if let Some((_, v)) = sets.iter_mut().find(|(h, _)| h.strip_prefix("sl-") == Some(label)) {
                v.push(range(s.start, s.end).map_err(js_err)?);
            }
        }
        for c in s.cues.iter().filter(|c| c.category != "named_source") {
            sets[3].1.push(range(c.start, c.end).map_err(js_err)?);
        }
    }
    for (name, ranges) in sets {
        let h = Highlight::new(&ranges).map_err(js_err)?;
        registry.set(name, &h);
    }
    Ok(value)
}

fn js_err(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| format!("{e:?}")))
}

/// True when `CSS.highlights` exists (Chromium 105+, Firefox 140+, Safari 17.2+).
pub fn highlight_api_available() -> bool {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &"CSS".into())
        .ok()
        .filter(|css| !css.is_undefined())
        .and_then(|css| js_sys::Reflect::get(&css, &"highlights".into()).ok())
        .is_some_and(|h| !h.is_undefined())
}
