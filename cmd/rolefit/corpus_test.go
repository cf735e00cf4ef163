package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rolefit/rolefit/internal/testcorpus"
	"github.com/rolefit/rolefit/report"
)

// TestResumeCorpus runs every résumé PDF of the public corpus through
// `rolefit match`: none may panic, and each either scores or fails with one
// clear line on stderr.
func TestResumeCorpus(t *testing.T) {
	dir := testcorpus.Dir(t, "resumes-public")
	pdfs, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(pdfs) < 30 {
		t.Fatalf("expected the résumé corpus PDFs, found %d", len(pdfs))
	}
	args := append([]string{"match", "--format", "jsonl", "--quiet", "--jobs", "2"}, pdfs...)
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	if code != exitOK && code != exitNotScored {
		t.Fatalf("exit code %d, stderr:\n%s", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != len(pdfs) {
		t.Fatalf("got %d results for %d files", len(lines), len(pdfs))
	}
	scored := 0
	for i, l := range lines {
		var e report.Entry
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if e.File != pdfs[i] {
			t.Errorf("result %d is for %s, want %s (input order)", i, e.File, pdfs[i])
		}
		switch {
		case e.Status == "ok":
			if e.Result == nil || len(e.Roles) == 0 {
				t.Errorf("%s: status ok without roles", e.File)
			}
			scored++
		case e.Error == "" || strings.Contains(e.Error, "\n"):
			t.Errorf("%s: status %s needs a one-line error, got %q", e.File, e.Status, e.Error)
		case e.Result != nil:
			t.Errorf("%s: status %s must not carry scores", e.File, e.Status)
		}
	}
	for _, l := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		if strings.Contains(l, "panic") || strings.Contains(l, "goroutine ") {
			t.Errorf("stderr shows a crash: %s", l)
		}
	}
	t.Logf("%d of %d corpus PDFs scored", scored, len(pdfs))
	if scored < len(pdfs)*3/4 {
		t.Errorf("only %d of %d corpus PDFs scored", scored, len(pdfs))
	}
}
