package matcher

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/rolefit/rolefit/skills"
)

// ModelVersion identifies the matching and scoring rules. It changes
// whenever a change here can change a score.
const ModelVersion = "rolefit-matcher/1.3"

// Matcher finds skills in résumé text and scores them against the roles of
// one vocabulary. Build it once with Compile; it is immutable and safe for
// concurrent use.
type Matcher struct {
	vocab  *skills.Vocabulary
	skills []skillInfo
	byID   map[string]int32
	roles  []skills.Role
	// roleItems are each role's skills, required first, in the
	// vocabulary's order, resolved to skill indices.
	roleItems     [][]roleItem
	roleItemCount int
	// roleTitles are each role's job titles, lower-cased, for titles read
	// in the first segment of a long line (the aux trie finds them all).
	roleTitles  [][]string
	keys        *keyer
	forms       trie // payload: index into m.formInfo
	exact       trie // payload: index into m.formInfo
	aux         trie // payload: index into m.auxes
	fi          []formInfo
	auxes       []auxInfo
	nSig        int
	degreeKey   []bool  // by key id: a degree abbreviation (degreeAbbrevs)
	activityKey []bool  // by key id: an activity word (activityWords)
	clsOf       []uint8 // by key id: word classes ({n}, {people}) of vocabulary words
	anyWord     bool    // some form uses {w}
	now         time.Time
	pool        sync.Pool
}

type roleItem struct {
	skill    int32
	weight   int
	required bool
}

type skillInfo struct {
	id, name, kind string
	cues           []int32
	closes         []string
	implies        []int32 // skills every mention of this one also shows (transitive)
	generic        bool    // no sign of health-informatics work (skills.Skill.Generic)
}

// formInfo is one compiled surface form.
type formInfo struct {
	skill  int32
	exact  bool
	short  bool // at most two characters ("R", "Go", "ML")
	single bool // one character ("R", "C")
	common bool // an everyday English word ("Go", "Epic")
}

type auxKind uint8

const (
	auxCue auxKind = iota + 1
	auxMask
	auxIntent
	auxSignal
	auxVeto
	auxCourseOf // "course of": neutralises "course"
	auxTitle    // a job title of a role (skills.Role.Titles); id is the role index
)

type auxInfo struct {
	kind auxKind
	id   int32 // cue id, intentCues index, signal index, vetoes index
}

// Option configures Compile.
type Option func(*Matcher)

// WithNow fixes the date that "Present"/"current" in experience ranges
// means. Without it, "present" is the latest year of any dated range in the
// résumé (December of it), which keeps output a function of the input alone.
func WithNow(t time.Time) Option { return func(m *Matcher) { m.now = t } }

// Compile validates a vocabulary and compiles it into a Matcher.
func Compile(v *skills.Vocabulary, opts ...Option) (*Matcher, error) {
	if v == nil {
		return nil, errors.New("matcher: nil vocabulary")
	}
	nForms := 0
	for i := range v.Skills {
		nForms += len(v.Skills[i].Forms) + len(v.Skills[i].Exact) + len(v.Skills[i].Cues)
	}
	// Maps sized up front: growing them was a tenth of Compile.
	m := &Matcher{vocab: v, byID: make(map[string]int32, len(v.Skills)), keys: newKeyer(nForms),
		forms: newTrie(), exact: newTrie(), aux: newTrie()}
	m.forms.edges = make(map[uint64]int32, 3*nForms)
	m.aux.edges = make(map[uint64]int32, nForms)
	for _, o := range opts {
		o(m)
	}
	cueIDs := map[string]int32{}
	var tokBuf []token
	for si, s := range v.Skills {
		if s.ID == "" {
			return nil, fmt.Errorf("matcher: skill #%d has no id", si+1)
		}
		if _, dup := m.byID[s.ID]; dup {
			return nil, fmt.Errorf("matcher: duplicate skill id %q", s.ID)
		}
		m.byID[s.ID] = int32(si)
		info := skillInfo{id: s.ID, name: s.Name, kind: s.Kind, closes: s.Closes, generic: s.Generic}
		if info.name == "" {
			info.name = s.ID
		}
		if len(s.Forms)+len(s.Exact) == 0 {
			return nil, fmt.Errorf("matcher: skill %q has no forms", s.ID)
		}
		for _, f := range s.Forms {
			if strings.IndexByte(f, '{') >= 0 {
				for _, ph := range placeholders {
					f = strings.ReplaceAll(f, ph[0], ph[1])
				}
			}
			tokBuf = tokenizeForm(f, tokBuf[:0])
			if len(tokBuf) == 0 {
				return nil, fmt.Errorf("matcher: skill %q: form %q has no words", s.ID, f)
			}
			p := int32(len(m.fi))
			m.fi = append(m.fi, formInfo{skill: int32(si), short: utf8.RuneCountInString(strings.TrimSpace(f)) <= 2})
			parts, whole := m.formSeqs(tokBuf, false)
			m.forms.add(parts, p)
			m.forms.add(whole, p)
			if s.Kind == "degree" {
				m.addDegreeVariant(tokBuf, parts, p)
			}
		}
		for _, f := range s.Exact {
			tokBuf = tokenizeForm(f, tokBuf[:0])
			if len(tokBuf) == 0 {
				return nil, fmt.Errorf("matcher: skill %q: exact form %q has no words", s.ID, f)
			}
			p := int32(len(m.fi))
			m.fi = append(m.fi, formInfo{skill: int32(si), exact: true,
				short:  utf8.RuneCountInString(strings.TrimSpace(f)) <= 2,
				single: utf8.RuneCountInString(strings.TrimSpace(f)) == 1,
				common: len(tokBuf) == 1 && commonWords[strings.ToLower(tokBuf[0].text)]})
			parts, whole := m.formSeqs(tokBuf, true)
			m.exact.add(parts, p)
			m.exact.add(whole, p)
		}
		for _, c := range s.Cues {
			tokBuf = tokenizeForm(c, tokBuf[:0])
			if len(tokBuf) == 0 {
				return nil, fmt.Errorf("matcher: skill %q: cue %q has no words", s.ID, c)
			}
			norm := strings.ToLower(strings.TrimSpace(c))
			id, ok := cueIDs[norm]
			if !ok {
				id = int32(len(cueIDs))
				cueIDs[norm] = id
				m.addAux(tokBuf, auxInfo{auxCue, id})
			}
			info.cues = append(info.cues, id)
		}
		m.skills = append(m.skills, info)
	}
	for _, r := range v.Roles {
		for _, w := range append(append([]skills.Weighted(nil), r.Required...), r.Preferred...) {
			if _, ok := m.byID[w.Skill]; !ok {
				return nil, fmt.Errorf("matcher: role %q names unknown skill %q", r.ID, w.Skill)
			}
			if w.Weight < skills.MinWeight || w.Weight > skills.MaxWeight {
				return nil, fmt.Errorf("matcher: role %q: skill %q has weight %d, want %d..%d",
					r.ID, w.Skill, w.Weight, skills.MinWeight, skills.MaxWeight)
			}
		}
	}
	for si, s := range v.Skills {
		for _, id := range s.Implies {
			if _, ok := m.byID[id]; !ok {
				return nil, fmt.Errorf("matcher: skill %q implies unknown skill %q", s.ID, id)
			}
		}
		m.skills[si].implies = m.impliedBy(v, int32(si))
	}
	m.roles = v.Roles
	for _, r := range v.Roles {
		var items []roleItem
		for _, w := range r.Required {
			items = append(items, roleItem{m.byID[w.Skill], w.Weight, true})
		}
		for _, w := range r.Preferred {
			items = append(items, roleItem{m.byID[w.Skill], w.Weight, false})
		}
		slices.SortStableFunc(items, func(a, b roleItem) int {
			if a.required != b.required {
				if a.required {
					return -1
				}
				return 1
			}
			if a.weight != b.weight {
				return b.weight - a.weight
			}
			return strings.Compare(m.skills[a.skill].id, m.skills[b.skill].id)
		})
		m.roleItems = append(m.roleItems, items)
		m.roleItemCount += len(items)
	}
	m.roleTitles = make([][]string, len(v.Roles))
	for ri, r := range v.Roles {
		for _, t := range r.Titles {
			if strings.TrimSpace(t) != "" {
				m.addAux(tokenizeForm(t, tokBuf[:0]), auxInfo{auxTitle, int32(ri)})
				m.roleTitles[ri] = append(m.roleTitles[ri], strings.ToLower(t))
			}
		}
	}
	for i, c := range intentCues {
		m.addAux(tokenizeForm(c.phrase, tokBuf[:0]), auxInfo{auxIntent, int32(i)})
	}
	for _, p := range maskPhrases {
		m.addAux(tokenizeForm(p, tokBuf[:0]), auxInfo{auxMask, 0})
	}
	for i, p := range domainSignals {
		m.addAux(tokenizeForm(p, tokBuf[:0]), auxInfo{auxSignal, int32(i)})
	}
	m.nSig = len(domainSignals)
	for i, vt := range vetoes {
		for _, w := range vt.words {
			m.addAux(tokenizeForm(w, tokBuf[:0]), auxInfo{auxVeto, int32(i)})
		}
	}
	m.addAux(tokenizeForm("course of", tokBuf[:0]), auxInfo{auxCourseOf, 0})
	clsOf := map[int32]uint8{}
	if id, ok := m.keys.known[placeholders[0][1]]; ok {
		m.forms.clsKey[0] = id
		for _, w := range numberWords {
			clsOf[m.keys.learn(w, false)] |= clsNum
		}
	}
	if id, ok := m.keys.known[placeholders[1][1]]; ok {
		m.forms.clsKey[1] = id
		for _, w := range peopleNouns {
			clsOf[m.keys.learn(w, false)] |= clsPeople
		}
	}
	if id, ok := m.keys.known[placeholders[2][1]]; ok {
		m.forms.clsKey[2] = id
		m.anyWord = true
	}
	m.forms.markClasses()
	m.forms.finish()
	m.exact.finish()
	m.aux.finish()
	if len(clsOf) > 0 {
		m.clsOf = make([]uint8, len(m.keys.ids))
		for k, c := range clsOf {
			m.clsOf[k] = c
		}
	}
	m.activityKey = make([]bool, len(m.keys.ids))
	for _, w := range activityWords {
		if id, ok := m.keys.ids[keyString(w)]; ok {
			m.activityKey[id] = true
		}
	}
	m.degreeKey = make([]bool, len(m.keys.ids))
	for k := range degreeAbbrevs {
		if id, ok := m.keys.ids[k]; ok {
			m.degreeKey[id] = true
		}
	}
	m.pool.New = func() any { return new(state) }
	return m, nil
}

// tokenizeForm tokenises a vocabulary phrase like a résumé line.
func tokenizeForm(f string, dst []token) []token {
	f = normalize(f)
	low := ""
	if isASCII(f) {
		low = asciiLower(f)
	}
	dst, _ = tokenizeLine(f, low, 0, 0, dst)
	return dst
}

// formSeqs returns the key sequences of a tokenised form: one over parts
// ("go", "live") and one using whole chunks ("golive").
func (m *Matcher) formSeqs(toks []token, exact bool) (parts, whole []int32) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if exact {
			parts = append(parts, m.keys.internExact(t.text))
		} else {
			parts = append(parts, m.keys.learn(t.lower, false))
		}
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.nparts > 1 && t.nparts != 255 {
			if exact {
				whole = append(whole, m.keys.internExact(t.whole))
			} else {
				whole = append(whole, m.keys.learn(t.wlower, true))
			}
			i += int(t.nparts)
			continue
		}
		whole = append(whole, parts[i])
		i++
	}
	return parts, whole
}

func (m *Matcher) addAux(toks []token, a auxInfo) {
	if len(toks) == 0 {
		return
	}
	p := int32(len(m.auxes))
	m.auxes = append(m.auxes, a)
	parts, whole := m.formSeqs(toks, false)
	m.aux.add(parts, p)
	m.aux.add(whole, p)
}

// addDegreeVariant adds the other spelling of a degree form that opens with
// a degree abbreviation: "BS Statistics" also as "BS in Statistics", and
// "MS in Health Informatics" also as "MS Health Informatics".
func (m *Matcher) addDegreeVariant(toks []token, parts []int32, p int32) {
	if len(toks) < 2 || !degreeAbbrevs[keyString(toks[0].lower)] || toks[0].nparts > 1 {
		return
	}
	in := m.keys.learn("in", false)
	var seq []int32
	switch {
	case parts[1] == in && len(parts) > 2:
		seq = append([]int32{parts[0]}, parts[2:]...)
	case parts[1] != in && toks[1].has(fCap):
		seq = append([]int32{parts[0], in}, parts[1:]...)
	default:
		return
	}
	m.forms.add(seq, p)
}

// impliedBy returns the skills that skill si implies, directly or through
// other implied skills, without si itself and without repeats.
func (m *Matcher) impliedBy(v *skills.Vocabulary, si int32) []int32 {
	if len(v.Skills[si].Implies) == 0 {
		return nil
	}
	var out []int32
	seen := map[int32]bool{si: true}
	stack := []int32{si}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, id := range v.Skills[k].Implies {
			j := m.byID[id]
			if !seen[j] {
				seen[j] = true
				out = append(out, j)
				stack = append(stack, j)
			}
		}
	}
	return out
}
