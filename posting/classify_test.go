package posting

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/skills"
)

// fakeFinder finds skills by whole-word, case-insensitive forms, line by
// line, so classification can be tested without the matcher.
func fakeFinder(forms map[string][]string) finder {
	type pat struct {
		id string
		re *regexp.Regexp
	}
	var pats []pat
	ids := make([]string, 0, len(forms))
	for id := range forms {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		var alts []string
		for _, f := range forms[id] {
			alts = append(alts, regexp.QuoteMeta(f))
		}
		pats = append(pats, pat{id, regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(?:` + strings.Join(alts, "|") + `)(?:$|[^\pL\pN+#])`)})
	}
	return func(text string) []matcher.Found {
		var out []matcher.Found
		for _, p := range pats {
			f := matcher.Found{ID: p.id, Skill: strings.ToUpper(p.id)}
			for i, l := range strings.Split(text, "\n") {
				if p.re.MatchString(l) {
					f.Evidence = append(f.Evidence, matcher.Evidence{Line: i + 1, Text: strings.TrimSpace(l)})
				}
			}
			if len(f.Evidence) > 0 {
				out = append(out, f)
			}
		}
		return out
	}
}

var testForms = map[string][]string{
	"sql":      {"SQL"},
	"python":   {"Python"},
	"r":        {"R"},
	"tableau":  {"Tableau"},
	"epic":     {"Epic"},
	"cerner":   {"Cerner"},
	"fhir":     {"FHIR"},
	"hl7v2":    {"HL7 v2", "HL7"},
	"bachelor": {"Bachelor's degree", "bachelor's"},
	"master":   {"Master's degree", "master's"},
	"hipaa":    {"HIPAA"},
}

type want struct {
	importance string
	line       int
	cue        string
}

func TestClassify(t *testing.T) {
	cases := []struct {
		name string
		text string
		want map[string]want
	}{
		{"required heading", "Analyst\n\nRequirements:\n- 3+ years of SQL\n",
			map[string]want{"sql": {Required, 4, "Requirements"}}},
		{"preferred heading", "Analyst\nPreferred Qualifications\n- Experience with Tableau",
			map[string]want{"tableau": {Preferred, 3, "Preferred Qualifications"}}},
		{"capitals heading", "Analyst\nNICE TO HAVE\n* Tableau dashboards",
			map[string]want{"tableau": {Preferred, 3, "NICE TO HAVE"}}},
		{"markdown heading", "# Analyst\n## Bonus points\n- FHIR APIs",
			map[string]want{"fhir": {Preferred, 3, "Bonus points"}}},
		{"inline beats heading (preferred)", "Analyst\nRequirements\n- SQL\n- Python is a plus",
			map[string]want{"sql": {Required, 3, "Requirements"}, "python": {Preferred, 4, "a plus"}}},
		{"inline beats heading (required)", "Analyst\nNice to have\n- HIPAA knowledge required\n- FHIR",
			map[string]want{"hipaa": {Required, 3, "required"}, "fhir": {Preferred, 4, "Nice to have"}}},
		{"mixed line", "Analyst\n- Epic experience required, Cerner a plus",
			map[string]want{"epic": {Required, 2, "required"}, "cerner": {Preferred, 2, "a plus"}}},
		{"leading cue reaches forward", "Analyst\nMust have SQL, Python, and nice to have R",
			map[string]want{"sql": {Required, 2, "Must have"}, "python": {Required, 2, "Must have"}, "r": {Preferred, 2, "nice to have"}}},
		{"trailing cue reaches back", "Analyst\nSQL, Python, and Tableau required; R or FHIR preferred",
			map[string]want{"sql": {Required, 2, "required"}, "python": {Required, 2, "required"}, "tableau": {Required, 2, "required"},
				"r": {Preferred, 2, "preferred"}, "fhir": {Preferred, 2, "preferred"}}},
		{"one kind covers the line", "Analyst\nExperience with SQL, Python or R preferred",
			map[string]want{"sql": {Preferred, 2, "preferred"}, "python": {Preferred, 2, "preferred"}, "r": {Preferred, 2, "preferred"}}},
		{"degrees", "Analyst\nBachelor's degree required; master's preferred.",
			map[string]want{"bachelor": {Required, 2, "required"}, "master": {Preferred, 2, "preferred"}}},
		{"no cue defaults to required", "Analyst\nYou will build Tableau dashboards.",
			map[string]want{"tableau": {Required, 2, ""}}},
		{"neutral heading ends the reach", "Analyst\nPreferred:\n- FHIR\nResponsibilities\n- Maintain HL7 v2 interfaces",
			map[string]want{"fhir": {Preferred, 3, "Preferred"}, "hl7v2": {Required, 5, ""}}},
		{"label line", "Analyst\nNice to have: FHIR, HL7 v2",
			map[string]want{"fhir": {Preferred, 2, "Nice to have"}, "hl7v2": {Preferred, 2, "Nice to have"}}},
		{"negated requirement", "Analyst\nEpic certification is not required",
			map[string]want{"epic": {Preferred, 2, "not required"}}},
		{"required anywhere wins", "Analyst\nPreferred:\n- SQL\nRequirements:\n- SQL and Python",
			map[string]want{"sql": {Required, 5, "Requirements"}, "python": {Required, 5, "Requirements"}}},
		{"sentence with colon keeps the section", "Analyst\nNice to have\nyou might also know tools such as:\n- Tableau",
			map[string]want{"tableau": {Preferred, 4, "Nice to have"}}},
		{"you have", "Analyst\nWhat you have\n- SQL\n- Bonus if you have R",
			map[string]want{"sql": {Required, 3, "What you have"}, "r": {Preferred, 4, "Bonus"}}},
		{"minimum qualifications", "Analyst\nMinimum qualifications\n• Python\nPreferred qualifications\n• SQL",
			map[string]want{"python": {Required, 3, "Minimum qualifications"}, "sql": {Preferred, 5, "Preferred qualifications"}}},
		{"two labels in a line", "Analyst\nRequired: SQL, Python; nice to have: R",
			map[string]want{"sql": {Required, 2, "Required"}, "python": {Required, 2, "Required"}, "r": {Preferred, 2, "nice to have"}}},
		{"cue out of reach", "Analyst\nWhat you bring\n- 3+ years of SQL, ideally with Tableau\n- Python, Epic preferred",
			map[string]want{"sql": {Required, 3, "What you bring"}, "tableau": {Preferred, 3, "ideally"},
				"python": {Preferred, 4, "preferred"}, "epic": {Preferred, 4, "preferred"}}},
		{"title-case headings", "Analyst\nEducation and Experience Requirements\n- SQL\nPreferred Skills and Experience\n- Tableau",
			map[string]want{"sql": {Required, 3, "Education and Experience Requirements"}, "tableau": {Preferred, 5, "Preferred Skills and Experience"}}},
		{"brackets", "Analyst\n- SQL (required) and Python (preferred)",
			map[string]want{"sql": {Required, 2, "required"}, "python": {Preferred, 2, "preferred"}}},
	}
	find := fakeFinder(testForms)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := parse(find, c.text)
			got := map[string]want{}
			for _, s := range p.Skills {
				got[s.ID] = want{s.Importance, s.Line, s.Cue}
			}
			for id, w := range c.want {
				g, ok := got[id]
				if !ok {
					t.Errorf("%s: not found", id)
					continue
				}
				if g != w {
					t.Errorf("%s: got %+v, want %+v", id, g, w)
				}
			}
			if len(got) != len(c.want) {
				t.Errorf("found %v, want exactly %v", got, c.want)
			}
		})
	}
}

func TestOrder(t *testing.T) {
	p := parse(fakeFinder(testForms), "Analyst\nNice to have: R\nRequirements:\n- Tableau\n- SQL")
	var ids []string
	for _, s := range p.Skills {
		ids = append(ids, s.ID+"/"+s.Importance)
	}
	if got, w := strings.Join(ids, " "), "tableau/required sql/required r/preferred"; got != w {
		t.Errorf("order %q, want %q", got, w)
	}
}

func TestTitle(t *testing.T) {
	cases := []struct{ text, want string }{
		{"\n\n  Senior Health Data Analyst  \nAcme Health\n", "Senior Health Data Analyst"},
		{"Acme Health careers\nJob Title: Interface Analyst II\n", "Interface Analyst II"},
		{"# **Clinical Informatics Specialist**\n", "Clinical Informatics Specialist"},
		{"Company: Acme\n- Position: Privacy Officer\n", "Privacy Officer"},
		{"", ""},
	}
	for _, c := range cases {
		if got := parse(fakeFinder(nil), c.text).Title; got != c.want {
			t.Errorf("title of %q = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestRole(t *testing.T) {
	p := &Posting{Title: "Senior Data Analyst (Remote)", Skills: []Classified{
		{ID: "sql", Importance: Required}, {ID: "epic", Importance: Required},
		{ID: "r", Importance: Preferred}, {ID: "fhir", Importance: Preferred},
	}}
	r := p.Role("")
	if r.ID != "job:senior-data-analyst-remote" || r.Title != p.Title {
		t.Errorf("id %q title %q", r.ID, r.Title)
	}
	wantReq := []skills.Weighted{{Skill: "epic", Weight: RequiredWeight}, {Skill: "sql", Weight: RequiredWeight}}
	wantPref := []skills.Weighted{{Skill: "fhir", Weight: PreferredWeight}, {Skill: "r", Weight: PreferredWeight}}
	if !equalW(r.Required, wantReq) || !equalW(r.Preferred, wantPref) {
		t.Errorf("required %v preferred %v", r.Required, r.Preferred)
	}
	if RequiredWeight < skills.MinWeight || RequiredWeight > skills.MaxWeight || PreferredWeight < skills.MinWeight || PreferredWeight >= RequiredWeight {
		t.Error("weights out of range")
	}
	for _, c := range []struct{ id, want string }{
		{"postings/acme-analyst.txt", "job:acme-analyst"},
		{"job:already", "job:already"},
		{"Ünïcode Ärzte!!", "job:unicode-arzte"},
		{"???", "job:posting"},
	} {
		if got := p.Role(c.id).ID; got != c.want {
			t.Errorf("Role(%q).ID = %q, want %q", c.id, got, c.want)
		}
	}
}

func equalW(a, b []skills.Weighted) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
