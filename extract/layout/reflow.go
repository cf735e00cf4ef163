package layout

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reflow (step 11 of Build) joins the lines of a paragraph that a word
// processor wrapped at the right margin, so that a long bullet reads as one
// line, as it does in the DOCX or text version of the same résumé. A line
// is continued by the next one when all of these hold:
//
//   - both are on the same page and column, with font sizes within 10 %;
//   - the next line is directly below: its baseline pitch is at most
//     1.6 em and not more than 12 % above the usual pitch of that size on
//     the page, its lower quartile (paragraph spacing stops the join);
//   - the line is full: the next line's first word (its width estimated
//     from the next line's mean character width) would not have fitted
//     before the right edge of the column, the largest right end of its
//     lines, which must be shared by at least two lines (so a page with
//     no wrapped text is left alone);
//   - the next line is not tabbed (made of fragments set apart by wide
//     gaps: right-aligned dates, tab stops, table cells), and the line is
//     not a tabbed one ending flush right with another line of the page
//     or ending with a date (right-aligned dates are placed, not wrapped);
//   - the next line is not a short heading ("Hobbies": one or two words,
//     capitalised, no closing punctuation) after a line that ends with
//     closing punctuation;
//   - the next line does not start with a bullet or list number (a line
//     cut inside a date range is joined whatever its dash: "... 2017" /
//     "– Present"), and it
//     starts where the paragraph's text does: at the first line's left
//     edge or up to 4 em right of it (the hanging indent after a bullet),
//     and at the same place as any earlier continuation line.
func reflow(t *Text) {
	edges := columnEdges(t)
	conts := make([]float64, len(t.Pages))
	lasts := make([]Line, len(t.Pages))
	for pi := range t.Pages {
		conts[pi] = -1
		p := &t.Pages[pi]
		if len(p.Lines) < 2 {
			if len(p.Lines) == 1 {
				lasts[pi] = p.Lines[0]
			}
			continue
		}
		pitch := usualPitch(p.Lines)
		ends := make([]float64, len(p.Lines))
		for i, l := range p.Lines {
			ends[i] = l.X1
		}
		out := make([]Line, 0, len(p.Lines))
		contX0 := -1.0 // left edge of the current paragraph's continuation lines
		var last Line  // the last physical line of the current paragraph
		for _, l := range p.Lines {
			if n := len(out); n > 0 && continues(out[n-1], last, l, edges, pitch, contX0, ends) {
				cur := &out[n-1]
				if contX0 < 0 {
					contX0 = l.X0
				}
				cur.Text = joinWrapped(cur.Text, l.Text)
				cur.X0 = min(cur.X0, l.X0)
				cur.X1 = max(cur.X1, l.X1)
				cur.Y0 = min(cur.Y0, l.Y0)
				cur.Size = max(cur.Size, l.Size)
				last = l
				continue
			}
			contX0 = -1
			last = l
			out = append(out, l)
		}
		p.Lines = out
		conts[pi] = contX0
		lasts[pi] = last
	}
	joinAcrossPages(t, edges, conts, lasts)
}

// joinAcrossPages continues a paragraph cut by a page break: the last line
// of a page is joined with the first line of the next page when the page's
// last line is full, the next starts where the paragraph's text does, both
// share a size and column 0, neither is tabbed nor a list item, and the
// sentence visibly runs on (see midSentence): with no paragraph spacing to
// go by, a heading at the top of the next page must not be swallowed.
// (Running headers and footers repeated on every page were already
// removed.)
func joinAcrossPages(t *Text, edges map[int]float64, conts []float64, lasts []Line) {
	for pi := 0; pi+1 < len(t.Pages); pi++ {
		p, q := &t.Pages[pi], &t.Pages[pi+1]
		if len(p.Lines) == 0 || len(q.Lines) < 2 {
			continue
		}
		cur, next, last := &p.Lines[len(p.Lines)-1], q.Lines[0], lasts[pi]
		if cur.Column != 0 || next.Column != 0 || last.tabbed || next.tabbed || !sameSize(cur.Size, next.Size) ||
			startsListItem(next.Text) {
			continue
		}
		em := cur.Size
		if c := conts[pi]; c >= 0 {
			if next.X0 < c-0.5*em || next.X0 > c+0.5*em {
				continue
			}
		} else if next.X0 < cur.X0-0.5*em || next.X0 > cur.X0+4*em {
			continue
		}
		edge, ok := edges[0]
		if !ok || !full(last, next, edge) || !midSentence(cur.Text, next.Text) {
			continue
		}
		cur.Text = joinWrapped(cur.Text, next.Text)
		q.Lines = q.Lines[1:]
	}
}

// midSentence reports a break inside a sentence: the next line starts with
// a lower-case letter or a digit, or the line ends with a comma, an
// ampersand or a word that cannot end one ("and", "of", "the", ...).
func midSentence(cur, next string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(next))
	if unicode.IsLower(r) || unicode.IsDigit(r) {
		return true
	}
	cur = strings.TrimSpace(cur)
	if strings.HasSuffix(cur, ",") || strings.HasSuffix(cur, "&") {
		return true
	}
	i := strings.LastIndexByte(cur, ' ')
	switch strings.ToLower(cur[i+1:]) {
	case "and", "or", "of", "the", "a", "an", "to", "for", "with", "in", "on", "by", "from", "at", "as", "into":
		return true
	}
	return false
}

// full reports whether the first word of next would not have fitted at the
// end of line last, given the column's right edge.
func full(last, next Line, edge float64) bool {
	n := utf8.RuneCountInString(next.Text)
	if n == 0 {
		return false
	}
	cw := (next.X1 - next.X0) / float64(n)
	first, _, _ := strings.Cut(next.Text, " ")
	w := float64(utf8.RuneCountInString(first)+1) * cw
	return last.X1+1.15*w+0.3*last.Size > edge
}

// A date cut by the wrap is always joined, tabbed or not, when the next
// line is directly below: a range cut after its dash ("May 2021 –" ⏎
// "Present") or a month cut from its year ("Jun" ⏎ "2019 – Apr 2021").
//
// joinWrapped joins a wrapped line (or cell) to its continuation with one
// space, or with none after a slash or a hyphen ending a word ("ICD-" ⏎
// "10", "HL7/" ⏎ "FHIR"): a word processor breaks after them without
// adding anything.
//
// A word hyphenated at the break ("an-" ⏎ "imated") loses its hyphen by the
// rules of the clean-up step (keepHyphen), which has not seen it when the
// break is inside a table cell.
func joinWrapped(a, b string) string {
	n := len(a)
	if n < 2 || a[n-2] == ' ' || (a[n-1] != '/' && a[n-1] != '-') {
		return a + " " + b
	}
	if a[n-1] == '-' {
		r, _ := utf8.DecodeRuneInString(b)
		if unicode.IsLower(r) {
			prefix := a[strings.LastIndexByte(a, ' ')+1 : n-1]
			next, _, _ := strings.Cut(b, " ")
			if !keepHyphen(prefix, next) {
				return a[:n-1] + b
			}
		}
	}
	return a + b
}

// columnEdges returns, per column index, the right edge of the text: the
// largest right end of a line, provided at least two lines of that
// column end within 3 em of it.
func columnEdges(t *Text) map[int]float64 {
	max := map[int]float64{}
	for _, p := range t.Pages {
		for _, l := range p.Lines {
			if l.X1 > max[l.Column] {
				max[l.Column] = l.X1
			}
		}
	}
	edges := map[int]float64{}
	for col, e := range max {
		n := 0
		for _, p := range t.Pages {
			for _, l := range p.Lines {
				if l.Column == col && l.X1 >= e-3*l.Size {
					n++
				}
			}
		}
		if n >= 2 {
			edges[col] = e
		}
	}
	return edges
}

// usualPitch returns, per rounded font size, the lower quartile of the
// distances between the baselines of consecutive lines of that size lying
// within 1.6 em: the pitch inside a paragraph, even when most lines of a
// narrative résumé are paragraph ends followed by paragraph spacing.
func usualPitch(lines []Line) map[int]float64 {
	all := map[int][]float64{}
	for i := 1; i < len(lines); i++ {
		a, b := lines[i-1], lines[i]
		if !sameSize(a.Size, b.Size) || a.Column != b.Column {
			continue
		}
		d := a.Y0 - b.Y0
		if d > 0 && d <= 1.6*a.Size {
			k := int(a.Size + 0.5)
			all[k] = append(all[k], d)
		}
	}
	out := map[int]float64{}
	for k, ds := range all {
		sort.Float64s(ds)
		out[k] = ds[len(ds)/4]
	}
	return out
}

func sameSize(a, b float64) bool {
	return a > 0 && b > 0 && b <= a*1.1 && a <= b*1.1
}

// continues reports whether next continues the paragraph whose last line
// is cur, last being that paragraph's last physical line.
func continues(cur, last, next Line, edges map[int]float64, pitch map[int]float64, contX0 float64, ends []float64) bool {
	if cur.Column != next.Column || !sameSize(cur.Size, next.Size) {
		return false
	}
	em := cur.Size
	d := last.Y0 - next.Y0
	if d <= 0 || d > 1.6*em {
		return false
	}
	if (danglingRange(last.Text) && startsDate(next.Text) || endsMonth(last.Text) && startsYear(next.Text) ||
		endsDate(last.Text) && startsRangeEnd(next.Text)) &&
		next.X0 >= cur.X0-0.5*em {
		return true
	}
	edge, ok := edges[cur.Column]
	if !ok || next.tabbed || last.tabbed && (flushRight(last, ends) || endsDate(last.Text)) {
		return false
	}
	if p, ok := pitch[int(cur.Size+0.5)]; ok && d > 1.12*p {
		return false
	}
	if startsListItem(next.Text) {
		return false
	}
	// Left edge: the paragraph's first line, or its hanging indent.
	if contX0 >= 0 {
		if next.X0 < contX0-0.5*em || next.X0 > contX0+0.5*em {
			return false
		}
	} else if next.X0 < cur.X0-0.5*em || next.X0 > cur.X0+4*em {
		return false
	}
	// A short capitalised line with no closing punctuation ("Hobbies",
	// "Technical Skills") after a line that closed its sentence or
	// parenthesis is a heading set without spacing, not the end of a
	// wrapped sentence ("... Certified: Azure" / "Administrator Associate"
	// runs on).
	if headingLike(next.Text) && endsClosed(last.Text) {
		return false
	}
	// Full line: the next line's first word would not have fitted.
	return full(last, next, edge)
}

// endsClosed reports a line ending with closing punctuation.
func endsClosed(s string) bool {
	l, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune(".;:!?)]\"'”’", l)
}

// headingLike reports a line of one or two words that starts with an
// upper-case letter and ends without punctuation.
func headingLike(s string) bool {
	s = strings.TrimSpace(s)
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	l, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsUpper(r) && (unicode.IsLetter(l) || unicode.IsDigit(l))
}

// isListMarker reports a fragment that is only a bullet glyph or a list
// number ("•", "-", "1.", "a)").
func isListMarker(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsRune(s, ' ') {
		return false
	}
	if r, size := utf8.DecodeRuneInString(s); size == len(s) && strings.ContainsRune(bulletRunes, r) {
		return true
	}
	return startsListItem(s + " x")
}

const bulletRunes = "•●○◦▪▫■□‣⁃∙·➢➤►▸▶✓✔-*–—"

// danglingRange reports a line ending with the dash or "to" of a date
// range whose end is on the next line ("2019 –", "May 2021 -", "2018 to").
func danglingRange(s string) bool {
	s = strings.TrimSpace(s)
	var rest string
	switch {
	case strings.HasSuffix(s, "–"), strings.HasSuffix(s, "—"), strings.HasSuffix(s, "-"):
		_, size := utf8.DecodeLastRuneInString(s)
		rest = strings.TrimSpace(s[:len(s)-size])
	case strings.HasSuffix(strings.ToLower(s), " to"):
		rest = strings.TrimSpace(s[:len(s)-3])
	default:
		return false
	}
	// The range start: a year, possibly after a month ("05/2021", "May 2021").
	n := 0
	for n < len(rest) && n < 4 && rest[len(rest)-1-n] >= '0' && rest[len(rest)-1-n] <= '9' {
		n++
	}
	return n == 4 || n == 2 && strings.ContainsAny(rest[len(rest)-3:len(rest)-2], "'/.")
}

// endsMonth reports a line whose last word is a month name ("… Jun").
func endsMonth(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.LastIndexByte(s, ' ')
	return months[strings.ToLower(strings.TrimRight(s[i+1:], "."))]
}

// startsRangeEnd reports a line that is the end of a date range cut
// before its dash ("2017" / "– Present", "2015" / "- 2019").
func startsRangeEnd(s string) bool {
	s = strings.TrimSpace(s)
	for _, d := range []string{"–", "—", "-"} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			rest = strings.TrimSpace(rest)
			return rest != "" && startsDate(rest) && len(strings.Fields(rest)) <= 3
		}
	}
	return false
}

// startsYear reports a line starting with a four-digit year.
func startsYear(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) == 4 || !(s[4] >= '0' && s[4] <= '9')
}

var months = map[string]bool{}

func init() {
	for _, m := range strings.Fields("jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december") {
		months[m] = true
	}
}

// startsDate reports a line starting with a range end: a year, a month
// (name or number) or a word for "now".
func startsDate(s string) bool {
	s = strings.TrimSpace(s)
	first, _, _ := strings.Cut(s, " ")
	first = strings.ToLower(strings.TrimRight(first, ".,;:)"))
	switch first {
	case "present", "current", "now", "today", "date", "ongoing":
		return true
	}
	if months[first] {
		return true
	}
	digits := 0
	for _, r := range first {
		if r < '0' || r > '9' {
			break
		}
		digits++
	}
	return digits == 4 || digits >= 1 && digits <= 2 && strings.ContainsAny(first, "/.")
}

// startsListItem reports a line starting with a bullet glyph, a dash or
// asterisk bullet, or a list number ("1.", "2)", "a)").
func startsListItem(s string) bool {
	s = strings.TrimSpace(s)
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError:
		return false
	case strings.ContainsRune(bulletRunes, r):
		return true
	case unicode.IsDigit(r) || unicode.IsLetter(r):
		i := size
		for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if !unicode.IsDigit(r) && i > size {
			return false
		}
		return i < len(s) && (s[i] == '.' || s[i] == ')') && i+1 < len(s) && s[i+1] == ' ' &&
			(unicode.IsDigit(r) || i == size && unicode.IsLower(r))
	}
	return false
}

// mergeCellRows (part of Reflow) folds the continuation rows of table cells
// that wrapped onto the row they continue, cell by cell, so that a row reads
// "Apr 2023 – Present Senior Information Analyst (Band 6) Aire Valley NHS
// Trust" rather than two rows that interleave the cells' halves. ls are the
// lines of one region, top-down. A line b continues the row a above it when
// a has several fragments (cells), b lies directly below (baselines at most
// 1.5 em apart, sizes within 10 %), every fragment of b starts within
// 0.5 em of where a cell of a starts (each cell at most once), and b's
// first cell is empty (b starts right of a's first cell): a line starting
// under the first cell is the next row, or the next line of text under a
// row with a right-aligned date. (So a wrapped first cell is not merged.)
func mergeCellRows(ls []*cline) []*cline {
	if len(ls) < 2 {
		return ls
	}
	out := []*cline{ls[0]}
	lastBase := ls[0].base
	for _, b := range ls[1:] {
		a := out[len(out)-1]
		if idx, ok := continuationCells(a, b, lastBase); ok {
			if a.cells == nil {
				a.cells = make([]string, len(a.frags))
				for i, f := range a.frags {
					a.cells[i] = f.text()
				}
			}
			for k, f := range b.frags {
				a.cells[idx[k]] = joinWrapped(a.cells[idx[k]], f.text())
			}
			a.text = joinCells(a.cells)
			a.x0, a.x1 = math.Min(a.x0, b.x0), math.Max(a.x1, b.x1)
			a.lo, a.minLo = math.Min(a.lo, b.lo), math.Min(a.minLo, b.minLo)
			lastBase = b.base
			continue
		}
		out = append(out, b)
		lastBase = b.base
	}
	return out
}

// cellText is the text of a line whose fragments are set apart by wide
// gaps (table cells, tab stops, right-aligned dates): the fragments joined
// by " | ", as DOCX and Markdown table rows read, except after a leading
// list marker ("• Built …").
func cellText(fr []*frag) string {
	parts := make([]string, len(fr))
	for i, f := range fr {
		parts[i] = f.text()
	}
	return joinCells(parts)
}

func joinCells(parts []string) string {
	var b strings.Builder
	kept := parts[:0:0]
	for _, p := range parts {
		if p != "|" { // a drawn separator between cells: the join adds one
			kept = append(kept, p)
		}
	}
	parts = kept
	for i, p := range parts {
		if i > 0 {
			if i == 1 && isListMarker(parts[0]) {
				b.WriteByte(' ')
			} else {
				b.WriteString(" | ")
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// endsDate reports a line ending with a year or a word for "now": the end
// of a date range, usually set flush right rather than wrapped.
func endsDate(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".,;)")
	w := s[strings.LastIndexByte(s, ' ')+1:]
	switch strings.ToLower(w) {
	case "present", "current", "now", "today", "date", "ongoing":
		return true
	}
	return startsYear(w) && len(w) == 4
}

// flushRight reports a line whose right end another line of the page
// shares within 0.15 em: right-aligned text (dates, places), which a word
// processor does not wrap. A tabbed line that is not flush right (a row of
// tab-separated certifications) may wrap like any other.
func flushRight(l Line, ends []float64) bool {
	n := 0
	for _, e := range ends {
		if math.Abs(e-l.X1) <= 0.15*l.Size {
			n++
		}
	}
	return n >= 2
}

// continuationCells returns, for each fragment of b, the index of the cell
// of a it continues.
func continuationCells(a, b *cline, lastBase float64) ([]int, bool) {
	if len(a.frags) < 2 || len(b.frags) == 0 || !sameSize(a.size, b.size) {
		return nil, false
	}
	em := a.size
	if d := lastBase - b.base; d <= 0 || d > 1.5*em {
		return nil, false
	}
	first := a.frags[0]
	if isListMarker(first.text()) {
		return nil, false
	}
	if b.frags[0].x0 < first.x0+0.5*em {
		return nil, false
	}
	used := make([]bool, len(a.frags))
	idx := make([]int, len(b.frags))
	for k, f := range b.frags {
		found := -1
		for i, c := range a.frags {
			if !used[i] && math.Abs(f.x0-c.x0) <= 0.5*em {
				found = i
				break
			}
		}
		if found < 0 {
			return nil, false
		}
		used[found] = true
		idx[k] = found
	}
	return idx, true
}
