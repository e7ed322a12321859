#!/usr/bin/env bash
# Regenerates fixtures/reports/ from the Python package in fixtures/python/.
#
# A scratch git repository gets the BASE tree as one commit and the HEAD tree
# as a second one; the package's unittest suite is run under coverage.py at
# both commits and the resulting reports (JSON, text, XML), the PR diff and
# diff-cover's view of the same PR are written to fixtures/reports/.
#
# Tools:
#   - coverage.py 6.5 from Debian (`python3-coverage`, runs /usr/bin/python3)
#   - coverage.py 7.16.2 in a venv under .cache/py7-venv (created on demand
#     from the configured pip index)
#   - diff-cover 7.4 from Debian (`diff-cover`)
#
# Usage: scripts/make-fixtures.sh
# Env:   FIXTURE_WORKDIR  scratch directory (default /tmp/coverage-gate-fixtures;
#                         it is deleted and recreated; its absolute path ends up
#                         in the XML reports' <source> elements)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC="$ROOT/fixtures/python"
OUT="$ROOT/fixtures/reports"
WORK=${FIXTURE_WORKDIR:-/tmp/coverage-gate-fixtures}
REPO="$WORK/repo"
DATA="$WORK/data"
PY=/usr/bin/python3
VENV="$ROOT/.cache/py7-venv"
COV7_VERSION=7.16.2

# A stable environment: no user coverage settings, no bytecode files in the
# scratch repository, fixed hash seed, fixed locale and time zone.
unset COVERAGE_FILE COVERAGE_RCFILE COVERAGE_PROCESS_START COVERAGE_DEBUG PYTHONPATH || true
export PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 LC_ALL=C.UTF-8 TZ=UTC
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export GIT_AUTHOR_NAME="Fixture Author" GIT_AUTHOR_EMAIL="fixtures@example.com"
export GIT_COMMITTER_NAME="Fixture Author" GIT_COMMITTER_EMAIL="fixtures@example.com"

command -v python3-coverage >/dev/null || { echo "python3-coverage missing (apt-get install python3-coverage)" >&2; exit 1; }
command -v diff-cover >/dev/null || { echo "diff-cover missing (apt-get install diff-cover)" >&2; exit 1; }

# coverage.py 7 in a private venv built on the same interpreter as Debian's 6.5.
if [[ ! -x "$VENV/bin/coverage" ]] || [[ "$("$VENV/bin/python" -c 'import coverage; print(coverage.__version__)')" != "$COV7_VERSION" ]]; then
  rm -rf "$VENV"
  "$PY" -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "coverage==$COV7_VERSION"
fi

COV6=(python3-coverage)
COV7=("$VENV/bin/coverage")

git_() { git -C "$REPO" -c core.autocrlf=false -c color.ui=never -c diff.noprefix=false -c diff.mnemonicPrefix=false -c diff.renames=true "$@"; }

# copy_tree SRC_DIR: replace the scratch repo's work tree with SRC_DIR's
# invoicing/ and tests/ (bytecode caches left out).
copy_tree() {
  find "$REPO" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
  (cd "$1" && find invoicing tests -type f ! -path '*/__pycache__/*' -print0 | LC_ALL=C sort -z |
    tar --null --no-recursion -T - -cf -) | (cd "$REPO" && tar -xf -)
}

# rcfile PATH BRANCH(0/1) CONTEXTS(0/1)
rcfile() {
  {
    echo "[run]"
    echo "source = invoicing"
    if [[ $2 == 1 ]]; then echo "branch = True"; else echo "branch = False"; fi
    if [[ $3 == 1 ]]; then echo "dynamic_context = test_function"; fi
  } >"$1"
}

# reports COV_CMD_NAME DATAFILE OUTDIR [json args...]
# Writes coverage.json, report.txt, report-precision-1.txt and coverage.xml.
reports() {
  local -n cov=$1
  local datafile=$2 dir=$3
  shift 3
  mkdir -p "$dir"
  (cd "$REPO" &&
    "${cov[@]}" json --data-file="$datafile" -o "$dir/coverage.json" "$@" >/dev/null &&
    "${cov[@]}" report --data-file="$datafile" --precision=2 >"$dir/report.txt" &&
    "${cov[@]}" report --data-file="$datafile" --precision=1 >"$dir/report-precision-1.txt" &&
    "${cov[@]}" xml --data-file="$datafile" -o "$dir/coverage.xml" >/dev/null)
}

# run_tests COV_CMD_NAME DATAFILE [test modules...]  (all tests when none given)
run_tests() {
  local -n cov=$1
  local datafile=$2
  shift 2
  local args=(discover -q -s tests -t .)
  if [[ $# -gt 0 ]]; then args=(-q "$@"); fi
  rm -f "$datafile"
  (cd "$REPO" && "${cov[@]}" run --data-file="$datafile" -m unittest "${args[@]}" 2>>"$WORK/unittest.log")
}

# variant NAME COV_CMD_NAME BRANCH CONTEXTS SIDE
variant() {
  local name=$1 covname=$2 branch=$3 contexts=$4 side=$5
  local rc="$WORK/$name.rc" datafile="$DATA/$name-$side/.coverage"
  mkdir -p "$(dirname "$datafile")"
  rcfile "$rc" "$branch" "$contexts"
  # The contexts report repeats every line's contexts in each function and
  # class region, so it is written compactly to keep it small.
  local json_args=(--pretty-print)
  if [[ $contexts == 1 ]]; then json_args=(--show-contexts); fi
  COVERAGE_RCFILE="$rc" run_tests "$covname" "$datafile"
  COVERAGE_RCFILE="$rc" reports "$covname" "$datafile" "$OUT/$name/$side" "${json_args[@]}"
}

# merge NAME COV_CMD_NAME BRANCH: head suite in two halves, then combined.
PART_A=(tests.test_cart tests.test_formatting)
PART_B=(tests.test_money tests.test_refunds tests.test_tax)
merge() {
  local name=$1 covname=$2 branch=$3
  local -n cov=$2
  local rc="$WORK/$name-merge.rc" dir="$DATA/$name-merge"
  rm -rf "$dir" && mkdir -p "$dir/combined"
  rcfile "$rc" "$branch" 0
  export COVERAGE_RCFILE="$rc"
  run_tests "$covname" "$dir/.coverage.part-a" "${PART_A[@]}"
  run_tests "$covname" "$dir/.coverage.part-b" "${PART_B[@]}"
  mkdir -p "$OUT/$name/merge/part-a" "$OUT/$name/merge/part-b" "$OUT/$name/merge/combined"
  (cd "$REPO" &&
    "${cov[@]}" json --data-file="$dir/.coverage.part-a" --pretty-print -o "$OUT/$name/merge/part-a/coverage.json" >/dev/null &&
    "${cov[@]}" json --data-file="$dir/.coverage.part-b" --pretty-print -o "$OUT/$name/merge/part-b/coverage.json" >/dev/null &&
    "${cov[@]}" combine --keep --data-file="$dir/combined/.coverage" "$dir/.coverage.part-a" "$dir/.coverage.part-b" >/dev/null &&
    "${cov[@]}" json --data-file="$dir/combined/.coverage" --pretty-print -o "$OUT/$name/merge/combined/coverage.json" >/dev/null &&
    "${cov[@]}" report --data-file="$dir/combined/.coverage" --precision=2 >"$OUT/$name/merge/combined/report.txt")
  unset COVERAGE_RCFILE
}

# diffcover NAME: diff-cover on the head XML against the base branch, run
# from the scratch repo root with head checked out.
diffcover() {
  local dir="$OUT/$1/head"
  (cd "$REPO" && diff-cover "$dir/coverage.xml" --compare-branch=base \
    --ignore-staged --ignore-unstaged --json-report "$dir/diff-cover.json" >"$dir/diff-cover.txt")
}

# --- scratch repository ------------------------------------------------------
rm -rf "$WORK"
mkdir -p "$REPO" "$DATA"
git_ init -q -b main
copy_tree "$SRC/base"
git_ add -A
GIT_AUTHOR_DATE="2024-01-01T00:00:00Z" GIT_COMMITTER_DATE="2024-01-01T00:00:00Z" git_ commit -q -m "base"
git_ branch base

# Generated outputs are replaced wholesale; NOTES.md is kept.
mkdir -p "$OUT"
find "$OUT" -mindepth 1 -maxdepth 1 ! -name NOTES.md -exec rm -rf {} +

VARIANTS=(py6-line py6-branch py7-line py7-branch)
declare -A VCOV=([py6-line]=COV6 [py6-branch]=COV6 [py7-line]=COV7 [py7-branch]=COV7 [py7-contexts]=COV7)
declare -A VBRANCH=([py6-line]=0 [py6-branch]=1 [py7-line]=0 [py7-branch]=1 [py7-contexts]=1)

for v in "${VARIANTS[@]}"; do
  variant "$v" "${VCOV[$v]}" "${VBRANCH[$v]}" 0 base
done

copy_tree "$SRC/head"
git_ add -A
GIT_AUTHOR_DATE="2024-01-02T00:00:00Z" GIT_COMMITTER_DATE="2024-01-02T00:00:00Z" git_ commit -q -m "head"
git_ branch head

git_ diff --no-color --no-ext-diff -M base head >"$OUT/pr.diff"

for v in "${VARIANTS[@]}" py7-contexts; do
  ctx=0
  if [[ $v == py7-contexts ]]; then ctx=1; fi
  variant "$v" "${VCOV[$v]}" "${VBRANCH[$v]}" "$ctx" head
  diffcover "$v"
done

merge py7-branch COV7 1
merge py6-line COV6 0

# --- README --------------------------------------------------------------------
cov6_version=$("${COV6[@]}" --version | head -n1)
cov7_version=$("${COV7[@]}" --version | head -n1)
dc_version=$(diff-cover --version 2>&1 | head -n1)
py_version=$("$PY" --version 2>&1)
git_version=$(git --version)

cat >"$OUT/README.md" <<EOF
# coverage.py report fixtures

Generated by \`scripts/make-fixtures.sh\`; do not edit by hand (except
\`NOTES.md\`, which records what these files show). Re-run the script to
regenerate everything.

## Source

\`fixtures/python/base/\` and \`fixtures/python/head/\` are two versions of a
small package, \`invoicing\`, with its \`unittest\` suite. The script commits
the base tree, then the head tree on top of it, in a scratch git repository
(\`$WORK/repo\`), and runs every tool from that repository's root, so report
keys look like \`invoicing/cart.py\`. Coverage is measured with
\`source = invoicing\`, so \`invoicing/export.py\`, which no test imports,
is reported at 0%.

The PR (base to head) modifies \`cart.py\`, \`money.py\`, \`tax.py\` and
\`__init__.py\`, adds \`refunds.py\` (partly tested), renames
\`formatting.py\` to \`render.py\` with small edits, and changes the last line
of \`tax.py\`, which has no trailing newline.

## Tools

- $py_version (\`/usr/bin/python3\`, used by both coverage.py versions)
- $cov6_version (Debian \`python3-coverage\`)
- $cov7_version (pip, in a venv under \`.cache/py7-venv\`)
- $dc_version (Debian \`diff-cover\`)
- $git_version

## Files

- \`pr.diff\`: \`git diff -M base head\` (default context, rename detection).
- \`<variant>/<base|head>/coverage.json\`: \`coverage json --pretty-print\`
  (\`py7-contexts\`: \`coverage json --show-contexts\`, not pretty-printed,
  because it is large).
- \`<variant>/<base|head>/report.txt\`: \`coverage report --precision=2\`.
- \`<variant>/<base|head>/report-precision-1.txt\`: \`coverage report --precision=1\`.
- \`<variant>/<base|head>/coverage.xml\`: \`coverage xml\`. Its \`<source>\` is
  the absolute path of the scratch repository's package directory.
- \`<variant>/head/diff-cover.json\`, \`diff-cover.txt\`: \`diff-cover
  coverage.xml --compare-branch=base --ignore-staged --ignore-unstaged
  --json-report diff-cover.json\` run in the scratch repository with head
  checked out (diff-cover 7.4 has no option to read a diff file; it runs
  \`git diff base...HEAD\` itself, which is the same change as \`pr.diff\`).
  \`diff-cover.txt\` is its console output.
- \`<variant>/merge/part-a/coverage.json\`: head, only
  \`${PART_A[*]}\`.
- \`<variant>/merge/part-b/coverage.json\`: head, only
  \`${PART_B[*]}\`.
- \`<variant>/merge/combined/coverage.json\`, \`report.txt\`: \`coverage
  combine\` of the two parts' data files, then \`coverage json\` /
  \`coverage report --precision=2\`.

## Variants

| variant | coverage.py | branch | contexts | sides |
|---|---|---|---|---|
| \`py6-line\` | 6.5 | no | no | base, head, merge |
| \`py6-branch\` | 6.5 | yes | no | base, head |
| \`py7-line\` | $COV7_VERSION | no | no | base, head |
| \`py7-branch\` | $COV7_VERSION | yes | no | base, head, merge |
| \`py7-contexts\` | $COV7_VERSION | yes | \`dynamic_context = test_function\` | head |

Timestamps in the JSON and XML files change on every run; nothing else
should.
EOF

echo "fixtures written to $OUT"
