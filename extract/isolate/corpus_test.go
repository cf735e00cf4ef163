package isolate

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rolefit/rolefit/extract"
	"github.com/rolefit/rolefit/internal/testcorpus"
)

func corpusDir(t testing.TB, set string) string {
	t.Helper()
	return testcorpus.Dir(t, set)
}

func corpusFiles(t testing.TB, set string, keep func(string) bool) []string {
	t.Helper()
	dir := corpusDir(t, set)
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range ents {
		if e.Type().IsRegular() && (keep == nil || keep(e.Name())) {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	if len(files) == 0 {
		t.Fatalf("no files in %s", dir)
	}
	return files
}

type corpusOutcome struct {
	file    string
	status  extract.Status
	msg     string
	elapsed time.Duration
}

// TestHostileCorpus runs every file of the hostile PDF set and of the public
// résumés through a real pool (the real extractor in worker processes).
// Every file must end with a Document or a one-line *extract.Error, no later
// than the per-file timeout plus start-up slack, and the test process must
// survive the files that hang or exhaust memory in-process.
//
// Two extractors are run: rolefit's ("extract"), and ledongthuc/pdf's
// GetPlainText unguarded ("rawpdf"), which panics, loops and exhausts memory
// on this corpus, so that the pool's defences are exercised whatever the
// state of rolefit's own reader.
func TestHostileCorpus(t *testing.T) {
	files := corpusFiles(t, "pdf-hostile", nil)
	files = append(files, corpusFiles(t, "resumes-public", nil)...)
	for _, hook := range []string{"", "rawpdf"} {
		name := hook
		if name == "" {
			name = "extract"
		}
		t.Run(name, func(t *testing.T) { runCorpus(t, hook, files) })
	}
}

func runCorpus(t *testing.T, hook string, files []string) {
	const timeout = 10 * time.Second
	p := testPool(t, hook, Config{Workers: 2, Timeout: timeout})

	jobs := make(chan string)
	results := make(chan corpusOutcome, len(files))
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range jobs {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Error(err)
					continue
				}
				t0 := time.Now()
				doc, err := p.Extract(context.Background(), filepath.Base(f), data, extract.Options{})
				out := corpusOutcome{file: filepath.Base(f), elapsed: time.Since(t0)}
				var xe *extract.Error
				switch {
				case err == nil && doc == nil:
					t.Errorf("%s: nil document and nil error", out.file)
				case err == nil:
					out.status = extract.StatusOK
				case errors.As(err, &xe):
					out.status, out.msg = xe.Status, xe.Msg
					if xe.Msg == "" || strings.ContainsAny(xe.Msg, "\r\n") || strings.ContainsAny(xe.Hint, "\r\n") {
						t.Errorf("%s: error is not one line: %q / %q", out.file, xe.Msg, xe.Hint)
					}
				default:
					t.Errorf("%s: error %v (%T) is not an *extract.Error", out.file, err, err)
				}
				// The bound is the behaviour under test, with slack for
				// starting a replacement worker on a loaded machine.
				if out.elapsed > timeout+20*time.Second {
					t.Errorf("%s: took %v with a %v timeout", out.file, out.elapsed, timeout)
				}
				results <- out
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	close(results)

	statuses := map[extract.Status]int{}
	var maxOut corpusOutcome
	var notable []string
	n := 0
	for r := range results {
		n++
		statuses[r.status]++
		if r.elapsed > maxOut.elapsed {
			maxOut = r
		}
		if strings.HasPrefix(r.msg, "timed out") || strings.HasPrefix(r.msg, "worker crashed") {
			notable = append(notable, r.file+": "+r.msg)
		}
	}
	if n != len(files) {
		t.Errorf("%d results for %d files", n, len(files))
	}
	sort.Strings(notable)
	s := p.Stats()
	t.Logf("%d files: statuses %v; timeouts %d, crashes %d, panics %d, workers started %d; slowest %s (%v)",
		n, statuses, s.Timeouts, s.Crashes, s.Panics, s.Started, maxOut.file, maxOut.elapsed.Round(time.Millisecond))
	for _, l := range notable {
		t.Log("  " + l)
	}
}
