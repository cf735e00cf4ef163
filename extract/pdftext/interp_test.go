package pdftext

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rolefit/rolefit/extract/layout"
)

func mustPages(t *testing.T, data []byte) ([]layout.Page, *Result) {
	t.Helper()
	pages, res, err := ExtractPages(data, Options{})
	if err != nil {
		t.Fatalf("ExtractPages: %v", err)
	}
	return pages, res
}

func mustText(t *testing.T, data []byte) *Result {
	t.Helper()
	res, err := Extract(data, Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return res
}

func glyphText(gs []layout.Glyph, visibleOnly bool) string {
	var b strings.Builder
	for _, g := range gs {
		if visibleOnly && (g.Invisible || g.White) {
			continue
		}
		b.WriteString(g.Text)
	}
	return b.String()
}

func TestPositionedText(t *testing.T) {
	// Helvetica without /Widths: advances come from the core metrics.
	pages, _ := mustPages(t, onePage("BT /F1 10 Tf 100 700 Td (Data) Tj ET"))
	g := pages[0].Glyphs
	if glyphText(g, false) != "Data" {
		t.Fatalf("text = %q", glyphText(g, false))
	}
	wantX := []float64{100, 107.22, 112.78, 115.56}
	for i, x := range wantX {
		if math.Abs(g[i].X-x) > 0.01 || math.Abs(g[i].Y-700) > 0.01 {
			t.Errorf("glyph %d at (%.2f, %.2f), want (%.2f, 700)", i, g[i].X, g[i].Y, x)
		}
		if g[i].Size != 10 || g[i].W <= 0 {
			t.Errorf("glyph %d size %v width %v", i, g[i].Size, g[i].W)
		}
	}
}

func TestTextOperators(t *testing.T) {
	tests := []struct {
		name    string
		content string
		// want maps glyph text to its expected x (first occurrence).
		want map[string][2]float64
	}{
		{"TJ kerning moves left for positive numbers", "BT /F1 10 Tf 100 700 Td [(A) 1000 (B) -2000 (C)] TJ ET",
			map[string][2]float64{"A": {100, 700}, "B": {96.67, 700}, "C": {123.34, 700}}},
		{"Tc adds to every glyph", "BT /F1 10 Tf 2 Tc 100 700 Td (AB) Tj ET",
			map[string][2]float64{"A": {100, 700}, "B": {108.67, 700}}},
		{"Tw only after a space", "BT /F1 10 Tf 5 Tw 100 700 Td (A B) Tj ET",
			map[string][2]float64{"A": {100, 700}, "B": {114.45, 700}}},
		{"Tz scales advances", "BT /F1 10 Tf 50 Tz 100 700 Td (AB) Tj ET",
			map[string][2]float64{"A": {100, 700}, "B": {103.335, 700}}},
		{"Ts raises the baseline", "BT /F1 10 Tf 3 Ts 100 700 Td (A) Tj ET",
			map[string][2]float64{"A": {100, 703}}},
		{"TD sets leading for T*", "BT /F1 10 Tf 100 700 Td (A) Tj 0 -12 TD (B) Tj T* (C) Tj ET",
			map[string][2]float64{"A": {100, 700}, "B": {100, 688}, "C": {100, 676}}},
		{"quote operators", "BT /F1 10 Tf 14 TL 100 700 Td (A) Tj (B) ' 1 0 (C) \" ET",
			map[string][2]float64{"A": {100, 700}, "B": {100, 686}, "C": {100, 672}}},
		{"Tm replaces the matrix", "BT /F1 1 Tf 10 0 0 10 50 60 Tm (A) Tj ET",
			map[string][2]float64{"A": {50, 60}}},
		{"cm and q/Q", "q 1 0 0 1 10 20 cm BT /F1 10 Tf 0 0 Td (A) Tj ET Q BT /F1 10 Tf (B) Tj ET",
			map[string][2]float64{"A": {10, 20}, "B": {0, 0}}},
		{"unmatched Q is ignored", "Q Q BT /F1 10 Tf 5 5 Td (A) Tj ET",
			map[string][2]float64{"A": {5, 5}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pages, _ := mustPages(t, onePage(tc.content))
			seen := map[string]bool{}
			for _, g := range pages[0].Glyphs {
				w, ok := tc.want[g.Text]
				if !ok || seen[g.Text] {
					continue
				}
				seen[g.Text] = true
				if math.Abs(g.X-w[0]) > 0.02 || math.Abs(g.Y-w[1]) > 0.02 {
					t.Errorf("%q at (%.3f, %.3f), want (%.3f, %.3f)", g.Text, g.X, g.Y, w[0], w[1])
				}
			}
			for k := range tc.want {
				if !seen[k] {
					t.Errorf("glyph %q missing", k)
				}
			}
		})
	}
}

func TestExtractText(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    string
		absent  string
	}{
		{"TJ gap makes a space", "BT /F1 10 Tf 72 700 Td [(Data) -300 (Science)] TJ ET", "Data Science", ""},
		{"tight kerning stays one word", "BT /F1 10 Tf 72 700 Td [(Da) 20 (ta)] TJ ET", "Data", ""},
		{"invisible text is hidden", "BT /F1 10 Tf 72 700 Td (Visible) Tj ET BT 3 Tr /F1 10 Tf 72 600 Td (Secret) Tj ET", "Visible", "Secret"},
		{"white text on white is hidden", "1 1 1 rg BT /F1 10 Tf 72 600 Td (Secret) Tj ET 0 g BT /F1 10 Tf 72 700 Td (Visible) Tj ET", "Visible", "Secret"},
		{"white text on a dark band is visible", "0 0 0.5 rg 0 580 612 40 re f 1 1 1 rg BT /F1 10 Tf 72 600 Td (Banner) Tj ET", "Banner", ""},
		{"white text on a white panel over a dark page is hidden", "0 0 0.3 rg 0 0 612 792 re f 1 1 1 rg 50 500 500 200 re f BT /F1 10 Tf 72 600 Td (Hidden) Tj ET BT /F1 10 Tf 72 300 Td (OnDark) Tj ET", "OnDark", "Hidden"},
		{"text in the colour of its background is hidden", "0.2 0.3 0.5 rg 0 500 612 200 re f BT /F1 10 Tf 72 600 Td (Camouflaged) Tj ET 0 g BT /F1 10 Tf 72 300 Td (Plain) Tj ET", "Plain", "Camouflaged"},
		{"dark text on a different dark band stays", "0 0 0.5 rg 0 500 612 200 re f 0.9 0.9 0 rg BT /F1 10 Tf 72 600 Td (Yellow) Tj ET", "Yellow", ""},
		{"text off the page is hidden", "BT /F1 10 Tf 72 700 Td (Visible) Tj ET BT /F1 10 Tf 900 700 Td (Outside) Tj ET", "Visible", "Outside"},
		{"inline image data is skipped", "BI /W 4 /H 1 /BPC 8 /CS /G ID \x00)(]\xff>>EI\x01 EI Q BT /F1 10 Tf 72 700 Td (After) Tj ET", "After", ""},
		{"ActualText replaces glyphs", "BT /F1 10 Tf 72 700 Td /Span << /ActualText (fine) >> BDC (\x01\x02) Tj EMC ( print) Tj ET", "fine print", ""},
		{"font set in a gs dictionary is not required", "BT /F1 12 Tf 72 700 Td (Hello) Tj ET", "Hello", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustText(t, onePage(tc.content))
			if !strings.Contains(res.Text, tc.want) {
				t.Errorf("text %q does not contain %q", res.Text, tc.want)
			}
			if tc.absent != "" && strings.Contains(res.Text, tc.absent) {
				t.Errorf("text %q contains hidden %q", res.Text, tc.absent)
			}
		})
	}
}

func TestHiddenFlags(t *testing.T) {
	content := "BT /F1 10 Tf 72 700 Td (Visible text here) Tj ET BT 3 Tr /F1 10 Tf 72 600 Td (Python Java Kubernetes SQL FHIR HL7 Epic) Tj ET"
	pages, res := mustPages(t, onePage(content))
	inv := 0
	for _, g := range pages[0].Glyphs {
		if g.Invisible {
			inv++
		}
	}
	if inv == 0 {
		t.Error("no glyph marked invisible")
	}
	if !contains(res.Flags, "hidden_text") {
		t.Errorf("flags %v lack hidden_text", res.Flags)
	}
	if res.Glyphs != len("Visibletexthere") {
		t.Errorf("Glyphs = %d, want visible non-space glyphs only", res.Glyphs)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestFormXObject(t *testing.T) {
	w := &pdfWriter{}
	f := w.helvetica()
	form := w.stream("/Type /XObject /Subtype /Form /BBox [0 0 500 100] /Matrix [1 0 0 1 100 200] /Resources << /Font << /FX "+ref(f)+" >> >>",
		"BT /FX 10 Tf 5 5 Td (Inside) Tj ET")
	// A form that draws itself: the depth limit must stop it.
	loop := w.reserve()
	w.set(loop, "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /L "+ref(loop)+" >> >> /Length 6 >>\nstream\n/L Do\n\nendstream")
	data := w.buildDoc(testPage{fonts: map[string]int{"F1": f}, xobj: map[string]int{"X1": form, "L": loop},
		content: "q 2 0 0 2 0 0 cm /X1 Do Q /L Do BT /F1 10 Tf 10 10 Td (Outside) Tj ET"})
	pages, res := mustPages(t, data)
	g := pages[0].Glyphs
	if !strings.HasPrefix(glyphText(g, false), "Inside") {
		t.Fatalf("text = %q", glyphText(g, false))
	}
	// Point (5,5) in the form → matrix → (105,205) → cm ×2 → (210,410).
	if math.Abs(g[0].X-210) > 0.01 || math.Abs(g[0].Y-410) > 0.01 || g[0].Size != 20 {
		t.Errorf("form glyph at (%.2f, %.2f) size %v, want (210, 410) size 20", g[0].X, g[0].Y, g[0].Size)
	}
	if !contains(res.Flags, "truncated") {
		t.Errorf("recursive form should set truncated, flags %v", res.Flags)
	}
}

func TestType0AndType3Documents(t *testing.T) {
	w := &pdfWriter{}
	tu := w.stream("", "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0001> <0005> <0048> endbfrange")
	desc := w.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Font0 /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /W [1 5 500] >>")
	f0 := w.add("<< /Type /Font /Subtype /Type0 /BaseFont /Font0 /Encoding /Identity-H /DescendantFonts [" + ref(desc) + "] /ToUnicode " + ref(tu) + " >>")
	tu3 := w.stream("", "1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <01> <004F> endbfchar")
	proc := w.stream("", "1000 0 d0")
	f3 := w.add("<< /Type /Font /Subtype /Type3 /FontMatrix [0.5 0 0 0.5 0 0] /FontBBox [0 0 2 2] /FirstChar 1 /LastChar 1 /Widths [1] /Encoding << /Differences [1 /g1] >> /CharProcs << /g1 " + ref(proc) + " >> /ToUnicode " + ref(tu3) + " >>")
	data := w.buildDoc(testPage{fonts: map[string]int{"F0": f0, "F3": f3},
		content: "BT /F0 10 Tf 100 700 Td <00010002> Tj ET BT /F3 12 Tf 100 600 Td <0101> Tj ET"})
	pages, res := mustPages(t, data)
	g := pages[0].Glyphs
	if got := glyphText(g, false); got != "HIOO" {
		t.Fatalf("text = %q, want HIOO", got)
	}
	if math.Abs(g[1].X-105) > 0.01 || math.Abs(g[0].W-5) > 0.01 {
		t.Errorf("Type0 advance: second glyph at %.2f (want 105), width %.2f (want 5)", g[1].X, g[0].W)
	}
	// Type 3: width 1 × FontMatrix 0.5 × size 12 = 6.
	if math.Abs(g[3].X-g[2].X-6) > 0.01 || math.Abs(g[2].W-6) > 0.01 {
		t.Errorf("Type3 advance %.2f width %.2f, want 6", g[3].X-g[2].X, g[2].W)
	}
	if res.Undecoded != 0 {
		t.Errorf("Undecoded = %d", res.Undecoded)
	}
}

func TestUndecodedCount(t *testing.T) {
	w := &pdfWriter{}
	f := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Icons /Encoding << /Differences [1 /g1 /g2 /A] >> >>")
	data := w.buildDoc(testPage{fonts: map[string]int{"F1": f}, content: "BT /F1 10 Tf 72 700 Td (\x01\x02\x03) Tj ET"})
	_, res := mustPages(t, data)
	if res.Undecoded != 2 || res.Glyphs != 1 {
		t.Errorf("Undecoded = %d, Glyphs = %d; want 2, 1", res.Undecoded, res.Glyphs)
	}
}

func TestPagesAndFonts(t *testing.T) {
	// Two pages whose /F1 are different fonts (ledongthuc's GetPlainText
	// reuses the first page's /F1).
	w := &pdfWriter{}
	f1 := w.helvetica()
	f2 := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /X /Encoding << /Differences [1 /T /w /o] >> >>")
	data := w.buildDoc(
		testPage{fonts: map[string]int{"F1": f1}, content: "BT /F1 10 Tf 72 700 Td (One) Tj ET"},
		testPage{fonts: map[string]int{"F1": f2}, content: "BT /F1 10 Tf 72 700 Td (\x01\x02\x03) Tj ET"},
		testPage{fonts: map[string]int{"F1": f1}, content: "BT /F1 10 Tf 72 700 Td (Three) Tj ET"},
	)
	res := mustText(t, data)
	if res.Pages != 3 || res.Text != "One\n\nTwo\n\nThree" {
		t.Errorf("pages %d text %q", res.Pages, res.Text)
	}
	res, err := Extract(data, Options{MaxPages: 2})
	if err != nil || res.Pages != 2 || !contains(res.Flags, "truncated") || strings.Contains(res.Text, "Three") {
		t.Errorf("MaxPages 2: err %v, pages %d, flags %v, text %q", err, res.Pages, res.Flags, res.Text)
	}
}

func TestRotatedPage(t *testing.T) {
	w := &pdfWriter{}
	f := w.helvetica()
	data := w.buildDoc(testPage{fonts: map[string]int{"F1": f}, extra: "/Rotate 90",
		content: "BT /F1 10 Tf 0 1 -1 0 500 100 Tm (Up) Tj ET"})
	pages, _ := mustPages(t, data)
	p := pages[0]
	if p.Width != 792 || p.Height != 612 {
		t.Errorf("page size %vx%v, want 792x612", p.Width, p.Height)
	}
	g := p.Glyphs[0]
	// (500,100) rotated 90° clockwise: x' = y, y' = 612 - x.
	if math.Abs(g.X-100) > 0.01 || math.Abs(g.Y-112) > 0.01 || g.Rotated {
		t.Errorf("glyph at (%.2f, %.2f) rotated=%v, want (100, 112) upright", g.X, g.Y, g.Rotated)
	}
}

func TestRobustness(t *testing.T) {
	tests := []struct {
		name    string
		content string
	}{
		{"unterminated hex string", "BT /F1 10 Tf 72 700 Td <414243"},
		{"unterminated literal", "BT /F1 10 Tf 72 700 Td (abc"},
		{"unterminated array", "BT /F1 10 Tf [(a) 1 (b)"},
		{"stray delimiters", ") ] } >> { BT /F1 10 Tf 72 700 Td (ok) Tj ET"},
		{"deep nesting", strings.Repeat("[", 10000) + " BT /F1 10 Tf (ok) Tj ET"},
		{"huge numbers", "1e308 1e308 1e308 1e308 1e308 1e308 cm BT /F1 1e308 Tf 1e308 0 Td (x) Tj ET"},
		{"operators without operands", "cm Tm Td TD Tf Tj TJ ' \" Tc Tw Tz TL Ts Tr rg k g sc scn re f Do BDC EMC gs"},
		{"many q", strings.Repeat("q ", 100000) + "BT /F1 10 Tf (x) Tj ET"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := Extract(onePage(tc.content), Options{})
				done <- err
			}()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("error %v", err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("extraction did not finish")
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"not a pdf", []byte("hello world, this is not a PDF file at all"), ErrMalformed},
		{"header only", []byte("%PDF-1.4\n%%EOF\n"), ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(tc.data, Options{})
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestRepairs(t *testing.T) {
	good := onePage("BT /F1 10 Tf 72 700 Td (Repaired) Tj ET")
	if !strings.Contains(string(good), "/Length 39") {
		t.Fatal("test document changed: fix the /Length cases")
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"PDF 2.0 header", append([]byte("%PDF-2.0\n"), good[9:]...)},
		{"junk before header", append([]byte("garbage line\n"), good...)},
		{"junk after EOF", append(append([]byte(nil), good...), []byte("\ntrailing junk that is long enough to push startxref away ......................................................\n")...)},
		{"broken xref offsets", []byte(strings.Replace(string(good), "0000000009 00000 n", "0000000001 00000 n", 1))},
		{"missing xref", good[:strings.Index(string(good), "xref")]},
		{"stream without Length", []byte(strings.Replace(string(good), "/Length 39", "", 1))},
		{"stream with a wrong Length", []byte(strings.Replace(string(good), "/Length 39", "/Length 3", 1))},
		{"absurd xref size", []byte(strings.Replace(string(good), "xref\n0 ", "xref\n999999999 ", 1))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Extract(tc.data, Options{})
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if !strings.Contains(res.Text, "Repaired") {
				t.Errorf("text %q", res.Text)
			}
		})
	}
}

func TestObjectStreamRebuild(t *testing.T) {
	// A catalog and page tree stored in an object stream, with no usable
	// cross-reference section: the rebuild must find them.
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	content := "BT /F1 10 Tf 72 700 Td (Compressed) Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		font,
	}
	var hdr, body strings.Builder
	for i, o := range objs {
		hdr.WriteString(strings.Join([]string{itoa(i + 1), itoa(body.Len())}, " ") + " ")
		body.WriteString(o + "\n")
	}
	stm := hdr.String() + body.String()
	var b strings.Builder
	b.WriteString("%PDF-1.5\n")
	b.WriteString("5 0 obj\n<< /Length " + itoa(len(content)) + " >>\nstream\n" + content + "\nendstream\nendobj\n")
	b.WriteString("6 0 obj\n<< /Type /ObjStm /N 4 /First " + itoa(len(hdr.String())) + " /Length " + itoa(len(stm)) + " >>\nstream\n" + stm + "\nendstream\nendobj\n")
	b.WriteString("trailer\n<< /Root 1 0 R /Size 7 >>\nstartxref\n0\n%%EOF\n")
	res, err := Extract([]byte(b.String()), Options{})
	if err != nil {
		t.Fatalf("error %v", err)
	}
	if !strings.Contains(res.Text, "Compressed") {
		t.Errorf("text %q", res.Text)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// replaceContent puts content in place of the %CONTENT% stream of a test
// document, fixing the stream length and the xref offsets by rebuilding.
func replaceContent(doc, content []byte) []byte {
	s := string(doc)
	i := strings.Index(s, "%CONTENT%")
	// The stream dictionary before it holds "/Length 9".
	j := strings.LastIndex(s[:i], "/Length 9")
	out := s[:j] + "/Length " + strconv.Itoa(len(content)) + s[j+len("/Length 9"):i] + string(content) + s[i+len("%CONTENT%"):]
	// Offsets after the stream moved: rewrite the xref table.
	return fixXref([]byte(out))
}

// fixXref recomputes the offsets of a test document's classic xref table.
func fixXref(b []byte) []byte {
	s := string(b)
	x := strings.LastIndex(s, "\nxref\n") + 1
	body := s[:x]
	var offs []int
	for id := 1; ; id++ {
		k := strings.Index(body, "\n"+strconv.Itoa(id)+" 0 obj\n")
		if k < 0 {
			break
		}
		offs = append(offs, k+1)
	}
	var t strings.Builder
	t.WriteString(body)
	t.WriteString("xref\n0 " + strconv.Itoa(len(offs)+1) + "\n0000000000 65535 f \n")
	for _, o := range offs {
		t.WriteString(strings.Repeat("0", 10-len(strconv.Itoa(o))) + strconv.Itoa(o) + " 00000 n \n")
	}
	tr := s[strings.Index(s, "trailer"):]
	tr = tr[:strings.Index(tr, "startxref")]
	t.WriteString(tr + "startxref\n" + strconv.Itoa(x) + "\n%%EOF\n")
	return []byte(t.String())
}

func TestAnnotationAppearance(t *testing.T) {
	w := &pdfWriter{}
	f := w.helvetica()
	ap := w.stream("/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /Helv "+ref(f)+" >> >>",
		"/Tx BMC BT /Helv 10 Tf 2 5 Td (Typed into a field) Tj ET EMC")
	hiddenAP := w.stream("/Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /Helv "+ref(f)+" >> >>",
		"BT /Helv 10 Tf 2 5 Td (Hidden field) Tj ET")
	field := w.add("<< /Type /Annot /Subtype /Widget /Rect [100 500 300 520] /AP << /N " + ref(ap) + " >> >>")
	hidden := w.add("<< /Type /Annot /Subtype /Widget /F 2 /Rect [100 400 300 420] /AP << /N " + ref(hiddenAP) + " >> >>")
	link := w.add("<< /Type /Annot /Subtype /Link /Rect [100 300 300 320] /AP << /N " + ref(hiddenAP) + " >> >>")
	data := w.buildDoc(testPage{fonts: map[string]int{"F1": f}, content: "BT /F1 10 Tf 72 700 Td (Page text) Tj ET",
		extra: "/Annots [" + ref(field) + " " + ref(hidden) + " " + ref(link) + "]"})
	pages, _ := mustPages(t, data)
	got := glyphText(pages[0].Glyphs, true)
	if !strings.Contains(got, "Typed into a field") || strings.Contains(got, "Hidden") {
		t.Errorf("glyph text %q", got)
	}
	for _, g := range pages[0].Glyphs {
		if g.Text == "T" && (math.Abs(g.X-102) > 0.01 || math.Abs(g.Y-505) > 0.01) {
			t.Errorf("field text at (%.2f, %.2f), want (102, 505)", g.X, g.Y)
		}
	}
}

func TestFlatePredictorFallback(t *testing.T) {
	// Streams with /DecodeParms the library rejects (Predictor 1, PNG
	// predictors other than Up) are decoded from the raw file.
	content := "BT /F1 10 Tf 72 700 Td (Predicted) Tj ET"
	for _, tc := range []struct {
		name  string
		parms string
		data  func() []byte
	}{
		{"predictor 1", "<< /Predictor 1 >>", func() []byte { return []byte(content) }},
		{"PNG Sub rows", "<< /Predictor 11 /Columns 8 >>", func() []byte {
			var out []byte
			src := []byte(content)
			for len(src)%8 != 0 {
				src = append(src, ' ')
			}
			for r := 0; r < len(src); r += 8 {
				row := src[r : r+8]
				out = append(out, 1, row[0])
				for i := 1; i < 8; i++ {
					out = append(out, row[i]-row[i-1])
				}
			}
			return out
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var z bytes.Buffer
			zw := zlib.NewWriter(&z)
			zw.Write(tc.data())
			zw.Close()
			w := &pdfWriter{}
			f := w.helvetica()
			pagesID := w.reserve()
			cs := w.add(fmt.Sprintf("<< /Length %d /Filter /FlateDecode /DecodeParms %s >>\nstream\n%s\nendstream", z.Len(), tc.parms, z.String()))
			pg := w.add(fmt.Sprintf("<< /Type /Page /Parent %s /MediaBox [0 0 612 792] /Resources << /Font << /F1 %s >> >> /Contents %s >>", ref(pagesID), ref(f), ref(cs)))
			w.set(pagesID, "<< /Type /Pages /Kids ["+ref(pg)+"] /Count 1 >>")
			root := w.add("<< /Type /Catalog /Pages " + ref(pagesID) + " >>")
			res := mustText(t, w.bytes(root))
			if !strings.Contains(res.Text, "Predicted") {
				t.Errorf("text %q", res.Text)
			}
		})
	}
}

func TestShadingBackground(t *testing.T) {
	res := mustText(t, onePage("q 0 560 612 60 re W n /Sh1 sh Q 1 1 1 rg BT /F1 10 Tf 72 600 Td (Gradient) Tj ET BT /F1 10 Tf 72 300 Td (Stuffed) Tj ET"))
	if !strings.Contains(res.Text, "Gradient") || strings.Contains(res.Text, "Stuffed") {
		t.Errorf("text %q: white text over the shading should stay, white-on-white should go", res.Text)
	}
}

func TestOCRLayer(t *testing.T) {
	w := &pdfWriter{}
	f := w.helvetica()
	img := w.stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80")
	data := w.buildDoc(testPage{fonts: map[string]int{"F1": f}, xobj: map[string]int{"Im1": img},
		content: "q 612 0 0 792 0 0 cm /Im1 Do Q BT 3 Tr /F1 10 Tf 72 700 Td (Scanned words) Tj ET"})
	pages, res := mustPages(t, data)
	if !pages[0].HasImage || res.ImagePages != 1 {
		t.Errorf("HasImage %v, ImagePages %d", pages[0].HasImage, res.ImagePages)
	}
	if !contains(res.Flags, "ocr_layer") || contains(res.Flags, "hidden_text") {
		t.Errorf("flags %v, want ocr_layer without hidden_text", res.Flags)
	}
}

func TestNestingGuard(t *testing.T) {
	deep := "1 0 obj " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + " endobj"
	if !nestingTooDeep([]byte(deep), maxObjectNesting) {
		t.Error("5000 nested arrays not detected")
	}
	ok := "1 0 obj << /A [ (unbalanced [[[ in a string) ] >> endobj 2 0 obj << /Length 4 >> stream\n[[[[\nendstream endobj"
	if nestingTooDeep([]byte(ok), 3) {
		t.Error("brackets in strings or streams counted")
	}
	if _, err := Extract([]byte("%PDF-1.4\n"+deep+"\n%%EOF\n"), Options{}); !errors.Is(err, ErrMalformed) {
		t.Errorf("err = %v", err)
	}
	// A deep object that is not needed does not stop the document.
	doc := onePage("BT /F1 10 Tf 72 700 Td (Survives) Tj ET")
	doc = append(doc, []byte("\n99 0 obj "+strings.Repeat("<<", 5000)+" endobj\ntrailer << "+strings.Repeat("[", 5000)+" >>\n%%EOF\n")...)
	res, err := Extract(doc, Options{})
	if err != nil || !strings.Contains(res.Text, "Survives") {
		t.Errorf("deep garbage: err %v", err)
	}
	if nestingTooDeep(onePage("BT /F1 10 Tf (x) Tj ET"), maxObjectNesting) {
		t.Error("plain document flagged")
	}
}

func TestColourSpaces(t *testing.T) {
	w := &pdfWriter{}
	f := w.helvetica()
	data := w.buildDoc(testPage{fonts: map[string]int{"F1": f},
		res: "/ColorSpace << /Spot [/Separation /Gold /DeviceCMYK 0 0 R] /Rgb /DeviceRGB >>",
		content: "BT /F1 10 Tf /Spot cs 1 scn 72 700 Td (FullInk) Tj 0 -20 Td 0 scn (NoInk) Tj " +
			"/Rgb cs 1 1 1 sc 0 -20 Td (RgbWhite) Tj 0 0 0 1 k 0 -20 Td (CmykBlack) Tj 0 0 0 0 k 0 -20 Td (CmykWhite) Tj ET"})
	res := mustText(t, data)
	for _, want := range []string{"FullInk", "CmykBlack"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("%s missing from %q", want, res.Text)
		}
	}
	for _, hidden := range []string{"NoInk", "RgbWhite", "CmykWhite"} {
		if strings.Contains(res.Text, hidden) {
			t.Errorf("%s should be hidden: %q", hidden, res.Text)
		}
	}
}

func TestConcurrentExtract(t *testing.T) {
	docs := [][]byte{
		onePage("BT /F1 10 Tf 72 700 Td (One) Tj ET"),
		aes256Doc("", "owner", "Two"),
		encryptedDoc("", "owner", "Three"),
	}
	done := make(chan error, 24)
	for i := 0; i < 24; i++ {
		go func(d []byte) {
			res, err := Extract(d, Options{})
			if err == nil && res.Text == "" {
				err = errors.New("no text")
			}
			done <- err
		}(docs[i%len(docs)])
	}
	for i := 0; i < 24; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func TestDeepObjectStream(t *testing.T) {
	// An object stream whose (compressed) object nests 100,000 arrays deep
	// must not reach the library's recursive parser.
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	inner := "7 0 " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	zw.Write([]byte(inner))
	zw.Close()
	doc := onePage("BT /F1 10 Tf 72 700 Td (Still here) Tj ET")
	cut := bytes.LastIndex(doc, []byte("xref"))
	extra := fmt.Sprintf("9 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\nendobj\n", z.Len(), z.String())
	data := append(append(append([]byte(nil), doc[:cut]...), extra...), doc[cut:]...)
	if !deepObjectStream(data) {
		t.Fatal("deep object stream not detected")
	}
	res, err := Extract(data, Options{})
	if err != nil || !strings.Contains(res.Text, "Still here") {
		t.Errorf("err %v, res %+v", err, res)
	}
}
