#!/usr/bin/env bash
# The tour: runs each stage on its examples and shows what each prints.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-build}"
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac

for stage_dir in "$ROOT"/[0-9][0-9]-*/; do
  stage="$(basename "$stage_dir")"
  program="$BUILD/bin/$stage"
  [ -x "$program" ] || continue
  echo
  echo "==================== $stage ===================="
  head -n 1 "$stage_dir/README.md" | sed 's/^# *//'
  for example in "$stage_dir"/examples/*.js; do
    [ -e "$example" ] || continue
    echo
    echo "\$ $stage examples/$(basename "$example")"
    (cd "$stage_dir" && "$program" "examples/$(basename "$example")" 2>&1)
    status=$?
    [ "$status" -eq 0 ] || echo "(exit code $status)"
  done
done
