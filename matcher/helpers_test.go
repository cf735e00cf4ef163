package matcher

import (
	"testing"
	"time"

	"github.com/rolefit/rolefit/skills"
)

// testVocab is a small vocabulary exercising every kind of form.
func testVocab() *skills.Vocabulary {
	return &skills.Vocabulary{
		Name: "test", Version: "1",
		Skills: []skills.Skill{
			{ID: "r_lang", Name: "R", Kind: "skill", Forms: []string{"RStudio", "R programming"}, Exact: []string{"R"},
				Cues: []string{"Python", "programming", "statistics", "tidyverse", "ggplot2", "SAS", "SQL", "models"}},
			{ID: "go_lang", Name: "Go", Kind: "skill", Forms: []string{"Golang"}, Exact: []string{"Go"},
				Cues: []string{"Golang", "goroutines", "programming", "microservices", "Rust", "Python"}},
			{ID: "sas", Name: "SAS", Kind: "tool", Forms: []string{"Base SAS", "SAS/STAT", "SAS Enterprise Guide"}, Exact: []string{"SAS"}},
			{ID: "epic", Name: "Epic", Kind: "tool", Forms: []string{"Epic Systems", "Epic EHR", "Epic certified"}, Exact: []string{"Epic"},
				Cues: []string{"EHR", "EMR", "MyChart", "Clarity", "Caboodle", "build", "ambulatory", "inpatient", "module", "certified", "go-live"}},
			{ID: "sql", Name: "SQL", Kind: "skill", Forms: []string{"SQL", "T-SQL", "PL/SQL", "SQL Server", "structured query language"}},
			{ID: "python", Name: "Python", Kind: "skill", Forms: []string{"Python", "pandas"}},
			{ID: "hl7_v2", Name: "HL7 v2", Kind: "standard", Forms: []string{"HL7", "HL7 v2", "ADT messages"}},
			{ID: "fhir", Name: "FHIR", Kind: "standard", Forms: []string{"FHIR", "HL7 FHIR", "SMART on FHIR"}},
			{ID: "cda", Name: "C-CDA", Kind: "standard", Forms: []string{"C-CDA", "Consolidated CDA"}},
			{ID: "icd10", Name: "ICD-10", Kind: "standard", Forms: []string{"ICD-10", "ICD-10-CM"}},
			{ID: "pmp", Name: "PMP", Kind: "certification", Forms: []string{"PMP", "Project Management Professional"}},
			{ID: "pm", Name: "Project management", Kind: "skill", Forms: []string{"project management", "project manager"}, Exact: []string{"PM"},
				Cues: []string{"project", "timeline", "stakeholders", "scope"}},
			{ID: "security_plus", Name: "Security+", Kind: "certification", Forms: []string{"Security+", "CompTIA Security+"}},
			{ID: "cissp", Name: "CISSP", Kind: "certification", Forms: []string{"CISSP"}},
			{ID: "cphims", Name: "CPHIMS", Kind: "certification", Forms: []string{"CPHIMS"}},
			{ID: "cipp_us", Name: "CIPP/US", Kind: "certification", Forms: []string{"CIPP/US", "CIPP-US"}},
			{ID: "md", Name: "Doctor of Medicine", Kind: "degree", Forms: []string{"Doctor of Medicine", "M.D."}, Exact: []string{"MD"}},
			{ID: "mhi", Name: "Master's in health informatics", Kind: "degree", Forms: []string{"Master of Health Informatics", "MS in Health Informatics", "MS Health Informatics"}},
			{ID: "rhapsody", Name: "Rhapsody", Kind: "tool", Forms: []string{"Rhapsody Integration Engine"}, Exact: []string{"Rhapsody"},
				Cues: []string{"HL7", "interface", "integration", "engine", "routes"}},
			{ID: "phi", Name: "PHI handling", Kind: "skill", Forms: []string{"PHI", "protected health information"}},
			{ID: "six_sigma", Name: "Six Sigma", Kind: "certification", Forms: []string{"Six Sigma", "Lean Six Sigma"}},
			{ID: "ml", Name: "Machine learning", Kind: "skill", Forms: []string{"machine learning"}, Exact: []string{"ML"}},
			{ID: "data_modeling", Name: "Data modeling", Kind: "skill", Forms: []string{"data modeling", "regression", "predictive models"}},
			{ID: "cpp", Name: "C++", Kind: "skill", Forms: []string{"C++"}},
			{ID: "csharp", Name: "C#", Kind: "skill", Forms: []string{"C#", ".NET"}},
			{ID: "a1c", Name: "HbA1c measures", Kind: "skill", Forms: []string{"A1c", "HbA1c"}},
			{ID: "x12", Name: "X12 EDI", Kind: "standard", Forms: []string{"837P", "X12", "835"}},
			{ID: "tableau", Name: "Tableau", Kind: "tool", Forms: []string{"Tableau"}},
			{ID: "golive", Name: "Go-live support", Kind: "skill", Forms: []string{"go-live", "go-live support"}},
			{ID: "sentinel_events", Name: "Sentinel events", Kind: "skill", Forms: []string{"sentinel events"}},
			{ID: "rnd", Name: "Research and development", Kind: "skill", Forms: []string{"research and development"}},
		},
		Roles: []skills.Role{
			{ID: "health-data-analyst", Title: "Health Data Analyst",
				Required:  []skills.Weighted{{Skill: "sql", Weight: 5}, {Skill: "tableau", Weight: 3}, {Skill: "icd10", Weight: 2}},
				Preferred: []skills.Weighted{{Skill: "r_lang", Weight: 3}, {Skill: "sas", Weight: 2}}},
			{ID: "interoperability-engineer", Title: "Interoperability Engineer",
				Required:  []skills.Weighted{{Skill: "hl7_v2", Weight: 5}, {Skill: "fhir", Weight: 5}},
				Preferred: []skills.Weighted{{Skill: "cda", Weight: 3}, {Skill: "rhapsody", Weight: 2}}},
			{ID: "informatics-project-manager", Title: "Informatics Project Manager",
				Required:  []skills.Weighted{{Skill: "pm", Weight: 5}, {Skill: "pmp", Weight: 4}},
				Preferred: []skills.Weighted{{Skill: "epic", Weight: 3}, {Skill: "cphims", Weight: 2}}},
		},
	}
}

var fixedNow = time.Date(2026, time.June, 15, 0, 0, 0, 0, time.UTC)

func testMatcher(t testing.TB) *Matcher {
	t.Helper()
	m, err := Compile(testVocab(), WithNow(fixedNow))
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	return m
}

// foundIDs returns the ids of skills Find reports in text.
func foundIDs(m *Matcher, text string) map[string]bool {
	out := map[string]bool{}
	for _, f := range m.Find(text) {
		out[f.ID] = true
	}
	return out
}
