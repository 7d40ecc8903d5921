//! A saved page's bytes as text, in the encoding the browser reads the page
//! in, for the CLI. Native builds only (feature `page`): in the browser the
//! extension gets text the browser has already decoded.
//!
//! In order: a byte order mark; bytes that are valid UTF-8 are UTF-8 (a
//! page saved as UTF-8 often keeps the declaration of the encoding it was
//! served in, and the test server labels such files UTF-8 as a web server
//! would); the encoding the page declares in its first 1024 bytes, found as
//! the HTML standard's prescan finds it; windows-1252, where browsers fall
//! back for a page that declares nothing.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};
use std::borrow::Cow;

/// The prescan looks no further than this (HTML standard).
const PRESCAN_BYTES: usize = 1024;

/// `bytes` decoded as the page they hold; bytes the encoding cannot map become U+FFFD.
pub fn decode_page(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    let encoding = declared(&bytes[..bytes.len().min(PRESCAN_BYTES)]).unwrap_or(WINDOWS_1252);
    encoding.decode_without_bom_handling(bytes).0
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// The encoding `head` declares in a `<meta>`: the HTML standard's "prescan
/// a byte stream to determine its encoding", comments and other tags skipped.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let mut at = 0;
    while at < head.len() {
        let rest = &head[at..];
        let next_is = |k: usize, f: fn(u8) -> bool| rest.get(k).copied().is_some_and(f);
        if rest.starts_with(b"<!--") {
            // The dashes of "<!--" may end it too: "<!-->".
            at += 2 + find(&rest[2..], b"-->")? + 3;
            continue;
        }
        if rest.len() >= 5 && rest[..5].eq_ignore_ascii_case(b"<meta") && next_is(5, |b| is_space(b) || b == b'/') {
            at += 6;
            if let Some(encoding) = meta_charset(head, &mut at)? {
                return Some(encoding);
            }
        } else if rest.starts_with(b"<") && (next_is(1, |b| b.is_ascii_alphabetic()) || (next_is(1, |b| b == b'/') && next_is(2, |b| b.is_ascii_alphabetic()))) {
            // Another tag: its attributes are read past, so that a ">" in a value does not end it.
            at += rest.iter().position(|&b| is_space(b) || b == b'>')?;
            while attribute(head, &mut at)?.is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            at += rest.iter().position(|&b| b == b'>')?;
        }
        at += 1;
    }
    None
}

/// The encoding a `<meta>` whose attributes start at `at` declares, if it
/// declares one (`None` inside: it does not; `None` outside: the bytes ran out).
fn meta_charset(head: &[u8], at: &mut usize) -> Option<Option<&'static Encoding>> {
    let mut names: Vec<Vec<u8>> = Vec::new();
    let (mut got_pragma, mut need_pragma, mut charset) = (false, None, None);
    while let Some((name, value)) = attribute(head, at)? {
        if names.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" => got_pragma |= value == b"content-type",
            b"content" if charset.is_none() => {
                if let Some(encoding) = charset_in_content(&value) {
                    charset = Some(encoding);
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = Encoding::for_label(&value);
                need_pragma = Some(false);
            }
            _ => {}
        }
        names.push(name);
    }
    let charset = match need_pragma {
        None => return Some(None),
        Some(true) if !got_pragma => return Some(None),
        _ => charset,
    };
    Some(match charset {
        Some(e) if e == UTF_16BE || e == UTF_16LE => Some(UTF_8),
        Some(e) if e == X_USER_DEFINED => Some(WINDOWS_1252),
        charset => charset,
    })
}

/// An attribute's name and value, lower case.
type Attribute = (Vec<u8>, Vec<u8>);

/// The next attribute of a tag from `at`: `Some(None)` at the tag's end,
/// `None` when the bytes run out first (the standard's "get an attribute").
fn attribute(head: &[u8], at: &mut usize) -> Option<Option<Attribute>> {
    let byte = |k: usize| head.get(k).copied();
    while byte(*at).is_some_and(|b| is_space(b) || b == b'/') {
        *at += 1;
    }
    if byte(*at)? == b'>' {
        return Some(None);
    }
    let (mut name, mut value) = (Vec::new(), Vec::new());
    loop {
        match byte(*at)? {
            b'=' if !name.is_empty() => break,
            b if is_space(b) => {
                while byte(*at).is_some_and(is_space) {
                    *at += 1;
                }
                if byte(*at)? != b'=' {
                    return Some(Some((name, value)));
                }
                break;
            }
            b'/' | b'>' => return Some(Some((name, value))),
            b => name.push(b.to_ascii_lowercase()),
        }
        *at += 1;
    }
    *at += 1; // past "="
    while byte(*at).is_some_and(is_space) {
        *at += 1;
    }
    match byte(*at)? {
        quote @ (b'"' | b'\'') => {
            *at += 1;
            let len = head[*at..].iter().position(|&b| b == quote)?;
            value.extend(head[*at..*at + len].iter().map(u8::to_ascii_lowercase));
            *at += len + 1;
            return Some(Some((name, value)));
        }
        b'>' => return Some(Some((name, value))),
        _ => {}
    }
    while !is_space(byte(*at)?) && byte(*at)? != b'>' {
        value.push(head[*at].to_ascii_lowercase());
        *at += 1;
    }
    Some(Some((name, value)))
}

/// The encoding named by `charset=` in a `content` value (the standard's
/// "extracting a character encoding from a meta element"; `content` is lower case).
fn charset_in_content(content: &[u8]) -> Option<&'static Encoding> {
    let mut from = 0;
    loop {
        from += find(&content[from..], b"charset")? + b"charset".len();
        let mut at = from;
        while content.get(at).copied().is_some_and(is_space) {
            at += 1;
        }
        if content.get(at) != Some(&b'=') {
            continue;
        }
        at += 1;
        while content.get(at).copied().is_some_and(is_space) {
            at += 1;
        }
        let rest = &content[at..];
        return match rest.first()? {
            &quote @ (b'"' | b'\'') => Encoding::for_label(&rest[1..1 + find(&rest[1..], &[quote])?]),
            _ => Encoding::for_label(&rest[..rest.iter().position(|&b| is_space(b) || b == b';').unwrap_or(rest.len())]),
        };
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(head: &str) -> Option<&'static str> {
        declared(head.as_bytes()).map(Encoding::name)
    }

    #[test]
    fn a_meta_charset_or_a_content_type_pragma_declares() {
        assert_eq!(name(r#"<!doctype html><html><head><meta charset="windows-1252">"#), Some("windows-1252"));
        assert_eq!(name("<META CHARSET=latin1>"), Some("windows-1252"));
        assert_eq!(name(r#"<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15" />"#), Some("ISO-8859-15"));
        assert_eq!(name(r#"<meta content='text/html; charset="koi8-r"' http-equiv=content-type>"#), Some("KOI8-R"));
    }

    #[test]
    fn what_does_not_declare_is_passed_over() {
        // A content charset without the pragma, an unknown label, a meta in a comment or in another tag's attribute.
        assert_eq!(name(r#"<meta content="text/html; charset=koi8-r">"#), None);
        assert_eq!(name(r#"<meta charset="no-such-encoding">"#), None);
        assert_eq!(name(r#"<!-- <meta charset="koi8-r"> --><meta charset="iso-8859-2">"#), Some("ISO-8859-2"));
        assert_eq!(name(r#"<div title="<meta charset=koi8-r>"><meta charset=iso-8859-2>"#), Some("ISO-8859-2"));
        assert_eq!(name(r#"<meta charset="koi8-r"#), None);
    }

    #[test]
    fn utf_16_declared_is_read_as_utf_8() {
        assert_eq!(name(r#"<meta charset="utf-16le">"#), Some("UTF-8"));
        assert_eq!(name(r#"<meta charset="x-user-defined">"#), Some("windows-1252"));
    }

    #[test]
    fn only_the_first_1024_bytes_are_searched() {
        let mut bytes = b"<html>".to_vec();
        bytes.extend([b' '; PRESCAN_BYTES]);
        bytes.extend(b"<meta charset=koi8-r><p>\xE4</p>");
        assert!(decode_page(&bytes).ends_with("<p>\u{e4}</p>")); // windows-1252's ä, not KOI8-R's д
    }

    #[test]
    fn bom_then_utf_8_then_the_declaration_then_windows_1252() {
        assert_eq!(decode_page(b"\xEF\xBB\xBF<p>caf\xC3\xA9</p>"), "<p>café</p>");
        assert_eq!(decode_page(b"\xFF\xFE<\0p\0>\0\xE9\0"), "<p>é");
        // Valid UTF-8 whatever the page declares: a page saved as UTF-8 keeps its old declaration.
        assert_eq!(decode_page("<meta charset=iso-8859-15><p>ñ</p>".as_bytes()), "<meta charset=iso-8859-15><p>ñ</p>");
        assert_eq!(decode_page(b"<meta charset=koi8-r><p>\xC4\xC1</p>"), "<meta charset=koi8-r><p>да</p>");
        assert_eq!(decode_page(b"<p>Gr\xFC\xDFe \x80 5</p>"), "<p>Grüße € 5</p>");
    }
}
