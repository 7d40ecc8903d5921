"""``sourcelight-batch``: the core over an archive, on Dask.

::

    sourcelight-batch INPUT --out DIR [--workers N | --scheduler ADDRESS] [--lang auto]
                      [--partition-size N]

INPUT is JSON Lines or Parquet (by its extension: ``.parquet``/``.pq``), one
article a record: ``id``, ``text`` (the article's body) or ``sentences`` (a
list of sentences already split, labelled as ``sourcelight label`` labels one
article's lines), optional ``lang``, ``outlet``, ``date``.

The driver reads INPUT partition by partition (``--partition-size`` records)
and ships each to a worker; the workers only compute, and the driver writes
every result (so DIR need only be on the driver's machine, while workers
need the ``sourcelight`` wheel installed). A finished partition is
``DIR/parts/part-NNNNN.parquet`` (written last, by rename); a re-run with the
same DIR skips those. At the end:

- ``DIR/articles.parquet``: one row per article: id (as a string), outlet,
  date, lang, sentences, named_source, anonymous_source, unverified, flagged,
  share_named, share_anonymous, share_unverified, unnamed_formulas (the
  anonymous-source cues' words, lower-cased, as found);
- ``DIR/outlets.csv``: the same per outlet (articles, the counts, shares of
  all its sentences, and the most frequent unnamed-source formulas);
- ``DIR/errors.jsonl``: one line per bad record (``id``, ``error``, ``record``:
  its 1-based position in INPUT); the rest is processed, and the exit status
  is 1 when there is any.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from typing import Any, Dict, Iterator, List, Optional, Tuple

import sourcelight

COUNT_COLUMNS = ["sentences", "named_source", "anonymous_source", "unverified", "flagged"]
TOP_FORMULAS = 5


# --- work done on the workers -------------------------------------------------


def _norm_formula(words: str) -> str:
    return " ".join(words.lower().split())


def _optional_str(rec: Dict[str, Any], name: str) -> Optional[str]:
    v = rec.get(name)
    if v is None or (isinstance(v, float) and v != v):  # None or NaN
        return None
    return v if isinstance(v, str) else str(v)


class BadLine:
    """An input line that could not be read, with what is wrong."""

    def __init__(self, message: str):
        self.message = message


def analyze_article(rec: Any, default_lang: str) -> Dict[str, Any]:
    """One article's row; raises ValueError (or SourcelightError) for a bad record."""
    if isinstance(rec, BadLine):
        raise ValueError(rec.message)
    if not isinstance(rec, dict):
        raise ValueError("expected an object")
    if rec.get("id") is None:
        raise ValueError("missing field `id`")
    lang = _optional_str(rec, "lang") or default_lang
    text, sentences = rec.get("text"), rec.get("sentences")
    if text is not None:
        if not isinstance(text, str):
            raise ValueError("`text` must be a string")
        a = sourcelight.analyze(text, lang)
        s = a["summary"]
        counts = {k: s[k] for k in COUNT_COLUMNS}
        code = a["lang"]
        formulas = [
            _norm_formula(c["text"])
            for x in a["sentences"]
            for c in x["cues"]
            if c["category"] == "anonymous_source"
        ]
    elif sentences is not None:
        if hasattr(sentences, "tolist"):  # a numpy array from Parquet
            sentences = sentences.tolist()
        if not isinstance(sentences, list) or not all(isinstance(t, str) for t in sentences):
            raise ValueError("`sentences` must be a list of strings")
        code = sourcelight.language_of(" ".join(sentences), lang)
        out = sourcelight.label(
            [{"id": k, "text": t, "article": "a"} for k, t in enumerate(sentences)], lang=code or "auto"
        )
        bad = [r["error"] for r in out if "error" in r]
        if bad:
            raise ValueError(bad[0])
        has = lambda r, c: c in r["labels"]  # noqa: E731
        counts = {
            "sentences": len(out),
            "named_source": sum(has(r, "named_source") for r in out),
            "anonymous_source": sum(has(r, "anonymous_source") for r in out),
            "unverified": sum(has(r, "unverified") for r in out),
            "flagged": sum(has(r, "anonymous_source") or has(r, "unverified") for r in out),
        }
        formulas = [_norm_formula(c["text"]) for r in out for c in r["cues"] if c["category"] == "anonymous_source"]
    else:
        raise ValueError("missing field `text` (or `sentences`)")
    n = counts["sentences"]
    share = lambda k: counts[k] / n if n else 0.0  # noqa: E731
    return {
        "id": str(rec["id"]),
        "outlet": _optional_str(rec, "outlet"),
        "date": _optional_str(rec, "date"),
        "lang": code,
        **counts,
        "share_named": share("named_source"),
        "share_anonymous": share("anonymous_source"),
        "share_unverified": share("unverified"),
        "unnamed_formulas": formulas,
    }


def process_partition(records: List[Tuple[int, Any]], default_lang: str) -> Tuple[List[dict], List[dict]]:
    """Rows and errors of one partition; ``records`` are (1-based position, record)."""
    rows, errors = [], []
    for pos, rec in records:
        try:
            rows.append(analyze_article(rec, default_lang))
        except (ValueError, TypeError) as e:  # SourcelightError is a ValueError
            rid = rec.get("id") if isinstance(rec, dict) else None
            errors.append({"id": rid, "error": str(e), "record": pos})
    return rows, errors


# --- reading INPUT, on the driver --------------------------------------------


def _is_parquet(path: str) -> bool:
    return path.lower().endswith((".parquet", ".pq"))


def count_records(path: str) -> int:
    if _is_parquet(path):
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


def read_partitions(path: str, size: int) -> Iterator[List[Tuple[int, Any]]]:
    """Partitions of (1-based position, record); a line that is no JSON is a
    BadLine, reported by the worker with the others' results."""
    pos = 0
    if _is_parquet(path):
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=size):
            part = []
            for rec in batch.to_pylist():
                pos += 1
                part.append((pos, rec))
            yield part
        return
    part: List[Tuple[int, Any]] = []
    with open(path, "rb") as f:
        for raw in f:
            if not raw.strip():
                continue
            pos += 1
            try:
                rec = json.loads(raw)
            except ValueError as e:  # invalid JSON or UTF-8
                rec = BadLine(f"invalid JSON: {e}")
            part.append((pos, rec))
            if len(part) == size:
                yield part
                part = []
    if part:
        yield part


# --- writing DIR, on the driver ----------------------------------------------


def _part_path(out: str, i: int) -> str:
    return os.path.join(out, "parts", f"part-{i:05d}.parquet")


def _errors_path(out: str, i: int) -> str:
    return os.path.join(out, "parts", f"errors-{i:05d}.jsonl")


def _table(rows: List[dict]):
    import pyarrow as pa

    schema = pa.schema(
        [("id", pa.string()), ("outlet", pa.string()), ("date", pa.string()), ("lang", pa.string())]
        + [(c, pa.int64()) for c in COUNT_COLUMNS]
        + [(c, pa.float64()) for c in ("share_named", "share_anonymous", "share_unverified")]
        + [("unnamed_formulas", pa.list_(pa.string()))]
    )
    return pa.Table.from_pylist(rows, schema=schema)


def write_partition(out: str, i: int, rows: List[dict], errors: List[dict]) -> None:
    import pyarrow.parquet as pq

    with open(_errors_path(out, i) + ".tmp", "w", encoding="utf-8") as f:
        for e in errors:
            f.write(json.dumps(e, ensure_ascii=False, default=str) + "\n")
    os.replace(_errors_path(out, i) + ".tmp", _errors_path(out, i))
    pq.write_table(_table(rows), _part_path(out, i) + ".tmp")
    os.replace(_part_path(out, i) + ".tmp", _part_path(out, i))  # the partition is done


def check_meta(out: str, meta: dict) -> None:
    """DIR remembers which input and settings its parts come from."""
    path = os.path.join(out, "parts", "_run.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = json.load(f)
        if old != meta:
            raise SystemExit(
                f"sourcelight-batch: {out} holds a run over other input or settings ({old}); "
                "use another --out or remove it"
            )
    else:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(meta, f)


def finish(out: str, n_parts: int) -> Tuple[int, int]:
    """Joins the parts into articles.parquet, outlets.csv, errors.jsonl."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables = [pq.read_table(_part_path(out, i)) for i in range(n_parts)]
    table = pa.concat_tables(tables) if tables else _table([])
    pq.write_table(table, os.path.join(out, "articles.parquet"))
    n_err = 0
    with open(os.path.join(out, "errors.jsonl"), "w", encoding="utf-8") as f:
        for i in range(n_parts):
            with open(_errors_path(out, i), encoding="utf-8") as part:
                for line in part:
                    f.write(line)
                    n_err += 1
    df = table.to_pandas()
    rows = []
    for outlet, g in df.groupby(df["outlet"].fillna(""), sort=True):
        n = int(g["sentences"].sum())
        formulas = collections.Counter(f for fs in g["unnamed_formulas"] for f in fs)
        row = {"outlet": outlet, "articles": len(g)}
        row.update({c: int(g[c].sum()) for c in COUNT_COLUMNS})
        for share, c in (("share_named", "named_source"), ("share_anonymous", "anonymous_source"), ("share_unverified", "unverified")):
            row[share] = round(row[c] / n, 6) if n else 0.0
        row["unnamed_formulas"] = "; ".join(f"{f} ({k})" for f, k in formulas.most_common(TOP_FORMULAS))
        rows.append(row)
    columns = ["outlet", "articles"] + COUNT_COLUMNS + ["share_named", "share_anonymous", "share_unverified", "unnamed_formulas"]
    pd.DataFrame(rows, columns=columns).to_csv(os.path.join(out, "outlets.csv"), index=False)
    return len(df), n_err


# --- the command -------------------------------------------------------------


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="sourcelight-batch",
        description="Sourcelight over an archive of articles, on Dask (a LocalCluster by default).",
    )
    p.add_argument("input", metavar="INPUT", help="JSON Lines or Parquet (.parquet) of articles: id, text or sentences, lang?, outlet?, date?")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (re-running with it skips finished partitions)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=None, metavar="N", help="local worker processes (default: the cores)")
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running dask scheduler, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--lang", default="auto", help="language of records without one (a code or auto; default auto)")
    p.add_argument("--partition-size", type=int, default=1000, metavar="N", help="records per partition (default 1000)")
    p.add_argument("--quiet", action="store_true", help="no progress line")
    a = p.parse_args(argv)
    if a.partition_size < 1:
        p.error("--partition-size must be at least 1")
    if a.workers is not None and a.workers < 1:
        p.error("--workers must be at least 1")
    return a


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        print(
            "sourcelight-batch needs dask[distributed], pandas and pyarrow: "
            "pip install 'dask[distributed]' pandas pyarrow (or the wheel's [batch] extra)",
            file=sys.stderr,
        )
        return 2
    if not os.path.isfile(args.input):
        print(f"sourcelight-batch: {args.input}: no such file", file=sys.stderr)
        return 2
    try:
        sourcelight.language_of("", args.lang)
    except sourcelight.SourcelightError as e:
        print(f"sourcelight-batch: {e}", file=sys.stderr)
        return 2
    os.makedirs(os.path.join(args.out, "parts"), exist_ok=True)
    st = os.stat(args.input)
    check_meta(
        args.out,
        {"input": os.path.abspath(args.input), "size": st.st_size, "mtime": int(st.st_mtime), "partition_size": args.partition_size, "lang": args.lang},
    )
    total = count_records(args.input)
    n_parts = (total + args.partition_size - 1) // args.partition_size
    todo = [i for i in range(n_parts) if not os.path.exists(_part_path(args.out, i))]
    skipped = n_parts - len(todo)

    started = time.monotonic()
    if args.scheduler:
        cluster, client = None, Client(args.scheduler)
    else:
        n = args.workers or os.cpu_count() or 1
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0")
        client = Client(cluster)
    n_workers = len(client.scheduler_info()["workers"])
    ready = time.monotonic()

    done = articles = 0
    tty = sys.stderr.isatty()
    last_print = [0.0]

    def progress(final: bool = False) -> None:
        """One line rewritten in place on a terminal; elsewhere a line every 10 s and the last."""
        now = time.monotonic()
        if args.quiet or not (tty or final or now - last_print[0] >= 10):
            return
        last_print[0] = now
        rate = articles / max(now - ready, 1e-9)
        line = f"sourcelight-batch: partitions {skipped + done}/{n_parts} ({skipped} skipped), {articles} articles, {rate:.0f} articles/s on {n_workers} workers"
        print(line, end="\n" if final or not tty else "\r", file=sys.stderr, flush=True)

    try:
        todo_set = set(todo)
        parts = ((i, p) for i, p in enumerate(read_partitions(args.input, args.partition_size)) if i in todo_set)
        window = 2 * max(n_workers, 1)  # partitions in flight: bounds the driver's memory
        pending = as_completed()
        index: Dict[str, int] = {}

        def submit_next() -> None:
            nxt = next(parts, None)
            if nxt is not None:
                f = client.submit(process_partition, nxt[1], args.lang, pure=False)
                index[f.key] = nxt[0]
                pending.add(f)

        for _ in range(window):
            submit_next()
        progress()
        for f in pending:
            rows, errors = f.result()
            write_partition(args.out, index.pop(f.key), rows, errors)
            done += 1
            articles += len(rows) + len(errors)
            progress()
            f.release()
            submit_next()
        elapsed = time.monotonic() - ready
        progress(final=True)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    n_articles, n_err = finish(args.out, n_parts)
    if not args.quiet:
        print(
            f"sourcelight-batch: {n_articles} articles, {n_err} errors -> {args.out}/articles.parquet, outlets.csv, errors.jsonl "
            f"({articles} processed in {elapsed:.2f} s after a {ready - started:.2f} s cluster start)",
            file=sys.stderr,
        )
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())
