package layout

import (
	"strings"
	"unicode/utf8"
)

// pen lays out text the way TeX does: no space glyphs, each character
// advancing by adv em, words separated by a gap of wordSp em.
type pen struct {
	size   float64 // font size, default 10
	adv    float64 // advance per character in em, default 0.5
	wordSp float64 // gap between words in em, default 0.33
	font   string
	spaces bool // draw explicit space glyphs instead of gaps
	// kern, if set, returns an extra offset (em) added after character i
	// of the string (negative kerning or positive tracking).
	kern func(i int, r rune) float64
	mod  func(*Glyph)
}

func (p pen) defaults() pen {
	if p.size == 0 {
		p.size = 10
	}
	if p.adv == 0 {
		p.adv = 0.5
	}
	if p.wordSp == 0 {
		p.wordSp = 0.33
	}
	if p.font == "" {
		p.font = "F1"
	}
	return p
}

// at lays out s with its first baseline origin at x,y and returns the
// glyphs and the x where the text ends.
func (p pen) at(s string, x, y float64) []Glyph {
	p = p.defaults()
	var gs []Glyph
	i := 0
	for _, r := range s {
		w := p.adv * p.size
		if r == ' ' {
			if p.spaces {
				gl := Glyph{Text: " ", X: x, Y: y, W: p.wordSp * p.size, Size: p.size, Font: p.font, Space: true}
				if p.mod != nil {
					p.mod(&gl)
				}
				gs = append(gs, gl)
			}
			x += p.wordSp * p.size
			i++
			continue
		}
		gl := Glyph{Text: string(r), X: x, Y: y, W: w, Size: p.size, Font: p.font}
		if p.mod != nil {
			p.mod(&gl)
		}
		gs = append(gs, gl)
		x += w
		if p.kern != nil {
			x += p.kern(i, r) * p.size
		}
		i++
	}
	return gs
}

// width returns the advance of s in points.
func (p pen) width(s string) float64 {
	p = p.defaults()
	n := utf8.RuneCountInString(s)
	sp := strings.Count(s, " ")
	return float64(n-sp)*p.adv*p.size + float64(sp)*p.wordSp*p.size
}

// column lays out lines top-down starting at baseline y with the given
// leading (points).
func (p pen) column(lines []string, x, y, leading float64) []Glyph {
	var gs []Glyph
	for _, l := range lines {
		gs = append(gs, p.at(l, x, y)...)
		y -= leading
	}
	return gs
}

func page(gs ...[]Glyph) Page {
	p := Page{Width: 612, Height: 792}
	for _, g := range gs {
		p.Glyphs = append(p.Glyphs, g...)
	}
	return p
}

func lines(t *Text) []string {
	var out []string
	for _, p := range t.Pages {
		for _, l := range p.Lines {
			out = append(out, l.Text)
		}
	}
	return out
}
