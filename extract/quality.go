package extract

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Thresholds of the quality verdict. They are documented in the package
// doc; tests pin them with examples on both sides.
const (
	// GarbledScore: a text whose Score is below this is "garbled".
	GarbledScore = 0.5
	// minJudgedWords: below this many words the Score is not trusted enough
	// to call a text garbled (a short text may be all names and acronyms).
	minJudgedWords = 12
	// LowTextWords: fewer words than this sets the "low_text" flag.
	LowTextWords = 80
	// UndecodedFlag: a share of undecoded PDF glyphs above this sets the
	// "undecoded_font" flag; above UndecodedGarbled the text is garbled.
	UndecodedFlag    = 0.05
	UndecodedGarbled = 0.5
	// capsAsWords: when more than this share of words is in capitals, capital
	// words are judged as words, not waved through as acronyms, because a
	// text mangled by a shifted font encoding often comes out as "BZB QFS".
	capsAsWords = 0.5
	// plausibleMin is the least average log-probability per letter pair
	// (under a letter-bigram model built from the word list) of a word that
	// is not in the list but still looks like a word (a name, a place, a
	// word in another European language).
	plausibleMin = -3.55
	// mojibakeFlag: when stray Latin-1 symbols exceed this share of the
	// letters the text was decoded with the wrong code page; the Score is
	// scaled by 1 - 10×share (0.5 at 5 %, 0 from 10 %).
	mojibakeFlag = 0.02
	// gluedLetters: more letters per word than this on average means the
	// spaces between words are missing; the Score is scaled by
	// 0.8 × gluedLetters / mean.
	gluedLetters = 14.0
)

// textStats are the counts behind a Quality.
type textStats struct {
	words      int // tokens with a letter
	good, bad  int // judged tokens
	dictionary int // tokens found in the word list
	reversed   int // tokens found in the word list only when read backwards
	letters    int // letters in the text
	mojibake   int // Latin-1 symbols typical of text decoded with the wrong code page
}

// isReversed tells text stored backwards ("ecneirepxe"), as some PDFs
// with right-to-left handling of Latin text produce.
func (s textStats) isReversed() bool {
	return s.reversed > s.dictionary && s.reversed*4 > s.words && s.words >= minJudgedWords
}

// mojibakeShare is the share of letters matched by stray Latin-1 symbols.
func (s textStats) mojibakeShare() float64 {
	if s.letters == 0 {
		return 0
	}
	return float64(s.mojibake) / float64(s.letters)
}

// score is the share of judged tokens that look like real words, 1 when
// nothing could be judged.
func (s textStats) score() float64 {
	if s.good+s.bad == 0 {
		return 1
	}
	return float64(s.good) / float64(s.good+s.bad)
}

type tokenKind int

const (
	tokSkip tokenKind = iota // punctuation, numbers, single letters
	tokGood
	tokBad
	tokCaps // all capitals: an acronym, or a mangled word
)

// assessText counts words and judges each token of a text.
func assessText(text string) textStats {
	var st textStats
	var caps []string
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == ',' || r == ';' || r == '/' || r == '•' || r == '·'
	})
	for _, tok := range fields {
		for _, r := range tok {
			if unicode.IsLetter(r) {
				st.letters++
			} else if strings.ContainsRune(mojibakeSymbols, r) {
				st.mojibake++
			}
		}
		kind, inDict := judgeToken(tok)
		if !inDict && kind != tokSkip {
			if c := strings.ToLower(coreOf(tok)); len(c) >= 3 && inWordList(reverseString(c)) {
				st.reversed++
			}
		}
		if kind != tokSkip {
			st.words++
		}
		if inDict {
			st.dictionary++
		}
		switch kind {
		case tokGood:
			st.good++
		case tokBad:
			st.bad++
		case tokCaps:
			caps = append(caps, tok)
		}
	}
	if len(caps) > 0 && float64(len(caps)) > capsAsWords*float64(st.words) && st.words >= minJudgedWords {
		for _, c := range caps {
			if w := strings.ToLower(coreOf(c)); inWordList(w) || plausible(w) {
				st.good++
			} else {
				st.bad++
			}
		}
	} else {
		st.good += len(caps)
	}
	return st
}

// mojibakeSymbols are Latin-1 symbols that real résumés almost never use
// but that fill text decoded with the wrong code page (GBK read as
// Latin-1, say). The middle dot, ©, ®, ° and £ are left out: résumés use them.
const mojibakeSymbols = "¡¢¤¥¦¨ª¬¯±²³´µ¶¸¹º¼½¾¿×÷"

func reverseString(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// coreOf trims punctuation and symbols around a token.
func coreOf(tok string) string {
	return strings.TrimFunc(tok, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// judgeToken classifies one whitespace-separated token.
func judgeToken(tok string) (kind tokenKind, inDict bool) {
	var letters, digits, latin, upper, other, broken int
	for _, r := range tok {
		switch {
		case r == utf8.RuneError || unicode.Is(unicode.Co, r) || unicode.IsControl(r) || (r >= 0xFFF0 && r <= 0xFFFF):
			broken++
		case unicode.IsLetter(r):
			letters++
			if r < 0x250 {
				latin++
			}
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsMark(r):
		default:
			other++
		}
	}
	n := letters + digits + other + broken
	switch {
	case broken == 1 && n == 1 && !strings.ContainsRune(tok, utf8.RuneError):
		return tokSkip, false // one icon glyph (phone, e-mail, a bullet)
	case broken > 0:
		return tokBad, false
	case letters == 0 && digits == 0:
		if other >= 3 && symbolSoup(tok) {
			return tokBad, false // a run of mixed symbols
		}
		return tokSkip, false
	case letters == 0:
		return tokSkip, false // numbers, dates, phone numbers
	}
	if strings.ContainsAny(tok, "@") || strings.Contains(tok, "://") || strings.HasPrefix(strings.ToLower(tok), "www.") {
		return tokGood, false
	}
	core := coreOf(tok)
	// Symbols inside a word (not the usual joiners) mean glyph soup.
	inner := 0
	for _, r := range core {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && !strings.ContainsRune("-'’.+#&_:()", r) {
			inner++
		}
	}
	if inner > 0 && inner*4 >= n {
		return tokBad, false
	}
	if letters-latin > latin {
		return tokGood, false // another script: not judged
	}
	if letters == 1 && digits == 0 {
		return tokSkip, false
	}
	if digits > 0 {
		return tokGood, false // HL7, ICD-10, R4, 3rd, Q1
	}
	lw := strings.ToLower(core)
	if inWordList(lw) {
		return tokGood, true
	}
	if upper == letters && letters <= 6 {
		return tokCaps, false
	}
	// Compound words: judge each part.
	parts := strings.FieldsFunc(lw, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	allOK, anyDict := len(parts) > 0, false
	for _, p := range parts {
		switch {
		case utf8.RuneCountInString(p) == 1, utf8.RuneCountInString(p) == 2 && len(parts) > 1:
			// "R", "C", and "js" in "Node.js": too short to judge.
		case inWordList(p):
			anyDict = true
		case plausible(p):
		default:
			if isCamel(core) && plausibleCamel(core) {
				continue
			}
			allOK = false
		}
	}
	if allOK {
		return tokGood, anyDict
	}
	return tokBad, false
}

// isCamel reports mixed case beyond a capital initial: "PostgreSQL", "iOS".
func isCamel(s string) bool {
	lower := false
	for i, r := range s {
		if unicode.IsLower(r) {
			lower = true
		}
		if i > 0 && unicode.IsUpper(r) && lower {
			return true
		}
	}
	return false
}

// plausibleCamel judges the parts of a word like "PostgreSQL" or "iOS".
func plausibleCamel(s string) bool {
	var parts []string
	start := 0
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			parts = append(parts, string(rs[start:i]))
			start = i
		}
	}
	parts = append(parts, string(rs[start:]))
	for _, p := range parts {
		lp := strings.ToLower(p)
		if len(p) <= 4 || inWordList(lp) || plausible(lp) {
			continue
		}
		if strings.ToUpper(p) == p {
			continue
		}
		return false
	}
	return true
}

var (
	wordsOnce sync.Once
	wordSet   map[string]bool
	bigram    [27][27]float64 // log P(next | prev); index 26 is the word boundary
)

func loadWords() {
	wordSet = make(map[string]bool, 4000)
	var counts [27][27]float64
	for _, w := range strings.Fields(wordList) {
		wordSet[w] = true
		prev := 26
		for _, r := range w {
			c := letterIndex(r)
			if c < 0 {
				prev = 26
				continue
			}
			counts[prev][c]++
			prev = c
		}
		counts[prev][26]++
	}
	for i := range counts {
		total := 0.0
		for j := range counts[i] {
			total += counts[i][j] + 0.5
		}
		for j := range counts[i] {
			bigram[i][j] = math.Log((counts[i][j] + 0.5) / total)
		}
	}
}

// letterIndex maps a (folded) Latin letter to 0..25, -1 otherwise.
func letterIndex(r rune) int {
	if r >= 'a' && r <= 'z' {
		return int(r - 'a')
	}
	return -1
}

// inWordList looks a lower-case word up, also without common suffixes.
func inWordList(w string) bool {
	wordsOnce.Do(loadWords)
	w = strings.Trim(w, "'’.-")
	if wordSet[w] {
		return true
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if wordSet[w] {
		return true
	}
	for _, suf := range []struct{ cut, add string }{
		{"ies", "y"}, {"ied", "y"}, {"ier", "y"}, {"iest", "y"}, {"ily", "y"},
		{"s", ""}, {"es", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}, {"ly", ""},
		{"er", ""}, {"er", "e"}, {"ers", ""}, {"ers", "e"}, {"ment", ""}, {"ments", ""},
		{"ation", "e"}, {"ation", ""}, {"ations", "e"}, {"ations", ""}, {"ness", ""}, {"ity", ""},
		{"al", ""}, {"ally", ""}, {"ist", ""}, {"ists", ""}, {"ise", "ize"}, {"ised", "ized"}, {"ising", "izing"},
		{"isation", "ization"}, {"our", "or"}, {"re", "er"}, {"able", ""}, {"ful", ""}, {"less", ""},
	} {
		if strings.HasSuffix(w, suf.cut) && len(w)-len(suf.cut) >= 3 {
			if wordSet[w[:len(w)-len(suf.cut)]+suf.add] {
				return true
			}
		}
	}
	for _, pre := range []string{"re", "un", "non", "co", "pre", "sub", "inter", "multi", "self", "over", "under", "mis", "de"} {
		if strings.HasPrefix(w, pre) && len(w)-len(pre) >= 4 && wordSet[w[len(pre):]] {
			return true
		}
	}
	return false
}

// plausible tells whether a lower-case word that is not in the list still
// has the shape of a word: vowels, no long consonant runs, no triple
// letters, and letter pairs that are common in English and its neighbours.
func plausible(w string) bool {
	wordsOnce.Do(loadWords)
	w = foldLatin(w)
	n, vowels, run, maxRun, same := 0, 0, 0, 0, 0
	var last rune
	score := 0.0
	prev := 26
	for _, r := range w {
		c := letterIndex(r)
		if c < 0 {
			return false
		}
		n++
		if strings.ContainsRune("aeiouy", r) {
			vowels++
			run = 0
		} else {
			run++
			if run > maxRun {
				maxRun = run
			}
		}
		if r == last {
			same++
			if same >= 2 {
				return false
			}
		} else {
			same = 0
		}
		last = r
		score += bigram[prev][c]
		prev = c
	}
	score += bigram[prev][26]
	switch {
	case n < 2:
		return true
	case vowels == 0:
		return false
	case maxRun > 5:
		return false
	case n >= 4 && vowels*10 > n*8:
		return false
	}
	return score/float64(n+1) >= plausibleMin
}

// foldLatin removes accents from Latin letters (é → e, ß → ss).
func foldLatin(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.IsMark(r):
		case r == 'ß':
			b.WriteString("ss")
		case r == 'æ':
			b.WriteString("ae")
		case r == 'œ':
			b.WriteString("oe")
		case r == 'ø':
			b.WriteByte('o')
		case r == 'ł':
			b.WriteByte('l')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pdfCounts are the glyph counts pdftext reports; zero for other formats.
type pdfCounts struct {
	glyphs, undecoded, imagePages int
}

// assess computes the Quality of an extracted text. Pages is set by the
// caller.
func assess(text string, pc pdfCounts, flags []string) (Quality, textStats) {
	st := assessText(text)
	q := Quality{Words: st.words, Score: st.score(), Flags: append([]string(nil), flags...)}
	if st.isReversed() {
		// Only the words that read forwards are usable.
		q.Score = float64(st.dictionary) / float64(st.words)
		q.Flags = addFlag(q.Flags, "reversed_text")
	}
	if st.words >= minJudgedWords {
		// Words run together ("SeniorHealthDataAnalyst…"): a PDF without
		// word spacing. English words average five or six letters.
		if mean := float64(st.letters) / float64(st.words); mean > gluedLetters {
			q.Score *= gluedLetters / mean * 0.8
			q.Flags = addFlag(q.Flags, "missing_spaces")
		}
	}
	if m := st.mojibakeShare(); m > mojibakeFlag {
		q.Score *= math.Max(0, 1-10*m)
		q.Flags = addFlag(q.Flags, "wrong_encoding")
	}
	if all := pc.glyphs + pc.undecoded; all > 0 {
		share := float64(pc.undecoded) / float64(all)
		q.Score *= 1 - share
		if share > UndecodedFlag {
			q.Flags = addFlag(q.Flags, "undecoded_font")
		}
	}
	if st.words < LowTextWords {
		q.Flags = addFlag(q.Flags, "low_text")
	}
	q.Score = math.Round(q.Score*1000) / 1000
	if q.Flags == nil {
		q.Flags = []string{}
	}
	return q, st
}

// garbled applies the verdict: a text with enough words whose score is below
// GarbledScore, or a PDF whose glyphs are mostly undecoded.
func garbled(q Quality, st textStats, pc pdfCounts) bool {
	// Glyphs counts the decoded glyphs only, so the share of undecoded ones
	// is taken over both.
	if all := pc.glyphs + pc.undecoded; all > 0 && float64(pc.undecoded) > UndecodedGarbled*float64(all) {
		return true
	}
	return st.good+st.bad >= minJudgedWords && q.Score < GarbledScore
}

func addFlag(flags []string, f string) []string {
	for _, x := range flags {
		if x == f {
			return flags
		}
	}
	return append(flags, f)
}

// symbolSoup tells a run of mixed symbols (undecoded glyphs) from rules
// and separators such as "----", "|---|---|" or "***".
func symbolSoup(tok string) bool {
	distinct := map[rune]bool{}
	for _, r := range tok {
		if !strings.ContainsRune("-=_*#~.|:+<>()[]–—•·", r) {
			distinct[r] = true
		}
	}
	return len(distinct) >= 2
}
