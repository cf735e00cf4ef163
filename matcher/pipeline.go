package matcher

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Evidence strengths, strongest first in rank.
const (
	strBeginner uint8 = iota + 1
	strCoursework
	strListed
	strApplied
)

var strengthNames = [...]string{"", "beginner", "coursework", "listed", "applied"}

// state is the per-call scratch space, pooled so a Match allocates little.
type state struct {
	lines  []string
	lowers []string // lines lower-cased with offsets kept, or "" (non-ASCII)
	// lowerBuf caches strings.ToLower of non-ASCII lines (lowerOf).
	lowerBuf []string
	// jobLines says which lines the seniority pass read as job lines
	// (see jobLine), and dated which of them hold a date range: the
	// job-title pass reuses both instead of parsing the lines again.
	jobLines []bool
	dated    []bool
	info     []lineInfo
	toks     []token
	lineTok  []int32 // first token of each line; len(lines)+1 entries
	spans    []span
	cues     []cueHit
	intents  []intentHit
	signals  []bool
	// sigBlock is the first bullet/paragraph with a health-domain term and
	// sigSpread is set once a second one has one.
	sigBlock  int32
	sigSpread bool
	vetoed    []vetoHit
	titles    []titleHit // job titles of roles, by line (auxTitle)
	matches   []rawMatch
	softs     []span     // soft-mask phrases found
	pending   []rawMatch // matches lacking only a cue
	confirmed []int32    // skills with an accepted match, sorted
	evs       []rawEvidence
	held      []rawEvidence // collect scratch
	prog      []rawEvidence // collect scratch
}

type cueHit struct{ line, id int32 }

type intentHit struct {
	start, end int32
	cue        int32 // index into intentCues
}

type vetoHit struct{ line, veto int32 }

type titleHit struct{ line, role int32 }

type rawMatch struct {
	skill, start, end, line int32
}

// rawEvidence is one skill on one line, with what the line shows.
type rawEvidence struct {
	skill    int32
	line     int32
	strength uint8
	progress bool // under way, not held
}

func (st *state) reset() {
	st.lines = st.lines[:0]
	st.lowers = st.lowers[:0]
	st.info = st.info[:0]
	st.toks = st.toks[:0]
	st.lineTok = st.lineTok[:0]
	st.spans = st.spans[:0]
	st.cues = st.cues[:0]
	st.intents = st.intents[:0]
	st.vetoed = st.vetoed[:0]
	st.titles = st.titles[:0]
	st.matches = st.matches[:0]
	st.pending = st.pending[:0]
	st.softs = st.softs[:0]
	st.evs = st.evs[:0]
	clear(st.signals)
	st.sigBlock, st.sigSpread = -1, false
}

// resetLines returns s with n zero values, reusing its array.
func resetLines[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// lowerOf is line i trimmed and in lower case, made at most once.
func (st *state) lowerOf(i int) string {
	if l := st.lowers[i]; l != "" {
		return strings.TrimSpace(l)
	}
	if st.lowerBuf[i] == "" {
		st.lowerBuf[i] = strings.ToLower(st.info[i].text)
	}
	return st.lowerBuf[i]
}

// hasExperience reports an experience section. Without one, job lines are
// looked for in the unlabelled, summary and other sections.
func (st *state) hasExperience() bool {
	for _, li := range st.info {
		if li.section == secExperience {
			return true
		}
	}
	return false
}

// jobSection reports whether a line of section sec may describe a job.
func jobSection(sec string, hasExp bool) bool {
	if hasExp {
		return sec == secExperience
	}
	return sec == secNone || sec == secSummary || sec == secOther
}

// maxLines bounds the lines analysed, so a hostile input cannot make a
// call unboundedly slow; résumés have a few hundred lines at most.
const maxLines = 20000

// analyze runs the whole pipeline on text and leaves the evidence in st.
func (m *Matcher) analyze(st *state, text string) {
	st.reset()
	if cap(st.signals) < m.nSig {
		st.signals = make([]bool, m.nSig)
	}
	st.signals = st.signals[:m.nSig]
	text = normalize(text)
	// Lower-case once: ASCII text keeps its byte offsets, so every line's
	// lower-case form is a slice of one string.
	// asciiLower keeps byte offsets even in non-ASCII text, so it is
	// exact for ASCII lines; other lines lower-case per token.
	lowText := asciiLower(text)
	ascii := isASCII(text)
	off := 0
	for off < len(text) && len(st.lines) < maxLines {
		k := strings.IndexByte(text[off:], '\n')
		end := off + k
		if k < 0 {
			end = len(text)
		}
		st.lines = append(st.lines, text[off:end])
		if ascii {
			st.lowers = append(st.lowers, lowText[off:end])
		} else if isASCII(text[off:end]) {
			st.lowers = append(st.lowers, lowText[off:end])
		} else {
			st.lowers = append(st.lowers, "")
		}
		off = end + 1
	}
	st.info = analyzeLines(st.lines, st.info)
	st.lowerBuf = resetLines(st.lowerBuf, len(st.info))
	st.jobLines = resetLines(st.jobLines, len(st.info))
	st.dated = resetLines(st.dated, len(st.info))
	var clause int32
	for i, line := range st.lines {
		st.lineTok = append(st.lineTok, int32(len(st.toks)))
		if st.info[i].heading || st.info[i].text == "" {
			continue
		}
		st.toks, clause = tokenizeLine(line, st.lowers[i], i, clause, st.toks)
	}
	st.lineTok = append(st.lineTok, int32(len(st.toks)))
	for i := range st.toks {
		t := &st.toks[i]
		t.key = m.keys.lookup(t.lower, false)
		if t.key >= 0 && int(t.key) < len(m.degreeKey) && m.degreeKey[t.key] {
			t.flags |= fDegree
		}
		if len(m.clsOf) > 0 {
			if t.key >= 0 && int(t.key) < len(m.clsOf) {
				t.cls = m.clsOf[t.key]
			}
			if t.has(fDigits) || len(t.text) > 1 && isDigitByte(t.text[0]) &&
				(t.text[len(t.text)-1] == '+' || isNumberish(strings.ReplaceAll(t.text, ",", ""))) {
				t.cls |= clsNum
			}
		}
		if m.anyWord && t.has(fLetters) {
			t.cls |= clsWord
		}
		t.exact = m.keys.exactID(t.text)
		if t.nparts > 1 && t.nparts != 255 {
			t.wkey = m.keys.lookup(t.wlower, true)
			t.wexact = m.keys.exactID(t.whole)
		}
	}
	m.maskRules(st)
	m.auxPass(st)
	m.skillPass(st)
	m.evidence(st)
}

// nameLine is the first non-empty line, usually the candidate's name.
func nameLine(st *state) int32 {
	for i, li := range st.info {
		if li.text != "" {
			return int32(i)
		}
	}
	return -1
}

// maskRules masks times ("7 PM"), dates ("Mar 2021"), initials ("R."),
// honorifics, units after numbers ("5 mL") and US states after a city
// ("Baltimore, MD").
func (m *Matcher) maskRules(st *state) {
	toks := st.toks
	name := nameLine(st)
	for i := range toks {
		t := &toks[i]
		var prev, next *token
		if i > 0 && toks[i-1].line == t.line {
			prev = &toks[i-1]
		}
		if i+1 < len(toks) && toks[i+1].line == t.line {
			next = &toks[i+1]
		}
		low := t.lower
		if len(low) > 9 || !(maskCandidate[low] || len(t.text) == 1 || len(t.text) == 2) {
			continue // no rule below applies
		}
		switch {
		case units[low] && prev != nil && isNumberish(prev.text) &&
			!(t.text == "ML" && next != nil && next.sepL == 0 && next.has(fLetters)): // "3 ML models"
			t.flags |= fMasked
			if low == "pm" || low == "am" || low == "p.m" || low == "a.m" {
				prev.flags |= fMasked
			}
		case months[low] && (next != nil && next.has(fDigits) || prev != nil && prev.has(fDigits) && len(prev.text) <= 2):
			t.flags |= fMasked
		case honorifics[low] && t.has(fCap) && len(t.text) > 1 && t.text[1] >= 'a' && t.text[1] <= 'z' &&
			next != nil && next.has(fCap):
			t.flags |= fMasked // "Dr.", "Ms." before a name; "MS Health Informatics" is a degree
		case utf8.RuneCountInString(t.text) == 1 && t.has(fCap) && t.has(fTrailDot) && next != nil && next.has(fCap) && next.line == t.line:
			t.flags |= fMasked // an initial: "Dr. R. Patel"
		case prev != nil && honorifics[prev.lower] && utf8.RuneCountInString(t.text) == 1:
			t.flags |= fMasked
		case len(t.text) == 2 && usStates[t.text] && t.sepL == 0 && prev != nil && prev.has(fCap) &&
			next != nil && next.has(fDigits) && len(next.text) == 5:
			t.flags |= fMasked // "Baltimore MD 21201"
		case len(t.text) == 2 && usStates[t.text] && t.sepL == ',' && prev != nil && prev.has(fCap) &&
			prev.has(fLetters) && strings.ToUpper(prev.text) != prev.text:
			// "Baltimore, MD" is a place; "Jane Doe, MD" on the name line and
			// "MD, FAMIA" (a run of credentials) are degrees.
			zip := next != nil && next.has(fDigits) && len(next.text) == 5
			cred := next != nil && next.sepL == ',' && next.has(fLetters) && strings.ToUpper(next.text) == next.text &&
				next.text != "USA" && next.text != "US"
			if zip || !cred && !(t.line == name && nameBefore(toks, i)) {
				t.flags |= fMasked
			}
		}
	}
}

// nameBefore reports whether the tokens before toks[i] on its line are a
// short run of words opening the line ("Jane Doe, MD").
func nameBefore(toks []token, i int) bool {
	n := 0
	for k := i - 1; k >= 0 && toks[k].line == toks[i].line; k-- {
		n++
		if k < i-1 && toks[k].sepR != 0 || n > 4 {
			return false
		}
	}
	return n > 0
}

// isNumberish reports digits, "10:30" or "7.5".
func isNumberish(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isDigitByte(c) || c == ':' || c == '.') {
			return false
		}
	}
	return isDigitByte(s[0])
}

// auxPass finds cues, phrase masks, intent phrases, domain signals and
// vetoes.
func (m *Matcher) auxPass(st *state) {
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		if toks[i].has(fMasked) || (toks[i].key < 0 && toks[i].wkey < 0) {
			continue
		}
		st.spans = m.aux.walk(toks, i, false, true, st.spans[:0])
		courseOf := false
		for _, sp := range st.spans {
			for _, p := range m.aux.terms[sp.node] {
				if m.auxes[p].kind == auxCourseOf {
					courseOf = true
				}
			}
		}
		for _, sp := range st.spans {
			for _, p := range m.aux.terms[sp.node] {
				a := m.auxes[p]
				switch a.kind {
				case auxCue:
					st.cues = append(st.cues, cueHit{toks[i].line, a.id})
				case auxMask:
					for k := sp.start; k < sp.end; k++ {
						toks[k].flags |= fSoft
					}
					st.softs = append(st.softs, sp)
				case auxIntent:
					if courseOf && intentCues[a.id].kind == intentCoursework {
						continue
					}
					// A beginner word glued into a name ("scikit-learn",
					// "e-learning") says nothing about the writer's level.
					if intentCues[a.id].kind == intentBeginner &&
						(toks[sp.start].joinL != 0 || toks[sp.end-1].joinR != 0) {
						continue
					}
					st.intents = append(st.intents, intentHit{sp.start, sp.end, a.id})
				case auxSignal:
					st.signals[a.id] = true
					if b := st.info[toks[i].line].block; st.sigBlock < 0 {
						st.sigBlock = b
					} else if b != st.sigBlock {
						st.sigSpread = true
					}
				case auxVeto:
					st.vetoed = append(st.vetoed, vetoHit{toks[i].line, a.id})
				case auxTitle:
					st.titles = append(st.titles, titleHit{toks[i].line, a.id})
				}
			}
		}
	}
	for _, v := range st.vetoed {
		target := vetoes[v.veto].target
		for k := st.lineTok[v.line]; k < st.lineTok[v.line+1]; k++ {
			if st.toks[k].lower == target {
				st.toks[k].flags |= fVeto
			}
		}
	}
}

// skillPass matches skill forms left to right, longest first: a longer,
// more specific form consumes its tokens ("HL7 FHIR" before "HL7").
func (m *Matcher) skillPass(st *state) {
	toks := st.toks
	// covered is the end of the accepted matches so far: a phrase starting
	// inside one counts only if it runs on past it, so overlapping phrases
	// of two skills both count ("interruptive alert volume": interruptive
	// alerts and alert volume) while a form's own sub-phrases do not.
	covered := int32(0)
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.has(fMasked) || (t.key < 0 && t.wkey < 0 && t.exact < 0 && t.wexact < 0) {
			i++
			continue
		}
		st.spans = m.forms.walk(toks, i, false, true, st.spans[:0])
		st.spans = m.exact.walk(toks, i, true, true, st.spans)
		if len(st.spans) == 0 {
			i++
			continue
		}
		// Longest first; ties keep case-insensitive forms first.
		order := st.spans
		for a := 1; a < len(order); a++ { // insertion sort: stable, no allocation
			for b := a; b > 0 && order[b].end > order[b-1].end; b-- {
				order[b], order[b-1] = order[b-1], order[b]
			}
		}
		best := int32(-1)
		first := len(st.matches)
		for _, sp := range order {
			if best >= 0 && sp.end != best || sp.end <= covered {
				break
			}
			tr := &m.forms
			if sp.exact {
				tr = &m.exact
			}
			for _, p := range tr.terms[sp.node] {
				f := m.fi[p]
				switch m.valid(st, f, sp) {
				case accept:
					st.matches = append(st.matches, rawMatch{f.skill, sp.start, sp.end, toks[sp.start].line})
					best = sp.end
				case needsCue:
					st.pending = append(st.pending, rawMatch{f.skill, sp.start, sp.end, toks[sp.start].line})
				}
			}
		}
		if best >= 0 {
			m.activityPrefixes(st, order, first, best, covered)
			for k := i; k < int(best); k++ {
				toks[k].flags |= fUsed
			}
			covered = best
		}
		i++
	}
	// Confirmation: once a skill is shown with its cues somewhere (or in a
	// list), its other mentions count without a cue of their own, unless
	// their words went to another match.
	if len(st.pending) == 0 {
		return
	}
	confirmed := st.confirmed[:0]
	for _, mt := range st.matches {
		confirmed = append(confirmed, mt.skill)
	}
	slices.Sort(confirmed)
	st.confirmed = confirmed
	for _, pm := range st.pending {
		if _, ok := slices.BinarySearch(confirmed, pm.skill); !ok {
			continue
		}
		free := true
		for k := pm.start; k < pm.end; k++ {
			if toks[k].has(fUsed) {
				free = false
				break
			}
		}
		if free {
			st.matches = append(st.matches, pm)
			for k := pm.start; k < pm.end; k++ {
				toks[k].flags |= fUsed
			}
		}
	}
}

// valid applies the context rules to one candidate match.
// Verdicts of valid.
const (
	reject   = iota
	accept   // the match counts
	needsCue // the match lacks a cue; it counts if the skill is confirmed elsewhere
)

func (m *Matcher) valid(st *state, f formInfo, sp span) int {
	toks := st.toks
	first, last := &toks[sp.start], &toks[sp.end-1]
	li := &st.info[first.line]
	sk := &m.skills[f.skill]
	// Vetoed and soft-masked words ("Rhapsody" beside "Gershwin", "Phi" in
	// "Phi Beta Kappa", "Go" in "go live") never match on their own; a form
	// that also covers other words ("sentinel events"), or the whole masked
	// phrase ("go-live" for go-live support), still does.
	if sp.end-sp.start == 1 && first.has(fVeto) {
		return reject
	}
	if m.insideSoft(st, sp) {
		return reject
	}
	// "go-live" is not Go, "R-squared" not R.
	if f.short && (first.joinL == '-' || last.joinR == '-') {
		return reject
	}
	// A phrase never starts or ends inside a hyphenated word and runs out
	// of it: "customer-service desk" is not "service desk".
	if sp.end-sp.start > 1 && (first.joinL == '-' || last.joinR == '-') && crossesChunk(toks, sp) {
		return reject
	}
	hasCue := func() bool { return len(sk.cues) > 0 && m.cueNear(st, first.line, sk.cues) }
	// "Go to market", "Epic effort": sentence-initial everyday words need a cue.
	if f.exact && f.common && first.has(fSentStart) && sp.end < int32(len(toks)) {
		nx := &toks[sp.end]
		if nx.line == first.line && nx.sepL == 0 && first.sepR == 0 && !nx.has(fCap) && nx.has(fLetters) {
			if hasCue() {
				return accept
			}
			return reject
		}
	}
	if len(sk.cues) > 0 {
		if li.list || hasCue() {
			return accept
		}
		return needsCue
	}
	if f.exact && (f.single || f.short && f.common) {
		// A bare one-letter name ("R", "C") needs a list around it.
		if li.list || first.joinL == '/' || last.joinR == '/' ||
			isListSep(first.sepL) || isListSep(last.sepR) {
			return accept
		}
		return reject
	}
	return accept
}

// insideSoft reports whether sp lies within a soft-mask phrase without
// covering all of it.
func (m *Matcher) insideSoft(st *state, sp span) bool {
	for k := sp.start; k < sp.end; k++ {
		if !st.toks[k].has(fSoft) {
			return false
		}
	}
	for _, s := range st.softs {
		if s.start <= sp.start && sp.end <= s.end && (s.start < sp.start || sp.end < s.end) {
			return true
		}
	}
	return false
}

func isListSep(b byte) bool { return b == ',' || b == '|' || b == ';' }

// cueNear reports whether one of cues occurs in the line's block (the
// bullet and its wrapped lines).
func (m *Matcher) cueNear(st *state, line int32, cues []int32) bool {
	lo, hi := st.info[line].blockLo, st.info[line].blockHi
	k := sort.Search(len(st.cues), func(k int) bool { return st.cues[k].line >= lo })
	for ; k < len(st.cues) && st.cues[k].line <= hi; k++ {
		h := st.cues[k]
		for _, c := range cues {
			if c == h.id {
				return true
			}
		}
	}
	return false
}

// evidence turns matches into per-line evidence with a strength, dropping
// negated mentions and mentions under Interests.
func (m *Matcher) evidence(st *state) {
	for _, mt := range st.matches {
		li := &st.info[mt.line]
		if li.section == secInterests {
			continue
		}
		sk := &m.skills[mt.skill]
		held := sk.kind == "certification" || sk.kind == "degree" || sk.kind == "license"
		kind := m.intentFor(st, mt, held)
		ev := rawEvidence{skill: mt.skill, line: mt.line}
		switch {
		case kind == intentNegation:
			continue
		case kind == intentProgress:
			if !held {
				continue
			}
			ev.progress = true
		case kind == intentBeginner:
			ev.strength = strBeginner
		case kind == intentCoursework || li.course || li.section == secCoursework:
			ev.strength = strCoursework
		case li.list:
			ev.strength = strListed
		case li.section == secExperience || li.section == secProjects || li.section == secVolunteer ||
			li.section == secPublications || li.section == secNone:
			ev.strength = strApplied
		default:
			ev.strength = strListed
		}
		st.evs = append(st.evs, ev)
		for _, j := range sk.implies {
			if ev.progress {
				break // a credential under way shows nothing yet
			}
			ev.skill = j
			st.evs = append(st.evs, ev)
		}
	}
}

// maxIntentWindow is the widest window of any intent cue, in tokens.
const maxIntentWindow = 12

// intentFor returns the strongest intent phrase governing a match:
// negation, then progress, then beginner, then coursework.
func (m *Matcher) intentFor(st *state, mt rawMatch, held bool) intentKind {
	toks := st.toks
	clause := toks[mt.start].clause
	endClause := toks[mt.end-1].clause
	best := intentNone
	hardNeg, sawProgress := false, false
	rank := func(k intentKind) int {
		switch k {
		case intentNegation:
			return 4
		case intentProgress:
			return 3
		case intentBeginner:
			return 2
		case intentCoursework:
			return 1
		}
		return 0
	}
	// Intents are sorted by start; only those near the match, or opening
	// the next line, can apply.
	lo := sort.Search(len(st.intents), func(k int) bool { return st.intents[k].end >= mt.start-maxIntentWindow })
	next := int32(-1)
	if int(mt.line)+1 < len(st.lineTok)-1 {
		next = st.lineTok[mt.line+1]
	}
	k := lo
	for k < len(st.intents) {
		h := st.intents[k]
		k++
		if h.start > mt.end+maxIntentWindow && h.start != next {
			if next < 0 || h.start > next {
				break
			}
			// Jump to the intents opening the next line.
			k = sort.Search(len(st.intents), func(j int) bool { return st.intents[j].start >= next })
			continue
		}
		c := intentCues[h.cue]
		hl := toks[h.start].line
		ok := false
		switch {
		case c.before && hl == mt.line && h.end <= mt.start:
			ok = toks[h.end-1].clause == clause &&
				(int(mt.start-h.end) <= c.window || c.kind == intentNegation && orBetween(toks, h.end, mt.start))
		case !c.before && hl == mt.line && h.start >= mt.end:
			// "CCNA (2019, lapsed)": only a year may stand between.
			paren := c.lapse && int(mt.end) < len(toks) && toks[mt.end].sepL == '('
			for j := mt.end; paren && j < h.start; j++ {
				paren = toks[j].flags&fDigits != 0
			}
			// "CHCIO: not pursued", "CISSP: in progress", "| Green Belt |
			// in progress |": a status right after a label's colon, or in
			// the next table cell, belongs to the label.
			labelled := h.start == mt.end && (toks[h.start].sepL == ':' || toks[h.start].sepL == '|')
			ok = int(h.start-mt.end) <= c.window &&
				(toks[h.start].clause == endClause || c.needYear || labelled) &&
				(c.needYear || paren || labelled || !listSepBetween(toks, mt.end, h.start))
		case !c.before && c.kind == intentProgress && held && hl == mt.line+1 && h.start == st.lineTok[hl]:
			// "MS Health Informatics" / "Expected May 2027" or "(in
			// progress)": the next line is only the status, not a
			// sentence of its own ("Preparing for PMP renewal").
			ok = h.end == st.lineTok[hl+1] || yearAfter(toks, h.end, 3)
		}
		if !ok && !c.before && c.kind == intentProgress && held && hl == mt.line && h.start >= mt.end &&
			st.info[mt.line].section == secEducation {
			// An education line is "degree, school (status)": "MSN, Western
			// Governors University (in progress)". The status reaches back
			// past commas unless a year or another degree stands between.
			ok = int(h.start-mt.end) <= maxIntentWindow && (!c.needYear || yearAfter(toks, h.end, 3))
			for j := mt.end; ok && j < h.start; j++ {
				ok = !isYear(toks[j].text) && !toks[j].has(fDegree) && toks[j].sepL != ';' && toks[j].sepL != '|'
			}
		}
		if !ok && c.kind == intentCoursework && hl == mt.line && h.start == st.lineTok[hl] && toks[h.end-1].sepR == ':' {
			ok = true // "Class project: ..." labels the whole line
		}
		if ok && c.needYear {
			ok = yearAfter(toks, h.end, 3)
		}
		if ok && c.lapse && (!held || c.phrase == "expired" && toks[h.start].lower != "expired") {
			// "expired certificates", "inactive accounts": not a
			// credential; "expires 2027" shares the stem but is held.
			ok = false
		}
		if ok && c.kind == intentProgress && !held {
			// Work under way qualifies credentials only: "pursuing PMP",
			// but "pursuing projects in Python" still shows Python.
			ok = false
		}
		if ok && c.kind == intentNegation && c.phrase != "not yet" {
			hardNeg = true
		}
		if ok && c.kind == intentProgress {
			sawProgress = true
		}
		if ok && rank(c.kind) > rank(best) {
			best = c.kind
		}
	}
	if best == intentNegation && !hardNeg && sawProgress {
		// "Studying for CISSP, exam not yet taken": under way, not absent.
		return intentProgress
	}
	return best
}

// maxOrReach is how far a negation reaches through "or": "No
// human-subjects research or IRB submissions" negates both.
const maxOrReach = 6

// orBetween reports an "or" or "nor" among the at most maxOrReach tokens
// in [from, to): the negation before them covers each alternative.
func orBetween(toks []token, from, to int32) bool {
	if to-from > maxOrReach {
		return false
	}
	for k := from; k < to; k++ {
		if l := toks[k].lower; l == "or" || l == "nor" || toks[k].joinR == '/' {
			return true // "no SQL or Python", "no SIEM/alert triage"
		}
	}
	return false
}

// yearAfter reports a four-digit year within n tokens after k on its line.
func yearAfter(toks []token, k int32, n int) bool {
	if int(k) >= len(toks) {
		return false
	}
	line := toks[k-1].line
	for j := k; j < int32(len(toks)) && j < k+int32(n) && toks[j].line == line; j++ {
		if isYear(toks[j].text) {
			return true
		}
	}
	return false
}

func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && isDigitByte(s[2]) && isDigitByte(s[3])
}

// listSepBetween reports a list separator before any token in (from, to]:
// in "ServiceNow | HL7 basics", "basics" qualifies HL7 only.
func listSepBetween(toks []token, from, to int32) bool {
	for k := from; k <= to && int(k) < len(toks); k++ {
		if isListSep(toks[k].sepL) {
			return true
		}
	}
	return false
}

// crossesChunk reports whether span sp covers tokens of more than one
// chunk (a later token opens a new chunk).
func crossesChunk(toks []token, sp span) bool {
	for k := sp.start + 1; k < sp.end; k++ {
		if toks[k].joinL == 0 {
			return true
		}
	}
	return false
}

// activityPrefixes credits a shorter form of another skill that the
// accepted match at the same start extends only by activity words:
// "order set build" (EHR build) also shows order sets, "interface
// testing" interfaces. "HL7 FHIR" does not show HL7 v2: FHIR is no
// activity word.
func (m *Matcher) activityPrefixes(st *state, order []span, first int, best, covered int32) {
	toks := st.toks
	for _, sp := range order {
		if sp.end >= best || sp.end <= covered {
			continue
		}
		ok := true
		for k := sp.end; k < best; k++ {
			if key := toks[k].key; key < 0 || int(key) >= len(m.activityKey) || !m.activityKey[key] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		tr := &m.forms
		if sp.exact {
			tr = &m.exact
		}
	terms:
		for _, p := range tr.terms[sp.node] {
			f := m.fi[p]
			for _, mt := range st.matches[first:] {
				if mt.skill == f.skill {
					continue terms
				}
			}
			if m.valid(st, f, sp) == accept {
				st.matches = append(st.matches, rawMatch{f.skill, sp.start, sp.end, toks[sp.start].line})
			}
		}
	}
}
