package matcher

// This file holds the matcher's built-in language data: phrases that mask
// tokens, phrases that signal negation or intent, and the health-domain
// signal terms. Skill-specific data (forms, cues) lives in the vocabulary.

// intentKind classifies a phrase that changes what a nearby skill mention
// proves.
type intentKind uint8

const (
	intentNone       intentKind = iota
	intentNegation              // "no exposure to FHIR": not evidence
	intentProgress              // "pursuing PMP": under way, not held
	intentBeginner              // "familiar with Tableau": counts for less
	intentCoursework            // "course in SQL": counts for less
)

// intentCue is a phrase with the side of the skill it must be on and the
// most tokens allowed between them, within one clause.
type intentCue struct {
	phrase   string
	kind     intentKind
	before   bool // the phrase precedes the skill
	window   int  // tokens allowed between phrase and skill
	needYear bool // a year must follow the phrase within 3 tokens ("expected May 2027")
	// lapse marks a credential that is no longer held ("Security+
	// (expired 2020)", "CCNA (2019, lapsed)"): it applies to certifications,
	// degrees and licences only, and may reach past a comma inside a
	// parenthesis opened right after the credential.
	lapse bool
}

var intentCues = []intentCue{
	// Negation: the skill is explicitly absent.
	{"no experience", intentNegation, true, 6, false, false},
	{"no exposure", intentNegation, true, 6, false, false},
	{"no knowledge", intentNegation, true, 6, false, false},
	{"no background", intentNegation, true, 6, false, false},
	{"no formal", intentNegation, true, 4, false, false},
	{"no hands-on", intentNegation, true, 5, false, false},
	{"not familiar", intentNegation, true, 5, false, false},
	{"not proficient", intentNegation, true, 5, false, false},
	{"not certified", intentNegation, true, 4, false, false},
	{"not yet", intentNegation, true, 5, false, false},
	{"not yet", intentNegation, false, 4, false, false},
	{"unfamiliar", intentNegation, true, 4, false, false},
	{"never used", intentNegation, true, 5, false, false},
	{"never worked", intentNegation, true, 6, false, false},
	{"lack", intentNegation, true, 4, false, false},
	{"lacking", intentNegation, true, 4, false, false},
	{"without", intentNegation, true, 2, false, false},
	{"no", intentNegation, true, 0, false, false}, // "No HL7 experience"
	// A hobby is no skill, in any section (issue 5: interests do not count).
	{"for fun", intentNegation, false, 5, false, false}, // "Python notebooks on weekends just for fun"
	{"as a hobby", intentNegation, false, 5, false, false},
	{"hobby project", intentNegation, true, 4, false, false},
	{"hobby projects", intentNegation, true, 4, false, false},
	{"in my spare time", intentNegation, false, 5, false, false},
	{"no production", intentNegation, true, 5, false, false},
	{"no prior", intentNegation, true, 5, false, false},
	{"no direct", intentNegation, true, 5, false, false},
	{"no professional", intentNegation, true, 5, false, false},
	{"no practical", intentNegation, true, 5, false, false},
	{"not worked", intentNegation, true, 6, false, false}, // "have not worked on FHIR"
	{"haven't worked", intentNegation, true, 6, false, false},
	{"not used", intentNegation, true, 4, false, false},
	{"haven't used", intentNegation, true, 4, false, false},
	{"not a", intentNegation, true, 1, false, false}, // "(not a pharmacist license)"
	{"not an", intentNegation, true, 1, false, false},
	{"not pursued", intentNegation, false, 2, false, false}, // "CHCIO: not pursued"
	{"don't write", intentNegation, true, 3, false, false},  // "I don't write SQL myself"
	{"do not write", intentNegation, true, 3, false, false},
	{"don't work", intentNegation, true, 2, false, false}, // "I don't work HL7 messages myself"
	{"don't use", intentNegation, true, 3, false, false},
	{"do not use", intentNegation, true, 3, false, false},
	{"don't do", intentNegation, true, 1, false, false}, // "We don't do HITRUST"
	{"never held", intentNegation, true, 3, false, false},
	{"not the", intentNegation, true, 0, false, false}, // "I write the specs, not the SQL"
	{"not held", intentNegation, false, 2, false, false},
	{"not obtained", intentNegation, false, 2, false, false},
	{"not certified", intentNegation, false, 2, false, false}, // "Epic ClinDoc: not certified"
	// Lapsed credentials: no longer held.
	{phrase: "expired", kind: intentNegation, window: 3, lapse: true},
	{phrase: "lapsed", kind: intentNegation, window: 3, lapse: true},
	{phrase: "inactive", kind: intentNegation, window: 3, lapse: true},
	{phrase: "expired", kind: intentNegation, before: true, window: 1, lapse: true},
	{phrase: "lapsed", kind: intentNegation, before: true, window: 1, lapse: true},
	{phrase: "formerly held", kind: intentNegation, before: true, window: 3, lapse: true},
	// Under way: certifications and degrees go to Result.InProgress.
	{"pursuing", intentProgress, true, 7, false, false},
	{"currently pursuing", intentProgress, true, 7, false, false},
	{"in pursuit of", intentProgress, true, 6, false, false},
	{"studying for", intentProgress, true, 5, false, false},
	{"preparing for", intentProgress, true, 5, false, false},
	{"working toward", intentProgress, true, 6, false, false},
	{"working towards", intentProgress, true, 6, false, false},
	{"enrolled in", intentProgress, true, 7, false, false},
	{"currently enrolled", intentProgress, true, 8, false, false},
	{"candidate for", intentProgress, true, 5, false, false},
	{"registered for", intentProgress, true, 5, false, false},
	{"sitting for", intentProgress, true, 5, false, false},
	{"planning to take", intentProgress, true, 5, false, false},
	{"planning to", intentProgress, true, 10, false, false}, // "Planning to sit for RN-BC after MSN"
	{"candidate", intentProgress, false, 1, false, false},
	{"candidacy", intentProgress, false, 2, false, false},
	{"in progress", intentProgress, false, 6, false, false},
	{"in process", intentProgress, false, 6, false, false},
	{"exam scheduled", intentProgress, false, 5, false, false},
	{"exam booked", intentProgress, false, 5, false, false}, // "| CAHIMS | Exam booked for January 2027 |"
	{"admitted", intentProgress, false, 3, false, false},    // "MBA - admitted, starting Jan 2027"
	{"starting", intentProgress, false, 5, true, false},
	{"booked", intentProgress, false, 5, false, false}, // "PRINCE2 Foundation - booked for January 2027"
	{"booked", intentProgress, true, 4, false, false},  // "booked the PMP exam"
	{"sitting for it", intentProgress, false, 5, false, false},
	{"sitting for", intentProgress, false, 5, false, false},    // "CHDA - sitting for the exam March 2027"
	{"sitting", intentProgress, false, 5, true, false},         // "AIGP | IAPP | sitting Q1 2027"
	{"registered for", intentProgress, false, 5, false, false}, // "FHIR R4 Proficiency exam - registered for the Feb 2027 sitting"
	{"preparing", intentProgress, false, 2, false, false},      // "CISSP - preparing, exam scheduled March 2027"
	{"application submitted", intentProgress, false, 5, false, false},
	{"planned", intentProgress, false, 6, true, false},     // "NEA-BC ... exam planned spring 2027"
	{"sitting the", intentProgress, true, 4, false, false}, // "sitting the CISSP in May"
	{"studying", intentProgress, false, 2, false, false},   // "Security+ - studying"
	{"yet to be taken", intentProgress, false, 6, false, false},
	{"yet to take", intentProgress, true, 5, false, false},
	{"will sit", intentProgress, true, 5, false, false},
	{"scheduled", intentProgress, false, 5, false, false},
	{"exam pending", intentProgress, false, 4, false, false},
	{"pending", intentProgress, false, 2, false, false},
	{"eligible", intentProgress, false, 1, false, false},
	{"expected", intentProgress, false, 8, true, false},
	{"anticipated", intentProgress, false, 8, true, false},
	{"expected", intentProgress, true, 8, true, false},
	// Self-described beginner level.
	{"basic knowledge", intentBeginner, true, 10, false, false},
	{"basic understanding", intentBeginner, true, 10, false, false},
	{"basic proficiency", intentBeginner, true, 10, false, false},
	{"basic familiarity", intentBeginner, true, 10, false, false},
	{"basic experience", intentBeginner, true, 10, false, false},
	{"basics of", intentBeginner, true, 6, false, false},
	{"beginner", intentBeginner, true, 8, false, false},
	{"beginner", intentBeginner, false, 2, false, false},
	{"basic", intentBeginner, false, 1, false, false},
	{"a little", intentBeginner, true, 1, false, false},        // "a little Linux"
	{"teaching myself", intentBeginner, true, 2, false, false}, // "teaching myself Python on weekends"
	{"played with", intentBeginner, true, 6, false, false},     // "played with the free Mirth Connect download"
	{"tinkered with", intentBeginner, true, 6, false, false},
	{"as an end user", intentBeginner, false, 4, false, false}, // "results in the LIS as an end user"
	{"as a regular end user", intentBeginner, false, 4, false, false},
	{"as an end-user", intentBeginner, false, 4, false, false},
	{"end user only", intentBeginner, false, 3, false, false},
	{"theoretical knowledge", intentBeginner, false, 3, false, false},
	{"theoretical knowledge", intentBeginner, true, 6, false, false},
	{"novice", intentBeginner, true, 8, false, false},
	{"novice", intentBeginner, false, 2, false, false},
	{"familiar with", intentBeginner, true, 10, false, false},
	{"familiarity with", intentBeginner, true, 10, false, false},
	{"exposure to", intentBeginner, true, 10, false, false},
	{"some exposure", intentBeginner, true, 10, false, false},
	{"introductory", intentBeginner, true, 6, false, false},
	{"introductory", intentBeginner, false, 2, false, false},
	{"introduction to", intentBeginner, true, 6, false, false},
	{"currently learning", intentBeginner, true, 8, false, false},
	{"learning", intentBeginner, true, 3, false, false},
	{"elementary", intentBeginner, false, 2, false, false},
	{"exposure", intentBeginner, false, 1, false, false}, // "Epic (exposure)"
	{"familiar", intentBeginner, false, 1, false, false},
	{"familiarity", intentBeginner, false, 1, false, false},
	{"learning", intentBeginner, false, 1, false, false},
	// Coursework.
	{"coursework", intentCoursework, true, 10, false, false},
	{"coursework", intentCoursework, false, 6, false, false},
	{"course in", intentCoursework, true, 6, false, false},
	{"course on", intentCoursework, true, 6, false, false},
	{"courses in", intentCoursework, true, 8, false, false},
	{"courses on", intentCoursework, true, 8, false, false},
	{"course", intentCoursework, false, 3, false, false}, // "SQL course"
	{"class", intentCoursework, false, 2, false, false},
	{"class project", intentCoursework, true, 10, false, false},
	{"course project", intentCoursework, true, 10, false, false},
	{"capstone", intentCoursework, true, 10, false, false},
	{"academic project", intentCoursework, true, 10, false, false},
	{"bootcamp", intentCoursework, true, 8, false, false},
	{"bootcamp", intentCoursework, false, 4, false, false},
	{"coursera", intentCoursework, false, 6, false, false},
	{"coursera", intentCoursework, true, 6, false, false},
	{"udemy", intentCoursework, false, 6, false, false},
	{"udemy", intentCoursework, true, 6, false, false},
	{"edx", intentCoursework, true, 6, false, false},
	{"mooc", intentCoursework, true, 6, false, false},
}

// maskPhrases soft-mask their words: none of them is skill evidence on its
// own (honour societies, whose Greek letters collide with PHI and Six
// Sigma; idioms; namesakes of products), though a longer skill form may
// still run through them. "go-live" and "Go to market" need no entry: short
// forms never match inside hyphenated words, and sentence-initial everyday
// words need a cue.
var maskPhrases = []string{
	"phi beta kappa", "phi theta kappa", "phi kappa phi", "sigma theta tau", "alpha omega alpha",
	"beta gamma sigma", "tau beta pi", "alpha sigma nu", "sigma xi", "omicron delta kappa", "psi chi",
	"alpha lambda delta", "phi eta sigma", "beta beta beta", "eta kappa nu", "upsilon pi epsilon",
	"sigma tau delta", "phi alpha theta", "pi alpha alpha", "delta omega", "rho chi", "phi lambda sigma",
	"alpha eta", "kappa delta pi", "pi sigma alpha", "sigma delta pi", "alpha chi", "golden key",
	"national honor society", "sigma theta tau international",
	"rhapsody in blue", "epic fail", "tableau vivant", "kit and caboodle", "go to market",
	"go-to-market", "go/no-go", "go-no-go", "go live", "go-live", "go lives", "go-lives",
	// Names that contain a credential or skill acronym.
	"patch panel", "patch panels", "patch cable", "patch cables", "patch cord", "patch cords",
	"hl7 international", "md anderson", "los angeles", "los alamos", "los gatos", "jd edwards", "san diego", "san francisco",
	"san jose", "san antonio", "san juan",
}

// vetoes mask a word on a line that also names another sense of it:
// "Rhapsody" next to Gershwin is music, not the interface engine.
var vetoes = []struct {
	target string // lower-case token text
	words  []string
}{
	{"rhapsody", []string{"gershwin", "orchestra", "symphony", "piano", "concerto", "music", "musical", "band", "choir", "jazz", "recital", "liszt", "bohemian"}},
	{"sentinel", []string{"event", "events"}},
	{"tableau", []string{"vivant"}},
	{"mirth", []string{"laughter", "joy"}},
}

// domainSignals are health-domain terms. Their distinct count is the
// health-informatics signal used by the in-domain rule.
var domainSignals = []string{
	"ehr", "emr", "electronic health record", "electronic medical record", "hipaa", "clinical", "clinician",
	"patient", "hospital", "health system", "healthcare", "health care", "health plan", "nursing", "nurse",
	"physician", "medical", "medicine", "medicare", "medicaid", "hl7", "fhir", "icd-10", "icd-10-cm", "snomed",
	"loinc", "cpt", "cerner", "meditech", "pharmacy", "payer", "population health", "public health",
	"health information", "health informatics", "clinical informatics", "nursing informatics",
	"care management", "revenue cycle", "ambulatory", "inpatient", "outpatient", "hedis", "telehealth",
	"protected health information", "radiology", "laboratory", "epidemiology", "biostatistics",
	"health it", "hie", "health information exchange", "mychart", "allscripts", "athenahealth",
	"care coordination", "discharge", "diagnosis", "oncology", "cardiology", "emergency department",
	"meaningful use", "onc", "cms", "health", "epic systems", "caregiver",
	// UK and other national health systems.
	"nhs", "nhs trust", "caldicott", "dspt", "data security and protection toolkit", "care quality commission",
	"gp practice", "general practice",
}

// months, lower-case, for masking dates ("Mar 2021" is not MAR).
var months = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true,
	"apr": true, "april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true,
	"aug": true, "august": true, "sep": true, "sept": true, "september": true, "oct": true,
	"october": true, "nov": true, "november": true, "dec": true, "december": true,
	"spring": true, "summer": true, "fall": true, "autumn": true, "winter": true,
}

// usStates are postal codes masked after a city ("Baltimore, MD").
var usStates = map[string]bool{
	"AL": true, "AK": true, "AZ": true, "AR": true, "CA": true, "CO": true, "CT": true, "DE": true,
	"FL": true, "GA": true, "HI": true, "ID": true, "IL": true, "IN": true, "IA": true, "KS": true,
	"KY": true, "LA": true, "ME": true, "MD": true, "MA": true, "MI": true, "MN": true, "MS": true,
	"MO": true, "MT": true, "NE": true, "NV": true, "NH": true, "NJ": true, "NM": true, "NY": true,
	"NC": true, "ND": true, "OH": true, "OK": true, "OR": true, "PA": true, "RI": true, "SC": true,
	"SD": true, "TN": true, "TX": true, "UT": true, "VT": true, "VA": true, "WA": true, "WV": true,
	"WI": true, "WY": true, "DC": true, "PR": true,
}

// honorifics precede names; the token after them is a name.
var honorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "mx": true}

// units follow numbers ("5 mL" is not ML). "hours" is not one: no skill
// is called that, and "within 72 hours" is a breach-notification phrase.
var units = map[string]bool{
	"ml": true, "mg": true, "mcg": true, "kg": true, "g": true, "l": true, "cc": true, "mmhg": true,
	"iu": true, "meq": true, "mmol": true, "pm": true, "am": true,
	"p.m": true, "a.m": true, "min": true, "mins": true,
}

// commonWords are exact forms that are also everyday English. At the start
// of a sentence, followed by a lower-case word ("Go to the ...", "Epic
// effort ..."), they count only with one of the skill's cues.
var commonWords = map[string]bool{
	"go": true, "epic": true, "spark": true, "access": true, "excel": true, "word": true,
	"project": true, "teams": true, "cadence": true, "beacon": true, "willow": true, "radiant": true,
	"prelude": true, "tapestry": true, "haiku": true, "canto": true, "rover": true, "cupid": true,
	"beaker": true, "stork": true, "clarity": true, "bridges": true, "sunrise": true, "expanse": true,
	"magic": true, "ensemble": true, "iris": true, "rhapsody": true, "sentinel": true, "defender": true,
	"falcon": true, "snowflake": true, "looker": true, "airflow": true, "tableau": true, "mirth": true,
}

// maskCandidate holds every word a masking rule looks at, so most tokens
// are passed over with one map lookup.
var maskCandidate = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{units, months, honorifics} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// peopleNouns fill the {people} placeholder of forms ("lead {n}
// {people}"): staff a person can lead or manage, singular and plural.
var peopleNouns = []string{
	"engineers", "analysts", "nurses", "staff", "specialists", "technicians", "developers", "informaticists",
	"informaticians", "pharmacists", "physicians", "managers", "employees", "people", "ftes", "fte", "reports",
	"consultants", "trainers", "members", "scientists", "architects", "administrators", "coordinators",
	"clinicians", "professionals", "associates", "agents", "contractors", "leads", "officers", "auditors",
	"educators", "programmers", "testers", "designers", "builders", "colleagues", "personnel", "practitioners",
	"therapists", "coders", "abstractors", "investigators", "interns", "accountants", "supervisors",
	"directors", "instructors", "representatives", "reps", "staffers", "teammates", "workers",
}

// numberWords fill the {n} placeholder besides digits.
var numberWords = []string{
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
	"fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
	"fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "several", "multiple",
}

// activityWords name work done on a thing: a form that is another skill's
// form plus only these words ("order set build", "interface testing")
// shows that skill too.
var activityWords = []string{
	"build", "builds", "building", "builder", "design", "testing", "tests", "support", "governance",
	"optimization", "optimisation", "implementation", "implementations", "migration", "upgrade",
	"upgrades", "training", "configuration", "maintenance", "development", "administration",
	"analyst", "analysts", "specialist", "team", "work", "project", "projects", "rollout", "redesign",
	"review", "reviews", "standardization", "standardisation", "validation",
}
