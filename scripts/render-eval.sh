#!/usr/bin/env bash
# render-eval.sh renders every résumé of the labelled evaluation set
# (testdata/eval/resumes/*.txt|*.md) as PDF and DOCX, the way a candidate's
# word processor would, so that `go run ./tools/eval -format all` can check
# that the scores hold up when the same résumés arrive as files:
#
#   testdata/eval/rendered/pdf/NAME.pdf
#   testdata/eval/rendered/docx/NAME.docx
#
# Each résumé is first turned into simple HTML by tools/render (headings in
# bold, bullets as lists, "|" rows as tables, a proportional font, normal
# margins), then LibreOffice Writer converts the HTML to DOCX and to PDF, so
# long bullets wrap over several lines as they would in Word.
#
# CI does NOT run this script: the rendered files are committed. Run it again
# after changing a résumé or tools/render. It needs LibreOffice Writer
# (Debian/Ubuntu: apt-get install libreoffice-writer, which provides soffice)
# and the Liberation fonts (fonts-liberation).
#
# Usage: scripts/render-eval.sh [SETDIR]   (default testdata/eval)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
set_dir=${1:-$root/testdata/eval}
out=$set_dir/rendered
command -v soffice >/dev/null || { echo "render-eval: soffice not found; install libreoffice-writer" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private LibreOffice profile keeps the run independent of the user's.
export HOME=$work/home
mkdir -p "$HOME" "$work/html"

(cd "$root" && go build -o "$work/render" ./tools/render)
shopt -s nullglob
n=0
for f in "$set_dir"/resumes/*.txt "$set_dir"/resumes/*.md; do
  name=$(basename "${f%.*}")
  "$work/render" "$f" >"$work/html/$name.html"
  n=$((n + 1))
done
[ "$n" -gt 0 ] || { echo "render-eval: no résumés under $set_dir/resumes" >&2; exit 1; }

rm -rf "$out/pdf" "$out/docx"
mkdir -p "$out/pdf" "$out/docx"
# "HTML (StarWriter)" opens the HTML in Writer (print layout), not Writer/Web.
soffice --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' \
  --outdir "$out/docx" "$work"/html/*.html >/dev/null 2>&1
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export \
  --outdir "$out/pdf" "$work"/html/*.html >/dev/null 2>&1

for kind in pdf docx; do
  got=$(find "$out/$kind" -name "*.$kind" | wc -l)
  [ "$got" -eq "$n" ] || { echo "render-eval: $got of $n $kind files rendered" >&2; exit 1; }
done
echo "render-eval: $n résumés rendered into $out/{pdf,docx} ($(du -sh "$out" | cut -f1))"
