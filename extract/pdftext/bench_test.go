package pdftext

import (
	"os"
	"path/filepath"
	"testing"
)

const corpusDir = "/work/shared/corpus/resumes-public"

// BenchmarkCorpus reports pages per second over the public résumé corpus
// (glyph extraction and layout). It is skipped when the corpus is absent.
func BenchmarkCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.pdf"))
	if len(files) == 0 {
		b.Skip("corpus not found at " + corpusDir)
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
// and decode nearly all glyphs. Skipped when the corpus is absent or with
// -short.
func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.pdf"))
	if len(files) == 0 || testing.Short() {
		t.Skip("corpus not available")
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
