package pdftext

import (
	"testing"
)

// FuzzCMap feeds arbitrary bytes to the CMap parser and looks codes up.
func FuzzCMap(f *testing.F) {
	f.Add([]byte("1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <41> <005A> <42> <D835DC00> endbfchar"))
	f.Add([]byte("1 beginbfrange <0000> <FFFF> <0000> endbfrange 1 beginbfrange <01> <03> [<0061> <0062>] endbfrange"))
	f.Add([]byte("1 begincidrange <0020> <007E> 1 endcidrange /Identity-H usecmap"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m := parseCMap(data)
		for _, s := range []string{"A", "\x00\x41", "\xff\xff\xff\xff", "\x81\x40", ""} {
			for len(s) > 0 {
				code, n := m.nextCode(s, 2)
				if n < 1 || n > len(s) {
					t.Fatalf("nextCode(%q) consumed %d bytes", s, n)
				}
				m.lookup(code, n)
				m.cid(code, n)
				s = s[n:]
			}
		}
	})
}

// FuzzInterpret runs arbitrary content-stream bytes inside a minimal valid
// PDF whose page has a simple, a Type0 and a Type3 font and a Form XObject.
func FuzzInterpret(f *testing.F) {
	f.Add([]byte("BT /F1 12 Tf 72 700 Td (Hello) Tj [(W) 120 (orld)] TJ ET"))
	f.Add([]byte("q 1 0 0 1 10 10 cm /X1 Do Q BT /F0 9 Tf <00010002> Tj /F3 10 Tf <01> Tj ET"))
	f.Add([]byte("BI /W 1 /H 1 ID \x00\xff EI BT 3 Tr /F1 1 Tf (x) ' 1 2 (y) \" ET"))
	catchPanics = false
	defer func() { catchPanics = true }()
	w := &pdfWriter{}
	f1 := w.helvetica()
	tu := w.stream("", "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0001> <0005> <0048> endbfrange")
	desc := w.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /F0 /W [1 5 500] >>")
	f0 := w.add("<< /Type /Font /Subtype /Type0 /BaseFont /F0 /Encoding /Identity-H /DescendantFonts [" + ref(desc) + "] /ToUnicode " + ref(tu) + " >>")
	f3 := w.add("<< /Type /Font /Subtype /Type3 /FontMatrix [0.5 0 0 0.5 0 0] /FontBBox [0 0 2 2] /FirstChar 1 /LastChar 1 /Widths [1] /Encoding << /Differences [1 /A] >> /CharProcs << >> >>")
	form := w.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /Font << /F1 "+ref(f1)+" >> >>", "BT /F1 5 Tf (form) Tj ET")
	prefix := w.buildDoc(testPage{fonts: map[string]int{"F1": f1, "F0": f0, "F3": f3}, xobj: map[string]int{"X1": form}, content: "%CONTENT%"})
	f.Fuzz(func(t *testing.T, content []byte) {
		if len(content) > 1<<16 {
			return
		}
		data := replaceContent(prefix, content)
		pages, res, err := ExtractPages(data, Options{})
		if err != nil {
			t.Fatalf("valid document rejected: %v", err)
		}
		if res.Pages != 1 || len(pages) != 1 {
			t.Fatalf("pages = %d", res.Pages)
		}
		for _, g := range pages[0].Glyphs {
			if g.W < 0 || g.Size < 0 || !finite(g.X, g.Y, g.W, g.Size) {
				t.Fatalf("bad glyph geometry: %+v", g)
			}
		}
	})
}
