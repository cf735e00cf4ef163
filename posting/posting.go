// Package posting reads a job posting as a scoring target: the skills it
// asks for, each classified as required or preferred by the posting's own
// wording, and a one-off role built from them.
//
// # Classification
//
// Each skill the matcher finds in the posting is classified by the cue
// phrases around it, in this order:
//
//  1. An inline cue in the same line wins: "SQL required", "Python is a
//     plus", "Must have: HL7 v2", "Nice to have: FHIR". When a line holds
//     both kinds of cue ("Epic required, Cerner a plus"), it is cut into
//     clauses at commas, semicolons, colons, sentence ends and brackets, and
//     each skill takes the cue of its own clause, else of the nearest clause
//     whose cue reaches it: a leading cue ("Must have SQL, Python") covers
//     the clauses after it, a trailing one ("SQL, Python required") the
//     clauses before it. A cue that reaches no further than its own clause
//     ("3+ years of SQL, ideally with Tableau" for SQL) leaves the skill to
//     the heading.
//  2. Otherwise the heading of the section the line is in decides:
//     "Requirements", "Minimum Qualifications", "What you have" make
//     required skills; "Preferred Qualifications", "Nice to have", "Bonus
//     points" make preferred ones. A heading with no cue ("Responsibilities",
//     "About us") ends the previous heading's reach.
//  3. With no cue at all a skill is required: a posting that names a skill
//     without qualifying it expects it.
//
// Where one clause holds both kinds of cue ("Preferred requirements"), the
// preferred cue wins, since it qualifies the other. A skill found in several
// places takes its strongest classification (required over preferred), and
// the first line with that classification.
package posting

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/skills"
	"golang.org/x/text/unicode/norm"
)

// Importance values.
const (
	Required  = "required"
	Preferred = "preferred"
)

// Role weights for skills taken from a posting. A posting says only whether
// a skill is required or preferred, not how much it matters, so every
// required skill weighs the same, three times a preferred one: the middle of
// skills.MinWeight..MaxWeight for required skills, the minimum for preferred.
const (
	RequiredWeight  = 3
	PreferredWeight = 1
)

// Posting is a job posting read as a target.
type Posting struct {
	// Title is the "Job Title:" (or "Title:", "Position:", "Role:") field
	// when there is one, else the first non-empty line.
	Title string `json:"title"`
	// Skills are the skills the posting asks for, required first, then in
	// order of first appearance.
	Skills []Classified `json:"skills"`
}

// Classified is one skill of a posting with its importance.
type Classified struct {
	ID         string `json:"id"`
	Skill      string `json:"skill"`
	Importance string `json:"importance"` // required or preferred
	// Line is the 1-based line that decided the classification.
	Line int `json:"line"`
	// Cue is the phrase (as written in the posting) or the heading that
	// decided the importance; empty when none did and the default applied.
	Cue string `json:"cue,omitempty"`
}

// finder finds skills in text, with 1-based line numbers in Evidence.
type finder func(text string) []matcher.Found

// Parse reads a posting's text ("\n"-separated lines) with the matcher's
// vocabulary. It never fails: a posting with no known skill gives an empty
// Skills list.
func Parse(m *matcher.Matcher, text string) *Posting {
	return parse(m.Find, text)
}

// cue kinds
const (
	cueNone = iota
	cueRequired
	cuePreferred
)

func phrases(list ...string) *regexp.Regexp {
	// Longest first, so "preferred qualifications" beats "preferred".
	sort.SliceStable(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
	parts := make([]string, len(list))
	for i, p := range list {
		words := strings.Fields(p)
		for k, w := range words {
			words[k] = regexp.QuoteMeta(w)
		}
		parts[i] = strings.Join(words, `[\s\-]+`)
	}
	return regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(` + strings.Join(parts, "|") + `)(?:$|[^\pL\pN])`)
}

// Cue phrases. Preferred cues are checked first in a clause, so negated
// requirements ("not required") read as preferred.
var (
	preferredCues = phrases(
		"preferred", "preferably", "prefer", "nice to have", "a plus", "pluses",
		"bonus", "bonus points", "desired", "desirable", "ideally", "advantage",
		"advantageous", "beneficial", "helpful", "optional", "not required",
		"not necessary", "not mandatory", "stand out", "even better",
		"would be great", "preferred qualifications", "preferred skills",
	)
	requiredCues = phrases(
		"required", "requirements", "requirement", "require", "requires",
		"must have", "must", "minimum qualifications", "basic qualifications",
		"minimum requirements", "qualifications", "you have", "you bring",
		"you will have", "you'll have", "you will need", "you'll need",
		"what you need", "essential", "mandatory", "necessary", "needed",
		"at least", "minimum",
	)
	titleField = regexp.MustCompile(`(?i)^\s*(?:job\s+title|position\s+title|title|position|role)\s*[:\-–]\s*(\S.*)$`)
	bulletMark = regexp.MustCompile(`^\s*(?:[-*•·▪◦‣+]|\d{1,2}[.)])\s+`)
	// clauseSep cuts a line into clauses; a period only ends a clause before
	// a space or the end, so "v2.5" and "B.S" stay whole.
	clauseSep = regexp.MustCompile(`[;,:()\[\]]|[.!?](?:\s|$)|\s[–—-]\s|\s(?:but|while|whereas)\s`)
)

// cueIn returns the kind of the first cue in s, the cue as written, and
// where it starts.
func cueIn(s string) (kind int, cue string, at int) {
	if m := preferredCues.FindStringSubmatchIndex(s); m != nil {
		return cuePreferred, s[m[2]:m[3]], m[2]
	}
	if m := requiredCues.FindStringSubmatchIndex(s); m != nil {
		return cueRequired, s[m[2]:m[3]], m[2]
	}
	return cueNone, "", 0
}

func kindName(k int) string {
	if k == cuePreferred {
		return Preferred
	}
	return Required
}

// cleanLine strips Markdown and bullet decoration from a line.
func cleanLine(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "#>")
	s = strings.TrimSpace(s)
	s = strings.Trim(s, "*_")
	return strings.TrimSpace(s)
}

// heading reports whether line is a section heading, and its text without
// decoration or a final colon.
func heading(line string) (string, bool) {
	raw := strings.TrimSpace(line)
	if raw == "" || bulletMark.MatchString(raw) {
		return "", false
	}
	marked := strings.HasPrefix(raw, "#")
	s := cleanLine(raw)
	colon := strings.HasSuffix(s, ":")
	s = strings.TrimSpace(strings.Trim(strings.TrimSuffix(s, ":"), "*_"))
	if s == "" {
		return "", false
	}
	words := len(strings.Fields(s))
	if words > 8 {
		return "", false
	}
	if marked {
		return s, true
	}
	if colon {
		// "Requirements:", "What You'll Bring:", "The following are
		// required:"; not "Candidates will work with tools such as:".
		if k, _, _ := cueIn(s); k != cueNone || titleCase(s) || knownHeading(s) {
			return s, true
		}
		return "", false
	}
	// A short line in capitals ("REQUIREMENTS", "NICE TO HAVE").
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 4 && upper == letters {
		return s, true
	}
	// A short line that is nothing but a known heading, in any case
	// ("Preferred Qualifications", "Responsibilities").
	if words <= 4 && knownHeading(s) {
		return s, true
	}
	// A short title-case line with a cue ("Education and Experience
	// Requirements", "Preferred Skills and Experience").
	if words <= 6 && titleCase(s) && !strings.ContainsAny(s[len(s)-1:], ".!?,;") {
		if k, _, _ := cueIn(s); k != cueNone {
			return s, true
		}
	}
	return "", false
}

// titleCase reports whether most words of s start with a capital letter.
func titleCase(s string) bool {
	words := strings.Fields(s)
	caps := 0
	for _, w := range words {
		r := []rune(w)[0]
		if unicode.IsUpper(r) || !unicode.IsLetter(r) {
			caps++
		}
	}
	return len(words) > 0 && caps*2 > len(words)
}

var neutralHeadings = map[string]bool{
	"responsibilities": true, "key responsibilities": true, "duties": true,
	"about us": true, "about the role": true, "about the job": true,
	"overview": true, "summary": true, "benefits": true,
	"what you'll do": true, "what you will do": true, "the role": true,
	"job description": true, "description": true, "compensation": true,
	"location": true, "who we are": true, "why join us": true, "perks": true,
	"salary": true, "how to apply": true, "equal opportunity": true,
}

// neutralHeading reports whether line is a heading that names a part of
// the posting ("Responsibilities", "What you'll do") and no skill.
func neutralHeading(line string) bool {
	h, ok := heading(line)
	return ok && neutralHeadings[headingKey(h)]
}

func headingKey(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "’", "'")
}

func knownHeading(s string) bool {
	l := headingKey(s)
	if neutralHeadings[l] {
		return true
	}
	k, cue, _ := cueIn(l)
	// The heading is essentially the cue ("Requirements", "Nice to have",
	// "Preferred qualifications", "Must haves").
	return k != cueNone && len(strings.Fields(l)) <= len(strings.Fields(cue))+2
}

// labelled splits an inline label line ("Preferred: Epic Clarity") into its
// label and content; ok is false when the line has no such label.
func labelled(line string) (label, rest string, ok bool) {
	s := cleanLine(bulletMark.ReplaceAllString(line, ""))
	i := strings.Index(s, ":")
	if i <= 0 {
		return "", "", false
	}
	label = strings.TrimSpace(strings.Trim(s[:i], "*_"))
	rest = strings.TrimSpace(s[i+1:])
	if rest == "" || len(strings.Fields(label)) > 5 {
		return "", "", false
	}
	return label, rest, true
}

type decision struct {
	kind int
	cue  string
	line int
}

func parse(find finder, text string) *Posting {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	p := &Posting{Title: title(lines)}

	// The heading cue in force at each line.
	sect := make([]decision, len(lines))
	cur := decision{}
	for i, l := range lines {
		if h, ok := heading(l); ok {
			if k, _, _ := cueIn(h); k != cueNone {
				cur = decision{kind: k, cue: h}
			} else {
				cur = decision{}
			}
			sect[i] = cur
			continue
		}
		sect[i] = cur
	}

	ustart, uend := units(lines)

	found := find(text)
	order := make(map[string]int)
	best := make(map[string]Classified)
	for _, f := range found {
		for _, ev := range f.Evidence {
			if ev.Line < 1 || ev.Line > len(lines) {
				continue
			}
			i := ev.Line - 1
			if neutralHeading(lines[i]) {
				// "WHAT YOU'LL DO" names no skill, whatever "DO" matched.
				continue
			}
			// The whole logical line (a sentence or bullet wrapped over
			// several lines), and where this line lies in it.
			unit := strings.Join(lines[ustart[i]:uend[i]], " ")
			lo := 0
			for k := ustart[i]; k < i; k++ {
				lo += len(lines[k]) + 1
			}
			d := classify(find, f.ID, unit, lo, lo+len(lines[i]), sect[ustart[i]])
			c := Classified{ID: f.ID, Skill: f.Skill, Importance: kindName(d.kind), Line: ev.Line, Cue: d.cue}
			prev, seen := best[f.ID]
			if !seen || better(c, prev) {
				best[f.ID] = c
			}
			if _, ok := order[f.ID]; !ok || ev.Line < order[f.ID] {
				order[f.ID] = ev.Line
			}
		}
		if len(f.Evidence) == 0 {
			if _, seen := best[f.ID]; !seen {
				best[f.ID] = Classified{ID: f.ID, Skill: f.Skill, Importance: Required}
				order[f.ID] = 0
			}
		}
	}
	for _, c := range best {
		p.Skills = append(p.Skills, c)
	}
	sort.Slice(p.Skills, func(i, j int) bool {
		a, b := p.Skills[i], p.Skills[j]
		if a.Importance != b.Importance {
			return a.Importance == Required
		}
		if order[a.ID] != order[b.ID] {
			return order[a.ID] < order[b.ID]
		}
		return a.ID < b.ID
	})
	return p
}

// units groups lines into logical lines: a sentence or bullet that the
// posting wrapped over several lines. A line continues the one before when
// neither is blank or a heading, it is not a bullet, the line before does
// not end a sentence, and either the line before is long (a wrapped line)
// or this one starts in lower case. start[i]..end[i] is the unit of line i.
func units(lines []string) (start, end []int) {
	start = make([]int, len(lines))
	end = make([]int, len(lines))
	for i := range lines {
		start[i] = i
		if i == 0 {
			continue
		}
		prev := strings.TrimSpace(lines[i-1])
		cur := strings.TrimSpace(lines[i])
		if prev == "" || cur == "" || bulletMark.MatchString(lines[i]) {
			continue
		}
		if _, h := heading(lines[i-1]); h {
			continue
		}
		if _, h := heading(lines[i]); h {
			continue
		}
		if strings.ContainsAny(prev[len(prev)-1:], ".!?:;") {
			continue
		}
		first, _ := utf8.DecodeRuneInString(cur)
		if utf8.RuneCountInString(prev) >= 45 || unicode.IsLower(first) {
			start[i] = start[i-1]
		}
	}
	for i := len(lines) - 1; i >= 0; i-- {
		end[i] = i + 1
		if i+1 < len(lines) && start[i+1] == start[i] {
			end[i] = end[i+1]
		}
	}
	return start, end
}

// better reports whether c should replace prev: required beats preferred,
// then the earlier line wins.
func better(c, prev Classified) bool {
	if c.Importance != prev.Importance {
		return c.Importance == Required
	}
	return c.Line < prev.Line
}

// classify decides the importance of skill id found in unit (a logical
// line) whose evidence line spans unit[lo:hi], given the heading cue in
// force.
func classify(find finder, id, unit string, lo, hi int, sect decision) decision {
	if label, rest, ok := labelled(unit); ok {
		// "Preferred: X, Y" — the label is a cue for the whole line.
		if k, cue, _ := cueIn(label); k != cueNone {
			if k2, _, _ := cueIn(rest); k2 == cueNone || k2 == k {
				return decision{kind: k, cue: cue}
			}
		}
	}
	if h, ok := heading(unit); ok {
		// A skill in a heading line ("FHIR Experience (preferred):").
		unit, lo, hi = h, 0, len(h)
	}
	fallback := sect
	if fallback.kind == cueNone {
		fallback = decision{kind: cueRequired} // default, no cue
	}
	clauses := splitClauses(unit)
	cued := false
	for _, c := range clauses {
		cued = cued || c.kind != cueNone
	}
	if !cued {
		return fallback
	}
	// Find the skill's clause, on its own line first.
	at := -1
	for pass := 0; pass < 2 && at < 0; pass++ {
		for i, c := range clauses {
			if pass == 0 && (c.end <= lo || c.start >= hi) {
				continue
			}
			if hasSkill(find(c.text), id) {
				at = i
				break
			}
		}
	}
	if at < 0 {
		// The matcher needs more context to see the skill: one kind of cue
		// on its line covers it; otherwise the heading or the default.
		kinds := map[int]string{}
		for _, c := range clauses {
			if c.kind != cueNone && c.end > lo && c.start < hi {
				if _, ok := kinds[c.kind]; !ok {
					kinds[c.kind] = c.cue
				}
			}
		}
		if len(kinds) == 1 {
			for k, cue := range kinds {
				return decision{kind: k, cue: cue}
			}
		}
		return fallback
	}
	if clauses[at].kind != cueNone {
		return decision{kind: clauses[at].kind, cue: clauses[at].cue}
	}
	// The nearest leading cue before, or trailing cue after, in the same
	// sentence, whichever is closer (after on a tie: "SQL, Python
	// required").
	bestDist, best := len(clauses)+1, decision{}
	for i := at - 1; i >= 0 && clauses[i].sent == clauses[at].sent; i-- {
		if clauses[i].kind != cueNone && clauses[i].leading {
			bestDist, best = at-i, decision{kind: clauses[i].kind, cue: clauses[i].cue}
			break
		}
	}
	for i := at + 1; i < len(clauses) && clauses[i].sent == clauses[at].sent; i++ {
		if clauses[i].kind == cueNone {
			continue
		}
		if !clauses[i].leading && i-at <= bestDist {
			best = decision{kind: clauses[i].kind, cue: clauses[i].cue}
		}
		break
	}
	if best.kind != cueNone {
		return best
	}
	// No cue reaches the skill ("SQL, ideally with Python" for SQL): the
	// heading decides, else the default.
	return fallback
}

func hasSkill(fs []matcher.Found, id string) bool {
	for _, f := range fs {
		if f.ID == id {
			return true
		}
	}
	return false
}

type clause struct {
	text       string
	start, end int // byte offsets in the split text
	sent       int // sentence number
	kind       int
	cue        string
	leading    bool // the cue comes before the clause's content
}

func countWords(s string) int {
	return len(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return ' '
	}, s)))
}

func splitClauses(s string) []clause {
	var out []clause
	sent := 0
	add := func(start, end int, sep string) {
		t := s[start:end]
		if strings.TrimSpace(t) != "" {
			c := clause{text: strings.TrimSpace(t), start: start, end: end, sent: sent}
			var at int
			c.kind, c.cue, at = cueIn(c.text)
			if c.kind != cueNone {
				before, after := countWords(c.text[:at]), countWords(c.text[at+len(c.cue):])
				// A cue leads ("Must have SQL", "and ideally Python",
				// "Required:") when it opens a clause with content after it
				// or ends in a colon; otherwise it trails ("SQL required",
				// "(preferred)").
				c.leading = before <= 1 && after > 0 || strings.TrimSpace(sep) == ":"
			}
			out = append(out, c)
		}
		if sepEndsSentence(sep) {
			sent++
		}
	}
	last := 0
	for _, m := range clauseSep.FindAllStringIndex(s, -1) {
		add(last, m[0], s[m[0]:m[1]])
		last = m[1]
	}
	add(last, len(s), "")
	return out
}

func sepEndsSentence(sep string) bool {
	t := strings.TrimSpace(sep)
	return t == "." || t == "!" || t == "?"
}

// title returns the job title field, else the first non-empty line.
func title(lines []string) string {
	for _, l := range lines {
		if m := titleField.FindStringSubmatch(cleanLine(bulletMark.ReplaceAllString(l, ""))); m != nil {
			if t := strings.TrimSpace(strings.Trim(m[1], "*_ ")); t != "" {
				return t
			}
		}
	}
	for _, l := range lines {
		if t := cleanLine(l); t != "" {
			return t
		}
	}
	return ""
}

// Role builds a one-off role from the posting for scoring, with the id
// "job:<slug>", where the slug comes from id (a file name, say) or, when id
// is empty, from the title. Required skills weigh RequiredWeight and
// preferred ones PreferredWeight, in the order skills.Load keeps (heavier
// first, then by id). Append it to a copy of the vocabulary's roles.
func (p *Posting) Role(id string) skills.Role {
	name := strings.TrimPrefix(id, "job:")
	if name == "" {
		name = p.Title
	}
	slug := Slug(name)
	t := p.Title
	if t == "" {
		t = "Job posting"
	}
	r := skills.Role{
		ID:          "job:" + slug,
		Title:       t,
		Description: "Skills asked for by the job posting \"" + t + "\".",
	}
	for _, c := range p.Skills {
		w := skills.Weighted{Skill: c.ID, Weight: RequiredWeight}
		if c.Importance == Required {
			r.Required = append(r.Required, w)
		} else {
			w.Weight = PreferredWeight
			r.Preferred = append(r.Preferred, w)
		}
	}
	byID := func(ws []skills.Weighted) {
		sort.Slice(ws, func(i, j int) bool { return ws[i].Skill < ws[j].Skill })
	}
	byID(r.Required)
	byID(r.Preferred)
	return r
}

// Slug makes a lower-case, hyphenated id part from s ("Senior Data
// Analyst (Remote)" → "senior-data-analyst-remote"); "posting" when s has
// no letters or digits. A file extension is dropped.
func Slug(s string) string {
	if ext := strings.LastIndex(s, "."); ext > 0 && len(s)-ext <= 5 && !strings.ContainsAny(s[ext:], " ") {
		s = s[:ext]
	}
	if i := strings.LastIndexAny(s, `/\`); i >= 0 {
		s = s[i+1:]
	}
	var b strings.Builder
	dash := false
	// Decompose, so that accented letters keep their base letter.
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && r < unicode.MaxASCII {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	out := b.String()
	if len(out) > 60 {
		out = strings.TrimRight(out[:60], "-")
	}
	if out == "" {
		return "posting"
	}
	return out
}
