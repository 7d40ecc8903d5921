//! The labelled corpus is split into `tune` and `check` by article id, and
//! every line says which part it is in: the split must never drift.

use sourcelight::eval::Part;
use std::collections::HashMap;

#[test]
fn every_line_is_in_the_part_its_article_id_gives() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut parts: HashMap<Part, usize> = HashMap::new();
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".jsonl") || name == "articles.jsonl" {
            continue;
        }
        files += 1;
        for (n, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let article = v["article"].as_str().unwrap_or_else(|| panic!("{name}:{}: no article", n + 1));
            let want = Part::of_article(article);
            let have = v["part"].as_str().and_then(Part::parse);
            assert_eq!(have, Some(want), "{name}:{}: article {article} belongs to `{}`", n + 1, want.as_str());
            *parts.entry(want).or_default() += 1;
        }
    }
    assert!(files >= 12, "the labelled sets are missing ({files} files)");
    let (tune, check) = (parts[&Part::Tune], parts[&Part::Check]);
    let share = check as f64 / (tune + check) as f64;
    assert!((0.25..0.42).contains(&share), "check holds {share:.2} of the sentences");
}
