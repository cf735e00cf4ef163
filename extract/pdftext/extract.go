package pdftext

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"

	"github.com/ledongthuc/pdf"
	"github.com/rolefit/rolefit/extract/layout"
)

// catchPanics is turned off by fuzz tests so that a panic in this
// package's own code surfaces instead of becoming ErrMalformed.
var catchPanics = true

// Extract reads the text layer of a PDF held in memory.
func Extract(data []byte, opts Options) (res *Result, err error) {
	pages, res, err := extractPages(data, opts)
	if err != nil {
		return nil, err
	}
	t, err := buildLayout(pages)
	if err != nil {
		return nil, err
	}
	res.Text = t.String()
	res.Flags = mergeFlags(res.Flags, t.Flags)
	if opts.Layout {
		res.Layout = t.Layout()
	}
	return res, nil
}

// buildLayout runs the layout step, turning a panic into ErrMalformed.
func buildLayout(pages []layout.Page) (t *layout.Text, err error) {
	defer func() {
		if x := recover(); x != nil {
			if !catchPanics {
				panic(x)
			}
			t, err = nil, fmt.Errorf("%w: layout failure", ErrMalformed)
		}
	}()
	return layout.Build(pages, layout.Options{Reflow: true}), nil
}

// ExtractPages is Extract without the layout step: the positioned glyphs of
// each page, for tools and tests. The Result has no Text.
func ExtractPages(data []byte, opts Options) ([]layout.Page, *Result, error) {
	return extractPages(data, opts)
}

func extractPages(data []byte, opts Options) (pages []layout.Page, res *Result, err error) {
	defer func() {
		if x := recover(); x != nil {
			if re, ok := x.(runtime.Error); (ok && strings.Contains(re.Error(), "out of memory")) || !catchPanics {
				panic(x)
			}
			pages, res, err = nil, nil, fmt.Errorf("%w: parser failure", ErrMalformed)
		}
	}()
	maxPages := opts.MaxPages
	if maxPages <= 0 {
		maxPages = DefaultMaxPages
	}
	r, used, err := open(data)
	if err != nil {
		return nil, nil, err
	}
	pvs := walkPages(r, maxPages+1)
	n := len(pvs)
	if n <= 0 {
		return nil, nil, fmt.Errorf("%w: no pages", ErrMalformed)
	}
	res = &Result{}
	flags := map[string]bool{}
	if n > maxPages {
		flags["truncated"] = true
		n = maxPages
	}
	fl := &fontLoader{cache: map[string]*font{}, byRes: map[string]*font{}, src: &source{data: rawData(r, used)}}
	var firstErr error
	failed, visible, hidden := 0, 0, 0
	totalOps, totalGlyphs := 0, 0
	for i := 1; i <= n; i++ {
		if totalOps >= maxOpsPerFile || totalGlyphs >= maxGlyphsPerFile {
			flags["truncated"] = true
			break
		}
		lim := &limits{}
		fl.lim = lim
		pg, in, perr := extractPage(pdf.Page{V: pvs[i-1]}, i, fl, lim)
		totalOps += lim.ops
		totalGlyphs += lim.glyphs
		if perr != nil {
			failed++
			if firstErr == nil {
				firstErr = perr
			}
			continue
		}
		if lim.truncated {
			flags["truncated"] = true
		}
		pages = append(pages, pg)
		res.Pages++
		res.Glyphs += in.visible
		res.Undecoded += in.undecoded
		visible += in.visible
		hidden += in.hidden
		if pg.HasImage {
			res.ImagePages++
			if in.hidden > 0 {
				flags["ocr_layer"] = true
			}
		} else if in.hidden >= 20 || (in.hidden > 0 && in.hidden*20 >= in.visible && in.hidden >= 5) {
			flags["hidden_text"] = true
		}
	}
	if res.Pages == 0 && firstErr != nil {
		return nil, nil, firstErr
	}
	if failed > 0 {
		flags["truncated"] = true
	}
	if res.Undecoded > 0 && res.Undecoded*20 >= res.Glyphs+res.Undecoded {
		flags["undecoded_font"] = true
	}
	for _, f := range []string{"hidden_text", "ocr_layer", "undecoded_font", "truncated"} {
		if flags[f] {
			res.Flags = append(res.Flags, f)
		}
	}
	_ = visible
	_ = hidden
	return pages, res, nil
}

// pageBox returns the visible box and rotation of a page.
func pageBox(p pdf.Page) (box [4]float64, rot int) {
	box = [4]float64{0, 0, 612, 792}
	find := func(key string) pdf.Value { return inherited(p.V, key) }
	rect := func(v pdf.Value) ([4]float64, bool) {
		if v.Len() != 4 {
			return [4]float64{}, false
		}
		var b [4]float64
		for i := range b {
			b[i] = num(v.Index(i))
		}
		if b[0] > b[2] {
			b[0], b[2] = b[2], b[0]
		}
		if b[1] > b[3] {
			b[1], b[3] = b[3], b[1]
		}
		if b[2]-b[0] < 1 || b[3]-b[1] < 1 {
			return b, false
		}
		return b, true
	}
	if b, ok := rect(find("MediaBox")); ok {
		box = b
	}
	if c, ok := rect(find("CropBox")); ok {
		// Intersect with the media box.
		c[0], c[1] = math.Max(c[0], box[0]), math.Max(c[1], box[1])
		c[2], c[3] = math.Min(c[2], box[2]), math.Min(c[3], box[3])
		if c[2]-c[0] >= 1 && c[3]-c[1] >= 1 {
			box = c
		}
	}
	rot = int(num(find("Rotate"))) % 360
	if rot < 0 {
		rot += 360
	}
	rot = rot / 90 * 90
	return box, rot
}

func extractPage(p pdf.Page, i int, fl *fontLoader, lim *limits) (pg layout.Page, in *interp, err error) {
	defer func() {
		if x := recover(); x != nil {
			if re, ok := x.(runtime.Error); (ok && strings.Contains(re.Error(), "out of memory")) || !catchPanics {
				panic(x)
			}
			err = fmt.Errorf("%w: page %d could not be read", ErrMalformed, i)
		}
	}()
	if p.V.IsNull() {
		return pg, nil, fmt.Errorf("%w: page %d missing", ErrMalformed, i)
	}
	box, rot := pageBox(p)
	w, h := box[2]-box[0], box[3]-box[1]
	base := matrix{1, 0, 0, 1, -box[0], -box[1]}
	switch rot {
	case 90:
		base = base.mul(matrix{0, -1, 1, 0, 0, w})
		w, h = h, w
	case 180:
		base = base.mul(matrix{-1, 0, 0, -1, w, h})
	case 270:
		base = base.mul(matrix{0, 1, -1, 0, h, 0})
		w, h = h, w
	}
	in = newInterp(lim, fl, base, w, h)
	content, err := pageContent(fl.src, p)
	if err != nil && len(content) == 0 {
		return pg, nil, err
	}
	in.pageRes = inherited(p.V, "Resources")
	in.run(content, in.pageRes, 0)
	if annots := p.V.Key("Annots"); annots.Kind() == pdf.Array {
		in.runAnnotations(annots, base)
	}
	// Drop placeholders of undecoded glyphs left outside any ActualText.
	kept := in.glyph[:0]
	for _, g := range in.glyph {
		if g.Text != "" {
			kept = append(kept, g)
		}
	}
	pg = layout.Page{Width: w, Height: h, Glyphs: kept, HasImage: in.hasImage}
	// Page.Fills stays nil: White is already cleared for glyphs whose
	// topmost background is a coloured fill or image, which respects the
	// painting order (a white panel over a dark page hides white text).
	return pg, in, nil
}

// pageContent concatenates the page's content streams.
func pageContent(src *source, p pdf.Page) ([]byte, error) {
	c := p.V.Key("Contents")
	switch c.Kind() {
	case pdf.Stream:
		return readStream(src, c, maxContentBytes)
	case pdf.Array:
		var out []byte
		var firstErr error
		for i := 0; i < c.Len() && i < 4096; i++ {
			d, err := readStream(src, c.Index(i), maxContentBytes-int64(len(out)))
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				continue
			}
			out = append(out, d...)
			out = append(out, '\n')
		}
		if len(out) == 0 && firstErr != nil {
			return nil, firstErr
		}
		return out, nil
	}
	return nil, nil // a blank page
}

// mergeFlags returns the union of two flag lists in a stable order.
func mergeFlags(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range append(append([]string(nil), a...), b...) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}
