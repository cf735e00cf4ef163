package pdftext

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rolefit/rolefit/internal/testcorpus"
)

// BenchmarkCorpus reports pages per second over the public résumé corpus
// (glyph extraction and layout). It is skipped when the corpus is absent.
func BenchmarkCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(testcorpus.Dir(b, "resumes-public"), "*.pdf"))
	if len(files) == 0 {
		b.Fatal("no PDFs in the résumé corpus")
	}
	var docs [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	b.ResetTimer()
	pages := 0
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			res, err := Extract(d, Options{})
			if err == nil {
				pages += res.Pages
			}
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

// TestCorpus checks every public corpus résumé: it must open, yield text
// and decode nearly all glyphs. Skipped with -short, or when the corpus is
// absent outside CI.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	files, _ := filepath.Glob(filepath.Join(testcorpus.Dir(t, "resumes-public"), "*.pdf"))
	if len(files) < 30 {
		t.Fatalf("expected the résumé corpus PDFs, found %d", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Extract(data, Options{})
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		if len(res.Text) < 200 || res.Pages == 0 {
			t.Errorf("%s: %d pages, %d bytes of text", filepath.Base(f), res.Pages, len(res.Text))
		}
		if res.Undecoded*50 > res.Glyphs {
			t.Errorf("%s: %d of %d glyphs undecoded", filepath.Base(f), res.Undecoded, res.Glyphs+res.Undecoded)
		}
		for _, fl := range res.Flags {
			if fl == "undecoded_font" || fl == "truncated" {
				t.Errorf("%s: flag %s", filepath.Base(f), fl)
			}
		}
	}
}
