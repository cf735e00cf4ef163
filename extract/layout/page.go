package layout

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// g is a glyph prepared for layout.
type g struct {
	text   string
	x, y   float64
	w      float64
	size   float64
	font   string
	space  bool
	seq    int     // content-stream order
	lo, hi float64 // vertical extent estimate
}

const (
	descent = 0.25 // share of the size below the baseline
	ascent  = 0.75 // share of the size above the baseline
)

func finite(v ...float64) bool {
	for _, f := range v {
		if math.IsNaN(f) || math.IsInf(f, 0) || f > 1e7 || f < -1e7 {
			return false
		}
	}
	return true
}

// isSpaceText reports whether s is empty or only white space.
func isSpaceText(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			return false
		}
	}
	return true
}

// cleanText normalises a glyph's text: NFKC (ligatures, full-width forms),
// control characters to spaces.
func cleanText(s string) string {
	if s == "" {
		return s
	}
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u00ad':
			return r
		case r == '\ufffd':
			return r
		case unicode.IsControl(r) || r == '\u200b' || r == '\ufeff':
			return ' '
		case r >= '\ue000' && r <= '\uf8ff':
			// Private use: icon fonts (Font Awesome, Academicons).
			return ' '
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
}

func inFill(fills []Rect, x, y float64) bool {
	for _, r := range fills {
		x0, x1 := math.Min(r.X0, r.X1), math.Max(r.X0, r.X1)
		y0, y1 := math.Min(r.Y0, r.Y1), math.Max(r.Y0, r.Y1)
		if x >= x0 && x <= x1 && y >= y0 && y <= y1 {
			return true
		}
	}
	return false
}

// prepare filters the page's glyphs into horizontal visible glyphs and
// rotated ones, setting flags for hidden text.
func prepare(p *Page, o Options, flags map[string]bool) (horiz, rot []g) {
	var hidden strings.Builder
	ocr := 0
	for i, src := range p.Glyphs {
		if !finite(src.X, src.Y, src.W, src.Size) {
			continue
		}
		text := cleanText(src.Text)
		space := src.Space || isSpaceText(text)
		w := src.W
		if w < 0 {
			w = 0
		}
		size := math.Abs(src.Size)
		cx := src.X + w/2
		cy := src.Y + size*0.3
		hide := false
		switch {
		case src.Invisible && !p.HasImage:
			hide = true
		case src.White && !p.HasImage && !inFill(p.Fills, cx, cy):
			hide = true
		case size < o.MinSize:
			hide = true
		case p.Width > 0 && p.Height > 0 && (cx < -1 || cx > p.Width+1 || cy < -1 || cy > p.Height+1):
			hide = true
		}
		if hide {
			if hidden.Len() < 4096 {
				hidden.WriteString(text)
			}
			continue
		}
		if src.Invisible && !space {
			ocr++
		}
		gl := g{text: text, x: src.X, y: src.Y, w: w, size: size, font: src.Font,
			space: space, seq: i, lo: src.Y - descent*size, hi: src.Y + ascent*size}
		if src.Rotated {
			rot = append(rot, gl)
			continue
		}
		horiz = append(horiz, gl)
	}
	if hiddenWords(hidden.String()) {
		flags["hidden_text"] = true
	}
	if ocr > 0 {
		flags["ocr_layer"] = true
	}
	if len(rot) > 0 {
		for _, r := range rot {
			if !r.space {
				flags["rotated_text"] = true
				break
			}
		}
	}
	return horiz, rot
}

// hiddenWords reports whether dropped text holds real words: at least
// three letters once page numbering ("Page 1 of 2") is set aside, since
// some templates draw an invisible page number.
func hiddenWords(s string) bool {
	s = strings.ToLower(s)
	s = strings.NewReplacer("page", "", "of", "").Replace(s)
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 3
}

// row is a set of glyphs sharing a baseline.
type row struct {
	gs      []g
	base    float64
	lo, hi  float64
	refSize float64
	x0, x1  float64
	merged  bool
}

func overlap(alo, ahi, blo, bhi float64) float64 {
	return math.Min(ahi, bhi) - math.Max(alo, blo)
}

// rows clusters glyphs into rows. First by baseline (within 0.2 em), then
// rows are merged when their vertical extents overlap by half the smaller
// height, or a smaller row sits at superscript/subscript height, provided
// their glyphs do not interleave horizontally (two overlapping lines of
// text stay apart).
func rows(gs []g) []*row {
	sort.SliceStable(gs, func(i, j int) bool {
		if gs[i].y != gs[j].y {
			return gs[i].y > gs[j].y
		}
		return gs[i].x < gs[j].x
	})
	maxSize := 0.0
	for _, x := range gs {
		maxSize = math.Max(maxSize, x.size)
	}
	var rs []*row
	for _, x := range gs {
		var best *row
		bestD := math.Inf(1)
		for k := len(rs) - 1; k >= 0 && k >= len(rs)-32; k-- {
			r := rs[k]
			if r.base-x.y > maxSize {
				break
			}
			d := math.Abs(r.base - x.y)
			if d <= 0.2*math.Min(x.size, r.refSize) && d < bestD {
				best, bestD = r, d
			}
		}
		if best == nil {
			rs = append(rs, &row{gs: []g{x}, base: x.y, lo: x.lo, hi: x.hi, refSize: x.size})
			continue
		}
		best.gs = append(best.gs, x)
		if x.size > best.refSize*1.05 && !x.space {
			best.lo, best.hi, best.refSize = x.lo, x.hi, x.size
		}
	}
	for _, r := range rs {
		sort.SliceStable(r.gs, func(i, j int) bool { return r.gs[i].x < r.gs[j].x })
		r.x0, r.x1 = math.Inf(1), math.Inf(-1)
		for _, x := range r.gs {
			r.x0 = math.Min(r.x0, x.x)
			r.x1 = math.Max(r.x1, x.x+x.w)
		}
	}
	// Smaller rows first: each joins its best host among the rows at least
	// as large — one it touches (a superscript next to its word) before
	// one merely at the same height elsewhere, then the nearest baseline.
	order := make([]int, len(rs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return rs[order[i]].refSize < rs[order[j]].refSize })
	for _, si := range order {
		s := rs[si]
		var best *row
		bestNear, bestD := false, math.Inf(1)
		for _, dir := range []int{-1, 1} {
			for j := si + dir; j >= 0 && j < len(rs) && abs(j-si) <= 64; j += dir {
				h := rs[j]
				d := math.Abs(s.base - h.base)
				if d > maxSize {
					break
				}
				if h.merged || h.refSize < s.refSize || d > h.refSize {
					continue
				}
				ov := overlap(s.lo, s.hi, h.lo, h.hi)
				band := ov >= 0.5*math.Min(s.hi-s.lo, h.hi-h.lo) && d <= 0.3*s.refSize
				scriptPos := s.refSize < 0.9*h.refSize && s.base >= h.base-0.4*h.refSize &&
					s.base <= h.base+0.55*h.refSize
				if !band && !scriptPos {
					continue
				}
				nr := near(h, s)
				if !band && !nr {
					continue
				}
				if (nr && !bestNear) || (nr == bestNear && d < bestD) {
					if !interleaved(h, s) {
						best, bestNear, bestD = h, nr, d
					}
				}
			}
		}
		if best != nil {
			best.gs = mergeByX(best.gs, s.gs)
			best.x0, best.x1 = math.Min(best.x0, s.x0), math.Max(best.x1, s.x1)
			s.merged = true
		}
	}
	out := rs[:0]
	for _, r := range rs {
		if !r.merged {
			out = append(out, r)
		}
	}
	return out
}

// near reports whether row s starts or ends within half an em of a glyph
// of row h.
func near(h, s *row) bool {
	tol := 0.5 * h.refSize
	for _, x := range h.gs {
		if x.space {
			continue
		}
		if math.Abs(s.x0-(x.x+x.w)) <= tol || math.Abs(x.x-s.x1) <= tol {
			return true
		}
	}
	return false
}

// interleaved reports whether several glyphs of s overlap glyphs of h
// horizontally by more than a little (two lines drawn over each other).
func interleaved(h, s *row) bool {
	n, total := 0, 0
	for _, a := range s.gs {
		if a.space {
			continue
		}
		total++
		// h.gs is sorted by x.
		i := sort.Search(len(h.gs), func(i int) bool { return h.gs[i].x+h.gs[i].w > a.x })
		for ; i < len(h.gs) && h.gs[i].x < a.x+a.w; i++ {
			b := h.gs[i]
			if b.space {
				continue
			}
			if overlap(a.x, a.x+a.w, b.x, b.x+b.w) > 0.15*math.Min(a.size, b.size) {
				n++
				break
			}
		}
	}
	// One glyph kerned into its neighbour (the A and E of the LaTeX logo)
	// is not a second line of text.
	return n >= 3 || n >= 2 && 3*n >= total
}

// word is a run of glyphs without a word break.
type word struct {
	text   string
	x0, x1 float64
	size   float64
	gap    float64 // gap before this word (points), 0 for the first
}

// frag is a run of words on one row without a wide gap.
type frag struct {
	words          []word
	x0, x1, lo, hi float64
	base, size     float64
	seq            int
}

func (f *frag) cy() float64 { return (f.lo + f.hi) / 2 }
func (f *frag) cx() float64 { return (f.x0 + f.x1) / 2 }

// dedupe drops glyphs drawn twice at almost the same place (fake bold,
// shadows). gs is sorted by x.
func dedupe(gs []g, o Options) []g {
	out := gs[:0:0]
	for _, x := range gs {
		dup := false
		for k := len(out) - 1; k >= 0; k-- {
			p := out[k]
			sz := math.Max(p.size, x.size)
			if x.x-p.x > o.DupDX*sz {
				break
			}
			if p.text == x.text && p.font == x.font && p.space == x.space &&
				math.Abs(x.x-p.x) <= o.DupDX*sz && math.Abs(x.y-p.y) <= o.DupDY*sz {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

// splitRow turns one row into fragments of words.
func splitRow(r *row, o Options) []*frag {
	gs := r.gs
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x < gs[j].x })
	gs = dedupe(gs, o)
	estimateWidths(gs)
	// Group non-space glyphs into fragment runs, recording for each glyph
	// whether an explicit space preceded it and the gap before it.
	type item struct {
		g        g
		spaced   bool
		gap      float64
		gapEm    float64
		newFrag  bool
		newWord  bool
		maxSz    float64
		prevSize float64
	}
	var items []item
	spaced := false
	var prev *g
	prevEnd := 0.0
	for i := range gs {
		x := gs[i]
		if x.space {
			spaced = true
			continue
		}
		it := item{g: x, spaced: spaced}
		if prev == nil {
			it.newFrag = true
		} else {
			gap := x.x - prevEnd
			sz := math.Max(prev.size, x.size)
			it.gap = gap
			it.gapEm = gap / sz
			if gap > o.FragmentGap*sz {
				it.newFrag = true
			}
		}
		items = append(items, it)
		spaced = false
		prev = &gs[i]
		prevEnd = math.Max(prevEnd, x.x+x.w)
		if len(items) == 1 {
			prevEnd = x.x + x.w
		}
	}
	var frags []*frag
	for start := 0; start < len(items); {
		end := start + 1
		for end < len(items) && !items[end].newFrag {
			end++
		}
		run := items[start:end]
		// Word threshold: default, raised for letter-spaced runs where even
		// the smallest gap without an explicit space is wide.
		thr := o.WordGap
		minGap, n := math.Inf(1), 0
		for _, it := range run[1:] {
			if !it.spaced {
				minGap = math.Min(minGap, it.gapEm)
				n++
			}
		}
		if n >= 3 && minGap > 0.08 {
			thr = math.Max(thr, math.Min(minGap+0.15, minGap*1.6+0.05))
		}
		f := &frag{x0: math.Inf(1), x1: math.Inf(-1), lo: math.Inf(1), hi: math.Inf(-1), seq: run[0].g.seq}
		var cur *word
		var sb strings.Builder
		flush := func() {
			if cur != nil {
				cur.text = sb.String()
				f.words = append(f.words, *cur)
				cur = nil
				sb.Reset()
			}
		}
		for k, it := range run {
			x := it.g
			if k == 0 || it.spaced || it.gapEm > thr {
				flush()
				cur = &word{x0: x.x, x1: x.x + x.w, size: x.size}
				if k > 0 {
					cur.gap = it.gap
				}
			}
			sb.WriteString(x.text)
			cur.x1 = math.Max(cur.x1, x.x+x.w)
			cur.size = math.Max(cur.size, x.size)
			f.x0 = math.Min(f.x0, x.x)
			f.x1 = math.Max(f.x1, x.x+x.w)
			f.size = math.Max(f.size, x.size)
			if x.seq < f.seq {
				f.seq = x.seq
			}
		}
		flush()
		// Baseline: median y of the glyphs of (nearly) the largest size.
		var ys []float64
		for _, it := range run {
			if it.g.size >= 0.9*f.size {
				ys = append(ys, it.g.y)
			}
		}
		sort.Float64s(ys)
		f.base = ys[len(ys)/2]
		f.lo = f.base - descent*f.size
		f.hi = f.base + ascent*f.size
		for _, it := range run {
			f.lo = math.Min(f.lo, it.g.lo)
			f.hi = math.Max(f.hi, it.g.hi)
		}
		collapseSpaced(f)
		frags = append(frags, f)
		start = end
	}
	return frags
}

// collapseSpaced joins a fragment made only of single letters ("S K I L L
// S") into words, splitting where the gap is clearly wider than the
// letter gap.
func collapseSpaced(f *frag) {
	if len(f.words) < 3 {
		return
	}
	for _, w := range f.words {
		rs := []rune(w.text)
		if len(rs) != 1 || !unicode.IsLetter(rs[0]) {
			return
		}
	}
	minGap := math.Inf(1)
	for _, w := range f.words[1:] {
		minGap = math.Min(minGap, w.gap)
	}
	sz := f.size
	var out []word
	for i, w := range f.words {
		if i == 0 || w.gap > math.Max(1.5*minGap, minGap+0.2*sz) {
			out = append(out, w)
			continue
		}
		last := &out[len(out)-1]
		last.text += w.text
		last.x1 = w.x1
	}
	f.words = out
}

func (f *frag) text() string {
	var b strings.Builder
	for i, w := range f.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// estimateWidths gives glyphs without an advance width (a producer whose
// font widths are unknown) one: up to the next glyph of the row, at most
// 0.6 em, so letters abut and word gaps remain. Combining marks keep 0.
func estimateWidths(gs []g) {
	for i := range gs {
		x := &gs[i]
		if x.w > 0 || x.space {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(x.text); unicode.Is(unicode.Mn, r) {
			continue
		}
		est := 0.5 * x.size
		for j := i + 1; j < len(gs); j++ {
			if !gs[j].space {
				est = math.Min(math.Max(gs[j].x-x.x, 0), 0.6*x.size)
				break
			}
		}
		x.w = est
	}
}

// mergeByX merges two slices of glyphs sorted by x.
func mergeByX(a, b []g) []g {
	out := make([]g, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j].x < a[i].x {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
