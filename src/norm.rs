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
    }
}
