#!/usr/bin/env bash
# Fuzzes stage 06's HTTP parser for a bounded time (`make fuzz`).
#
#   scripts/fuzz.sh [SECONDS]     (default 60)
#
# The parser is plain C++ with no V8 (06-http/parser/), so the target is
# compiled here directly with clang-14 and libFuzzer, under AddressSanitizer
# and UndefinedBehaviorSanitizer, into build-fuzz/. The corpus starts from
# the seeds in tests/fuzz/http_parser_seeds/ (the test table's messages) and
# grows in build-fuzz/corpus/ (git-ignored with the rest of build-fuzz/).
# Exit status 0: no crash, no sanitizer report, no timeout, no broken
# invariant (see tests/fuzz/http_parser_fuzz.cc).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_TO_RUN="${1:-60}"
OUT="$ROOT/build-fuzz"
mkdir -p "$OUT/corpus"
clang++-14 -std=c++17 -O1 -g -fno-omit-frame-pointer \
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
  -I"$ROOT/06-http" \
  "$ROOT/tests/fuzz/http_parser_fuzz.cc" "$ROOT/06-http/parser/parser.cc" \
  "$ROOT/06-http/parser/methods.cc" -o "$OUT/http_parser_fuzz"
"$OUT/http_parser_fuzz" -max_total_time="$SECONDS_TO_RUN" -timeout=5 -max_len=4096 \
  -print_final_stats=1 "$OUT/corpus" "$ROOT/tests/fuzz/http_parser_seeds"
