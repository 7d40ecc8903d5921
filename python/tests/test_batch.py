"""sourcelight-batch on 2 local Dask workers: its per-article counts are the CLI's."""

import collections
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import CORPUS, labelled_files, run_cli

BATCH = str(Path(sys.executable).parent / "sourcelight-batch")
COUNTS = ["sentences", "named_source", "anonymous_source", "unverified", "flagged"]
BAD = [
    {"id": "bad-no-text"},
    {"id": "bad-lang", "text": "Officials said so.", "lang": "xx"},
    {"id": "bad-sentences", "sentences": ["One.", 2]},
]


def batch(*args):
    p = subprocess.run([BATCH, *map(str, args)], capture_output=True, text=True, timeout=600)
    return p.returncode, p.stderr


def outlet_of(article_id: str) -> str:
    return article_id.split("-")[1]


@pytest.fixture(scope="module")
def corpus_articles():
    """The labelled corpus grouped by article (consecutive lines), and the
    CLI's per-article counts from `sourcelight label` over the same lines."""
    lines = []
    for f in labelled_files():
        with open(f, encoding="utf-8") as fh:
            lines += [json.loads(l) for l in fh if l.strip()]
    data = "".join(json.dumps({k: l[k] for k in ("id", "lang", "article", "text")}, ensure_ascii=False) + "\n" for l in lines)
    status, out, err = run_cli("label", input=data.encode())
    assert status == 0, err
    labelled = [json.loads(l) for l in out.splitlines()]
    assert len(labelled) == len(lines)
    articles, expected = {}, {}
    for line, res in zip(lines, labelled):
        a = line["article"]
        if a not in articles:
            articles[a] = {"id": a, "lang": line["lang"], "outlet": outlet_of(a), "sentences": []}
            expected[a] = dict.fromkeys(COUNTS, 0)
        articles[a]["sentences"].append(line["text"])
        e, labels = expected[a], res["labels"]
        e["sentences"] += 1
        for c in ("named_source", "anonymous_source", "unverified"):
            e[c] += c in labels
        e["flagged"] += "anonymous_source" in labels or "unverified" in labels
    assert len(articles) > 300
    return list(articles.values()), expected


@pytest.fixture(scope="module")
def first_run(tmp_path_factory, corpus_articles):
    articles, _ = corpus_articles
    d = tmp_path_factory.mktemp("batch")
    records = [json.dumps(a, ensure_ascii=False) for a in articles[:100]]
    records += [json.dumps(BAD[0]), "this is {not JSON", json.dumps(BAD[1])]
    records += [json.dumps(a, ensure_ascii=False) for a in articles[100:]] + [json.dumps(BAD[2])]
    (d / "articles.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    status, err = batch(d / "articles.jsonl", "--out", d / "out", "--workers", 2, "--partition-size", 40)
    return d, status, err


def test_per_article_counts_are_the_clis(first_run, corpus_articles):
    d, status, err = first_run
    articles, expected = corpus_articles
    assert status == 1, err  # there are bad records
    assert "on 2 workers" in err and "(0 skipped)" in err
    df = pd.read_parquet(d / "out" / "articles.parquet")
    assert len(df) == len(articles)
    assert list(df["id"]) == [a["id"] for a in articles]  # input order
    got = {r["id"]: {c: int(r[c]) for c in COUNTS} for r in df.to_dict("records")}
    assert got == expected
    row = df.set_index("id").loc[articles[0]["id"]]
    assert row["lang"] == articles[0]["lang"] and row["outlet"] == articles[0]["outlet"]
    assert row["share_anonymous"] == pytest.approx(row["anonymous_source"] / row["sentences"])
    # unnamed formulas are the anonymous cues' words
    assert sum(len(f) for f in df["unnamed_formulas"]) >= df["anonymous_source"].sum()


def test_bad_records_are_reported_and_the_rest_processed(first_run):
    d, _, _ = first_run
    errors = [json.loads(l) for l in (d / "out" / "errors.jsonl").read_text().splitlines()]
    by_record = {e["record"]: e for e in errors}
    assert sorted(by_record) == [101, 102, 103, len(errors) and max(by_record)]
    assert by_record[101] == {"id": "bad-no-text", "error": "missing field `text` (or `sentences`)", "record": 101}
    assert by_record[102]["id"] is None and by_record[102]["error"].startswith("invalid JSON")
    assert by_record[103]["id"] == "bad-lang" and "unknown language `xx` (known: auto, " in by_record[103]["error"]
    last = by_record[max(by_record)]
    assert last["id"] == "bad-sentences" and "list of strings" in last["error"]


def test_outlets_add_up(first_run):
    d, _, _ = first_run
    df = pd.read_parquet(d / "out" / "articles.parquet")
    outlets = pd.read_csv(d / "out" / "outlets.csv", keep_default_na=False).set_index("outlet")
    assert outlets["articles"].sum() == len(df)
    for outlet, g in df.groupby("outlet"):
        row = outlets.loc[outlet]
        for c in COUNTS:
            assert row[c] == g[c].sum(), (outlet, c)
        assert row["share_anonymous"] == pytest.approx(g["anonymous_source"].sum() / g["sentences"].sum(), abs=1e-6)
        top = collections.Counter(f for fs in g["unnamed_formulas"] for f in fs).most_common(1)
        if top:
            assert row["unnamed_formulas"].startswith(f"{top[0][0]} ({top[0][1]})")
        else:
            assert row["unnamed_formulas"] == ""


def test_a_rerun_skips_finished_partitions(first_run):
    d, _, _ = first_run
    out = d / "out"
    before = pd.read_parquet(out / "articles.parquet")
    parts = sorted((out / "parts").glob("part-*.parquet"))
    records = len((d / "articles.jsonl").read_text(encoding="utf-8").splitlines())
    n = -(-records // 40)  # partitions of 40 records
    assert n >= 5 and len(parts) == n
    status, err = batch(d / "articles.jsonl", "--out", out, "--workers", 2, "--partition-size", 40)
    assert status == 1 and f"partitions {n}/{n} ({n} skipped), 0 articles" in err
    pd.testing.assert_frame_equal(pd.read_parquet(out / "articles.parquet"), before)
    # a partition lost (an interrupted run) is the only one redone
    os.remove(parts[3])
    status, err = batch(d / "articles.jsonl", "--out", out, "--workers", 2, "--partition-size", 40)
    assert status == 1 and f"partitions {n}/{n} ({n - 1} skipped), 40 articles" in err
    pd.testing.assert_frame_equal(pd.read_parquet(out / "articles.parquet"), before)
    # other settings over the same DIR are refused, not mixed in
    status, err = batch(d / "articles.jsonl", "--out", out, "--workers", 2, "--partition-size", 50)
    assert status != 0 and "holds a run over other input or settings" in err


def test_parquet_of_article_texts_on_a_given_scheduler(tmp_path):
    """Text mode (`text`, split by the core) against `sourcelight analyze`,
    the input as Parquet, the run on a scheduler the caller started."""
    from dask.distributed import LocalCluster

    meta = {json.loads(l)["id"]: json.loads(l) for l in (CORPUS / "articles.jsonl").read_text().splitlines()}
    rows, expected = [], {}
    for path in sorted((CORPUS / "texts").glob("*.txt")):
        m = meta[path.stem]
        rows.append({"id": path.stem, "text": path.read_text(encoding="utf-8"), "outlet": m["outlet"], "date": m["date"]})
        status, out, err = run_cli("analyze", str(path), "--json")
        assert status == 0, err
        a = json.loads(out)
        expected[path.stem] = {c: a["summary"][c] for c in COUNTS} | {"lang": a["lang"]}
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "texts.parquet")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        status, err = batch(tmp_path / "texts.parquet", "--out", tmp_path / "out", "--scheduler", cluster.scheduler_address, "--partition-size", 10)
    assert status == 0, err
    assert "on 2 workers" in err
    df = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    got = {r["id"]: {c: int(r[c]) for c in COUNTS} | {"lang": r["lang"]} for r in df.to_dict("records")}
    assert got == expected
    assert set(df["date"].dropna()) == {r["date"] for r in rows if r["date"]}
    outlets = pd.read_csv(tmp_path / "out" / "outlets.csv")
    assert set(outlets["outlet"]) == {r["outlet"] for r in rows}
    assert (tmp_path / "out" / "errors.jsonl").read_text() == ""


def test_usage_errors(tmp_path):
    status, err = batch(tmp_path / "missing.jsonl", "--out", tmp_path / "out")
    assert status == 2 and "no such file" in err
    (tmp_path / "a.jsonl").write_text('{"id": 1, "text": "Officials said so."}\n')
    status, err = batch(tmp_path / "a.jsonl", "--out", tmp_path / "out", "--lang", "xx")
    assert status == 2 and "unknown language `xx`" in err
    status, err = batch(tmp_path / "a.jsonl", "--out", tmp_path / "out", "--workers", 2, "--scheduler", "tcp://127.0.0.1:1")
    assert status == 2 and "not allowed with" in err
