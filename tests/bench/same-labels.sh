#!/usr/bin/env bash
# Speed work must not change a label: this records what the CLI outputs on
# every corpus file and later compares a build against that record, byte for
# byte.
#
#   tests/bench/same-labels.sh record   # before a change (target/labels-baseline/)
#   SOURCELIGHT=/path/to/base/sourcelight tests/bench/same-labels.sh record   # from another build
#   tests/bench/same-labels.sh          # after: exit 1 and a diff on the first difference
#
# Covered: `label` on every labelled corpus (JSON Lines), `analyze --json` on
# every corpus text and saved page (tests/pages, read as HTML), and the
# metadata file articles.jsonl aside.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${SOURCELIGHT:-target/release/sourcelight}
BASE=target/labels-baseline
OUT=$BASE
[ "${1:-}" = record ] || OUT=target/labels-now
rm -rf "$OUT" && mkdir -p "$OUT"
for f in tests/corpus/*.jsonl; do
  [ "$(basename "$f")" = articles.jsonl ] && continue # metadata, no text
  "$BIN" label <"$f" >"$OUT/label-$(basename "$f").out" 2>&1 || true
done
for f in tests/corpus/texts/*.txt tests/corpus/seed-fr.txt tests/pages/*.html; do
  "$BIN" analyze "$f" --json >"$OUT/analyze-$(basename "$f").json" 2>&1 || true
done
if [ "${1:-}" = record ]; then
  echo "recorded $(ls "$OUT" | wc -l) outputs in $OUT"
  exit 0
fi
[ -d "$BASE" ] || { echo "no baseline: run '$0 record' on the commit to compare with" >&2; exit 2; }
if diff -r -q "$BASE" "$OUT" >/dev/null; then
  echo "same output on all $(ls "$OUT" | wc -l) files"
else
  diff -r "$BASE" "$OUT" | head -40
  exit 1
fi
