package report

import (
	"github.com/rolefit/rolefit/extract"
	"github.com/rolefit/rolefit/matcher"
)

// Hand-built entries for the report tests. They do not come from the
// matcher, so the tests pin the report's rendering, not the scoring.

var testRoles = []RoleInfo{
	{ID: "health-data-analyst", Title: "Health Data Analyst", Description: "Turns clinical and claims data into reports and dashboards."},
	{ID: "interoperability-engineer", Title: "Interoperability Engineer", Description: "Builds and supports interfaces between health systems."},
	{ID: "clinical-informaticist", Title: "Clinical Informaticist", Description: "Bridges clinical practice and EHR design."},
	{ID: "privacy-officer", Title: "Privacy Officer", Description: "Runs the privacy programme under HIPAA."},
}

var testOpts = Options{
	Title:     "Career centre report",
	Generated: "2026-11-28",
	Vocab:     &Vocab{Name: "rolefit-default", Version: "1.0.0", Hash: "0123456789abcdef0123456789abcdef"},
	Roles:     testRoles,
	Certs: map[string][]string{
		"fhir":  {"HL7 FHIR R4 Proficiency"},
		"hipaa": {"CHPS", "CIPP/US"},
		"chda":  {"CHDA"},
	},
}

func ev(line int, section, text, strength string) matcher.Evidence {
	return matcher.Evidence{Line: line, Text: text, Section: section, Strength: strength}
}

func scoredEntry(file string, roles []matcher.RoleScore, found []matcher.Found) Entry {
	return Entry{
		File:    file,
		Status:  "ok",
		Format:  "pdf",
		Quality: &extract.Quality{Pages: 2, Words: 640, Score: 0.97},
		Result: &matcher.Result{
			ModelVersion: "test",
			Roles:        roles,
			Skills:       found,
			InDomain:     true,
			DomainReason: "3 roles reach the in-domain threshold",
			Seniority:    "mid",
		},
	}
}

// aliceEntry is a data analyst with résumé text that tries to inject markup.
func aliceEntry() Entry {
	sql := ev(12, "experience", "Wrote SQL | Python pipelines <script>alert(1)</script> for *readmission* dashboards", "applied")
	tab := ev(14, "experience", "Built Tableau dashboards for 40 clinics", "applied")
	hl7 := ev(30, "skills", "HL7 v2, FHIR (learning) & C-CDA", "listed")
	e := scoredEntry("cohort/alice_smith.pdf", []matcher.RoleScore{
		{ID: "health-data-analyst", Title: "Health Data Analyst", Score: 82, Band: "strong",
			Matched: []matcher.Match{
				{ID: "sql", Skill: "SQL", Importance: "required", Weight: 5, Evidence: []matcher.Evidence{ev(31, "skills", "SQL, Python, Tableau", "listed"), sql}},
				{ID: "tableau", Skill: "Tableau", Importance: "required", Weight: 3, Evidence: []matcher.Evidence{tab}},
				{ID: "python", Skill: "Python", Importance: "preferred", Weight: 2, Evidence: []matcher.Evidence{sql}},
			},
			Missing: []matcher.Gap{
				{ID: "statistics", Skill: "Statistics", Importance: "required", Weight: 4},
				{ID: "chda", Skill: "CHDA", Importance: "preferred", Weight: 2},
			}},
		{ID: "interoperability-engineer", Title: "Interoperability Engineer", Score: 41, Band: "partial",
			Matched: []matcher.Match{
				{ID: "hl7v2", Skill: "HL7 v2", Importance: "required", Weight: 5, Evidence: []matcher.Evidence{hl7}},
			},
			Missing: []matcher.Gap{
				{ID: "fhir", Skill: "FHIR", Importance: "required", Weight: 5},
				{ID: "mirth", Skill: "Mirth Connect", Importance: "preferred", Weight: 2},
			}},
		{ID: "clinical-informaticist", Title: "Clinical Informaticist", Score: 18, Band: "weak",
			Missing: []matcher.Gap{
				{ID: "clinical-license", Skill: "Clinical licence", Importance: "required", Weight: 5},
			}},
		{ID: "privacy-officer", Title: "Privacy Officer", Score: 9, Band: "weak",
			Missing: []matcher.Gap{
				{ID: "hipaa", Skill: "HIPAA", Importance: "required", Weight: 5},
			}},
	}, []matcher.Found{{ID: "sql", Skill: "SQL", Evidence: []matcher.Evidence{sql}}})
	e.SeniorityEvidence = []string{"4 years of experience (2021–2025)"}
	e.InProgress = []matcher.Found{{ID: "chda", Skill: "CHDA", Evidence: []matcher.Evidence{ev(40, "certifications", "CHDA — exam scheduled <b>2026</b>", "")}}}
	e.Quality.Flags = []string{"two_column"}
	return e
}

func bobEntry() Entry {
	fhir := ev(8, "experience", "Built FHIR R4 APIs and Mirth Connect channels", "applied")
	e := scoredEntry("cohort/bob.docx", []matcher.RoleScore{
		{ID: "interoperability-engineer", Title: "Interoperability Engineer", Score: 74, Band: "good",
			Matched: []matcher.Match{
				{ID: "fhir", Skill: "FHIR", Importance: "required", Weight: 5, Evidence: []matcher.Evidence{fhir}},
				{ID: "mirth", Skill: "Mirth Connect", Importance: "preferred", Weight: 2, Evidence: []matcher.Evidence{fhir}},
			},
			Missing: []matcher.Gap{{ID: "hl7v2", Skill: "HL7 v2", Importance: "required", Weight: 5}}},
		{ID: "health-data-analyst", Title: "Health Data Analyst", Score: 35, Band: "partial",
			Missing: []matcher.Gap{
				{ID: "sql", Skill: "SQL", Importance: "required", Weight: 5},
				{ID: "statistics", Skill: "Statistics", Importance: "required", Weight: 4},
			}},
		{ID: "clinical-informaticist", Title: "Clinical Informaticist", Score: 12, Band: "weak",
			Missing: []matcher.Gap{{ID: "clinical-license", Skill: "Clinical licence", Importance: "required", Weight: 5}}},
		{ID: "privacy-officer", Title: "Privacy Officer", Score: 20, Band: "weak",
			Missing: []matcher.Gap{{ID: "hipaa", Skill: "HIPAA", Importance: "required", Weight: 5}}},
	}, nil)
	e.Format = "docx"
	e.Seniority = "senior"
	e.SeniorityEvidence = []string{"Lead integration engineer, 2015–2025"}
	e.Quality.Flags = []string{"hidden_text"}
	return e
}

func carolEntry() Entry {
	e := scoredEntry("cohort/carol.md", []matcher.RoleScore{
		{ID: "health-data-analyst", Title: "Health Data Analyst", Score: 8, Band: "weak",
			Missing: []matcher.Gap{{ID: "sql", Skill: "SQL", Importance: "required", Weight: 5}}},
		{ID: "privacy-officer", Title: "Privacy Officer", Score: 6, Band: "weak",
			Missing: []matcher.Gap{{ID: "hipaa", Skill: "HIPAA", Importance: "required", Weight: 5}}},
		{ID: "interoperability-engineer", Title: "Interoperability Engineer", Score: 3, Band: "weak"},
		{ID: "clinical-informaticist", Title: "Clinical Informaticist", Score: 2, Band: "weak"},
	}, nil)
	e.Format = "markdown"
	e.InDomain = false
	e.DomainReason = "no role reaches 25 and few health terms"
	e.Seniority = "junior"
	return e
}

func daveEntry() Entry {
	return Entry{
		File:    "cohort/dave-scan.pdf",
		Status:  "no_text",
		Format:  "pdf",
		Error:   "no text layer: the PDF holds only images",
		Hint:    "run OCR on the file or ask for a text-based PDF",
		Quality: &extract.Quality{Pages: 1},
	}
}

func singleEntries() []Entry { return []Entry{aliceEntry()} }

func cohortEntries() []Entry {
	return []Entry{aliceEntry(), bobEntry(), carolEntry(), daveEntry()}
}
