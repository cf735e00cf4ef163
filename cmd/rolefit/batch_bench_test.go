package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkBatchText scores a directory of text résumés (ROLEFIT_BENCH_DIR,
// default the labelled evaluation set) in one process, as `rolefit match
// --format jsonl DIR` does.
func BenchmarkBatchText(b *testing.B) {
	dir := os.Getenv("ROLEFIT_BENCH_DIR")
	if dir == "" {
		dir = "../../testdata/eval/resumes"
	}
	b.Setenv("ROLEFIT_NOW", "2026-11-01")
	for i := 0; i < b.N; i++ {
		code := run([]string{"match", "--quiet", "--format", "jsonl", dir}, strings.NewReader(""), io.Discard, io.Discard)
		if code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
