#!/usr/bin/env bash
# Batch benchmark (issue 6). Generates its own corpus in a temporary folder:
#  - 10,000 text résumés made by varying the project's own fixtures
#    (testdata/eval/resumes), and
#  - the PDFs of ../shared/corpus/resumes-public copied to about 2,000 files;
# then prints, in one run: files per second for text and for PDF, the speed-up
# from 1 to 2 workers, peak memory (RSS) and rolefit's PDF batch time against
# a loop of pdftotext over the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-./bin/rolefit}
NTEXT=${NTEXT:-10000}
PDFCOPIES=${PDFCOPIES:-50}
CORPUS=${CORPUS:-../shared/corpus/resumes-public}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/text" "$work/pdf"
srcs=(testdata/eval/resumes/*)
n=${#srcs[@]}
for ((i = 0; i < NTEXT; i++)); do
	s=${srcs[$((i % n))]}
	ext=${s##*.}
	{
		cat "$s"
		# a varying line keeps every generated file distinct
		printf '\nReference %d: available on request (batch %d)\n' "$i" $((i / n))
	} >"$work/text/r$(printf %05d "$i").$ext"
done
pdfs=("$CORPUS"/*.pdf)
for ((c = 0; c < PDFCOPIES; c++)); do
	for p in "${pdfs[@]}"; do
		cp "$p" "$work/pdf/c${c}_$(basename "$p")"
	done
done
npdf=$(ls "$work/pdf" | wc -l)

calc() { awk "BEGIN { print $1 }"; }

run_timed() { # prints "seconds rss_kib"
	local out=$work/time.$$
	local t0 t1
	t0=$(date +%s.%N)
	/usr/bin/time -f '%M' -o "$out" "$@" >/dev/null 2>"$work/err" || true
	t1=$(date +%s.%N)
	echo "$(calc "$t1 - $t0") $(tail -1 "$out")"
}

echo "corpus: $NTEXT text résumés, $npdf PDFs (the ${#pdfs[@]} corpus PDFs × $PDFCOPIES)"
read -r t2 rss2 < <(run_timed "$BIN" match --quiet --format jsonl --jobs 2 "$work/text")
read -r t1 rss1 < <(run_timed "$BIN" match --quiet --format jsonl --jobs 1 "$work/text")
printf 'text, 2 workers: %6.2fs  %7.0f files/s  peak RSS %d MB\n' "$t2" "$(calc "$NTEXT / $t2")" $((rss2 / 1024))
printf 'text, 1 worker : %6.2fs  %7.0f files/s  speed-up 1→2 workers: %.2fx\n' "$t1" "$(calc "$NTEXT / $t1")" "$(calc "$t1 / $t2")"

read -r p2 prss2 < <(run_timed "$BIN" match --quiet --format jsonl --jobs 2 "$work/pdf")
read -r p1 prss1 < <(run_timed "$BIN" match --quiet --format jsonl --jobs 1 "$work/pdf")
read -r pt _ < <(run_timed sh -c 'for f in "$1"/*.pdf; do pdftotext -q "$f" - ; done' sh "$work/pdf")
printf 'pdf,  2 workers: %6.2fs  %7.0f files/s  peak RSS (main process) %d MB\n' "$p2" "$(calc "$npdf / $p2")" $((prss2 / 1024))
printf 'pdf,  1 worker : %6.2fs  %7.0f files/s  speed-up 1→2 workers: %.2fx\n' "$p1" "$(calc "$npdf / $p1")" "$(calc "$p1 / $p2")"
printf 'pdftotext loop : %6.2fs  rolefit/pdftotext time ratio: %.2f\n' "$pt" "$(calc "$p2 / $pt")"
