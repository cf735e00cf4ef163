package pdftext

import "strings"

// Approximate advance widths (glyph units, 1000 per em) of the standard-14
// fonts for the printable ASCII range 0x20-0x7E, used when a simple font has
// no /Widths. Values follow the Adobe core AFM metrics; italic and oblique
// faces use their upright widths, which differ little. Codes outside the
// range use the font's average lower-case width.
var (
	helveticaWidths = [95]uint16{
		278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
		1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
		222, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
		556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
	}
	helveticaBoldWidths = [95]uint16{
		278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
		975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
		278, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
		611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
	}
	timesWidths = [95]uint16{
		250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278,
		500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
		921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
		556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
		333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
		500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
	}
	timesBoldWidths = [95]uint16{
		250, 333, 555, 500, 500, 1000, 833, 333, 333, 333, 500, 570, 250, 333, 250, 278,
		500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
		930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
		611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
		333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
		556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
	}
)

// stdMetrics returns a width function for a font known only by name, or
// nil when the name is not recognisably a standard face. Unknown faces fall
// back to Helvetica in the caller.
func stdMetrics(baseFont string) func(text string) float64 {
	name := strings.ToLower(baseFont)
	if i := strings.IndexByte(name, '+'); i == 6 {
		name = name[i+1:]
	}
	bold := strings.Contains(name, "bold") || strings.Contains(name, "black") || strings.Contains(name, "heavy")
	var table *[95]uint16
	switch {
	case strings.Contains(name, "courier") || strings.Contains(name, "mono"):
		return func(string) float64 { return 600 }
	case strings.Contains(name, "symbol") || strings.Contains(name, "dingbat"):
		return func(string) float64 { return 600 }
	case strings.Contains(name, "times") || strings.Contains(name, "serif") && !strings.Contains(name, "sans") ||
		strings.Contains(name, "georgia") || strings.Contains(name, "garamond") || strings.Contains(name, "roman"):
		table = &timesWidths
		if bold {
			table = &timesBoldWidths
		}
	default:
		table = &helveticaWidths
		if bold {
			table = &helveticaBoldWidths
		}
	}
	return func(text string) float64 {
		if len(text) == 1 && text[0] >= 0x20 && text[0] < 0x7F {
			return float64(table[text[0]-0x20])
		}
		switch text {
		case "\u2019", "\u2018":
			return float64(table['\''-0x20])
		case "\u2013":
			return 500
		case "\u2014":
			return 1000
		case "\u2022":
			return 350
		}
		return float64(table['n'-0x20])
	}
}
