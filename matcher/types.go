package matcher

// Result is the analysis of one résumé against every role of a vocabulary.
// Its JSON shape is a stable interface: fields may be added, never renamed.
type Result struct {
	Roles  []RoleScore `json:"roles"`  // sorted by score desc, then id
	Skills []Found     `json:"skills"` // every skill found, sorted by id
}

// RoleScore is the fit of a résumé to one role.
type RoleScore struct {
	ID      string  `json:"id"`
	Title   string  `json:"title"`
	Score   int     `json:"score"` // 0..100
	Band    string  `json:"band"`  // strong, good, partial, weak
	Matched []Match `json:"matched"`
	Missing []Gap   `json:"missing"` // required first, heavier first, then id
}

// Match is a role skill found in the résumé.
type Match struct {
	ID         string     `json:"id"`
	Skill      string     `json:"skill"`
	Importance string     `json:"importance"` // required or preferred
	Weight     int        `json:"weight"`
	Evidence   []Evidence `json:"evidence"`
}

// Gap is a role skill not found.
type Gap struct {
	ID         string `json:"id"`
	Skill      string `json:"skill"`
	Importance string `json:"importance"`
	Weight     int    `json:"weight"`
}

// Found is a skill found anywhere in the résumé.
type Found struct {
	ID       string     `json:"id"`
	Skill    string     `json:"skill"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence is a résumé line that proves a skill.
type Evidence struct {
	Line int    `json:"line"` // 1-based line number in the extracted text
	Text string `json:"text"` // the line, trimmed
}
