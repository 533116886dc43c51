#!/usr/bin/env bash
# Long and hostile inputs, each checked by the built CLI in a process of its own: wall time and peak memory (from --stats).
# The acceptance of issue 11: each under 10 s and 1 GB; doubling the figures in a paragraph, a digit run, a run of currency
# symbols, of quote marks or of suppression comments at most doubles the time.
#   usage: benchmarks/long-inputs.sh [FACTCHECK]    (default: the Release build, built first)
# LIMIT (seconds, default 120) stops a run that takes longer. Prints a Markdown table. Needs python3 to write the inputs. Other work on the machine stretches wall times: run it alone.
set -euo pipefail
cd "$(dirname "$0")/.."
factcheck=${1:-}
if [ -z "$factcheck" ]; then
  dotnet build -c Release src/FactCheck.Cli >/dev/null
  factcheck=src/FactCheck.Cli/bin/Release/net10.0/factcheck
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# write NAME PYTHON-EXPRESSION: the text of one input, evaluated by python with n bound to the size.
write() { python3 -c "import sys; n=int(sys.argv[1]); sys.stdout.write($2)" "$3" > "$work/$1.md"; }

run() { # run LABEL NAME
  local stats wall peak
  # With a one-line source in one story, so the input is read and compared in full: a file alone in its story has nothing
  # to be compared with, and a check only profiles it.
  stats=$(timeout "${LIMIT:-120}" "$factcheck" check "$work/$2.md" "$work/one.md" --one-story --stats --fail-on none 2>&1 >/dev/null) || true
  wall=$(sed -n 's/^total (wall) *\([0-9.]*\).*/\1/p' <<<"$stats")
  peak=$(sed -n 's/^memory: peak \([0-9]*\) MB.*/\1/p' <<<"$stats")
  [ -n "$wall" ] || wall="(stopped after ${LIMIT:-120} s, or failed: $(head -c 120 <<<"$stats" | tr '\n' ' '))"
  printf '| %s | %s | %s |\n' "$1" "$wall" "$peak"
}

echo "| input | wall (s) | peak memory (MB) |"
echo "|---|---:|---:|"
printf 'The fund holds €5bn.\n' > "$work/one.md"; printf 'The fund holds €6bn.\n' > "$work/two.md"; run "one line (start-up: the JIT, the recognizer models)" two
write digits "'The fund holds ' + '1'*n + ' euros.\n'" 100000;          run "one sentence of 100,000 digits" digits
write commas "'The fund holds ' + '1,'*n + '5 euros.\n'" 20000;         run "one sentence of 20,000 \"1,\"" commas
write dollars "'The fund holds ' + '\$1 '*n + 'in all.\n'" 10000;       run "one sentence of 10,000 \"\$1 \"" dollars
write figures "'The fund holds ' + ', '.join(f'€{i}bn' for i in range(n)) + '.\n'" 50000; run "one sentence of 50,000 figures" figures
# Every paragraph differs (its figures, dates, places and quote follow its number), as in a real archive: a file that
# repeats one paragraph would flatter anything that shares repeated text.
python3 - "$work/big.md" <<'PY'
import sys
cities = ["Oslo", "Paris", "Lyon", "Berlin", "Madrid", "Rome", "Vienna", "Prague", "Warsaw", "Lisbon"]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
paras, size, i = [], 0, 0
while size < 30_000_000:
    p = (f"Ministers agreed a €{i % 97 + 1}bn grid fund on Tuesday, {i % 28 + 1} {months[i % 12]} {2000 + i % 25}, in {cities[i % 10]}. "
         f"The fund holds ${(i * 7) % 500 + 1}.{i % 10}bn, officials said, and {i % 30 + 2} countries will join it by {2025 + i % 9}. "
         f"« Nous ne céderons pas sur le point {i} », a déclaré le ministre, selon l'AFP. "
         f"Inflation rose {i % 9}.{i % 7}% in {months[(i + 3) % 12]}, the {i % 5 + 2}th rise in a row.\n\n")
    paras.append(p); size += len(p.encode()); i += 1
with open(sys.argv[1], "w") as f:
    f.write("".join(paras))
PY
run "a 30 MB file of news paragraphs, each different" big
for n in 8000 16000 32000 64000; do write "para$n" "'The funds hold ' + '; '.join(f'€{i % 97 + 1}bn for the fund' for i in range(n)) + '.\n'" $n; run "$n money figures in one paragraph (one sentence)" "para$n"; done
for n in 25000 50000 100000 200000; do write "run$n" "'The fund holds ' + '7'*n + ' dollars.\n'" $n; run "a run of $n digits before a currency word" "run$n"; done
for n in 10000 20000 40000 80000; do write "sym$n" "'The fund holds ' + '€'*n + ' 5 now.\n'" $n; run "a run of $n currency symbols" "sym$n"; done
for n in 10000 20000 40000 80000; do write "quo$n" "'He said ' + '«'*n + ' it holds €5bn.\n'" $n; run "a run of $n quote marks" "quo$n"; done
for n in 5000 10000 20000 40000; do write "sup$n" "''.join(f'<!-- factcheck-disable -->\nThe fund holds €{i % 9 + 1}bn.\n<!-- factcheck-enable -->\n\n' for i in range(n))" $n; run "$n suppression comments" "sup$n"; done
