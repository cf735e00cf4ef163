// Package testcorpus finds the shared test corpora (shared/corpus beside the
// checkout) for tests. On a developer machine without them the tests that
// need them skip; in CI (CI set) they must be present, so a missing corpus
// fails instead of skipping.
package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Find returns the folder shared/corpus/set found by walking up from the
// working directory, or "" when there is none.
func Find(set string) string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared", "corpus", set)
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Dir returns shared/corpus/set, skipping tb when it is absent, or failing
// it when the CI environment variable is set.
func Dir(tb testing.TB, set string) string {
	tb.Helper()
	if p := Find(set); p != "" {
		return p
	}
	if os.Getenv("CI") != "" {
		tb.Fatalf("shared/corpus/%s not found above %s; CI must provide it beside the checkout", set, must(os.Getwd()))
	}
	tb.Skipf("shared/corpus/%s not found", set)
	return ""
}

func must(s string, _ error) string { return s }
