#!/usr/bin/env bash
# The JIT build against the Native AOT binary, measured in turn (A B A B ...): one article, and the whole bench corpus.
# Each run is a new process (the files themselves are in the OS cache after the first run). Prints a Markdown table of
# medians: wall and CPU (user + sys) seconds and peak memory; the figures of README's "Speed" section came from it.
#   usage: benchmarks/startup.sh [JIT_FACTCHECK AOT_FACTCHECK]   (default: both built first, in Release)
# PAIRS (default 7) runs each article that many times; CORPUS_PAIRS (default 3) the corpus; CORPUS (default
# ../shared/bench-corpus, not in the repository) is the folder checked whole, and ARTICLES the files checked alone.
# Other work on the machine stretches wall times more than CPU: read both, and run it alone.
set -euo pipefail
cd "$(dirname "$0")/.."
jit=${1:-}
aot=${2:-}
if [ -z "$jit" ]; then
  dotnet build -c Release src/FactCheck.Cli >/dev/null
  jit=src/FactCheck.Cli/bin/Release/net10.0/factcheck
  dotnet publish src/FactCheck.Cli -c Release -r linux-x64 -p:PublishAot=true -o artifacts/aot >/dev/null
  aot=artifacts/aot/factcheck
fi
corpus=${CORPUS:-../shared/bench-corpus}
articles=${ARTICLES:-samples/en-daily.md $corpus/en/reuters-06346.md}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# once LABEL FACTCHECK ARGS...: one run; appends "wall cpu peak_kb" to $work/LABEL.
once() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  # A run that finds conflicts exits 1, and time then writes a line saying so before the figures.
  tail -n 1 "$work/time" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' >> "$work/$label"
}

# median COLUMN FILE
median() { cut -d' ' -f"$1" "$2" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

row() { # row WHAT LABEL
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$(median 1 "$work/$2")" "$(median 2 "$work/$2")" "$(( $(median 3 "$work/$2" | cut -d. -f1) / 1024 ))"
}

echo "| input | build | wall s | CPU s | peak MB |"
echo "|---|---|---:|---:|---:|"
for article in $articles; do
  rm -f "$work/jit" "$work/aot"
  for _ in $(seq "${PAIRS:-7}"); do
    once jit "$jit" check "$article" --format json
    once aot "$aot" check "$article" --format json
  done
  row "$(basename "$article") ($(wc -c < "$article") B)" jit
  row "$(basename "$article") ($(wc -c < "$article") B)" aot
done
[ "${CORPUS_PAIRS:-3}" -gt 0 ] || exit 0
rm -f "$work/jit" "$work/aot"
for _ in $(seq "${CORPUS_PAIRS:-3}"); do
  once jit "$jit" check "$corpus" --format json
  once aot "$aot" check "$corpus" --format json
done
row "$(basename "$corpus") (whole)" jit
row "$(basename "$corpus") (whole)" aot
