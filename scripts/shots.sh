#!/usr/bin/env bash
# Makes the README pictures of the reports from real rolefit output: the
# built-in sample résumé alone, and a small cohort from the labelled set
# with a scanned PDF. Needs Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-./bin/rolefit}
out=docs/img
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cohort" "$out"
"$BIN" sample > "$work/jordan-reyes.md"
for f in hda-02-mid-chronological.md int-02-mid-skills-first.txt priv-01-senior-chronological.txt \
	sec-02-senior-skills-first.md ci-01-mid-chronological.txt off-03-retail-manager.txt; do
	cp "testdata/eval/resumes/$f" "$work/cohort/"
done
cp testdata/pdf/scanned.pdf "$work/cohort/scanned-cv.pdf"
export ROLEFIT_NOW=${ROLEFIT_NOW:-2026-11-01}
"$BIN" report --quiet --date 2026-11-01 --title "Career centre report" "$work/jordan-reyes.md" -o "$work/single.html"
"$BIN" report --quiet --date 2026-11-01 --title "Cohort report: autumn intake" "$work/cohort" -o "$work/cohort.html" || true
for r in single cohort; do
	size=1000,1400
	[ "$r" = cohort ] && size=1400,1500
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$work/profile" --hide-scrollbars --window-size=$size \
		--screenshot="$out/report-$r.png" "file://$work/$r.html" 2>/dev/null
done
ls -la "$out"
