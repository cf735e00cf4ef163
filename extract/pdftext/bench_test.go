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
