package extract

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// DefaultMaxBytes is the largest file read when Options.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// Options bound and tune one extraction. The zero value is ready to use.
type Options struct {
	// MaxBytes is the largest file accepted (DefaultMaxBytes when 0).
	MaxBytes int64
	// MaxPages caps the pages read from a PDF (pdftext's default when 0).
	MaxPages int
	// Layout asks for Document.Layout, a view of the detected columns and
	// lines (PDF only). It does not change Document.Text.
	Layout bool
	// Format, when set, is the format a caller already found with Detect
	// on the same bytes; Extract then does not detect it again.
	Format string
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// StatusOf returns the status an error from Extract stands for: StatusOK for
// nil, the Error's status, or StatusError for any other error.
func StatusOf(err error) Status {
	if err == nil {
		return StatusOK
	}
	var xe *Error
	if errors.As(err, &xe) && xe.Status != "" {
		return xe.Status
	}
	return StatusError
}

// Extract reads the text of one file held in memory. name is used only to
// break ties in format detection; the content decides.
//
// Every error is an *Error. When the text was read but is unusable
// (StatusGarbled or StatusNoText), Extract returns the Document too, so that
// a caller can still show its Quality. Extract never panics.
func Extract(name string, data []byte, opts Options) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &Error{Status: StatusError, Msg: "internal error while reading the file",
				Hint: "please report this; the file itself may be unusual"}
		}
	}()
	if int64(len(data)) > opts.maxBytes() {
		return nil, errTooLarge(opts.maxBytes())
	}
	format := opts.Format
	if format == "" {
		if format, err = Detect(name, data); err != nil {
			return nil, err
		}
	}
	var (
		text  string
		flags []string
	)
	switch format {
	case FormatPDF:
		return extractPDF(data, opts)
	case FormatDOCX:
		text, flags, err = extractDOCX(data)
	case FormatODT:
		text, flags, err = extractODT(data)
	case FormatMarkdown, FormatText, FormatHTML:
		s, ok := decodeText(data, false)
		if !ok {
			return nil, errUnknown("")
		}
		switch format {
		case FormatMarkdown:
			text = markdownToText(s)
		case FormatHTML:
			text = htmlToText(s)
		default:
			text = plainText(s)
		}
	case FormatZip:
		return nil, &Error{Status: StatusError, Msg: "file is a zip archive, not a résumé document",
			Hint: "unpack it and pass the résumé inside (pdf, docx, odt, md or txt)"}
	default:
		return nil, errUnknown("")
	}
	if err != nil {
		return nil, err
	}
	text = normalizeBullets(text)
	q, st := assess(text, pdfCounts{}, flags)
	q.Pages = 1
	if format == FormatDOCX || format == FormatODT {
		if n := officePages(data, format); n > 0 {
			q.Pages = n
		}
	}
	doc = &Document{Format: format, Text: text, Quality: q}
	switch {
	case strings.TrimSpace(text) == "" || st.words == 0:
		e := &Error{Status: StatusNoText, Msg: "document contains no text"}
		if format == FormatDOCX || format == FormatODT {
			e.Hint = "if the résumé is a pasted image or scan, run OCR or export it as PDF with text"
		}
		return doc, e
	case garbled(q, st, pdfCounts{}):
		return doc, errGarbled(format)
	}
	return doc, nil
}

// ExtractFile reads a file from disk, with a size cap, and extracts it.
// A missing file, a directory or an empty file is an *Error with a hint.
func ExtractFile(path string, opts Options) (*Document, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &Error{Status: StatusError, Msg: "no such file", Hint: "check the path; quote names that contain spaces"}
	case errors.Is(err, fs.ErrPermission):
		return nil, &Error{Status: StatusError, Msg: "permission denied", Hint: "check the file's permissions"}
	case err != nil:
		return nil, &Error{Status: StatusError, Msg: "cannot read the file"}
	case fi.IsDir():
		return nil, &Error{Status: StatusError, Msg: "is a directory, not a file", Hint: "pass the résumé files inside it"}
	case !fi.Mode().IsRegular():
		return nil, &Error{Status: StatusError, Msg: "not a regular file"}
	case fi.Size() == 0:
		return nil, &Error{Status: StatusError, Msg: "file is empty",
			Hint: "export the résumé again; an empty file usually means a failed save or download"}
	case fi.Size() > opts.maxBytes():
		return nil, errTooLarge(opts.maxBytes())
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, &Error{Status: StatusError, Msg: "permission denied", Hint: "check the file's permissions"}
		}
		return nil, &Error{Status: StatusError, Msg: "cannot open the file"}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, opts.maxBytes()+1))
	if err != nil {
		return nil, &Error{Status: StatusError, Msg: "cannot read the file"}
	}
	if int64(len(data)) > opts.maxBytes() {
		return nil, errTooLarge(opts.maxBytes())
	}
	if len(data) == 0 {
		return nil, &Error{Status: StatusError, Msg: "file is empty",
			Hint: "export the résumé again; an empty file usually means a failed save or download"}
	}
	return Extract(path, data, opts)
}

func errTooLarge(limit int64) *Error {
	return &Error{Status: StatusError, Msg: fmt.Sprintf("file is too large (the limit is %d MiB)", limit>>20),
		Hint: "a résumé is rarely over a few MiB; export it again without embedded images"}
}
