package pdftext

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

const noRune = 0xFFFD

// standardNames lists Adobe StandardEncoding above ASCII (codes 0xA1-0xFB).
var standardHigh = map[byte]string{
	0xA1: "exclamdown", 0xA2: "cent", 0xA3: "sterling", 0xA4: "fraction", 0xA5: "yen",
	0xA6: "florin", 0xA7: "section", 0xA8: "currency", 0xA9: "quotesingle",
	0xAA: "quotedblleft", 0xAB: "guillemotleft", 0xAC: "guilsinglleft", 0xAD: "guilsinglright",
	0xAE: "fi", 0xAF: "fl", 0xB1: "endash", 0xB2: "dagger", 0xB3: "daggerdbl",
	0xB4: "periodcentered", 0xB6: "paragraph", 0xB7: "bullet", 0xB8: "quotesinglbase",
	0xB9: "quotedblbase", 0xBA: "quotedblright", 0xBB: "guillemotright", 0xBC: "ellipsis",
	0xBD: "perthousand", 0xBF: "questiondown", 0xC1: "grave", 0xC2: "acute",
	0xC3: "circumflex", 0xC4: "tilde", 0xC5: "macron", 0xC6: "breve", 0xC7: "dotaccent",
	0xC8: "dieresis", 0xCA: "ring", 0xCB: "cedilla", 0xCD: "hungarumlaut", 0xCE: "ogonek",
	0xCF: "caron", 0xD0: "emdash", 0xE1: "AE", 0xE3: "ordfeminine", 0xE8: "Lslash",
	0xE9: "Oslash", 0xEA: "OE", 0xEB: "ordmasculine", 0xF1: "ae", 0xF5: "dotlessi",
	0xF8: "lslash", 0xF9: "oslash", 0xFA: "oe", 0xFB: "germandbls",
}

type baseEncoding int

const (
	encNone baseEncoding = iota
	encStandard
	encWinAnsi
	encMacRoman
	encPDFDoc
)

// baseText returns the text of code in a base encoding ("" when undefined).
func baseText(enc baseEncoding, code byte) string {
	if code < 0x20 && enc != encNone {
		return ""
	}
	switch enc {
	case encStandard:
		if code >= 0x20 && code < 0x7F {
			switch code {
			case 0x27:
				return "\u2019"
			case 0x60:
				return "\u2018"
			}
			return string(rune(code))
		}
		if n, ok := standardHigh[code]; ok {
			return glyphNameText(n)
		}
		return ""
	case encWinAnsi, encPDFDoc:
		r := winAnsiEncoding[code]
		if code == 0x7F || r == noRune {
			return ""
		}
		if r == 0xA0 { // no-break space
			return " "
		}
		return expandLigature(string(r))
	case encMacRoman:
		if code == 0x7F {
			return ""
		}
		r := macRomanEncoding[code]
		if r == 0xCA {
			return " "
		}
		return expandLigature(string(r))
	}
	return ""
}

// ligatures are expanded the way pdftotext does (NFKC on U+FB00-FB06).
var ligatures = map[rune]string{
	0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
}

func expandLigature(s string) string {
	for _, r := range s {
		if r >= 0xFB00 && r <= 0xFB06 {
			var b strings.Builder
			for _, r := range s {
				if l, ok := ligatures[r]; ok {
					b.WriteString(l)
				} else {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return s
}

// glyphNameText maps a glyph name to text following the Adobe Glyph List
// rules: drop a ".suffix", split "f_f_i" ligature names on '_', look the
// components up in the glyph list, else parse "uniXXXX[XXXX...]" and
// "uXXXX[XX]". Meaningless names (g12, cid34, glyph5) give "".
func glyphNameText(name string) string {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		if i == 0 {
			return ""
		}
		name = name[:i]
	}
	if strings.IndexByte(name, '_') > 0 {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			t := glyphNameText(part)
			if t == "" {
				return ""
			}
			b.WriteString(t)
		}
		return b.String()
	}
	if r, ok := glyphNames[name]; ok && r != 0 {
		return expandLigature(string(r))
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i < len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil || (v >= 0xD800 && v <= 0xDFFF) {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return expandLigature(b.String())
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		v, err := strconv.ParseUint(name[1:], 16, 32)
		if err == nil && utf8.ValidRune(rune(v)) {
			return expandLigature(string(rune(v)))
		}
	}
	// Single letters and digits are their own names in the list; names such
	// as "one" are covered above. Anything else is not decodable.
	return ""
}
