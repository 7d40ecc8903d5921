//! Helpers shared by the table-driven test binaries (`cues`, `redteam_en`,
//! `redteam_fr`): label shorthands and checks of the labels the engine gives
//! to a few given sentences.
#![allow(dead_code, unused_macros)] // each binary uses its share

use sourcelight::{analyze_sentences, Category};

pub const A: Category = Category::AnonymousSource;
pub const U: Category = Category::Unverified;
pub const N: Category = Category::NamedSource;

fn sorted(v: &[Category]) -> Vec<Category> {
    let mut v = v.to_vec();
    v.sort();
    v
}

/// The exact own labels (or, with `context`, inherited labels) of the last
/// of `texts`, each text one sentence of one document.
#[track_caller]
pub fn check_last(lang: &str, texts: &[&str], want: &[Category], context: bool) {
    let a = analyze_sentences(texts, lang).unwrap();
    assert_eq!(a.sentences.len(), texts.len(), "one sentence per given text: {texts:?}");
    let s = a.sentences.last().unwrap();
    let text = texts.last().unwrap();
    let got: Vec<Category> = if context { s.context } else { s.labels }.iter().collect();
    let cues: Vec<_> = s.cues.iter().map(|c| format!("{}:{}", c.rule, c.span.slice(text))).collect();
    let which = if context { "context" } else { "own labels" };
    assert_eq!(got, sorted(want), "{which} of {text:?}\n  cues: {cues:?}");
}

/// Own labels, and inherited ones when given, of every sentence of a small
/// document.
#[track_caller]
pub fn check_doc(lang: &str, texts: &[&str], own: &[&[Category]], context: Option<&[&[Category]]>) {
    let a = analyze_sentences(texts, lang).unwrap();
    let got_own: Vec<Vec<Category>> = a.sentences.iter().map(|s| s.labels.iter().collect()).collect();
    let want_own: Vec<Vec<Category>> = own.iter().map(|v| sorted(v)).collect();
    let cues: Vec<Vec<String>> = a.sentences.iter().zip(texts).map(|(s, t)| s.cues.iter().map(|c| format!("{}:{}", c.rule, c.span.slice(t))).collect()).collect();
    assert_eq!(got_own, want_own, "own labels of {texts:?}\n  cues: {cues:?}");
    if let Some(ctx) = context {
        let got: Vec<Vec<Category>> = a.sentences.iter().map(|s| s.context.iter().collect()).collect();
        let want: Vec<Vec<Category>> = ctx.iter().map(|v| sorted(v)).collect();
        assert_eq!(got, want, "context labels of {texts:?}");
    }
}

// Table macros for the binaries that `#[macro_use] mod common;` and define
// `fn check(texts: &[&str], want: &[Category], context: bool)` for their
// language: `t!(name, sentence, [labels])` asserts the exact own labels of a
// one-sentence text; `m!(name, [sentences…], [labels])` the own labels of the
// last sentence of a short text, `mc!` its context labels.
macro_rules! t {
    ($(#[$m:meta])* $name:ident, $text:expr, [$($c:expr),*]) => {
        $(#[$m])*
        #[test]
        fn $name() {
            check(&[$text], &[$($c),*], false);
        }
    };
}

macro_rules! m {
    ($(#[$m:meta])* $name:ident, [$($s:expr),+], [$($c:expr),*]) => {
        $(#[$m])*
        #[test]
        fn $name() {
            check(&[$($s),+], &[$($c),*], false);
        }
    };
}

macro_rules! mc {
    ($(#[$m:meta])* $name:ident, [$($s:expr),+], [$($c:expr),*]) => {
        $(#[$m])*
        #[test]
        fn $name() {
            check(&[$($s),+], &[$($c),*], true);
        }
    };
}

// `doc!(name, [sentences…], [[own]…], [[context]…])`: the own and inherited
// labels of every sentence of a small document, for binaries that define
// `const LANG: &str`.
macro_rules! doc {
    ($(#[$m:meta])* $name:ident, [$($s:expr),*], [$([$($o:expr),*]),*], [$([$($c:expr),*]),*]) => {
        #[test]
        $(#[$m])*
        fn $name() {
            common::check_doc(LANG, &[$($s),*], &[$(&[$($o),*]),*], Some(&[$(&[$($c),*]),*]));
        }
    };
}
