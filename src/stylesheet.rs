//! The elements a saved page's own style sheets hide (`display: none`), so
//! that `src/page.rs` leaves out what the browser does not show
//! (`extension/pagetext.js` skips an element whose computed `display` is
//! `none`). Native builds only (feature `page`).
//!
//! Without a browser there is no cascade, so this reads the sheets
//! conservatively and can only hide less than the browser:
//! - only `<style>` elements (a saved page's linked sheets are on its CDN),
//!   not those inside `<noscript>` or `<template>`, nor a sheet for print;
//! - an element is hidden by a rule outside any at-rule (`@media`,
//!   `@supports`: conditions not evaluated) that sets `display: none`, with
//!   a selector of tags, classes, ids, attributes and combinators only (no
//!   pseudo-class: no state to evaluate);
//! - unless any rule, conditional or not, of any specificity, or its own
//!   `style` attribute, gives it another `display` (a mobile-first
//!   `.menu { display: none } @media (min-width: 40em) { .menu { display:
//!   block } }` shows it); rules for a pseudo-element or a state the page
//!   does not start in (`:hover`, `:focus`, `:target`…) are not read;
//! - `<html>` and `<body>` are never hidden: a page that hides its body
//!   until a script runs (an anti-clickjacking `body { display: none }`) is
//!   shown by that script (nor, in `src/page.rs`, an element holding most of
//!   the article).
//!
//! `visibility: hidden` is not read (a descendant may be visible again).

use dom_query::{Document, Matcher, NodeId, NodeRef};
use std::collections::HashSet;

/// A style rule that sets `display`.
struct Rule {
    selectors: String,
    display: String,
    /// Inside an at-rule (`@media`, `@supports`…) whose condition is not evaluated.
    conditional: bool,
}

/// Pseudo-elements (legacy single-colon ones too) and states a page does not load in.
const NOT_AT_LOAD: &[&str] = &[
    "::", ":before", ":after", ":first-line", ":first-letter", ":hover", ":focus", ":active", ":target", ":visited",
];

/// The elements of `doc` its `<style>` sheets hide, by id.
pub fn hidden_elements(doc: &Document) -> HashSet<NodeId> {
    let mut rules = Vec::new();
    for style in doc.select("style").nodes() {
        let media = style.attr("media").map(|m| m.trim().to_ascii_lowercase()).unwrap_or_default();
        if media.contains("print") && !media.contains("screen") && !media.contains("all") {
            continue;
        }
        if style.ancestors_it(None).any(|a| a.node_name().is_some_and(|n| n.eq_ignore_ascii_case("noscript") || n.eq_ignore_ascii_case("template"))) {
            continue;
        }
        parse_rules(style.text().as_bytes(), !media.is_empty() && media != "all" && media != "screen", &mut rules);
    }
    let mut hidden: HashSet<NodeId> = HashSet::new();
    let mut candidates: Vec<NodeRef> = Vec::new();
    for rule in rules.iter().filter(|r| r.display == "none" && !r.conditional) {
        for selector in split_top_level(&rule.selectors, b',') {
            if selector.contains(':') {
                continue;
            }
            let Ok(m) = Matcher::new(selector) else { continue };
            for n in doc.select_matcher(&m).nodes() {
                let root = n.node_name().is_some_and(|t| t.eq_ignore_ascii_case("html") || t.eq_ignore_ascii_case("body"));
                if !root && hidden.insert(n.id) {
                    candidates.push(n.clone());
                }
            }
        }
    }
    if candidates.is_empty() {
        return hidden;
    }
    let shown: Vec<Matcher> = rules
        .iter()
        .filter(|r| r.display != "none")
        .flat_map(|r| split_top_level(&r.selectors, b','))
        .filter(|s| !NOT_AT_LOAD.iter().any(|p| s.to_ascii_lowercase().contains(p)))
        .filter_map(|s| Matcher::new(s).ok())
        .collect();
    for n in candidates {
        let own = n.attr("style").and_then(|s| display_of(s.as_bytes()));
        if own.is_some_and(|d| d != "none") || shown.iter().any(|m| n.is_match(m)) {
            hidden.remove(&n.id);
        }
    }
    hidden
}

/// Index of the first byte at or after `i` that `stop` accepts, outside
/// strings, comments, parentheses and brackets (or `css.len()`).
fn scan(css: &[u8], mut i: usize, stop: impl Fn(u8) -> bool) -> usize {
    let mut depth = 0usize;
    while i < css.len() {
        match css[i] {
            b'/' if css.get(i + 1) == Some(&b'*') => {
                i = find(css, i + 2, b"*/").map_or(css.len(), |k| k + 2);
                continue;
            }
            q @ (b'"' | b'\'') => {
                i += 1;
                while i < css.len() && css[i] != q {
                    i += if css[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\\' => i += 1,
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b if depth == 0 && stop(b) => return i,
            _ => {}
        }
        i += 1;
    }
    css.len()
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|k| k + from)
}

/// The `}` closing the block opened at `open` (or `css.len()`).
fn block_end(css: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    let mut i = open;
    loop {
        i = scan(css, i, |b| b == b'{' || b == b'}');
        if i >= css.len() {
            return css.len();
        }
        if css[i] == b'{' {
            depth += 1;
        } else {
            depth -= 1;
            if depth == 0 {
                return i;
            }
        }
        i += 1;
    }
}

/// The style rules of `css` that set `display`, at-rules' blocks read as conditional.
fn parse_rules(css: &[u8], conditional: bool, out: &mut Vec<Rule>) {
    let mut i = 0;
    while i < css.len() {
        let end = scan(css, i, |b| matches!(b, b'{' | b';' | b'}'));
        if end >= css.len() {
            return;
        }
        let prelude = String::from_utf8_lossy(&css[i..end]);
        let prelude = strip_comments(prelude.trim());
        if css[end] != b'{' {
            i = end + 1; // a statement at-rule (@import, @charset) or a stray character
            continue;
        }
        let close = block_end(css, end);
        let body = &css[end + 1..close];
        if let Some(at) = prelude.strip_prefix('@') {
            let name = at.split(|c: char| !(c.is_alphanumeric() || c == '-')).next().unwrap_or("").to_ascii_lowercase();
            // Blocks of rules; @font-face, @keyframes, @page and the like hold none.
            if matches!(name.as_str(), "media" | "supports" | "layer" | "container" | "document" | "-moz-document" | "scope") {
                parse_rules(body, true, out);
            }
        } else if scan(body, 0, |b| b == b'{') >= body.len() {
            if let Some(display) = display_of(body) {
                out.push(Rule { selectors: prelude.trim().to_string(), display, conditional });
            }
        }
        i = close + 1;
    }
}

fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find("/*") {
        out.push_str(&rest[..k]);
        rest = rest[k + 2..].find("*/").map_or("", |e| &rest[k + 2 + e + 2..]);
    }
    out.push_str(rest);
    out
}

/// The `display` a declaration block sets, lower case (an `!important` one wins), or None.
fn display_of(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let (mut plain, mut important) = (None, None);
    for declaration in split_top_level(&text, b';') {
        let Some((property, value)) = declaration.split_once(':') else { continue };
        if !strip_comments(property).trim().eq_ignore_ascii_case("display") {
            continue;
        }
        let value = strip_comments(value).trim().to_ascii_lowercase();
        match value.strip_suffix("!important") {
            Some(v) => important = Some(v.trim().to_string()),
            None => plain = Some(value),
        }
    }
    important.or(plain)
}

/// `s` split at `sep` outside strings, comments, parentheses and brackets; empty parts left out.
fn split_top_level(s: &str, sep: u8) -> Vec<&str> {
    let bytes = s.as_bytes();
    let mut parts = Vec::new();
    let mut i = 0;
    while i <= bytes.len() {
        let end = scan(bytes, i, |b| b == sep);
        let part = s[i..end].trim();
        if !part.is_empty() {
            parts.push(part);
        }
        i = end + 1;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts of the elements `css` hides in `body`.
    #[track_caller]
    fn hidden_texts(css: &str, body: &str) -> Vec<String> {
        let doc = Document::from(format!("<html><head><style>{css}</style></head><body>{body}</body></html>"));
        let hidden = hidden_elements(&doc);
        let mut out: Vec<String> =
            doc.select("body *").nodes().iter().filter(|n| hidden.contains(&n.id)).map(|n| n.text().to_string()).collect();
        out.sort();
        out
    }

    #[test]
    fn a_rule_that_sets_display_none_hides_what_it_selects() {
        let body = r#"<div class="byline">By <div class="author-flyout">View author archive</div></div><p>Text.</p>"#;
        assert_eq!(hidden_texts(".byline .author-flyout{position:absolute;display:none}", body), ["View author archive"]);
        assert_eq!(hidden_texts("/* a { } */ .author-flyout { display: NONE !important }", body), ["View author archive"]);
        assert!(hidden_texts(".author-flyout{display:flex}", body).is_empty());
        assert!(hidden_texts(".author-flyout{display:none;display:block}", body).is_empty());
    }

    #[test]
    fn another_display_anywhere_shows_it_again() {
        let body = r#"<nav class="menu">Menu</nav><div class="tip" style="display:block">Tip</div>"#;
        // Mobile first: the wide screen shows the menu (the media query is not evaluated).
        assert!(hidden_texts(".menu{display:none}@media (min-width:40em){nav.menu{display:block}}", body).is_empty());
        // Its own style attribute shows it.
        assert!(hidden_texts(".tip{display:none}", body).is_empty());
        // A state the page does not load in shows nothing.
        assert_eq!(hidden_texts(".menu{display:none}.menu:hover{display:block}.menu::after{display:block}", body), ["Menu"]);
    }

    #[test]
    fn conditions_pseudo_classes_print_and_the_body_hide_nothing() {
        let body = r#"<p class="a">A</p><p class="b">B</p>"#;
        assert!(hidden_texts("@media (max-width:640px){.a{display:none}}", body).is_empty());
        assert!(hidden_texts("@supports (display:grid){.a{display:none}}", body).is_empty());
        assert!(hidden_texts(".a:first-child{display:none}", body).is_empty());
        assert!(hidden_texts("body{display:none!important}", body).is_empty());
        assert_eq!(hidden_texts("@font-face{font-family:x;src:url(x.woff)}.b,.c{display:none}", body), ["B"]);
        let doc = Document::from(format!("<html><head><style media=\"print\">.a{{display:none}}</style></head><body>{body}</body></html>"));
        assert!(hidden_elements(&doc).is_empty());
        let doc = Document::from(format!("<html><body><noscript><style>.a{{display:none}}</style></noscript>{body}</body></html>"));
        assert!(hidden_elements(&doc).is_empty());
    }

    #[test]
    fn strings_and_urls_do_not_end_a_rule() {
        let css = r#".a{background:url(data:image/svg+xml;charset=utf8,%3Csvg%3E);content:"}{;"}.b{display:none}"#;
        assert_eq!(hidden_texts(css, r#"<p class="a">A</p><p class="b">B</p>"#), ["B"]);
    }
}
