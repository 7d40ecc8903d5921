//! UTF-8 byte offsets → UTF-16 code-unit offsets, for the DOM.
//!
//! All offsets a result needs are converted in one forward pass over the
//! text (not one pass per span).

/// Converts many byte offsets of `text` at once.
pub struct Utf16Map {
    /// (byte offset, utf-16 offset), sorted by byte offset.
    table: Vec<(usize, u32)>,
}

impl Utf16Map {
    /// Builds the table for `offsets` (any order, duplicates allowed).
    /// Each offset must lie on a char boundary of `text`, or at its end.
    pub fn new(text: &str, mut offsets: Vec<usize>) -> Utf16Map {
        offsets.sort_unstable();
        offsets.dedup();
        let mut table = Vec::with_capacity(offsets.len());
        let mut units = 0u32;
        let mut byte = 0usize;
        let mut chars = text.chars();
        for off in offsets {
            while byte < off {
                let Some(c) = chars.next() else { break };
                byte += c.len_utf8();
                units += c.len_utf16() as u32;
            }
            table.push((off, units));
        }
        Utf16Map { table }
    }

    /// The UTF-16 offset of a byte offset given to `new`.
    ///
    /// # Panics
    /// If `byte` was not given to `new` (a bug in the caller).
    pub fn get(&self, byte: usize) -> u32 {
        let k = self.table.binary_search_by_key(&byte, |e| e.0).expect("offset registered in Utf16Map::new");
        self.table[k].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_surrogate_pairs_and_accents() {
        let text = "é😀a";
        let m = Utf16Map::new(text, vec![0, 2, 6, 7]);
        assert_eq!([m.get(0), m.get(2), m.get(6), m.get(7)], [0, 1, 3, 4]);
    }
}
