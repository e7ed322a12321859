#!/usr/bin/env bash
# Regenerates fixtures/reports/edge/: coverage.py reports at the edges of the
# numbers, made by Debian's coverage.py 6.5 (`python3-coverage`) on small
# generated Python packages.
#
#   near-full/   25,000 statements, 24,999 run  (coverage report prints 99.99%)
#   near-zero/   100,000 statements, 1 run      (coverage report prints 0.01%)
#   no-lines/    one file with no statements    (0 of 0: nothing to measure)
#   docstring/   a module docstring that 6.5 lists among executed_lines,
#                with base/ and head/ trees and the diff between them
#
# Each directory holds coverage.json, report.txt and report-precision-1.txt
# (`coverage report --precision=2` / `=1`; no-lines: coverage-report.txt).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/fixtures/reports/edge"
WORK=${FIXTURE_WORKDIR:-/tmp/coverage-gate-edge-fixtures}
PY=/usr/bin/python3
unset COVERAGE_FILE COVERAGE_RCFILE COVERAGE_PROCESS_START PYTHONPATH || true
export PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 LC_ALL=C.UTF-8 TZ=UTC
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="Fixture Author" GIT_AUTHOR_EMAIL="fixtures@example.com"
export GIT_COMMITTER_NAME="Fixture Author" GIT_COMMITTER_EMAIL="fixtures@example.com"

# measure NAME: runs `import pkg` under coverage in $WORK/NAME, writes the reports.
measure() {
  local dir="$WORK/$1"
  mkdir -p "$OUT/$1"
  (cd "$dir" &&
    echo 'import pkg' >run.py &&
    "$PY" -m coverage run --source=pkg run.py &&
    "$PY" -m coverage json -o "$OUT/$1/coverage.json" >/dev/null &&
    "$PY" -m coverage report --precision=2 >"$OUT/$1/report.txt" &&
    "$PY" -m coverage report --precision=1 >"$OUT/$1/report-precision-1.txt")
}

rm -rf "$WORK" "$OUT"
mkdir -p "$WORK"

# 24,998 assignments and a function never called: its `def` runs, its body does not.
mkdir -p "$WORK/near-full/pkg"
{
  for i in $(seq 1 24998); do echo "x$i = $i"; done
  printf 'def never():\n    return 0\n'
} >"$WORK/near-full/pkg/__init__.py"
measure near-full

# One `def` that runs and a body of 99,999 statements that never do.
mkdir -p "$WORK/near-zero/pkg"
{
  echo 'def never():'
  for i in $(seq 1 99999); do echo "    x$i = $i"; done
} >"$WORK/near-zero/pkg/__init__.py"
measure near-zero

mkdir -p "$WORK/no-lines/pkg"
: >"$WORK/no-lines/pkg/__init__.py"
measure no-lines
# coverage.py prints 100% for it; we refuse it, so its table is kept under
# another name than the one the fixture tests compare with.
mv "$OUT/no-lines/report.txt" "$OUT/no-lines/coverage-report.txt"
rm "$OUT/no-lines/report-precision-1.txt"

# A PR that edits a module docstring and adds a function no test calls.
mkdir -p "$WORK/docstring/pkg"
D="$WORK/docstring"
git -C "$D" init -q -b main
: >"$D/pkg/__init__.py"
printf '"""Prices."""\n\n\ndef net(x):\n    return x\n' >"$D/pkg/prices.py"
git -C "$D" add pkg && git -C "$D" commit -q -m base
printf '"""Prices, net and gross."""\n\n\ndef net(x):\n    return x\n\n\ndef gross(x):\n    return x * 2\n' >"$D/pkg/prices.py"
git -C "$D" add pkg && git -C "$D" commit -q -m head
mkdir -p "$OUT/docstring"
git -C "$D" diff HEAD^ HEAD >"$OUT/docstring/pr.diff"
(cd "$D" &&
  echo "import pkg.prices" >run.py &&
  "$PY" -m coverage run --source=pkg run.py &&
  "$PY" -m coverage json -o "$OUT/docstring/coverage.json" >/dev/null &&
  "$PY" -m coverage report --precision=2 >"$OUT/docstring/report.txt" &&
  "$PY" -m coverage report --precision=1 >"$OUT/docstring/report-precision-1.txt")

"$PY" -m coverage --version | head -1 >"$OUT/TOOLS.txt"
