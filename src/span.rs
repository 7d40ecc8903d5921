//! Byte spans into UTF-8 text.

use serde::Serialize;
use std::slice::SliceIndex;

/// A half-open byte range `[start, end)` into a UTF-8 string.
///
/// The core speaks UTF-8 byte offsets everywhere; conversion to UTF-16 for
/// the DOM happens once, in the wasm binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn union(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The same span moved right by `by` bytes.
    pub fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The text this span covers.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        sub(text, self.start..self.end)
    }
}

/// `&text[range]`, for byte offsets the engine found on char boundaries.
///
/// Not the index operator: its panic message prints the character at a
/// bad offset, and that brings std's tables of printable characters and
/// of escapes into the .wasm (with the two-way string search, 4.6 KB of
/// the page download, gzip). This one panics too, with a plain message.
pub(crate) fn sub<R: SliceIndex<str, Output = str>>(text: &str, range: R) -> &str {
    text.get(range).expect("byte offsets on char boundaries")
}
