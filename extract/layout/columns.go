package layout

import (
	"math"
	"sort"
	"unicode"
	"unicode/utf8"
)

// leaf is a region of the page that is read as one column, top to bottom.
type leaf struct {
	frags []*frag
	col   int
}

type segmenter struct {
	o       Options
	pageH   float64 // text height of the page
	medSize float64
	major   bool // a major gutter was found
}

const maxDepth = 40

func bounds(fr []*frag) (x0, x1, lo, hi float64) {
	x0, lo = math.Inf(1), math.Inf(1)
	x1, hi = math.Inf(-1), math.Inf(-1)
	for _, f := range fr {
		x0 = math.Min(x0, f.x0)
		x1 = math.Max(x1, f.x1)
		lo = math.Min(lo, f.lo)
		hi = math.Max(hi, f.hi)
	}
	return
}

func medianSize(fr []*frag) float64 {
	if len(fr) == 0 {
		return 10
	}
	s := make([]float64, len(fr))
	for i, f := range fr {
		s[i] = f.size
	}
	sort.Float64s(s)
	return s[len(s)/2]
}

// segment splits a region recursively (gutters first, then horizontal
// cuts) and returns its leaves in reading order and the number of columns
// it spans.
func (s *segmenter) segment(fr []*frag, col, depth int) ([]leaf, int) {
	if len(fr) == 0 {
		return nil, 0
	}
	if depth > maxDepth || len(fr) < 2 {
		return []leaf{{fr, col}}, 1
	}
	gt, ok := s.findGutter(fr)
	if ok && s.cellsAcrossCut(fr, gt) {
		ok = false // cut first: the parts are searched again
	}
	if ok {
		var top, left, right, bottom []*frag
		mid := (gt.x0 + gt.x1) / 2
		for _, f := range fr {
			switch c := f.cy(); {
			case c > gt.fhi:
				top = append(top, f)
			case c < gt.flo:
				bottom = append(bottom, f)
			case f.cx() < mid:
				left = append(left, f)
			default:
				right = append(right, f)
			}
		}
		// Text on one side lying above everything on the other side is a
		// header of the region (a name centred over the main column), read
		// first.
		left, right, top = promote(left, right, top)
		right, left, top = promote(right, left, top)
		debugf("gutter %+v top=%d left=%d right=%d bottom=%d", gt, len(top), len(left), len(right), len(bottom))
		major := gt.fhi-gt.flo >= s.o.MajorGutter*s.pageH
		if major {
			s.major = true
		}
		var out []leaf
		lt, nt := s.segment(top, col, depth+1)
		ll, nl := s.segment(left, col, depth+1)
		rcol := col
		if major {
			rcol = col + max(nl, 1)
		}
		lr, nr := s.segment(right, rcol, depth+1)
		lb, nb := s.segment(bottom, col, depth+1)
		out = append(append(append(append(out, lt...), ll...), lr...), lb...)
		n := max(nt, nb, nl, nr)
		if major {
			n = max(n, nl+nr)
		}
		return out, n
	}
	if y, ok := s.findHCut(fr); ok {
		var up, down []*frag
		for _, f := range fr {
			if f.cy() > y {
				up = append(up, f)
			} else {
				down = append(down, f)
			}
		}
		if len(up) > 0 && len(down) > 0 {
			lu, nu := s.segment(up, col, depth+1)
			ld, nd := s.segment(down, col, depth+1)
			if len(lu) == 1 && len(ld) == 1 {
				// Neither part holds columns: the cut changed nothing, keep
				// the region whole so its blocks can span the cut.
				return []leaf{{fr, col}}, 1
			}
			return append(lu, ld...), max(nu, nd)
		}
	}
	return []leaf{{fr, col}}, 1
}

// cellsAcrossCut reports whether the region has a horizontal cut inside
// the gutter's empty run with, on one side of the cut, right-aligned cells
// (dates) rather than a column: a table above a grid (Education dates above
// a grid of projects) must not be split as one.
func (s *segmenter) cellsAcrossCut(fr []*frag, gt gutter) bool {
	y, ok := s.findHCut(fr)
	if !ok || y <= gt.flo || y >= gt.fhi {
		return false
	}
	var up, down []*frag
	for _, f := range fr {
		if f.cy() > y {
			up = append(up, f)
		} else {
			down = append(down, f)
		}
	}
	for _, part := range [][]*frag{up, down} {
		_, _, lo, hi := bounds(part)
		c := gutter{gt.x0, gt.x1, math.Max(gt.flo, lo), math.Min(gt.fhi, hi)}
		if len(part) >= 4 && s.acceptGutter(part, c) == rightCells {
			return true
		}
	}
	return false
}

// findHCut returns the middle of the widest empty horizontal band of the
// region if it is at least HCutGap em high.
func (s *segmenter) findHCut(fr []*frag) (float64, bool) {
	if len(fr) < 2 {
		return 0, false
	}
	byTop := append([]*frag(nil), fr...)
	sort.Slice(byTop, func(i, j int) bool { return byTop[i].hi > byTop[j].hi })
	curLo := byTop[0].lo
	best, at := 0.0, 0.0
	var gaps []float64
	for _, f := range byTop[1:] {
		gap := curLo - f.hi
		if gap > 0 {
			gaps = append(gaps, gap)
		}
		if gap > best {
			best, at = gap, (curLo+f.hi)/2
		}
		curLo = math.Min(curLo, f.lo)
	}
	// The cut must be clearly wider than the usual gap between lines.
	sort.Float64s(gaps)
	usual := 0.0
	if len(gaps) >= 3 {
		usual = gaps[len(gaps)/2]
	}
	if best >= s.o.HCutGap*medianSize(fr) && best > 1.5*usual {
		return at, true
	}
	return 0, false
}

// gutter is an empty vertical band [x0,x1] over the y-range [flo,fhi].
type gutter struct {
	x0, x1, flo, fhi float64
}

// findGutter looks for a vertical band at least MinGutter wide that no
// fragment crosses over at least GutterShare of the region's height, with
// text on both sides, and that does not merely separate items of the same
// rows (right-aligned dates, label/value tables).
func (s *segmenter) findGutter(fr []*frag) (gutter, bool) {
	// The search is quadratic in the fragments; a page with thousands of
	// separate fragments is not a résumé layout worth the time.
	if len(fr) < 4 || len(fr) > 4000 {
		return gutter{}, false
	}
	_, _, rlo, rhi := bounds(fr)
	H := rhi - rlo
	if !(H > 0) {
		return gutter{}, false
	}
	need := s.o.GutterShare * H
	minW := s.o.MinGutter * medianSize(fr)
	edges := make([]float64, 0, 2*len(fr))
	for _, f := range fr {
		x0, x1 := shrunk(f)
		edges = append(edges, x0, x1)
	}
	sort.Float64s(edges)
	u := edges[:1]
	for _, e := range edges[1:] {
		if e > u[len(u)-1] {
			u = append(u, e)
		}
	}
	edges = u
	n := len(edges) - 1
	if n < 1 {
		return gutter{}, false
	}
	type run struct {
		ok     bool
		lo, hi float64
	}
	free := make([]run, n)
	var ivs [][2]float64
	for k := 0; k < n; k++ {
		a, b := edges[k], edges[k+1]
		ivs = ivs[:0]
		for _, f := range fr {
			if x0, x1 := shrunk(f); x0 < b && x1 > a {
				ivs = append(ivs, [2]float64{f.lo, f.hi})
			}
		}
		sort.Slice(ivs, func(i, j int) bool { return ivs[i][1] > ivs[j][1] })
		// Largest uncovered y-interval within [rlo, rhi].
		bestLo, bestHi := 0.0, 0.0
		cur := rhi
		for _, iv := range ivs {
			if iv[1] < cur && cur-iv[1] > bestHi-bestLo {
				bestLo, bestHi = iv[1], cur
			}
			cur = math.Min(cur, iv[0])
		}
		if cur-rlo > bestHi-bestLo {
			bestLo, bestHi = rlo, cur
		}
		if bestHi-bestLo >= need {
			free[k] = run{true, bestLo, bestHi}
		}
	}
	var cands []gutter
	for i := 0; i < n; i++ {
		if !free[i].ok {
			continue
		}
		lo, hi := free[i].lo, free[i].hi
		for j := i; j < n; j++ {
			if !free[j].ok {
				break
			}
			nlo, nhi := math.Max(lo, free[j].lo), math.Min(hi, free[j].hi)
			if nhi-nlo < need {
				break
			}
			lo, hi = nlo, nhi
			// Record the window whenever widening it further would shrink
			// its empty run (or end it): a narrow tall gutter and a wide
			// shorter one are both candidates.
			if edges[j+1]-edges[i] >= minW && (j+1 == n || !free[j+1].ok ||
				math.Max(lo, free[j+1].lo) > lo || math.Min(hi, free[j+1].hi) < hi) {
				cands = append(cands, gutter{edges[i], edges[j+1], lo, hi})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		hi, hj := cands[i].fhi-cands[i].flo, cands[j].fhi-cands[j].flo
		if hi != hj {
			return hi > hj
		}
		return cands[i].x1-cands[i].x0 > cands[j].x1-cands[j].x0
	})
	for k, c := range cands {
		if k >= 24 {
			break
		}
		if s.acceptGutter(fr, c) == accepted {
			return c, true
		}
	}
	return gutter{}, false
}

type verdict int

const (
	accepted   verdict = iota
	rejected           // too little text, or rows of a table
	rightCells         // right-aligned cells of the left side's rows (dates)
)

// acceptGutter checks there is text on both sides of the gutter and that
// the two sides are not the cells of the same rows.
func (s *segmenter) acceptGutter(fr []*frag, c gutter) verdict {
	var left, right []*frag
	for _, f := range fr {
		y := f.cy()
		if y < c.flo || y > c.fhi {
			continue
		}
		x0, x1 := shrunk(f)
		switch {
		case x1 <= c.x0+0.01:
			left = append(left, f)
		case x0 >= c.x1-0.01:
			right = append(right, f)
		}
	}
	if len(left) < 2 || len(right) < 2 {
		return rejected
	}
	few, other := left, right
	if len(right) < len(left) {
		few, other = right, left
	}
	// Alignment is measured where both sides have text: a heading above
	// a label/value table does not make it look like columns.
	_, _, flo, fhi := bounds(few)
	_, _, olo, ohi := bounds(other)
	lo, hi := math.Max(flo, olo), math.Min(fhi, ohi)
	aligned, considered := 0, 0
	for _, f := range few {
		if c := f.cy(); c < lo || c > hi {
			continue
		}
		considered++
		for _, g := range other {
			if math.Abs(f.base-g.base) <= 0.25*math.Min(f.size, g.size) {
				aligned++
				break
			}
		}
	}
	share := 0.0
	if considered > 0 {
		share = float64(aligned) / float64(considered)
	}
	// The right side is a column (flush left), not right-aligned cells.
	rightCol := leftAligned(right) >= 0.5 && leftAligned(right) >= rightAligned(right)
	balanced := len(few) >= len(other)/2
	if share >= 0.6 && !rightCol {
		return rightCells
	}
	if share >= 0.9 && !justifiedColumns(left, right) && !(balanced && rightCol &&
		wraps(left) && wraps(right) && leftAligned(left) >= 0.5) {
		return rejected
	}
	return accepted
}

// rightAligned is the share of fragments whose right edge is within 2
// points of the most common right edge.
func rightAligned(fr []*frag) float64 {
	m := make([]*frag, len(fr))
	for i, f := range fr {
		m[i] = &frag{x0: -f.x1}
	}
	return leftAligned(m)
}

// leftAligned is the share of fragments whose left edge is within 2 points
// of the most common left edge.
func leftAligned(fr []*frag) float64 {
	if len(fr) == 0 {
		return 0
	}
	xs := make([]float64, len(fr))
	for i, f := range fr {
		xs[i] = f.x0
	}
	sort.Float64s(xs)
	best := 0
	j := 0
	for i := range xs {
		for xs[i]-xs[j] > 4 {
			j++
		}
		best = max(best, i-j+1)
	}
	return float64(best) / float64(len(xs))
}

var debugf = func(string, ...any) {}

// shrunk returns the fragment's x-extent less a small intrusion tolerance,
// so that a line sticking slightly into a gutter does not block it.
func shrunk(f *frag) (x0, x1 float64) {
	t := math.Min(0.25*f.size, (f.x1-f.x0)/4)
	return f.x0 + t, f.x1 - t
}

// promote moves the fragments of side a lying entirely above all of side b
// into top.
func promote(a, b, top []*frag) (na, nb, ntop []*frag) {
	if len(b) == 0 || len(a) == 0 {
		return a, b, top
	}
	_, _, _, bhi := bounds(b)
	var up []*frag
	for _, f := range a {
		if f.lo > bhi {
			up = append(up, f)
		} else {
			na = append(na, f)
		}
	}
	// Only a few lines (a name, a title) count as a header.
	if len(up) == 0 || len(up) > 4 || 4*len(up) > len(a) {
		return a, b, top
	}
	return na, b, append(top, up...)
}

// justifiedColumns recognises two columns of running text set with the
// same leading (baselines aligned across the gutter): both sides are
// substantial and of similar length, the right side is flush left and the
// left side flush right (justified), unlike label/value tables, dates in a
// margin or right-aligned dates.
func justifiedColumns(left, right []*frag) bool {
	if len(left) < 5 || len(right) < 5 {
		return false
	}
	// Running text: lines at least six em long on both sides (not bullets
	// or numbers beside their items).
	if medianWidthEm(left) < 6 || medianWidthEm(right) < 6 {
		return false
	}
	r := float64(len(left)) / float64(len(right))
	if r < 0.6 || r > 1/0.6 {
		return false
	}
	if leftAligned(right) < 0.5 {
		return false
	}
	maxX1 := math.Inf(-1)
	for _, f := range left {
		maxX1 = math.Max(maxX1, f.x1)
	}
	flush := 0
	for _, f := range left {
		if maxX1-f.x1 <= 2 {
			flush++
		}
	}
	return 2*flush >= len(left)
}

// wraps reports whether a side holds running text: a fragment of at least
// five words continued on the next line below by one starting with a
// lower-case letter. Table
// cells (labels, dates) rarely wrap that way; a paragraph in a grid cell
// does.
func wraps(side []*frag) bool {
	fs := append([]*frag(nil), side...)
	sort.Slice(fs, func(i, j int) bool { return fs[i].base > fs[j].base })
	for i := 1; i < len(fs); i++ {
		a, b := fs[i-1], fs[i]
		if a.base-b.base > 2*a.size || overlap(a.x0, a.x1, b.x0, b.x1) <= 0 || len(b.words) == 0 || len(a.words) < 5 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(b.words[0].text)
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// medianWidthEm is the median fragment width in em of its own size.
func medianWidthEm(fr []*frag) float64 {
	if len(fr) == 0 {
		return 0
	}
	w := make([]float64, len(fr))
	for i, f := range fr {
		w[i] = (f.x1 - f.x0) / math.Max(f.size, 0.01)
	}
	sort.Float64s(w)
	return w[len(w)/2]
}
