// The package documentation is in doc.go.

package extract

// Status is the verdict on one file.
type Status string

const (
	StatusOK        Status = "ok"
	StatusNoText    Status = "no_text"   // no text layer: a scan or image-only PDF
	StatusGarbled   Status = "garbled"   // text mostly unreadable
	StatusEncrypted Status = "encrypted" // a password is needed
	StatusError     Status = "error"     // anything else
)

// Quality describes how well the text was read.
type Quality struct {
	Pages int `json:"pages"`
	Words int `json:"words"`
	// Score estimates the share of the text that is real, readable words,
	// from 0 (garbage) to 1.
	Score float64 `json:"score"`
	// Flags name notable findings: "hidden_text", "low_text",
	// "undecoded_font", "ocr_layer", "two_column", "truncated", ...
	Flags []string `json:"flags"`
}

// Document is the text of one file as the matcher sees it.
type Document struct {
	Format string // "pdf", "docx", "odt", "markdown", "html", "text"
	// Text is the extracted text, one line per résumé line, "\n"-separated,
	// in reading order. Hidden text is not included.
	Text    string
	Quality Quality
	// Layout is a debugging view of the detected layout (page, column,
	// block and line numbers with positions), set only when
	// Options.Layout is on and the format has a layout (PDF).
	Layout string
}

// Error is an extraction failure with a status, a one-line cause and an
// optional hint. It never contains résumé content.
type Error struct {
	Status Status
	Msg    string // one line, lower case, no file name
	Hint   string // optional advice, one line
}

func (e *Error) Error() string { return e.Msg }
