package matcher

import (
	"fmt"
	"math"
	"sync"
	"testing"

	"github.com/rolefit/rolefit/skills"
)

func roleScore(t *testing.T, r *Result, id string) RoleScore {
	t.Helper()
	for _, rs := range r.Roles {
		if rs.ID == id {
			return rs
		}
	}
	t.Fatalf("role %s not scored", id)
	return RoleScore{}
}

// pct is the documented score: the credited share of a full fit
// (FullFitShare of the total weight), at most 100.
func pct(credited, total float64) int {
	return int(math.Round(min(100, 100*credited/(FullFitShare*total))))
}

// TestScores states expected scores as expressions of the named constants,
// so retuning a constant does not mean rewriting the table.
func TestScores(t *testing.T) {
	// health-data-analyst: required sql 5, tableau 3, icd10 2; preferred r_lang 3, sas 2.
	total := (5+3+2)*RequiredFactor + (3+2)*PreferredFactor
	tests := []struct {
		name string
		text string
		want int
	}{
		{"nothing", "Jane Doe\nGardening", 0},
		{"applied and listed", "EXPERIENCE\n• Wrote SQL queries for the finance team\nSKILLS\nTableau, Excel, Word",
			pct(5*RequiredFactor*CreditApplied+3*RequiredFactor*CreditListed, total)},
		{"counted once", "EXPERIENCE\n• Wrote SQL\n• More SQL\n• SQL again",
			pct(5*RequiredFactor*CreditApplied, total)},
		{"coursework", "Relevant coursework: SQL, Tableau, statistics",
			pct((5+3)*RequiredFactor*CreditCoursework, total)},
		{"beginner", "Familiar with SQL and Tableau",
			pct((5+3)*RequiredFactor*CreditBeginner, total)},
		{"everything applied", "EXPERIENCE\n• Wrote SQL and Tableau dashboards on ICD-10 codes with R programming and SAS",
			pct(10*RequiredFactor+5*PreferredFactor, total)},
	}
	m := testMatcher(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := roleScore(t, m.Match(tc.text), "health-data-analyst")
			if rs.Score != tc.want {
				t.Errorf("score = %d, want %d (matched %+v)", rs.Score, tc.want, rs.Matched)
			}
			if rs.Band != band(tc.want) {
				t.Errorf("band = %s, want %s", rs.Band, band(tc.want))
			}
		})
	}
}

func TestCertificationListedGetsFullCredit(t *testing.T) {
	// informatics-project-manager: required pm 5, pmp 4; preferred epic 3, cphims 2.
	m := testMatcher(t)
	rs := roleScore(t, m.Match("CERTIFICATIONS\nPMP, CPHIMS"), "informatics-project-manager")
	total := (5+4)*RequiredFactor + (3+2)*PreferredFactor
	if want := pct(4*RequiredFactor*CreditApplied+2*PreferredFactor*CreditApplied, total); rs.Score != want {
		t.Errorf("score = %d, want %d", rs.Score, want)
	}
	if rs.Missing[0].ID != "pm" || rs.Missing[0].Importance != "required" {
		t.Errorf("missing[0] = %+v, want required pm", rs.Missing[0])
	}
}

func TestLowRequiredCoverageCap(t *testing.T) {
	v := &skills.Vocabulary{
		Skills: []skills.Skill{
			{ID: "a", Name: "A", Kind: "skill", Forms: []string{"alpha"}},
			{ID: "b", Name: "B", Kind: "skill", Forms: []string{"bravo"}},
			{ID: "c", Name: "C", Kind: "skill", Forms: []string{"charlie"}},
		},
		Roles: []skills.Role{{ID: "r", Title: "R",
			Required:  []skills.Weighted{{Skill: "a", Weight: 1}},
			Preferred: []skills.Weighted{{Skill: "b", Weight: 5}, {Skill: "c", Weight: 5}}}},
	}
	m, err := Compile(v)
	if err != nil {
		t.Fatal(err)
	}
	rs := m.Match("Worked with bravo and charlie").Roles[0]
	if rs.Score != CappedScore || !rs.Capped || rs.RequiredCoverage != 0 {
		t.Errorf("got score %d capped %v coverage %d, want %d true 0", rs.Score, rs.Capped, rs.RequiredCoverage, CappedScore)
	}
	rs = m.Match("Worked with alpha, bravo and charlie").Roles[0]
	if rs.Score != 100 || rs.Capped {
		t.Errorf("got score %d capped %v, want 100 false", rs.Score, rs.Capped)
	}
}

func TestBands(t *testing.T) {
	tests := []struct {
		score int
		want  string
	}{
		{100, Strong}, {BandStrong, Strong}, {BandStrong - 1, Good}, {BandGood, Good},
		{BandGood - 1, Partial}, {BandPartial, Partial}, {BandPartial - 1, Weak}, {0, Weak},
	}
	for _, tc := range tests {
		if got := band(tc.score); got != tc.want {
			t.Errorf("band(%d) = %s, want %s", tc.score, got, tc.want)
		}
	}
}

func TestWorkedExampleInDocs(t *testing.T) {
	// doc.go: required weight 80, preferred 90; required skills weighing
	// 30 applied and 15 listed, preferred weighing 10 applied.
	total := 80*RequiredFactor + 90*PreferredFactor
	credited := 30*RequiredFactor*CreditApplied + 15*RequiredFactor*CreditListed + 10*PreferredFactor*CreditApplied
	if total != 125 || credited != 47 {
		t.Errorf("worked example total %g credited %g, doc says 125 and 47", total, credited)
	}
	if got := pct(credited, total); got != 84 || band(got) != Strong {
		t.Errorf("worked example = %d %s, doc says 84 strong", got, band(got))
	}
	// The same résumé on the share of every listed skill, as the doc
	// contrasts: 38.
	if got := int(math.Round(100 * credited / total)); got != 38 {
		t.Errorf("worked example raw share = %d, doc says 38", got)
	}
}

// TestScoreCapAt100 checks a fuller-than-full fit shows 100 and that ties
// at 100 go to the higher unrounded score, not to the role id.
func TestScoreCapAt100(t *testing.T) {
	v := &skills.Vocabulary{
		Skills: []skills.Skill{
			{ID: "a", Name: "A", Kind: "skill", Forms: []string{"alpha"}},
			{ID: "b", Name: "B", Kind: "skill", Forms: []string{"bravo"}},
			{ID: "c", Name: "C", Kind: "skill", Forms: []string{"charlie"}},
		},
		Roles: []skills.Role{
			// a-role: two of three required (raw 100 × 2/3 / FullFitShare).
			{ID: "a-role", Title: "A", Required: []skills.Weighted{{Skill: "a", Weight: 1}, {Skill: "b", Weight: 1}, {Skill: "c", Weight: 1}}},
			// b-role: everything (raw 100 / FullFitShare).
			{ID: "b-role", Title: "B", Required: []skills.Weighted{{Skill: "a", Weight: 1}, {Skill: "b", Weight: 1}}},
		},
	}
	m, err := Compile(v)
	if err != nil {
		t.Fatal(err)
	}
	if 100*2.0/3/FullFitShare <= 100 {
		t.Fatalf("FullFitShare %g too high for this test", FullFitShare)
	}
	r := m.Match("EXPERIENCE\n• Worked with alpha and bravo")
	if len(r.Roles) != 2 || r.Roles[0].ID != "b-role" || r.Roles[0].Score != 100 || r.Roles[1].Score != 100 {
		t.Errorf("roles = %+v, want b-role 100 then a-role 100", r.Roles)
	}
	for _, rs := range r.Roles {
		if rs.Band != Strong {
			t.Errorf("%s band = %s, want strong", rs.ID, rs.Band)
		}
	}
}

func TestSortingAndDeterminism(t *testing.T) {
	m := testMatcher(t)
	text := "SKILLS\nSQL, Tableau, HL7, FHIR, PMP, Python\nEXPERIENCE\n• Built HL7 interfaces in Rhapsody"
	a, b := m.Match(text), m.Match(text)
	for i := range a.Roles {
		if a.Roles[i].ID != b.Roles[i].ID || a.Roles[i].Score != b.Roles[i].Score {
			t.Fatalf("non-deterministic roles")
		}
		if i > 0 {
			p, q := a.Roles[i-1], a.Roles[i]
			// Equal scores go by the unrounded score (TestScoreCapAt100).
			if p.Score < q.Score {
				t.Errorf("roles not sorted: %s %d before %s %d", p.ID, p.Score, q.ID, q.Score)
			}
		}
		for k := 1; k < len(a.Roles[i].Missing); k++ {
			p, q := a.Roles[i].Missing[k-1], a.Roles[i].Missing[k]
			if p.Importance == "preferred" && q.Importance == "required" ||
				p.Importance == q.Importance && (p.Weight < q.Weight || p.Weight == q.Weight && p.ID > q.ID) {
				t.Errorf("gaps not sorted: %+v before %+v", p, q)
			}
		}
	}
	for k := 1; k < len(a.Skills); k++ {
		if a.Skills[k-1].ID >= a.Skills[k].ID {
			t.Errorf("skills not sorted by id")
		}
	}
}

func TestInProgressGap(t *testing.T) {
	m := testMatcher(t)
	rs := roleScore(t, m.Match("PMP exam scheduled for March 2027"), "informatics-project-manager")
	for _, g := range rs.Missing {
		if g.ID == "pmp" && !g.InProgress {
			t.Errorf("pmp gap not marked in progress")
		}
		if g.ID == "cphims" && g.InProgress {
			t.Errorf("cphims gap marked in progress")
		}
	}
}

func TestDomain(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name, text string
		want       bool
	}{
		{"software only", "EXPERIENCE\n• Built C++ trading systems and Go microservices", false},
		{"health terms only", "Registered nurse; hospital inpatient unit; patient education", false},
		{"strong role", "EXPERIENCE\n• Built HL7 v2 and FHIR interfaces", true},
		{"health terms in one bullet", "EXPERIENCE\nIT Technician, Cedar School District\n• Wrote Python, C++, C# and Golang tools; Tableau and machine learning demos\n• Fixed the printer in the nurse's office for the student health records module at the clinic", false},
		{"health terms across bullets", "EXPERIENCE\nIT Technician, Cedar School District\n• Wrote Python, C++, C# and Golang tools for the clinic; Tableau and machine learning demos\n• Fixed the printer in the nurse's office for the student health records module", true},
		{"skills from coursework only", "EXPERIENCE\nIT Technician, Cedar School District\n• Fixed printers for the clinic\n• Fixed the printer in the nurse's office for the student health records module\nRelevant coursework: Python, C++, C#, Golang, Tableau, machine learning", false},
		{"end-user use is no informatics work", "EXPERIENCE\nLab Technician, Cedar Clinic\n• Used Python, C++, C# and Golang tools as an end user for the clinic; Tableau and machine learning demos as an end user\n• Restocked the nurse's office for the student health records module", false},
	}
	for _, tc := range tests {
		r := m.Match(tc.text)
		if r.InDomain != tc.want || r.DomainReason == "" {
			t.Errorf("%s: in_domain = %v (%s), want %v", tc.name, r.InDomain, r.DomainReason, tc.want)
		}
	}
}

// TestDomainRule checks the in-domain rule at the edges of its constants.
func TestDomainRule(t *testing.T) {
	roles := func(score int) []RoleScore { return []RoleScore{{ID: "r", Score: score}} }
	tests := []struct {
		name                    string
		score, signals, practic int
		spread                  bool
		want                    bool
	}{
		{"in-domain score, health term", InDomainMinScore, 1, 0, false, true},
		{"high score, no health term (generic ML engineer)", 100, 0, 20, true, false},
		{"below, strong signal and skills", InDomainMinScore - 1, DomainMinSignals, DomainMinSkills, true, true},
		{"below, strong signal in one bullet (school IT tech)", InDomainMinScore - 1, DomainMinSignals, DomainMinSkills, false, false},
		{"below, strong signal, few skills (bedside nurse)", BandPartial - 1, 10, DomainMinSkills - 1, true, false},
		{"below, weak signal, many skills", InDomainMinScore - 1, DomainMinSignals - 1, 20, true, false},
		{"nothing", 0, 0, 0, false, false},
	}
	for _, tc := range tests {
		got, why := domain(roles(tc.score), tc.signals, tc.spread, tc.practic)
		if got != tc.want || why == "" {
			t.Errorf("%s: domain = %v (%s), want %v", tc.name, got, why, tc.want)
		}
	}
}

// TestConcurrentMatch runs one Matcher from many goroutines (run with
// -race) and checks every result equals the sequential one.
func TestConcurrentMatch(t *testing.T) {
	m := testMatcher(t)
	texts := []string{
		"SKILLS\nSQL, Tableau, R, SAS\nEXPERIENCE\n• Built HL7 interfaces in Rhapsody 2019 - Present",
		"CERTIFICATIONS\nPMP exam scheduled; CPHIMS candidate",
		"Jane Doe, MD\nBaltimore, MD\nNo exposure to FHIR yet",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = fmt.Sprint(m.Match(s))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				if got := fmt.Sprint(m.Match(texts[i])); got != want[i] {
					t.Errorf("concurrent Match(%d) differs", i)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}
