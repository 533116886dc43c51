#!/usr/bin/env bash
# The check the GitHub Action (action.yml) runs, from the repository's root (the working directory), with the action's
# inputs in the environment, as a user would type it:
#   factcheck check PATHS [--against PATHS] [--config FILE] [--places FILE]... [--baseline FILE] --format ...
#   .ci/action-check.sh sarif      writes the SARIF report to $FACTCHECK_SARIF (never fails on findings: it is uploaded
#                                 whatever was found; exit 2 only when a file could not be read or an input is wrong)
#   .ci/action-check.sh annotate   prints one GitHub annotation per finding and exits 1 when one reaches FACTCHECK_FAIL_ON
# Inputs (words separated by spaces): FACTCHECK_PATHS (default .), FACTCHECK_AGAINST, FACTCHECK_CONFIG, FACTCHECK_PLACES,
# FACTCHECK_BASELINE, FACTCHECK_FAIL_ON (default error); FACTCHECK, the command (default factcheck).
set -euo pipefail

read -ra factcheck <<< "${FACTCHECK:-factcheck}"
read -ra paths <<< "${FACTCHECK_PATHS:-.}"
read -ra against <<< "${FACTCHECK_AGAINST:-}"
read -ra places <<< "${FACTCHECK_PLACES:-}"

args=("${paths[@]}")
[ ${#against[@]} -gt 0 ] && args+=(--against "${against[@]}")
[ -n "${FACTCHECK_CONFIG:-}" ] && args+=(--config "$FACTCHECK_CONFIG")
for file in "${places[@]}"; do args+=(--places "$file"); done
[ -n "${FACTCHECK_BASELINE:-}" ] && args+=(--baseline "$FACTCHECK_BASELINE")

case "${1:-}" in
  sarif) exec "${factcheck[@]}" check "${args[@]}" --format sarif --output "${FACTCHECK_SARIF:-factcheck.sarif}" --fail-on none ;;
  annotate) exec "${factcheck[@]}" check "${args[@]}" --format github --fail-on "${FACTCHECK_FAIL_ON:-error}" ;;
  *) echo "usage: .ci/action-check.sh sarif|annotate" >&2; exit 2 ;;
esac
