package extract

import (
	"html"
	"regexp"
	"strings"
)

// FormatHTML is a web page (a résumé saved from a browser, Google Docs or a
// résumé builder). It is read as text: tags dropped, blocks become lines.
const FormatHTML = "html"

var (
	htmlDrop   = regexp.MustCompile(`(?is)<(script|style|head|noscript|template|svg|del)\b.*?</(script|style|head|noscript|template|svg|del)\s*>|<!--.*?-->`)
	htmlRow    = regexp.MustCompile(`(?is)<tr\b.*?</tr\s*>`)
	htmlBlock  = regexp.MustCompile(`(?i)<(/?(p|div|br|h[1-6]|ul|ol|dl|dt|dd|tr|table|section|header|footer|article|aside|main|nav|blockquote|pre|hr|address|figure|figcaption|form|fieldset|legend))\b[^>]*>`)
	htmlItem   = regexp.MustCompile(`(?i)<li\b[^>]*>`)
	htmlCell   = regexp.MustCompile(`(?i)<t[dh]\b[^>]*>`)
	htmlRowEnd = regexp.MustCompile(`(?i)</tr\s*>`)
	htmlTag    = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|<![A-Za-z][^>]*>|<\?[^>]*>`)
	htmlSpace  = regexp.MustCompile(`[ \t\r\n\f]+`)
)

// looksLikeHTML reports whether text is an HTML document.
func looksLikeHTML(s, ext string) bool {
	t := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\uFEFF")))
	if len(t) > 2048 {
		t = t[:2048]
	}
	if strings.HasPrefix(t, "<?xml") {
		if i := strings.Index(t, "?>"); i >= 0 {
			t = strings.TrimSpace(t[i+2:])
		}
	}
	switch {
	case strings.HasPrefix(t, "<!doctype html"), strings.HasPrefix(t, "<html"):
		return true
	case ext == ".html" || ext == ".htm" || ext == ".xhtml":
		return strings.Contains(t, "<body") || strings.Contains(t, "<p") || strings.Contains(t, "<div")
	}
	return false
}

// htmlToText turns an HTML document into lines: whitespace is collapsed as
// a browser would, block elements start new lines, list items get "• ",
// table cells are joined by " | ".
func htmlToText(src string) string {
	s := htmlDrop.ReplaceAllString(src, " ")
	s = htmlSpace.ReplaceAllString(s, " ")
	// Paragraphs inside table cells: the row stays one line.
	s = htmlRow.ReplaceAllStringFunc(s, func(row string) string {
		return "\n" + htmlBlock.ReplaceAllString(row, " ")
	})
	s = htmlItem.ReplaceAllString(s, "\n• ")
	s = htmlCell.ReplaceAllString(s, "\x00")
	s = htmlRowEnd.ReplaceAllString(s, "")
	s = htmlBlock.ReplaceAllString(s, "\n")
	s = htmlTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	lines := strings.Split(s, "\n")
	// A bullet whose text sits in a paragraph of its own joins that text.
	for i := 0; i+1 < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "•" {
			j := i + 1
			for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
				j++
			}
			if j < len(lines) {
				lines[j] = "• " + strings.TrimSpace(lines[j])
				lines[i] = ""
			}
		}
	}
	for i, l := range lines {
		// Cells: the first in a row opens it; the others are separators.
		if strings.Contains(l, "\x00") {
			var cells []string
			for _, c := range strings.Split(l, "\x00") {
				if c = strings.TrimSpace(c); c != "" {
					cells = append(cells, c)
				}
			}
			l = strings.Join(cells, " | ")
		}
		lines[i] = strings.TrimSpace(strings.ReplaceAll(l, "\u00a0", " "))
	}
	return joinLines(lines)
}
