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
}

var intentCues = []intentCue{
	// Negation: the skill is explicitly absent.
	{"no experience", intentNegation, true, 6, false},
	{"no exposure", intentNegation, true, 6, false},
	{"no knowledge", intentNegation, true, 6, false},
	{"no background", intentNegation, true, 6, false},
	{"no formal", intentNegation, true, 4, false},
	{"no hands-on", intentNegation, true, 5, false},
	{"not familiar", intentNegation, true, 5, false},
	{"not proficient", intentNegation, true, 5, false},
	{"not certified", intentNegation, true, 4, false},
	{"not yet", intentNegation, true, 5, false},
	{"not yet", intentNegation, false, 4, false},
	{"unfamiliar", intentNegation, true, 4, false},
	{"never used", intentNegation, true, 5, false},
	{"never worked", intentNegation, true, 6, false},
	{"lack", intentNegation, true, 4, false},
	{"lacking", intentNegation, true, 4, false},
	{"without", intentNegation, true, 2, false},
	{"no", intentNegation, true, 0, false}, // "No HL7 experience"
	// Under way: certifications and degrees go to Result.InProgress.
	{"pursuing", intentProgress, true, 7, false},
	{"currently pursuing", intentProgress, true, 7, false},
	{"in pursuit of", intentProgress, true, 6, false},
	{"studying for", intentProgress, true, 5, false},
	{"preparing for", intentProgress, true, 5, false},
	{"working toward", intentProgress, true, 6, false},
	{"working towards", intentProgress, true, 6, false},
	{"enrolled in", intentProgress, true, 7, false},
	{"currently enrolled", intentProgress, true, 8, false},
	{"candidate for", intentProgress, true, 5, false},
	{"registered for", intentProgress, true, 5, false},
	{"sitting for", intentProgress, true, 5, false},
	{"planning to take", intentProgress, true, 5, false},
	{"candidate", intentProgress, false, 1, false},
	{"candidacy", intentProgress, false, 2, false},
	{"in progress", intentProgress, false, 6, false},
	{"in process", intentProgress, false, 6, false},
	{"exam scheduled", intentProgress, false, 5, false},
	{"scheduled", intentProgress, false, 5, false},
	{"exam pending", intentProgress, false, 4, false},
	{"pending", intentProgress, false, 2, false},
	{"eligible", intentProgress, false, 1, false},
	{"expected", intentProgress, false, 8, true},
	{"anticipated", intentProgress, false, 8, true},
	{"expected", intentProgress, true, 8, true},
	// Self-described beginner level.
	{"basic knowledge", intentBeginner, true, 10, false},
	{"basic understanding", intentBeginner, true, 10, false},
	{"basic proficiency", intentBeginner, true, 10, false},
	{"basic familiarity", intentBeginner, true, 10, false},
	{"basic experience", intentBeginner, true, 10, false},
	{"basics of", intentBeginner, true, 6, false},
	{"beginner", intentBeginner, true, 8, false},
	{"beginner", intentBeginner, false, 2, false},
	{"basic", intentBeginner, false, 1, false},
	{"novice", intentBeginner, true, 8, false},
	{"novice", intentBeginner, false, 2, false},
	{"familiar with", intentBeginner, true, 10, false},
	{"familiarity with", intentBeginner, true, 10, false},
	{"exposure to", intentBeginner, true, 10, false},
	{"some exposure", intentBeginner, true, 10, false},
	{"introductory", intentBeginner, true, 6, false},
	{"introductory", intentBeginner, false, 2, false},
	{"introduction to", intentBeginner, true, 6, false},
	{"currently learning", intentBeginner, true, 8, false},
	{"learning", intentBeginner, true, 3, false},
	{"elementary", intentBeginner, false, 2, false},
	{"exposure", intentBeginner, false, 1, false}, // "Epic (exposure)"
	{"familiar", intentBeginner, false, 1, false},
	{"familiarity", intentBeginner, false, 1, false},
	{"learning", intentBeginner, false, 1, false},
	// Coursework.
	{"coursework", intentCoursework, true, 10, false},
	{"coursework", intentCoursework, false, 6, false},
	{"course in", intentCoursework, true, 6, false},
	{"course on", intentCoursework, true, 6, false},
	{"courses in", intentCoursework, true, 8, false},
	{"courses on", intentCoursework, true, 8, false},
	{"course", intentCoursework, false, 3, false}, // "SQL course"
	{"class", intentCoursework, false, 2, false},
	{"class project", intentCoursework, true, 10, false},
	{"course project", intentCoursework, true, 10, false},
	{"capstone", intentCoursework, true, 10, false},
	{"academic project", intentCoursework, true, 10, false},
	{"bootcamp", intentCoursework, true, 8, false},
	{"bootcamp", intentCoursework, false, 4, false},
	{"coursera", intentCoursework, false, 6, false},
	{"coursera", intentCoursework, true, 6, false},
	{"udemy", intentCoursework, false, 6, false},
	{"udemy", intentCoursework, true, 6, false},
	{"edx", intentCoursework, true, 6, false},
	{"mooc", intentCoursework, true, 6, false},
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
	"md anderson", "los angeles", "los alamos", "los gatos", "jd edwards", "san diego", "san francisco",
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
