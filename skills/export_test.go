package skills

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

func roundTrip(t *testing.T, v *Vocabulary) *Vocabulary {
	t.Helper()
	var buf bytes.Buffer
	if err := Export(&buf, v); err != nil {
		t.Fatalf("Export: %v", err)
	}
	w, err := Load("exported.toml", buf.Bytes())
	if err != nil {
		t.Fatalf("Load(Export(v)): %v\n--- exported ---\n%s", err, buf.String())
	}
	return w
}

func TestExportRoundTripDefault(t *testing.T) {
	v := Default()
	w := roundTrip(t, v)
	if w.Name != v.Name || w.Version != v.Version {
		t.Errorf("name/version %q %q, want %q %q", w.Name, w.Version, v.Name, v.Version)
	}
	if !reflect.DeepEqual(w.Skills, v.Skills) {
		for i := range v.Skills {
			if i < len(w.Skills) && !reflect.DeepEqual(w.Skills[i], v.Skills[i]) {
				t.Fatalf("skill %d differs:\n got %+v\nwant %+v", i, w.Skills[i], v.Skills[i])
			}
		}
		t.Fatalf("skills differ: %d vs %d", len(w.Skills), len(v.Skills))
	}
	if !reflect.DeepEqual(w.Roles, v.Roles) {
		t.Fatal("roles differ after round trip")
	}
	// The export is itself clean (no warnings either).
	var buf bytes.Buffer
	if err := Export(&buf, v); err != nil {
		t.Fatal(err)
	}
	for _, d := range Check("exported.toml", buf.Bytes()) {
		t.Errorf("%s", d)
	}
	if !strings.Contains(buf.String(), "HOW TO EDIT THIS FILE") {
		t.Error("export lacks the editing guide")
	}
}

// TestExportGolden pins the exported text of a small vocabulary, including
// escaping and list wrapping. Run with -update to rewrite.
func TestExportGolden(t *testing.T) {
	v := &Vocabulary{
		Name:    "golden",
		Version: "0.1",
		Skills: []Skill{
			{ID: "sql", Name: "SQL", Kind: "skill", Forms: []string{"SQL", "T-SQL", "PL/SQL"}, Generic: true},
			{ID: "quotes", Name: `Name with "quotes" \ backslash`, Kind: "tool",
				Forms: []string{"tab\there", "naïve café", "line\nbreak", "ctrl\x01char"},
				Exact: []string{"Q"}, Cues: []string{"cue one", "cue two"}, Closes: []string{"cert"}, Implies: []string{"sql"}},
			{ID: "cert", Name: "A certification", Kind: "certification", Forms: []string{
				"a fairly long surface form number one", "a fairly long surface form number two",
				"a fairly long surface form number three", "a fairly long surface form number four"}},
		},
		Roles: []Role{{
			ID: "r", Title: "Role", Description: "One line.", ONet: "00-0000.00", Titles: []string{"role analyst", "CMIO"},
			Required:  []Weighted{{"sql", 5}, {"quotes", 3}, {"cert", 2}},
			Preferred: nil,
		}},
	}
	var buf bytes.Buffer
	if err := Export(&buf, v); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "export.golden.toml")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("export differs from %s; run go test -update and review the diff", golden)
	}
	w := roundTrip(t, v)
	if !reflect.DeepEqual(w.Skills, v.Skills) || !reflect.DeepEqual(w.Roles, v.Roles) {
		t.Errorf("round trip changed the vocabulary:\n got %+v %+v\nwant %+v %+v", w.Skills, w.Roles, v.Skills, v.Roles)
	}
}

func TestExportNil(t *testing.T) {
	if err := Export(&bytes.Buffer{}, nil); err == nil {
		t.Error("Export(nil) succeeded")
	}
}

func TestQuoteTOML(t *testing.T) {
	for in, want := range map[string]string{
		"plain":      `"plain"`,
		`a"b`:        `"a\"b"`,
		`a\b`:        `"a\\b"`,
		"x\x7fy":     `"x\u007Fy"`,
		"bad\xffutf": "\"bad\uFFFDutf\"",
		"é":          `"é"`,
	} {
		if got := quoteTOML(in); got != want {
			t.Errorf("quoteTOML(%q) = %s, want %s", in, got, want)
		}
	}
}
