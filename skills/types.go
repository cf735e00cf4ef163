// Package skills holds rolefit's vocabulary: the skills it can recognise in a
// résumé and the health-informatics roles it scores against. It is data, with
// just enough code to load, validate and export it. The default vocabulary is
// embedded from vocab.toml; staff may supply their own file with the same
// shape (see Load).
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
}

// Role is one career scored by rolefit.
type Role struct {
	ID          string `toml:"id" json:"id"`
	Title       string `toml:"title" json:"title"`
	Description string `toml:"description" json:"description"`
	ONet        string `toml:"onet" json:"onet,omitempty"`
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
