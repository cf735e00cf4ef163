package skills

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

//go:embed vocab.toml
var embeddedTOML []byte

// EmbeddedName is the Source of the built-in vocabulary.
const EmbeddedName = "embedded"

var (
	defaultOnce sync.Once
	defaultVoc  *Vocabulary
)

// Default returns the built-in vocabulary, parsed once. The embedded file is
// checked by the package tests, so a failure here is a build defect and
// panics.
func Default() *Vocabulary {
	defaultOnce.Do(func() {
		// vocab_gen.go holds the same vocabulary as Go data (checked by
		// TestGenerated); parsing the TOML takes longer than the rest of
		// start-up, so it is used whenever it matches the embedded file.
		sum := sha256.Sum256(embeddedTOML)
		if h := hex.EncodeToString(sum[:]); h == genHash {
			v := *genVoc
			v.Hash, v.Source = h, EmbeddedName
			defaultVoc = &v
			return
		}
		v, err := Load(EmbeddedName, embeddedTOML)
		if err != nil {
			panic("skills: embedded vocabulary is invalid:\n" + err.Error())
		}
		defaultVoc = v
	})
	return defaultVoc
}

// EmbeddedTOML returns a copy of the built-in vocabulary file.
func EmbeddedTOML() []byte {
	return append([]byte(nil), embeddedTOML...)
}

// Skill returns the skill with the given id.
func (v *Vocabulary) Skill(id string) (*Skill, bool) {
	if v == nil {
		return nil, false
	}
	for i := range v.Skills {
		if v.Skills[i].ID == id {
			return &v.Skills[i], true
		}
	}
	return nil, false
}

// Role returns the role with the given id.
func (v *Vocabulary) Role(id string) (*Role, bool) {
	if v == nil {
		return nil, false
	}
	for i := range v.Roles {
		if v.Roles[i].ID == id {
			return &v.Roles[i], true
		}
	}
	return nil, false
}

// Load parses and validates a vocabulary file. name is used in diagnostics
// and stored as Source. On failure the error is a Diagnostics value holding
// every error (warnings do not make Load fail; use Check to see them).
func Load(name string, data []byte) (*Vocabulary, error) {
	v, ds := parse(name, data)
	if ds.HasErrors() {
		return nil, ds.Errors()
	}
	return v, nil
}

// Check parses and validates a vocabulary file and returns every error and
// warning, sorted by position. An empty result means the file is clean.
func Check(name string, data []byte) Diagnostics {
	_, ds := parse(name, data)
	return ds
}

// Kinds are the allowed values of Skill.Kind.
var Kinds = []string{"skill", "tool", "standard", "certification", "degree", "license"}

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Field names, for "unknown field" hints.
var (
	topFields   = []string{"name", "version", "skill", "role"}
	skillFields = []string{"id", "name", "kind", "forms", "exact", "cues", "closes", "implies", "generic"}
	roleFields  = []string{"id", "title", "description", "onet", "titles", "required", "preferred"}
)

// rawFile is the decoding target; roles keep their weight tables as
// primitives so that TOML key order never matters and bad weights are
// reported per key.
type rawFile struct {
	Name    string    `toml:"name"`
	Version string    `toml:"version"`
	Skills  []Skill   `toml:"skill"`
	Roles   []rawRole `toml:"role"`
}

type rawRole struct {
	ID          string                    `toml:"id"`
	Title       string                    `toml:"title"`
	Description string                    `toml:"description"`
	ONet        string                    `toml:"onet"`
	Titles      []string                  `toml:"titles"`
	Required    map[string]toml.Primitive `toml:"required"`
	Preferred   map[string]toml.Primitive `toml:"preferred"`
}

// checker accumulates diagnostics for one file.
type checker struct {
	file string
	src  *srcMap
	ds   Diagnostics
	// referenced holds every skill id named in a role table, including
	// entries rejected for a bad weight, so they are not also reported as
	// unused.
	referenced map[string]bool
}

func (c *checker) add(sev string, line, col int, hint, format string, args ...any) {
	c.ds = append(c.ds, Diagnostic{File: c.file, Line: line, Col: col, Severity: sev,
		Msg: fmt.Sprintf(format, args...), Hint: hint})
}

func (c *checker) errAt(line, col int, hint, format string, args ...any) {
	c.add(SeverityError, line, col, hint, format, args...)
}

func (c *checker) warnAt(line, col int, hint, format string, args ...any) {
	c.add(SeverityWarning, line, col, hint, format, args...)
}

func parse(name string, data []byte) (v *Vocabulary, ds Diagnostics) {
	defer func() {
		// The TOML decoder is well tested, but a vocabulary comes from
		// users: never let a panic escape.
		if r := recover(); r != nil {
			v = nil
			ds = Diagnostics{{File: name, Line: 1, Col: 1, Severity: SeverityError,
				Msg: fmt.Sprintf("cannot read vocabulary: %v", r)}}
		}
	}()
	c := &checker{file: name, referenced: map[string]bool{}}
	var raw rawFile
	md, err := toml.Decode(string(data), &raw)
	if err != nil {
		c.decodeError(err, data)
		return nil, c.ds
	}
	c.src = newSrcMap(string(data))

	// Weights are decoded per key so that one bad value names its key.
	type weights struct{ req, pref []Weighted }
	ws := make([]weights, len(raw.Roles))
	for i, r := range raw.Roles {
		ws[i].req = c.decodeWeights(md, i, "required", r.Required)
		ws[i].pref = c.decodeWeights(md, i, "preferred", r.Preferred)
	}
	c.unknownFields(md)
	if c.fieldCase(md) {
		// Which of two case variants the decoder kept is not defined:
		// check no further, so the report is the same every run.
		sortDiagnostics(c.ds)
		return nil, c.ds
	}

	for i := range raw.Skills {
		s := &raw.Skills[i]
		s.Forms, s.Exact, s.Cues, s.Closes = nilIfEmpty(s.Forms), nilIfEmpty(s.Exact), nilIfEmpty(s.Cues), nilIfEmpty(s.Closes)
		s.Implies = nilIfEmpty(s.Implies)
	}
	v = &Vocabulary{
		Name:    raw.Name,
		Version: raw.Version,
		Source:  name,
		Skills:  raw.Skills,
	}
	sum := sha256.Sum256(data)
	v.Hash = hex.EncodeToString(sum[:])
	for i, r := range raw.Roles {
		v.Roles = append(v.Roles, Role{ID: r.ID, Title: r.Title, Description: r.Description,
			ONet: r.ONet, Titles: nilIfEmpty(r.Titles), Required: ws[i].req, Preferred: ws[i].pref})
	}
	c.validate(v)
	sortDiagnostics(c.ds)
	return v, c.ds
}

// decodeError turns a TOML decoding error into a diagnostic.
func (c *checker) decodeError(err error, data []byte) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		line, col := pe.Position.Line, pe.Position.Col
		if line < 1 {
			line = 1
		}
		if col < 1 {
			col = colOf(data, pe.Position.Start, line)
		}
		c.errAt(line, col, "fix the TOML syntax; strings need double quotes and lists need [ ]",
			"TOML syntax: %s", pe.Message)
		return
	}
	// Type mismatches ("forms" given as a string, say) are not ParseErrors;
	// the message names the key, which we locate in the source.
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	line, col := 1, 1
	src := newSrcMap(string(data))
	if k := lastKeyIn(msg); k != "" {
		for _, sk := range src.keys {
			full := sk.key
			if sk.table != "" {
				full = sk.table + "." + sk.key
			}
			if full == k || sk.key == k {
				line, col = sk.line, sk.col
				break
			}
		}
	}
	if k := lastKeyIn(msg); k != "" {
		if i := strings.Index(msg, "): "); i >= 0 {
			msg = fmt.Sprintf("wrong type for %q: %s", k, strings.TrimPrefix(msg[i+3:], "incompatible types: "))
		}
	}
	c.errAt(line, col, "check the value's type: forms, exact, cues, closes and implies are lists of strings; weights are whole numbers",
		"%s", msg)
}

// lastKeyIn extracts the key from messages like
// `line 3 (last key "skill.forms"): incompatible types: ...`.
func lastKeyIn(msg string) string {
	const marker = `last key "`
	i := strings.Index(msg, marker)
	if i < 0 {
		return ""
	}
	rest := msg[i+len(marker):]
	if j := strings.IndexByte(rest, '"'); j >= 0 {
		return rest[:j]
	}
	return ""
}

// colOf converts a byte offset to a 1-based column on the given line.
func colOf(data []byte, offset, line int) int {
	if offset < 0 || offset > len(data) {
		return 1
	}
	start := 0
	for l := 1; l < line && start < len(data); l++ {
		i := strings.IndexByte(string(data[start:]), '\n')
		if i < 0 {
			break
		}
		start += i + 1
	}
	if offset < start {
		return 1
	}
	return offset - start + 1
}

func (c *checker) decodeWeights(md toml.MetaData, role int, table string, m map[string]toml.Primitive) []Weighted {
	var out []Weighted
	for id, p := range m {
		c.referenced[id] = true
		var w int64
		if err := md.PrimitiveDecode(p, &w); err != nil {
			l, col := c.weightPos(table, role, id)
			c.errAt(l, col, "write the weight as a whole number from 1 to 5, e.g. sql = 3",
				"weight of %q in [role.%s] is not a whole number", id, table)
			continue
		}
		if w < MinWeight || w > MaxWeight {
			l, col := c.weightPos(table, role, id)
			c.errAt(l, col, "use 5 for essential, 3 for important, 1 for nice to have",
				"weight %d of %q in [role.%s] is out of range %d..%d", w, id, table, MinWeight, MaxWeight)
			continue
		}
		out = append(out, Weighted{Skill: id, Weight: int(w)})
	}
	sortWeighted(out)
	return out
}

// sortWeighted orders heavier first, then by id.
func sortWeighted(ws []Weighted) {
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].Weight != ws[j].Weight {
			return ws[i].Weight > ws[j].Weight
		}
		return ws[i].Skill < ws[j].Skill
	})
}

// unknownFields reports keys the decoder did not use.
func (c *checker) unknownFields(md toml.MetaData) {
	seen := map[[2]int]bool{}
	for _, k := range md.Undecoded() {
		if len(k) == 0 {
			continue
		}
		table := strings.Join(k[:len(k)-1], ".")
		field := k[len(k)-1]
		where, known := "at the top level", topFields
		switch table {
		case "skill":
			where, known = "in [[skill]]", skillFields
		case "role":
			where, known = "in [[role]]", roleFields
		case "":
		default:
			// Keys inside an unknown table: the table itself is
			// reported (below, via its header).
			where, known = "in ["+table+"]", nil
		}
		hint := "remove it or fix the spelling"
		if known != nil {
			hint += "; known fields: " + strings.Join(known, ", ")
		}
		found := false
		for _, sk := range c.src.keys {
			if known == nil {
				break
			}
			if sk.table == table && sk.key == field {
				found = true
				pos := [2]int{sk.line, sk.col}
				if !seen[pos] {
					seen[pos] = true
					c.errAt(sk.line, sk.col, hint, "unknown field %q %s", field, where)
				}
			}
		}
		for _, h := range c.src.headers {
			if h.table == strings.Join(k, ".") {
				found = true
				pos := [2]int{h.line, h.col}
				if !seen[pos] {
					seen[pos] = true
					c.errAt(h.line, h.col, "remove it or fix the spelling", "unknown table [%s]", h.table)
				}
			}
		}
		if !found && known != nil {
			// Inline tables: report once, without a precise position.
			pos := [2]int{1, 1}
			if !seen[pos] {
				seen[pos] = true
				c.errAt(1, 1, hint, "unknown field %q %s", field, where)
			}
		}
	}
}

// fieldCase reports field and table names written in the wrong case
// ("Name", "[[Skill]]"). The TOML decoder matches them to fields without
// regard to case, so without this check "[[Skill]]" and "[[skill]]" in one
// file would both feed the same list and one would win at random.
func (c *checker) fieldCase(md toml.MetaData) bool {
	seen := map[[2]int]bool{}
	for _, k := range md.Keys() {
		for depth := 0; depth < len(k) && depth < 2; depth++ {
			want := caseFix(k[depth], knownFields(k[:depth]))
			if want == "" {
				continue
			}
			at := c.src.namePositions(strings.Join(k[:depth], "."), k[depth])
			if len(at) == 0 {
				at = [][2]int{{1, 1}} // an inline table: no precise position
			}
			for _, pos := range at {
				if !seen[pos] {
					seen[pos] = true
					c.errAt(pos[0], pos[1], "field and table names are case-sensitive and written in lower case, as in `rolefit vocab export`",
						"%q should be written %q", k[depth], want)
				}
			}
		}
	}
	return len(seen) > 0
}

// knownFields are the field names allowed under path: the top level, a
// [[skill]] or a [[role]] (matched without regard to case, as the decoder
// does).
func knownFields(path []string) []string {
	switch {
	case len(path) == 0:
		return topFields
	case strings.EqualFold(path[0], "skill"):
		return skillFields
	case strings.EqualFold(path[0], "role"):
		return roleFields
	}
	return nil
}

// caseFix returns the known field that name spells in another case, or "".
func caseFix(name string, known []string) string {
	for _, f := range known {
		if name != f && strings.EqualFold(name, f) {
			return f
		}
	}
	return ""
}

// checkID reports a missing, malformed or repeated id of element i of a
// [[skill]] or [[role]] table; seen maps ids to their first element.
func (c *checker) checkID(table string, i int, id string, seen map[string]int, example string) {
	if id == "" {
		l, col := c.src.elementPos(table, i)
		c.errAt(l, col, `add id = "some-id" (lower-case words joined by hyphens)`, "%s has no id", table)
		return
	}
	if !idRE.MatchString(id) {
		l, col := c.src.valuePos(table, i, "id", id)
		c.errAt(l, col, fmt.Sprintf("use lower-case letters, digits and single hyphens, e.g. %q", example),
			"%s id %q is not kebab-case", table, id)
	}
	if first, dup := seen[id]; dup {
		l, col := c.src.valuePos(table, i, "id", id)
		fl, _ := c.src.elementPos(table, first)
		c.errAt(l, col, "give each "+table+" its own id, or merge the two entries",
			"duplicate %s id %q (first defined at line %d)", table, id, fl)
		return
	}
	seen[id] = i
}

// normForm normalises a case-insensitive surface form for duplicate checks:
// lower case, spaces collapsed.
func normForm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

func (c *checker) validate(v *Vocabulary) {
	if strings.TrimSpace(v.Name) == "" {
		c.errAt(1, 1, `add a line such as name = "my-vocabulary" at the top`, "vocabulary has no name")
	}
	if strings.TrimSpace(v.Version) == "" {
		c.warnAt(1, 1, `add a line such as version = "1.0.0" at the top`, "vocabulary has no version")
	}

	// Skills.
	skillAt := map[string]int{} // id -> first index
	formOwner := map[string]int{}
	exactOwner := map[string]int{}
	for i := range v.Skills {
		s := &v.Skills[i]
		c.checkID("skill", i, s.ID, skillAt, "power-bi")
		label := s.ID
		if label == "" {
			label = fmt.Sprintf("#%d", i+1)
		}
		if strings.TrimSpace(s.Name) == "" {
			l, col := c.src.elementPos("skill", i)
			c.errAt(l, col, `add name = "..." with the name shown in reports`, "skill %q has no name", label)
		}
		if !contains(Kinds, s.Kind) {
			l, col := c.src.valuePos("skill", i, "kind", s.Kind)
			if s.Kind == "" {
				l, col = c.src.elementPos("skill", i)
			}
			c.errAt(l, col, "kind must be one of: "+strings.Join(Kinds, ", "),
				"skill %q has bad kind %q", label, s.Kind)
		}
		if len(s.Forms) == 0 && len(s.Exact) == 0 {
			l, col := c.src.elementPos("skill", i)
			c.warnAt(l, col, "add forms = [\"...\"] with the words a résumé would use",
				"skill %q has no forms and can never be found", label)
		}
		for _, list := range []struct {
			key   string
			items []string
		}{{"forms", s.Forms}, {"exact", s.Exact}, {"cues", s.Cues}, {"closes", s.Closes}, {"implies", s.Implies}} {
			for _, f := range list.items {
				if strings.TrimSpace(f) == "" {
					l, col := c.src.valuePos("skill", i, list.key, f)
					c.errAt(l, col, "remove the empty string", "skill %q has an empty entry in %s", label, list.key)
				}
			}
		}
		c.claimForms(v, i, label, "forms", "form", s.Forms, normForm, formOwner)
		c.claimForms(v, i, label, "exact", "exact form", s.Exact, func(f string) string {
			return strings.Join(strings.Fields(f), " ")
		}, exactOwner)
	}
	for i := range v.Skills {
		s := &v.Skills[i]
		for _, id := range s.Closes {
			if id == "" {
				continue
			}
			if _, ok := skillAt[id]; !ok {
				l, col := c.src.valuePos("skill", i, "closes", id)
				c.errAt(l, col, "add it under [[skill]] or fix the spelling",
					"skill %q: closes names unknown skill %q", s.ID, id)
			}
		}
		for _, id := range s.Implies {
			if id == "" {
				continue
			}
			if id == s.ID {
				l, col := c.src.valuePos("skill", i, "implies", id)
				c.errAt(l, col, "remove it: a skill always shows itself",
					"skill %q implies itself", s.ID)
				continue
			}
			if _, ok := skillAt[id]; !ok {
				l, col := c.src.valuePos("skill", i, "implies", id)
				c.errAt(l, col, "add it under [[skill]] or fix the spelling",
					"skill %q: implies names unknown skill %q", s.ID, id)
			}
		}
	}

	// Roles.
	roleAt := map[string]int{}
	used := map[string]bool{}
	for i := range v.Roles {
		r := &v.Roles[i]
		label := r.ID
		if label == "" {
			label = fmt.Sprintf("#%d", i+1)
		}
		c.checkID("role", i, r.ID, roleAt, "privacy-officer")
		if strings.TrimSpace(r.Title) == "" {
			l, col := c.src.elementPos("role", i)
			c.errAt(l, col, `add title = "..." with the role's display name`, "role %q has no title", label)
		}
		for _, t := range r.Titles {
			if strings.TrimSpace(t) == "" {
				l, col := c.src.valuePos("role", i, "titles", t)
				c.errAt(l, col, `write each job title in titles, e.g. titles = ["clinical systems analyst"]`,
					"role %q lists an empty job title in titles", label)
			}
		}
		inReq := map[string]bool{}
		for _, table := range []struct {
			name string
			ws   []Weighted
		}{{"required", r.Required}, {"preferred", r.Preferred}} {
			for _, w := range table.ws {
				used[w.Skill] = true
				if _, ok := skillAt[w.Skill]; !ok {
					l, col := c.weightPos(table.name, i, w.Skill)
					c.errAt(l, col, "add it under [[skill]] or fix the spelling",
						"role %q: unknown skill %q in [role.%s]", label, w.Skill, table.name)
				}
				if table.name == "required" {
					inReq[w.Skill] = true
				} else if inReq[w.Skill] {
					l, col := c.weightPos("preferred", i, w.Skill)
					c.errAt(l, col, "keep the skill in [role.required] or in [role.preferred], not both",
						"role %q lists skill %q as both required and preferred", label, w.Skill)
				}
			}
		}
		// Counts include entries rejected for bad weights, so one typo
		// does not also produce a "no required skills" error.
		nreq := c.countKeys("role.required", i, len(r.Required))
		switch {
		case nreq == 0:
			l, col := c.src.elementPos("role", i)
			c.errAt(l, col, "add a [role.required] table with skill = weight lines",
				"role %q has no required skills", label)
		case nreq < 3:
			l, col := c.src.elementPos("role", i)
			c.warnAt(l, col, "a role is scored on its required skills; list at least 3",
				"role %q has only %d required skill(s)", label, nreq)
		}
	}
	for i := range v.Skills {
		s := &v.Skills[i]
		if s.ID != "" && !used[s.ID] && !c.referenced[s.ID] {
			l, col := c.src.elementPos("skill", i)
			c.warnAt(l, col, "add it to a role's [role.required] or [role.preferred], or delete it",
				"skill %q is not used by any role", s.ID)
		}
	}
}

// weightPos finds a skill id in a role's weight table: the key in
// [role.required], else the "required = {...}" key of an inline table, else
// the role's header.
// claimForms checks the forms of skill i listed under key: a form repeated
// within the skill is a warning, a form another skill already claims (after
// norm) is an error. owner records which skill claimed each form.
func (c *checker) claimForms(v *Vocabulary, i int, label, key, what string, forms []string, norm func(string) string, owner map[string]int) {
	seen := map[string]bool{}
	for _, f := range forms {
		n := norm(f)
		if n == "" {
			continue
		}
		if seen[n] {
			l, col := c.src.valuePos("skill", i, key, f)
			c.warnAt(l, col, "remove the repeated form", "skill %q lists %s %q twice", label, what, f)
			continue
		}
		seen[n] = true
		if o, ok := owner[n]; ok && o != i {
			l, col := c.src.valuePos("skill", i, key, f)
			ol, _ := c.src.elementPos("skill", o)
			c.errAt(l, col, "a form may belong to one skill only: remove it from one of them",
				"%s %q of skill %q is already claimed by skill %q (line %d)", what, f, label, v.Skills[o].ID, ol)
			continue
		}
		owner[n] = i
	}
}

func (c *checker) weightPos(table string, role int, id string) (int, int) {
	if l, col, ok := c.src.key("role."+table, role, id); ok {
		return l, col
	}
	if l, col, ok := c.src.key("role", role, table+"."+id); ok { // dotted key
		return l, col
	}
	return c.src.keyPos("role", role, table)
}

// countKeys returns the number of keys written in a role's sub-table
// according to the source, or fallback when the source cannot tell.
func (c *checker) countKeys(table string, index, fallback int) int {
	n := 0
	for _, k := range c.src.keys {
		if k.table == table && k.index == index {
			n++
		}
	}
	if n < fallback {
		return fallback
	}
	return n
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}
