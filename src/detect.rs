//! Language detection from frequent function words (each language file's
//! `[detect]` list). Short texts or texts in no known language get `None`.

use crate::lexicon::{self, Lexicon};

/// Words looked at, at most: enough to decide, bounded on huge pages.
const SAMPLE_WORDS: usize = 4000;
/// Fewest function-word hits needed to name a language.
const MIN_HITS: usize = 2;

/// The most likely supported language of `text`, if any, when this build
/// has it (see [`detect_code`] for a language not loaded yet).
pub fn detect(text: &str) -> Option<&'static Lexicon> {
    detect_code(text).and_then(lexicon::language)
}

/// The code of the most likely language of `text` among all of this
/// build's data (`lexicon::catalog`), loaded or not: the `.wasm`'s host asks
/// this to know which language file to load.
pub fn detect_code(text: &str) -> Option<&'static str> {
    let langs = lexicon::catalog();
    let mut hits = vec![0usize; langs.len()];
    let mut word = String::new();
    let mut seen = 0;
    for w in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).take(SAMPLE_WORDS) {
        word.clear();
        crate::fold::fold_word(w, &mut word);
        seen += 1;
        let mut bits = lexicon::detect_bits(&word);
        while bits != 0 {
            hits[bits.trailing_zeros() as usize] += 1;
            bits &= bits - 1;
        }
    }
    let (best, &n) = hits.iter().enumerate().max_by_key(|(_, n)| **n)?;
    // At least a few hits, and a clear share of the words for longer texts.
    (n >= MIN_HITS.min(seen) && n > 0 && n * 20 >= seen.min(200)).then(|| langs[best].code.as_str())
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn tells_languages_apart() {
        assert_eq!(detect("Le président a déclaré que les forces de l'ordre sont dans la ville.").unwrap().code, "fr");
        assert_eq!(detect("The president said that the troops were in the city.").unwrap().code, "en");
        assert!(detect("Ĉi tiu frazo estas en Esperanto, kiun neniu datumo konas.").is_none());
        assert!(detect("").is_none());
    }
}
