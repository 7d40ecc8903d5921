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

    /// `s` with `map` applied to each 8 bytes (little-endian), when `s`
    /// and the result are ASCII and short enough to be inline (nearly every
    /// word): folding a few machine words rather than each byte. `None`
    /// otherwise. Bytes past the end of `s` stay zero whatever `map` does.
    #[inline]
    pub fn map_ascii_words(s: &str, map: impl Fn(u64) -> u64) -> Option<Norm> {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let len = s.len();
        if len > INLINE {
            return None;
        }
        let mut buf = [0u8; 24];
        buf[..len].copy_from_slice(s.as_bytes());
        // Any byte ≥ 0x80 in or out sets a top bit of `seen`.
        let mut seen = 0;
        // Only the words `s` reaches (one for most words); the others stay zero.
        for k in 0..len.div_ceil(8) {
            let w = u64::from_le_bytes(buf[8 * k..8 * k + 8].try_into().unwrap());
            // The bytes of this word that belong to `s`.
            let valid = match len - 8 * k {
                n if n >= 8 => u64::MAX,
                n => (1 << (8 * n)) - 1,
            };
            let m = map(w) & valid;
            seen |= w | m;
            buf[8 * k..8 * k + 8].copy_from_slice(&m.to_le_bytes());
        }
        if seen & HIGH != 0 {
            return None;
        }
        let mut bytes = [0; INLINE];
        bytes.copy_from_slice(&buf[..INLINE]);
        Some(Norm(Repr::Inline(len as u8, bytes)))
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
        assert_eq!(Norm::map_ascii_words("AbC", |w| w | 0x2020_2020_2020_2020).unwrap(), "abc");
        assert_eq!(Norm::map_ascii_words("abcdefghijklmnopqrstuv", |w| w).unwrap(), "abcdefghijklmnopqrstuv");
        assert!(Norm::map_ascii_words("é", |w| w).is_none() && Norm::map_ascii_words("a", |_| 0xC3).is_none());
    }
}

/// FNV-1a (64 bits) of some bytes: the corpus split's article hash, and a
/// word's fingerprint where keeping the word would cost a copy.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
