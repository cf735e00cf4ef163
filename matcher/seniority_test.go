package matcher

import (
	"strings"
	"testing"
)

func TestSeniority(t *testing.T) {
	tests := []struct {
		name, text, want, evidence string
	}{
		{"present range", "EXPERIENCE\nAnalyst, Acme  Jan 2019 – Present", Mid, "7.5 years of dated experience (2019–present)"},
		{"overlap merged", "EXPERIENCE\nAnalyst 2010 - 2020\nConsultant 2015 - 2018", Mid, "10.0 years"},
		{"long career", "EXPERIENCE\nAnalyst 2005 - 2020", Senior, "15.0 years"},
		{"numeric months", "EXPERIENCE\nAnalyst 06/2018 - 03/2021", Junior, "2.8 years"},
		{"director with years", "EXPERIENCE\nDirector of Clinical Informatics\n2017 - Present", Senior, "title: Director"},
		{"director few years", "EXPERIENCE\nDirector of Clinical Informatics\n2023 - Present", Mid, "title: Director"},
		{"education excluded", "EDUCATION\nBS, 2000 - 2004\nEXPERIENCE\nIntern, Jun 2025 - Aug 2025", Junior, "title: Intern"},
		{"degree in progress", "EDUCATION\nMaster of Health Informatics (expected May 2027)\nEXPERIENCE\nAnalyst 2023 - Present", Junior, "degree in progress"},
		{"expected graduation", "EDUCATION\nB.S. Nursing, expected May 2027\nEXPERIENCE\nAide 2024 - Present", Junior, "degree in progress"},
		{"stated years", "SUMMARY\nNurse informaticist with 12+ years of experience", Senior, "stated: 12 years"},
		{"nothing", "Jane Doe\nSQL", Junior, "no dated experience found"},
		{"to and present", "EXPERIENCE\nAnalyst, May 2016 to present", Mid, "10.2 years"},
		{"till date", "EXPERIENCE\nLead Data Scientist, Acme (Apr 2015 - till date)", Senior, "11.2 years"},
		{"to date after a dash", "EXPERIENCE\nAnalyst, Acme, 2017 - to date", Mid, "9.5 years"},
		{"about eleven years is senior", "EXPERIENCE\nAnalyst, Acme, 2015 - to date", Senior, "11.5 years"},
		{"ten and a half years is mid", "EXPERIENCE\nAnalyst, Acme, 2016 - to date", Mid, "10.5 years"},
		{"till a year is not present", "EXPERIENCE\nAnalyst, Acme, 2016 till 2018", Junior, "2.0 years"},
		// Title of a job line: the text before the first separator, any line length.
		{"senior title is an individual contributor", "EXPERIENCE\n### Senior Software Engineer — LedgerLoop (B2B payments SaaS platform for banks) — 2018 – Present", Mid, "title: Senior"},
		{"senior title with many years", "EXPERIENCE\n### Senior Software Engineer — LedgerLoop — 2014 – Present", Senior, "title: Senior"},
		{"senior title few years", "EXPERIENCE\nSenior Analyst, Acme — 2022 – Present", Mid, "title: Senior"},
		{"seniority word in prose is not a title", "EXPERIENCE\nAnalyst, Acme — 2018 – Present\n• Presented to senior leaders monthly", Mid, "8.5 years"},
		{"bold title in a bullet-like line", "EXPERIENCE\n**Senior Accountant**, Ozark Goods — 2018 – present", Mid, "title: Senior"},
		{"senior manager is a leader", "EXPERIENCE\nSenior Manager, Advisory — 2018 – present", Senior, "title: Senior Manager"},
		{"project manager is no people manager", "EXPERIENCE\nSenior IT Project Manager — 2017 – present", Mid, "9.5 years"},
		{"people manager", "EXPERIENCE\nIT Manager — 2016 – present", Senior, "title: Manager"},
		// Part-time work beside study and service jobs before a career.
		{"part-time job", "EXPERIENCE\nData Analyst Intern — May 2025 – Aug 2025\nStudent Worker, Library\n2021–2024 (part-time)", Junior, "0.3 years"},
		{"hours a week", "EXPERIENCE\nResearch Aide — Sep 2020 – Apr 2026, ~10 hrs/week", Junior, "no dated experience"},
		{"while in school on the title line", "EXPERIENCE\nSysadmin — Jan 2023 – present\nAgent (part-time while in school) 2015 - 2022", Junior, "3.5 years"},
		{"part-time words in a bullet do not count", "EXPERIENCE\nManager — 2015 – present\n• Supervised 12 part-time staff", Senior, "11.5 years"},
		{"full-time hours stated", "EXPERIENCE\nInterface Analyst\nSt. Paul, MN | 05/2018 - Present | Hours per week: 40", Mid, "8.2 years"},
		{"part-time hours stated", "EXPERIENCE\nAnalyst — Jan 2023 – present\nResearch Aide | 2016 - 2022 | Hours per week: 15", Junior, "3.5 years"},
		{"front desk before an analyst career", "EXPERIENCE\nEpic Analyst — Jan 2023 – present\nPatient Access Representative\nCity Clinic, 2016 - 2022", Junior, "3.5 years"},
		{"a wrapped bullet line names no title", "EXPERIENCE\nConsultant, Acme, 2018 - present\n- Built data strategies and\n  presented to CIO groups at four clients", Mid, "8.5 years"},
		{"service title above its dates", "EXPERIENCE\nAnalyst — Jan 2023 – present\nCashier / Shift Lead\nTarget, Clovis, CA  2016 - 2022", Junior, "3.5 years"},
		{"worked through school", "EXPERIENCE\nAnalyst — Jan 2023 – present\nStore Associate, Target, 2016 - 2022\n- Worked through school; closed out registers", Junior, "3.5 years"},
		{"barista before a career", "EXPERIENCE\nDeveloper — Jan 2023 – present\nBarista — 2016 – 2022", Junior, "3.5 years"},
		{"barista career counts", "EXPERIENCE\nBarista — 2017 – present", Mid, "9.5 years"},
		// Short end years.
		{"short end year", "EXPERIENCE\nAnalyst\n2015–21", Mid, "6.0 years"},
		{"spaced short end year", "EXPERIENCE\nAnalyst, 2015 - 21", Mid, "6.0 years"},
		{"manager needs more years", "EXPERIENCE\nInformation Governance Manager / Data Protection Officer — Trent NHS Trust, 2019 to present", Mid, "title: Manager"},
		{"manager long", "EXPERIENCE\nMarketing Manager — Summit — 2016 – Present", Senior, "title: Manager"},
		// ISO and European numeric months.
		{"year-month dashes", "EXPERIENCE\nAnalyst 2018-06 - 2021-03", Junior, "2.8 years"},
		{"year/month", "EXPERIENCE\nAnalyst 2018/06 to 2021/03", Junior, "2.8 years"},
		{"month.year", "EXPERIENCE\nAnalyst 06.2018 - 03.2021", Junior, "2.8 years"},
		{"year range is not year-month", "EXPERIENCE\nAnalyst 2010-12", Junior, "no dated experience"},
		{"decimal is not a month", "EXPERIENCE\nAnalyst v3.2018 - 2021", Junior, "3.0 years"},
		// Campus jobs ending by graduation are not experience.
		{"campus job", "EXPERIENCE\nIT Support Analyst — 2024 to present\nComputer Lab Assistant, UNC Asheville — 2020 to 2024\nEDUCATION\nB.A. Psychology, 2024", Junior, "2.5 years"},
		{"assistant after graduation counts", "EXPERIENCE\nIT Support Analyst — 2024 to present\nLab Assistant, City Hospital — 2018 to 2024\nEDUCATION\nB.A. Psychology, 2017", Mid, "8.5 years"},
	}
	m := testMatcher(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := m.Match(tc.text)
			if r.Seniority != tc.want {
				t.Errorf("seniority = %s, want %s (%v)", r.Seniority, tc.want, r.SeniorityEvidence)
			}
			if !strings.Contains(strings.Join(r.SeniorityEvidence, "; "), tc.evidence) {
				t.Errorf("evidence %v lacks %q", r.SeniorityEvidence, tc.evidence)
			}
		})
	}
}

func TestSeniorityPresentWithoutNow(t *testing.T) {
	m, err := Compile(testVocab())
	if err != nil {
		t.Fatal(err)
	}
	// "Present" is December of the latest year in any range: 2019.
	r := m.Match("EXPERIENCE\nA, Jan 2019 - Present\nB, 2015 - 2018")
	if r.Seniority != Mid || !strings.Contains(r.SeniorityEvidence[0], "4.0 years") {
		t.Errorf("got %s %v, want mid with 4.0 years", r.Seniority, r.SeniorityEvidence)
	}
}

func TestMergedMonths(t *testing.T) {
	tests := []struct {
		ivs  []interval
		want int
	}{
		{nil, 0},
		{[]interval{{0, 12}}, 12},
		{[]interval{{0, 12}, {6, 18}}, 18},
		{[]interval{{0, 12}, {24, 36}}, 24},
		{[]interval{{24, 36}, {0, 40}}, 40},
	}
	for _, tc := range tests {
		if got := mergedMonths(tc.ivs); got != tc.want {
			t.Errorf("mergedMonths(%v) = %d, want %d", tc.ivs, got, tc.want)
		}
	}
}

func TestDateRanges(t *testing.T) {
	tests := []struct {
		line string
		want []dateRange
	}{
		{"jan 2019 - present", []dateRange{{from: 2019 * 12, present: true, lastYear: 2019}}},
		{"2015-2020", []dateRange{{from: 2015 * 12, to: 2020 * 12, lastYear: 2020}}},
		{"06/2018 - 03/2021", []dateRange{{from: 2018*12 + 5, to: 2021*12 + 3, lastYear: 2021}}},
		{"sept. 2017 to jun 2019", []dateRange{{from: 2017*12 + 8, to: 2019*12 + 6, lastYear: 2019}}},
		{"may 2016 through current", []dateRange{{from: 2016*12 + 4, present: true, lastYear: 2016}}},
		{"a 2010 - 2012, b 2013 - 2014", []dateRange{{from: 2010 * 12, to: 2012 * 12, lastYear: 2012}, {from: 2013 * 12, to: 2014 * 12, lastYear: 2014}}},
		{"graduated 2019", nil},
		{"analyst since 2019", []dateRange{{from: 2019 * 12, present: true, lastYear: 2019}}},
		{"since may 2019", []dateRange{{from: 2019*12 + 4, present: true, lastYear: 2019}}},
		{"call 555-2019-2020x", nil},
		{"12019 - 2020", nil},
	}
	for _, tc := range tests {
		got := dateRanges(tc.line)
		if len(got) != len(tc.want) {
			t.Errorf("dateRanges(%q) = %+v, want %+v", tc.line, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("dateRanges(%q)[%d] = %+v, want %+v", tc.line, i, got[i], tc.want[i])
			}
		}
	}
}

func TestExpandShortYears(t *testing.T) {
	tests := []struct{ in, want string }{
		{"jan '19 - present", "jan 2019 - present"},
		{"'98 - '03", "1998 - 2003"},
		{"o'brien 2019", "o'brien 2019"},
		{"it's 5", "it's 5"},
		{"'123", "'123"},
		{"ends '", "ends '"},
	}
	for _, tc := range tests {
		if got := expandShortYears(tc.in); got != tc.want {
			t.Errorf("expandShortYears(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
