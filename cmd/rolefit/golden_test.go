package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// golden compares got with testdata/golden/name, or rewrites it with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it)\n--- got ---\n%s", name, got)
	}
}

func runCLI(t *testing.T, args ...string) (stdout, stderr []byte, code int) {
	t.Helper()
	t.Setenv("ROLEFIT_NOW", "2026-11-01")
	t.Setenv("NO_COLOR", "1")
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return out.Bytes(), errb.Bytes(), code
}

// TestGoldenSample pins the text and JSON answers for the built-in sample
// résumé, the output README.md shows.
func TestGoldenSample(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"sample.txt", []string{"match", "--sample"}},
		{"sample-role.txt", []string{"match", "--sample", "--role", "interoperability-engineer"}},
		{"sample.json", []string{"match", "--sample", "--format", "json"}},
		{"sample.csv", []string{"match", "--sample", "--format", "csv", "--csv-long"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errb, code := runCLI(t, c.args...)
			if code != exitOK || len(errb) > 0 {
				t.Fatalf("exit %d, stderr: %s", code, errb)
			}
			golden(t, c.name, out)
		})
	}
}

// TestGoldenText pins `rolefit text` on résumés from different producers:
// a hand-written PDF, LibreOffice's PDF, DOCX and ODT exports, and DOCX/ODT
// written by the project's generator.
func TestGoldenText(t *testing.T) {
	for _, f := range []string{
		"../../testdata/pdf/text.pdf",
		"../../testdata/formats/resume-libreoffice.pdf",
		"../../testdata/formats/resume-libreoffice.docx",
		"../../testdata/formats/resume-libreoffice.odt",
		"../../testdata/formats/resume.docx",
		"../../testdata/formats/resume.odt",
	} {
		name := "text-" + filepath.Base(f) + ".txt"
		t.Run(name, func(t *testing.T) {
			out, errb, code := runCLI(t, "text", f)
			if code != exitOK {
				t.Fatalf("exit %d, stderr: %s", code, errb)
			}
			golden(t, name, out)
			lay, errb, code := runCLI(t, "text", "--layout", f)
			if code != exitOK {
				t.Fatalf("--layout: exit %d, stderr: %s", code, errb)
			}
			golden(t, "layout-"+filepath.Base(f)+".txt", lay)
		})
	}
}

// TestGoldenBatch pins every batch format on a mixed batch: two text
// résumés (one off-domain), a PDF, a scanned PDF and a missing file.
func TestGoldenBatch(t *testing.T) {
	files := []string{
		"../../testdata/eval/resumes/int-02-mid-skills-first.txt",
		"../../testdata/eval/resumes/off-03-retail-manager.txt",
		"../../testdata/pdf/text.pdf",
		"../../testdata/pdf/scanned.pdf",
		"../../testdata/pdf/nosuch.pdf",
	}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"batch.txt", []string{"match", "--quiet"}},
		{"batch.json", []string{"match", "--quiet", "--format", "json"}},
		{"batch.jsonl", []string{"match", "--quiet", "--format", "jsonl"}},
		{"batch.csv", []string{"match", "--quiet", "--format", "csv"}},
		{"batch-long.csv", []string{"match", "--quiet", "--format", "csv", "--csv-long"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, errb, code := runCLI(t, append(c.args, files...)...)
			if code != exitNotScored {
				t.Fatalf("exit %d, want %d (two files not scored); stderr: %s", code, exitNotScored, errb)
			}
			golden(t, c.name, out)
		})
	}
}
