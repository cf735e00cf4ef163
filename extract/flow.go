package extract

import "strings"

// flow collects the lines of a word-processing document while its XML is
// streamed: paragraphs (possibly nested, as text boxes are), tables (possibly
// nested) and explicit line breaks. DOCX and ODT readers share it.
type flow struct {
	out    []string
	paras  []*para
	tables []*table
	hidden int // characters of hidden text dropped
	lines  int // lines made so far, against maxLines
	// truncated is set when the document had more than maxLines lines.
	truncated bool
	chars     int // characters of text written
}

type para struct {
	prefix string
	lines  []string
	cur    strings.Builder
	after  []string // lines of text boxes and notes anchored in this paragraph
}

type table struct {
	depth int // paragraphs open when the table started
	rows  int
	row   []*cell
	cell  *cell
}

type cell struct {
	lines []string
}

func (f *flow) startPara() *para {
	p := &para{}
	f.paras = append(f.paras, p)
	return p
}

// top returns the open paragraph, opening one for stray text.
func (f *flow) top() *para {
	if len(f.paras) == 0 {
		return f.startPara()
	}
	return f.paras[len(f.paras)-1]
}

func (f *flow) text(s string) {
	if s == "" {
		return
	}
	f.chars += len(s)
	p := f.top()
	if p.cur.Len() > maxLineBytes {
		return
	}
	p.cur.WriteString(s)
}

// maxLineBytes caps one line, so that a hostile document cannot build a
// gigantic string out of repeated runs.
const maxLineBytes = 64 << 10

// maxLines caps the lines taken from one document: a résumé has a few
// hundred; a hostile file could have millions of empty paragraphs.
const maxLines = 20000

// room counts one more line and reports whether it may be kept.
func (f *flow) room() bool {
	f.lines++
	if f.lines > maxLines {
		f.truncated = true
		return false
	}
	return true
}

func (f *flow) lineBreak() {
	p := f.top()
	if !f.room() {
		return
	}
	p.lines = append(p.lines, p.cur.String())
	p.cur.Reset()
}

func (f *flow) endPara() {
	if len(f.paras) == 0 {
		return
	}
	p := f.paras[len(f.paras)-1]
	f.paras = f.paras[:len(f.paras)-1]
	lines := p.lines
	if f.room() {
		lines = append(lines, p.cur.String())
	}
	if p.prefix != "" {
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				lines[i] = p.prefix + strings.TrimLeft(l, " \t")
				break
			}
		}
	}
	lines = append(lines, p.after...)
	if n := len(f.paras); n > 0 && !f.cellSince(n) {
		// A text box or note inside a paragraph: its lines follow the
		// paragraph that anchors it.
		parent := f.paras[n-1]
		parent.after = append(parent.after, lines...)
		return
	}
	f.emit(lines...)
}

// cellSince reports whether a table cell was opened inside the paragraph at
// depth n-1 (a table in a text box), in which case lines go to that cell.
func (f *flow) cellSince(n int) bool {
	for _, t := range f.tables {
		if t.cell != nil && t.depth >= n {
			return true
		}
	}
	return false
}

// emit sends finished lines to the innermost open table cell, or to the
// output.
func (f *flow) emit(lines ...string) {
	for i := len(f.tables) - 1; i >= 0; i-- {
		if c := f.tables[i].cell; c != nil {
			c.lines = append(c.lines, lines...)
			return
		}
	}
	f.out = append(f.out, lines...)
}

func (f *flow) startTable() { f.tables = append(f.tables, &table{depth: len(f.paras)}) }

func (f *flow) startCell() {
	if len(f.tables) == 0 {
		f.startTable()
	}
	t := f.tables[len(f.tables)-1]
	t.cell = &cell{}
}

func (f *flow) endCell() {
	if len(f.tables) == 0 {
		return
	}
	t := f.tables[len(f.tables)-1]
	if t.cell != nil {
		t.row = append(t.row, t.cell)
		t.cell = nil
	}
}

// endRow writes a table row. When every cell holds at most one line, the row
// becomes one line with the cells joined by " | ". Otherwise the table is a
// layout grid (a sidebar and a main column, say) and each cell's lines are
// written in turn, so that paragraphs stay lines.
func (f *flow) endRow() {
	if len(f.tables) == 0 {
		return
	}
	t := f.tables[len(f.tables)-1]
	f.endCell()
	row := t.row
	t.row = nil
	t.rows++
	simple, multi, multiAt := true, 0, -1
	for i, c := range row {
		n := 0
		for _, l := range c.lines {
			if strings.TrimSpace(l) != "" {
				n++
			}
		}
		if n > 1 {
			simple = false
			multi++
			multiAt = i
		}
	}
	if multi == 1 && len(row) > 1 {
		// One cell with several lines beside short ones ("2019 – 2021" next
		// to a job title and its bullets): the short cells open the first
		// line of the long one, so that dates stay with their title.
		var head []string
		var rest []string
		for i, c := range row {
			if i != multiAt {
				for _, l := range c.lines {
					if l = strings.TrimSpace(l); l != "" {
						head = append(head, l)
					}
				}
				continue
			}
			first := true
			for _, l := range c.lines {
				if first && strings.TrimSpace(l) != "" {
					head = append(head, strings.TrimSpace(l))
					first = false
					continue
				}
				if !first {
					rest = append(rest, l)
				}
			}
		}
		f.emitParent(strings.Join(head, " | "))
		f.emitParent(rest...)
		f.emitParent("")
		return
	}
	// The row goes to the parent, so detach this table's cell first.
	if simple {
		var cells []string
		for _, c := range row {
			for _, l := range c.lines {
				if l = strings.TrimSpace(l); l != "" {
					cells = append(cells, l)
				}
			}
		}
		if len(cells) > 0 {
			f.emitParent(strings.Join(cells, " | "))
		}
		return
	}
	for _, c := range row {
		f.emitParent(c.lines...)
		f.emitParent("")
	}
}

// emitParent emits lines past the innermost table (whose cell is closed
// while a row is written).
func (f *flow) emitParent(lines ...string) {
	for i := len(f.tables) - 2; i >= 0; i-- {
		if c := f.tables[i].cell; c != nil {
			c.lines = append(c.lines, lines...)
			return
		}
	}
	f.out = append(f.out, lines...)
}

func (f *flow) endTable() {
	if len(f.tables) == 0 {
		return
	}
	t := f.tables[len(f.tables)-1]
	if t.cell != nil || len(t.row) > 0 {
		f.endRow()
	}
	f.tables = f.tables[:len(f.tables)-1]
}

// finish closes whatever is still open (a truncated document) and returns
// the lines.
func (f *flow) finish() []string {
	for len(f.paras) > 0 {
		f.endPara()
	}
	for len(f.tables) > 0 {
		f.endTable()
	}
	return f.out
}
