package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden extracts the realistic fixtures in ../testdata/formats (made by
// tools/mkfixtures) and compares text and quality with golden files. On a
// mismatch the output is written next to the golden file as .got.txt.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "formats", "resume*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures found (%v)", err)
	}
	for _, path := range files {
		base := filepath.Base(path)
		if filepath.Ext(path) == ".pdf" {
			continue // layout belongs to pdftext and layout; see TestFixturePDF
		}
		t.Run(base, func(t *testing.T) {
			doc, err := ExtractFile(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			q := doc.Quality
			got := fmt.Sprintf("format: %s\npages: %d\nwords: %d\nscore: %.3f\nflags: %s\n---\n%s\n",
				doc.Format, q.Pages, q.Words, q.Score, strings.Join(q.Flags, ","), doc.Text)
			golden := filepath.Join("testdata", "golden", base+".golden.txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if got != string(want) {
				gotPath := strings.TrimSuffix(golden, ".golden.txt") + ".got.txt"
				_ = os.WriteFile(gotPath, []byte(got), 0o644)
				t.Errorf("%s differs from %s; output written to %s", base, golden, gotPath)
			}
		})
	}
}

// TestFixturePDF checks the LibreOffice export of the DOCX fixture loosely:
// the line layout is pdftext's business, the verdict is ours.
func TestFixturePDF(t *testing.T) {
	doc, err := ExtractFile(filepath.Join("..", "testdata", "formats", "resume-libreoffice.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	q := doc.Quality
	if doc.Format != FormatPDF || q.Pages < 1 || q.Words < 200 || q.Score < 0.9 {
		t.Errorf("format %q quality %+v", doc.Format, q)
	}
	for _, w := range []string{"Morgan Ellery-Okafor", "Interoperability", "SNOMED CT", "Mirth Connect"} {
		if !strings.Contains(doc.Text, w) {
			t.Errorf("text lacks %q", w)
		}
	}
}

// TestFixtureLegacy checks that real legacy Word and RTF files (LibreOffice
// exports of the DOCX fixture), even when misnamed, get a conversion hint.
func TestFixtureLegacy(t *testing.T) {
	tests := []struct{ file, as, msg string }{
		{"legacy-libreoffice.doc", "cv.doc", "legacy Word .doc is not supported"},
		{"legacy-libreoffice.doc", "cv.docx", "legacy Word .doc is not supported"},
		{"legacy-libreoffice.rtf", "cv.doc", "rich text format (.rtf) is not supported"},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "formats", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Extract(tt.as, data, Options{})
		xe, ok := err.(*Error)
		if !ok || xe.Status != StatusError || xe.Msg != tt.msg || !strings.Contains(xe.Hint, "libreoffice --headless --convert-to docx") {
			t.Errorf("%s as %s: err = %#v", tt.file, tt.as, err)
		}
	}
}
