package pdftext

import (
	"testing"
)

func TestParseCMap(t *testing.T) {
	tests := []struct {
		name  string
		cmap  string
		code  uint32
		n     int
		want  string
		found bool
	}{
		{"bfchar", "1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <005A> endbfchar", 0x41, 1, "Z", true},
		{"bfchar unmapped", "1 beginbfchar <41> <005A> endbfchar", 0x42, 1, "", false},
		{"bfchar ligature", "1 beginbfchar <1F> <00660069> endbfchar", 0x1F, 1, "fi", true},
		{"bfchar surrogate pair", "1 beginbfchar <0001> <D835DC00> endbfchar", 1, 2, "\U0001D400", true},
		{"bfchar odd length", "1 beginbfchar <05> <41> endbfchar", 5, 1, "A", true},
		{"bfchar NUL dropped", "1 beginbfchar <05> <0000> endbfchar", 5, 1, "", false},
		{"bfrange string", "1 beginbfrange <0010> <0020> <0041> endbfrange", 0x0012, 2, "C", true},
		{"bfrange carry", "1 beginbfrange <00> <10> <00FE> endbfrange", 0x03, 1, "\u0101", true},
		{"bfrange array", "1 beginbfrange <01> <03> [<0061> <0062> <00660066>] endbfrange", 0x03, 1, "ff", true},
		{"bfrange array short", "1 beginbfrange <01> <03> [<0061>] endbfrange", 0x02, 1, "", false},
		{"bfrange outside", "1 beginbfrange <0010> <0020> <0041> endbfrange", 0x0021, 2, "", false},
		{"later range wins", "2 beginbfrange <00> <FF> <0041> <41> <41> <0078> endbfrange", 0x41, 1, "x", true},
		{"name destination", "1 beginbfchar <07> /bullet endbfchar", 7, 1, "\u2022", true},
		{"garbage before", ") ] >> begincmap 1 beginbfchar <41> <0042> endbfchar", 0x41, 1, "B", true},
		{"one-byte code, two-byte map", "1 beginbfchar <0041> <0042> endbfchar", 0x41, 1, "B", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := parseCMap([]byte(tc.cmap))
			got, ok := m.lookup(tc.code, tc.n)
			if got != tc.want || ok != tc.found {
				t.Errorf("lookup(%#x, %d) = %q, %v; want %q, %v", tc.code, tc.n, got, ok, tc.want, tc.found)
			}
		})
	}
}

func TestCMapCodespace(t *testing.T) {
	// A mixed one- and two-byte code space (as in Shift-JIS style CMaps).
	m := parseCMap([]byte("2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange"))
	tests := []struct {
		in   string
		code uint32
		n    int
	}{
		{"\x41\x42", 0x41, 1},
		{"\x81\x40\x41", 0x8140, 2},
		{"\xA0", 0xA0, 1}, // no range matches: shortest length
		{"\x81", 0x81, 1}, // truncated two-byte code
	}
	for _, tc := range tests {
		code, n := m.nextCode(tc.in, 2)
		if code != tc.code || n != tc.n {
			t.Errorf("nextCode(%q) = %#x, %d; want %#x, %d", tc.in, code, n, tc.code, tc.n)
		}
	}
	var none *cmap
	if code, n := none.nextCode("\x01\x02\x03", 2); code != 0x0102 || n != 2 {
		t.Errorf("default split = %#x, %d", code, n)
	}
}

func TestCIDRanges(t *testing.T) {
	m := parseCMap([]byte("1 begincidrange <0020> <007E> 1 endcidrange 1 begincidchar <3000> 633 endcidchar"))
	for _, tc := range []struct {
		code uint32
		want uint32
		ok   bool
	}{{0x20, 1, true}, {0x41, 34, true}, {0x3000, 633, true}, {0x7F, 0, false}} {
		got, ok := m.cid(tc.code, 2)
		if got != tc.want || ok != tc.ok {
			t.Errorf("cid(%#x) = %d, %v; want %d, %v", tc.code, got, ok, tc.want, tc.ok)
		}
	}
}

func TestGlyphNameText(t *testing.T) {
	tests := map[string]string{
		"A":             "A",
		"eacute":        "é",
		"endash":        "\u2013",
		"fi":            "fi",
		"f_f_i":         "ffi",
		"a.sc":          "a",
		"uni00E9":       "é",
		"uni00660069":   "fi",
		"u1F600":        "\U0001F600",
		"uni12":         "",
		"g123":          "",
		"cid456":        "",
		".notdef":       "",
		"uniD800":       "",
		"T_h":           "Th",
		"one":           "1",
		"quoteright":    "\u2019",
		"bullet":        "\u2022",
		"nonsense_name": "",
	}
	for name, want := range tests {
		if got := glyphNameText(name); got != want {
			t.Errorf("glyphNameText(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestBaseEncodings(t *testing.T) {
	tests := []struct {
		enc  baseEncoding
		code byte
		want string
	}{
		{encWinAnsi, 'A', "A"},
		{encWinAnsi, 0x96, "\u2013"},
		{encWinAnsi, 0x80, "\u20ac"},
		{encWinAnsi, 0x92, "\u2019"},
		{encWinAnsi, 0xE9, "é"},
		{encWinAnsi, 0x81, ""},
		{encWinAnsi, 0x05, ""},
		{encWinAnsi, 0xA0, " "},
		{encStandard, 0x27, "\u2019"},
		{encStandard, 0xAE, "fi"},
		{encStandard, 0xD0, "\u2014"},
		{encStandard, 0xE9, "Ø"},
		{encMacRoman, 0x8E, "é"},
		{encMacRoman, 0xDE, "fi"},
		{encNone, 'A', ""},
	}
	for _, tc := range tests {
		if got := baseText(tc.enc, tc.code); got != tc.want {
			t.Errorf("baseText(%d, %#x) = %q, want %q", tc.enc, tc.code, got, tc.want)
		}
	}
}

// fontFromPDF builds a font from a dictionary in a test document.
func fontText(t *testing.T, fontDict string, extra func(w *pdfWriter) string, raw string) []glyphCode {
	t.Helper()
	w := &pdfWriter{}
	if extra != nil {
		fontDict = fontDict + " " + extra(w)
	}
	f := w.add("<< /Type /Font " + fontDict + " >>")
	data := w.buildDoc(testPage{fonts: map[string]int{"F1": f}, content: "BT /F1 10 Tf (x) Tj ET"})
	r, _, err := open(data)
	if err != nil {
		t.Fatal(err)
	}
	pv := walkPages(r, 1)
	fv := pv[0].Key("Resources").Key("Font").Key("F1")
	fo := buildFont(nil, "F1", fv, &limits{})
	return fo.decode(raw, nil)
}

func joinText(gs []glyphCode) string {
	s := ""
	for _, g := range gs {
		s += g.text
	}
	return s
}

func TestSimpleFontDecoding(t *testing.T) {
	tests := []struct {
		name string
		dict string
		tu   string
		raw  string
		want string
	}{
		{"WinAnsi", "/Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding", "", "caf\xe9 \x96 x", "café – x"},
		{"Differences over WinAnsi", "/Subtype /Type1 /BaseFont /X /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /uni00E9 /fi 67 /g12] >>", "", "ABCD", "éfiD"},
		{"Differences without base (Type1 standard)", "/Subtype /Type1 /BaseFont /X /Encoding << /Differences [1 /T /h /e] >>", "", "\x01\x02\x03'", "The\u2019"},
		{"ToUnicode wins over WinAnsi", "/Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding", "1 beginbfchar <41> <005A> endbfchar", "ABC", "ZBC"},
		{"MacRoman", "/Subtype /Type1 /BaseFont /Times-Roman /Encoding /MacRomanEncoding", "", "\x8e\xd0", "é\u2013"},
		{"numeric names spelling their code", "/Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /FirstChar 65 /LastChar 233 /Encoding << /Differences [65 /a65 66 /g12 233 /a233] >>", "", "AB\xe9", "Aé"},
		{"explicitly empty mapping", "/Subtype /Type1 /BaseFont /Helvetica", "2 beginbfchar <41> <> <42> <0000> endbfchar", "AB", "B"},
		{"no encoding TrueType", "/Subtype /TrueType /BaseFont /Verdana", "", "Hi\x93", "Hi\u201c"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var extra func(w *pdfWriter) string
			if tc.tu != "" {
				extra = func(w *pdfWriter) string { return "/ToUnicode " + ref(w.stream("", tc.tu)) }
			}
			got := joinText(fontText(t, tc.dict, extra, tc.raw))
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestType0Font(t *testing.T) {
	gs := fontText(t, "/Subtype /Type0 /BaseFont /ABCDEF+Noto /Encoding /Identity-H", func(w *pdfWriter) string {
		tu := w.stream("", "1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfrange <0003> <0005> <0041> <0010> <0011> [<0066006C> <00E9>] endbfrange")
		desc := w.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Noto /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [3 [600 700] 16 17 250] >>")
		return "/ToUnicode " + ref(tu) + " /DescendantFonts [" + ref(desc) + "]"
	}, "\x00\x03\x00\x04\x00\x05\x00\x10\x00\x11\x00\x20")
	want := []struct {
		text string
		w0   float64
	}{{"A", 0.6}, {"B", 0.7}, {"C", 1}, {"fl", 0.25}, {"é", 0.25}, {"", 1}}
	if len(gs) != len(want) {
		t.Fatalf("got %d codes, want %d", len(gs), len(want))
	}
	for i, w := range want {
		if gs[i].text != w.text || !near(gs[i].w0, w.w0) || gs[i].n != 2 {
			t.Errorf("code %d: got %q w0=%v n=%d, want %q w0=%v", i, gs[i].text, gs[i].w0, gs[i].n, w.text, w.w0)
		}
	}
}

func TestType3Font(t *testing.T) {
	// Skia-style: glyph names are meaningless, ToUnicode gives the text,
	// widths are in 1/2048 em.
	gs := fontText(t, "/Subtype /Type3 /FontMatrix [0.00048828125 0 0 -0.00048828125 0 0] /FontBBox [0 0 2048 2048] /FirstChar 0 /LastChar 2 /Widths [0 1024 2048] /Encoding << /Type /Encoding /Differences [0 /g0 /g2B /g4C] >> /CharProcs << >>", func(w *pdfWriter) string {
		return "/ToUnicode " + ref(w.stream("", "1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <01> <0048> <02> <0069> endbfchar"))
	}, "\x01\x02\x00")
	if got := joinText(gs); got != "Hi" {
		t.Errorf("text = %q, want Hi", got)
	}
	if !near(gs[0].w0, 0.5) || !near(gs[1].w0, 1) {
		t.Errorf("widths = %v, %v; want 0.5, 1", gs[0].w0, gs[1].w0)
	}
	if gs[2].text != "" {
		t.Errorf("g0 should be undecoded, got %q", gs[2].text)
	}
}

func TestStandardWidths(t *testing.T) {
	gs := fontText(t, "/Subtype /Type1 /BaseFont /Helvetica", nil, "Data ")
	want := []float64{0.722, 0.556, 0.278, 0.556, 0.278}
	for i, w := range want {
		if !near(gs[i].w0, w) {
			t.Errorf("%q: w0 = %v, want %v", gs[i].text, gs[i].w0, w)
		}
	}
	if !gs[4].space {
		t.Error("code 32 should be marked as a space for Tw")
	}
	tb := fontText(t, "/Subtype /Type1 /BaseFont /Times-Bold", nil, "W")
	if !near(tb[0].w0, 1.0) {
		t.Errorf("Times-Bold W = %v, want 1.0", tb[0].w0)
	}
}

func near(a, b float64) bool {
	d := a - b
	return d < 1e-6 && d > -1e-6
}

func TestKnownEmpty(t *testing.T) {
	gs := fontText(t, "/Subtype /Type1 /BaseFont /X /Encoding << /Differences [1 /g1] >>", func(w *pdfWriter) string {
		return "/ToUnicode " + ref(w.stream("", "1 beginbfchar <02> <> endbfchar"))
	}, "\x01\x02")
	if gs[0].known || !gs[1].known || gs[1].text != "" {
		t.Errorf("known flags: %+v", gs)
	}
}

func TestNumericName(t *testing.T) {
	for name, want := range map[string]int{"a65": 65, "g3": 3, "index12": 12, "cid123": 123, "A": -1, "65": -1, "a1234": -1, "uni0041": -1, "abcdef1": -1} {
		if got := numericName(name); got != want {
			t.Errorf("numericName(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestType1BuiltinEncoding(t *testing.T) {
	// A symbolic embedded Type 1 font without /Encoding: the built-in
	// encoding of its clear-text part applies (TeX fonts such as CMR10 in
	// OT1 encoding put "fi" at code 12 and the quote at 39).
	prog := "%!PS-AdobeFont-1.0: CMR10\n/FontName /CMR10 def\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 12 /fi put\ndup 39 /quoteright put\ndup 65 /A put\nreadonly def\ncurrentdict end\ncurrentfile eexec\n\x80\x81binary"
	gs := fontText(t, "/Subtype /Type1 /BaseFont /ABCDEF+CMR10", func(w *pdfWriter) string {
		ff := w.stream("/Length1 "+itoa(len(prog)-8)+" /Length2 8 /Length3 0", prog)
		return "/FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+CMR10 /Flags 4 /FontFile " + ref(ff) + " >>"
	}, "\x0cA'")
	if got := joinText(gs); got != "fiA\u2019" {
		t.Errorf("text = %q, want fiA’", got)
	}
}
