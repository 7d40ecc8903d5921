//! The lines Readability keeps around the article's paragraphs that are not
//! its text (`extension/lines.js`, the same rules): labels (bylines,
//! datelines, credits), teaser links ("Read more" headlines, "See also: …")
//! and their inline form ("À LIRE AUSSI Title" inside a paragraph), the
//! lead-in of a teaser list ("Read more:") whose list is not read, a note
//! that opens with a label ("More information: …"), and a closing note set
//! in italics or bold.
//! A line is the text of `found` in one block (by tag).

use dom_query::{NodeId, NodeRef};
use std::collections::{HashMap, HashSet};

use super::{squash, tag, PARAGRAPH_TAGS};

/// A line shorter than this with no sentence ending, outside paragraphs, is a label.
const LABEL_CHARS: usize = 100;
/// Blocks of a line (lines.js `BLOCK_TAGS`, with `PARAGRAPH_TAGS`).
const LINE_BLOCKS: &[&str] = &[
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption", "ul", "ol", "dl",
    "table", "tr", "form", "address", "body",
];

/// A label opening a note is shorter than this.
const LEAD_IN_CHARS: usize = 40;
/// Elements that set text in italics or bold.
const EMPHASIS: &[&str] = &["em", "i", "strong", "b"];

/// The block (by tag) a text node's line belongs to.
fn line_block<'a>(n: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    n.ancestors_it(None).find(|e| {
        let t = tag(e);
        PARAGRAPH_TAGS.contains(&t.as_str()) || LINE_BLOCKS.contains(&t.as_str())
    })
}

/// Ends like a sentence: . ! ? … and any closing quotes, brackets or spaces after.
pub(super) fn ends_sentence(line: &str) -> bool {
    let closing = |c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '»' | '”' | '’' | '›' | ')' | ']' | '}');
    matches!(line.trim_end_matches(closing).chars().last(), Some('.' | '!' | '?' | '…'))
}

/// Text length without white space (JavaScript's length: UTF-16 units).
pub(super) fn dense_len(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).map(char::len_utf16).sum()
}

/// `found` (text nodes, in order) less the lines that are not the article's
/// text (lines.js `articleLines`). `next_text(n)`: the page's next text
/// node after `n` (its first, when text nodes are matched in runs).
pub(super) fn article_lines<'a>(found: Vec<NodeRef<'a>>, next_text: impl Fn(&NodeRef<'a>) -> Option<NodeRef<'a>>) -> Vec<NodeRef<'a>> {
    // An inline teaser set inside a paragraph ("À LIRE AUSSI <a>Title</a>") is not read, the paragraph is.
    let mut teasers: HashMap<NodeId, bool> = HashMap::new();
    let found: Vec<NodeRef<'a>> = found
        .into_iter()
        .filter(|n| {
            let b = line_block(n).map(|b| b.id);
            !n.ancestors_it(None).take_while(|e| Some(e.id) != b).any(|e| *teasers.entry(e.id).or_insert_with(|| is_inline_teaser(&e)))
        })
        .collect();
    let mut lines: Vec<(Option<NodeRef<'a>>, Vec<usize>)> = Vec::new();
    let mut index: HashMap<Option<NodeId>, usize> = HashMap::new();
    for (i, n) in found.iter().enumerate() {
        let b = line_block(n);
        let k = *index.entry(b.as_ref().map(|b| b.id)).or_insert_with(|| {
            lines.push((b.clone(), Vec::new()));
            lines.len() - 1
        });
        lines[k].1.push(i);
    }
    let text = |members: &[usize]| squash(&members.iter().map(|&i| found[i].text().to_string()).collect::<Vec<_>>().join(" "));
    let mut dropped = HashSet::new();
    let mut lead_ins = Vec::new();
    for (b, members) in &lines {
        let Some(b) = b else { continue };
        let line = text(members);
        let short = line.encode_utf16().count() < LABEL_CHARS && !ends_sentence(&line);
        // A label: a short line with no sentence ending, in no paragraph (the headline is read).
        if short && !PARAGRAPH_TAGS.contains(&tag(b).as_str()) {
            dropped.extend(members.iter().copied());
        // Teaser links: a line mostly of link text, with no sentence ending, is another page's headline.
        } else if !ends_sentence(&line) && is_link_line(members.iter().map(|&i| &found[i])) {
            dropped.extend(members.iter().copied());
        // A note: a line outside paragraphs, with no sentence ending, that opens with a label
        // in bold or italics ("More information:", "Source:") is a reference, not the text.
        } else if !ends_sentence(&line) && !PARAGRAPH_TAGS.contains(&tag(b).as_str()) && opens_with_label(&found[members[0]], b) {
            dropped.extend(members.iter().copied());
        } else if short && line.ends_with(':') {
            lead_ins.push(members);
        }
    }
    // A lead-in ("Read more:", "Lire aussi :") introduces what follows it: when that is not read, nor is the lead-in.
    let kept: HashSet<NodeId> = found.iter().enumerate().filter(|(i, _)| !dropped.contains(i)).map(|(_, n)| n.id).collect();
    for members in lead_ins {
        let last = &found[*members.last().expect("a line has a text")];
        if next_text(last).is_none_or(|n| !kept.contains(&n.id)) {
            dropped.extend(members.iter().copied());
        }
    }
    // The article's last lines, short and set whole in italics or bold, are a closing note
    // ("With AFP", "Like this story? Share it"), not its text.
    for (b, members) in lines.iter().rev() {
        if members.iter().all(|i| dropped.contains(i)) {
            continue;
        }
        let Some(b) = b else { break };
        let all_emphasized = members.iter().all(|&i| found[i].text().trim().is_empty() || emphasized(&found[i], b));
        if !all_emphasized || text(members).encode_utf16().count() >= LABEL_CHARS {
            break;
        }
        dropped.extend(members.iter().copied());
    }
    found.into_iter().enumerate().filter(|(i, _)| !dropped.contains(i)).map(|(_, n)| n).collect()
}

/// An element inside a line, no link itself, whose text is a label in capitals and
/// links, with no sentence ending: "À LIRE AUSSI <a>Title</a>" (lines.js `isInlineTeaser`).
fn is_inline_teaser(e: &NodeRef) -> bool {
    if !e.is_element() || tag(e) == "a" {
        return false;
    }
    let (mut linked, mut label) = (0, String::new());
    for t in e.descendants_it().filter(|t| t.is_text()) {
        if t.ancestors_it(None).take_while(|a| a.id != e.id).any(|a| tag(&a) == "a") {
            linked += dense_len(&t.text());
        } else {
            label.push_str(&t.text());
        }
    }
    linked > 0
        && label.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !label.chars().any(char::is_lowercase)
        && !ends_sentence(&squash(&e.text()))
}

/// Whether text node `n` is set in italics or bold within its line's block `b`.
fn emphasized(n: &NodeRef, b: &NodeRef) -> bool {
    n.ancestors_it(None).take_while(|e| e.id != b.id).any(|e| EMPHASIS.contains(&tag(&e).as_str()))
}

/// The line's first text is a label: short, in italics or bold, ending in a colon.
fn opens_with_label(first: &NodeRef, b: &NodeRef) -> bool {
    let t = squash(&first.text());
    t.ends_with(':') && t.encode_utf16().count() < LEAD_IN_CHARS && emphasized(first, b)
}

/// More than half of the line's text (white space aside) is link text.
fn is_link_line<'b, 'a: 'b>(nodes: impl Iterator<Item = &'b NodeRef<'a>>) -> bool {
    let (mut all, mut linked) = (0, 0);
    for n in nodes {
        let len = dense_len(&n.text());
        all += len;
        if n.ancestors_it(None).any(|e| tag(&e) == "a") {
            linked += len;
        }
    }
    linked * 2 > all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article paragraph long enough for Readability to score and for the
    /// match to anchor on.
    fn paragraph(n: u32) -> String {
        format!("<p>Paragraph {n} of the article, long enough to anchor the match, with a comma, two, three, and more words to score.</p>")
    }

    #[test]
    fn a_sentence_ends_before_closing_quotes_and_brackets() {
        assert!(ends_sentence("Il a dit « oui. »"));
        assert!(ends_sentence("He left (for good.)"));
        assert!(!ends_sentence("Read more:"));
        assert!(!ends_sentence("(Reuters)"));
    }

    #[test]
    fn teaser_links_and_their_lead_in_are_left_out_a_lead_in_of_what_is_read_is_not() {
        let html = format!(
            "<html><body><article>{}{}{}<p><b>Read more:</b></p><p><a href=\"/a\">Another story on the docks and their long strike</a></p>\
             <p>See also: <a href=\"/b\">The port authority and its plans for the harbour front</a></p>{}{}\
             <p>The minister said:</p><blockquote><p>We will not give in to the pressure of the unions, whatever they say, and we will say so again.</p></blockquote>\
             <p><a href=\"/c\">The strike ended on Friday.</a> It had lasted, with a pause, five weeks and two days in all, the union said.</p>{}</article></body></html>",
            paragraph(1), paragraph(2), paragraph(3), paragraph(4), paragraph(5), paragraph(6)
        );
        let text = super::super::main_text(&html);
        for t in ["Read more:", "Another story", "See also:", "The port authority"] {
            assert!(!text.contains(t), "{t} in {text}");
        }
        for t in ["The minister said:", "We will not give in", "The strike ended", "Paragraph 6"] {
            assert!(text.contains(t), "{t} not in {text}");
        }
    }

    #[test]
    fn a_closing_note_in_italics_or_bold_is_left_out_an_emphasized_intertitle_is_not() {
        let html = format!(
            "<html><body><article>{}{}<p><strong>Back on the docks</strong></p>{}{}<p><em>The minister said so twice.</em> Nobody listened, and the strike went on.</p>\
             {}<p><i>(With AFP and Reuters)</i></p><p><strong><em>Like this story? Share it with a friend!</em></strong></p></article></body></html>",
            paragraph(1), paragraph(2), paragraph(3), paragraph(4), paragraph(5)
        );
        let text = super::super::main_text(&html);
        for t in ["With AFP", "Like this story"] {
            assert!(!text.contains(t), "{t} in {text}");
        }
        for t in ["Back on the docks", "The minister said so twice", "Paragraph 5"] {
            assert!(text.contains(t), "{t} not in {text}");
        }
    }

    #[test]
    fn an_inline_teaser_is_left_out_of_its_paragraph_a_link_in_a_sentence_is_not() {
        let html = format!(
            "<html><body><article>{}{}<p>The imam was arrested on Monday at the airport, on his way back. <span class=\"capsule\"><span>À LIRE AUSSI</span> \
             <strong><a href=\"/a\">Antisémitisme : retour au Moyen Âge</a></strong></span>His home was searched, and he was held until his trial.</p>\
             <p>It was, said <span>the French president <a href=\"/m\">Emmanuel Macron</a></span>, a good day for the <span>UN <a href=\"/u\">agency</a></span>.</p>{}</article></body></html>",
            paragraph(1), paragraph(2), paragraph(3)
        );
        let text = super::super::main_text(&html);
        assert!(!text.contains("LIRE AUSSI") && !text.contains("Moyen Âge"), "{text}");
        for t in ["The imam was arrested", "His home was searched", "the French president Emmanuel Macron", "UN agency"] {
            assert!(text.contains(t), "{t} not in {text}");
        }
    }

    #[test]
    fn a_note_that_opens_with_a_label_is_left_out_a_labelled_paragraph_is_not() {
        let html = format!(
            "<html><body><article>{}{}<p><strong>Analysis:</strong> the plan, which the unions reject, would cut the port's costs by a third, or more</p>{}\
             <div class=\"more\"><strong>More information:</strong> J. Porter et al. Docks and strikes, Journal of Harbour Studies (2019). \
             <a href=\"https://doi.org/10.1000/1\">DOI: 10.1000/1</a></div>{}</article></body></html>",
            paragraph(1), paragraph(2), paragraph(3), paragraph(4)
        );
        let text = super::super::main_text(&html);
        assert!(!text.contains("More information") && !text.contains("Journal of Harbour"), "{text}");
        assert!(text.contains("Analysis: the plan") && text.contains("Paragraph 4"), "{text}");
    }
}
