// Package report renders per-student and cohort reports (HTML and Markdown)
// from scored résumés. Entry is also the JSON object rolefit prints per file.
package report

import (
	"github.com/rolefit/rolefit/extract"
	"github.com/rolefit/rolefit/matcher"
)

// Entry is the outcome for one file: its status and, when scored, the
// matcher's result. Its JSON shape is a stable interface.
type Entry struct {
	File   string `json:"file"`
	Status string `json:"status"` // ok, no_text, garbled, encrypted, error
	Error  string `json:"error,omitempty"`
	Hint   string `json:"hint,omitempty"`
	Format string `json:"format,omitempty"` // pdf, docx, odt, markdown, text

	Quality    *extract.Quality `json:"quality,omitempty"`
	Vocabulary *Vocab           `json:"vocabulary,omitempty"`

	// Result is nil unless the file was scored.
	*matcher.Result
}

// Vocab names the vocabulary a result was scored with.
type Vocab struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Hash    string `json:"hash"`
}

// Scored reports whether the entry carries scores.
func (e *Entry) Scored() bool { return e.Status == "ok" && e.Result != nil }
