package pdftext

import "errors"

// Options bound the work done on one file.
type Options struct {
	MaxPages int  // 0 means DefaultMaxPages
	Layout   bool // also fill Result.Layout, the debugging view of the layout
}

// DefaultMaxPages caps the pages read from one file.
const DefaultMaxPages = 50

// Result is the text of one PDF.
type Result struct {
	Pages int
	// Text is the page text in reading order, one line per line, pages
	// separated by "\n\n" (no form feeds). Hidden text is not included.
	Text string
	// Flags name findings: "hidden_text", "ocr_layer", "two_column",
	// "undecoded_font", "truncated", ...
	Flags []string
	// Glyphs is the number of visible glyphs drawn; Undecoded the number that
	// could not be mapped to Unicode; ImagePages the pages that are mostly one
	// image (a scan).
	Glyphs, Undecoded, ImagePages int
	// Layout is the layout's debugging view (pages, columns, blocks, line
	// boxes; layout.Text.Layout), set only when Options.Layout is.
	Layout string
}

// Errors returned by Extract (wrapped with detail where useful).
var (
	ErrEncrypted   = errors.New("pdf is encrypted and needs a password")
	ErrUnsupported = errors.New("pdf uses a feature rolefit cannot read")
	ErrMalformed   = errors.New("pdf is damaged or malformed")
)
