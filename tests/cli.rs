//! The `sourcelight` binary: the `label` contract (JSON Lines in, one line
//! out per line, byte offsets), documents made of consecutive lines, bad
//! input, `analyze` on text and HTML, `eval` thresholds, exit statuses.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn sourcelight(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sourcelight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sourcelight");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs `label`, parses each output line as JSON.
fn label(input: &[u8]) -> (Vec<Value>, Output) {
    let o = sourcelight(&["label"], input);
    let lines = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}"))).collect();
    (lines, o)
}

fn jsonl(lines: &[Value]) -> Vec<u8> {
    lines.iter().map(|l| format!("{l}\n")).collect::<String>().into_bytes()
}

fn names(v: &Value) -> Vec<&str> {
    v.as_array().unwrap_or_else(|| panic!("not an array: {v}")).iter().map(|x| x.as_str().unwrap()).collect()
}

/// A file in this test binary's scratch folder.
fn scratch(name: &str, contents: &[u8]) -> PathBuf {
    let p = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{}-{name}", std::process::id()));
    std::fs::write(&p, contents).unwrap();
    p
}

/// Every cue's byte offsets slice the line's text to the cue's words.
#[track_caller]
fn assert_cue_offsets(text: &str, out: &Value) {
    for c in out["cues"].as_array().expect("cues") {
        let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
        assert!(s < e && e <= text.len(), "cue {c} outside {text:?}");
        assert_eq!(text.get(s..e), Some(c["text"].as_str().unwrap()), "cue {c} in {text:?}");
        assert!(c["rule"].as_str().is_some_and(|r| !r.is_empty()), "{c}");
        assert!(names(&out["labels"]).contains(&c["category"].as_str().unwrap()), "cue category not among labels: {out}");
    }
}

const ANON_EN: &str = "Officials said the plant was closed.";
const NAMED_EN: &str = "Putin said it was open.";
const ANON_FR: &str = "Moscou aurait ciblé la ville, selon une source proche du dossier.";

#[test]
fn label_echoes_ids_and_labels_each_line() {
    let input = [
        serde_json::json!({"id": "a-1", "lang": "en", "text": ANON_EN}),
        serde_json::json!({"id": 2, "lang": "en", "text": NAMED_EN}),
        serde_json::json!({"id": {"doc": 3}, "lang": "fr", "text": ANON_FR}),
        serde_json::json!({"id": null, "text": ANON_EN}),
    ];
    let (out, o) = label(&jsonl(&input));
    assert!(o.status.success(), "status {:?}: {}", o.status, stderr(&o));
    assert_eq!(out.len(), input.len(), "one output line per input line");
    for (i, o) in input.iter().zip(&out) {
        assert_eq!(o["id"], i["id"], "id echoed");
        assert!(o.get("error").is_none(), "{o}");
        assert!(o["context"].is_array(), "{o}");
        assert_cue_offsets(i["text"].as_str().unwrap(), o);
    }
    assert_eq!(names(&out[0]["labels"]), ["anonymous_source"]);
    assert_eq!(names(&out[1]["labels"]), ["named_source"]);
    let fr = names(&out[2]["labels"]);
    assert!(fr.contains(&"anonymous_source") && fr.contains(&"unverified"), "{fr:?}");
    assert_eq!(names(&out[3]["labels"]), ["anonymous_source"], "lang defaults to auto");
}

#[test]
fn label_offsets_are_bytes_after_accents_and_emoji() {
    let text = "😀 Le président, déçu, a réagi. Selon une source proche du dossier, Moscou aurait ciblé la ville.";
    let (out, o) = label(&jsonl(&[serde_json::json!({"id": 1, "lang": "fr", "text": text})]));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!out[0]["cues"].as_array().unwrap().is_empty(), "{}", out[0]);
    assert_cue_offsets(text, &out[0]);
}

#[test]
fn consecutive_lines_of_an_article_are_one_document() {
    let doc = |article: Option<&str>| {
        let line = |id: u32, text: &str| match article {
            Some(a) => serde_json::json!({"id": id, "lang": "en", "article": a, "text": text}),
            None => serde_json::json!({"id": id, "lang": "en", "text": text}),
        };
        [line(1, "Putin said the plant was closed."), line(2, "\u{201C}It was a mistake.\u{201D}")]
    };
    let (out, o) = label(&jsonl(&doc(Some("art-1"))));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(names(&out[0]["labels"]), ["named_source"]);
    assert!(names(&out[1]["labels"]).is_empty(), "{}", out[1]);
    assert_eq!(names(&out[1]["context"]), ["named_source"], "the quote continues the named speaker");
    // Without `article`, each line stands alone: nothing to inherit.
    let (out, _) = label(&jsonl(&doc(None)));
    assert!(names(&out[1]["context"]).is_empty(), "{}", out[1]);
    // A different article in between breaks the document.
    let mut lines = doc(Some("art-1")).to_vec();
    lines.insert(1, serde_json::json!({"id": 9, "lang": "en", "article": "art-2", "text": "The weather was fine."}));
    let (out, _) = label(&jsonl(&lines));
    assert!(names(&out[2]["context"]).is_empty(), "{}", out[2]);
}

#[test]
fn bad_lines_get_an_error_naming_them_and_the_rest_is_labelled() {
    let mut input = Vec::new();
    input.extend_from_slice(format!("{}\n", serde_json::json!({"id": "ok-1", "lang": "en", "text": ANON_EN})).as_bytes());
    input.extend_from_slice(b"{not json\n"); // line 2
    input.extend_from_slice(b"{\"id\": \"utf8\", \"text\": \"caf\xe9 \xff\"}\n"); // line 3
    input.extend_from_slice(b"{\"id\": \"no-text\", \"lang\": \"en\"}\n"); // line 4
    input.extend_from_slice(format!("{}\n", serde_json::json!({"id": "zz", "lang": "zz", "text": "Hello."})).as_bytes()); // line 5
    input.extend_from_slice(format!("{}\n", serde_json::json!({"id": "ok-6", "lang": "en", "text": NAMED_EN})).as_bytes());
    let (out, o) = label(&input);
    assert!(!o.status.success(), "bad input must fail the run");
    assert_eq!(out.len(), 6, "one output line per input line");
    for (k, line_no) in [(1, 2), (2, 3), (3, 4), (4, 5)] {
        let err = out[k]["error"].as_str().unwrap_or_else(|| panic!("line {line_no} should be an error: {}", out[k]));
        assert!(err.contains(&format!("line {line_no}")), "{err}");
        assert!(stderr(&o).contains(&format!("line {line_no}")), "stderr names line {line_no}: {}", stderr(&o));
    }
    assert!(out[1]["error"].as_str().unwrap().contains("JSON"), "{}", out[1]);
    assert!(out[2]["error"].as_str().unwrap().contains("UTF-8"), "{}", out[2]);
    assert!(out[3]["error"].as_str().unwrap().contains("text"), "{}", out[3]);
    assert_eq!(out[3]["id"], "no-text", "the id is echoed when it can be read");
    assert!(out[4]["error"].as_str().unwrap().contains("zz"), "{}", out[4]);
    assert_eq!(out[0]["id"], "ok-1");
    assert_eq!(names(&out[0]["labels"]), ["anonymous_source"]);
    assert_eq!(out[5]["id"], "ok-6");
    assert_eq!(names(&out[5]["labels"]), ["named_source"]);
}

#[test]
fn label_with_no_input_prints_nothing_and_succeeds() {
    let o = sourcelight(&["label"], b"");
    assert!(o.status.success());
    assert!(o.stdout.is_empty());
}

#[test]
fn analyze_a_text_file() {
    let path = scratch("article.txt", format!("Plant closure\n{ANON_EN} {NAMED_EN}\n").as_bytes());
    let path = path.to_str().unwrap();
    let o = sourcelight(&["analyze", path], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("language: en"), "{text}");
    assert!(text.contains("3 sentences"), "{text}");
    assert!(text.contains("Officials said"), "the flagged sentence is shown: {text}");

    let o = sourcelight(&["analyze", path, "--json"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("--json prints JSON");
    assert_eq!(v["lang"], "en");
    assert_eq!(v["summary"]["sentences"], 3);
    assert_eq!(v["summary"]["anonymous_source"], 1);
    assert_eq!(v["summary"]["named_source"], 1);
    let sentences = v["sentences"].as_array().unwrap();
    assert_eq!(sentences[1]["text"], ANON_EN);
    assert_eq!(names(&sentences[1]["labels"]), ["anonymous_source"]);
    assert_eq!(names(&sentences[2]["labels"]), ["named_source"]);
}

#[test]
fn analyze_reads_stdin_and_takes_a_language() {
    let o = sourcelight(&["analyze", "-", "--lang", "fr", "--json"], ANON_FR.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["lang"], "fr");
    let s = &v["sentences"][0];
    let labels = names(&s["labels"]);
    assert!(labels.contains(&"anonymous_source") && labels.contains(&"unverified"), "{labels:?}");
    // In `analyze --json`, offsets are bytes into the analysed text.
    for c in s["cues"].as_array().unwrap() {
        let (a, b) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
        assert_eq!(&ANON_FR[a..b], c["text"].as_str().unwrap());
    }
}

const PAGE: &str = "<!doctype html><html><head><title>Officials said the title was secret.</title>\
<script>var s = \"Officials said the script was secret.\";</script></head><body>\
<nav>Menu</nav><article><h1>Plant closure</h1><p>Officials said the plant was &laquo;closed&raquo;.</p>\
<p>Putin said it was open &amp; working.</p></article></body></html>";

#[track_caller]
fn assert_reads_page_text(v: &Value) {
    let texts: Vec<&str> = v["sentences"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert!(texts.contains(&"Officials said the plant was «closed»."), "{texts:?}");
    assert!(texts.contains(&"Putin said it was open & working."), "{texts:?}");
    assert!(texts.iter().all(|t| !t.contains('<') && !t.contains("secret") && !t.contains("Menu")), "markup, head or script read: {texts:?}");
    assert_eq!(v["summary"]["anonymous_source"], 1, "{}", v["summary"]);
}

#[test]
fn analyze_an_html_file() {
    let path = scratch("page.html", PAGE.as_bytes());
    let o = sourcelight(&["analyze", path.to_str().unwrap(), "--json"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_reads_page_text(&serde_json::from_str(&stdout(&o)).unwrap());
    let o = sourcelight(&["analyze", path.to_str().unwrap()], b"");
    assert!(o.status.success());
    assert!(stdout(&o).contains("language: en"), "{}", stdout(&o));
}

/// BUG-3: a page that starts with a line break is read as plain text
/// (`html::looks_like_html` sees nothing), so its markup and scripts are
/// analysed.
#[test]
fn analyze_an_html_file_that_starts_with_a_line_break() {
    let path = scratch("page-newline.html", format!("\n{PAGE}\n").as_bytes());
    let o = sourcelight(&["analyze", path.to_str().unwrap(), "--json"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_reads_page_text(&serde_json::from_str(&stdout(&o)).unwrap());
}

/// BUG-1: an `&` followed by accented text in a page crashes `analyze`.
#[test]
fn analyze_an_html_file_with_an_ampersand_before_accents() {
    let path = scratch("page-amp.html", "<html><body><p>AT&ééééééé. Officials said the plant was closed.</p></body></html>".as_bytes());
    let o = sourcelight(&["analyze", path.to_str().unwrap(), "--json"], b"");
    assert!(o.status.success(), "status {:?}: {}", o.status, stderr(&o));
}

/// A page in windows-1252, declared or not (its bytes are not UTF-8), is
/// read in it as the browser reads it; plain text must still be UTF-8.
#[test]
fn analyze_a_page_in_windows_1252() {
    let body: &[u8] = b"<p>Der Betriebsrat sagte, die Gespr\xe4che seien \x84gescheitert\x93.</p>\
<p>Nach Informationen aus Konzernkreisen soll das Werk schlie\xdfen.</p></body></html>";
    let declared: &[u8] = b"<!doctype html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>";
    for (name, head) in [("declared", declared), ("undeclared", b"<html><body>".as_slice())] {
        let path = scratch(&format!("page-1252-{name}.html"), &[head, body].concat());
        let o = sourcelight(&["analyze", path.to_str().unwrap(), "--json"], b"");
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        let texts: Vec<&str> = v["sentences"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
        assert_eq!(texts, ["Der Betriebsrat sagte, die Gespr\u{e4}che seien \u{201e}gescheitert\u{201c}.", "Nach Informationen aus Konzernkreisen soll das Werk schlie\u{df}en."], "{name}");
    }
}

#[test]
fn analyze_errors_exit_2_with_a_message() {
    let o = sourcelight(&["analyze", "/nonexistent/file.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/file.txt"), "{}", stderr(&o));
    let o = sourcelight(&["analyze"], b"");
    assert_eq!(o.status.code(), Some(2));
    let o = sourcelight(&["analyze", "-", "--lang", "zz"], b"Hello.");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("zz"), "{}", stderr(&o));
    let bad = scratch("bad-utf8.txt", b"caf\xe9 \xff");
    let o = sourcelight(&["analyze", bad.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("UTF-8"), "{}", stderr(&o));
}

#[test]
fn eval_exit_status_follows_the_thresholds() {
    let corpus = [
        serde_json::json!({"id": 1, "lang": "en", "text": ANON_EN, "labels": ["anonymous_source"], "context": []}),
        serde_json::json!({"id": 2, "lang": "en", "text": NAMED_EN, "labels": ["named_source"], "context": []}),
        serde_json::json!({"id": 3, "lang": "en", "text": "The weather was fine on Tuesday.", "labels": [], "context": []}),
        serde_json::json!({"id": 4, "lang": "fr", "text": ANON_FR, "labels": ["anonymous_source", "unverified"], "context": []}),
    ];
    let path = scratch("gold.jsonl", &jsonl(&corpus));
    let path = path.to_str().unwrap();
    let o = sourcelight(&["eval", path, "--errors", "0", "--min-f1", "anonymous_source=0.9", "--min-f1", "en:named_source=0.9", "--max-false-flag", "0.5"], b"");
    assert_eq!(o.status.code(), Some(0), "clear cases pass: {}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("anonymous_source"), "a score table: {}", stdout(&o));

    let o = sourcelight(&["eval", path, "--errors", "0", "--min-f1", "anonymous_source=1.01"], b"");
    assert_eq!(o.status.code(), Some(1), "an unreachable threshold fails: {}", stdout(&o));
    assert!(stdout(&o).contains("BELOW THRESHOLD"), "{}", stdout(&o));

    // Gold that the clear cases contradict: F1 0.
    let wrong = [serde_json::json!({"id": 1, "lang": "en", "text": ANON_EN, "labels": ["named_source"], "context": []})];
    let wrong = scratch("wrong.jsonl", &jsonl(&wrong));
    let o = sourcelight(&["eval", wrong.to_str().unwrap(), "--errors", "0", "--min-f1", "named_source=0.5"], b"");
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));

    let o = sourcelight(&["eval"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn eval_scores_each_part_and_never_lists_check_errors() {
    // Gold that contradicts the engine in both parts: each part has one error.
    let corpus = [
        serde_json::json!({"id": "t1", "lang": "en", "article": "a", "part": "tune", "text": ANON_EN, "labels": ["named_source"], "context": []}),
        serde_json::json!({"id": "c1", "lang": "en", "article": "b", "part": "check", "text": NAMED_EN, "labels": ["anonymous_source"], "context": []}),
    ];
    let path = scratch("parts.jsonl", &jsonl(&corpus));
    let path = path.to_str().unwrap();
    let o = sourcelight(&["eval", path, "--errors", "10"], b"");
    let out = stdout(&o);
    assert!(out.contains("en/tune") && out.contains("en/check"), "one row group per part: {out}");
    assert!(out.contains("t1"), "tune errors are listed: {out}");
    assert!(!out.contains("c1") && !out.contains(NAMED_EN), "check sentences are never listed: {out}");

    // A threshold on one part leaves the other alone.
    let o = sourcelight(&["eval", path, "--errors", "0", "--min-f1", "en/check:anonymous_source=0.5"], b"");
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("en/check anonymous_source F1"), "{}", stdout(&o));
    assert!(!stdout(&o).contains("en/tune anonymous_source F1"), "{}", stdout(&o));
    let o = sourcelight(&["eval", path, "--errors", "0", "--max-false-flag", "*/check:0.0"], b"");
    assert_eq!(o.status.code(), Some(0), "no unlabelled sentence in check: {}", stdout(&o));
    let o = sourcelight(&["eval", path, "--errors", "0", "--min-f1", "en/held:named_source=0.5"], b"");
    assert_eq!(o.status.code(), Some(2), "an unknown part is an error: {}", stderr(&o));
}

/// BUG-4: a gold line without `context` is refused with "has no gold
/// `labels`", naming the field that is there rather than the one missing.
#[test]
fn eval_names_the_missing_gold_field() {
    let gold = [serde_json::json!({"id": "c1", "lang": "en", "text": ANON_EN, "labels": ["anonymous_source"]})];
    let path = scratch("no-context.jsonl", &jsonl(&gold));
    let o = sourcelight(&["eval", path.to_str().unwrap(), "--errors", "0"], b"");
    if o.status.code() == Some(2) {
        assert!(stderr(&o).contains("`context`"), "the error should name `context`: {}", stderr(&o));
    } else {
        assert_eq!(o.status.code(), Some(0), "a missing context may also count as none: {}", stderr(&o));
    }
    let gold = [serde_json::json!({"id": "l1", "lang": "en", "text": ANON_EN, "context": []})];
    let path = scratch("no-labels.jsonl", &jsonl(&gold));
    let o = sourcelight(&["eval", path.to_str().unwrap(), "--errors", "0"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`labels`"), "{}", stderr(&o));
}

#[test]
fn unknown_command_and_help() {
    let o = sourcelight(&["frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown command") && stderr(&o).contains("frobnicate"), "{}", stderr(&o));
    let o = sourcelight(&[], b"");
    assert_eq!(o.status.code(), Some(2), "no command is a usage error");
    assert!(stderr(&o).contains("USAGE"), "{}", stderr(&o));
    let o = sourcelight(&["--help"], b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("label"));
}

#[test]
fn languages_lists_english_and_french() {
    let o = sourcelight(&["languages"], b"");
    assert!(o.status.success());
    let codes: Vec<String> = stdout(&o).lines().filter_map(|l| l.split('\t').next()).map(str::to_string).collect();
    assert!(codes.iter().any(|c| c == "en") && codes.iter().any(|c| c == "fr"), "{codes:?}");
}

#[test]
fn a_reader_that_stops_reading_ends_the_run_quietly() {
    // `sourcelight label < big.jsonl | head -1`: once the pipe closes, the
    // program stops with status 0 and no panic on stderr.
    use std::io::{BufRead, BufReader};
    let input: String = (0..20_000).map(|k| format!("{{\"id\": \"{k}\", \"lang\": \"en\", \"text\": \"Officials said the talks had stalled.\"}}\n")).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sourcelight"))
        .arg("label")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sourcelight");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.contains("\"id\":\"0\""), "{first}");
    // The reader is dropped here: the pipe is closed.
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(o.status.success(), "status {:?}, stderr {}", o.status, stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn every_command_has_help_and_version() {
    for cmd in ["label", "analyze", "eval", "languages"] {
        let o = sourcelight(&[cmd, "--help"], b"");
        assert_eq!(o.status.code(), Some(0), "{cmd} --help: {}", stderr(&o));
        assert!(stdout(&o).contains("Usage: sourcelight") && stdout(&o).contains(cmd) && stdout(&o).contains("--version"), "{cmd} --help: {}", stdout(&o));
        let o = sourcelight(&[cmd, "--version"], b"");
        assert_eq!(o.status.code(), Some(0), "{cmd} --version");
        assert!(stdout(&o).contains(env!("CARGO_PKG_VERSION")), "{cmd} --version: {}", stdout(&o));
    }
    let o = sourcelight(&["--version"], b"");
    assert_eq!(stdout(&o).trim(), format!("sourcelight {}", env!("CARGO_PKG_VERSION")));
    // `help COMMAND` is the command's --help.
    let o = sourcelight(&["help", "eval"], b"");
    assert!(o.status.success() && stdout(&o).contains("--min-f1"), "{}", stdout(&o));
}

#[test]
fn usage_errors_exit_2_and_show_the_usage() {
    for (args, names) in [
        (&["analyze"][..], "<FILE>"),
        (&["analyze", "a.txt", "b.txt"][..], "b.txt"),
        (&["eval"][..], "<FILES>"),
        (&["eval", "x.jsonl", "--errors", "many"][..], "many"),
        (&["label", "--frobnicate"][..], "--frobnicate"),
        (&["analyze", "-", "--lang"][..], "--lang"),
    ] {
        let o = sourcelight(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains("Usage: sourcelight") && err.contains(names), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}: nothing on stdout");
    }
}

#[test]
fn analyze_lists_who_speaks() {
    let text = "Eswar Prasad, a trade professor at Cornell, said the talks had stalled. \"It is a mess,\" he said. Officials said the plant was closed.";
    let o = sourcelight(&["analyze", "-", "--json"], text.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let speakers = v["speakers"].as_array().expect("a top-level speakers list");
    let rows: Vec<(&str, &str, u64)> = speakers.iter().map(|s| (s["kind"].as_str().unwrap(), s["text"].as_str().unwrap(), s["sentences"].as_u64().unwrap())).collect();
    assert_eq!(rows, [("named_person", "Eswar Prasad, a trade professor at Cornell", 2), ("unnamed", "Officials", 1)]);
    let he = &speakers[0]["mentions"][1];
    assert_eq!((he["sentence"].as_u64(), he["text"].as_str()), (Some(1), Some("he")));
    let (a, b) = (he["start"].as_u64().unwrap() as usize, he["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[a..b], "he", "mention offsets are bytes into the text");

    let o = sourcelight(&["analyze", "-"], text.as_bytes());
    let out = stdout(&o);
    assert!(out.contains("Who speaks (2):"), "{out}");
    assert!(out.lines().any(|l| l.contains("named person") && l.contains("2 sentences") && l.contains("Eswar Prasad")), "{out}");
    assert!(out.lines().any(|l| l.contains("unnamed") && l.contains("1 sentence ") && l.contains("Officials")), "{out}");
}

#[test]
fn label_output_is_unchanged_by_the_ledger() {
    let (out, o) = label(&jsonl(&[serde_json::json!({"id": 1, "lang": "en", "text": NAMED_EN})]));
    assert!(o.status.success());
    let keys: Vec<&str> = out[0].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["context", "cues", "id", "labels"]);
}
