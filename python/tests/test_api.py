"""The package's API against the CLI: same analyses, same labels, same errors."""

import json
import threading

import pytest

import sourcelight
from conftest import CORPUS, ROOT, byte_to_char, cli_cues_to_chars, corpus_lines, run_cli


def cli_analyze(text: str, lang: str = "auto"):
    status, out, err = run_cli("analyze", "-", "--json", "--lang", lang, input=text.encode())
    assert status == 0, err
    a = json.loads(out)
    del a["file"]
    for s in a["sentences"]:
        s["cues"] = cli_cues_to_chars(text, s["cues"])
        s["start"], s["end"] = byte_to_char(text, s["start"]), byte_to_char(text, s["end"])
    for sp in a["speakers"]:
        sp["mentions"] = cli_cues_to_chars(text, sp["mentions"])
    return a


# --- languages ---------------------------------------------------------------


def test_languages_are_the_clis():
    _, out, _ = run_cli("languages")
    assert sourcelight.languages() == [l.split("\t")[0] for l in out.splitlines()]
    assert {"en", "fr", "de", "es", "it", "pt"} <= set(sourcelight.languages())


# --- analyze -----------------------------------------------------------------


def test_analyze_labels_a_small_text():
    a = sourcelight.analyze("Officials said the plant was closed. Putin said it was open.", "en")
    assert a["lang"] == "en"
    assert [s["labels"] for s in a["sentences"]] == [["anonymous_source"], ["named_source"]]
    assert a["summary"]["sentences"] == 2 and a["summary"]["anonymous_source"] == 1
    assert a["summary"]["share_named"] == 0.5
    cue = a["sentences"][0]["cues"][0]
    assert cue["category"] == "anonymous_source" and cue["explanation"]


def test_analyze_lists_who_speaks():
    text = 'Eswar Prasad, a trade professor at Cornell, said the talks had stalled. "It is a mess," he said. Officials said the plant was closed.'
    a = sourcelight.analyze(text, "en")
    assert [(s["kind"], s["text"], s["sentences"]) for s in a["speakers"]] == [
        ("named_person", "Eswar Prasad, a trade professor at Cornell", 2),
        ("unnamed", "Officials", 1),
    ]
    he = a["speakers"][0]["mentions"][1]
    assert he["sentence"] == 1 and text[he["start"]:he["end"]] == he["text"] == "he"


@pytest.mark.parametrize("path", sorted((CORPUS / "texts").glob("*.txt")), ids=lambda p: p.stem)
def test_analyze_is_the_clis_json_on_every_corpus_text(path):
    text = path.read_text(encoding="utf-8")
    assert sourcelight.analyze(text) == cli_analyze(text)


def test_analyze_of_a_page_through_visible_text_is_the_clis():
    page = ROOT / "tests" / "pages" / "en-cnn-trump-walter-reed.html"
    status, out, err = run_cli("analyze", str(page), "--json")
    assert status == 0, err
    text = sourcelight.visible_text(page.read_text(encoding="utf-8"))
    assert sourcelight.analyze(text) == cli_analyze(text)
    assert json.loads(out)["summary"] == sourcelight.analyze(text)["summary"]


def test_language_of():
    assert sourcelight.language_of("Selon une source proche du dossier, Moscou aurait ciblé la ville.") == "fr"
    assert sourcelight.language_of("anything", "fr-FR") == "fr"
    assert sourcelight.language_of("") is None
    with pytest.raises(sourcelight.SourcelightError):
        sourcelight.language_of("text", "xx")


# --- errors ------------------------------------------------------------------


def test_an_unknown_language_raises_with_the_clis_message():
    status, _, err = run_cli("analyze", "-", "--lang", "xx", input=b"Some text.")
    assert status == 2
    with pytest.raises(sourcelight.SourcelightError) as e:
        sourcelight.analyze("Some text.", "xx")
    assert isinstance(e.value, ValueError)
    assert str(e.value) == err.strip().removeprefix("sourcelight: ")
    assert "unknown language `xx` (known: auto, " in str(e.value)


def test_wrong_argument_types_raise_type_errors():
    with pytest.raises(TypeError):
        sourcelight.analyze(123)
    with pytest.raises(TypeError):
        sourcelight.analyze("text", None)
    with pytest.raises(TypeError):
        sourcelight.label(5)


def test_a_lone_surrogate_is_refused_not_mangled():
    with pytest.raises(UnicodeEncodeError):
        sourcelight.analyze("Officials said \ud800 it.")


# --- unicode and empty input -------------------------------------------------


def test_offsets_are_python_indices_after_emoji_and_accents():
    text = "😀🇫🇷 Selon une source proche du dossier, Moscou aurait ciblé la ville. « C'est faux », a déclaré Emmanuel Macron."
    a = sourcelight.analyze(text, "fr")
    assert a == cli_analyze(text, "fr")
    first = a["sentences"][0]
    assert {"anonymous_source", "unverified"} <= set(first["labels"])
    for s in a["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
        for c in s["cues"]:
            assert text[c["start"]:c["end"]] == c["text"]
    assert any(c["text"] == "aurait ciblé" for c in first["cues"])


def test_unsupported_script_is_no_language_not_an_error():
    a = sourcelight.analyze("这是一个测试。官员说工厂已经关闭。")
    assert a["lang"] is None and a["sentences"] == [] and a["summary"]["sentences"] == 0


def test_empty_input():
    for lang in ("auto", "en"):
        a = sourcelight.analyze("", lang)
        assert a["sentences"] == [] and a["summary"]["sentences"] == 0 and a["summary"]["share_named"] == 0.0
        assert a == cli_analyze("", lang)
    assert sourcelight.analyze("   \n\n ")["sentences"] == []
    assert sourcelight.label([]) == []
    assert sourcelight.label([{"id": 1, "text": ""}]) == [{"id": 1, "labels": [], "context": [], "cues": []}]


# --- label -------------------------------------------------------------------


def cli_label(records):
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    _, out, _ = run_cli("label", input=data)
    results = [json.loads(l) for l in out.splitlines()]
    for r, rec in zip(results, records):
        if "cues" in r:
            r["cues"] = cli_cues_to_chars(rec["text"], r["cues"])
    return results


def test_label_is_the_clis_over_the_whole_labelled_corpus():
    lines = corpus_lines()
    records = [{k: l[k] for k in ("id", "lang", "article", "text")} for l in lines]
    expected = cli_label(records)
    got = sourcelight.label(records)
    assert len(got) == len(expected) == len(lines) > 9000
    assert got == expected
    assert sum("anonymous_source" in r["labels"] for r in got) > 300


def test_label_takes_any_iterable_and_a_default_language():
    gen = ({"id": f"s{k}", "text": t} for k, t in enumerate(["Officials said it.", "It reportedly fell."]))
    out = sourcelight.label(gen, lang="en")
    assert [r["id"] for r in out] == ["s0", "s1"]
    assert out[0]["labels"] == ["anonymous_source"] and out[1]["labels"] == ["unverified"]


def test_a_bad_record_among_good_ones():
    good = [
        {"id": "a1", "lang": "en", "article": "A", "text": "The minister resigned on Monday."},
        {"id": "a2", "lang": "en", "article": "A", "text": "He said it was time, according to a person close to him."},
        {"id": "a3", "lang": "en", "article": "A", "text": "The move was reportedly planned for weeks."},
    ]
    records = [
        good[0],
        "not a dict",
        {"id": "no-text"},
        {"id": "int-text", "text": 5},
        {"id": "bad-lang", "lang": "xx", "text": "Officials said so."},
        {"id": 7, "text": "Officials said so.", "article": 3},
        good[1],
        good[2],
    ]
    out = sourcelight.label(records)
    assert len(out) == len(records)
    # The good records are labelled as when alone: bad ones break no document.
    assert [out[0], out[6], out[7]] == sourcelight.label(good) == cli_label(good)
    assert out[1] == {"id": None, "error": "record 2: expected a dict"}
    assert out[2] == {"id": "no-text", "error": "record 3: missing field `text`"}
    assert out[3] == {"id": "int-text", "error": "record 4: `text` must be a string"}
    assert out[5] == {"id": 7, "error": "record 6: `article` must be a string"}
    # An unknown language: the CLI's message, record for line.
    cli = cli_label([records[4]])
    assert out[4] == {"id": "bad-lang", "error": cli[0]["error"].replace("line 1", "record 5")}


def test_ids_come_back_as_given():
    ids = [1, "x", 2.5, None, ("t", 1)]
    out = sourcelight.label([{"id": i, "text": "Officials said so."} for i in ids])
    assert [r["id"] for r in out] == ids


# --- threads -----------------------------------------------------------------


def test_threads_get_the_same_results_as_one():
    records = [{k: l[k] for k in ("id", "lang", "article", "text")} for l in corpus_lines()[:3000]]
    serial = sourcelight.label(records)
    results = [None, None]

    def work(k):
        results[k] = sourcelight.label(records)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results[0] == serial and results[1] == serial


# --- documentation -----------------------------------------------------------


def test_docstrings_signatures_and_stubs():
    for f in (sourcelight.analyze, sourcelight.label, sourcelight.languages, sourcelight.language_of, sourcelight.visible_text):
        assert f.__doc__ and len(f.__doc__) > 40, f
    assert sourcelight.analyze.__text_signature__ == "(text, lang='auto')"
    assert sourcelight.label.__text_signature__ == "(records, lang='auto')"
    pkg = ROOT / "python" / "sourcelight"
    stub = (pkg / "_native.pyi").read_text()
    for name in ("def analyze", "def label", "def languages", "def language_of", "def visible_text", "class SourcelightError"):
        assert name in stub
    assert (pkg / "py.typed").exists()
