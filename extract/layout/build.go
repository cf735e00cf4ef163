package layout

import (
	"math"
	"sort"
	"strings"
)

// buildPage lays out one page.
func buildPage(p *Page, o Options, flags map[string]bool) PageText {
	horiz, rot := prepare(p, o, flags)
	var frags []*frag
	for _, r := range rows(horiz) {
		frags = append(frags, splitRow(r, o)...)
	}
	var pt PageText
	block := 0
	if len(frags) > 0 {
		_, _, lo, hi := bounds(frags)
		s := &segmenter{o: o, pageH: hi - lo, medSize: medianSize(frags)}
		leaves, ncol := s.segment(frags, 0, 0)
		if s.major {
			flags["two_column"] = true
		}
		pt.Columns = max(ncol, 1)
		perLeaf := make([][]*cline, len(leaves))
		var all []*cline
		for i, lf := range leaves {
			perLeaf[i] = composeLines(lf.frags)
			if o.Reflow {
				for _, l := range perLeaf[i] {
					l.text = cellText(l.frags)
				}
				perLeaf[i] = mergeCellRows(perLeaf[i])
			}
			all = append(all, perLeaf[i]...)
		}
		pitch := linePitch(all)
		for i, lf := range leaves {
			for _, b := range orderBlocks(makeBlocks(perLeaf[i], pitch, o)) {
				for _, l := range b.lines {
					pt.Lines = append(pt.Lines, Line{
						Text: l.text, Column: lf.col, Block: block,
						X0: l.x0, Y0: l.lo, X1: l.x1, Y1: l.hi, Size: l.size,
						tabbed: tabbed(l.frags) || len(l.cells) > 0,
					})
				}
				block++
			}
		}
	}
	if rl := rotatedLines(rot, o); len(rl) > 0 {
		for _, l := range rl {
			l.Block = block
			pt.Lines = append(pt.Lines, l)
		}
		if pt.Columns == 0 {
			pt.Columns = 1
		}
	}
	pt.Lines = dehyphenate(pt.Lines)
	return pt
}

type cline struct {
	frags          []*frag
	lo, hi         float64 // band of the reference (largest) fragment
	base, size     float64
	x0, x1         float64
	text           string
	cells          []string // cell texts when continuation rows were merged
	minLo, maxHi   float64
	refLo, refHigh float64
}

// composeLines groups a leaf's fragments into lines by baseline band, top
// to bottom, fragments left to right.
func composeLines(fr []*frag) []*cline {
	sorted := append([]*frag(nil), fr...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].base != sorted[j].base {
			return sorted[i].base > sorted[j].base
		}
		return sorted[i].x0 < sorted[j].x0
	})
	var ls []*cline
	for _, f := range sorted {
		flo, fhi := f.base-descent*f.size, f.base+ascent*f.size
		var best *cline
		bestOv := 0.0
		for k := len(ls) - 1; k >= 0 && k >= len(ls)-4; k-- {
			l := ls[k]
			ov := overlap(flo, fhi, l.lo, l.hi)
			if ov > 0 && ov >= 0.5*math.Min(fhi-flo, l.hi-l.lo) && ov > bestOv && !xOverlaps(l, f) &&
				math.Abs(f.base-l.base) <= 0.3*math.Min(f.size, l.size) {
				best, bestOv = l, ov
			}
		}
		if best == nil {
			ls = append(ls, &cline{frags: []*frag{f}, lo: flo, hi: fhi, base: f.base, size: f.size})
			continue
		}
		best.frags = append(best.frags, f)
		if f.size > best.size*1.05 {
			best.lo, best.hi, best.base, best.size = flo, fhi, f.base, f.size
		}
	}
	for _, l := range ls {
		sort.SliceStable(l.frags, func(i, j int) bool { return l.frags[i].x0 < l.frags[j].x0 })
		parts := make([]string, 0, len(l.frags))
		l.x0, l.x1 = math.Inf(1), math.Inf(-1)
		l.minLo, l.maxHi = math.Inf(1), math.Inf(-1)
		for _, f := range l.frags {
			parts = append(parts, f.text())
			l.x0 = math.Min(l.x0, f.x0)
			l.x1 = math.Max(l.x1, f.x1)
			l.minLo = math.Min(l.minLo, f.lo)
			l.maxHi = math.Max(l.maxHi, f.hi)
		}
		l.text = strings.Join(parts, " ")
		l.lo, l.hi = l.minLo, l.maxHi
	}
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].base > ls[j].base })
	return ls
}

// rotatedLines lays out rotated glyphs in content-stream order: a glyph
// continues the current line when it starts near where the previous one
// ended, in any direction; gaps wider than WordGap em become spaces.
func rotatedLines(rot []g, o Options) []Line {
	if len(rot) == 0 {
		return nil
	}
	sort.SliceStable(rot, func(i, j int) bool { return rot[i].seq < rot[j].seq })
	var out []Line
	var b strings.Builder
	var cur *Line
	var prev *g
	spaced := false
	flush := func() {
		if cur != nil {
			cur.Text = strings.TrimSpace(b.String())
			if cur.Text != "" {
				out = append(out, *cur)
			}
		}
		cur = nil
		b.Reset()
	}
	for i := range rot {
		x := &rot[i]
		if x.space {
			spaced = true
			continue
		}
		if prev != nil {
			d := math.Hypot(x.x-prev.x, x.y-prev.y)
			sz := math.Max(prev.size, x.size)
			gap := d - prev.w
			switch {
			case d > prev.w+2*sz:
				flush()
			case spaced || gap > o.WordGap*sz:
				b.WriteByte(' ')
			}
		}
		if cur == nil {
			cur = &Line{X0: x.x, X1: x.x, Y0: x.y, Y1: x.y}
		}
		b.WriteString(x.text)
		cur.X0 = math.Min(cur.X0, x.x)
		cur.X1 = math.Max(cur.X1, x.x)
		cur.Y0 = math.Min(cur.Y0, x.y)
		cur.Y1 = math.Max(cur.Y1, x.y)
		cur.Size = math.Max(cur.Size, x.size)
		spaced = false
		prev = x
	}
	flush()
	return out
}

// linePitch is the most common baseline distance between consecutive lines
// of the same size, or 0 when there are too few.
func linePitch(ls []*cline) float64 {
	var ds []float64
	for i := 1; i < len(ls); i++ {
		a, b := ls[i-1], ls[i]
		if math.Abs(a.size-b.size) > 0.05*a.size {
			continue
		}
		if d := a.base - b.base; d > 0.8*a.size && d < 2.5*a.size {
			ds = append(ds, d/a.size)
		}
	}
	if len(ds) < 3 {
		return 0
	}
	sort.Float64s(ds)
	// The lower quartile: paragraph spacing is rarer than line spacing.
	q := ds[len(ds)/4]
	if q < 1.6 {
		return 0 // ordinary leading: the fixed threshold is right
	}
	return q * medianLineSize(ls)
}

func medianLineSize(ls []*cline) float64 {
	s := make([]float64, len(ls))
	for i, l := range ls {
		s[i] = l.size
	}
	sort.Float64s(s)
	return s[len(s)/2]
}

// xOverlaps reports whether f overlaps a fragment of l horizontally: two
// lines of text, not two parts of one.
func xOverlaps(l *cline, f *frag) bool {
	for _, o := range l.frags {
		if overlap(o.x0, o.x1, f.x0, f.x1) > 0.1*math.Min(o.size, f.size) {
			return true
		}
	}
	return false
}

// tblock is a block of lines: a paragraph, a list, a heading.
type tblock struct {
	lines          []*cline
	x0, x1, lo, hi float64
	closed         bool
}

func (b *tblock) mid() float64 { return (b.lo + b.hi) / 2 }

// makeBlocks groups a region's lines (top to bottom) into blocks: a line
// joins the nearest block whose last line is above it, overlaps it
// horizontally, is at most BlockGap em away (or 1.25 line pitches for
// loosely leaded text) and has a font size within 20 %.
func makeBlocks(ls []*cline, pitch float64, o Options) []*tblock {
	var bs []*tblock
	for _, l := range ls {
		var best *tblock
		bestD := math.Inf(1)
		for k := len(bs) - 1; k >= 0 && k >= len(bs)-64; k-- {
			b := bs[k]
			if b.closed {
				continue
			}
			last := b.lines[len(b.lines)-1]
			d := last.base - l.base
			if d <= 0 || d >= bestD {
				continue
			}
			sz := math.Max(last.size, l.size)
			ratio := sz / math.Max(math.Min(last.size, l.size), 0.01)
			thr := o.BlockGap * sz
			if pitch > 0 {
				// Loosely leaded text (HTML line-height 1.5+): a block
				// ends where the spacing grows past the usual pitch.
				thr = math.Max(1.25*pitch, thr)
			}
			if d > thr || ratio > 1.2 || overlap(last.x0, last.x1, l.x0, l.x1) <= 0 {
				continue
			}
			best, bestD = b, d
		}
		// A block never reaches past a line below its last one: blocks
		// that l overlaps horizontally end here.
		for _, b := range bs {
			if b != best && !b.closed && overlap(b.x0, b.x1, l.x0, l.x1) > 0 {
				b.closed = true
			}
		}
		if best == nil {
			bs = append(bs, &tblock{lines: []*cline{l}, x0: l.x0, x1: l.x1, lo: l.lo, hi: l.hi})
			continue
		}
		best.lines = append(best.lines, l)
		best.x0, best.x1 = math.Min(best.x0, l.x0), math.Max(best.x1, l.x1)
		best.lo, best.hi = math.Min(best.lo, l.lo), math.Max(best.hi, l.hi)
	}
	return bs
}

// orderBlocks sorts a region's blocks in reading order by Breuel's rules
// (as poppler does): a block above and horizontally overlapping another
// comes first; a block entirely to the left of another and beside it
// (their vertical extents overlap) comes first unless a third block lies
// between them vertically and overlaps both horizontally; otherwise the
// upper block comes first. Ties go to the top-most, then left-most block.
func orderBlocks(bs []*tblock) []*tblock {
	n := len(bs)
	if n < 2 || n > 200 {
		return bs
	}
	xov := func(a, b *tblock) bool { return overlap(a.x0, a.x1, b.x0, b.x1) > 0 }
	before := func(a, b *tblock) bool {
		if xov(a, b) {
			return a.mid() > b.mid()
		}
		if overlap(a.lo, a.hi, b.lo, b.hi) <= 0 {
			// Neither beside nor below one another: the upper first.
			return a.mid() > b.mid()
		}
		if a.x1 > b.x0 {
			return false
		}
		top, bot := math.Max(a.mid(), b.mid()), math.Min(a.mid(), b.mid())
		for _, c := range bs {
			if c == a || c == b {
				continue
			}
			if m := c.mid(); m < top && m > bot && xov(c, a) && xov(c, b) {
				return false
			}
		}
		return true
	}
	indeg := make([]int, n)
	succ := make([][]int, n)
	for i := range bs {
		for j := range bs {
			if i != j && before(bs[i], bs[j]) && !before(bs[j], bs[i]) {
				succ[i] = append(succ[i], j)
				indeg[j]++
			}
		}
	}
	done := make([]bool, n)
	out := make([]*tblock, 0, n)
	better := func(i, j int) bool {
		if bs[i].hi != bs[j].hi {
			return bs[i].hi > bs[j].hi
		}
		return bs[i].x0 < bs[j].x0
	}
	for len(out) < n {
		pick := -1
		for i := range bs {
			if !done[i] && indeg[i] == 0 && (pick < 0 || better(i, pick)) {
				pick = i
			}
		}
		if pick < 0 { // a cycle: take the top-most remaining block
			for i := range bs {
				if !done[i] && (pick < 0 || better(i, pick)) {
					pick = i
				}
			}
		}
		done[pick] = true
		out = append(out, bs[pick])
		for _, j := range succ[pick] {
			indeg[j]--
		}
	}
	return out
}

// tabbed reports a line made of several fragments (set apart by gaps wider
// than FragmentGap), not counting a list marker fragment that starts it.
func tabbed(fr []*frag) bool {
	if len(fr) > 1 && isListMarker(fr[0].text()) {
		fr = fr[1:]
	}
	return len(fr) > 1
}
