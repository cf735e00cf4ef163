package matcher

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize returns text in Unicode NFKC (so the ligature "ﬁ" becomes "fi"
// and full-width letters become ASCII) with typographic quotes and dashes
// folded to their ASCII forms, tabs and no-break spaces to plain spaces, and
// "\r" removed. It never adds or removes "\n", so line numbers survive.
func normalize(text string) string {
	ascii := true
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= utf8.RuneSelf || c == '\r' || c == '\t' || c == '`' {
			ascii = false
			break
		}
	}
	if ascii {
		return text
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.Contains(text, "\u2122") || strings.Contains(text, "\u2120") {
		// "Epic™": dropped before NFKC turns "™" into the letters "TM"
		// ("®" and "©" are dropped by foldRune).
		text = marksReplacer.Replace(text)
	}
	text = norm.NFKC.String(text)
	// Fold only if some rune needs it; scanning is cheaper than strings.Map.
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c == '\r' || c == '\t' || c == '`' {
				return strings.Map(foldRune, text)
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if foldRune(r) != r {
			return strings.Map(foldRune, text)
		}
		i += sz
	}
	return text
}

// foldRune maps typographic characters to ASCII; -1 drops the rune.
func foldRune(r rune) rune {
	if r < 0x80 {
		switch r {
		case '\r':
			return -1
		case '\t':
			return ' '
		case '`':
			return '\''
		}
		return r
	}
	switch r {
	case '\u00A0', '\u2007', '\u202F', '\u200B', '\u3000', '\u2028', '\u2029', '\u0085':
		return ' ' // "\n" stays the only line break
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return '-'
	case '\u00AD', '\uFEFF', '\u00AE', '\u00A9':
		return -1 // soft hyphen, byte-order mark, ® and © after names ("ITIL® 4")
	}
	return r
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiLower lowers ASCII letters only; it keeps byte offsets, so slices of
// the original and the lowered text line up.
func asciiLower(s string) string {
	has := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			has = true
			break
		}
	}
	if !has {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

var marksReplacer = strings.NewReplacer("\u2122", "", "\u2120", "")
