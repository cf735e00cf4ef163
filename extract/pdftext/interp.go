package pdftext

import (
	"math"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"
	"github.com/rolefit/rolefit/extract/layout"
)

// matrix is a PDF affine matrix [a b c d e f]; points are row vectors, so
// x' = a·x + c·y + e and y' = b·x + d·y + f.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m followed by n (m × n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

// vec transforms a direction (no translation).
func (m matrix) vec(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y, m[1]*x + m[3]*y
}

func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e9 {
			return false
		}
	}
	return true
}

func (m matrix) finite() bool {
	for _, v := range m {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e9 {
			return false
		}
	}
	return true
}

type gstate struct {
	ctm      matrix
	font     *font
	fontSize float64
	tc, tw   float64
	th       float64 // horizontal scaling, 1 = 100 %
	tl, rise float64
	mode     int
	white    bool   // fill colour is white or near it
	cs       csKind // how fill colour components read
	rgb      [3]float64
	rgbKnown bool    // rgb approximates the fill colour
	clip     pathBox // bounding box of the clipping path set by W/W*
}

// csKind classifies a fill colour space for white detection.
type csKind uint8

const (
	csAdditive    csKind = iota // gray, RGB, Lab-like: 1 = white
	csSubtractive               // CMYK: 0 = white
	csTint                      // Separation, DeviceN: 0 = no ink
	csOpaque                    // Indexed, Pattern, unknown: never white
)

// whiteColor reports whether n colour components on the stack are white.
func whiteColor(cs csKind, ops []obj, n int) bool {
	if n <= 0 || len(ops) < n {
		return false
	}
	v := ops[len(ops)-n:]
	for _, o := range v {
		if o.kind != kNum {
			return false
		}
	}
	switch cs {
	case csAdditive:
		if n == 4 { // CMYK values given to an unknown space
			return v[0].num <= 0.05 && v[1].num <= 0.05 && v[2].num <= 0.05 && v[3].num <= 0.05
		}
		for _, o := range v {
			if o.num < 0.95 {
				return false
			}
		}
		return n == 1 || n == 3
	case csSubtractive, csTint:
		for _, o := range v {
			if o.num > 0.05 {
				return false
			}
		}
		return true
	}
	return false
}

// colorRGB approximates n colour components as RGB.
func colorRGB(cs csKind, ops []obj, n int) ([3]float64, bool) {
	if n <= 0 || len(ops) < n {
		return [3]float64{}, false
	}
	v := make([]float64, n)
	for i, o := range ops[len(ops)-n:] {
		if o.kind != kNum {
			return [3]float64{}, false
		}
		v[i] = math.Min(math.Max(o.num, 0), 1)
	}
	switch {
	case (cs == csAdditive || cs == csSubtractive) && n == 4:
		k := 1 - v[3]
		return [3]float64{(1 - v[0]) * k, (1 - v[1]) * k, (1 - v[2]) * k}, true
	case cs == csAdditive && n == 1:
		return [3]float64{v[0], v[0], v[0]}, true
	case cs == csAdditive && n == 3:
		return [3]float64{v[0], v[1], v[2]}, true
	}
	return [3]float64{}, false
}

// colorSpaceKind resolves a colour space name (Device*, or a resource).
func colorSpaceKind(res pdf.Value, name string) csKind {
	switch name {
	case "DeviceGray", "DeviceRGB", "G", "RGB", "CalRGB", "CalGray":
		return csAdditive
	case "DeviceCMYK", "CMYK":
		return csSubtractive
	case "Pattern":
		return csOpaque
	}
	v := res.Key("ColorSpace").Key(name)
	if v.Kind() == pdf.Name {
		return colorSpaceKind(pdf.Value{}, v.Name())
	}
	switch v.Index(0).Name() {
	case "Separation", "DeviceN":
		return csTint
	case "ICCBased":
		if int(num(v.Index(1).Key("N"))) == 4 {
			return csSubtractive
		}
		return csAdditive
	case "CalRGB", "CalGray":
		return csAdditive
	}
	return csOpaque
}

// Limits for one page.
const (
	maxOpsPerPage    = 1_000_000
	maxGlyphsPerPage = 200_000
	maxOpsPerFile    = 5_000_000 // later pages are skipped ("truncated")
	maxGlyphsPerFile = 1_000_000
	maxFormDepth     = 8
	maxGStateDepth   = 512
	maxOperands      = 64
	maxContentBytes  = 32 << 20
	maxCMapBytes     = 4 << 20
)

// limits records where extraction was cut short. It carries no content.
type limits struct {
	ops, glyphs int
	truncated   bool
	problems    int
}

func (l *limits) note(any) { l.problems++ }

type markedContent struct {
	actual   string
	isActual bool
	start    int // index into page glyphs
}

type interp struct {
	lim   *limits
	fl    *fontLoader
	glyph []layout.Glyph
	box   [4]float64 // page box in display space: 0,0,W,H
	area  float64

	gs     gstate
	stack  []gstate
	tm     matrix
	tlm    matrix
	codes  []glyphCode
	marked []markedContent

	hasImage   bool
	pageRes    pdf.Value
	path       pathBox
	clipNext   bool
	pathCurved bool
	fills      []fillRect // filled areas in painting order
	undecoded  int
	visible    int
	hidden     int
}

func newInterp(lim *limits, fl *fontLoader, base matrix, w, h float64) *interp {
	in := &interp{lim: lim, fl: fl, box: [4]float64{0, 0, w, h}, area: w * h}
	in.gs = gstate{ctm: base, th: 1}
	in.tm, in.tlm = identity, identity
	return in
}

func nums(ops []obj, n int) ([]float64, bool) {
	if len(ops) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i, o := range ops[len(ops)-n:] {
		if o.kind != kNum {
			return nil, false
		}
		out[i] = o.num
	}
	return out, true
}

func lastNum(ops []obj) (float64, bool) {
	v, ok := nums(ops, 1)
	if !ok {
		return 0, false
	}
	return v[0], true
}

// run interprets one content stream with the given resources.
func (in *interp) run(data []byte, res pdf.Value, depth int) {
	l := &lexer{b: data}
	var ops []obj
	for {
		if in.lim.ops >= maxOpsPerPage || in.lim.glyphs >= maxGlyphsPerPage {
			in.lim.truncated = true
			return
		}
		o, ok := l.next()
		if !ok {
			return
		}
		if o.kind != kOp {
			if len(ops) >= maxOperands {
				copy(ops, ops[1:])
				ops = ops[:len(ops)-1]
			}
			ops = append(ops, o)
			continue
		}
		in.lim.ops++
		in.op(o.s, ops, res, depth, l)
		ops = ops[:0]
	}
}

func (in *interp) op(op string, ops []obj, res pdf.Value, depth int, l *lexer) {
	gs := &in.gs
	switch op {
	case "q":
		if len(in.stack) < maxGStateDepth {
			in.stack = append(in.stack, *gs)
		}
	case "Q":
		if n := len(in.stack); n > 0 {
			*gs = in.stack[n-1]
			in.stack = in.stack[:n-1]
		}
	case "cm":
		if v, ok := nums(ops, 6); ok {
			m := matrix{v[0], v[1], v[2], v[3], v[4], v[5]}.mul(gs.ctm)
			if m.finite() {
				gs.ctm = m
			}
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "ET":
	case "Tf":
		if len(ops) >= 2 && ops[len(ops)-2].kind == kName {
			gs.fontSize = ops[len(ops)-1].num
			gs.font = in.loadFont(res, ops[len(ops)-2].s)
		}
	case "Tc":
		if v, ok := lastNum(ops); ok {
			gs.tc = v
		}
	case "Tw":
		if v, ok := lastNum(ops); ok {
			gs.tw = v
		}
	case "Tz":
		if v, ok := lastNum(ops); ok {
			gs.th = v / 100
		}
	case "TL":
		if v, ok := lastNum(ops); ok {
			gs.tl = v
		}
	case "Ts":
		if v, ok := lastNum(ops); ok {
			gs.rise = v
		}
	case "Tr":
		if v, ok := lastNum(ops); ok {
			gs.mode = int(v)
		}
	case "Td":
		if v, ok := nums(ops, 2); ok {
			in.moveLine(v[0], v[1])
		}
	case "TD":
		if v, ok := nums(ops, 2); ok {
			gs.tl = -v[1]
			in.moveLine(v[0], v[1])
		}
	case "Tm":
		if v, ok := nums(ops, 6); ok {
			m := matrix{v[0], v[1], v[2], v[3], v[4], v[5]}
			if m.finite() {
				in.tm, in.tlm = m, m
			}
		}
	case "T*":
		in.moveLine(0, -gs.tl)
	case "Tj":
		if len(ops) > 0 && ops[len(ops)-1].kind == kStr {
			in.show(ops[len(ops)-1].s)
		}
	case "'":
		in.moveLine(0, -gs.tl)
		if len(ops) > 0 && ops[len(ops)-1].kind == kStr {
			in.show(ops[len(ops)-1].s)
		}
	case "\"":
		if len(ops) >= 3 && ops[len(ops)-1].kind == kStr {
			gs.tw, gs.tc = ops[len(ops)-3].num, ops[len(ops)-2].num
			in.moveLine(0, -gs.tl)
			in.show(ops[len(ops)-1].s)
		}
	case "TJ":
		if len(ops) > 0 && ops[len(ops)-1].kind == kArray {
			for _, e := range ops[len(ops)-1].arr {
				switch e.kind {
				case kStr:
					in.show(e.s)
				case kNum:
					tx := -e.num / 1000 * gs.fontSize * gs.th
					next := matrix{1, 0, 0, 1, tx, 0}.mul(in.tm)
					if gs.font != nil && gs.font.vertical {
						next = matrix{1, 0, 0, 1, 0, -e.num / 1000 * gs.fontSize}.mul(in.tm)
					}
					if next.finite() {
						in.tm = next
					}
				}
			}
		}
	case "cs":
		gs.white = false
		gs.cs = csAdditive
		if len(ops) > 0 && ops[len(ops)-1].kind == kName {
			gs.cs = colorSpaceKind(res, ops[len(ops)-1].s)
		}
		// The initial colour is black (full ink for tints).
		gs.rgb, gs.rgbKnown = [3]float64{}, gs.cs == csAdditive || gs.cs == csSubtractive
	case "g", "rg", "k":
		gs.cs = csAdditive
		if op == "k" {
			gs.cs = csSubtractive
		}
		n := map[string]int{"g": 1, "rg": 3, "k": 4}[op]
		gs.white = whiteColor(gs.cs, ops, n)
		gs.rgb, gs.rgbKnown = colorRGB(gs.cs, ops, n)
	case "sc", "scn":
		gs.white, gs.rgbKnown = false, false
		if len(ops) > 0 && ops[len(ops)-1].kind == kName {
			break // pattern
		}
		gs.white = whiteColor(gs.cs, ops, len(ops))
		gs.rgb, gs.rgbKnown = colorRGB(gs.cs, ops, len(ops))
	case "gs":
		if len(ops) > 0 && ops[len(ops)-1].kind == kName {
			in.extGState(res, ops[len(ops)-1].s)
		}
	case "Do":
		if len(ops) > 0 && ops[len(ops)-1].kind == kName {
			in.doXObject(res, ops[len(ops)-1].s, depth)
		}
	case "BI":
		// Inline image: read the dictionary up to ID, then skip the data.
		length := 0
		var key string
		for steps := 0; steps < 1024; steps++ {
			o, ok := l.next()
			if !ok || (o.kind == kOp && o.s == "ID") {
				break
			}
			if o.kind == kName && key == "" {
				key = o.s
				continue
			}
			if (key == "L" || key == "Length") && o.kind == kNum {
				length = int(o.num)
			}
			key = ""
		}
		l.skipInlineImage(length)
		in.noteImage()
	case "m", "l":
		in.pathCurved = true
		if v, ok := nums(ops, 2); ok {
			in.path.add(gs.ctm, v[0], v[1])
		}
	case "c":
		in.pathCurved = true
		if v, ok := nums(ops, 6); ok {
			in.path.add(gs.ctm, v[0], v[1])
			in.path.add(gs.ctm, v[2], v[3])
			in.path.add(gs.ctm, v[4], v[5])
		}
	case "v", "y":
		in.pathCurved = true
		if v, ok := nums(ops, 4); ok {
			in.path.add(gs.ctm, v[0], v[1])
			in.path.add(gs.ctm, v[2], v[3])
		}
	case "re":
		if v, ok := nums(ops, 4); ok {
			in.path.add(gs.ctm, v[0], v[1])
			in.path.add(gs.ctm, v[0]+v[2], v[1])
			in.path.add(gs.ctm, v[0], v[1]+v[3])
			in.path.add(gs.ctm, v[0]+v[2], v[1]+v[3])
		}
	case "W", "W*":
		in.clipNext = true
	case "f", "F", "f*", "B", "B*", "b", "b*":
		if in.path.ok {
			// Only rectangles are solid areas of a known colour: the box
			// of a curved path (glyph outlines drawn as paths) is not.
			in.addFill(in.path, gs.white, gs.rgb, gs.rgbKnown && !in.pathCurved)
		}
		in.endPath()
	case "n", "S", "s":
		in.endPath()
	case "sh":
		// A shading paints the clipping area (a gradient banner).
		area := gs.clip
		if !area.ok {
			area = pathBox{in.box[0], in.box[1], in.box[2], in.box[3], true}
		}
		in.addFill(area, false, [3]float64{}, false)
	case "BMC":
		in.marked = append(in.marked, markedContent{start: len(in.glyph)})
	case "BDC":
		mc := markedContent{start: len(in.glyph)}
		if len(ops) > 0 {
			props := ops[len(ops)-1]
			if props.kind == kName {
				props = resolveProps(res, props.s)
			}
			if at, ok := props.dictGet("ActualText"); ok && at.kind == kStr {
				mc.actual, mc.isActual = textString(at.s), true
			}
		}
		if len(in.marked) < maxGStateDepth {
			in.marked = append(in.marked, mc)
		}
	case "EMC":
		if n := len(in.marked); n > 0 {
			mc := in.marked[n-1]
			in.marked = in.marked[:n-1]
			if mc.isActual {
				in.applyActualText(mc)
			}
		}
	}
}

// endPath ends the current path; a pending W/W* makes it the clip.
func (in *interp) endPath() {
	if in.clipNext && in.path.ok {
		in.gs.clip = in.path
	}
	in.clipNext = false
	in.path = pathBox{}
	in.pathCurved = false
}

func (in *interp) inActualText() bool {
	for i := range in.marked {
		if in.marked[i].isActual {
			return true
		}
	}
	return false
}

func (in *interp) moveLine(tx, ty float64) {
	m := matrix{1, 0, 0, 1, tx, ty}.mul(in.tlm)
	if m.finite() {
		in.tlm = m
		in.tm = m
	}
}

// loadFont resolves a font resource name.
func (in *interp) loadFont(res pdf.Value, name string) *font {
	// Resolving the resource dictionary again at every Tf is the costliest
	// step of the library, so fonts are also cached by resource object.
	id, gen := objID(res)
	key := ""
	if id != 0 {
		key = strconv.FormatUint(uint64(id), 10) + "." + strconv.FormatUint(uint64(gen), 10) + "/" + name
		if f, ok := in.fl.byRes[key]; ok {
			return f
		}
	}
	var f *font
	fv := res.Key("Font").Key(name)
	if fv.Kind() != pdf.Dict && in.pageRes.Kind() == pdf.Dict {
		// Forms and appearance streams that lack the font in their own
		// resources: viewers fall back to the page's.
		fv = in.pageRes.Key("Font").Key(name)
	}
	if fv.Kind() == pdf.Dict {
		f = in.fl.load(fontKeyOf(name, fv), fv)
	}
	if key != "" {
		in.fl.byRes[key] = f
	}
	return f
}

func (in *interp) extGState(res pdf.Value, name string) {
	g := res.Key("ExtGState").Key(name)
	if f := g.Key("Font"); f.Kind() == pdf.Array && f.Len() == 2 {
		fv := f.Index(0)
		if fv.Kind() == pdf.Dict {
			in.gs.font = in.fl.load(fontKeyOf("gs:"+name, fv), fv)
			in.gs.fontSize = num(f.Index(1))
		}
	}
}

func resolveProps(res pdf.Value, name string) obj {
	p := res.Key("Properties").Key(name)
	at := p.Key("ActualText")
	if at.Kind() != pdf.String {
		return obj{}
	}
	return obj{kind: kDict, arr: []obj{{kind: kName, s: "ActualText"}, {kind: kStr, s: at.RawString()}}}
}

// textString decodes a PDF text string (UTF-16BE with BOM, or PDFDocEncoding).
func textString(s string) string {
	if len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF {
		return utf16Text([]byte(s[2:]))
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if t := baseText(encPDFDoc, s[i]); t != "" {
			b.WriteString(t)
		}
	}
	return b.String()
}

// applyActualText replaces the glyphs drawn inside a marked-content span
// with one glyph carrying the span's /ActualText.
func (in *interp) applyActualText(mc markedContent) {
	if mc.start >= len(in.glyph) {
		return
	}
	gl := in.glyph[mc.start:]
	first, last := gl[0], gl[len(gl)-1]
	text := strings.TrimRight(expandLigature(mc.actual), "\x00")
	if strings.TrimSpace(text) == "" && text != " " {
		// Empty ActualText hides the glyphs (used for decorations).
		in.glyph = in.glyph[:mc.start]
		return
	}
	w := last.X + last.W - first.X
	if first.Rotated || w < 0 {
		w = first.W
	}
	g := first
	g.Text = text
	g.W = w
	g.Space = strings.TrimSpace(text) == ""
	in.glyph = append(in.glyph[:mc.start], g)
}

func (in *interp) noteImage() {
	m := in.gs.ctm
	a := math.Abs(m[0]*m[3] - m[1]*m[2])
	if in.area > 0 && a >= 0.5*in.area {
		in.hasImage = true
	}
	var pb pathBox
	pb.add(m, 0, 0)
	pb.add(m, 1, 0)
	pb.add(m, 0, 1)
	pb.add(m, 1, 1)
	in.addFill(pb, false, [3]float64{}, false)
}

// pathBox is the bounding box of the current path in page space.
type pathBox struct {
	x0, y0, x1, y1 float64
	ok             bool
}

func (p *pathBox) add(m matrix, x, y float64) {
	x, y = m.apply(x, y)
	if !p.ok {
		*p = pathBox{x, y, x, y, true}
		return
	}
	p.x0, p.y0 = math.Min(p.x0, x), math.Min(p.y0, y)
	p.x1, p.y1 = math.Max(p.x1, x), math.Max(p.y1, y)
}

type fillRect struct {
	pathBox
	white bool
	rgb   [3]float64
	known bool // rgb is the fill colour (not an image or shading)
}

const maxFills = 4096

func (in *interp) addFill(p pathBox, white bool, rgb [3]float64, known bool) {
	if p.x1-p.x0 < 2 || p.y1-p.y0 < 2 {
		return // rules and dots do not hide text
	}
	if len(in.fills) >= maxFills {
		copy(in.fills, in.fills[1:])
		in.fills = in.fills[:len(in.fills)-1]
	}
	in.fills = append(in.fills, fillRect{p, white, rgb, known})
}

// background returns the topmost filled area under a point painted so far,
// or nil (the white page).
func (in *interp) background(x, y float64) *fillRect {
	for i := len(in.fills) - 1; i >= 0; i-- {
		f := &in.fills[i]
		if x >= f.x0 && x <= f.x1 && y >= f.y0 && y <= f.y1 {
			return f
		}
	}
	return nil
}

// camouflaged reports text filled in the colour of the area under it.
func (in *interp) camouflaged(bg *fillRect) bool {
	gs := &in.gs
	if bg == nil || !bg.known || bg.white || !gs.rgbKnown || gs.white || gs.mode != 0 {
		return false
	}
	for i := range gs.rgb {
		if math.Abs(gs.rgb[i]-bg.rgb[i]) > 0.04 {
			return false
		}
	}
	return true
}

func (in *interp) doXObject(res pdf.Value, name string, depth int) {
	xo := res.Key("XObject").Key(name)
	if xo.Kind() != pdf.Stream {
		return
	}
	switch xo.Key("Subtype").Name() {
	case "Image":
		in.noteImage()
	case "Form":
		if depth >= maxFormDepth {
			in.lim.truncated = true
			return
		}
		data, err := readStream(in.fl.src, xo, maxContentBytes)
		if err != nil {
			in.lim.note(err)
			return
		}
		saved, savedStack := in.gs, len(in.stack)
		savedTm, savedTlm := in.tm, in.tlm
		if mv := xo.Key("Matrix"); mv.Len() == 6 {
			var m matrix
			for i := range m {
				m[i] = num(mv.Index(i))
			}
			if m.finite() {
				in.gs.ctm = m.mul(in.gs.ctm)
			}
		}
		fres := xo.Key("Resources")
		if fres.Kind() != pdf.Dict {
			fres = res
		}
		in.run(data, fres, depth+1)
		in.gs = saved
		in.stack = in.stack[:savedStack]
		in.tm, in.tlm = savedTm, savedTlm
	}
}

// runAnnotations draws the normal appearance of visible form fields and
// free-text annotations (filled-in fillable résumés keep their text
// there), as viewers and pdftotext do.
func (in *interp) runAnnotations(annots pdf.Value, base matrix) {
	n := annots.Len()
	if n > 1000 {
		n = 1000
	}
	for i := 0; i < n; i++ {
		a := annots.Index(i)
		switch a.Key("Subtype").Name() {
		case "Widget", "FreeText":
		default:
			continue
		}
		if f := a.Key("F").Int64(); f&(1|2|32) != 0 { // Invisible, Hidden, NoView
			continue
		}
		ap := a.Key("AP").Key("N")
		if ap.Kind() == pdf.Dict {
			ap = ap.Key(a.Key("AS").Name())
		}
		if ap.Kind() != pdf.Stream || ap.Key("Subtype").Name() != "Form" && !ap.Key("Subtype").IsNull() {
			continue
		}
		rect, ok := rectOf(a.Key("Rect"))
		bbox, ok2 := rectOf(ap.Key("BBox"))
		if !ok || !ok2 {
			continue
		}
		m := identity
		if mv := ap.Key("Matrix"); mv.Len() == 6 {
			for k := range m {
				m[k] = num(mv.Index(k))
			}
		}
		// Map the transformed BBox onto Rect (PDF 32000-1, 12.5.5).
		var tb pathBox
		tb.add(m, bbox[0], bbox[1])
		tb.add(m, bbox[2], bbox[1])
		tb.add(m, bbox[0], bbox[3])
		tb.add(m, bbox[2], bbox[3])
		if tb.x1-tb.x0 < 1e-6 || tb.y1-tb.y0 < 1e-6 {
			continue
		}
		sx := (rect[2] - rect[0]) / (tb.x1 - tb.x0)
		sy := (rect[3] - rect[1]) / (tb.y1 - tb.y0)
		fit := matrix{sx, 0, 0, sy, rect[0] - tb.x0*sx, rect[1] - tb.y0*sy}
		ctm := m.mul(fit).mul(base)
		if !ctm.finite() {
			continue
		}
		data, err := readStream(in.fl.src, ap, maxContentBytes)
		if err != nil {
			continue
		}
		res := ap.Key("Resources")
		in.gs = gstate{ctm: ctm, th: 1}
		in.stack = in.stack[:0]
		in.tm, in.tlm = identity, identity
		in.run(data, res, 1)
	}
}

func rectOf(v pdf.Value) ([4]float64, bool) {
	var r [4]float64
	if v.Len() != 4 {
		return r, false
	}
	for i := range r {
		r[i] = num(v.Index(i))
	}
	if r[0] > r[2] {
		r[0], r[2] = r[2], r[0]
	}
	if r[1] > r[3] {
		r[1], r[3] = r[3], r[1]
	}
	return r, r[2] > r[0] && r[3] > r[1]
}

// show draws a string with the current font.
func (in *interp) show(raw string) {
	gs := &in.gs
	f := gs.font
	if f == nil {
		f = defaultFont
	}
	in.codes = f.decode(raw, in.codes[:0])
	invisible := gs.mode == 3 || gs.mode == 7
	for _, g := range in.codes {
		if in.lim.glyphs >= maxGlyphsPerPage {
			in.lim.truncated = true
			return
		}
		in.lim.glyphs++
		tfs, th := gs.fontSize, gs.th
		trm := matrix{tfs * th, 0, 0, tfs, 0, gs.rise}.mul(in.tm).mul(gs.ctm)
		x, y := trm[4], trm[5]
		// Advance in text space.
		var tx, ty float64
		if f.vertical {
			ty = -(1*tfs + gs.tc)
		} else {
			tx = g.w0 * tfs
			tx += gs.tc
			if g.space {
				tx += gs.tw
			}
			tx *= th
		}
		m := in.tm.mul(gs.ctm)
		dx, dy := m.vec(1, 0)
		wx, wy := m.vec(g.w0*tfs*th, 0)
		sx, sy := m.vec(0, tfs)
		size := math.Hypot(sx, sy) * f.sizeFactor
		width := math.Hypot(wx, wy)
		rotated := f.vertical || dx <= 0 || math.Abs(dy) > 0.1*math.Abs(dx)

		text := g.text
		space := false
		if text != "" && strings.TrimSpace(text) == "" {
			text, space = " ", true
		}
		if !finite(x, y, width, size) {
			in.tm = matrix{1, 0, 0, 1, tx, ty}.mul(in.tm)
			continue
		}
		var white, camo bool
		if gs.white || gs.rgbKnown {
			bg := in.background(x, y)
			white = gs.white && (bg == nil || bg.white)
			camo = in.camouflaged(bg)
		}
		if text == "" {
			if !invisible && !g.known && !in.inActualText() {
				in.undecoded++
			}
			if in.inActualText() {
				// Placeholder, replaced by the ActualText at EMC.
				in.glyph = append(in.glyph, layout.Glyph{X: x, Y: y, W: width, Size: size, Font: f.id, Rotated: rotated})
			}
		} else {
			hidden := invisible || white || camo || x < in.box[0]-1 || y < in.box[1]-1 || x > in.box[2]+1 || y > in.box[3]+1
			if !space {
				if hidden {
					in.hidden++
				} else {
					in.visible++
				}
			}
			in.glyph = append(in.glyph, layout.Glyph{
				Text: text, X: x, Y: y, W: width, Size: size,
				Font:      f.id + "/" + strconv.FormatFloat(tfs, 'g', 4, 64),
				Invisible: invisible || (hidden && !white), White: white,
				Rotated: rotated, Space: space,
			})
		}
		next := matrix{1, 0, 0, 1, tx, ty}.mul(in.tm)
		if next.finite() {
			in.tm = next
		}
	}
}

// defaultFont is used when text is shown before any Tf: bytes are read as
// WinAnsi with Helvetica widths.
var defaultFont = func() *font {
	f := &font{id: "default", scale: 0.001, sizeFactor: 1, std: stdMetrics("Helvetica")}
	for c := 0; c < 256; c++ {
		if t := baseText(encWinAnsi, byte(c)); t != "" {
			f.simple[c], f.hasSimple[c] = t, true
		}
	}
	return f
}()
