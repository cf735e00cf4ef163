package matcher

import (
	"testing"
)

// TestTraps lists every known false-positive trap with a positive
// counterpart. text is a whole résumé; the skill must (or must not) be
// found.
func TestTraps(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		skill string
		want  bool
	}{
		{"PM time", "Led daily stand-ups at 7 PM with the project team", "pm", false},
		{"p.m. time", "Meetings at 7 p.m. to review project timeline", "pm", false},
		{"PM with project cue", "PM for the EHR project, owning timeline and scope", "pm", true},
		{"PMP not from PM", "Available after 5 PM", "pmp", false},
		{"PMP held", "Certifications\nPMP, CSM", "pmp", true},
		{"an epic effort", "It was an epic effort by the whole team", "epic", false},
		{"Epic at sentence start", "Epic effort by the whole team", "epic", false},
		{"Epic with EHR cue", "Built Epic ambulatory order sets", "epic", true},
		{"Epic in skills list", "Skills\nEpic, Cerner, SQL", "epic", true},
		{"R&D", "Managed the R&D budget with statistics teams", "r_lang", false},
		{"Dr. R. Patel", "Worked with Dr. R. Patel on statistics programming", "r_lang", false},
		{"R.Ph.", "Supervised R.Ph. staff using SQL", "r_lang", false},
		{"R4 FHIR release", "Built FHIR R4 APIs in Python", "r_lang", false},
		{"R with cue", "Built regression models in R and Python", "r_lang", true},
		{"Python/R", "Analysis in Python/R for statistics", "r_lang", true},
		{"R in list", "Languages: Python, R, SQL", "r_lang", true},
		{"go-live", "Supported the go-live of the new EHR with Python tooling", "go_lang", false},
		{"Go-live capital", "Go-live support for 12 clinics, Python scripts", "go_lang", false},
		{"Go to market", "Go to market strategy for a Python product", "go_lang", false},
		{"Go at sentence start", "Go to the clinic to write Rust services", "go_lang", true},
		{"Go/No-Go", "Go/No-Go decisions for Python releases", "go_lang", false},
		{"Go Live in a list", "Go Live, Python, Training", "go_lang", false},
		{"go-live form", "SKILLS\ngo-live support, sentinel events", "golive", true},
		{"sentinel events form", "Reviewed sentinel events", "sentinel_events", true},
		{"Go language", "Wrote microservices in Go and Rust", "go_lang", true},
		{"Golang", "Backend services in Golang", "go_lang", true},
		{"SaaS", "Sold SaaS analytics to payers", "sas", false},
		{"Kansas", "University of Kansas Medical Center", "sas", false},
		{"Arkansas", "Arkansas Blue Cross", "sas", false},
		{"SAS", "Built SAS macros for claims analysis", "sas", true},
		{"SAS/STAT", "Survival models in SAS/STAT", "sas", true},
		{"Baltimore, MD", "Jane Doe\nJohns Hopkins Hospital, Baltimore, MD", "md", false},
		{"Baltimore, MD 21287", "Jane Doe\nAnalyst, Baltimore, MD 21287", "md", false},
		{"Baltimore, MD on name line", "Baltimore, MD 21287", "md", false},
		{"contact line", "Jane Doe | Baltimore, MD | jane@example.com", "md", false},
		{"credential run", "Jane Doe\nJohn Roe, MD, FAMIA", "md", true},
		{"name, MD", "Jane Doe, MD\nChief Medical Information Officer", "md", true},
		{"MD degree line", "Education\nMD, Johns Hopkins School of Medicine", "md", true},
		{"MS degree not an honorific", "EDUCATION\nMS Health Informatics, 2020", "mhi", true},
		{"Ms. before a name", "Referred by Ms. Health Informatics", "mhi", false},
		{"Doctor of Medicine", "Doctor of Medicine, 2010", "md", true},
		{"Phi Beta Kappa", "Honors\nPhi Beta Kappa", "phi", false},
		{"PHI", "Protected PHI under HIPAA in every extract", "phi", true},
		{"Sigma Theta Tau", "Member, Sigma Theta Tau International", "six_sigma", false},
		{"Six Sigma", "Lean Six Sigma Green Belt", "six_sigma", true},
		{"Rhapsody in Blue", "Performed Rhapsody in Blue with the orchestra", "rhapsody", false},
		{"Gershwin", "Played Gershwin's Rhapsody at the spring recital", "rhapsody", false},
		{"Rhapsody engine", "Built HL7 routes in Rhapsody", "rhapsody", true},
		{"Rhapsody Integration Engine", "Rhapsody Integration Engine administration", "rhapsody", true},
		{"month Mar", "Mar 2021 - Present", "pm", false},
		{"mL is not ML", "Administered 5 mL doses; gave 10 ML", "ml", false},
		{"3 ML models", "Deployed 3 ML models", "ml", true},
		{"ML", "Built ML pipelines for readmission risk", "ml", true},
		{"machine learning", "Applied machine learning to claims", "ml", true},
		{"modelling meets modeling", "Data modelling for the warehouse", "data_modeling", true},
		{"regressions", "Ran logistic regressions on outcomes", "data_modeling", true},
		{"C++", "Wrote C++ services", "cpp", true},
		{"C is not C++", "Grade C in chemistry", "cpp", false},
		{"C#", "Built C# tools", "csharp", true},
		{".NET", "ASP and .NET services", "csharp", true},
		{"A1c", "Tracked A1c control for diabetic patients", "a1c", true},
		{"837P", "Parsed 837P claim files", "x12", true},
		{"C-CDA", "Generated C-CDA documents", "cda", true},
		{"CCDA", "Generated CCDA documents", "cda", true},
		{"ICD-10-CM", "ICD-10-CM coding audits", "icd10", true},
		{"ICD 10", "ICD-10 coding", "icd10", true},
		{"HL-7", "Built HL-7 interfaces", "hl7_v2", true},
		{"HL7/FHIR both hl7", "HL7/FHIR integration", "hl7_v2", true},
		{"HL7/FHIR both fhir", "HL7/FHIR integration", "fhir", true},
		{"HL7 FHIR consumes HL7", "Built HL7 FHIR APIs", "hl7_v2", false},
		{"HL7 FHIR is FHIR", "Built HL7 FHIR APIs", "fhir", true},
		{"Security+", "CompTIA Security+", "security_plus", true},
		{"Security alone", "Security operations", "security_plus", false},
		{"CIPP/US", "Certifications: CIPP/US", "cipp_us", true},
		{"T-SQL", "Stored procedures in T-SQL", "sql", true},
		{"PL/SQL", "Oracle PL/SQL packages", "sql", true},
		{"SQL, Server", "SQL Server", "sql", true},
		{"ligature", "Certiﬁed in Python", "python", true},
		{"structured query language", "Structured Query Languages", "sql", true},
	}
	m := testMatcher(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := foundIDs(m, tc.text)[tc.skill]
			if got != tc.want {
				t.Errorf("Find(%q)[%s] = %v, want %v (found %v)", tc.text, tc.skill, got, tc.want, foundIDs(m, tc.text))
			}
		})
	}
}
