"""Shared helpers: the CLI the package is held to, and the labelled corpus."""

import glob
import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
CLI = os.environ.get("SOURCELIGHT_CLI", str(ROOT / "target" / "release" / "sourcelight"))


def run_cli(*args, input=b""):
    """Runs the CLI; returns (status, stdout, stderr)."""
    if not os.path.exists(CLI):
        pytest.fail(f"the CLI is missing at {CLI}: build it (./build.sh build) or set SOURCELIGHT_CLI")
    p = subprocess.run([CLI, *args], input=input, capture_output=True)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def labelled_files():
    """The labelled corpus: the seed article, dev-* and news-* sets."""
    files = [CORPUS / "seed-fr.jsonl"] + sorted(CORPUS.glob("dev-*.jsonl")) + sorted(CORPUS.glob("news-*.jsonl"))
    assert len(files) >= 10, files
    return files


def corpus_lines():
    lines = []
    for f in labelled_files():
        with open(f, encoding="utf-8") as fh:
            lines += [json.loads(l) for l in fh if l.strip()]
    return lines


def byte_to_char(text: str, b: int) -> int:
    return len(text.encode("utf-8")[:b].decode("utf-8"))


def cli_cues_to_chars(text: str, cues):
    """The CLI's cues with UTF-8 byte offsets turned into Python indices."""
    return [dict(c, start=byte_to_char(text, c["start"]), end=byte_to_char(text, c["end"])) for c in cues]
