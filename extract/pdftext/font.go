package pdftext

import (
	"bytes"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

type fontKind uint8

const (
	fontSimple fontKind = iota // Type1, MMType1, TrueType
	fontType0
	fontType3
)

// font is rolefit's decoded view of a PDF font: how to split a string into
// codes, what Unicode text each code stands for, and each code's advance.
type font struct {
	id   string // identity for fake-bold detection (resource key + object)
	kind fontKind

	toUni *cmap // ToUnicode, nil if absent

	// Simple and Type3 fonts.
	simple    [256]string // text from encoding/Differences
	hasSimple [256]bool
	firstChar int
	widths    []float64 // glyph units
	missingW  float64
	hasWidths bool
	std       func(text string) float64 // standard-14 approximation (no /Widths)

	// Type0 fonts.
	encCMap  *cmap             // embedded encoding CMap (nil for Identity-H/V)
	cidUni   *cmap             // Adobe CID → Unicode map of the character collection
	gidUni   map[uint16]string // inverse cmap of an embedded TrueType program
	cidToGID []byte            // CIDToGIDMap stream (nil: identity)
	ucs2     bool              // code is UTF-16 (Uni*-UCS2-*, Uni*-UTF16-*)
	vertical bool              // -V encodings
	cidW     map[uint32]float64
	cidWR    []cidWidthRange
	dw       float64

	// Scale from glyph units to text space (0.001, or FontMatrix a for Type3).
	scale float64
	// sizeFactor scales the font size to the visible em for Type3 fonts.
	sizeFactor float64
	fm         [6]float64 // Type3 FontMatrix
}

type cidWidthRange struct {
	lo, hi uint32
	w      float64
}

// glyphCode is one decoded code of a shown string.
type glyphCode struct {
	code  uint32
	n     int     // bytes in the code
	text  string  // "" when undecoded or mapped to nothing
	known bool    // the code has a mapping (possibly to no text)
	w0    float64 // advance in text space per unit font size
	space bool    // single-byte code 32 (word spacing applies)
}

// decode splits raw into codes.
func (f *font) decode(raw string, out []glyphCode) []glyphCode {
	for len(raw) > 0 {
		var g glyphCode
		switch f.kind {
		case fontType0:
			var cs *cmap
			if f.encCMap != nil && f.encCMap.hasSpaces() {
				cs = f.encCMap
			}
			g.code, g.n = cs.nextCode(raw, 2)
			g.text, g.known = f.type0Text(g.code, g.n)
			g.space = g.n == 1 && g.code == 32
			g.w0 = f.cidWidth(f.cidOf(g.code, g.n)) * f.scale
		default:
			g.code, g.n = uint32(raw[0]), 1
			g.text, g.known = f.simpleText(byte(g.code))
			g.w0 = f.simpleWidth(byte(g.code), g.text) * f.scale
			g.space = g.code == 32
		}
		raw = raw[g.n:]
		out = append(out, g)
	}
	return out
}

// cleanText normalises decoded glyph text: ligatures are expanded and a
// drawn soft hyphen (U+00AD) is a visible hyphen.
func cleanText(t string) string {
	t = expandLigature(t)
	if strings.Contains(t, "\u00ad") {
		t = strings.ReplaceAll(t, "\u00ad", "-")
	}
	return t
}

func (f *font) simpleText(c byte) (string, bool) {
	if t, ok := f.toUni.lookup(uint32(c), 1); ok {
		return cleanText(t), true
	}
	if f.hasSimple[c] {
		return cleanText(f.simple[c]), true
	}
	return "", false
}

func (f *font) type0Text(code uint32, n int) (string, bool) {
	if t, ok := f.toUni.lookup(code, n); ok {
		return cleanText(t), true
	}
	if f.ucs2 && n == 2 {
		return cleanText(string(utf16.Decode([]uint16{uint16(code)}))), true
	}
	if f.cidUni != nil {
		if t, ok := f.cidUni.lookup(f.cidOf(code, n), 2); ok && t != "\uFFFD" && t != "" {
			return cleanText(t), true
		}
	}
	if f.gidUni != nil {
		cid := f.cidOf(code, n)
		gid := cid
		if f.cidToGID != nil {
			if int(2*cid+1) >= len(f.cidToGID) {
				return "", false
			}
			gid = uint32(f.cidToGID[2*cid])<<8 | uint32(f.cidToGID[2*cid+1])
		}
		if t, ok := f.gidUni[uint16(gid)]; ok && gid <= 0xFFFF {
			return cleanText(t), true
		}
	}
	return "", false
}

func (f *font) cidOf(code uint32, n int) uint32 {
	if f.encCMap != nil {
		if c, ok := f.encCMap.cid(code, n); ok {
			return c
		}
	}
	return code
}

func (f *font) cidWidth(cid uint32) float64 {
	if w, ok := f.cidW[cid]; ok {
		return w
	}
	for _, r := range f.cidWR {
		if cid >= r.lo && cid <= r.hi {
			return r.w
		}
	}
	return f.dw
}

func (f *font) simpleWidth(c byte, text string) float64 {
	if f.hasWidths {
		i := int(c) - f.firstChar
		if i >= 0 && i < len(f.widths) {
			return f.widths[i]
		}
		if f.missingW > 0 {
			return f.missingW
		}
		if f.std != nil {
			return f.std(text)
		}
		return 0
	}
	if f.std != nil {
		return f.std(text)
	}
	return 500
}

// fontLoader builds fonts from font dictionaries.
type fontLoader struct {
	cache map[string]*font
	byRes map[string]*font // resource-object/name -> font
	src   *source
	lim   *limits
}

func num(v pdf.Value) float64 {
	switch v.Kind() {
	case pdf.Integer, pdf.Real:
		f := v.Float64()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return 0
		}
		return f
	}
	return 0
}

func (fl *fontLoader) load(key string, v pdf.Value) *font {
	if f, ok := fl.cache[key]; ok {
		return f
	}
	f := buildFont(fl.src, key, v, fl.lim)
	fl.cache[key] = f
	return f
}

// buildFont never panics; a broken font yields a font that decodes nothing
// but still advances by a plausible width.
func buildFont(src *source, key string, v pdf.Value, lim *limits) (f *font) {
	f = &font{id: key, scale: 0.001, sizeFactor: 1, dw: 1000, std: stdMetrics("")}
	defer func() {
		if r := recover(); r != nil {
			// Keep what was built so far.
			lim.note(r)
		}
	}()
	sub := v.Key("Subtype").Name()
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		if data, err := readStream(src, tu, maxCMapBytes); err == nil {
			f.toUni = parseCMap(data)
		}
	}
	switch sub {
	case "Type0":
		f.kind = fontType0
		f.loadType0(src, v, lim)
	case "Type3":
		f.kind = fontType3
		f.loadSimple(src, v, lim)
		f.loadType3(v)
	default:
		f.kind = fontSimple
		f.loadSimple(src, v, lim)
	}
	return f
}

func (f *font) loadType0(src *source, v pdf.Value, lim *limits) {
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case pdf.Name:
		n := enc.Name()
		f.vertical = strings.HasSuffix(n, "-V")
		if strings.Contains(n, "UCS2") || strings.Contains(n, "UTF16") {
			f.ucs2 = true
		}
	case pdf.Stream:
		if data, err := readStream(src, enc, maxCMapBytes); err == nil {
			f.encCMap = parseCMap(data)
			if f.encCMap.useCMap != "" && strings.HasSuffix(f.encCMap.useCMap, "-V") {
				f.vertical = true
			}
		}
	}
	d := v.Key("DescendantFonts").Index(0)
	if d.Kind() != pdf.Dict {
		d = v.Key("DescendantFonts")
	}
	if csi := d.Key("CIDSystemInfo"); csi.Key("Registry").Text() == "Adobe" && !f.ucs2 {
		f.cidUni = cidToUnicode(csi.Key("Ordering").Text())
	}
	if f.cidUni == nil && !f.ucs2 && (f.toUni == nil || f.toUni.entries == 0) {
		if ff := d.Key("FontDescriptor").Key("FontFile2"); ff.Kind() == pdf.Stream {
			if prog, err := readStream(src, ff, 16<<20); err == nil {
				f.gidUni = trueTypeUnicode(prog)
			}
			if m := d.Key("CIDToGIDMap"); m.Kind() == pdf.Stream {
				if b, err := readStream(src, m, 1<<18); err == nil {
					f.cidToGID = b
				}
			}
		}
	}
	if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		f.dw = num(dw)
	}
	f.cidW = map[uint32]float64{}
	w := d.Key("W")
	n := w.Len()
	if n > 1<<18 {
		n = 1 << 18
	}
	for i := 0; i < n; {
		first := w.Index(i)
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			c := uint32(num(first))
			for j := 0; j < next.Len() && j < 1<<16; j++ {
				f.cidW[c+uint32(j)] = num(next.Index(j))
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		lo, hi := uint32(num(first)), uint32(num(next))
		if hi >= lo {
			f.cidWR = append(f.cidWR, cidWidthRange{lo, hi, num(w.Index(i + 2))})
		}
		i += 3
	}
	base := v.Key("BaseFont").Name()
	f.std = stdMetrics(base)
}

func (f *font) loadSimple(src *source, v pdf.Value, lim *limits) {
	base := v.Key("BaseFont").Name()
	fd := v.Key("FontDescriptor")
	flags := int(num(fd.Key("Flags")))
	symbolic := flags&4 != 0 && flags&32 == 0
	f.std = stdMetrics(base)

	// Widths.
	ws := v.Key("Widths")
	if ws.Kind() == pdf.Array && ws.Len() > 0 {
		f.hasWidths = true
		f.firstChar = int(num(v.Key("FirstChar")))
		n := ws.Len()
		if n > 256 {
			n = 256
		}
		f.widths = make([]float64, n)
		for i := 0; i < n; i++ {
			f.widths[i] = num(ws.Index(i))
		}
		f.missingW = num(fd.Key("MissingWidth"))
	}

	// Encoding.
	enc := v.Key("Encoding")
	var be baseEncoding
	var diffs pdf.Value
	explicit := false
	switch enc.Kind() {
	case pdf.Name:
		be, explicit = namedEncoding(enc.Name())
	case pdf.Dict:
		be, explicit = namedEncoding(enc.Key("BaseEncoding").Name())
		diffs = enc.Key("Differences")
	}
	if !explicit {
		switch {
		case f.kind == fontType3:
			be = encNone
		case symbolic:
			// Built-in encoding of the embedded font program, when it is a
			// Type 1 font whose clear-text part lists it.
			if ff := fd.Key("FontFile"); ff.Kind() == pdf.Stream {
				if names := type1Encoding(src, ff); names != nil {
					for c, n := range names {
						if n == "" {
							continue
						}
						if t := glyphNameText(n); t != "" {
							f.simple[c], f.hasSimple[c] = t, true
						}
					}
					be = encNone
					break
				}
			}
			be = encStandard
		case v.Key("Subtype").Name() == "TrueType":
			be = encWinAnsi
		default:
			be = encStandard
		}
	}
	if be != encNone {
		for c := 0; c < 256; c++ {
			if f.hasSimple[c] {
				continue
			}
			if t := baseText(be, byte(c)); t != "" {
				f.simple[c], f.hasSimple[c] = t, true
			}
		}
	}
	if diffs.Kind() == pdf.Array {
		code := 0
		n := diffs.Len()
		if n > 1024 {
			n = 1024
		}
		for i := 0; i < n; i++ {
			e := diffs.Index(i)
			switch e.Kind() {
			case pdf.Integer, pdf.Real:
				code = int(num(e))
			case pdf.Name:
				if code >= 0 && code < 256 {
					t := glyphNameText(e.Name())
					if t == "" && numericName(e.Name()) == code {
						// A name that spells its own code ("a65",
						// "g65", "c65"): the producer numbered the
						// glyphs by code, so the code is the character.
						t = baseText(encWinAnsi, byte(code))
					}
					f.simple[code], f.hasSimple[code] = t, t != ""
				}
				code++
			}
		}
	}
}

// numericName returns the decimal number of names such as "a65", "g65"
// or "index65" (one to five letters, then digits), or -1.
func numericName(n string) int {
	i := 0
	for i < len(n) && i < 5 && (n[i] >= 'a' && n[i] <= 'z' || n[i] >= 'A' && n[i] <= 'Z') {
		i++
	}
	if i == 0 || i == len(n) || len(n)-i > 3 {
		return -1
	}
	v, err := strconv.Atoi(n[i:])
	if err != nil || v < 0 {
		return -1
	}
	return v
}

func namedEncoding(n string) (baseEncoding, bool) {
	switch n {
	case "WinAnsiEncoding":
		return encWinAnsi, true
	case "MacRomanEncoding", "MacExpertEncoding":
		return encMacRoman, true
	case "StandardEncoding":
		return encStandard, true
	case "PDFDocEncoding":
		return encPDFDoc, true
	}
	return encNone, false
}

func (f *font) loadType3(v pdf.Value) {
	fm := v.Key("FontMatrix")
	f.fm = [6]float64{0.001, 0, 0, 0.001, 0, 0}
	if fm.Len() == 6 {
		for i := 0; i < 6; i++ {
			f.fm[i] = num(fm.Index(i))
		}
	}
	f.scale = f.fm[0]
	if f.scale == 0 {
		f.scale = 0.001
	}
	f.std = nil
	if !f.hasWidths {
		f.std = func(string) float64 { return 0.5 / math.Abs(f.scale) }
	}
	// The visible em of a Type 3 font is not given; estimate it from the
	// median advance of its glyphs (about half an em for text faces).
	var ws []float64
	for _, w := range f.widths {
		if w > 0 {
			ws = append(ws, w)
		}
	}
	if len(ws) > 0 {
		sort.Float64s(ws)
		em := ws[len(ws)/2] * math.Abs(f.scale) / 0.5
		f.sizeFactor = math.Min(math.Max(em, 0.3), 3)
	}
}

// type1Encoding reads the built-in encoding from the clear-text part of an
// embedded Type 1 font program ("dup 65 /A put" lines). It returns nil when
// the font uses StandardEncoding or no encoding could be read.
func type1Encoding(src *source, ff pdf.Value) []string {
	n1 := int(num(ff.Key("Length1")))
	if n1 <= 0 || n1 > 1<<20 {
		n1 = 1 << 16
	}
	data, err := readStream(src, ff, int64(n1))
	if err != nil {
		return nil
	}
	i := bytes.Index(data, []byte("/Encoding"))
	if i < 0 {
		return nil
	}
	rest := data[i+len("/Encoding"):]
	if bytes.HasPrefix(bytes.TrimSpace(rest), []byte("StandardEncoding")) {
		return nil
	}
	names := make([]string, 256)
	found := false
	l := &lexer{b: rest}
	var prev [3]obj
	for steps := 0; steps < 1<<16; steps++ {
		o, ok := l.next()
		if !ok {
			break
		}
		if o.kind == kOp && o.s == "put" && prev[0].kind == kOp && prev[0].s == "dup" &&
			prev[1].kind == kNum && prev[2].kind == kName {
			c := int(prev[1].num)
			if c >= 0 && c < 256 {
				names[c] = prev[2].s
				found = true
			}
		}
		if o.kind == kOp && (o.s == "readonly" || o.s == "def") && found {
			break
		}
		prev[0], prev[1], prev[2] = prev[1], prev[2], o
	}
	if !found {
		return nil
	}
	return names
}

// fontKeyOf gives a cache key for a font dictionary reached through a
// resource name: the object number when it is an indirect object.
func fontKeyOf(resName string, v pdf.Value) string {
	id, gen := objID(v)
	return resName + "@" + strconv.FormatUint(uint64(id), 10) + "." + strconv.FormatUint(uint64(gen), 10)
}
