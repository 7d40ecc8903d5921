//! Case folding for matching: lower case and one apostrophe.
//!
//! Matching happens on folded words, never on the original text, so every
//! folded word keeps the byte span of the original word it came from.

use crate::norm::Norm;

/// Folds one word for matching: lower case, typographic apostrophes made
/// straight. Accents are kept: in French they tell forms apart
/// ("déclarait" is not "declarerait").
pub fn fold_word(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}' | '`' | '\u{00B4}' => out.push('\''),
            '\u{2010}' | '\u{2011}' => out.push('-'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            // Latin-1 letters (most accents of the supported languages):
            // capitals are 0x20 below their small letter, × excepted.
            '\u{00C0}'..='\u{00DE}' if c != '\u{00D7}' => out.push(char::from(c as u8 + 0x20)),
            '\u{0080}'..='\u{00FF}' => out.push(c),
            // The one capital whose lower case is two characters.
            '\u{0130}' => out.push_str("i\u{0307}"),
            c => out.push(crate::lower::lower(c)),
        }
    }
}

/// Folds one word into a `Norm`: a short word of ASCII and Latin-1
/// letters byte by byte (`Norm::fold_latin1`), any other through
/// `fold_word`. (The tokenizer folds plain ASCII words itself.)
pub fn fold_norm(word: &str) -> Norm {
    Norm::fold_latin1(word).unwrap_or_else(|| {
        // Fold into a reused buffer, then keep the (mostly inline) result.
        thread_local!(static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) });
        BUF.with_borrow_mut(|buf| {
            buf.clear();
            fold_word(word, buf);
            Norm::from(buf.as_str())
        })
    })
}

/// Returns the folded form of a word as a new string.
pub fn folded(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_word(word, &mut s);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_fast_path_agrees_with_unicode() {
        for c in '\u{0080}'..='\u{00FF}' {
            let mut slow = String::new();
            if c != '\u{00B4}' {
                slow.extend(c.to_lowercase());
                assert_eq!(folded(&c.to_string()), slow, "{c:?}");
            }
        }
    }

    #[test]
    fn ascii_words_fold_as_each_byte() {
        for b in 1..0x80u8 {
            for at in [0, 7, 8, 13, 21] {
                let mut w = vec![b'x'; 22];
                w[at] = b;
                let w = String::from_utf8(w).unwrap();
                assert_eq!(fold_norm(&w), folded(&w).as_str(), "{b:#x} at {at}");
                assert_eq!(fold_norm(&w[..=at]), folded(&w[..=at]).as_str(), "{b:#x} ending {at}");
            }
        }
    }

    #[test]
    fn latin1_words_fold_as_each_character() {
        let chars: Vec<char> = ('\u{1}'..='\u{FF}').chain(['\u{2018}', '\u{2019}', '\u{2010}', '\u{0130}', '\u{0152}']).collect();
        for &c in &chars {
            for w in [format!("x{c}"), format!("{c}É"), format!("{c}{c}{c}{c}{c}{c}{c}{c}"), format!("ÀÖØÞ×ßàÿ{c}")] {
                assert_eq!(fold_norm(&w), folded(&w).as_str(), "{w:?}");
            }
        }
    }

    #[test]
    fn folds_case_and_apostrophes() {
        assert_eq!(folded("D’après"), "d'après");
        assert_eq!(folded("ÉTATS"), "états");
        assert_eq!(folded("U.S."), "u.s.");
        for w in ["D’après", "ÉTATS", "U.S.", "Don`t", "a-t-il", "https://example.org/a/very/long/path/indeed"] {
            assert_eq!(fold_norm(w), folded(w).as_str());
        }
    }
}
