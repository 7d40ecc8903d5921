#!/usr/bin/env bash
# Sourcelight: every step, from a fresh machine.
#
#   ./build.sh          build everything, then serve the demo on 127.0.0.1
#   ./build.sh build    install what is missing, build dist/extension, dist/www and the Python wheel (dist/python)
#   ./build.sh test     every test: cargo, accuracy, wasm in Chromium, extension end to end (Chromium, Firefox), Python package and batch
#   ./build.sh bench    benchmarks (figures printed, nothing asserted)
#   ./build.sh check URL_OR_FILE [--out DIR]   the extension headless over one page: JSON summary, screenshot
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
PORT=${PORT:-8080}
WASM_TARGET=wasm32-unknown-unknown
VENV=$ROOT/.venv # the Python build and test environment (pinned, never global)

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

APT_UPDATED=
apt_install() {
  command -v apt-get >/dev/null || die "need $* but apt-get is missing: install it by hand"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# The wasm-bindgen version that Cargo.lock pins; the CLI must match it exactly.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_tools() {
  command -v cargo >/dev/null || die "cargo is missing: install Rust (rustup) first"
  if ! rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    step "adding the $WASM_TARGET target"
    rustup target add "$WASM_TARGET"
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want have
  want=$(locked_wasm_bindgen)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$want" != "$have" ]; then
    step "installing wasm-bindgen-cli $want (matches Cargo.lock; takes 3-5 min once)"
    # --locked fails here: a dependency version it locks is missing from the registry.
    cargo install wasm-bindgen-cli --version "=$want"
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    step "installing node and npm (Debian)"
    apt_install nodejs npm
  fi
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    step "installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
  fi
}

# Firefox for its end-to-end tests (tests/e2e/firefox.test.mjs, driven by npm puppeteer-core).
ensure_firefox() {
  if ! command -v firefox-esr >/dev/null; then
    step "installing Debian's firefox-esr"
    apt_install firefox-esr
  fi
}

# .venv with python/requirements-dev.txt (maturin, dask[distributed], pandas,
# pyarrow, pytest and what they need, every version pinned); remade when
# that file changes.
ensure_python() {
  local req=python/requirements-dev.txt
  command -v python3 >/dev/null || die "python3 (3.9 or later) is missing: install it first"
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    step "installing Debian's python3-venv"
    apt_install python3-venv
  fi
  if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$req" "$VENV/.requirements"; then
    step "creating .venv with the pinned Python packages ($req; about a minute, once)"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check -r "$req"
    cp "$req" "$VENV/.requirements"
  fi
}

# The abi3 wheel (one for every CPython from 3.9 on) in dist/python, and
# installed into .venv for the tests and the benchmark.
build_python() {
  ensure_python
  step "building the Python wheel (maturin, PyO3, abi3) into dist/python"
  rm -rf dist/python
  "$VENV/bin/maturin" build --quiet -m python/Cargo.toml --out dist/python
  "$VENV/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps dist/python/sourcelight-*.whl
  printf 'wheel: %s\n' "$(ls "$ROOT"/dist/python/sourcelight-*.whl)"
}

build() {
  ensure_tools
  step "building the native CLI"
  cargo build --release --bin sourcelight --bin sourcelight-lang
  step "compiling the language files (one per language, loaded by the page that needs it)"
  # Parses every data/*.lang (an error names its file and line and stops the
  # build) and writes its compact form to dist/lang/.
  rm -rf dist/lang
  ./target/release/sourcelight-lang dist/lang >/dev/null
  for f in dist/lang/*.lang; do
    printf '%s: %s bytes, %s bytes gzip\n' "$f" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
  done
  step "building the wasm core"
  # The wasm has its own profile (wasm-release, see Cargo.toml for the
  # size/speed figures behind its settings).
  cargo build --profile wasm-release --target "$WASM_TARGET" -p sourcelight-wasm
  rm -rf dist/pkg && mkdir -p dist/pkg
  wasm-bindgen --target web --no-typescript --out-dir dist/pkg --out-name sourcelight \
    "target/$WASM_TARGET/wasm-release/sourcelight_wasm.wasm"
  local wasm=dist/pkg/sourcelight_bg.wasm before
  before=$(wc -c <"$wasm")
  # Debian's binaryen is too old for current wasm-bindgen output: use npm's.
  node_modules/.bin/wasm-opt -O3 --converge --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$wasm" -o "$wasm"
  printf 'sourcelight_bg.wasm: %s bytes before wasm-opt, %s bytes after, %s bytes gzip\n' \
    "$before" "$(wc -c <"$wasm")" "$(gzip -9c "$wasm" | wc -c)"
  step "assembling dist/extension and dist/www"
  rm -rf dist/extension dist/www
  cp -r extension dist/extension
  # Mozilla Readability finds the article (extension/maintext.js): the npm package, pinned, shipped as it is.
  mkdir -p dist/extension/vendor
  cp node_modules/@mozilla/readability/Readability.js node_modules/@mozilla/readability/LICENSE.md dist/extension/vendor/
  cp -r dist/pkg dist/extension/pkg
  cp -r dist/lang dist/extension/lang
  cp -r www dist/www
  cp -r dist/pkg dist/www/pkg
  cp -r dist/lang dist/www/lang
  node tests/support/firefox.mjs # dist/firefox: the same extension, Firefox's manifest
  printf 'extension (Load unpacked): %s\ndemo: %s\n' "$ROOT/dist/extension" "$ROOT/dist/www"
  build_python
}

run_tests() {
  ensure_tools
  ensure_browser
  ensure_firefox
  step "cargo tests (core, CLI, binding natively)"
  # --no-fail-fast: one failing test binary must not hide the others.
  # The Python binding is tested from Python (pytest, below), on its wheel.
  cargo test --no-fail-fast --workspace --exclude sourcelight-wasm --exclude sourcelight-python
  cargo test --no-fail-fast -p sourcelight-wasm
  build
  step "download budget: engine .wasm + the largest language file, gzip"
  node tests/bench/budget.mjs --check
  step "accuracy on the labelled corpus (thresholds lock in what is reached)"
  # Every labelled set; the thresholds hold the check part (see tests/corpus/README.md).
  ./target/release/sourcelight eval tests/corpus/seed-fr.jsonl tests/corpus/dev-*.jsonl tests/corpus/news-*.jsonl \
    --errors 0 $(cat tests/corpus/thresholds.txt)
  step "wasm tests in headless Chromium"
  CHROMEDRIVER=/usr/bin/chromedriver cargo test -p sourcelight-wasm --target "$WASM_TARGET" --test web
  step "extension end to end in headless Chromium, and its core in headless Firefox"
  node --test tests/e2e/
  step "Python package: API against the CLI, the wheel in a fresh virtualenv, sourcelight-batch on 2 Dask workers"
  SOURCELIGHT_CLI="$ROOT/target/release/sourcelight" "$VENV/bin/python" -m pytest python/tests -p no:cacheprovider
}

bench() {
  ensure_browser
  build
  cargo build --release --bin sourcelight-bench
  step "benchmarks (tests/bench/bench.mjs: figures printed, nothing asserted)"
  node tests/bench/bench.mjs "$@"
  step "Python package and sourcelight-batch (tests/bench/python.py: articles per second, nothing asserted)"
  local quick=
  for a in "$@"; do [ "$a" = --quick ] && quick=--quick; done
  SOURCELIGHT_CLI="$ROOT/target/release/sourcelight" "$VENV/bin/python" tests/bench/python.py $quick
}

# The extension, headless, over one saved page or URL: summary JSON on stdout, screenshot in --out DIR.
check() {
  [ -f dist/extension/manifest.json ] || build >&2
  node tests/support/check-page.mjs "$@"
}

serve() {
  step "serving the demo on http://127.0.0.1:$PORT/ (Ctrl-C stops)"
  printf 'extension: load %s unpacked (chrome://extensions, developer mode)\n' "$ROOT/dist/extension"
  exec node tests/support/serve.mjs "$ROOT/dist/www" "$PORT"
}

case "${1:-}" in
  "") build; serve ;;
  build) build ;;
  test) run_tests ;;
  bench) shift; bench "$@" ;;
  serve) serve ;;
  check) shift; check "$@" ;;
  *) die "unknown command '$1' (build, test, bench, serve, check, or nothing)" ;;
esac
