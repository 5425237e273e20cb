#!/usr/bin/env bash
# Run every benchmark (bench/bench_*.py) and keep the output in bench/results/ (gitignored).
#
#   bash bench/run_all.sh                 # each benchmark's default run count, .venv/bin/python
#   RUNS=9 PYTHON=/path/to/python bash bench/run_all.sh
#
# Prints the tables as it goes; the same text and one JSON file per benchmark land in
# bench/results/<UTC timestamp>-<name>.{txt,json}. Every benchmark takes --runs N and
# --json FILE. Exits non-zero if any benchmark fails (after running the others).
set -uo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
if [ ! -x "$PYTHON" ] && ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "run_all: no Python at '$PYTHON' (set PYTHON, or run tools/setup.sh)" >&2
  exit 2
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=bench/results
mkdir -p "$out"
runs=()
[ -n "${RUNS:-}" ] && runs=(--runs "$RUNS")

failed=()
for script in bench/bench_*.py; do
  name=$(basename "$script" .py)
  name=${name#bench_}
  echo "== $script ${runs[*]+${runs[*]}}"
  if ! "$PYTHON" "$script" ${runs[@]+"${runs[@]}"} --json "$out/$stamp-$name.json" \
      | tee "$out/$stamp-$name.txt"; then
    failed+=("$name")
  fi
  echo
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "run_all: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "run_all: results in $out/$stamp-*"
