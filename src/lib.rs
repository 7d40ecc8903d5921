//! Sourcelight's core: finds the sentences of a news text whose claims rest
//! on anonymous sources, the claims the text marks as unverified, and those
//! sourced on the record.
//!
//! Plain Rust with no web dependency: the same core serves the native CLI
//! and, through the thin binding in `wasm/`, the browser extension.
//!
//! ```
//! use sourcelight::{analyze, Category};
//!
//! let a = analyze("Officials said the plant was closed. Putin said it was open.", "en").unwrap();
//! assert_eq!(a.sentences.len(), 2);
//! assert!(a.sentences[0].labels.contains(Category::AnonymousSource));
//! assert!(a.sentences[1].labels.contains(Category::NamedSource));
//! ```
//!
//! Offsets are UTF-8 byte offsets into the analysed text, half-open.
//! Language knowledge (phrases, reporting verbs, abbreviations…) is data:
//! one file per language in `data/`, embedded at build time (feature
//! `embed-languages`, the default) or, in the `.wasm`, loaded when a page
//! needs it (`lexicon::load`).
#![deny(missing_docs)]

mod analyze;
mod category;
#[cfg(feature = "page")]
pub mod charset;
pub mod detect;
pub mod eval;
pub mod explain;
mod fold;
mod norm;
pub mod html;
pub mod lexicon;
mod lower;
#[cfg(feature = "page")]
pub mod page;
pub mod rules;
pub mod segment;
mod sort;
#[cfg(feature = "page")]
mod stylesheet;
mod span;
pub mod speakers;
pub mod summary;
pub mod token;

pub use analyze::{analyze, analyze_sentences, resolve_language, Analysis, Cue, Sentence, UnknownLanguage};
pub use category::{Category, Labels};
pub use explain::explain;
pub use span::Span;
pub use summary::Summary;
