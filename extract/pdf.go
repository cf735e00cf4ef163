package extract

import (
	"errors"
	"strings"

	"github.com/rolefit/rolefit/extract/pdftext"
)

// noTextWords: a PDF with fewer words than this, and scanned pages or no
// glyphs at all, has no usable text layer.
const noTextWords = 5

// extractPDF maps pdftext's result and errors onto a Document and Error.
func extractPDF(data []byte, opts Options) (*Document, error) {
	res, err := pdftext.Extract(data, pdftext.Options{MaxPages: opts.MaxPages, Layout: opts.Layout})
	if err != nil {
		return nil, pdfError(err)
	}
	if res == nil {
		return nil, &Error{Status: StatusError, Msg: "pdf could not be read"}
	}
	text := normalizeBullets(normalizeText(res.Text))
	pc := pdfCounts{glyphs: res.Glyphs, undecoded: res.Undecoded, imagePages: res.ImagePages}
	q, st := assess(text, pc, res.Flags)
	q.Pages = res.Pages
	doc := &Document{Format: FormatPDF, Text: text, Quality: q, Layout: res.Layout}
	switch {
	case garbled(q, st, pc):
		return doc, errGarbled(FormatPDF)
	case st.words < noTextWords && res.ImagePages > 0:
		return doc, &Error{Status: StatusNoText, Msg: "no text layer; this looks like a scanned document",
			Hint: "run OCR first (ocrmypdf in.pdf out.pdf) or export the résumé as PDF with text"}
	case st.words < noTextWords:
		return doc, &Error{Status: StatusNoText, Msg: "pdf has no readable text layer",
			Hint: "export the résumé again as PDF with text (not as an image or outlines), or run OCR (ocrmypdf in.pdf out.pdf)"}
	}
	return doc, nil
}

func errGarbled(format string) *Error {
	e := &Error{Status: StatusGarbled, Msg: "text is mostly unreadable (garbled)",
		Hint: "save the résumé again as PDF from the original document, or as docx or plain text"}
	if format == FormatPDF {
		e.Msg = "pdf text is mostly unreadable; its fonts do not map to real characters"
		e.Hint = "export the PDF again with embedded Unicode fonts, or run OCR (ocrmypdf --force-ocr in.pdf out.pdf)"
	}
	return e
}

// pdfError turns a pdftext error into an *Error, keeping pdftext's detail
// (which never contains document text) in the message.
func pdfError(err error) *Error {
	var xe *Error
	if errors.As(err, &xe) {
		return xe
	}
	detail := firstLine(err.Error())
	switch {
	case errors.Is(err, pdftext.ErrEncrypted):
		return &Error{Status: StatusEncrypted, Msg: "pdf is encrypted and needs a password",
			Hint: "remove the password (qpdf --decrypt --password=PW in.pdf out.pdf) or export an unprotected copy"}
	case errors.Is(err, pdftext.ErrUnsupported) && strings.Contains(strings.ToLower(detail), "encrypt"):
		return &Error{Status: StatusError, Msg: detail,
			Hint: "decrypt a copy first (qpdf --decrypt in.pdf out.pdf) or export an unprotected copy"}
	case errors.Is(err, pdftext.ErrUnsupported):
		return &Error{Status: StatusError, Msg: detail,
			Hint: "print the résumé to a new PDF, or save it as docx"}
	case errors.Is(err, pdftext.ErrMalformed):
		return &Error{Status: StatusError, Msg: detail,
			Hint: "the file may be damaged or incomplete; export the PDF again (qpdf in.pdf out.pdf can often repair it)"}
	}
	return &Error{Status: StatusError, Msg: "pdf could not be read: " + detail}
}

func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
