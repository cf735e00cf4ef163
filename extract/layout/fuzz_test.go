package layout

import (
	"maps"
	"math"
	"testing"
	"unicode/utf8"
)

var fuzzAlphabet = []string{
	"a", "b", "c", "X", "Y", "Z", "0", "1", "9", "e", "n", "t",
	" ", "-", "\u00ad", "\ufb01", "é", "\ue000", "", "ab", "\u2010", ".",
}

// glyphsFromBytes decodes 5 bytes per glyph: text, x cell, y cell, flags,
// size. Positions are on a grid of 6 × 14 points, so that two glyphs are
// duplicates (fake bold) exactly when they share text, font and cell.
func glyphsFromBytes(data []byte) Page {
	p := Page{Width: 612, Height: 792}
	for i := 0; i+5 <= len(data); i += 5 {
		b := data[i : i+5]
		size := 4 + float64(b[4]%20)
		if b[4] == 255 {
			size = 1
		}
		gl := Glyph{
			Text:      fuzzAlphabet[int(b[0])%len(fuzzAlphabet)],
			X:         float64(b[1]%100) * 6,
			Y:         float64(b[2]%56) * 14,
			Size:      size,
			W:         0.5 * size,
			Font:      []string{"F1", "F2"}[b[3]&1],
			Invisible: b[3]&2 != 0 && b[3]&8 == 0,
			White:     b[3]&4 != 0 && b[3]&16 == 0,
			Rotated:   b[3]&32 != 0 && b[3]&64 == 0,
		}
		gl.Space = gl.Text == " "
		if b[3]&128 != 0 {
			switch b[0] % 4 {
			case 0:
				gl.X = math.NaN()
			case 1:
				gl.Y = math.Inf(1)
			case 2:
				gl.X = 1e300
			case 3:
				gl.Size = -math.MaxFloat64
			}
		}
		p.Glyphs = append(p.Glyphs, gl)
	}
	if len(data)%3 == 1 {
		p.HasImage = true
	}
	return p
}

func FuzzBuild(f *testing.F) {
	f.Add([]byte("\x00\x01\x01\x00\x06\x01\x02\x01\x00\x06\x0c\x03\x01\x00\x06\x02\x04\x01\x00\x06"))
	f.Add([]byte("\x00\x01\x01\x00\x06\x00\x01\x01\x00\x06\x0d\x02\x01\x00\x06\x0f\x05\x01\x00\x06"))
	f.Add([]byte("\x03\x01\x02\x02\x06\x04\x02\x02\x04\x06\x05\x03\x02\x20\x06\x06\x04\x02\x80\x06\x07\x05\x02\x00\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 5*2000 {
			return
		}
		p := glyphsFromBytes(data)
		tx := Build([]Page{p}, Options{})
		out := tx.String()
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 output")
		}
		_ = tx.Layout()
		// Every visible glyph's letters and digits appear exactly once.
		want := map[rune]int{}
		seen := map[[5]any]bool{}
		for _, gl := range p.Glyphs {
			if !finite(gl.X, gl.Y, gl.W, gl.Size) || gl.Size < 2 ||
				(gl.Invisible || gl.White) && !p.HasImage {
				continue
			}
			key := [5]any{gl.Text, gl.Font, gl.X, gl.Y, gl.Rotated}
			if seen[key] && !gl.Rotated {
				continue
			}
			seen[key] = true
			for _, r := range cleanText(gl.Text) {
				if isCounted(r) {
					want[r]++
				}
			}
		}
		got := map[rune]int{}
		for _, r := range out {
			if isCounted(r) {
				got[r]++
			}
		}
		for r, n := range want {
			if got[r] != n {
				t.Fatalf("rune %q: %d in output, %d visible glyphs\n%s", r, got[r], n, tx.Layout())
			}
		}
		for r, n := range got {
			if want[r] != n {
				t.Fatalf("rune %q: %d in output, %d visible glyphs", r, n, want[r])
			}
		}
		// Reflow only joins lines and cells: it neither loses nor adds a
		// letter or digit.
		re := Build([]Page{p}, Options{Reflow: true}).String()
		if !utf8.ValidString(re) {
			t.Fatalf("invalid UTF-8 output with Reflow")
		}
		gotRe := map[rune]int{}
		for _, r := range re {
			if isCounted(r) {
				gotRe[r]++
			}
		}
		if !maps.Equal(got, gotRe) {
			t.Fatalf("Reflow changed the letters: %v vs %v\n%s", gotRe, got, tx.Layout())
		}
	})
}

func isCounted(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == 'é'
}
