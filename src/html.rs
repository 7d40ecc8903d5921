//! Visible text of an HTML page, for the CLI (the extension reads the DOM
//! instead). A small tolerant scanner: skips script, style, noscript,
//! template, svg and head; block elements become line breaks; common
//! entities are decoded.

const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "head", "textarea", "select", "button", "nav", "footer"];
const BLOCKS: &[&str] = &[
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "aside", "blockquote",
    "figcaption", "figure", "table", "tr", "td", "th", "pre", "hr", "main", "dd", "dt",
];

/// True when `text` looks like HTML rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start();
    let mut cut = t.len().min(1024);
    while !t.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = t[..cut].to_ascii_lowercase();
    // A saved page may open with a script or a comment before its <!doctype>.
    ["<!doctype", "<html", "<head", "<body", "<p>", "<div"].iter().any(|m| head.contains(m))
}

/// The visible text of `html`, blocks separated by line breaks.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 3);
    let mut rest = html;
    let mut skip_until: Option<String> = None;
    while let Some(lt) = rest.find('<') {
        if skip_until.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        if let Some(until) = &skip_until {
            if closing && &name == until {
                skip_until = None;
            }
            continue;
        }
        if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            skip_until = Some(name);
            continue;
        }
        if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') {
            out.push('\n');
        }
    }
    if skip_until.is_none() {
        push_text(&mut out, rest);
    }
    out
}

fn push_text(out: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Entity names are short ASCII: look for `;` in the next few bytes,
        // cut on a char boundary ("R&D à l'école").
        let mut cut = rest.len().min(12);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let end = rest[..cut].find(';');
        let decoded = end.and_then(|e| decode_entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn decode_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "laquo" => '«',
        "raquo" => '»',
        "rsquo" => '’',
        "lsquo" => '‘',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_visible_text_only() {
        let t = visible_text("<html><head><title>T</title></head><body><nav>Menu</nav><p>Un &laquo;test&raquo; &amp; <b>gras</b>.</p><script>var a='<p>';</script><p>Deux</p></body></html>");
        assert_eq!(t.trim(), "Un «test» & gras.\nDeux");
    }
}
