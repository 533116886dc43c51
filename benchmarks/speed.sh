#!/usr/bin/env bash
# Speed side by side, in one run: the whole corpus checked cold (the JIT build, and the Native AOT binary when given), the
# same check on deterministic slices (every 8th, 4th and 2nd file of the corpus's sorted file list: is the time linear?),
# the .NET floor (every file read, its Markdown parsed and split into sentences, nothing searched: FactCheck.Benchmarks
# floor), the naive way (the recognizer's currency model on every sentence of a sample: FactCheck.Benchmarks naive), and a
# peer, chrono-node (an npm date parser, installed from the npm registry into a temporary folder), on the same files.
# Each figure is a new process timed by /usr/bin/time; each run takes every row once, in turn, and the table gives the
# medians over the runs. Prints ONE Markdown table: MB (10^6 bytes of UTF-8 text, as each program counted them), wall and
# CPU (user + sys) seconds, MB a second of each, peak memory.
#   usage: benchmarks/speed.sh [JIT_FACTCHECK [AOT_FACTCHECK]]   (default: the JIT Release build, built first; no AOT row)
# RUNS (default 3) runs of every row; CORPUS (default ../shared/bench-corpus, not in the repository) the folder;
# NAIVE_MB (default 5; 0 leaves the row out) the naive way's sample; PEER=0 leaves chrono-node out (it needs node and npm).
# Other work on the machine stretches wall times far more than CPU: read both, and run it alone.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || dotnet build -c Release src/FactCheck.Cli >/dev/null
jit=${1:-src/FactCheck.Cli/bin/Release/net10.0/factcheck}
aot=${2:-}
dotnet build -c Release tests/FactCheck.Benchmarks >/dev/null
bench=tests/FactCheck.Benchmarks/bin/Release/net10.0/FactCheck.Benchmarks
corpus=$(cd "${CORPUS:-../shared/bench-corpus}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The slices: every n-th file of the sorted list of the files a check reads, copied with their folders (a check does not
# follow links inside folders), so a slice is the same files on every machine and every run.
(cd "$corpus" && find . -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.txt' \) ! -name 'README.*' | LC_ALL=C sort) > "$work/files"
for n in 8 4 2; do
  mkdir "$work/slice$n"
  awk -v n="$n" '(NR - 1) % n == 0' "$work/files" | tar -C "$corpus" -cf - -T - | tar -C "$work/slice$n" -xf -
done

peer=
if [ "${PEER:-1}" != 0 ] && command -v node >/dev/null && command -v npm >/dev/null \
  && npm install --prefix "$work/npm" --no-audit --no-fund --silent chrono-node@2.10.3 >/dev/null 2>&1; then
  peer=$work/npm/node_modules
fi

# Each row: a label, then the command. A row's MB and files come from what its program printed (the check's --stats line).
rows=()
row() { rows+=("$1"); eval "cmd_$(( ${#rows[@]} - 1 ))=(\"\${@:2}\")"; }
for build in jit aot; do
  exe=${!build}
  [ -n "$exe" ] || continue
  name=$([ "$build" = jit ] && echo JIT || echo "Native AOT")
  row "whole corpus, check cold|$name" "$exe" check "$corpus" --format json --stats --fail-on none
  for n in 2 4 8; do row "1/$n of the corpus, check cold|$name" "$exe" check "$work/slice$n" --format json --stats --fail-on none; done
done
row ".NET floor: read, parse Markdown, split sentences (whole corpus)|JIT" "$bench" floor "$corpus"
[ "${NAIVE_MB:-5}" = 0 ] || row "naive: currency model on every sentence (${NAIVE_MB:-5} MB sample)|JIT" "$bench" naive "$corpus" --naive-sample "${NAIVE_MB:-5}"
if [ -n "$peer" ]; then
  row "peer: chrono-node 2.10.3, dates only (whole corpus)|node $(node --version)" node benchmarks/peer/chrono-dates.cjs "$peer" "$corpus"
fi

for _ in $(seq "${RUNS:-3}"); do
  for i in "${!rows[@]}"; do
    eval "cmd=(\"\${cmd_$i[@]}\")"
    # A check that finds conflicts exits 1 without --fail-on none; time then writes a line saying so before the figures.
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${cmd[@]}" >"$work/out$i" 2>&1 || true
    tail -n 1 "$work/time" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' >> "$work/times$i"
  done
done

# per MB SECONDS: MB a second. Wall time follows the machine's load; CPU time much less.
per() { awk -v mb="$1" -v s="$2" 'BEGIN { printf "%.2f", (s > 0 ? mb / s : 0) }'; }

# median COLUMN FILE
median() { cut -d' ' -f"$1" "$2" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "| run | build | files | MB | wall s | CPU s | MB/s | MB per CPU s | peak MB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
for i in "${!rows[@]}"; do
  # "files 29151, 45.56 MB" (check --stats), "floor: 29151 files, 45.56 MB", "naive: 2912 files (...)" then "...: 5.00 MB in",
  # "chrono-node: 29151 files, 45.56 MB".
  files=$(grep -oE '(files [0-9]+|[0-9]+ files)' "$work/out$i" | head -n 1 | tr -dc '0-9')
  mb=$(grep -oE '[0-9]+\.[0-9]+ MB' "$work/out$i" | head -n 1 | cut -d' ' -f1)
  wall=$(median 1 "$work/times$i")
  cpu=$(median 2 "$work/times$i")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "${rows[$i]/|/ | }" "${files:-?}" "${mb:-?}" "$wall" "$cpu" "$(per "${mb:-0}" "$wall")" \
    "$(per "${mb:-0}" "$cpu")" "$(( $(median 3 "$work/times$i" | cut -d. -f1) / 1024 ))"
done
[ -n "$peer" ] || [ "${PEER:-1}" = 0 ] || echo "(no peer row: node and npm, or chrono-node from the npm registry, could not be had here)"
