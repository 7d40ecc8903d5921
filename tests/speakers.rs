//! Who speaks: the ledger of a page's speakers (`Analysis::speakers`), one
//! row per text: its speakers in order of first appearance, each with its
//! kind and, per sentence where it speaks, its words there.

use sourcelight::speakers::SpeakerKind::{self, *};

/// (kind, [(sentence, words)]) for each speaker of `text`.
fn ledger(text: &str, lang: &str) -> Vec<(SpeakerKind, Vec<(usize, String)>)> {
    let a = sourcelight::analyze(text, lang).unwrap();
    a.speakers.iter().map(|sp| (sp.kind, sp.mentions.iter().map(|m| (m.sentence, m.span.slice(text).to_string())).collect())).collect()
}

macro_rules! t {
    ($name:ident, $lang:literal, $text:expr, [$(($kind:expr, [$(($k:literal, $words:literal)),*])),* $(,)?]) => {
        #[test]
        fn $name() {
            let want: Vec<(SpeakerKind, Vec<(usize, String)>)> = vec![$(($kind, vec![$(($k, $words.to_string())),*])),*];
            assert_eq!(ledger($text, $lang), want, "{}", $text);
        }
    };
}

// Grouping: the same words, a later mention, a pronoun the engine resolved.
t!(a_pronoun_joins_the_named_person_before_it, "en",
   "Eswar Prasad, a trade professor at Cornell, said the talks had stalled. \"It is a mess,\" he said. Officials said the plant was closed.",
   [(NamedPerson, [(0, "Eswar Prasad, a trade professor at Cornell"), (1, "he")]), (Unnamed, [(2, "Officials")])]);
t!(the_same_unnamed_wording_is_one_speaker, "en",
   "A senior official said the plant was closed. The weather was fine. A senior official said it would reopen.",
   [(Unnamed, [(0, "A senior official"), (2, "A senior official")])]);
t!(a_surname_after_the_full_name_is_the_same_person, "en",
   "Reuters reported that the talks stalled. Mr. Smith said they would resume. Smith added that nothing was signed.",
   [(NamedInstitution, [(0, "Reuters")]), (NamedPerson, [(1, "Mr. Smith"), (2, "Smith")])]);
t!(a_shorter_description_of_a_named_body_is_the_same_body, "en",
   "The Ministry of Defence said the base was hit. The ministry added that two soldiers were hurt.",
   [(NamedInstitution, [(0, "The Ministry of Defence"), (1, "The ministry")])]);

// Kinds.
t!(received_knowledge_is_impersonal, "en",
   "It is believed that the base was hit. Police said two soldiers were hurt.",
   [(Impersonal, [(0, "It is believed")]), (NamedInstitution, [(1, "Police")])]);
t!(french_unnamed_source_and_named_person, "fr",
   "Moscou aurait ciblé la ville, selon une source proche du dossier. « Nous ne céderons pas », a déclaré Emmanuel Macron.",
   [(Unnamed, [(0, "une source proche du dossier")]), (NamedPerson, [(1, "Emmanuel Macron")])]);
t!(a_name_given_before_outside_any_report_is_a_person, "en",
   "Prime Minister Keir Starmer visited the plant on Monday. Starmer said it would stay open.",
   [(NamedPerson, [(1, "Starmer")])]);
t!(a_text_without_reports_has_no_speaker, "en", "The weather was fine on Tuesday. Trains ran on time.", []);

#[test]
fn speakers_come_in_order_of_first_appearance_and_their_sentences_in_order() {
    let text = "Officials said the plant was closed. Putin said it was open. Officials said it was not. They said it was.";
    let a = sourcelight::analyze(text, "en").unwrap();
    let firsts: Vec<usize> = a.speakers.iter().map(|s| s.first().sentence).collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
    for s in &a.speakers {
        let sentences: Vec<usize> = s.sentences().collect();
        assert!(sentences.windows(2).all(|w| w[0] < w[1]), "one mention a sentence, in order: {sentences:?}");
        for m in &s.mentions {
            assert!(a.sentences[m.sentence].span.start <= m.span.start && m.span.end <= a.sentences[m.sentence].span.end, "a mention lies in its sentence");
        }
    }
    // "They" follows the engine: whoever spoke last, the officials.
    assert_eq!(a.speakers[0].sentences().collect::<Vec<_>>(), [0, 2, 3]);
}

#[test]
fn every_speaker_of_the_corpus_texts_speaks_in_a_sentence_with_a_label() {
    // Each mention is a frame or cue the engine labelled: its sentence has a label.
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/texts")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let a = sourcelight::analyze(&text, "auto").unwrap();
        for s in &a.speakers {
            assert!(!s.mentions.is_empty());
            for m in &s.mentions {
                let labels = a.sentences[m.sentence].labels;
                assert!(!labels.is_empty(), "{}: {:?} speaks in an unlabelled sentence", path.display(), m.span.slice(&text));
                assert!(!m.span.is_empty(), "{}: empty mention", path.display());
            }
        }
    }
}
