//! The main text of a saved HTML page, read as the extension reads it
//! (`extension/maintext.js`, then `read()` in `extension/content.js`), so
//! that `sourcelight analyze page.html` and the browser see the same
//! sentences. Native builds only (feature `page`): the .wasm never holds an
//! HTML parser.
//!
//! A Readability port (`dom_smoothie`, on html5ever) finds the article; its
//! text is located among the page's text nodes, long texts anchoring the
//! match; the lines around it that are not its text (labels, teaser links:
//! `lines.rs`) are left out;
//! the text is then read from the article's common ancestor, skipping page
//! furniture, as the content script does. Without a browser there is no
//! cascade: an element is a block by its tag, hidden by its `hidden`
//! attribute, an inline `display: none`, or a rule of the page's own style
//! sheets that surely hides it (`src/stylesheet.rs`).

use crate::stylesheet;
use lines::{article_lines, dense_len};
use dom_query::{Document, NodeId, NodeRef};
use std::collections::{HashMap, HashSet};

mod lines;

/// Texts at least this long anchor the match (maintext.js `ANCHOR_CHARS`).
const ANCHOR_CHARS: usize = 40;
/// Text nodes searched before the first anchor and after the last.
const NEAR: usize = 200;
/// Larger pages fall back to the structural rules (maintext.js `MAX_ELEMENTS`).
const MAX_ELEMENTS: usize = 30_000;
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "input", "select", "option", "button", "svg", "math", "canvas",
    "iframe", "object", "embed", "video", "audio", "head",
];
const FURNITURE: &[&str] = &["nav", "aside", "footer", "header", "form", "dialog", "menu", "figure", "figcaption"];
const FURNITURE_ROLES: &[&str] =
    &["navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar"];
/// Words of an id or class that name furniture (maintext.js `FURNITURE_NAMES`).
const FURNITURE_NAMES: &[&str] = &[
    "caption", "captions", "comment", "comments", "commentaire", "commentaires", "disqus", "related", "recirc", "share",
    "sharing", "social", "newsletter", "promo", "advert", "ad", "ads", "sidebar", "breadcrumb", "breadcrumbs", "cookie",
    "cookies", "consent", "subscribe", "outbrain", "taboola",
    // The author's line and note, a sign-up box, an embedded tweet, legal notices.
    "byline", "bylines", "bio", "signup", "tweet", "legal", "disclaimer",
    // Photo galleries and their captions; the social networks' embedded posts (fb-post, instagram-media).
    "gallery", "slideshow", "carousel", "fb", "instagram", "tiktok",
];
const TEASERS: &[&str] = &["article", "ul", "ol", "section"];
pub(crate) const PARAGRAPH_TAGS: &[&str] = &["p", "li", "dd", "dt", "blockquote", "pre", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"];
/// Elements the browser displays as blocks by default: a line break before and after.
const DISPLAY_BLOCK: &[&str] = &[
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
    "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section",
    "summary", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "xmp",
];

fn is_ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')
}

/// Runs of white space as one space, trimmed (JavaScript's `\s`, which includes no-break spaces).
pub(crate) fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn tag(n: &NodeRef) -> String {
    n.node_name().map(|t| t.to_ascii_lowercase()).unwrap_or_default()
}

/// The main text of `html`, blocks separated by `\n`, as the extension reads it.
pub fn main_text(html: &str) -> String {
    let doc = Document::from(html);
    let Some(body) = doc.select("body").nodes().first().cloned() else { return String::new() };
    let article = find(&doc, &body, html);
    let mut styled = stylesheet::hidden_elements(&doc);
    if let Some(a) = &article {
        // A script may show what a sheet hides; hiding most of the article, it surely does.
        styled.retain(|id| !a.holds_most_id(*id));
    }
    let root = match &article {
        Some(a) => a.root.clone(),
        None => main_root(&doc, &body, &styled),
    };
    read(&root, article.as_ref(), &styled)
}

/// Readability's article located in the page (maintext.js `find`).
struct Article<'a> {
    root: NodeRef<'a>,
    kept: HashSet<NodeId>,
    seen: HashSet<NodeId>,
    held: HashMap<NodeId, usize>,
    total: usize,
}

impl Article<'_> {
    fn keeps(&self, t: &NodeRef) -> bool {
        self.kept.contains(&t.id) || !self.seen.contains(&t.id) || t.text().trim().is_empty()
    }
    fn holds_most(&self, e: &NodeRef) -> bool {
        self.holds_most_id(e.id)
    }
    fn holds_most_id(&self, id: NodeId) -> bool {
        self.held.get(&id).copied().unwrap_or(0) * 2 > self.total
    }
    fn skips(&self, e: &NodeRef) -> bool {
        self.seen.contains(&e.id) && !self.held.contains_key(&e.id)
    }
}

/// Non-empty squashed texts of `root`'s text nodes, in order, with their nodes.
fn texts_of<'a>(root: &NodeRef<'a>) -> (Vec<NodeRef<'a>>, Vec<String>) {
    let (mut nodes, mut texts) = (Vec::new(), Vec::new());
    for n in root.descendants_it() {
        if n.is_text() {
            let t = squash(&n.text());
            if !t.is_empty() {
                nodes.push(n);
                texts.push(t);
            }
        }
    }
    (nodes, texts)
}

/// Indexes into `live` of the texts `wanted`, in order: long texts anchor,
/// short ones are looked for between their anchors (maintext.js `align`).
fn align(wanted: &[String], live: &[String]) -> Vec<usize> {
    let mut at: Vec<Option<usize>> = vec![None; wanted.len()];
    let mut from = 0;
    for (i, w) in wanted.iter().enumerate() {
        if w.encode_utf16().count() < ANCHOR_CHARS {
            continue;
        }
        if let Some(k) = live.iter().skip(from).position(|l| l == w).map(|k| k + from) {
            at[i] = Some(k);
            from = k + 1;
        }
    }
    let Some(first) = at.iter().flatten().next().copied() else { return Vec::new() };
    let mut next_anchor = vec![None; wanted.len()];
    let mut k = None;
    for i in (0..wanted.len()).rev() {
        next_anchor[i] = k;
        if at[i].is_some() {
            k = at[i];
        }
    }
    let mut lo = first.saturating_sub(NEAR);
    for i in 0..wanted.len() {
        if let Some(a) = at[i] {
            lo = a + 1;
            continue;
        }
        let hi = next_anchor[i].unwrap_or_else(|| live.len().min(lo + NEAR));
        if let Some(k) = (lo..hi).find(|&k| live[k] == wanted[i]) {
            at[i] = Some(k);
            lo = k + 1;
        }
    }
    at.into_iter().flatten().collect()
}

/// The page's texts as the port gives its article back: it drops comments
/// and hands back HTML, parsed again, so text nodes split only by comments
/// (`When <!-- -->President`) come back as one text. Each run of such
/// nodes, with its squashed text.
fn text_runs<'a>(body: &NodeRef<'a>) -> (Vec<Vec<NodeRef<'a>>>, Vec<String>) {
    let (mut runs, mut texts) = (Vec::new(), Vec::new());
    let mut run: Vec<NodeRef<'a>> = Vec::new();
    let mut flush = |run: &mut Vec<NodeRef<'a>>| {
        let t = squash(&run.iter().map(|n| n.text().to_string()).collect::<String>());
        if !t.is_empty() {
            runs.push(std::mem::take(run));
            texts.push(t);
        }
        run.clear();
    };
    for n in body.descendants_it().filter(|n| n.is_text()) {
        let follows = run.last().is_some_and(|last| {
            let mut next = last.next_sibling();
            while next.as_ref().is_some_and(|s| s.is_comment()) {
                next = next.and_then(|s| s.next_sibling());
            }
            next.is_some_and(|s| s.id == n.id)
        });
        if !follows {
            flush(&mut run);
        }
        run.push(n);
    }
    flush(&mut run);
    (runs, texts)
}

/// The id the port gives the element it builds the article in, and then
/// looks the article up by (Readability.js holds the element itself).
const PORT_ARTICLE_ID: &str = "readability-page-1";

/// `html` parsed for the port, as the extension hands Readability.js its
/// clone (maintext.js `readableClone`): the root element without class or id
/// (Readability.js judges `<html>` an unlikely candidate by them and, for a
/// class such as "header-spacing", takes all of `<body>` for the article;
/// the port starts from `<body>`, but weighs `<html>`'s names where it
/// scores it). And an element of the page's own with the port's article id
/// (a page saved from Reader View has one) would be taken for the article,
/// whatever the port found: its id gets a `_` more, which no pattern
/// Readability weighs ids by can read differently.
fn port_document(html: &str) -> Document {
    let doc = Document::from(html);
    for root in doc.select("html").nodes() {
        root.remove_attrs(&["class", "id"]);
    }
    for e in doc.select(&format!("[id=\"{PORT_ARTICLE_ID}\"]")).nodes() {
        e.set_attr("id", &format!("{PORT_ARTICLE_ID}_"));
    }
    doc
}

fn find<'a>(doc: &'a Document, body: &NodeRef<'a>, html: &str) -> Option<Article<'a>> {
    if doc.select("*").length() > MAX_ELEMENTS {
        return None;
    }
    let article = dom_smoothie::Readability::with_document(port_document(html), None, None).ok()?.parse().ok()?;
    let content = Document::from(article.content.to_string());
    let (_, wanted) = texts_of(&content.root());
    let seen = body.descendants_it().map(|n| n.id).collect();
    let (runs, texts) = text_runs(body);
    // Each text node's run, to find the page's next text after a line.
    let run_of: HashMap<NodeId, usize> = runs.iter().enumerate().flat_map(|(k, r)| r.iter().map(move |n| (n.id, k))).collect();
    let next_text = |n: &NodeRef<'a>| runs.get(run_of.get(&n.id)? + 1).and_then(|r| r.first().cloned());
    let found = article_lines(align(&wanted, &texts).into_iter().flat_map(|k| runs[k].clone()).collect(), next_text);
    let (first, last) = (found.first()?.clone(), found.last()?.clone());
    let mut held: HashMap<NodeId, usize> = HashMap::new();
    let mut total = 0;
    for n in &found {
        let len = n.text().encode_utf16().count(); // JavaScript's length
        total += len;
        for e in n.ancestors_it(None) {
            *held.entry(e.id).or_default() += len;
        }
    }
    // The common ancestor of the first and last text.
    let last_up: HashSet<NodeId> = last.ancestors_it(None).map(|e| e.id).collect();
    let root = first.ancestors_it(None).find(|e| last_up.contains(&e.id))?;
    Some(Article { root, kept: found.iter().map(|n| n.id).collect(), seen, held, total })
}

/// Hidden: `hidden`, `display: none` in its own style, or by the page's
/// style sheets (`styled`, `src/stylesheet.rs`).
fn hidden(e: &NodeRef, styled: &HashSet<NodeId>) -> bool {
    e.has_attr("hidden")
        || e.attr("style").is_some_and(|s| s.to_ascii_lowercase().replace(' ', "").contains("display:none"))
        || styled.contains(&e.id)
}

/// Hidden by the display utility of a CSS framework, whose sheet a saved page does not
/// have: Bootstrap's `d-none`, Tailwind's and Bootstrap 3's `hidden`, unless a class
/// shows it again from some screen width (`d-md-block`, `md:flex`; maintext.js `hiddenByClass`).
fn hidden_by_class(e: &NodeRef) -> bool {
    let Some(class) = e.attr("class") else { return false };
    let tokens: Vec<&str> = class.split_ascii_whitespace().collect();
    let shown = |t: &&str| {
        let bootstrap = ["sm", "md", "lg", "xl", "xxl"].iter().any(|w| t.starts_with(&format!("d-{w}-")) && !t.ends_with("-none"));
        let tailwind = t.split_once(':').is_some_and(|(p, u)| !p.is_empty() && ["block", "inline", "inline-block", "flex", "inline-flex", "grid", "inline-grid", "table", "contents"].contains(&u));
        bootstrap || tailwind
    };
    tokens.iter().any(|t| *t == "d-none" || *t == "hidden") && !tokens.iter().any(shown)
}

/// The words of an id or class: split at white space, `_`, `-` and camelCase humps
/// ("imageEmbedCaption", "articleByline__bio"), lower case (maintext.js `nameWords`).
fn name_words(names: &str) -> impl Iterator<Item = String> + '_ {
    names.split(|c: char| c.is_whitespace() || c == '_' || c == '-').flat_map(|part| {
        let mut words = vec![String::new()];
        let mut lower = false;
        for c in part.chars() {
            if lower && c.is_uppercase() {
                words.push(String::new());
            }
            lower = c.is_lowercase();
            words.last_mut().expect("one word at least").extend(c.to_lowercase());
        }
        words
    })
}

fn names_furniture(e: &NodeRef) -> bool {
    let names = format!("{} {}", e.attr("id").unwrap_or_default(), e.attr("class").unwrap_or_default());
    let furniture = name_words(&names).any(|w| FURNITURE_NAMES.contains(&w.as_str()));
    furniture
}

fn closest_article_above(e: &NodeRef) -> bool {
    e.ancestors_it(None).any(|a| tag(&a) == "article")
}

/// A block made mostly of links: a teaser (maintext.js `isTeaser`).
fn is_teaser(e: &NodeRef) -> bool {
    let all = dense_len(&e.text());
    if all == 0 {
        return false;
    }
    let linked: usize = e.descendants_it().filter(|d| tag(d) == "a").map(|a| dense_len(&a.text())).sum();
    linked * 2 > all
}

/// Page furniture (content.js `isFurniture`).
fn is_furniture(e: &NodeRef) -> bool {
    let t = tag(e);
    if FURNITURE.contains(&t.as_str()) {
        return !(t == "header" && closest_article_above(e));
    }
    if e.attr("aria-hidden").is_some_and(|v| &*v == "true") || hidden_by_class(e) {
        return true;
    }
    if e.attr("role").is_some_and(|r| FURNITURE_ROLES.contains(&&*r)) {
        return true;
    }
    if names_furniture(e) {
        return true;
    }
    TEASERS.contains(&t.as_str()) && is_teaser(e)
}

fn skipped(e: &NodeRef) -> bool {
    SKIP.contains(&tag(e).as_str()) || e.attr("contenteditable").is_some_and(|v| &*v != "false")
}

fn in_furniture(n: &NodeRef, root: &NodeRef) -> bool {
    let mut e = if n.is_element() { Some(n.clone()) } else { n.parent() };
    while let Some(el) = e {
        if el.id == root.id || !el.is_element() {
            return false;
        }
        if skipped(&el) || is_furniture(&el) {
            return true;
        }
        e = el.parent();
    }
    false
}

/// Characters of paragraph text under `e` (content.js `paraText`).
fn para_text(e: &NodeRef) -> usize {
    e.descendants_it().filter(is_paragraph).map(|p| p.text().encode_utf16().count()).sum()
}

fn is_paragraph(e: &NodeRef) -> bool {
    e.is_element() && (tag(e) == "p" || e.attr("class").is_some_and(|c| c.contains("paragraph")))
}

/// Without Readability's article: the structural rules (content.js `mainRoot`).
fn main_root<'a>(doc: &'a Document, body: &NodeRef<'a>, styled: &HashSet<NodeId>) -> NodeRef<'a> {
    let tops: Vec<NodeRef> = doc
        .select("article")
        .nodes()
        .iter()
        .filter(|a| !a.ancestors_it(None).any(|p| tag(&p) == "article") && !hidden(a, styled) && !in_furniture(a, body))
        .cloned()
        .collect();
    if tops.len() == 1 {
        return tops[0].clone();
    }
    let mut articles: Vec<(NodeRef, usize)> =
        tops.into_iter().map(|a| (a.clone(), para_text(&a))).filter(|(_, s)| *s > 0).collect();
    articles.sort_by(|x, y| y.1.cmp(&x.1));
    if let Some((first, size)) = articles.first() {
        let total: usize = articles.iter().map(|a| a.1).sum();
        if articles.len() == 1 || *size as f64 >= total as f64 * 0.6 {
            return first.clone();
        }
        let mut common = first.clone();
        while common.id != body.id && !articles.iter().all(|(a, _)| a.ancestors_it(None).any(|p| p.id == common.id)) {
            common = common.parent().unwrap_or_else(|| body.clone());
        }
        return common;
    }
    if let Some(m) = doc.select("main, [role=\"main\"]").nodes().iter().find(|m| !hidden(m, styled) && !m.text().trim().is_empty()) {
        return m.clone();
    }
    let mut score: Vec<(NodeRef, usize)> = Vec::new();
    let mut at: HashMap<NodeId, usize> = HashMap::new();
    for p in body.descendants_it().filter(is_paragraph) {
        let Some(parent) = p.parent() else { continue };
        let k = *at.entry(parent.id).or_insert_with(|| {
            score.push((parent.clone(), 0));
            score.len() - 1
        });
        score[k].1 += p.text().encode_utf16().count();
    }
    let best = score.into_iter().filter(|(e, _)| !in_furniture(e, body)).fold(None::<(NodeRef, usize)>, |best, (e, s)| match best {
        Some((_, b)) if b >= s => best,
        _ => Some((e, s)),
    });
    match best {
        Some((e, s)) if s >= 400 => e,
        _ => body.clone(),
    }
}

/// The text of `root` (content.js `read`): ASCII white space runs as one
/// space, a `\n` between blocks, furniture and hidden elements skipped.
fn read(root: &NodeRef, article: Option<&Article>, styled: &HashSet<NodeId>) -> String {
    let mut out = String::new();
    fn break_line(out: &mut String) {
        if out.ends_with(' ') {
            out.pop();
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
    }
    fn add_text(out: &mut String, data: &str) {
        let mut rest = data;
        while !rest.is_empty() {
            if rest.starts_with(is_ascii_space) {
                rest = rest.trim_start_matches(is_ascii_space);
                if !out.is_empty() && !out.ends_with(' ') && !out.ends_with('\n') {
                    out.push(' ');
                }
            } else {
                let end = rest.find(is_ascii_space).unwrap_or(rest.len());
                out.push_str(&rest[..end]);
                rest = &rest[end..];
            }
        }
    }
    enum Step<'a> {
        Node(NodeRef<'a>),
        Break,
    }
    let mut stack = vec![Step::Break, Step::Node(root.clone())];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Break => {
                break_line(&mut out);
                continue;
            }
            Step::Node(n) => n,
        };
        if node.is_text() {
            if article.is_none_or(|a| a.keeps(&node)) {
                add_text(&mut out, &node.text());
            }
            continue;
        }
        if !node.is_element() {
            continue;
        }
        if skipped(&node) || hidden(&node, styled) {
            continue;
        }
        let furniture = is_furniture(&node) && node.id != root.id && !article.is_some_and(|a| a.holds_most(&node));
        if article.is_some_and(|a| a.skips(&node)) || furniture {
            continue;
        }
        let t = tag(&node);
        if t == "br" {
            break_line(&mut out);
            continue;
        }
        let block = DISPLAY_BLOCK.contains(&t.as_str());
        if block {
            break_line(&mut out);
            stack.push(Step::Break);
        }
        let children: Vec<_> = node.children_it(true).collect();
        stack.extend(children.into_iter().map(Step::Node));
    }
    out.trim_end_matches([' ', '\n']).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_anchor_short_ones_only_between_anchors() {
        let long = |n: u32| format!("Paragraph {n} of the article, long enough to anchor the match.");
        let live: Vec<String> = ["Politics".into(), long(1), long(2), "Politics".into()].to_vec();
        assert_eq!(align(&[long(1), "Politics".into(), long(2)], &live), [1, 2]);
        assert_eq!(align(&[long(1), long(2), "Politics".into()], &live), [1, 2, 3]);
        assert!(align(&["said".into()], &["said".into()]).is_empty());
    }

    #[test]
    fn text_split_by_comments_is_read_as_the_port_gives_it_back() {
        let long = |n: u32| format!("<p>Paragraph {n} of the article, long enough to anchor the match, with a comma or two, and more words.</p>");
        let split = "<p>When <!-- -->officials<!-- --> <!-- -->said<!-- --> the plant would close, nobody, it seems, believed them at all.</p>";
        let html = format!("<html><body><nav><a href=\"/\">Home</a></nav><article>{}{split}{}{}</article></body></html>", long(1), long(2), long(3));
        assert!(main_text(&html).contains("When officials said the plant would close, nobody"), "{}", main_text(&html));
    }

    #[test]
    fn a_page_element_with_the_ports_article_id_is_not_taken_for_the_article() {
        // As saved from Reader View: the page's wrapper has the id the port gives its article,
        // and the author's note stays in it while the port moves the article out.
        let p = |n: u32| format!("<p>Paragraph {n} of the article, long enough to anchor the match, with a comma, two, three, and more words, until it has more than a hundred.</p>");
        let html = format!(
            "<html><body><div id=\"readability-page-1\"><article>{}</article><div><p><a href=\"/jane\"><img src=\"jane.jpg\"></a></p>\
             <p>Jane Porter covers the docks. Since joining the paper, she has covered shipping and trade.</p></div></div></body></html>",
            (1..=12).map(p).collect::<String>()
        );
        let text = main_text(&html);
        assert!(text.starts_with("Paragraph 1 of the article") && text.contains("Paragraph 12"), "{text}");
        assert!(!text.contains("Jane Porter"), "{text}");
    }

    #[test]
    fn readability_reads_no_name_of_the_root_element() {
        // Readability.js took <html class="header-spacing"> for an unlikely candidate, and all
        // of <body> for the article: the extension's clone and the port's document drop both names.
        let doc = port_document("<html class=\"header-spacing spacing\" id=\"top\" lang=\"en\"><body><p>Text.</p></body></html>");
        let root = doc.select("html");
        assert_eq!((root.attr("class"), root.attr("id")), (None, None));
        assert_eq!(root.attr("lang").as_deref(), Some("en"));
    }

    #[test]
    fn a_caption_outside_a_figure_is_furniture_by_its_name() {
        let p = |n: u32| format!("<p>Paragraph {n} of the article, long enough to anchor the match, with a comma, two, three, and more words.</p>");
        let caption = "<div class=\"caption\"><div class=\"caption-truncated\">The minister, left, shakes hands with his counterpart in Hanoi on Wednesday, on a visit to strengthen the military relations.</div></div>";
        let html = format!("<html><body><article>{}<ul><li>{caption}</li></ul>{}{}{}</article></body></html>", p(1), p(2), p(3), p(4));
        let text = main_text(&html);
        assert!(text.contains("Paragraph 1") && text.contains("Paragraph 4"), "{text}");
        assert!(!text.contains("shakes hands"), "{text}");
    }

    #[test]
    fn names_are_split_at_camel_case_humps() {
        let words = |s: &str| name_words(s).collect::<Vec<_>>();
        assert_eq!(words("InlineImage-imageEmbedCaption"), ["inline", "image", "image", "embed", "caption"]);
        assert_eq!(words("articleByline__bio ADS"), ["article", "byline", "", "bio", "ads"]);
        assert_eq!(words("headLine"), ["head", "line"]);
    }

    #[test]
    fn a_css_frameworks_hiding_class_hides_unless_another_shows_it_again() {
        let el = |class: &str| {
            let doc = Document::from(format!("<html><body><div class=\"{class}\">x</div></body></html>"));
            let hidden = hidden_by_class(&doc.select("div").nodes()[0]);
            hidden
        };
        assert!(el("d-none d-print-block") && el("hidden") && el("px-2 hidden"));
        assert!(!el("d-none d-md-block") && !el("hidden md:flex") && !el("is-hidden") && !el("d-md-none"));
    }

    #[test]
    fn what_the_pages_style_sheet_hides_is_not_read_unless_it_holds_the_article() {
        let p = |n: u32| format!("<p>Paragraph {n} of the article, long enough to anchor the match, with a comma, two, three, and more words.</p>");
        let flyout = "<div class=\"author-flyout\"><p>View author archive, write to the author, or follow her.</p></div>";
        let body = format!("<article class=\"article\"><p class=\"byline\">By Jane Porter</p>{flyout}{}{}{}{}</article>", p(1), p(2), p(3), p(4));
        let page = |css: &str| format!("<html><head><style>{css}</style></head><body>{body}</body></html>");
        let text = main_text(&page(".article .author-flyout{position:absolute;display:none}"));
        assert!(text.contains("Paragraph 1") && !text.contains("View author archive"), "{text}");
        assert!(main_text(&page("")).contains("View author archive"));
        // A sheet that hides the article itself is undone by a script: it is read.
        let text = main_text(&page("article.article{display:none}"));
        assert!(text.contains("Paragraph 1") && text.contains("Paragraph 4"), "{text}");
    }

    #[test]
    fn the_article_without_navigation_byline_or_comments() {
        let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pages/article-furniture.html")).unwrap();
        let text = main_text(&html);
        // Readability leaves out the heading that repeats the page's title, in the browser too.
        assert!(text.starts_with("Talks between dock workers"), "{text}");
        assert!(text.contains("People familiar with the talks said"));
        for furniture in ["Home", "By Jane Porter", "Updated", "Photo:", "Share this", "Reader comment", "rights reserved"] {
            assert!(!text.contains(furniture), "{furniture} in {text}");
        }
    }
}
