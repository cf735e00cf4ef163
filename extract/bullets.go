package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bulletGlyphs are the glyphs word processors and PDF producers draw in
// front of list items. normalizeBullets turns them into "- ", the marker
// Markdown bullets already become, so that one résumé reads the same
// whether it arrives as text, Markdown, DOCX, ODT or PDF.
const bulletGlyphs = "•●▪■◦○‣⁃∙·➢➤►▸▶✓✔◆♦❖➔→"

// normalizeBullets rewrites a bullet glyph that starts a line (after any
// indentation) as "- ": "• Built …", "●Built …" and "▪ Built …" all become
// "- Built …". Glyphs inside a line ("SQL • Python") are left alone, as
// are dashes and asterisks, which are already plain markers, and a glyph
// standing alone on its line.
func normalizeBullets(text string) string {
	if !strings.ContainsAny(text, bulletGlyphs) {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		t := strings.TrimLeftFunc(l, unicode.IsSpace)
		r, size := utf8.DecodeRuneInString(t)
		if size == 0 || !strings.ContainsRune(bulletGlyphs, r) {
			continue
		}
		rest := strings.TrimLeftFunc(t[size:], unicode.IsSpace)
		if rest == "" {
			continue
		}
		lines[i] = l[:len(l)-len(t)] + "- " + rest
	}
	return strings.Join(lines, "\n")
}
