// Command render turns a plain-text or Markdown résumé into simple HTML, the
// first step of scripts/render-eval.sh, which then has LibreOffice turn the
// HTML into DOCX and PDF the way a word processor would lay it out.
//
//	go run ./tools/render FILE.md|FILE.txt > FILE.html
//
// Rules: Markdown headings and short all-caps lines become bold h1/h2/h3;
// "- ", "* " and "• " lines become list items; consecutive lines that start
// with "|" become a table (a Markdown separator row is dropped, the first
// row is bold when one followed it); runs of three or more spaces inside a
// line become a wide gap (as a tab would); other lines become paragraphs.
// Every page has a running footer with the name and the page number.
// **bold**, *italic*, `code` and [text](url) are rendered inline.
package main

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: render FILE.md|FILE.txt")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "render:", err)
		os.Exit(1)
	}
	md := strings.EqualFold(filepath.Ext(os.Args[1]), ".md")
	w := bufio.NewWriter(os.Stdout)
	Render(w, string(data), md)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "render:", err)
		os.Exit(1)
	}
}

const head = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Résumé</title>
<style>
@page { size: 8.5in 11in; margin: 0.9in 1in 0.9in 1in; }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; }
h1, h2, h3 { font-family: "Liberation Sans", Arial, sans-serif; }
h1 { font-size: 16pt; font-weight: bold; margin: 0 0 4pt 0; }
h2 { font-size: 12.5pt; font-weight: bold; margin: 10pt 0 3pt 0; }
h3 { font-size: 11pt; font-weight: bold; margin: 6pt 0 2pt 0; }
p { margin: 0 0 3pt 0; }
ul { margin: 0 0 3pt 0; }
li { margin: 0 0 1pt 0; }
table { border-collapse: collapse; margin: 2pt 0 4pt 0; }
td, th { font-size: 10.5pt; padding: 1pt 6pt; vertical-align: top; text-align: left; }
</style></head><body>
`

var (
	reBullet = regexp.MustCompile(`^\s*(?:[-*•▪◦]|\d+[.)])\s+`)
	reSep    = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	reGap    = regexp.MustCompile(` {3,}`)
	reBold   = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	reItal   = regexp.MustCompile(`(^|[^*\w])\*([^*\s][^*]*)\*`)
	reCode   = regexp.MustCompile("`([^`]+)`")
	reLink   = regexp.MustCompile(`\[([^\]]+)\]\(([^)\s]+)\)`)
)

// Render writes the HTML for one résumé.
func Render(w io.Writer, src string, md bool) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	lines := strings.Split(src, "\n")
	io.WriteString(w, head)
	// A running footer, as many résumés have: the name and the page number.
	fmt.Fprintf(w, "<div title=\"footer\"><p style=\"font-size: 9pt\">%s · Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>\n",
		html.EscapeString(footerName(lines)))
	inList := false
	closeList := func() {
		if inList {
			io.WriteString(w, "</ul>\n")
			inList = false
		}
	}
	first := true
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t")
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			closeList()
		case md && strings.HasPrefix(t, "#"):
			closeList()
			level := len(t) - len(strings.TrimLeft(t, "#"))
			text := strings.TrimSpace(strings.TrimLeft(t, "#"))
			if level > 3 {
				level = 3
			}
			fmt.Fprintf(w, "<h%d>%s</h%d>\n", level, inline(text, md), level)
		case md && (t == "---" || t == "***" || t == "___"):
			closeList()
		case strings.HasPrefix(t, "|"):
			closeList()
			j := i
			for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") {
				j++
			}
			table(w, lines[i:j], md)
			i = j - 1
		case reBullet.MatchString(line):
			if !inList {
				io.WriteString(w, "<ul>\n")
				inList = true
			}
			fmt.Fprintf(w, "<li>%s</li>\n", inline(reBullet.ReplaceAllString(line, ""), md))
		case !md && first:
			fmt.Fprintf(w, "<h1>%s</h1>\n", inline(t, md))
		case !md && isCapsHeading(t):
			closeList()
			fmt.Fprintf(w, "<h2>%s</h2>\n", inline(t, md))
		default:
			closeList()
			fmt.Fprintf(w, "<p>%s</p>\n", inline(t, md))
		}
		if t != "" {
			first = false
		}
	}
	closeList()
	io.WriteString(w, "</body></html>\n")
}

// footerName is the résumé's first line without Markdown marks or what
// follows a "|" or a comma (credentials, contact details).
func footerName(lines []string) string {
	for _, l := range lines {
		t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "#"))
		if t == "" {
			continue
		}
		t, _, _ = strings.Cut(t, "|")
		t, _, _ = strings.Cut(t, ",")
		return strings.TrimSpace(strings.ReplaceAll(t, "**", ""))
	}
	return ""
}

// isCapsHeading reports a short line in capitals, the usual plain-text
// section heading ("EXPERIENCE", "EDUCATION & CERTIFICATION").
func isCapsHeading(t string) bool {
	t = strings.TrimSuffix(t, ":")
	if len([]rune(t)) > 40 {
		return false
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3
}

func table(w io.Writer, rows []string, md bool) {
	io.WriteString(w, "<table>\n")
	headerDone := false
	for k, r := range rows {
		if reSep.MatchString(r) {
			continue
		}
		isHead := !headerDone && k+1 < len(rows) && reSep.MatchString(rows[k+1])
		headerDone = true
		cells := strings.Split(strings.Trim(strings.TrimSpace(r), "|"), "|")
		io.WriteString(w, "<tr>")
		for _, c := range cells {
			c = inline(strings.TrimSpace(c), md)
			if isHead {
				fmt.Fprintf(w, "<td valign=\"top\"><b>%s</b></td>", c)
			} else {
				fmt.Fprintf(w, "<td valign=\"top\">%s</td>", c)
			}
		}
		io.WriteString(w, "</tr>\n")
	}
	io.WriteString(w, "</table>\n")
}

// inline escapes text and renders the little inline Markdown résumés use.
func inline(s string, md bool) string {
	s = reGap.ReplaceAllString(s, "\x00")
	s = html.EscapeString(s)
	s = strings.ReplaceAll(s, "\x00", " &emsp;&emsp;&emsp; ")
	if md {
		s = reLink.ReplaceAllString(s, `<a href="$2">$1</a>`)
		s = reBold.ReplaceAllString(s, `<b>$1</b>`)
		s = reItal.ReplaceAllString(s, `$1<i>$2</i>`)
		s = reCode.ReplaceAllString(s, `$1`)
	}
	return s
}
