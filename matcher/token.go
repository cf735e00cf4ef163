package matcher

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is one matchable unit of a line. Words joined by '-', '/', '+' or
// '^' ("go-live", "HL7/FHIR", "ADT^A08") form one chunk of several tokens; the
// first token of such a chunk also carries the whole chunk ("go-live") so a
// form can match either the whole chunk or its parts. '&', '.' and
// apostrophes never split a chunk, so "R&D", "R.Ph." and "Ph.D." stay whole
// and never look like "R" or "D".
type token struct {
	text   string // original text ("Go", "C++", ".NET")
	lower  string // lower-cased text
	whole  string // whole chunk text, on a chunk's first token when nparts > 1
	wlower string // whole chunk, lower-cased
	line   int32  // 0-based line index
	clause int32  // increases at '.', ';', ':', '!', '?' and at each line
	key    int32  // id of the stemmed lower-case key, or -1
	exact  int32  // id of the original text among exact forms, or -1
	wkey   int32  // key id of the whole chunk (first token, nparts > 1)
	wexact int32  // exact id of the whole chunk
	nparts uint8  // tokens in this chunk (first token only; 0 elsewhere)
	joinL  byte   // joiner to the previous token of the same chunk, or 0
	joinR  byte   // joiner to the next token of the same chunk, or 0
	sepL   byte   // separator before the chunk (',', '|', ';', '(', '.', '*' for bullets) or 0
	sepR   byte   // separator after the chunk, or 0
	flags  uint16
	cls    uint8 // word classes for form placeholders: clsNum, clsPeople, clsWord
}

const (
	fSentStart uint16 = 1 << iota // first token of a line or sentence
	fTrailDot                     // chunk ended in '.'
	fMasked                       // masked: never part of a skill match
	fCap                          // first letter upper-case
	fDigits                       // all digits
	fLetters                      // letters only (stemmable)
	fSoft                         // inside a soft-mask phrase ("Phi Beta Kappa", "go live")
	fVeto                         // vetoed word ("Rhapsody" on a line about Gershwin)
	fUsed                         // part of an accepted skill match
	fDegree                       // a degree abbreviation ("BS", "M.S.", "MSc")
)

func (t *token) has(f uint16) bool { return t.flags&f != 0 }

// isSep reports whether r separates chunks, and the byte recorded for it.
func sepByte(r rune) (byte, bool) {
	switch r {
	case ' ', '\t', '\v', '\f':
		return 0, true
	case ',', ';', '|', '(', ')', '[', ']', '{', '}', '"', '<', '>', '!', '?', '=', '~':
		return byte(r), true
	case '*', '•', '·', '●', '▪', '◦', '‣', '■', '□', '○', '➢', '➤', '✓', '✔', '►', '▸', '–', '—', '§', '¶':
		return '*', true
	}
	return 0, false
}

// tokenizeLine appends the tokens of one line to dst. clause is the running
// clause counter; the new value is returned.
//
// lowerLine is line lower-cased with byte offsets kept (asciiLower), or ""
// when the line is not ASCII; tokens then lower-case their own text.
func tokenizeLine(line, lowerLine string, lineNo int, clause int32, dst []token) ([]token, int32) {
	clause++
	sentStart := true
	var pendingSep byte
	i := 0
	for i < len(line) {
		r, sz := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(line[i:])
		}
		if r == ':' {
			// ':' splits unless between digits ("10:30").
			if !(i > 0 && isDigitByte(line[i-1]) && i+1 < len(line) && isDigitByte(line[i+1])) {
				pendingSep = ':'
				markSepR(dst, lineNo, ':')
				clause++
				sentStart = true
				i += sz
				continue
			}
		}
		if b, ok := sepByte(r); ok || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			if b != 0 {
				pendingSep = b
				markSepR(dst, lineNo, b)
				switch b {
				case ';', '!', '?':
					clause++
					sentStart = true
				case '*':
					sentStart = true
				}
			}
			i += sz
			continue
		}
		// A chunk runs to the next separator.
		j := i
		for j < len(line) {
			r2, sz2 := rune(line[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, sz2 = utf8.DecodeRuneInString(line[j:])
			}
			if r2 == ',' && thousandsAt(line, j) {
				j += 4 // "1,800": a thousands separator stays in the number
				continue
			}
			if _, ok := sepByte(r2); ok || r2 >= utf8.RuneSelf && unicode.IsSpace(r2) {
				break
			}
			if r2 == ':' && !(j > 0 && isDigitByte(line[j-1]) && j+1 < len(line) && isDigitByte(line[j+1])) {
				break
			}
			j += sz2
		}
		cs, ce := i, j
		chunk := line[i:j]
		i = j
		trailDot := false
		// Strip outer punctuation.
		for len(chunk) > 0 {
			c := chunk[len(chunk)-1]
			if c == '.' {
				trailDot = true
				chunk = chunk[:len(chunk)-1]
				ce--
				continue
			}
			if c == '-' || c == '/' || c == '\'' || c == '&' || c == '^' || c == '_' || c == '@' {
				chunk = chunk[:len(chunk)-1]
				ce--
				continue
			}
			if (c == '+' || c == '#') && !hasAlnum(chunk) {
				chunk = chunk[:len(chunk)-1]
				ce--
				continue
			}
			break
		}
		for len(chunk) > 0 {
			c := chunk[0]
			if c == '.' && len(chunk) > 1 && isLetterByte(chunk[1]) {
				break // ".NET"
			}
			if c == '.' || c == '-' || c == '/' || c == '\'' || c == '&' || c == '+' || c == '#' || c == '^' || c == '_' || c == '@' {
				chunk = chunk[1:]
				cs++
				continue
			}
			break
		}
		if chunk == "" {
			if trailDot {
				pendingSep = '.'
				markSepR(dst, lineNo, '.')
				clause++
				sentStart = true
			}
			continue
		}
		first := len(dst)
		lchunk := ""
		if lowerLine != "" {
			lchunk = lowerLine[cs:ce]
		}
		dst = splitChunk(chunk, lchunk, int32(lineNo), clause, dst)
		n := len(dst) - first
		if n > 1 && n < 256 {
			dst[first].whole = chunk
			if lchunk != "" {
				dst[first].wlower = lchunk
			} else {
				dst[first].wlower = strings.ToLower(chunk)
			}
			dst[first].nparts = uint8(n)
		} else {
			dst[first].nparts = 1
			if n > 1 {
				dst[first].nparts = 255
			}
		}
		dst[first].sepL = pendingSep
		pendingSep = 0
		if sentStart {
			dst[first].flags |= fSentStart
			sentStart = false
		}
		if trailDot {
			dst[len(dst)-1].flags |= fTrailDot
			if !dottedAbbrev(chunk) {
				dst[len(dst)-1].sepR = '.'
				pendingSep = '.'
				clause++
				sentStart = true
			}
		}
	}
	return dst, clause
}

// markSepR records sep after the last token of the line, if any.
func markSepR(dst []token, lineNo int, sep byte) {
	if n := len(dst); n > 0 && dst[n-1].line == int32(lineNo) && dst[n-1].sepR == 0 {
		dst[n-1].sepR = sep
	}
}

// splitChunk appends the parts of chunk, split at '-', '/', '^' and at '+'
// between alphanumerics.
func splitChunk(chunk, lchunk string, line, clause int32, dst []token) []token {
	start := 0
	var joinL byte
	emit := func(end int, joinR byte) {
		if end > start {
			dst = append(dst, newToken(chunk[start:end], sub(lchunk, start, end), line, clause, joinL, joinR))
			joinL = joinR
		}
	}
	for k := 0; k < len(chunk); k++ {
		c := chunk[k]
		split := false
		switch c {
		case '-', '/', '^':
			split = true
		case '+':
			split = k > 0 && k+1 < len(chunk) && isAlnumByte(chunk[k-1]) && isAlnumByte(chunk[k+1])
		}
		if split {
			if k > start {
				emit(k, c)
			}
			start = k + 1
		}
	}
	if start < len(chunk) {
		dst = append(dst, newToken(chunk[start:], sub(lchunk, start, len(chunk)), line, clause, joinL, 0))
	} else if n := len(dst); n > 0 && dst[n-1].line == line {
		dst[n-1].joinR = 0
	}
	return dst
}

func sub(s string, i, j int) string {
	if s == "" {
		return ""
	}
	return s[i:j]
}

func newToken(s, lower string, line, clause int32, joinL, joinR byte) token {
	if lower == "" {
		lower = strings.ToLower(s)
	}
	t := token{text: s, lower: lower, line: line, clause: clause, joinL: joinL, joinR: joinR,
		key: -1, exact: -1, wkey: -1, wexact: -1}
	letters, digits := true, true
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			r, sz := utf8.DecodeRuneInString(s[k:])
			if k == 0 && unicode.IsUpper(r) {
				t.flags |= fCap
			}
			if !unicode.IsLetter(r) {
				letters = false
			}
			digits = false
			k += sz - 1
			continue
		}
		if k == 0 && c >= 'A' && c <= 'Z' {
			t.flags |= fCap
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			letters = false
		}
		if c < '0' || c > '9' {
			digits = false
		}
	}
	if letters {
		t.flags |= fLetters
	}
	if digits {
		t.flags |= fDigits
	}
	return t
}

func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
func isAlnumByte(c byte) bool  { return isDigitByte(c) || isLetterByte(c) }

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// dottedAbbrev reports an abbreviation written with dots between short
// letter groups ("B.S", "M.S", "Ph.D", "R.Ph", "U.S"): its final dot does not
// end a sentence, so "B.S. Computer Science" is one phrase.
func dottedAbbrev(s string) bool {
	if strings.IndexByte(s, '.') < 0 {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.':
			if n == 0 {
				return false
			}
			n = 0
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			n++
			if n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

// thousandsAt reports a thousands separator at line[j] (a ','): one or two
// digits before it (or an earlier group, "1,200,000") and exactly three
// after ("1,800 nurses"). "837,835" stays two numbers.
func thousandsAt(line string, j int) bool {
	if j == 0 || j+4 > len(line) {
		return false
	}
	for k := j + 1; k <= j+3; k++ {
		if !isDigitByte(line[k]) {
			return false
		}
	}
	if j+4 < len(line) && isDigitByte(line[j+4]) {
		return false
	}
	n := 0
	for k := j - 1; k >= 0 && isDigitByte(line[k]); k-- {
		n++
	}
	if n == 3 && j-4 >= 1 && line[j-4] == ',' && isDigitByte(line[j-5]) {
		return true // a later group
	}
	return n == 1 || n == 2
}
