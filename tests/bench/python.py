"""Articles per second: the CLI, the package from 1 and 2 Python threads,
sourcelight-batch on 1 and 2 Dask workers. Figures printed, nothing asserted.

The data: every labelled corpus article (tests/corpus: seed-fr, dev-*,
news-*), as sentence lists (the `label` contract), repeated --repeat times
with fresh ids. Every figure is wall-clock, best of --runs. Beside the
threads' figure, CPU/wall is the parallelism reached: above 1.0 only if two
threads were in the core at once, i.e. the GIL was released (the machine is
shared: the load average is printed, and 2× needs two idle cores).

    .venv/bin/python tests/bench/python.py [--repeat N] [--runs N] [--quick]
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sourcelight

ROOT = Path(__file__).resolve().parents[2]
CLI = os.environ.get("SOURCELIGHT_CLI", str(ROOT / "target" / "release" / "sourcelight"))
BATCH = str(Path(sys.executable).parent / "sourcelight-batch")


def load(repeat):
    files = [ROOT / "tests/corpus/seed-fr.jsonl"] + sorted(ROOT.glob("tests/corpus/dev-*.jsonl")) + sorted(ROOT.glob("tests/corpus/news-*.jsonl"))
    articles = {}
    for f in files:
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            articles.setdefault(r["article"], {"lang": r["lang"], "lines": []})["lines"].append(r["text"])
    docs = []
    for k in range(repeat):
        for a, v in articles.items():
            aid = f"{a}#{k}"
            docs.append([{"id": f"{aid}-{i}", "lang": v["lang"], "article": aid, "text": t} for i, t in enumerate(v["lines"])])
    return docs


def best(runs, fn):
    """(best wall seconds, its CPU seconds) of `runs` calls."""
    out = []
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0, time.process_time() - c0))
    return min(out)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=10)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--quick", action="store_true", help="--repeat 3 --runs 1")
    args, _ = p.parse_known_args()
    if args.quick:
        args.repeat, args.runs = 3, 1
    docs = load(args.repeat)
    n = len(docs)
    sentences = sum(len(d) for d in docs)
    rows = []

    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp, "lines.jsonl")
        lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for d in docs for r in d), encoding="utf-8")

        def cli():
            with open(lines, "rb") as f:
                subprocess.run([CLI, "label"], stdin=f, stdout=subprocess.DEVNULL, check=True)

        wall, cpu = best(args.runs, cli)
        rows.append(("CLI alone (sourcelight label, one process)", n / wall, wall, None))

        sourcelight.label(docs[0])  # the language data is parsed once, on first use
        for threads in (1, 2):
            def package():
                with ThreadPoolExecutor(threads) as ex:
                    list(ex.map(sourcelight.label, docs))

            wall, cpu = best(args.runs, package)
            rows.append((f"package, sourcelight.label per article, {threads} thread{'s' if threads > 1 else ''}", n / wall, wall, cpu / wall))

        arts = Path(tmp, "articles.jsonl")
        arts.write_text(
            "".join(json.dumps({"id": d[0]["article"], "lang": d[0]["lang"], "sentences": [r["text"] for r in d]}, ensure_ascii=False) + "\n" for d in docs),
            encoding="utf-8",
        )
        for workers in (1, 2):
            results = []
            for k in range(args.runs):
                out = Path(tmp, f"out-{workers}-{k}")
                t0 = time.perf_counter()
                r = subprocess.run(
                    [BATCH, str(arts), "--out", str(out), "--workers", str(workers), "--partition-size", "100"],
                    capture_output=True, text=True, check=True,
                )
                total = time.perf_counter() - t0
                last = r.stderr.strip().splitlines()[-1]  # "... (N processed in X s after a Y s cluster start)"
                processed = float(last.split(" processed in ")[1].split(" s")[0])
                results.append((processed, total))
            processed, total = min(results)
            rows.append((f"sourcelight-batch, {workers} worker{'s' if workers > 1 else ''} (LocalCluster; whole run {n / total:.0f}/s)", n / processed, processed, None))

    print(f"\nSourcelight, articles per second: {n} articles ({sentences} sentences; the labelled corpus ×{args.repeat}), best of {args.runs}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (other work shares them)")
    print(f"{'':<74} {'articles/s':>10} {'seconds':>8} {'CPU/wall':>8}")
    for name, rate, wall, par in rows:
        print(f"{name:<74} {rate:>10.0f} {wall:>8.2f} {'' if par is None else f'{par:.2f}':>8}")
    print("(batch: processing time after the cluster has started; the whole run, start and writing included, in brackets)")


if __name__ == "__main__":
    main()
