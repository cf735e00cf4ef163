// Package skills holds rolefit's vocabulary: the skills it can recognise in a
// résumé and the health-informatics roles it scores against. It is data, with
// just enough code to load, validate and export it. The default vocabulary is
// embedded from vocab.toml; staff may supply their own file with the same
// shape (see Load).
//
// The API:
//
//	Default() *Vocabulary                            // the embedded vocabulary, parsed once
//	EmbeddedTOML() []byte                            // its source, commented for editors
//	Load(name string, data []byte) (*Vocabulary, error) // parse + validate; errors are Diagnostics
//	Check(name string, data []byte) Diagnostics      // every error and warning, file:line:col
//	Export(w io.Writer, v *Vocabulary) error         // commented TOML that Load reads back
//	(*Vocabulary).Skill(id), (*Vocabulary).Role(id)  // lookups
//
// Load sets Hash (hex SHA-256 of the bytes) and Source, and orders each
// role's Required and Preferred by weight (heavier first), then id, so TOML
// key order never matters. Validation rejects syntax errors, unknown fields,
// missing ids, names or titles, duplicate skill or role ids, ids that are not
// kebab-case, unknown kinds, a surface form claimed by two skills (forms
// compared lower-cased with spaces collapsed; exact forms case-sensitively),
// unknown skill ids in roles or in closes, weights outside 1..5 and roles
// without required skills. It warns about unused skills, skills without
// forms and roles with fewer than three required skills.
//
// Cues apply to every form of a skill, so a cued skill lists its own
// unambiguous phrases among its cues ("Mirth Connect" is both a form and a
// cue of mirth-connect): they then count wherever they appear, while the bare
// ambiguous token ("Mirth") needs context.
package skills

// Vocabulary is a complete, validated set of skills and roles.
type Vocabulary struct {
	// Name and Version identify the vocabulary in JSON output, so scores from
	// different vocabularies are never mixed unknowingly.
	Name    string `toml:"name" json:"name"`
	Version string `toml:"version" json:"version"`
	// Hash is the hex SHA-256 of the source bytes, set by Load.
	Hash string `toml:"-" json:"hash"`
	// Source is the file name the vocabulary was loaded from ("embedded" for
	// the built-in one), set by Load.
	Source string  `toml:"-" json:"source"`
	Skills []Skill `toml:"skill" json:"skills"`
	Roles  []Role  `toml:"role" json:"roles"`
}

// Skill is one recognisable skill, tool, standard, certification, degree or
// licence.
type Skill struct {
	ID   string `toml:"id" json:"id"`
	Name string `toml:"name" json:"name"`
	// Kind is one of "skill", "tool", "standard", "certification", "degree",
	// "license".
	Kind string `toml:"kind" json:"kind"`
	// Forms are surface forms matched case-insensitively after
	// normalisation and stemming, as whole token sequences ("clinical
	// decision support", "HL7", "Oracle Health").
	Forms []string `toml:"forms" json:"forms"`
	// Exact are surface forms matched case-sensitively and unstemmed, for
	// short acronyms whose case carries meaning ("R", "Go", "SAS", "Epic").
	Exact []string `toml:"exact" json:"exact,omitempty"`
	// Cues, when set, make the skill ambiguous: a match counts only if one of
	// these words or phrases (matched like Forms) appears in the same line or
	// bullet, or the match is in a skills list.
	Cues []string `toml:"cues" json:"cues,omitempty"`
	// Closes names certifications (skill ids) that would close this gap; used
	// in gap advice.
	Closes []string `toml:"closes" json:"closes,omitempty"`
	// Implies names skills (ids) that every mention of this one also
	// shows: "Epic Bridges" (epic-bridges) is work in Epic (epic), so a
	// longer, more specific form does not hide the broader skill it
	// contains. The implied skill gets the same line and strength.
	Implies []string `toml:"implies" json:"implies,omitempty"`
	// Generic marks a skill any office job shows (Excel, team leadership,
	// budgets, project management): it counts towards role scores but is
	// no sign of health-informatics work, so the in-domain rule leaves it
	// out of its count of practical skills.
	Generic bool `toml:"generic" json:"generic,omitempty"`
}

// Role is one career scored by rolefit.
type Role struct {
	ID          string `toml:"id" json:"id"`
	Title       string `toml:"title" json:"title"`
	Description string `toml:"description" json:"description"`
	ONet        string `toml:"onet" json:"onet,omitempty"`
	// Titles are job titles that name this role ("clinical systems
	// analyst", "CMIO"), matched like forms on the résumé's own job-title
	// lines. The role named by the most recent such title gains a small
	// bonus (matcher.TitleBonus), enough to decide a near tie.
	Titles []string `toml:"titles" json:"titles,omitempty"`
	// Required and Preferred map skill ids to weights (1..5). They are kept
	// in a deterministic order by Load: heavier first, then by id.
	Required  []Weighted `toml:"-" json:"required"`
	Preferred []Weighted `toml:"-" json:"preferred"`
}

// Weighted is a skill id with its weight within a role.
type Weighted struct {
	Skill  string `json:"skill"`
	Weight int    `json:"weight"`
}

// Weight bounds, inclusive.
const (
	MinWeight = 1
	MaxWeight = 5
)
