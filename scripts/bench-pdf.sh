#!/usr/bin/env bash
# PDF speed (issue 4): rolefit over every résumé PDF of the public corpus
# (copied COPIES times), worker processes included, against a loop of
# pdftotext over the same files, as a ratio in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-./bin/rolefit}
COPIES=${COPIES:-5}
CORPUS=${CORPUS:-../shared/corpus/resumes-public}
command -v pdftotext >/dev/null || { echo "bench-pdf: pdftotext not found (apt-get install poppler-utils)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((c = 0; c < COPIES; c++)); do
	for p in "$CORPUS"/*.pdf; do cp "$p" "$work/c${c}_$(basename "$p")"; done
done
n=$(ls "$work" | wc -l)
pages=$(for f in "$work"/*.pdf; do pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}')
secs() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N); awk "BEGIN { print $t1 - $t0 }"; }
r=$(secs "$BIN" match --quiet --format jsonl "$work")
p=$(secs sh -c 'for f in "$1"/*.pdf; do pdftotext -q "$f" - ; done' sh "$work")
awk -v n="$n" -v pg="$pages" -v r="$r" -v p="$p" 'BEGIN {
	printf "%d PDFs, %d pages\n", n, pg
	printf "rolefit match (extract + score, all cores): %6.2fs  %6.0f pages/s\n", r, pg / r
	printf "pdftotext loop (extract only)             : %6.2fs  %6.0f pages/s\n", p, pg / p
	printf "rolefit / pdftotext time: %.2f\n", r / p
}'
