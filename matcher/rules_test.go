package matcher

import (
	"strings"
	"testing"
)

func TestSectionHeadings(t *testing.T) {
	tests := []struct {
		line   string
		kind   string
		ok     bool
		inline bool
	}{
		{"EXPERIENCE", secExperience, true, false},
		{"Work Experience", secExperience, true, false},
		{"Professional Experience:", secExperience, true, false},
		{"Clinical Experience", secExperience, true, false},
		{"Employment History", secExperience, true, false},
		{"Relevant Experience", secExperience, true, false},
		{"## Projects", secProjects, true, false},
		{"TECHNICAL SKILLS", secSkills, true, false},
		{"Core Competencies", secSkills, true, false},
		{"Tools & Technologies", secSkills, true, false},
		{"Programs, Skills, Software", secSkills, true, false},
		{"Licenses & Certifications", secCertifications, true, false},
		{"Credentials", secCertifications, true, false},
		{"Education", secEducation, true, false},
		{"Publications and Presentations", secPublications, true, false},
		{"Relevant Coursework", secCoursework, true, false},
		{"Volunteer Experience", secVolunteer, true, false},
		{"Volunteering", secVolunteer, true, false},
		{"Interests", secInterests, true, false},
		{"Hobbies", secInterests, true, false},
		{"Awards & Honors", secAwards, true, false},
		{"Professional Summary", secSummary, true, false},
		{"Objective", secSummary, true, false},
		{"E X P E R I E N C E", secExperience, true, false},
		{"Skills: Python, SQL, Tableau", secSkills, true, true},
		{"Interests: chess, hiking", secInterests, true, true},
		{"TECHNICAL SKILLS Python, SQL, Tableau", secSkills, true, true},
		{"SKILLS Epic, Cerner", secSkills, true, true},
		{"EPIC ANALYST Built order sets", "", false, false},
		{"SQL Server administration", "", false, false},
		{"Professional Background", secExperience, true, false},
		{"Educational Background", secEducation, true, false},
		{"Teaching Experience", secExperience, true, false},
		{"Key Accomplishments", secExperience, true, false},
		// Sentence case (Markdown headings lose their "#" in extraction) and
		// filler words that name the work history alone.
		{"Leadership experience", secExperience, true, false},
		{"Work experience", secExperience, true, false},
		{"Education & training", secEducation, true, false},
		{"Career", secExperience, true, false},
		{"WORK", secExperience, true, false},
		{"Career Summary", secSummary, true, false},
		{"About me", secSummary, true, false},
		{"Work Experience (2.5 years)", secExperience, true, false},
		{"EXPERIENCE (2015 - PRESENT)", secExperience, true, false},
		{"Outside work", secInterests, true, false},
		{"Outside of work", secInterests, true, false},
		// Negative cases.
		{"Project management", "", false, false}, // sentence case must end on a keyword
		{"Clinical research", "", false, false},
		{"career", "", false, false},
		{"Skills lab (evenings)", "", false, false},
		{"Met outside work", "", false, false},
		{"Experienced in SQL and Python", "", false, false},
		{"Education Coordinator", "", false, false},
		{"Skills Lab Instructor", "", false, false},
		{"experience", "", false, false}, // lower-case prose word
		{"Built dashboards: Tableau, Power BI", "", false, false},
		{"Managed projects across the health system", "", false, false},
		{"Data Analyst, Acme Health", "", false, false},
		{"", "", false, false},
	}
	for _, tc := range tests {
		kind, ok, inline := headingKind(tc.line)
		if kind != tc.kind || ok != tc.ok || inline != tc.inline {
			t.Errorf("headingKind(%q) = %q, %v, %v; want %q, %v, %v", tc.line, kind, ok, inline, tc.kind, tc.ok, tc.inline)
		}
	}
}

func TestListLines(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Python, R, SQL, Tableau", true},
		{"SQL | Python | Tableau", true},
		{"Epic Clarity; Caboodle; Cogito", true},
		{"Built dashboards in Tableau, wrote SQL, and trained staff on new reporting tools across departments", false},
		{"Python and SQL", false},
		{"Resolved 1,200 tickets; supported 3,000 users", false},
	}
	for _, tc := range tests {
		if got := isListLine(tc.line); got != tc.want {
			t.Errorf("isListLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestBlocksJoinWrappedBullets(t *testing.T) {
	lines := []string{
		"EXPERIENCE",
		"• Built order sets in Epic for the",
		"ambulatory clinics",
		"• Led training",
		"Next paragraph",
	}
	info := analyzeLines(lines, nil)
	if info[1].block != info[2].block {
		t.Errorf("wrapped line not joined to its bullet")
	}
	if info[2].block == info[3].block || info[3].block == info[4].block {
		t.Errorf("separate bullets share a block")
	}
	if info[1].section != secExperience || !info[1].bullet {
		t.Errorf("line 2 = %+v", info[1])
	}
}

// TestContextCues checks that ambiguous skills need a cue in their bullet
// (or its wrapped line) or a list.
func TestContextCues(t *testing.T) {
	tests := []struct {
		name, text, skill string
		want              bool
	}{
		{"no cue", "Rhapsody was the theme of the gala", "rhapsody", false},
		{"cue same line", "Maintained Rhapsody routes for lab results", "rhapsody", true},
		{"cue on wrapped line", "• Maintained Rhapsody for the lab and\nradiology HL7 feeds", "rhapsody", true},
		{"cue on another bullet", "• Maintained Rhapsody\n• Wrote HL7 specs", "rhapsody", false},
		{"skills section", "SKILLS\nRhapsody", "rhapsody", true},
		{"comma list", "Tools: Rhapsody, Mirth, Cloverleaf", "rhapsody", true},
		{"Epic without cue", "Epic reporting for the team", "epic", false},
		{"Epic cue later in line", "Epic reporting from Clarity", "epic", true},
		{"Epic module cue", "Epic ambulatory build", "epic", true},
	}
	m := testMatcher(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := foundIDs(m, tc.text)[tc.skill]; got != tc.want {
				t.Errorf("Find(%q)[%s] = %v, want %v", tc.text, tc.skill, got, tc.want)
			}
		})
	}
}

// TestIntent checks negation, in-progress, beginner and coursework
// phrases.
func TestIntent(t *testing.T) {
	tests := []struct {
		name, text, skill string
		want              string // "held:<strength>", "progress", "none"
	}{
		{"no exposure", "No exposure to FHIR yet", "fhir", "none"},
		{"no experience with", "No experience with SQL or Python", "python", "none"},
		{"without", "Built reports without SQL", "sql", "none"},
		{"without after skill", "Migrated Tableau dashboards without downtime", "tableau", "held:applied"},
		{"not yet certified", "Security+ (not yet certified)", "security_plus", "none"},
		{"not yet beside work under way", "Studying for CISSP, exam not yet taken", "cissp", "progress"},
		{"no experience beside work under way", "Preparing for CISSP; no experience with PMP", "pmp", "none"},
		{"exam scheduled", "PMP exam scheduled for March", "pmp", "progress"},
		{"studying for", "Studying for Security+", "security_plus", "progress"},
		{"preparing for", "Preparing for CISSP", "cissp", "progress"},
		{"candidate", "CPHIMS candidate", "cphims", "progress"},
		{"pursuing", "Pursuing PMP certification", "pmp", "progress"},
		{"in progress", "CISSP (in progress)", "cissp", "progress"},
		{"in progress not leaking", "CERTIFICATIONS\nCISSP, PMP (in progress)", "cissp", "held:listed"},
		{"in progress other sentence", "Holds CISSP. PMP exam scheduled", "cissp", "held:applied"},
		{"in progress after list", "CERTIFICATIONS\nCISSP, PMP (in progress)", "pmp", "progress"},
		{"expected year", "Master of Health Informatics, expected 2027", "mhi", "progress"},
		{"expected next line", "Master of Health Informatics\nExpected May 2027", "mhi", "progress"},
		{"education line status past the school", "EDUCATION\nMaster of Health Informatics, Johns Hopkins University (in progress)", "mhi", "progress"},
		{"education line status after a year", "EDUCATION\nMaster of Health Informatics, Johns Hopkins University, 2019 (thesis in progress)", "mhi", "held:listed"},
		{"status past the school outside education", "EXPERIENCE\nMaster of Health Informatics, Johns Hopkins University (in progress)", "mhi", "held:applied"},
		{"expected without year", "Master of Health Informatics, exceeded expected outcomes", "mhi", "held:applied"},
		{"held cert", "CERTIFICATIONS\nPMP, 2019", "pmp", "held:listed"},
		{"planning to, credential later in the clause", "Planning to sit for CISSP after the PMP", "pmp", "progress"},
		{"planning to, other clause", "PMP (2019). Planning to mentor new analysts", "pmp", "held:applied"},
		{"expired cert", "CERTIFICATIONS\nSecurity+ (expired 2020)", "security_plus", "none"},
		{"lapsed after year", "CERTIFICATIONS\nCISSP (2019, lapsed)", "cissp", "none"},
		{"lapsed before", "Lapsed PMP; renewing in 2027", "pmp", "none"},
		{"lapsed not leaking past a list comma", "CERTIFICATIONS\nCISSP, PMP (lapsed)", "cissp", "held:listed"},
		{"expired is no credential word for a skill", "Renewed SQL Server licences that expired", "sql", "held:applied"},
		{"lapsed belongs to the next credential", "CERTIFICATIONS\nSecurity+ (2018) · CISSP (2019, lapsed)", "security_plus", "held:listed"},
		{"expires is held", "CERTIFICATIONS\nCISSP (expires 2027)", "cissp", "held:listed"},
		{"held elsewhere wins", "PMP (2019)\nPreparing for PMP renewal", "pmp", "held:applied"},
		{"pursuing a skill", "Pursuing Python projects", "python", "held:applied"},
		{"familiar with", "Familiar with Tableau and Power BI", "tableau", "held:beginner"},
		{"exposure to", "Some exposure to FHIR APIs", "fhir", "held:beginner"},
		{"basic after", "SKILLS\nSQL (basic), Python, Tableau", "sql", "held:beginner"},
		{"as an end user", "EXPERIENCE\nEntered results in SQL Server as an end user", "sql", "held:beginner"},
		{"end-user training is work", "EXPERIENCE\nLed end-user training on SQL reports", "sql", "held:applied"},
		{"basic not leaking", "SKILLS\nSQL (basic), Python, Tableau", "python", "held:listed"},
		{"exposure after", "SKILLS\nSQL, Tableau (exposure)", "tableau", "held:beginner"},
		{"learning glued into a name", "SKILLS\nscikit-learn, Python, SQL", "python", "held:listed"},
		{"learning as a word", "SKILLS\nSQL, Python (learning)", "python", "held:beginner"},
		{"coursework line", "Relevant coursework: Python, SQL, biostatistics", "python", "held:coursework"},
		{"coursework section", "COURSEWORK\nHealth Data Analytics with SQL", "sql", "held:coursework"},
		{"course mention", "Completed a course in SQL", "sql", "held:coursework"},
		{"class project label", "PROJECTS\n• Class project: built SQL marts", "sql", "held:coursework"},
		{"course title", "EXPERIENCE\nCourse Director, SQL analytics program", "sql", "held:applied"},
		{"course of", "Over the course of 3 years built SQL pipelines", "sql", "held:applied"},
		{"interests ignored", "INTERESTS\nPython, Tableau art", "python", "none"},
		{"clause break", "No budget authority; built SQL marts", "sql", "held:applied"},
		{"No skill", "No HL7 experience", "hl7_v2", "none"},
		{"no production", "No production HL7 experience yet", "hl7_v2", "none"},
		{"no X or Y", "No SQL or HL7 experience", "hl7_v2", "none"},
		{"no X/Y", "No SQL/Python experience", "python", "none"},
		{"don't write", "I don't write SQL myself", "sql", "none"},
		{"don't write, other clause", "I don't write specs; I build SQL marts", "sql", "held:applied"},
		{"don't do", "We don't do HITRUST... we do SQL", "sql", "held:applied"},
		{"never held", "Have never held a PMP", "pmp", "none"},
		{"not the", "I write the specs, not the SQL", "sql", "none"},
		{"not the only", "Not the only SQL developer on the team", "sql", "held:applied"},
		{"exam booked after", "CERTIFICATIONS\n| CPHIMS | Exam booked for January 2027 |", "cphims", "progress"},
		{"admitted", "EDUCATION\nMaster of Health Informatics - admitted, starting Jan 2027", "mhi", "progress"},
		{"for fun", "EXPERIENCE\nPython notebooks on weekends just for fun", "python", "none"},
		{"as a hobby", "EXPERIENCE\nPython on a Raspberry Pi as a hobby", "python", "none"},
		{"hobby projects", "PROJECTS\nHobby projects in Python", "python", "none"},
		{"fun far away", "EXPERIENCE\nBuilt SQL marts for the finance team, which was fun", "sql", "held:applied"},
		{"teaching myself", "EXPERIENCE\nTeaching myself Python on weekends", "python", "held:beginner"},
		{"no X or Y, first", "No SQL or HL7 experience", "sql", "none"},
		{"no without or", "No downtime for the HL7 and FHIR feeds", "fhir", "held:applied"},
		{"no X or Y, too far", "No weekend work in the past or during the big HL7 upgrade", "hl7_v2", "held:applied"},
		{"no production is not a noun phrase elsewhere", "Moved HL7 feeds with no production outage", "hl7_v2", "held:applied"},
		{"not worked on", "I have not worked on FHIR or HL7 myself", "fhir", "none"},
		{"not worked, other clause", "Have not worked weekends; built FHIR APIs", "fhir", "held:applied"},
		{"not a", "CERTIFICATIONS\nPMI-ACP (not a PMP)", "pmp", "none"},
		{"not a, too far", "Not a day off in 2020 while running SQL reports", "sql", "held:applied"},
		{"not pursued", "CISSP (not pursued)", "cissp", "none"},
		{"label colon status", "CERTIFICATIONS\nCISSP: not pursued", "cissp", "none"},
		{"status in the next table cell", "CERTIFICATIONS\n| CISSP | in progress |", "cissp", "progress"},
		{"status two cells on is not the label's", "CERTIFICATIONS\n| CISSP | PMP | in progress |", "cissp", "held:listed"},
		{"sitting for after", "CERTIFICATIONS\nCPHIMS - sitting for the exam in March", "cphims", "progress"},
		{"sitting with a year", "CERTIFICATIONS\n| CPHIMS | HIMSS | sitting Q1 2027 |", "cphims", "progress"},
		{"sitting without a year", "EXPERIENCE\nCPHIMS holder sitting on the HIMSS chapter board", "cphims", "held:applied"},
		{"registered for after", "CERTIFICATIONS\nCISSP exam - registered for the May sitting", "cissp", "progress"},
		{"preparing after", "CERTIFICATIONS\nCISSP - preparing", "cissp", "progress"},
		{"application submitted", "CERTIFICATIONS\nCPHIMS - application submitted", "cphims", "progress"},
		{"planned with a year", "CERTIFICATIONS\nCISSP - exam planned spring 2027", "cissp", "progress"},
		{"label colon progress", "CERTIFICATIONS\nCISSP: in progress", "cissp", "progress"},
		{"label colon, status later", "CERTIFICATIONS\nCISSP: held since 2019; PMP not pursued", "cissp", "held:listed"},
		{"played with", "SKILLS\nPlayed with Python notebooks at home", "python", "held:beginner"},
		{"not pursued, next clause", "CISSP (2019). Management track not pursued", "cissp", "held:applied"},
		{"booked after", "CERTIFICATIONS\nCISSP - booked for January 2027", "cissp", "progress"},
		{"booked before", "Booked the PMP exam for March", "pmp", "progress"},
		{"booked other sense", "Booked SQL Server maintenance windows with IT", "sql", "held:applied"},
		{"sitting for it", "CPHIMS - sitting for it in May 2027", "cphims", "progress"},
		{"studying after", "CERTIFICATIONS\nSecurity+ - studying, exam in January", "security_plus", "progress"},
		{"studying far after", "Security+ holder; mentor analysts studying for exams", "security_plus", "held:applied"},
		{"yet to be taken, other clause", "Completed CISSP prep; exam yet to be taken", "cissp", "held:applied"},
		{"yet to be taken, same clause", "CISSP exam yet to be taken", "cissp", "progress"},
		{"no not adjacent", "No downtime during the HL7 upgrade", "hl7_v2", "held:applied"},
	}
	m := testMatcher(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := m.Match(tc.text)
			got := "none"
			for _, f := range r.Skills {
				if f.ID == tc.skill {
					best := ""
					for _, e := range f.Evidence {
						if rankOf(e.Strength) > rankOf(best) {
							best = e.Strength
						}
					}
					got = "held:" + best
				}
			}
			for _, f := range r.InProgress {
				if f.ID == tc.skill && got == "none" {
					got = "progress"
				}
			}
			if got != tc.want {
				t.Errorf("%q: %s = %s, want %s", tc.text, tc.skill, got, tc.want)
			}
		})
	}
}

func rankOf(s string) int {
	for i, n := range strengthNames {
		if n == s && s != "" {
			return i
		}
	}
	return 0
}

func TestMasks(t *testing.T) {
	m := testMatcher(t)
	st := &state{}
	m.analyze(st, "Jane Doe\nOn call 9 AM - 5 PM, Baltimore, MD\nDr. R. Patel, Phi Beta Kappa, 5 mL\nMar 2021 - May 2022")
	masked := map[string]bool{}
	for _, tk := range st.toks {
		if tk.has(fMasked) || tk.has(fSoft) || tk.has(fVeto) {
			masked[tk.text] = true
		}
	}
	for _, w := range []string{"PM", "AM", "9", "5", "MD", "Dr", "R", "Phi", "Beta", "Kappa", "mL", "Mar", "May"} {
		if !masked[w] {
			t.Errorf("%q not masked", w)
		}
	}
	for _, w := range []string{"Jane", "Baltimore", "Patel", "call"} {
		if masked[w] {
			t.Errorf("%q masked", w)
		}
	}
}

func TestIntentWindowsBounded(t *testing.T) {
	for _, c := range intentCues {
		if c.window > maxIntentWindow {
			t.Errorf("cue %q window %d exceeds maxIntentWindow %d", c.phrase, c.window, maxIntentWindow)
		}
	}
}

// TestLongLine feeds one very long line of negations and mentions; it must
// finish (the fuzz target and benchmarks cover speed) and stay consistent.
func TestLongLine(t *testing.T) {
	m := testMatcher(t)
	text := strings.Repeat("no experience with SQL; built Tableau dashboards. ", 5000)
	r := m.Match(text)
	ids := map[string]bool{}
	for _, f := range r.Skills {
		ids[f.ID] = true
	}
	if ids["sql"] || !ids["tableau"] {
		t.Errorf("skills = %v, want tableau without sql", ids)
	}
}

// TestConfirmation checks that a skill confirmed with its cues in one
// place counts in other, cue-less mentions too.
func TestConfirmation(t *testing.T) {
	m := testMatcher(t)
	lines := func(text string) []int {
		var out []int
		for _, f := range m.Find(text) {
			if f.ID == "rhapsody" {
				for _, e := range f.Evidence {
					out = append(out, e.Line)
				}
			}
		}
		return out
	}
	if got := lines("Led the Rhapsody upgrade planning"); len(got) != 0 {
		t.Errorf("unconfirmed mention counted: lines %v", got)
	}
	if got := lines("• Built HL7 routes in Rhapsody\n• Led the Rhapsody upgrade planning"); len(got) != 2 {
		t.Errorf("confirmed mention not counted: lines %v, want [1 2]", got)
	}
	if got := lines("INTERESTS\nRhapsody in Blue\nEXPERIENCE\n• Built HL7 routes in Rhapsody"); len(got) != 1 || got[0] != 4 {
		t.Errorf("masked namesake counted after confirmation: lines %v, want [4]", got)
	}
}
