#!/usr/bin/env bash
# Installs everything the project needs, and nothing twice.
#
#   * Debian packages: the compiler tool chain, libuv, OpenSSL, zlib, c-ares,
#     GoogleTest, Doxygen and Graphviz, with the doxygen-awesome-css theme and
#     Chromium for `make docs`; socat for tests/net/outside_test.py;
#     clang-14 and its runtimes for `make fuzz` (libFuzzer, sanitizers).
#   * V8: Debian's libnode108 + libnode-dev (Node 18.20's V8 10.2). They cannot
#     be installed with apt-get beside the machine's Node 20, so we download the
#     two .deb files and unpack them into .deps/libnode (git-ignored).
#
# A second run finds everything in place and touches no network.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="$ROOT/.deps/libnode"

PACKAGES=(g++ cmake make pkg-config libuv1-dev libssl-dev zlib1g-dev libgtest-dev libgmock-dev
          libc-ares-dev doxygen graphviz socat clang-14 libclang-rt-14-dev)
# The tls tests: the openssl command makes their certificates, the system
# store backs tls.rootCertificates, curl is one of the outside peers.
PACKAGES+=(openssl ca-certificates curl)
# The documentation site (make docs): its theme, and the browser in which
# scripts/site_screenshots.py opens every chapter; tests/http/browser_test.py
# loads 06-http's example page in it too.
PACKAGES+=(doxygen-awesome-css chromium)
# ... and over https: certutil puts the test CA in an NSS database Chromium trusts.
PACKAGES+=(libnss3-tools)
# tests/bench/06-http.py: wrk is its load generator.
PACKAGES+=(wrk)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then
    echo "bootstrap: apt-get update"
    as_root apt-get update -qq
    apt_updated=1
  fi
}

if [ "${#missing[@]}" -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  apt_update_once
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if [ ! -f "$PREFIX/usr/include/node/v8.h" ] || [ ! -e "$PREFIX/usr/lib/x86_64-linux-gnu/libnode.so" ]; then
  echo "bootstrap: fetching V8 (libnode108, libnode-dev) into $PREFIX"
  download="$(mktemp -d)"
  trap 'rm -rf "$download"' EXIT
  # apt-get download writes into the current directory; the _apt user may not
  # be able to write there, which only costs a harmless warning.
  if ! (cd "$download" && apt-get download libnode108 libnode-dev >/dev/null 2>&1); then
    apt_update_once
    (cd "$download" && apt-get download libnode108 libnode-dev >/dev/null)
  fi
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX"
  for deb in "$download"/*.deb; do
    dpkg-deb -x "$deb" "$PREFIX"
  done
fi

# Chrome DevTools' trace importer (npm: devtools-timeline-model), with which
# tests/trace/chrome_trace_test.py loads the --trace-loop=chrome:FILE output.
TOOLS="$ROOT/.tools/npm"
if [ ! -f "$TOOLS/node_modules/devtools-timeline-model/lib/timeline-model.js" ] && command -v npm >/dev/null; then
  echo "bootstrap: installing devtools-timeline-model into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --no-save devtools-timeline-model@1.4.0 >/dev/null
fi

# Web frameworks from npm, which tests/http/frameworks_test.py runs on
# 06-http and on Node and compares: express with its compression
# middleware, and koa with its router, body parser and static files.
# Pinned; installed in one npm command, since a second --no-save install
# into the same prefix removes what the first put there. A stamp file holds
# the list, so a changed list installs afresh.
FRAMEWORKS=(express@5.3.0 compression@1.8.2 koa@2.16.4 @koa/router@15.7.0 koa-bodyparser@4.4.1
            koa-static@5.0.0)
FRAMEWORKS_DIR="$ROOT/.tools/npm-frameworks"
if [ "$(cat "$FRAMEWORKS_DIR/installed.txt" 2>/dev/null)" != "${FRAMEWORKS[*]}" ] &&
   command -v npm >/dev/null; then
  echo "bootstrap: installing ${FRAMEWORKS[*]} into $FRAMEWORKS_DIR"
  rm -rf "$FRAMEWORKS_DIR"
  mkdir -p "$FRAMEWORKS_DIR"
  npm install --prefix "$FRAMEWORKS_DIR" --no-audit --no-fund --no-save "${FRAMEWORKS[@]}" >/dev/null
  echo "${FRAMEWORKS[*]}" > "$FRAMEWORKS_DIR/installed.txt"
fi

# Bun and Deno (npm: bun, deno; each ships its binary in a registry package),
# beside Node in tests/bench/06-http.py's tables. Only the benchmark uses them.
BENCH_RUNTIMES="$ROOT/.tools/bench-runtimes"
if [ ! -x "$BENCH_RUNTIMES/node_modules/.bin/bun" ] && command -v npm >/dev/null; then
  echo "bootstrap: installing bun and deno into $BENCH_RUNTIMES"
  mkdir -p "$BENCH_RUNTIMES"
  npm install --prefix "$BENCH_RUNTIMES" --no-audit --no-fund --no-save bun@1.4.4 deno@2.9.6 \
    >/dev/null || echo "bootstrap: bun/deno not installed (the benchmark leaves them out)"
fi

echo "bootstrap: ready (V8 in $PREFIX)"
