package matcher

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/golden")

// TestDefaultVocabularyRoles reads hand-written résumés, one per role
// (testdata/roles/<role-id>.txt), and checks that the role ranks first
// with at least a good band; out-of-domain.txt must be out of domain.
func TestDefaultVocabularyRoles(t *testing.T) {
	files, err := filepath.Glob("testdata/roles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no résumés in testdata/roles: %v", err)
	}
	m := defaultMatcher(t)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r := m.Match(string(b))
			if name == "out-of-domain" {
				if r.InDomain {
					t.Errorf("in domain (%s), want out", r.DomainReason)
				}
				return
			}
			if !r.InDomain {
				t.Errorf("out of domain: %s", r.DomainReason)
			}
			top := r.Roles[0]
			if top.ID != name {
				t.Errorf("top role = %s (%d), want %s", top.ID, top.Score, name)
			}
			if top.Band != Strong && top.Band != Good {
				t.Errorf("top band = %s (%d), want good or strong", top.Band, top.Score)
			}
		})
	}
}

// TestGolden compares the whole Result for fixed résumés against golden
// JSON written with the test vocabulary; run with -update to rewrite.
func TestGolden(t *testing.T) {
	m := testMatcher(t)
	for _, name := range []string{"bench_resume"} {
		b, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.MarshalIndent(m.Match(string(b)), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", "golden", name+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: Match result differs from %s; run go test -run TestGolden -update and review the diff", name, path)
		}
	}
}
