package matcher

import (
	"sync"
	"testing"

	"github.com/rolefit/rolefit/skills"
)

var (
	defaultOnce sync.Once
	defaultM    *Matcher
	defaultErr  error
)

// defaultMatcher compiles the embedded vocabulary once per test binary.
func defaultMatcher(t testing.TB) *Matcher {
	t.Helper()
	defaultOnce.Do(func() { defaultM, defaultErr = Compile(skills.Default(), WithNow(fixedNow)) })
	if defaultErr != nil {
		t.Fatalf("Compile(default): %v", defaultErr)
	}
	return defaultM
}

// TestDefaultVocabularyTraps runs the trap table against the shipped
// vocabulary: each trap with a positive counterpart.
func TestDefaultVocabularyTraps(t *testing.T) {
	tests := []struct {
		name, text, skill string
		want              bool
	}{
		{"R&D", "Managed the R&D budget for statistics teams", "r-language", false},
		{"Dr. R. Patel", "Worked with Dr. R. Patel on statistical programming", "r-language", false},
		{"R with cue", "Built regression models in R and Python", "r-language", true},
		{"R in list", "SKILLS\nPython, R, SQL, Tableau", "r-language", true},
		{"go-live", "Supported the go-live at 12 clinics", "golang", false},
		{"go-live skill", "Supported the go-live at 12 clinics", "go-live-support", true},
		{"Go to market", "Go to market strategy for the new clinic", "golang", false},
		{"Golang", "Wrote Golang microservices", "golang", true},
		{"SaaS", "Sold SaaS analytics to hospitals", "sas", false},
		{"Kansas", "University of Kansas Health System", "sas", false},
		{"SAS", "SAS programming for claims analysis", "sas", true},
		{"Baltimore, MD", "Jane Doe\nJohns Hopkins Hospital, Baltimore, MD 21287", "md-do", false},
		{"Baltimore MD zip", "Jane Doe\n100 Main St, Baltimore MD 21287", "md-do", false},
		{"name, MD", "Jane Doe, MD, FAMIA\nChief Medical Information Officer", "md-do", true},
		{"MD Anderson", "Jane Doe\nNurse, MD Anderson Cancer Center, Houston", "md-do", false},
		{"LOS Angeles", "Jane Doe\nCEDARS-SINAI, LOS ANGELES, CA", "readmissions-utilization", false},
		{"LOS", "Reduced LOS by 0.4 days", "readmissions-utilization", true},
		{"MD degree line", "Jane Doe\nEDUCATION\nMD, Johns Hopkins School of Medicine, 2008", "md-do", true},
		{"Phi Beta Kappa", "HONORS\nPhi Beta Kappa", "hipaa-privacy-rule", false},
		{"PHI", "Protected PHI in every extract under HIPAA", "hipaa-privacy-rule", true},
		{"Sigma Theta Tau", "HONORS\nSigma Theta Tau International", "lean-six-sigma", false},
		{"Sigma Theta Tau belt", "HONORS\nSigma Theta Tau International", "six-sigma-belt", false},
		{"Six Sigma", "Lean Six Sigma Green Belt", "six-sigma-belt", true},
		{"Rhapsody in Blue", "INTERESTS\nPlaying Rhapsody in Blue on piano", "rhapsody", false},
		{"Gershwin", "Performed Gershwin's Rhapsody with the community orchestra", "rhapsody", false},
		{"Rhapsody engine", "Built HL7 routes in Rhapsody", "rhapsody", true},
		{"7 PM", "Staffed the help desk until 7 PM", "project-management", false},
		{"an epic effort", "It was an epic effort by the whole team", "epic", false},
		{"Epic at start", "Epic effort by the whole team", "epic", false},
		{"Epic build", "Built Epic ambulatory order sets", "epic", true},
		{"no exposure", "No exposure to FHIR yet", "fhir", false},
		{"FHIR", "Built FHIR R4 APIs", "fhir", true},
		{"Tableau", "Built Tableau dashboards", "tableau", true},
		{"HL7 v2", "Built HL7 ADT interfaces", "hl7-v2", true},
		{"C-CDA", "Generated C-CDA documents for referrals", "cda-ccda", true},
		{"ICD-10-CM", "ICD-10-CM coding audits", "icd-10", true},
		{"Security+", "CERTIFICATIONS\nCompTIA Security+", "security-plus", true},
		{"CIPP/US", "CERTIFICATIONS\nCIPP/US", "cipp-us", true},
		// Degrees: dotted and "Sc" spellings, "in" optional, a comma after the abbreviation.
		{"B.S. degree", "EDUCATION\nB.S. Computer Science, State University, 2012", "bs-computer-science", true},
		{"BSc comma", "EDUCATION\nBSc, Mathematics, University of Leeds, 2008", "bs-quantitative", true},
		{"BS in variant", "EDUCATION\nBS in Applied Mathematics, 2018", "bs-quantitative", true},
		{"M.Sc. degree", "EDUCATION\nM.Sc. Statistics, 2016", "ms-statistics", true},
		{"initials not degree", "Mentored by Dr. B. S. Patel in computer science", "bs-computer-science", false},
		{"sentence end still breaks", "Tutored in math. Statistics club lead", "bs-quantitative", false},
		// Placeholders: "lead {n} {people}", "team of {n}".
		{"lead N people", "EXPERIENCE\n• I lead 48 engineers and technicians", "team-leadership", true},
		{"lead N word people", "EXPERIENCE\n• Lead six pharmacist informaticists", "team-leadership", true},
		{"team of N", "EXPERIENCE\n• Lead a security team of 11", "team-leadership", true},
		{"led N projects", "EXPERIENCE\n• Led 3 projects and 12 releases", "team-leadership", false},
		{"managed N sites", "EXPERIENCE\n• Managed 5 hospitals and 2 clinics", "team-leadership", false},
		// Phrases do not start or end inside a hyphenated word.
		{"customer-service desk", "EXPERIENCE\n• Staffed the customer-service desk at the store", "help-desk", false},
		{"service desk", "EXPERIENCE\n• Service desk analyst for 3 hospitals", "help-desk", true},
		{"patient access (portal sense)", "EXPERIENCE\n• Improved patient access to records through the portal", "revenue-cycle", false},
		{"patient access department", "EXPERIENCE\n• Patient access representative: registration and eligibility", "revenue-cycle", true},
		// Bare "tested"/"testing" beside a system-change cue.
		{"tested the upgrade", "EXPERIENCE\n• Gathered requirements and tested the practice-management upgrade", "system-testing", true},
		{"build, testing, training", "EXPERIENCE\n• Build, testing and training for ambulatory go-lives", "system-testing", true},
		{"lab tests", "EXPERIENCE\n• Reviewed lab tests and test results with the Epic team", "system-testing", false},
		{"tested a hypothesis", "EXPERIENCE\n• Tested the hypothesis that readmissions fall after follow-up calls", "system-testing", false},
		// Overlapping phrases of two skills both count; a form's own sub-phrase does not.
		{"overlap second skill", "EXPERIENCE\n• Cut interruptive alert volume by 41%", "alert-fatigue", true},
		{"overlap first skill", "EXPERIENCE\n• Cut interruptive alert volume by 41%", "clinical-decision-support", true},
		{"sub-phrase of a longer form", "EXPERIENCE\n• Built HL7 FHIR APIs for referrals", "hl7-v2", false},
		// Trademark signs dropped; thousands separators stay in numbers.
		{"ITIL® 4", "CERTIFICATIONS\nITIL® 4 Foundation", "itil-certification", true},
		{"ITIL™ 4", "CERTIFICATIONS\nITIL™ 4 Foundation", "itil-certification", true},
		{"ITIL framework is not the certificate", "SKILLS\nITIL v4, ServiceNow", "itil-certification", false},
		{"trained 1,800 nurses", "EXPERIENCE\n• Trained 1,800 nurses on the new EHR", "ehr-training", true},
		{"served 1,800 patients", "EXPERIENCE\n• Served 1,800 patients a month", "ehr-training", false},
		{"837,835 stays two numbers", "SKILLS\nX12 837,835 files", "x12-edi", true},
		// -able/-ible words keep their sense: not the verb's stem.
		{"explaining is not explainable", "EXPERIENCE\n• Explaining model results to clinicians", "model-evaluation", false},
		{"explainable models", "EXPERIENCE\n• Built explainable models with SHAP", "model-evaluation", true},
		{"usability testing", "EXPERIENCE\n• Ran usability testing of the new flowsheets", "usability-human-factors", true},
		{"within 72 hours", "EXPERIENCE\n• Report serious incidents to the ICO within 72 hours", "breach-notification", true},
		{"shift hours", "EXPERIENCE\n• Worked 12 hours shifts on a med-surg unit", "breach-notification", false},
		{"clinical workflows", "EXPERIENCE\n• Redesigned in-basket and orders workflows for 700 providers", "workflow-redesign", true},
		{"software workflows", "EXPERIENCE\n• Open-source CLI for automating PR workflows", "workflow-redesign", false},
		{"workforce is not workflow", "EXPERIENCE\n• Planned the nursing workforce budget", "workflow-redesign", false},
		{"upgrade testing: upgrade", "EXPERIENCE\n• Plan quarterly Epic upgrade testing", "upgrades-release", true},
		{"upgrade testing: testing", "EXPERIENCE\n• Plan quarterly Epic upgrade testing", "system-testing", true},
		{"upgrade alone is not testing", "EXPERIENCE\n• Led the quarterly Epic upgrade", "system-testing", false},
		// A longer form that adds only activity words also shows the shorter one.
		{"order set build: order sets", "EXPERIENCE\n• Led order set build for oncology", "cpoe-order-sets", true},
		{"order set build: build", "EXPERIENCE\n• Led order set build for oncology", "ehr-build", true},
		{"HL7 CDA is not HL7 v2", "EXPERIENCE\n• Generated HL7 CDA documents for referrals", "hl7-v2", false},
		// Implies: a specific form also shows the broader skill.
		{"Epic Bridges implies Epic", "EXPERIENCE\n• Built Epic Bridges interfaces for labs", "epic", true},
		{"Caboodle implies Epic", "EXPERIENCE\n• Wrote Caboodle reports", "epic", true},
		{"Tableau implies dataviz", "SKILLS\nTableau, SQL", "data-visualization", true},
		{"Bridges alone is not Epic", "EXPERIENCE\n• Built bridges between teams", "epic", false},
		{"Epic cert under way implies nothing", "CERTIFICATIONS\nPursuing Epic certification", "epic", false},
		// Held-out set (issue 5): wordings of independently written résumés.
		{"ICD-10-AM", "EXPERIENCE\n• Checked ICD-10-AM coded episodes against discharge summaries", "icd-10", true},
		{"ICD alone is no code set", "EXPERIENCE\n• Joined the ICD team", "icd-10", false},
		{"837/835 chunk", "EXPERIENCE\n• Loaded claims (837/835, 834 files) into Databricks", "x12-edi", true},
		{"a bare claim number", "EXPERIENCE\n• Closed 837 tickets in a year", "x12-edi", false},
		{"VistA clinical reminders", "EXPERIENCE\n• Edit TIU templates and clinical reminders in VistA", "clinical-decision-support", true},
		{"appointment reminders", "EXPERIENCE\n• Sent appointment reminders to patients", "clinical-decision-support", false},
		{"CPRS order menus", "EXPERIENCE\n• Build CPRS order menus and quick orders", "ehr-build", true},
		{"restaurant menus", "EXPERIENCE\n• Designed the cafeteria menus", "ehr-build", false},
		{"Cerner DTAs", "EXPERIENCE\n• Build iView bands and DTAs", "ehr-build", true},
		{"digital nurse champions", "EXPERIENCE\n• Built a network of 40 digital nurse champions", "clinician-engagement", true},
		{"time in chart", "EXPERIENCE\n• Measured clicks and time-in-chart before and after", "clinician-engagement", true},
		{"Willow Inpatient", "EXPERIENCE\n• Willow Inpatient & Ambulatory build", "ancillary-systems", true},
		{"willow tree", "INTERESTS\nPlanted a willow tree", "ancillary-systems", false},
		{"A.A.S. CIS", "EDUCATION\nA.A.S. Computer Information Systems, 2011", "associate-it", true},
		{"A.A.S. networking", "EDUCATION\nA.A.S. Network Administration, Hawkeye Community College, 2019", "associate-it", true},
		{"B.S. CIS is no associate degree", "EDUCATION\nB.S. Computer Information Systems, 2011", "associate-it", false},
		{"desktop builds", "EXPERIENCE\n• Laptop & desktop builds, Windows 11 rollout", "endpoint-management", true},
		{"house builds", "EXPERIENCE\n• Volunteer carpenter on house builds", "endpoint-management", false},
		{"SystmOne", "EXPERIENCE\n• First-line support for SystmOne in community teams", "other-ehrs", true},
		{"EPR support", "EXPERIENCE\n• First-line EPR support for ward staff", "application-support", true},
		{"VXU", "EXPERIENCE\n• Immunisation feeds to the state registry (VXU)", "public-health-reporting", true},
		{"MPI merges", "EXPERIENCE\n• MPI merge clean-up with HIM", "mpi-identity", true},
		{"MPI alone is not the index", "SKILLS\nC++, MPI, OpenMP", "mpi-identity", false},
		{"EHR-pump interoperability", "EXPERIENCE\n• EHR-pump interoperability (auto-programming) go-live", "device-integration", true},
		{"site-to-site VPNs", "EXPERIENCE\n• Cisco ASA firewalls, site-to-site VPNs", "network-security", true},
		{"VPN access help", "EXPERIENCE\n• Reset passwords and fixed VPN access for staff", "network-security", false},
		{"account compromises", "EXPERIENCE\n• IR lead for two phishing-led account compromises", "incident-response", true},
		{"log sources", "EXPERIENCE\n• Onboarded 200+ log sources to Splunk", "audit-logging", true},
		{"LLB", "EDUCATION\nLLB (Hons) Law, University of the West of England, 2015", "jd", true},
		{"benefits case", "EXPERIENCE\n• Wrote the roadmap and benefits case", "business-case", true},
		{"employee benefits", "EXPERIENCE\n• Enrolled staff in employee benefits", "business-case", false},
		{"compliance policies", "EXPERIENCE\n• Maintain compliance policies & procedures", "compliance-program", true},
		{"report to the CMO", "EXPERIENCE\n• Report to the CMO and CIO; lead 5 physician informaticists", "executive-leadership", true},
		{"executive-level lead", "EXPERIENCE\n• Executive-level clinical lead for the EPR go-live", "executive-leadership", true},
		{"report to the manager", "EXPERIENCE\n• Report to the nurse manager", "executive-leadership", false},
		{"digital nursing strategy", "EXPERIENCE\n• Set the trust's digital nursing strategy", "it-strategy", true},
		{"Epic implementation", "EXPERIENCE\n• Integration lead for 2019 Epic implementation", "implementation", true},
		{"Epic module implementation", "EXPERIENCE\n• Epic Ambulatory implementation support", "implementation", true},
		{"ePMA", "EXPERIENCE\n• ePMA clinical lead", "medication-safety", true},
		{"barcode med administration", "EXPERIENCE\n• BCMA (barcode med administration) project", "medication-safety", true},
		{"Epic training", "EXPERIENCE\n• Physician lead for provider Epic training redesign", "ehr-training", true},
		{"workflow mapping", "EXPERIENCE\n• Workflow mapping and staff training", "workflow-redesign", true},
		{"alerts per 100 orders", "EXPERIENCE\n• Cut interruptive alerts per 100 orders by 35%", "alert-fatigue", true},
		{"KQL", "EXPERIENCE\n• Run KQL hunting queries", "siem-soc", true},
		{"phishing mailbox", "EXPERIENCE\n• Work the phishing mailbox and pull malicious emails", "dlp-email-security", true},
		{"phishing simulations are awareness", "EXPERIENCE\n• Ran phishing simulations for staff", "dlp-email-security", false},
		{"Epic module certified", "CERTIFICATIONS\nEpic Willow Inpatient certified", "epic-certification", true},
		{"Epic module certification", "CERTIFICATIONS\nEpic Ambulatory certification (2019)", "epic-certification", true},
		{"Epic Bridges certification shows Bridges", "CERTIFICATIONS\nEpic Bridges certification", "epic-bridges", true},
		{"Epic Caboodle developer certified shows Caboodle", "CERTIFICATIONS\nEpic Caboodle Developer certified", "epic-analytics", true},
		{"Epic module and variant certification", "CERTIFICATIONS\nEpic ClinDoc Inpatient certification (2020)", "epic-certification", true},
		{"HL7 International is the organisation", "EDUCATION\nFHIR Fundamentals (HL7 International), 2025", "hl7-v2", false},
		{"HL7 messaging", "EXPERIENCE\n• Built HL7 ADT feeds", "hl7-v2", true},
		{"30-day readmits", "EXPERIENCE\n• Ad hoc requests on ED utilization and 30-day readmits", "readmissions-utilization", true},
		{"consent workflow", "EXPERIENCE\n• Implemented the 42 CFR Part 2 consent and redisclosure workflow", "consent-management", true},
		{"Tableau workbook", "EXPERIENCE\n• Rebuilt the provider-facing Tableau workbook", "tableau", true},
		{"MBChB", "EDUCATION\nMBChB, University of Leeds, 2009", "md-do", true},
		{"GMC number", "Leeds · GMC No. 7123451", "medical-license", true},
		{"CQC inspections", "EXPERIENCE\n• Prepared for the last two CQC inspections", "accreditation", true},
		{"CAP inspections", "EXPERIENCE\n• Participated in CAP inspections", "accreditation", true},
		{"GP partner", "EXPERIENCE\nGP Partner, Leeds, 2016 - present", "clinical-practice", true},
		{"unit super user", "EXPERIENCE\n• Unit super-user for Epic", "clinical-liaison", true},
		{"super-user recruitment", "EXPERIENCE\n• Workflow walkthroughs, super-user recruitment", "ehr-training", true},
		{"rolling averages", "EXPERIENCE\n• SAS programs for age-adjusted rates and 7-day rolling averages", "descriptive-analytics", true},
		{"site conversions", "EXPERIENCE\n• Go-live support for every site conversion", "data-conversion", true},
		{"vendor's CSM", "EXPERIENCE\n• Coordinated with the vendor's CSM on SaaS renewals", "csm", false},
		{"CSM in certifications", "CERTIFICATIONS\nPMP, CSM", "csm", true},
		{"CSM with Scrum context", "EXPERIENCE\n• CSM; ran sprints for the analytics team", "csm", true},
		{"degree with a parenthesis", "EDUCATION\nB.E. (Computer Science & Engineering), JNTU Hyderabad, 2017", "bs-computer-science", true},
		{"honours in parentheses", "EDUCATION\nBSc (Hons) Computer Science, University of Sheffield", "bs-computer-science", true},
		{"BASc after a comma", "EDUCATION\nB.A.Sc., Computer Engineering, University of Waterloo", "bs-computer-science", true},
		{"parenthesis after no degree", "EXPERIENCE\nWe will be (Computer Science) ready", "bs-computer-science", false},
		{"Epic conversion", "EXPERIENCE\n• Epic conversion from MEDITECH Expanse", "implementation", true},
		{"incident lead", "EXPERIENCE\n• Incident lead for device-related events", "incident-response", true},
		{"medical science liaison", "EXPERIENCE\n• Coordinate medical science liaison visits", "clinical-liaison", false},
		{"IT liaison", "EXPERIENCE\n• IT liaison for the emergency department", "clinical-liaison", true},
		{"account-management role", "SUMMARY\nLooking for my next account-management role", "identity-provisioning", false},
		{"user account management", "EXPERIENCE\n• User account management in Active Directory", "identity-provisioning", true},
		{"rolled out a tracker", "EXPERIENCE\n• My manager later rolled out the tracker to the district", "implementation", false},
		{"rising-risk model", "EXPERIENCE\n• Built the rising-risk model for the ACO", "risk-stratification", true},
		{"device risk scoring is security", "EXPERIENCE\n• Device inventory, risk scoring and segmentation", "risk-stratification", false},
		{"acquired practices", "EXPERIENCE\n• PM for the Epic expansion into 40 acquired physician practices", "mergers-integration", true},
		{"downtime workflows", "EXPERIENCE\n• Built downtime workflows for night shift", "downtime-procedures", true},
		{"patch panel", "EXPERIENCE\n• Cabling up to the patch panel in each data closet", "endpoint-management", false},
		{"patching", "EXPERIENCE\n• Monthly patching of 900 workstations with WSUS", "endpoint-management", true},
		{"phlebotomy backup", "EXPERIENCE\n• Phlebotomy backup during staffing shortages", "backup-disaster-recovery", false},
		{"server backups", "EXPERIENCE\n• Nightly server backups and restore tests", "backup-disaster-recovery", true},
		{"offline backups", "EXPERIENCE\n• Segmented the network and moved to offline backups", "backup-disaster-recovery", true},
		{"troubleshoot analyzers", "EXPERIENCE\n• Run and troubleshoot the chemistry analyzers", "application-support", false},
		{"EHR troubleshooting", "EXPERIENCE\n• EHR troubleshooting for the night shift", "application-support", true},
		{"fall risk assessment", "EXPERIENCE\n• Completed fall risk assessments on admission", "security-risk-assessment", false},
		{"infection control risk assessment", "EXPERIENCE\n• Wrote the Infection Control Risk Assessment (ICRA)", "security-risk-assessment", false},
		{"HIPAA risk assessment", "EXPERIENCE\n• Led the annual HIPAA risk assessment", "security-risk-assessment", true},
		{"risk assessment with security context", "EXPERIENCE\n• Risk assessments of legacy devices we could not patch", "security-risk-assessment", true},
		{"risk assessment in a skills list", "SKILLS\nRisk assessment, NIST CSF, Splunk", "security-risk-assessment", true},
		{"Cerner certified is not Epic", "CERTIFICATIONS\nCerner Certified Professional - PowerChart", "epic-certification", false},
		{"Epic ODB shadow", "EXPERIENCE\n• Yearly DR failover test for the Epic ODB shadow", "epic-technical", true},
		{"Citrix farm for Epic", "EXPERIENCE\n• Citrix farm for Epic Hyperspace (4,000 users)", "epic-technical", true},
		{"Citrix for a file share", "EXPERIENCE\n• Citrix farm for the finance file share", "epic-technical", false},
		{"SurgiNet Anesthesia", "EXPERIENCE\n• Conversion from paper anesthesia records to SurgiNet Anesthesia", "ancillary-systems", true},
		{"NextGen beside EHR", "EXPERIENCE\n• Practice management / EHR upgrade (NextGen)", "nextgen-ehr", true},
		{"NextGen firewall", "EXPERIENCE\n• Deployed NextGen firewalls at 4 sites", "nextgen-ehr", false},
	}
	m := defaultMatcher(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := foundIDs(m, tc.text)[tc.skill]; got != tc.want {
				t.Errorf("Find(%q)[%s] = %v, want %v (found %v)", tc.text, tc.skill, got, tc.want, foundIDs(m, tc.text))
			}
		})
	}
}

// TestDefaultVocabularyInProgress checks that credentials under way are
// reported as such with the shipped vocabulary.
func TestDefaultVocabularyInProgress(t *testing.T) {
	m := defaultMatcher(t)
	r := m.Match("CERTIFICATIONS\nPMP exam scheduled for March 2027\nCPHIMS candidate\nStudying for Security+")
	got := map[string]bool{}
	for _, f := range r.InProgress {
		got[f.ID] = true
	}
	for _, id := range []string{"pmp", "cphims", "security-plus"} {
		if !got[id] {
			t.Errorf("%s not in progress (in progress: %v)", id, got)
		}
	}
	for _, f := range r.Skills {
		if got[f.ID] {
			t.Errorf("%s both held and in progress", f.ID)
		}
	}
}

// TestDefaultVocabularyEducationStatus checks how far a status at the end
// of an education line reaches back: past the school, not past a year or
// another degree.
func TestDefaultVocabularyEducationStatus(t *testing.T) {
	tests := []struct {
		line, skill string
		want        string // "held", "progress" or "none"
	}{
		{"MS Health Informatics, Johns Hopkins University (in progress)", "ms-health-informatics", "progress"},
		{"MS Health Informatics, MBA (in progress)", "ms-health-informatics", "held"},
		{"MS Health Informatics, MBA (in progress)", "mba", "progress"},
		{"MSN, Western Governors University, 2019 (capstone in progress)", "msn", "held"},
		{"Master of Science in Nursing - WGU (in progress, MSN expected 2027)", "msn", "progress"},
		{"MBA, Ohio State, expected 2027", "mba", "progress"},
	}
	m := defaultMatcher(t)
	for _, tt := range tests {
		r := m.Match("EDUCATION\n" + tt.line)
		got := "none"
		for _, f := range r.Skills {
			if f.ID == tt.skill {
				got = "held"
			}
		}
		for _, f := range r.InProgress {
			if f.ID == tt.skill && got == "none" {
				got = "progress"
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s = %s, want %s", tt.line, tt.skill, got, tt.want)
		}
	}
}

// TestDefaultVocabularyGenericSkills checks that generic office skills do
// not make a résumé in domain: a construction project manager who builds
// hospitals names many health terms and shows budgets, schedules, vendors
// and team leadership, but no health-informatics work.
func TestDefaultVocabularyGenericSkills(t *testing.T) {
	m := defaultMatcher(t)
	text := "SUMMARY\nConstruction project manager for hospitals, outpatient clinics and patient towers.\n" +
		"EXPERIENCE\n• Owned the budget, the project schedule and vendor management for a hospital tower\n" +
		"• Led a team of 12 engineers; stakeholder management with the health system's clinical leaders\n" +
		"• Excel and MS Project reports for the nursing directors; change management for move-in day"
	r := m.Match(text)
	if r.InDomain {
		t.Errorf("in_domain = true (%s), want false", r.DomainReason)
	}
	generic := 0
	for _, f := range r.Skills {
		if m.skills[m.byID[f.ID]].generic {
			generic++
		}
	}
	if generic < DomainMinSkills {
		t.Errorf("only %d generic skills found; the test needs at least %d to mean anything", generic, DomainMinSkills)
	}
}
