//! Tokens: words, numbers, punctuation and quote marks, with byte spans.
//!
//! One pass over the text; each word keeps its folded form for matching and
//! whether it is capitalised (names) and inside a quotation.

use crate::fold::fold_norm;
use crate::lexicon::{sec, Lexicon};
pub use crate::norm::Norm;
use crate::span::{sub, Span};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner hyphens, apostrophes or dots: "Grande-Bretagne", "U.S.").
    Word,
    /// Digits ("3.5", "1,000", "2022").
    Number,
    /// An opening quotation mark.
    QuoteOpen,
    /// A closing quotation mark.
    QuoteClose,
    /// Any other mark.
    Punct,
    /// A web address, kept whole.
    Url,
}

/// One token of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Bytes in the analysed text.
    pub span: Span,
    /// Folded form used for matching (punctuation as itself).
    pub norm: Norm,
    /// Kind of token.
    pub kind: TokenKind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Whitespace containing a line break stands before it.
    pub newline_before: bool,
    /// Some whitespace stands before it.
    pub space_before: bool,
    /// Inside a quotation (quote marks themselves are not).
    pub in_quote: bool,
    /// The word sections (`lexicon::sec` bits) listing `norm`.
    pub sections: u64,
    /// The lexicon's id for `norm`, when the language file mentions it.
    pub id: Option<u32>,
}

impl Token {
    /// True when the word is in any of the word sections `bits` (`sec::*`).
    #[inline]
    pub fn is(&self, bits: u64) -> bool {
        self.sections & bits != 0
    }

    /// True for words (not numbers or marks).
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for the marks that can end a sentence.
    #[inline]
    pub fn is_terminal(&self) -> bool {
        self.kind == TokenKind::Punct && matches!(self.norm.as_str(), "." | "!" | "?" | "…" | "..." | "?!" | "!?")
    }

    /// True for a comma, colon, semicolon, dash or bracket: the marks that
    /// bound a clause.
    pub fn is_clause_mark(&self) -> bool {
        self.kind == TokenKind::Punct && !self.is_terminal() || matches!(self.kind, TokenKind::QuoteOpen | TokenKind::QuoteClose)
    }

    /// A comma or a dash (a spaced hyphen too): what sets off an incise ("…, said X, …",
    /// « È grave — spiega il sindaco — e peggiora »).
    pub fn is_incise_mark(&self) -> bool {
        self.kind == TokenKind::Punct && matches!(self.norm.as_str(), "," | "\u{2014}" | "\u{2013}" | "-")
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Latin-1 (most accented letters of the supported languages) without
    // the Unicode tables; a test checks it against them.
    if c <= '\u{FF}' {
        return matches!(c, 'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼'..='¾' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' | '\u{00AD}');
    }
    // General punctuation (curly quotes, dashes, "…"): no letter there.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
    c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// `c.is_uppercase()`, Latin-1 and general punctuation (most characters
/// that start a token) without the Unicode tables.
#[inline]
fn is_upper(c: char) -> bool {
    match c {
        '\0'..='\u{FF}' => matches!(c, 'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ'),
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_uppercase(),
    }
}

/// Whitespace, control characters and invisible separators: what stands
/// between tokens.
#[inline]
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        // ASCII whitespace and controls are exactly these.
        return c <= ' ' || c == '\x7F';
    }
    c.is_whitespace() || c.is_control() || c == '\u{200B}' || c == '\u{FEFF}'
}

/// The character starting at byte `i` of `text` (a char boundary).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        b as char
    } else {
        sub(text, i..).chars().next().unwrap_or_default()
    }
}

fn is_url_start(b: &[u8]) -> bool {
    let starts = |p: &[u8]| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    starts(b"http://") || starts(b"https://") || starts(b"www.")
}

/// The quote mark an HTML character reference at the start of `rest`
/// stands for, and the reference's length. "&rdquor;" is how one Spanish
/// feed writes "&rdquo;", and it reaches readers as such.
fn quote_reference(rest: &str) -> Option<(char, usize)> {
    // Bytes, not a `str` slice: a slice at a char boundary the compiler
    // cannot prove would bring panic formatting into the .wasm.
    let bytes = rest.as_bytes();
    let end = bytes.iter().take(9).position(|&b| b == b';')?;
    let mark = match bytes.get(1..end)? {
        b"quot" => '"',
        b"laquo" => '\u{AB}',
        b"raquo" => '\u{BB}',
        b"ldquo" => '\u{201C}',
        b"rdquo" | b"rdquor" => '\u{201D}',
        b"bdquo" => '\u{201E}',
        b"lsquo" => '\u{2018}',
        _ => return None,
    };
    Some((mark, end + 1))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The quotations in progress: their opening marks, outer first (two
/// levels: “… ‚…‘ …”).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuoteState {
    open: [Option<char>; 2],
}

impl QuoteState {
    /// No quotation open.
    pub const NONE: QuoteState = QuoteState { open: [None, None] };

    /// The outermost opening mark, if a quotation is open.
    pub fn opener(&self) -> Option<char> {
        self.open[0]
    }

    /// True when a quotation is open.
    pub fn is_open(&self) -> bool {
        self.open[0].is_some()
    }

    fn depth(&self) -> usize {
        self.open.iter().filter(|o| o.is_some()).count()
    }

    /// The kind of token a quotation mark `c` is here, updating the state.
    /// `attached`: the mark touches the word before it and not the next.
    fn mark(&mut self, c: char, attached: bool, lex: &Lexicon) -> TokenKind {
        let depth = self.depth();
        // A straight mark closes whatever is open (“…" is common).
        if depth > 0 && (c == '"' || lex.closes_quote(self.open[depth - 1].unwrap(), c)) {
            self.open[depth - 1] = None;
            return TokenKind::QuoteClose;
        }
        // An inner closer went missing: the outer closer closes both.
        if depth == 2 && lex.closes_quote(self.open[0].unwrap(), c) {
            *self = QuoteState::NONE;
            return TokenKind::QuoteClose;
        }
        // A straight mark glued to the end of a word closes something
        // (`machen", sagte er`); it never opens.
        if !lex.opens_quote(c) || c == '"' && attached || depth == 2 {
            return TokenKind::Punct;
        }
        // The same opener again continues the quotation (a quoted speech
        // over several paragraphs re-opens each one: “… ¶ “…”).
        if depth > 0 && self.open[depth - 1] == Some(c) {
            return TokenKind::QuoteOpen;
        }
        self.open[depth] = Some(c);
        TokenKind::QuoteOpen
    }
}

/// Tokenises `text`. `quote` is the quotation in progress at its start (a
/// quotation may span sentences); the state at its end is returned.
///
/// Works on byte offsets: ASCII (most of any text) is classified a byte at a
/// time, and only other characters are decoded.
pub fn tokenize(text: &str, lex: &Lexicon, mut quote: QuoteState) -> (Vec<Token>, QuoteState) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut toks = Vec::with_capacity(n / 5);
    let mut i = 0;
    let mut space_before = false;
    let mut newline_before = false;
    while i < n {
        // A plain space (most of what stands between tokens) first.
        if bytes[i] == b' ' {
            space_before = true;
            i += 1;
            continue;
        }
        // A plain ASCII word (letters and digits only, then a mark that
        // joins nothing): most tokens. Scanned, folded and looked up at
        // once, into the token the general path below would make.
        if let Some((j, latin1)) = plain_word_end(bytes, i) {
            let (len, first) = (j - i, bytes[i]);
            let (norm, id) = if latin1 {
                // With Latin-1 letters: folded byte by byte.
                let norm = Norm::fold_latin1(sub(text, i..j)).unwrap_or_default();
                let id = lex.norm_id(&norm);
                (norm, id)
            } else {
                let w = plain_words(bytes, i, len);
                (Norm::from_ascii_words(len, w), lex.key_id([w[0], w[1], w[2] | (len as u64) << 56]))
            };
            toks.push(Token {
                span: Span::new(i, j),
                norm,
                kind: if first.is_ascii_digit() { TokenKind::Number } else { TokenKind::Word },
                // À–Þ (× is no letter) are C3 80–9E.
                cap: first.is_ascii_uppercase() || first == 0xC3 && bytes[i + 1] <= 0x9E,
                newline_before,
                space_before,
                in_quote: quote.is_open(),
                sections: id.map_or(0, |id| lex.bits_of(id)),
                id,
            });
            space_before = false;
            newline_before = false;
            i = j;
            continue;
        }
        let start = i;
        let c = char_at(text, start);
        if is_space(c) {
            space_before = true;
            if c == '\n' || c == '\u{2029}' {
                newline_before = true;
                // A quotation ends with its paragraph at the latest: one that
                // runs on re-opens the next (“… ¶ “…), and a stray mark
                // swallows one paragraph, not the page.
                quote = QuoteState::NONE;
            }
            i += c.len_utf8();
            continue;
        }
        // `j`: one past the token so far (a byte offset).
        let mut j = start + c.len_utf8();
        let kind;
        // A hyphen or an apostrophe joined the word: only then may it be
        // an elision or an inverted clitic.
        let mut joined = false;
        // Set here only for a mark written as a character reference; words
        // are folded later.
        let mut tok_norm = Norm::default();
        if matches!(c, 'h' | 'H' | 'w' | 'W') && is_url_start(&bytes[start..]) {
            // A URL is one opaque token: its words ("moscou-aurait-cible")
            // are not the writer's.
            while j < n {
                let cj = char_at(text, j);
                if cj.is_whitespace() {
                    break;
                }
                j += cj.len_utf8();
            }
            kind = TokenKind::Url;
        } else if is_word_char(c) {
            let mut numeric = c.is_numeric();
            // The last character taken into the word.
            let mut prev = c;
            // Inner connectors keep a word whole: a hyphen or apostrophe
            // between letters, a dot between letters ("U.S"), a dot or
            // comma between digits ("3.5", "1,000").
            while j < n {
                if bytes[j].is_ascii_alphanumeric() {
                    prev = bytes[j] as char;
                    j += 1;
                    continue;
                }
                // Only a hyphen, an apostrophe, a dot or a comma may join
                // what follows: any other ASCII mark ends the word at once.
                if bytes[j] < 0x80 && !matches!(bytes[j], b'-' | b'\'' | b'.' | b',') {
                    break;
                }
                let cj = char_at(text, j);
                if is_word_char(cj) {
                    prev = cj;
                    j += cj.len_utf8();
                    continue;
                }
                let after = j + cj.len_utf8();
                let Some(next) = (after < n).then(|| char_at(text, after)).filter(|&c| is_word_char(c)) else { break };
                // "40-page", "U2-style": a hyphen before a letter joins
                // even after digits (the word is then no number).
                let joins = (is_hyphen(cj) || is_apostrophe(cj)) && (!numeric || is_hyphen(cj) && next.is_alphabetic())
                    || cj == '.' && !numeric && next.is_alphabetic() && prev.is_alphabetic() && is_initialism(sub(text, start..j))
                    || (cj == '.' || cj == ',') && numeric && next.is_numeric();
                if !joins {
                    break;
                }
                joined |= is_hyphen(cj) || is_apostrophe(cj);
                numeric &= !next.is_alphabetic();
                prev = next;
                j = after + next.len_utf8();
            }
            // "U.S." keeps its final dot.
            if j < n && bytes[j] == b'.' && !numeric && sub(text, start..j).contains('.') {
                j += 1;
            }
            kind = if numeric { TokenKind::Number } else { TokenKind::Word };
        } else if c == '.' {
            while j < n && bytes[j] == b'.' {
                j += 1;
            }
            kind = TokenKind::Punct;
        } else if matches!(c, '?' | '!') {
            while j < n && matches!(bytes[j], b'?' | b'!') {
                j += 1;
            }
            kind = TokenKind::Punct;
        } else {
            // A quote mark may come as an undecoded character reference
            // (feeds and copied text carry "&rdquo;" as six characters).
            let mut mark = c;
            if let Some((m, len)) = (c == '&').then(|| quote_reference(sub(text, start..))).flatten() {
                mark = m;
                j = start + len;
            }
            // Quotation marks face different ways by language (« … »,
            // „ … “, » … «, “ … ”): a mark closes the quotation in progress
            // when it pairs with its opener; otherwise an opening-capable
            // mark opens a new one (a stray mark never swallows the text).
            let glued_before = start > 0 && !space_before && !toks.is_empty();
            let free_after = j >= n || {
                let x = char_at(text, j);
                x.is_whitespace() || matches!(x, ',' | '.' | ';' | ':' | '!' | '?' | ')')
            };
            // "isn ‘t", "it ‘s": an apostrophe set apart from its word opens
            // nothing (as a quotation it would run to the end of the text).
            kind = if matches!(mark, '\'' | '\u{2018}') && starts_contraction(sub(text, j..)) { TokenKind::Punct } else { quote.mark(mark, glued_before && free_after, lex) };
            if mark != c {
                tok_norm = Norm::from(mark.encode_utf8(&mut [0; 4]) as &str);
            }
        }
        let span = Span::new(start, j);
        let quoted = quote.is_open() && !matches!(kind, TokenKind::QuoteOpen | TokenKind::QuoteClose);
        let tok = Token { span, norm: tok_norm, kind, cap: is_upper(c), newline_before, space_before, in_quote: quoted, sections: 0, id: None };
        push_word(&mut toks, tok, joined, text, lex);
        space_before = false;
        newline_before = false;
        i = j;
    }
    (toks, quote)
}

/// The end of the plain word at `start`, and whether it has Latin-1
/// letters: ASCII letters and digits and Latin-1 letters, not a URL, at
/// most a `Norm`'s inline length, and followed by the end of the text, an
/// ASCII mark that joins nothing, or a connector (`-`, `'`, `.`, `,`)
/// before an ASCII mark. `None` for anything else (the general path).
#[inline]
fn plain_word_end(bytes: &[u8], start: usize) -> Option<(usize, bool)> {
    // A Latin-1 letter at `k`: C3 xx but × and ÷ (the text is UTF-8, so a
    // second byte follows).
    let latin1_at = |k: usize| bytes.get(k) == Some(&0xC3) && !matches!(bytes[k + 1], 0x97 | 0xB7);
    let first = bytes[start];
    let mut latin1 = latin1_at(start);
    if !(first.is_ascii_alphanumeric() || latin1) || matches!(first, b'h' | b'H' | b'w' | b'W') && is_url_start(&bytes[start..]) {
        return None;
    }
    let n = bytes.len();
    // Eight bytes at a time; the zeros past the end of the text stop it.
    let mut j = start + if latin1 { 2 } else { 1 };
    loop {
        let other = !ascii_alphanumerics(load8(bytes, j)) & 0x8080_8080_8080_8080;
        if other != 0 {
            j += other.trailing_zeros() as usize / 8;
            if !latin1_at(j) {
                break;
            }
            latin1 = true;
            j += 2;
            continue;
        }
        j += 8;
    }
    let ends = j >= n || {
        let x = bytes[j];
        x < 0x80 && (!matches!(x, b'-' | b'\'' | b'.' | b',') || j + 1 >= n || bytes[j + 1] < 0x80 && !bytes[j + 1].is_ascii_alphanumeric())
    };
    (ends && j - start <= 22).then_some((j, latin1))
}

/// The eight bytes of `bytes` from `at` as a little-endian word, zero past
/// the end.
#[inline]
fn load8(bytes: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 8];
    match bytes.get(at..at + 8) {
        Some(all) => b.copy_from_slice(all),
        None => {
            let rest = bytes.get(at..).unwrap_or_default();
            b[..rest.len()].copy_from_slice(rest);
        }
    }
    u64::from_le_bytes(b)
}

/// The top bit of each byte of `w` (little-endian) that is an ASCII
/// letter or digit, the other bits clear.
#[inline]
fn ascii_alphanumerics(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    // Top bit of each byte of `x` (under 0x80) from `lo` to `hi`: no sum
    // carries into the next byte.
    let within = |x: u64, lo: u8, hi: u8| (x + (0x80 - lo as u64) * ONES) & !(x + (0x7F - hi as u64) * ONES) & HIGH;
    let low7 = w & !HIGH;
    (within(low7, b'0', b'9') | within(low7 | 0x20 * ONES, b'a', b'z')) & !w
}

/// The `len` bytes (ASCII letters and digits, `len` ≤ 22) at `start`,
/// folded as `fold_norm` folds them, as three little-endian words, zero
/// past `len`. A letter's 0x40 bit is set and a digit's clear, so lower
/// case is that bit shifted onto the case bit.
#[inline]
fn plain_words(bytes: &[u8], start: usize, len: usize) -> [u64; 3] {
    // The word `k` of the result; `valid`: how many of its bytes are the
    // word's (1 to 8).
    let fold = |k: usize, valid: usize| {
        let x = load8(bytes, start + 8 * k) & u64::MAX >> (64 - 8 * valid);
        x | (x & 0x4040_4040_4040_4040) >> 1
    };
    let mut w = [fold(0, len.min(8)), 0, 0];
    if len > 8 {
        w[1] = fold(1, (len - 8).min(8));
        if len > 16 {
            w[2] = fold(2, len - 16);
        }
    }
    w
}

/// A contraction's ending ("t", "s", "re", "ll", "ve", "d", "m") as a whole
/// word at the start of `rest`.
fn starts_contraction(rest: &str) -> bool {
    ["t", "s", "re", "ll", "ve", "d", "m"].iter().any(|e| {
        rest.strip_prefix(e).is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// "U.S", "e.g": single letters separated by dots so far.
fn is_initialism(word: &str) -> bool {
    word.chars().enumerate().all(|(k, c)| if k % 2 == 0 { c.is_alphabetic() } else { c == '.' })
}

/// Pushes a token, splitting French elisions ("l'année" → "l'", "année") and
/// inverted clitics ("a-t-il" → "a", "il") so that each word can be matched.
/// `joined`: a hyphen or an apostrophe may be inside (without one, neither
/// is searched for).
#[inline(always)] // once a token: no call, no copy of the token as an argument
fn push_word(toks: &mut Vec<Token>, mut tok: Token, joined: bool, text: &str, lex: &Lexicon) {
    if tok.norm.is_empty() {
        tok.norm = match tok.span.slice(text).as_bytes() {
            // A mark of one ASCII byte (most marks): folded as `fold_word` would.
            &[b] if b < 0x80 => Norm::from_ascii_words(1, [u64::from(if b == b'`' { b'\'' } else { b.to_ascii_lowercase() }), 0, 0]),
            _ => fold_norm(tok.span.slice(text)),
        };
    }
    tok.id = lex.norm_id(&tok.norm);
    tok.sections = tok.id.map_or(0, |id| lex.bits_of(id));
    // Most words hold neither an apostrophe nor a hyphen: the tokenizer
    // knows, and one byte scan spares the others the searches in `split_word`.
    if tok.kind != TokenKind::Word || !joined || !tok.norm.bytes().any(|b| b == b'\'' || b == b'-') {
        toks.push(tok);
    } else {
        split_word(toks, tok, text, lex);
    }
}

/// `push_word` for a word with a hyphen or an apostrophe.
fn split_word(toks: &mut Vec<Token>, tok: Token, text: &str, lex: &Lexicon) {
    let raw = tok.span.slice(text);
    // Elision: the part before the apostrophe is a listed elided word.
    if let Some(p) = tok.norm.find('\'') {
        let (head, rest) = (sub(&tok.norm, ..p), sub(&tok.norm, p + 1..));
        if !rest.is_empty() && lex.sections_of(head) & sec::ELISIONS != 0 {
            let raw_p = raw.char_indices().find(|(_, c)| is_apostrophe(*c)).map(|(k, c)| k + c.len_utf8()).unwrap();
            // The head and its apostrophe, as folded ("l'").
            let first = part(&tok, Span::new(tok.span.start, tok.span.start + raw_p), Norm::from(sub(&tok.norm, ..p + 1)), lex);
            let rest_tok = Token {
                span: Span::new(tok.span.start + raw_p, tok.span.end),
                norm: Norm::default(),
                cap: sub(raw, raw_p..).starts_with(char::is_uppercase),
                space_before: false,
                newline_before: false,
                ..tok
            };
            toks.push(first);
            return push_word(toks, rest_tok, true, text, lex);
        }
    }
    // Inverted clitic: "déclare-t-il", "a-t-elle", "estiment-ils".
    if let Some(p) = tok.norm.rfind('-') {
        let clitic = sub(&tok.norm, p + 1..);
        if lex.sections_of(clitic) & sec::INVERSION_CLITICS != 0 {
            let verb_end = sub(&tok.norm, ..p).strip_suffix("-t").map_or(p, |v| v.len());
            // Folding keeps byte lengths for the characters involved here
            // (ASCII hyphens and letters), so folded offsets are raw offsets
            // as long as the raw word has the same length.
            if raw.len() == tok.norm.len() && verb_end > 0 {
                let verb = part(&tok, Span::new(tok.span.start, tok.span.start + verb_end), Norm::from(sub(&tok.norm, ..verb_end)), lex);
                let pron = Token { cap: false, space_before: false, newline_before: false, ..part(&tok, Span::new(tok.span.start + p + 1, tok.span.end), Norm::from(clitic), lex) };
                toks.push(verb);
                toks.push(pron);
                return;
            }
        }
    }
    toks.push(tok);
}

/// A part of a split word: `norm` over `span`, with its id and sections
/// looked up once; all else as in the whole word `tok`.
fn part(tok: &Token, span: Span, norm: Norm, lex: &Lexicon) -> Token {
    let id = lex.norm_id(&norm);
    Token { span, sections: id.map_or(0, |id| lex.bits_of(id)), id, norm, ..tok.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str, lang: &str) -> Vec<String> {
        let lex = crate::lexicon::language(lang).unwrap();
        tokenize(text, lex, QuoteState::NONE).0.into_iter().map(|t| t.norm.to_string()).collect()
    }

    #[test]
    fn latin1_word_chars_as_unicode_says() {
        for c in ('\u{80}'..='\u{FF}').chain('\u{2000}'..='\u{206F}') {
            assert_eq!(is_word_char(c), c.is_alphanumeric() || c == '\u{00AD}', "{c:?}");
        }
        for c in ('\0'..='\u{FF}').chain('\u{2000}'..='\u{206F}') {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn splits_elisions_and_clitics() {
        assert_eq!(norms("D’après l’AFP, a-t-il dit", "fr"), ["d'", "après", "l'", "afp", ",", "a", "il", "dit"]);
    }

    #[test]
    fn keeps_initialisms_numbers_and_names_whole() {
        assert_eq!(norms("U.S. officials paid 3.5 or 1,000 to Kassym-Jomart.", "en"), ["u.s.", "officials", "paid", "3.5", "or", "1,000", "to", "kassym-jomart", "."]);
    }

    #[test]
    fn plain_words_as_the_general_path() {
        let lex = crate::lexicon::language("en").unwrap();
        let text = "Said 3 officials, x-ray 40-page U.S. it's A1 Bcd. Zz9,no; 1,000 www.x.org WhoWhat abcdefghijklmnopqrstuv abcdefghijklmnopqrstuvw Été ÉTATS-Unis 3×4 a÷b déjà, Ça dÉjÀ l’été für Öl";
        for n in [text.len(), text.len() - 1, text.len() - 4] {
            for t in tokenize(&text[..n], lex, QuoteState::NONE).0 {
                let raw = t.span.slice(&text[..n]);
                if !raw.contains(['-', '\'']) {
                    assert_eq!(t.norm, fold_norm(raw).as_str(), "{raw}");
                }
                assert_eq!(t.id, lex.norm_id(&t.norm), "{raw}");
                assert_eq!(t.cap, raw.starts_with(char::is_uppercase), "{raw}");
            }
        }
        assert!(ascii_alphanumerics(u64::from_le_bytes(*b"aZ09@[`{")) == 0x80808080);
    }

    #[test]
    fn urls_are_one_token() {
        assert_eq!(norms("Lire https://reseauinternational.net/moscou-aurait-cible…", "fr"), ["lire", "https://reseauinternational.net/moscou-aurait-cible…"]);
    }

    #[test]
    fn quote_marks_as_character_references() {
        let lex = crate::lexicon::language("es").unwrap();
        let (toks, open) = tokenize("“No hay salida&rdquor;, decía. &laquo;Sí&raquo; &amp; no", lex, QuoteState::NONE);
        let quoted: Vec<_> = toks.iter().filter(|t| t.in_quote).map(|t| t.norm.as_str()).collect();
        assert_eq!(quoted, ["no", "hay", "salida", "sí"]);
        assert!(!open.is_open());
        let close = toks.iter().find(|t| t.kind == TokenKind::QuoteClose).unwrap();
        assert_eq!((close.span.start, close.span.end, close.norm.as_str()), (16, 24, "\u{201D}"));
    }

    #[test]
    fn german_quotes_close() {
        let lex = crate::lexicon::language("de").unwrap();
        let (toks, open) = tokenize("Er sagte „ja“ und »nein« dann", lex, QuoteState::NONE);
        let quoted: Vec<_> = toks.iter().filter(|t| t.in_quote).map(|t| t.norm.as_str()).collect();
        assert_eq!(quoted, ["ja", "nein"]);
        assert!(!open.is_open());
    }

    #[test]
    fn nested_and_glued_quotes() {
        let lex = crate::lexicon::language("de").unwrap();
        let (toks, open) = tokenize("„Er sagte ‚nie‘ und ging“, so sie. Dann", lex, QuoteState::NONE);
        assert!(!open.is_open());
        assert!(!toks.iter().any(|t| t.norm == "dann" && t.in_quote));
        let lex = crate::lexicon::language("en").unwrap();
        let (_, open) = tokenize("to do it\", he said.", lex, QuoteState::NONE);
        assert!(!open.is_open(), "a straight mark glued to a word does not open");
    }

    #[test]
    fn tracks_quotes() {
        let lex = crate::lexicon::language("fr").unwrap();
        let (toks, open) = tokenize("Il a dit « oui » et « non", lex, QuoteState::NONE);
        let quoted: Vec<_> = toks.iter().filter(|t| t.in_quote).map(|t| t.norm.as_str()).collect();
        assert_eq!(quoted, ["oui", "non"]);
        assert_eq!(open.opener(), Some('«'));
        // A closer closes only its own opener; a stray closer opens nothing.
        let (toks, open) = tokenize("“We won,” he said » then. “Again.”", lex, QuoteState::NONE);
        assert_eq!(toks.iter().filter(|t| t.in_quote).count(), 5);
        assert!(!open.is_open());
    }

    #[test]
    fn spans_cover_the_original_text() {
        let lex = crate::lexicon::language("fr").unwrap();
        let text = "L’année « déclare-t-elle » 😀 é\u{301}t\u{e9}";
        for t in tokenize(text, lex, QuoteState::NONE).0 {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }
}
