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
		type placed struct {
			l   *cline
			col int
		}
		var all []placed
		for _, lf := range leaves {
			for _, l := range composeLines(lf.frags) {
				all = append(all, placed{l, lf.col})
			}
		}
		ls := make([]*cline, len(all))
		for i, p := range all {
			ls[i] = p.l
		}
		pitch := linePitch(ls)
		for i, p := range all {
			l := p.l
			if i > 0 {
				prev := all[i-1].l
				sz := math.Max(prev.size, l.size)
				ratio := sz / math.Max(math.Min(prev.size, l.size), 0.01)
				d := prev.base - l.base
				gap := d > o.BlockGap*sz
				if pitch > 0 {
					// Loosely leaded text (HTML line-height 1.5+): a block
					// ends where the spacing grows past the usual pitch.
					gap = d > math.Max(1.25*pitch, o.BlockGap*sz)
				}
				below := d > 0 && overlap(prev.x0, prev.x1, l.x0, l.x1) > 0
				if gap || ratio > 1.2 || !below || p.col != all[i-1].col {
					block++
				}
			}
			pt.Lines = append(pt.Lines, Line{
				Text: l.text, Column: p.col, Block: block,
				X0: l.x0, Y0: l.lo, X1: l.x1, Y1: l.hi, Size: l.size,
			})
		}
		block++
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
			if ov > 0 && ov >= 0.5*math.Min(fhi-flo, l.hi-l.lo) && ov > bestOv && !xOverlaps(l, f) {
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
