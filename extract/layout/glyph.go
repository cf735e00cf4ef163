package layout

// Glyph is one drawn character (or a ligature/multi-rune string from a
// ToUnicode map) with its position and advance, in page user space.
type Glyph struct {
	Text string  // decoded Unicode text, may be more than one rune
	X, Y float64 // origin of the glyph on the baseline
	W    float64 // advance width along the baseline (>= 0)
	Size float64 // effective font size (vertical extent estimate)
	// Font identifies the font resource, so that fake bold (the same text
	// drawn twice at almost the same place) can be detected.
	Font string
	// Invisible is set for text render mode 3 (neither fill nor stroke) and
	// for text clipped away or drawn in the page background colour.
	Invisible bool
	// White is set when the fill colour is white (or near it).
	White bool
	// Rotated is set when the text direction is not left-to-right horizontal.
	Rotated bool
	// Space is set for explicit space glyphs (U+0020) drawn by the producer.
	Space bool
}

// Page is the input for one page.
type Page struct {
	Width, Height float64
	Glyphs        []Glyph
	// HasImage is set when the page draws an image covering most of it
	// (used to tell an OCR layer from hidden keywords).
	HasImage bool
	// Fills are the bounding boxes of non-white filled areas (coloured
	// sidebars, banners) painted on the page. White glyphs inside one of
	// them are visible text; white glyphs elsewhere are treated as hidden
	// (white-on-white). Optional: nil means no filled areas are known.
	Fills []Rect
}

// Rect is an axis-aligned box in page user space.
type Rect struct{ X0, Y0, X1, Y1 float64 }
