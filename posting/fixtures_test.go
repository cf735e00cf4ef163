package posting

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/skills"
)

func compile(t *testing.T, v *skills.Vocabulary) *matcher.Matcher {
	t.Helper()
	m, err := matcher.Compile(v)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestFixtures reads the sample postings in testdata/postings with the
// default vocabulary. Each lists the skills its own wording makes required
// or preferred; every one must be found with that importance. Skills the
// posting merely mentions elsewhere are not pinned, so vocabulary growth
// does not break the test, but none of the listed ones may flip.
func TestFixtures(t *testing.T) {
	m := compile(t, skills.Default())
	cases := []struct {
		file      string
		title     string
		required  []string
		preferred []string
	}{
		{
			file:      "health-data-analyst.txt",
			title:     "Health Data Analyst II",
			required:  []string{"sql", "tableau", "power-bi", "quality-measures", "epic-analytics"},
			preferred: []string{"ms-health-informatics", "python", "r-language", "chda", "icd-10", "cpt-hcpcs"},
		},
		{
			file:      "interface-analyst.txt",
			title:     "INTEGRATION ENGINEER - CLINICAL INTERFACES",
			required:  []string{"hl7-v2", "fhir", "cda-ccda", "rhapsody", "cloverleaf", "mirth-connect", "sql", "epic"},
			preferred: []string{"smart-on-fhir", "ihe-profiles", "epic-bridges", "javascript", "python"},
		},
		{
			file:      "clinical-informatics-specialist.txt",
			title:     "Clinical Informatics Specialist (Nursing)",
			required:  []string{"rn-license", "epic", "oracle-health-cerner", "clinical-documentation", "bsn", "clinical-decision-support", "workflow-redesign"},
			preferred: []string{"msn", "informatics-nursing-certification", "lean-six-sigma"},
		},
		{
			file:      "security-analyst.txt",
			title:     "Information Security Analyst",
			required:  []string{"hipaa-security-rule", "siem-soc", "vulnerability-management", "nist-frameworks", "firewalls", "cissp", "cism"},
			preferred: []string{"hcispp", "hitrust", "penetration-testing", "python"},
		},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "postings", c.file))
			if err != nil {
				t.Fatal(err)
			}
			p := Parse(m, string(data))
			if p.Title != c.title {
				t.Errorf("title %q, want %q", p.Title, c.title)
			}
			got := map[string]Classified{}
			for _, s := range p.Skills {
				got[s.ID] = s
			}
			check := func(ids []string, want string) {
				for _, id := range ids {
					s, ok := got[id]
					switch {
					case !ok:
						t.Errorf("%s: not found", id)
					case s.Importance != want:
						t.Errorf("%s: %s (line %d, cue %q), want %s", id, s.Importance, s.Line, s.Cue, want)
					}
				}
			}
			check(c.required, Required)
			check(c.preferred, Preferred)

			// The role built from the posting scores with the vocabulary.
			v := *skills.Default()
			v.Roles = append(append([]skills.Role(nil), v.Roles...), p.Role(c.file))
			mm := compile(t, &v)
			res := mm.Match(string(data))
			var rs *matcher.RoleScore
			for i := range res.Roles {
				if res.Roles[i].ID == "job:"+Slug(c.file) {
					rs = &res.Roles[i]
				}
			}
			if rs == nil {
				t.Fatalf("role %s not scored", "job:"+Slug(c.file))
			}
			// The posting itself holds every skill it asks for.
			if len(rs.Missing) > 0 {
				t.Errorf("the posting misses its own skills: %+v", rs.Missing)
			}
		})
	}
}

// TestCustomVocabulary parses with a vocabulary loaded from TOML, as staff
// may supply their own.
func TestCustomVocabulary(t *testing.T) {
	const vocab = `
name = "test"
version = "1"

[[skill]]
id = "sql"
name = "SQL"
kind = "skill"
forms = ["SQL"]

[[skill]]
id = "fhir"
name = "FHIR"
kind = "standard"
forms = ["FHIR"]

[[skill]]
id = "tableau"
name = "Tableau"
kind = "tool"
forms = ["Tableau"]

[[role]]
id = "analyst"
title = "Analyst"
description = "Analyses data."

[role.required]
sql = 5

[role.preferred]
tableau = 2
`
	v, err := skills.Load("test.toml", []byte(vocab))
	if err != nil {
		t.Fatal(err)
	}
	p := Parse(compile(t, v), "Data Analyst\n\nRequirements\n- Strong SQL\n- Tableau dashboards\n\nNice to have\n- FHIR APIs\n")
	want := []Classified{
		{ID: "sql", Skill: "SQL", Importance: Required, Line: 4, Cue: "Requirements"},
		{ID: "tableau", Skill: "Tableau", Importance: Required, Line: 5, Cue: "Requirements"},
		{ID: "fhir", Skill: "FHIR", Importance: Preferred, Line: 8, Cue: "Nice to have"},
	}
	if len(p.Skills) != len(want) {
		t.Fatalf("got %+v, want %+v", p.Skills, want)
	}
	for i := range want {
		if p.Skills[i] != want[i] {
			t.Errorf("skill %d: got %+v, want %+v", i, p.Skills[i], want[i])
		}
	}
}
