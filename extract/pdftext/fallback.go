package pdftext

import (
	"math"
	"sort"
	"strings"

	"github.com/rolefit/rolefit/extract/layout"
)

// simpleLayout is a minimal glyph → text step: visible glyphs grouped into
// lines by baseline (top to bottom), ordered by x, with a space where the
// gap exceeds 0.1 em. It does not separate columns.
func simpleLayout(p layout.Page) string {
	var gl []layout.Glyph
	for _, g := range p.Glyphs {
		if g.Invisible || g.White || g.Text == "" {
			continue
		}
		gl = append(gl, g)
	}
	if len(gl) == 0 {
		return ""
	}
	sort.SliceStable(gl, func(i, j int) bool { return gl[i].Y > gl[j].Y })
	var lines [][]layout.Glyph
	var cur []layout.Glyph
	lineY := 0.0
	for _, g := range gl {
		tol := 0.5 * math.Max(g.Size, 1)
		if len(cur) > 0 && math.Abs(g.Y-lineY) > tol {
			lines = append(lines, cur)
			cur = nil
		}
		if len(cur) == 0 {
			lineY = g.Y
		}
		cur = append(cur, g)
	}
	lines = append(lines, cur)
	var b strings.Builder
	for _, ln := range lines {
		sort.SliceStable(ln, func(i, j int) bool { return ln[i].X < ln[j].X })
		var prev *layout.Glyph
		pendingSpace := false
		for i := range ln {
			g := &ln[i]
			if g.Space {
				pendingSpace = true
				continue
			}
			if prev != nil {
				em := math.Max(math.Max(prev.Size, g.Size), 1)
				gap := g.X - (prev.X + prev.W)
				if g.Text == prev.Text && math.Abs(g.X-prev.X) < 0.1*em && math.Abs(g.Y-prev.Y) < 0.2*em {
					continue // fake bold
				}
				if pendingSpace || gap > 0.1*em {
					b.WriteByte(' ')
				}
			}
			pendingSpace = false
			b.WriteString(g.Text)
			prev = g
		}
		b.WriteByte('\n')
	}
	return b.String()
}
