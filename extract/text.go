package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// decodeText turns the bytes of a text file into a Go string. It handles a
// UTF-8 or UTF-16 byte order mark, UTF-16 without one, and falls back to
// Windows-1252 for 8-bit text that is not valid UTF-8. ok is false when the
// bytes do not look like text at all. With prefix set, b may end in the
// middle of a character.
func decodeText(b []byte, prefix bool) (string, bool) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(b, []byte{0xFF, 0xFE, 0, 0}):
		return decodeUTF16(b[2:], false), true
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], true), true
	}
	if be, ok := utf16NoBOM(b); ok {
		return decodeUTF16(b, be), true
	}
	if bytes.IndexByte(b, 0) >= 0 {
		// NULs in a text file are rare; allow a stray few.
		if bytes.Count(b, []byte{0})*1000 > len(b) {
			return "", false
		}
	}
	ctrl := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			ctrl++
		}
	}
	if ctrl*50 > len(b) {
		return "", false
	}
	check := b
	if prefix {
		// Allow a character cut in half at the end of a prefix.
		for i := 0; i < utf8.UTFMax && len(check) > 0; i++ {
			if utf8.Valid(check) {
				break
			}
			check = check[:len(check)-1]
		}
	}
	if utf8.Valid(check) {
		return string(b), true
	}
	// Mostly valid UTF-8 with a few bad bytes is still UTF-8.
	bad := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		}
		i += n
	}
	if bad*100 < len(b) && hasMultibyte(b) {
		return strings.ToValidUTF8(string(b), "\uFFFD"), true
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	return string(s), true
}

func hasMultibyte(b []byte) bool {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if n > 1 && r != utf8.RuneError {
			return true
		}
		i += n
	}
	return false
}

// utf16NoBOM spots UTF-16 text without a byte order mark: most code units
// of Latin text have one zero byte, always on the same side.
func utf16NoBOM(b []byte) (bigEndian, ok bool) {
	n := len(b) &^ 1
	if n < 8 {
		return false, false
	}
	if n > 4096 {
		n = 4096
	}
	evenZero, oddZero := 0, 0
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			evenZero++
		}
		if b[i+1] == 0 {
			oddZero++
		}
	}
	units := n / 2
	switch {
	case oddZero*10 >= units*7 && evenZero*20 < units:
		return false, true
	case evenZero*10 >= units*7 && oddZero*20 < units:
		return true, true
	}
	return false, false
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u))
}

// normalizeText normalises line ends to "\n" and cleans every line with
// cleanLine, keeping one output line per input line.
func normalizeText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = cleanLine(l)
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// ligatures are presentation forms that break word matching.
var ligatures = strings.NewReplacer(
	"\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl",
	"\uFB05", "st", "\uFB06", "st",
)

// cleanLine drops control and invisible format characters, turns unusual
// spaces into plain spaces, expands ligatures, composes accents (NFC) and
// trims trailing space. Tabs are kept. The result is valid UTF-8.
func cleanLine(l string) string {
	if !utf8.ValidString(l) {
		l = strings.ToValidUTF8(l, "\uFFFD")
	}
	clean := true
	for _, r := range l {
		if r < 0x20 && r != '\t' || r >= 0x7F && !isPlainPrintable(r) {
			clean = false
			break
		}
	}
	if !clean {
		var b strings.Builder
		b.Grow(len(l))
		for _, r := range l {
			switch {
			case r == '\t':
				b.WriteByte('\t')
			case r == '\u2028' || r == '\u2029' || r == '\u0085':
				b.WriteByte(' ')
			case puaBullets[r]:
				b.WriteRune('•')
			case r == '\u00AD' || r == '\uFEFF' || r == '\u200B' || r == '\u2060' || r == '\u200C' || r == '\u200D':
				// soft hyphen, zero-width characters: drop
			case r < 0x20 || (r >= 0x7F && r < 0xA0):
				// control characters: drop
			case unicode.Is(unicode.Zs, r):
				b.WriteByte(' ')
			case unicode.Is(unicode.Cf, r), unicode.Is(unicode.Cs, r):
				// other invisible formatting characters: drop
			default:
				b.WriteRune(r)
			}
		}
		l = b.String()
		l = ligatures.Replace(l)
		if !norm.NFC.IsNormalString(l) {
			l = norm.NFC.String(l)
		}
	}
	return strings.TrimRightFunc(l, unicode.IsSpace)
}

// puaBullets are private-use code points of the Symbol and Wingdings fonts
// that Word and PDF producers leave in text for list bullets.
var puaBullets = map[rune]bool{0xF0B7: true, 0xF0A7: true, 0xF0D8: true, 0xF0FC: true, 0xF076: true,
	0xF0A8: true, 0xF06C: true, 0xF06E: true, 0xF09F: true, 0xF0D7: true, 0xF0E8: true, 0xF071: true}

// isPlainPrintable is true for non-ASCII runes cleanLine keeps unchanged.
func isPlainPrintable(r rune) bool {
	if puaBullets[r] {
		return false
	}
	if r >= 0x80 && r < 0xA0 || r == 0xA0 || r == 0xAD {
		return false
	}
	if r >= 0xFB00 && r <= 0xFB06 {
		return false
	}
	if unicode.Is(unicode.Zs, r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cs, r) || r == '\u2028' || r == '\u2029' {
		return false
	}
	// Combining marks may need composing.
	return !unicode.Is(unicode.Mn, r)
}

// joinLines joins lines, collapsing runs of blank lines into one and dropping
// leading and trailing blank lines.
func joinLines(lines []string) string {
	out := make([]string, 0, len(lines))
	blank := true
	for _, l := range lines {
		l = cleanLine(l)
		if strings.TrimSpace(l) == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}
