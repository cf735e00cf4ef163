package extract

import (
	"html"
	"regexp"
	"strings"
)

// Patterns for Markdown syntax. They work line by line: the Markdown reader
// keeps one output line per source line so that evidence line numbers match
// the file.
var (
	mdHeading   = regexp.MustCompile(`^ {0,3}#{1,6}(\s+|$)`)
	mdHeadClose = regexp.MustCompile(`\s+#+\s*$`)
	mdSetext    = regexp.MustCompile(`^ {0,3}(=+|-{2,})\s*$`)
	mdRule      = regexp.MustCompile(`^ {0,3}((\*\s*){3,}|(-\s*){3,}|(_\s*){3,})$`)
	mdBullet    = regexp.MustCompile(`^(\s*)[-*+•]\s+`)
	mdTask      = regexp.MustCompile(`^(\s*- )\[[ xX]\]\s+`)
	mdQuote     = regexp.MustCompile(`^ {0,3}(>\s?)+`)
	mdFence     = regexp.MustCompile("^ {0,3}(```|~~~)")
	mdTableSep  = regexp.MustCompile(`^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?$`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdLinkDef   = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S+`)
	mdAutolink  = regexp.MustCompile(`<((?:https?|mailto|ftp):[^>\s]+|[^>\s@]+@[^>\s@]+)>`)
	mdBold      = regexp.MustCompile(`\*\*([^*\s](?:[^*]*[^*\s])?)\*\*|__([^_\s](?:[^_]*[^_\s])?)__`)
	mdItalStar  = regexp.MustCompile(`(^|[^\w*])\*([^*\s](?:[^*]*[^*\s])?)\*`)
	mdItalUnd   = regexp.MustCompile(`(^|[^\w_])_([^_\s](?:[^_]*[^_\s])?)_($|[^\w_])`)
	mdStrike    = regexp.MustCompile(`~~([^~]+)~~`)
	mdCode      = regexp.MustCompile("`+([^`]+)`+")
	mdHTMLTag   = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	mdBreakTag  = regexp.MustCompile(`(?i)<br\s*/?>`)
	mdEscape    = regexp.MustCompile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])")
	mdNumbered  = regexp.MustCompile(`^\s*\d{1,3}[.)]\s+`)
)

// markdownToText removes the Markdown syntax that would confuse matching and
// keeps the words. Headings become plain lines, links become their text,
// emphasis and HTML tags disappear, table rows become cells joined by " | ",
// bullets become "- ". Line i of the output is line i of the input.
func markdownToText(src string) string {
	lines := strings.Split(normalizeText(src), "\n")
	inFence, inComment, inFront := false, false, false
	for i, l := range lines {
		if i == 0 && strings.TrimSpace(l) == "---" {
			inFront = true
			lines[i] = ""
			continue
		}
		if inFront {
			if t := strings.TrimSpace(l); t == "---" || t == "..." {
				inFront = false
				lines[i] = ""
			}
			continue
		}
		if mdFence.MatchString(l) {
			inFence = !inFence
			lines[i] = ""
			continue
		}
		if inFence {
			continue
		}
		l, inComment = stripHTMLComments(l, inComment)
		lines[i] = markdownLine(l)
	}
	return strings.Join(lines, "\n")
}

// stripHTMLComments removes <!-- ... --> that may span lines.
func stripHTMLComments(l string, in bool) (string, bool) {
	var b strings.Builder
	for {
		if in {
			j := strings.Index(l, "-->")
			if j < 0 {
				return b.String(), true
			}
			l = l[j+3:]
			in = false
			continue
		}
		j := strings.Index(l, "<!--")
		if j < 0 {
			b.WriteString(l)
			return b.String(), false
		}
		b.WriteString(l[:j])
		l = l[j+4:]
		in = true
	}
}

// escBase shifts escaped ASCII punctuation into the private use area while
// the syntax rules run.
const escBase = 0xF700

func markdownLine(l string) string {
	t := strings.TrimSpace(l)
	switch {
	case t == "":
		return ""
	case strings.ContainsAny(t[:1], "=-*_") && (mdSetext.MatchString(l) || mdRule.MatchString(l)),
		strings.Contains(t, "-") && strings.Contains(t, "|") && mdTableSep.MatchString(t),
		t[0] == '[' && mdLinkDef.MatchString(l):
		return ""
	}
	// Each rule runs only when the characters it needs are on the line:
	// most résumé lines have no Markdown syntax at all, and the regular
	// expressions dominate the cost of reading a Markdown file.
	if t[0] == '#' {
		if m := mdHeading.FindString(l); m != "" {
			l = l[len(m):]
			if strings.Contains(l, "#") {
				l = mdHeadClose.ReplaceAllString(l, "")
			}
		}
	}
	// Escaped characters are hidden from the syntax rules and restored last.
	if strings.Contains(l, `\`) {
		l = mdEscape.ReplaceAllStringFunc(l, func(m string) string { return string(rune(escBase) + rune(m[1])) })
	}
	if t[0] == '>' {
		l = mdQuote.ReplaceAllString(l, "")
	}
	if strings.Contains(l, "[") {
		l = mdTask.ReplaceAllString(l, "$1")
	}
	if m := mdBullet.FindStringSubmatch(l); m != nil {
		l = m[1] + "- " + l[len(m[0]):]
		if m2 := mdTask.FindStringSubmatch(l); m2 != nil {
			l = m2[1] + l[len(m2[0]):]
		}
	}
	// Table rows: | a | b | -> a | b
	if strings.HasPrefix(t, "|") || (strings.Count(t, "|") >= 2 && strings.HasSuffix(t, "|")) {
		l = tableRow(l)
	}
	hasTag := strings.Contains(l, "<")
	if hasTag {
		l = mdBreakTag.ReplaceAllString(l, " ")
	}
	if strings.Contains(l, "![") {
		l = mdImage.ReplaceAllString(l, "$1")
	}
	for i := 0; i < 3 && strings.Contains(l, "]"); i++ {
		l2 := mdLink.ReplaceAllString(l, "$1")
		l2 = mdRefLink.ReplaceAllString(l2, "$1")
		if l2 == l {
			break
		}
		l = l2
	}
	if hasTag {
		l = mdAutolink.ReplaceAllString(l, "$1")
		l = mdHTMLTag.ReplaceAllString(l, "")
	}
	if strings.Contains(l, "`") {
		l = mdCode.ReplaceAllString(l, "$1")
	}
	for i := 0; i < 2 && strings.ContainsAny(l, "*_~"); i++ {
		l = mdBold.ReplaceAllString(l, "$1$2")
		l = mdItalStar.ReplaceAllString(l, "$1$2")
		l = mdItalUnd.ReplaceAllString(l, "$1$2$3")
		l = mdStrike.ReplaceAllString(l, "$1")
	}
	l = strings.Map(func(r rune) rune {
		if r > escBase && r < escBase+0x80 {
			return r - escBase
		}
		return r
	}, l)
	if strings.Contains(l, "&") {
		l = html.UnescapeString(l)
	}
	return cleanLine(l)
}

// tableRow turns "| a | b |" into "a | b", dropping empty cells. Escaped
// pipes (\|) stay inside their cell.
func tableRow(l string) string {
	l = strings.ReplaceAll(l, string(rune(escBase)+'|'), "\x00")
	cells := strings.Split(strings.TrimSpace(l), "|")
	out := cells[:0]
	for _, c := range cells {
		c = strings.TrimSpace(strings.ReplaceAll(c, "\x00", "|"))
		if c != "" {
			out = append(out, c)
		}
	}
	return strings.Join(out, " | ")
}

// plainText cleans a plain-text résumé: line ends, control characters,
// invisible characters. Lines are kept as they are.
func plainText(src string) string {
	return normalizeText(src)
}
