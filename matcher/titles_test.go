package matcher

import "testing"

// titledMatcher is the test vocabulary with job titles for its roles.
func titledMatcher(t *testing.T) *Matcher {
	t.Helper()
	v := testVocab()
	v.Roles[0].Titles = []string{"data analyst", "BI Analyst"}
	v.Roles[1].Titles = []string{"interface analyst", "integration engineer"}
	v.Roles[2].Titles = []string{"project manager"}
	m, err := Compile(v, WithNow(fixedNow))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTitleRanks(t *testing.T) {
	const none = noTitle
	tests := []struct {
		name string
		text string
		want [3]int // health-data-analyst, interoperability-engineer, informatics-project-manager
	}{
		{"current title", "EXPERIENCE\nInterface Analyst — Acme Health — 2020 – present\n• Built HL7 v2 feeds", [3]int{none, 0, none}},
		{"latest first", "EXPERIENCE\nProject Manager, Acme, 2022 – present\nData Analyst, Beta, 2018 – 2022", [3]int{1, none, 0}},
		{"title after the company", "EXPERIENCE\nAcme Health | BI Analyst | 2021 – present", [3]int{0, none, none}},
		{"title on its own line, dates below", "EXPERIENCE\nIntegration Engineer\nAcme Health, 2019 – present", [3]int{none, 0, none}},
		{"a title in a bullet is no job title", "EXPERIENCE\nAcme — 2020 – present\n• Worked with the project manager on HL7", [3]int{none, none, none}},
		{"whole words only", "EXPERIENCE\nMetadata Analyst — Acme — 2020 – present", [3]int{none, none, none}},
		{"only the latest jobs", "EXPERIENCE\nClerk, A, 2023 – present\nClerk, B, 2021 – 2023\nClerk, C, 2019 – 2021\nData Analyst, D, 2015 – 2019", [3]int{none, none, none}},
		{"summary without experience", "Jane Doe\nData Analyst\nSQL, Tableau", [3]int{0, none, none}},
		{"education is no job", "EDUCATION\nProject Manager certificate, 2020\nEXPERIENCE\nAnalyst, Acme, 2021 – present", [3]int{none, none, none}},
	}
	m := titledMatcher(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := m.pool.Get().(*state)
			defer m.pool.Put(st)
			m.analyze(st, tc.text)
			m.seniority(st, false) // marks the job lines, as in Match
			got := m.titleRanks(st)
			if [3]int(got) != tc.want {
				t.Errorf("titleRanks = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTitleBonus checks that the role the latest job title names gains
// exactly TitleBonus, that an older title gains nothing, and that a role
// with no evidence gains nothing from its title alone.
func TestTitleBonus(t *testing.T) {
	m := titledMatcher(t)
	plain := testMatcher(t)
	body := "\n• Built HL7 v2 and FHIR feeds; SQL and Tableau dashboards"
	tests := []struct {
		name, text, role string
		bonus            bool
	}{
		{"latest title", "EXPERIENCE\nInterface Analyst, Acme, 2021 – present" + body, "interoperability-engineer", true},
		{"not named", "EXPERIENCE\nInterface Analyst, Acme, 2021 – present" + body, "health-data-analyst", false},
		{"older title", "EXPERIENCE\nInterface Analyst, Acme, 2021 – present\nData Analyst, Beta, 2018 – 2021" + body, "health-data-analyst", false},
		{"no evidence", "EXPERIENCE\nBI Analyst, Acme, 2021 – present\n• Built HL7 v2 and FHIR feeds", "health-data-analyst", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := roleScore(t, m.Match(tc.text), tc.role)
			base := roleScore(t, plain.Match(tc.text), tc.role)
			want := base.Score
			if tc.bonus {
				want = min(100, base.Score+TitleBonus)
			}
			if got.Score != want || got.Titled != tc.bonus {
				t.Errorf("score %d titled %v, want %d titled %v (without titles %d)", got.Score, got.Titled, want, tc.bonus, base.Score)
			}
		})
	}
}
