package matcher

// Result is the analysis of one résumé against every role of a vocabulary.
// Its JSON shape is a stable interface: fields may be added, never renamed.
//
// The API (implemented in this package):
//
//	func Compile(v *skills.Vocabulary) (*Matcher, error) // once, at start-up; safe for concurrent use
//	func (m *Matcher) Match(text string) *Result          // text: "\n"-separated résumé lines
type Result struct {
	ModelVersion string      `json:"model_version"`
	Roles        []RoleScore `json:"roles"`  // sorted by score desc, then id
	Skills       []Found     `json:"skills"` // every skill found, sorted by id
	// InDomain is false when no role reaches the in-domain threshold and the
	// health-informatics signal is weak; DomainReason says why in one line.
	InDomain          bool     `json:"in_domain"`
	DomainReason      string   `json:"domain_reason,omitempty"`
	Seniority         string   `json:"seniority"` // junior, mid, senior
	SeniorityEvidence []string `json:"seniority_evidence"`
	// InProgress lists certifications or degrees the résumé says are under
	// way (not held, not missing), by skill id, sorted.
	InProgress []Found `json:"in_progress,omitempty"`
}

// RoleScore is the fit of a résumé to one role.
type RoleScore struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Score   int     `json:"score"` // 0..100, 100 a full fit (FullFitShare)
	Band    string  `json:"band"`  // strong, good, partial, weak
	Matched []Match `json:"matched"`
	Missing []Gap   `json:"missing"` // required first, heavier first, then id
	// RequiredCoverage is the strength-weighted share (0..100) of the
	// role's required weight that the résumé shows.
	RequiredCoverage int `json:"required_coverage"`
	// Capped is set when Score was limited because RequiredCoverage was
	// below MinRequiredCoverage (see the package documentation).
	Capped bool `json:"capped,omitempty"`
	// Titled is set when the résumé's most recent job title names this
	// role (skills.Role.Titles) and TitleBonus was added to the score.
	Titled bool `json:"titled,omitempty"`
}

// Match is a role skill found in the résumé.
type Match struct {
	ID         string     `json:"id"`
	Skill      string     `json:"skill"`
	Importance string     `json:"importance"` // required or preferred
	Weight     int        `json:"weight"`
	Evidence   []Evidence `json:"evidence"`
	// Strength is the strongest evidence strength, which set the credit.
	Strength string `json:"strength,omitempty"`
}

// Gap is a role skill not found.
type Gap struct {
	ID         string `json:"id"`
	Skill      string `json:"skill"`
	Importance string `json:"importance"`
	Weight     int    `json:"weight"`
	// InProgress is set when the résumé says this credential is under way
	// ("PMP exam scheduled", "MS expected 2027").
	InProgress bool `json:"in_progress,omitempty"`
	// Closes lists certifications (skill ids) that would close the gap,
	// copied from the vocabulary.
	Closes []string `json:"closes,omitempty"`
}

// Found is a skill found anywhere in the résumé.
type Found struct {
	ID       string     `json:"id"`
	Skill    string     `json:"skill"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence is a résumé line that proves a skill.
type Evidence struct {
	Line    int    `json:"line"`    // 1-based line number in the extracted text
	Text    string `json:"text"`    // the line, trimmed
	Section string `json:"section"` // summary, experience, skills, education, ... or "" when none
	// Strength is how strongly the line shows the skill: "applied" (a bullet
	// describing work done), "listed" (a skills list or bare mention),
	// "coursework" or "beginner" (counted for less), or "in_progress" (in
	// Result.InProgress: a credential under way, not counted).
	Strength string `json:"strength,omitempty"`
}
