//! The lexicon's words and their ids: an open-addressing table keyed by a
//! `Norm`'s inline bytes, hashed and compared as three machine words.
//!
//! Every token is looked up once. `HashMap<Norm, u32>` spent ~85
//! instructions a lookup (hashing the enum field by field, then probing a
//! group of control bytes); here a lookup hashes three `u64`s and probes a
//! `u32` array.

use crate::norm::Norm;

/// Words by id, and ids by word.
#[derive(Debug)]
pub(crate) struct WordTable {
    /// By id, the word's key (`Norm::inline_words`), or `NO_KEY` for a
    /// word too long to be inline.
    keys: Vec<[u64; 3]>,
    /// Id + 1 of the word hashed here (or after, probing linearly), 0 when
    /// empty. A power of two long, at most half full.
    slots: Vec<u32>,
    /// `64 - log2(slots.len())`: the hash's top bits (its best mixed) pick
    /// the slot.
    shift: u32,
    /// The words longer than a `Norm` keeps inline (few, if any), with their id.
    long: Vec<(Box<str>, u32)>,
}

/// No inline key has a length byte of 0xFF.
const NO_KEY: [u64; 3] = [u64::MAX; 3];

const FIRST_SLOTS: usize = 16;

impl Default for WordTable {
    fn default() -> WordTable {
        WordTable { keys: Vec::new(), slots: vec![0; FIRST_SLOTS], shift: 64 - FIRST_SLOTS.trailing_zeros(), long: Vec::new() }
    }
}

/// The Fx multiply-rotate hash over the three words.
#[inline]
fn hash(key: &[u64; 3]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let h = key[0].wrapping_mul(SEED);
    let h = (h.rotate_left(5) ^ key[1]).wrapping_mul(SEED);
    (h.rotate_left(5) ^ key[2]).wrapping_mul(SEED)
}

impl WordTable {
    /// The id of `word`, if the table holds it.
    #[inline(always)] // once a token
    pub(crate) fn get(&self, word: &Norm) -> Option<u32> {
        let Some(key) = word.inline_words() else {
            return self.long.iter().find(|(w, _)| **w == **word).map(|&(_, id)| id);
        };
        self.get_key(key)
    }

    /// The id of the inline word whose key (`Norm::inline_words`) is `key`.
    #[inline]
    pub(crate) fn get_key(&self, key: [u64; 3]) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = (hash(&key) >> self.shift) as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            if self.keys[slot as usize - 1] == key {
                return Some(slot - 1);
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `word`, which the table does not hold, with the next id (the
    /// number of words so far), and returns that id.
    pub(crate) fn insert(&mut self, word: Norm) -> u32 {
        let id = self.keys.len() as u32;
        let Some(key) = word.inline_words() else {
            self.keys.push(NO_KEY);
            self.long.push((word.as_str().into(), id));
            return id;
        };
        self.keys.push(key);
        let inline = self.keys.len() - self.long.len();
        if inline * 2 > self.slots.len() {
            self.slots = vec![0; self.slots.len() * 2];
            self.shift -= 1;
            for id in 0..self.keys.len() as u32 {
                self.place(id);
            }
        } else {
            self.place(id);
        }
        id
    }

    fn place(&mut self, id: u32) {
        let key = self.keys[id as usize];
        if key == NO_KEY {
            return;
        }
        let mask = self.slots.len() - 1;
        let mut i = (hash(&key) >> self.shift) as usize & mask;
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = id + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        let mut t = WordTable::default();
        let words: Vec<String> = (0..1000).map(|k| format!("w{k}")).chain(["".into(), "a-very-long-word-beyond-inline".into(), "l'".into()]).collect();
        for (k, w) in words.iter().enumerate() {
            assert_eq!(t.insert(Norm::from(w.as_str())), k as u32);
        }
        for (k, w) in words.iter().enumerate() {
            assert_eq!(t.get(&Norm::from(w.as_str())), Some(k as u32), "{w}");
        }
        for w in ["w1000", "w", "a-very-long-word-beyond-inlinE", "l", "l''"] {
            assert_eq!(t.get(&Norm::from(w)), None, "{w}");
        }
    }
}
