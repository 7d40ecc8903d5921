//! The folded form of a token, stored inline when short (nearly every
//! word), so that tokenizing allocates nothing per token.

use std::fmt;
use std::ops::Deref;

/// Bytes kept inline; longer forms go to the heap.
const INLINE: usize = 22;

/// A short string: inline up to 22 bytes, boxed beyond. Built only from
/// `&str` (its fields are private), so it always holds UTF-8.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Norm(Repr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    /// Up to `INLINE` bytes of UTF-8 and their length.
    Inline(u8, [u8; INLINE]),
    /// A longer form.
    Heap(Box<str>),
}

impl Default for Norm {
    fn default() -> Norm {
        Norm(Repr::Inline(0, [0; INLINE]))
    }
}

impl Norm {
    /// The form as a string slice.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: `Inline` is only built by `From<&str>`, which copies a
            // whole `&str`: the first `len` bytes are valid UTF-8. (Checking
            // again on every read cost a fifth of the analysis time.)
            Repr::Inline(len, bytes) => unsafe { std::str::from_utf8_unchecked(&bytes[..*len as usize]) },
            Repr::Heap(s) => s,
        }
    }
}

impl Norm {
    /// An inline form as three words: its bytes (zero past its end) and,
    /// in the top byte of the last, its length; `None` for a longer form.
    /// Two inline forms are equal exactly when their words are, so a table
    /// can hash and compare these instead of bytes.
    #[inline]
    pub fn inline_words(&self) -> Option<[u64; 3]> {
        match &self.0 {
            Repr::Inline(len, b) => {
                let word = |k: usize| u64::from_le_bytes(b[k..k + 8].try_into().unwrap());
                let mut last = [0u8; 8];
                last[..INLINE - 16].copy_from_slice(&b[16..]);
                last[7] = *len;
                Some([word(0), word(8), u64::from_le_bytes(last)])
            }
            Repr::Heap(_) => None,
        }
    }

    /// The inline form of `len` ASCII bytes given as three little-endian
    /// words (zero past `len`, `len` ≤ 22): what the tokenizer folds a
    /// plain word into without a copy of its bytes.
    #[inline]
    pub(crate) fn from_ascii_words(len: usize, w: [u64; 3]) -> Norm {
        // ASCII whatever the caller gives (the top bits cleared): always
        // whole UTF-8, without a test.
        let ascii = |x: u64| (x & 0x7F7F_7F7F_7F7F_7F7F).to_le_bytes();
        let mut bytes = [0; INLINE];
        bytes[..8].copy_from_slice(&ascii(w[0]));
        bytes[8..16].copy_from_slice(&ascii(w[1]));
        bytes[16..].copy_from_slice(&ascii(w[2])[..INLINE - 16]);
        Norm(Repr::Inline(len.min(INLINE) as u8, bytes))
    }

    /// `s` folded for matching (`fold::fold_word`) when it holds only ASCII
    /// and the Latin-1 letters written `C3 xx` (most accented words), and
    /// is short enough to be inline; `None` otherwise. Each byte folds on
    /// its own: A–Z, and the second bytes 0x80–0x9E but 0x97 (À–Þ but ×),
    /// gain 0x20; '`' becomes '\''. The result stays UTF-8: ASCII bytes
    /// stay ASCII, and second bytes stay second bytes.
    #[inline]
    pub(crate) fn fold_latin1(s: &str) -> Option<Norm> {
        let b = s.as_bytes();
        if b.len() > INLINE {
            return None;
        }
        let mut bytes = [0u8; INLINE];
        for (o, &x) in bytes.iter_mut().zip(b) {
            *o = match x {
                b'A'..=b'Z' => x + 0x20,
                b'`' => b'\'',
                0x80..=0x9E if x != 0x97 => x + 0x20,
                0xC0.. if x != 0xC3 => return None,
                _ => x,
            };
        }
        Some(Norm(Repr::Inline(b.len() as u8, bytes)))
    }
}

impl From<&str> for Norm {
    fn from(s: &str) -> Norm {
        if s.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Norm(Repr::Inline(s.len() as u8, bytes))
        } else {
            Norm(Repr::Heap(s.into()))
        }
    }
}

impl Deref for Norm {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Norm {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Norm {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Norm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Norm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Norm;

    #[test]
    fn short_and_long_forms_read_back() {
        for s in ["", "l'", "déclaré", "https://example.org/a/very/long/path/indeed"] {
            assert_eq!(Norm::from(s).as_str(), s);
        }
        assert!(matches!(Norm::from("déclaré").0, super::Repr::Inline(..)));
        assert_eq!(Norm::fold_latin1("AbÉ`").unwrap(), "abé'");
        assert_eq!(Norm::fold_latin1("abcdefghijklmnopqrstuv").unwrap(), "abcdefghijklmnopqrstuv");
        assert!(Norm::fold_latin1("’").is_none() && Norm::fold_latin1("abcdefghijklmnopqrstuvw").is_none());
    }
}

/// FNV-1a (64 bits) of some bytes: the corpus split's article hash, and a
/// word's fingerprint where keeping the word would cost a copy.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
