package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/skills"
)

const setDir = "../../testdata/eval"

func loadSet(t *testing.T) ([]Case, *skills.Vocabulary) {
	t.Helper()
	v := skills.Default()
	cases, err := Load(setDir)
	if err != nil {
		t.Fatalf("load evaluation set: %v", err)
	}
	return cases, v
}

// TestLabels checks that every résumé has a label, every label parses and
// names only role and skill ids of the default vocabulary, and the set has
// the promised coverage.
func TestLabels(t *testing.T) {
	cases, v := loadSet(t)
	roles, ids := IDs(v)
	perGroup := map[string]int{}
	for _, c := range cases {
		for _, err := range c.Label.Check(roles, ids) {
			t.Errorf("labels/%s.toml: %v", c.Name, err)
		}
		perGroup[c.Group()]++
	}
	for _, r := range v.Roles {
		if perGroup[r.ID] < 5 {
			t.Errorf("role %s has %d résumés, want at least 5", r.ID, perGroup[r.ID])
		}
	}
	if perGroup[OffDomain] < 8 {
		t.Errorf("%d off-domain résumés, want at least 8", perGroup[OffDomain])
	}
	if len(cases) < 60 {
		t.Errorf("%d résumés, want at least 60", len(cases))
	}
}

// TestResumeFilesHaveLabels is the cheap file-level check (no vocabulary
// needed): every résumé file has a label file and vice versa.
func TestResumeFilesHaveLabels(t *testing.T) {
	res, err := os.ReadDir(filepath.Join(setDir, "resumes"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res {
		name := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		if _, err := os.Stat(filepath.Join(setDir, "labels", name+".toml")); err != nil {
			t.Errorf("%s has no label file", e.Name())
		}
	}
	labs, err := os.ReadDir(filepath.Join(setDir, "labels"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range labs {
		if _, err := ReadLabel(filepath.Join(setDir, "labels", e.Name())); err != nil {
			t.Error(err)
		}
	}
}

// TestAccuracyFloors runs the whole pipeline over the set and asserts the
// floors of issue 5. Run `go run ./tools/eval -v` to see each miss.
func TestAccuracyFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("full evaluation skipped in -short mode")
	}
	cases, v := loadSet(t)
	analyze, err := NewAnalyzer(v, matcher.WithNow(AsOf))
	if err != nil {
		t.Fatal(err)
	}
	rep := Evaluate(cases, Run(cases, analyze), RoleOrder(v))
	t.Logf("\n%s", rep.Markdown())
	for _, f := range DefaultFloors.Check(rep) {
		t.Error(f)
	}
}
