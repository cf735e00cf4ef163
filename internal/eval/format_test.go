package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rolefit/rolefit/matcher"
)

func TestParseFormats(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
		err  bool
	}{
		{"text", []string{"text"}, false},
		{"PDF", []string{"pdf"}, false},
		{" docx ", []string{"docx"}, false},
		{"all", []string{"text", "pdf", "docx"}, false},
		{"odt", nil, true},
		{"", nil, true},
	} {
		got, err := ParseFormats(c.in)
		if (err != nil) != c.err || !reflect.DeepEqual(got, c.want) {
			t.Errorf("ParseFormats(%q) = %v, %v; want %v (error %v)", c.in, got, err, c.want, c.err)
		}
	}
}

func TestRenderedPaths(t *testing.T) {
	cases := []Case{{Name: "a", Path: "set/resumes/a.md"}, {Name: "b", Path: "set/resumes/b.txt"}}
	if got := Rendered(cases, "set", "text"); !reflect.DeepEqual(got, cases) {
		t.Errorf("text: %v", got)
	}
	got := Rendered(cases, "set", "pdf")
	if want := filepath.Join("set", "rendered", "pdf", "b.pdf"); got[1].Path != want {
		t.Errorf("pdf path %q, want %q", got[1].Path, want)
	}
	if cases[1].Path != "set/resumes/b.txt" {
		t.Error("Rendered changed its input")
	}
	sum := FormatSummary([]FormatRow{{Format: "pdf", Report: Evaluate(nil, nil, nil)}})
	if !strings.Contains(sum, "| pdf | 0 |") {
		t.Errorf("summary lacks the pdf row:\n%s", sum)
	}
}

// TestRenderedFloors evaluates the PDF and DOCX renderings of the set
// (scripts/render-eval.sh) through extract.Extract, as the CLI does, and
// asserts the same floors as the text set: a résumé must score the same
// whichever way it arrives. Run `go run ./tools/eval -format all -v` to see
// each miss.
func TestRenderedFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("full evaluation skipped in -short mode")
	}
	cases, v := loadSet(t)
	analyze, err := NewAnalyzer(v, matcher.WithNow(AsOf))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"pdf", "docx"} {
		t.Run(f, func(t *testing.T) {
			rep := Evaluate(cases, Run(Rendered(cases, setDir, f), analyze), RoleOrder(v))
			t.Logf("\n%s", rep.Markdown())
			for _, m := range DefaultFloors.Check(rep) {
				t.Error(m)
			}
		})
	}
}

// TestRenderingsPresent checks that every résumé of the set has its PDF
// and DOCX rendering and no rendering is left over from a removed résumé:
// run scripts/render-eval.sh after adding or changing a résumé.
func TestRenderingsPresent(t *testing.T) {
	cases, err := Load(setDir)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, c := range cases {
		names[c.Name] = true
	}
	for _, f := range []string{"pdf", "docx"} {
		for _, c := range Rendered(cases, setDir, f) {
			if _, err := os.Stat(c.Path); err != nil {
				t.Errorf("%s: no %s rendering (run scripts/render-eval.sh)", c.Name, f)
			}
		}
		entries, err := os.ReadDir(filepath.Join(setDir, "rendered", f))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if name := strings.TrimSuffix(e.Name(), "."+f); !names[name] {
				t.Errorf("rendered/%s/%s has no résumé", f, e.Name())
			}
		}
	}
}
