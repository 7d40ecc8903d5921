//! The seed article (a French opinion piece, 96 labelled sentences): the
//! expectations of the walking skeleton, read from the corpus file.

use serde_json::Value;
use sourcelight::{analyze_sentences, Category};

fn seed() -> Vec<Value> {
    let text = include_str!("corpus/seed-fr.jsonl");
    text.lines().map(|l| serde_json::from_str(l).expect("corpus line parses")).collect()
}

fn labels_by_id() -> Vec<(String, sourcelight::Labels, Vec<String>)> {
    let lines = seed();
    let texts: Vec<&str> = lines.iter().map(|l| l["text"].as_str().unwrap()).collect();
    let a = analyze_sentences(&texts, "fr").unwrap();
    assert_eq!(a.sentences.len(), lines.len());
    lines
        .iter()
        .zip(&a.sentences)
        .map(|(l, s)| {
            let text = l["text"].as_str().unwrap();
            let cues = s.cues.iter().map(|c| c.span.slice(text).to_string()).collect();
            (l["id"].as_str().unwrap().to_string(), s.labels, cues)
        })
        .collect()
}

fn gold(id: &str) -> Vec<String> {
    let line = seed().into_iter().find(|l| l["id"] == id).unwrap_or_else(|| panic!("no {id} in the corpus"));
    line["labels"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
}

#[track_caller]
fn assert_flagged(ids: &[&str], category: Category) {
    let got = labels_by_id();
    for id in ids {
        assert!(gold(id).iter().any(|g| g == category.as_str()), "{id}: the corpus does not label it {}", category.as_str());
        let (_, labels, cues) = got.iter().find(|(i, _, _)| i == id).unwrap();
        assert!(labels.contains(category), "{id}: expected {} (cues found: {cues:?})", category.as_str());
    }
}

#[test]
fn anonymous_sources_of_the_seed() {
    assert_flagged(&["seed-fr-017", "seed-fr-022"], Category::AnonymousSource);
}

#[test]
fn conditional_and_speculation_of_the_seed() {
    let ids = ["seed-fr-016", "seed-fr-018", "seed-fr-025", "seed-fr-027", "seed-fr-052", "seed-fr-065", "seed-fr-067", "seed-fr-074"];
    assert_flagged(&ids, Category::Unverified);
}

#[test]
fn credit_line_and_url_are_left_alone() {
    let got = labels_by_id();
    for id in ["seed-fr-091", "seed-fr-094", "seed-fr-095"] {
        let (_, labels, cues) = got.iter().find(|(i, _, _)| i == id).unwrap();
        assert!(labels.is_empty() && cues.is_empty(), "{id}: {labels:?} {cues:?}");
    }
}

#[test]
fn whole_text_analysis_finds_the_same_cues() {
    // The seed as a page (its own segmentation, not the corpus's).
    let text = include_str!("corpus/seed-fr.txt");
    let a = sourcelight::analyze(text, "auto").unwrap();
    assert_eq!(a.lang, Some("fr"));
    let flagged = |needle: &str, c: Category| a.sentences.iter().any(|s| s.labels.contains(c) && s.span.slice(text).contains(needle));
    assert!(flagged("Les sources des services secrets kirghizes", Category::AnonymousSource));
    assert!(flagged("pourraient avoir préparé", Category::Unverified));
    assert!(flagged("Cela indiquerait donc", Category::Unverified));
    assert!(!a.sentences.iter().any(|s| !s.labels.is_empty() && s.span.slice(text).contains("https://")), "a URL line is labelled");
    assert!(a.summary.anonymous_source >= 2 && a.summary.unverified >= 8, "{:?}", a.summary);
}
