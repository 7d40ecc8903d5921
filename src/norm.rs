//! The folded form of a token, stored inline when short (nearly every
//! word), so that tokenizing allocates nothing per token.

use std::fmt;
use std::ops::Deref;

/// Bytes kept inline; longer forms go to the heap.
const INLINE: usize = 22;

/// A short string: inline up to 22 bytes, boxed beyond.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Norm {
    /// Up to `INLINE` bytes of UTF-8 and their length.
    Inline(u8, [u8; INLINE]),
    /// A longer form.
    Heap(Box<str>),
}

impl Default for Norm {
    fn default() -> Norm {
        Norm::Inline(0, [0; INLINE])
    }
}

impl Norm {
    /// The form as a string slice.
    pub fn as_str(&self) -> &str {
        match self {
            // The bytes were copied from a `&str` whole, so they are UTF-8.
            Norm::Inline(len, bytes) => std::str::from_utf8(&bytes[..*len as usize]).unwrap_or_default(),
            Norm::Heap(s) => s,
        }
    }
}

impl From<&str> for Norm {
    fn from(s: &str) -> Norm {
        if s.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Norm::Inline(s.len() as u8, bytes)
        } else {
            Norm::Heap(s.into())
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
        assert!(matches!(Norm::from("déclaré"), Norm::Inline(..)));
    }
}
