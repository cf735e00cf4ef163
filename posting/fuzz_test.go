package posting

import (
	"strings"
	"testing"
)

// FuzzParse checks that any text parses without a panic into a consistent
// posting: known importances, lines in range, each skill once.
func FuzzParse(f *testing.F) {
	f.Add("Analyst\nRequirements:\n- SQL\nNice to have: R, Python (preferred)")
	f.Add("Must have SQL, Python, and nice to have R; Epic required, Cerner a plus.")
	f.Add("Job Title:\n#\n::\n(required)(preferred)\n- : preferred")
	find := fakeFinder(testForms)
	f.Fuzz(func(t *testing.T, text string) {
		p := parse(find, text)
		n := len(strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n"))
		seen := map[string]bool{}
		for _, s := range p.Skills {
			if s.Importance != Required && s.Importance != Preferred {
				t.Fatalf("importance %q", s.Importance)
			}
			if s.Line < 0 || s.Line > n {
				t.Fatalf("line %d of %d", s.Line, n)
			}
			if seen[s.ID] {
				t.Fatalf("%s twice", s.ID)
			}
			seen[s.ID] = true
		}
		r := p.Role("")
		if !strings.HasPrefix(r.ID, "job:") || len(r.Required)+len(r.Preferred) != len(p.Skills) {
			t.Fatalf("role %+v", r)
		}
	})
}
