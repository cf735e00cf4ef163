package isolate

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/rolefit/rolefit/extract"
)

func resumePDFs(b *testing.B) (names []string, data [][]byte) {
	files := corpusFiles(b, "resumes-public", func(n string) bool { return strings.HasSuffix(n, ".pdf") })
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, filepath.Base(f))
		data = append(data, d)
	}
	return names, data
}

// BenchmarkResumesPool extracts the public résumé PDFs through a pool of
// two workers, two files at a time (one op = the whole set).
func BenchmarkResumesPool(b *testing.B) {
	names, data := resumePDFs(b)
	p := testPool(b, "", Config{Workers: 2})
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		var wg sync.WaitGroup
		next := make(chan int)
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					p.Extract(ctx, names[i], data[i], extract.Options{})
				}
			}()
		}
		for i := range names {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkResumesInProcess is the same work without isolation.
func BenchmarkResumesInProcess(b *testing.B) {
	names, data := resumePDFs(b)
	b.ResetTimer()
	for b.Loop() {
		var wg sync.WaitGroup
		next := make(chan int)
		for range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					extract.Extract(names[i], data[i], extract.Options{})
				}
			}()
		}
		for i := range names {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "files/s")
}
