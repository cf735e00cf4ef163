package layout

import (
	"fmt"
	"strings"
)

// Options hold the layout thresholds. Lengths marked "em" are multiples of
// the font size of the glyphs involved. The zero value means "all defaults".
type Options struct {
	// WordGap: a gap between two glyphs wider than this starts a new word
	// (em, default 0.12). Letter-spaced runs raise it adaptively.
	WordGap float64
	// FragmentGap: a gap wider than this splits a row of text into separate
	// fragments, the units of column detection (em, default 0.8).
	FragmentGap float64
	// DupDX, DupDY: the same glyph (same text and font) drawn again within
	// this offset is dropped as fake bold or shadow (em, defaults 0.1, 0.2).
	DupDX, DupDY float64
	// MinGutter: the narrowest empty vertical band that may separate columns
	// (em of the median font size, default 1.0).
	MinGutter float64
	// GutterShare: a column gutter must be empty over at least this share
	// of the height of the region being split (default 0.6).
	GutterShare float64
	// MajorGutter: a gutter whose empty run covers at least this share of
	// the page's text height separates columns (Line.Column, the
	// "two_column" flag); shorter ones only order text (default 0.5).
	MajorGutter float64
	// HCutGap: the smallest empty horizontal band at which a region is cut
	// in two before columns are searched again in each part (em, 0.6).
	HCutGap float64
	// BlockGap: lines whose baselines are further apart than this start a
	// new block (em of the larger line size, default 1.6).
	BlockGap float64
	// MinSize: text smaller than this (in points) is treated as hidden
	// (default 2).
	MinSize float64
	// Reflow joins the lines of a paragraph wrapped at the right margin
	// into one line (see reflow); pdftext turns it on. Off, every printed
	// line is an output line.
	Reflow bool
	// Band: the share of the page height at the top and at the bottom where
	// repeated running headers and footers are looked for (default 0.12).
	Band float64
}

func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		if !(*v > 0) || *v > 1e6 {
			*v = d
		}
	}
	def(&o.WordGap, 0.12)
	def(&o.FragmentGap, 0.8)
	def(&o.DupDX, 0.1)
	def(&o.DupDY, 0.2)
	def(&o.MinGutter, 1.0)
	def(&o.GutterShare, 0.6)
	def(&o.MajorGutter, 0.5)
	def(&o.HCutGap, 0.6)
	def(&o.BlockGap, 1.6)
	def(&o.MinSize, 2)
	def(&o.Band, 0.12)
	return o
}

// Text is the laid-out text of a document.
type Text struct {
	Pages []PageText
	// Flags name findings: "hidden_text" (invisible, white-on-white,
	// off-page or tiny text was dropped), "ocr_layer" (invisible text over
	// a page image was kept), "two_column", "rotated_text",
	// "repeated_header" (running headers/footers kept once).
	Flags []string
}

// PageText is one page's lines in reading order.
type PageText struct {
	Columns int // number of text columns found (0 for an empty page)
	Lines   []Line
}

// Line is one output line. Coordinates are page user space (y up): X0,Y0
// bottom-left, X1,Y1 top-right.
type Line struct {
	Text   string
	Column int // 0-based column index, left to right
	Block  int // 0-based block index on the page, in reading order
	X0, Y0 float64
	X1, Y1 float64
	// Size is the largest font size on the line.
	Size float64
	// tabbed is set when the line joins fragments separated by a gap wider
	// than FragmentGap (a tab stop, right-aligned dates, table cells): such
	// a line was laid out by hand, not wrapped, so Reflow never continues it.
	tabbed bool
}

// String returns the text: lines joined by "\n", pages separated by a blank
// line. Pages without text are skipped.
func (t *Text) String() string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	first := true
	for _, p := range t.Pages {
		if len(p.Lines) == 0 {
			continue
		}
		if !first {
			b.WriteString("\n\n")
		}
		first = false
		for i, l := range p.Lines {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l.Text)
		}
	}
	return b.String()
}

// Layout returns a debugging view: one line per output line, prefixed with
// page, column, block and line numbers (1-based) and the line's position.
func (t *Text) Layout() string {
	if t == nil {
		return ""
	}
	var b strings.Builder
	if len(t.Flags) > 0 {
		fmt.Fprintf(&b, "flags: %s\n", strings.Join(t.Flags, ", "))
	}
	for pi, p := range t.Pages {
		fmt.Fprintf(&b, "=== page %d: %d column(s), %d line(s)\n", pi+1, p.Columns, len(p.Lines))
		for li, l := range p.Lines {
			fmt.Fprintf(&b, "p%d c%d b%-3d l%-3d [%6.1f %6.1f %5.1f] | %s\n",
				pi+1, l.Column+1, l.Block+1, li+1, l.X0, l.Y1, l.Size, l.Text)
		}
	}
	return b.String()
}

// Build lays out the glyphs of every page. It never panics on any input.
func Build(pages []Page, opts Options) *Text {
	o := opts.withDefaults()
	t := &Text{Pages: make([]PageText, len(pages))}
	flags := map[string]bool{}
	for i := range pages {
		t.Pages[i] = buildPage(&pages[i], o, flags)
	}
	if removeRunning(t, pages, o) {
		flags["repeated_header"] = true
	}
	if o.Reflow {
		reflow(t)
	}
	for _, f := range []string{"hidden_text", "ocr_layer", "two_column", "rotated_text", "repeated_header"} {
		if flags[f] {
			t.Flags = append(t.Flags, f)
		}
	}
	return t
}
