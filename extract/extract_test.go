package extract

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rolefit/rolefit/extract/pdftext"
)

func TestExtractFormats(t *testing.T) {
	body := strings.ReplaceAll(englishSample, "\n", " ")
	tests := []struct {
		name, file string
		data       []byte
		format     string
		contains   string
	}{
		{"text", "cv.txt", []byte("Jane Doe\r\n" + body), FormatText, "Jane Doe\nSenior health data analyst"},
		{"markdown", "cv.md", []byte("# Jane Doe\n**" + body + "**"), FormatMarkdown, "Jane Doe\nSenior health data analyst"},
		{"docx", "cv.docx", buildDOCX(t, p("Jane Doe")+p(body)), FormatDOCX, "Jane Doe\nSenior health data analyst"},
		{"docx named pdf", "cv.pdf", buildDOCX(t, p("Jane Doe")+p(body)), FormatDOCX, "Jane Doe\nSenior"},
		{"odt", "cv.odt", buildODT(t, "<text:h>Jane Doe</text:h><text:p>"+body+"</text:p>", ""), FormatODT, "Jane Doe\nSenior"},
		{"utf16 text", "cv.txt", append([]byte{0xFF, 0xFE}, utf16le("Jane Doe\n"+body)...), FormatText, "Jane Doe\nSenior"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(tt.file, tt.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Format != tt.format {
				t.Errorf("Format = %q, want %q", doc.Format, tt.format)
			}
			if !strings.Contains(doc.Text, tt.contains) {
				t.Errorf("Text %q does not contain %q", doc.Text, tt.contains)
			}
			if doc.Quality.Pages != 1 || doc.Quality.Words < 80 || doc.Quality.Score < 0.9 {
				t.Errorf("Quality = %+v", doc.Quality)
			}
			if doc.Quality.Flags == nil {
				t.Error("Flags is nil; want an empty list for JSON")
			}
		})
	}
}

func TestExtractVerdicts(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		data    []byte
		status  Status
		withDoc bool
	}{
		{"garbled text", "cv.txt", []byte(shiftLetters(englishSample, 3)), StatusGarbled, true},
		{"garbled docx", "cv.docx", buildDOCX(t, p(shiftLetters(englishSample, 1))), StatusGarbled, true},
		{"empty docx", "cv.docx", buildDOCX(t, `<w:p/><w:p><w:r><w:drawing/></w:r></w:p>`), StatusNoText, true},
		{"blank text", "cv.txt", []byte("\n\n   \n"), StatusNoText, true},
		{"doc", "cv.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, utf16le("WordDocument")...), StatusError, false},
		{"image", "cv.png", []byte("\x89PNG\r\n\x1a\n...."), StatusError, false},
		{"other zip", "cv.zip", buildZip(t, entry{name: "a.txt", body: "x"}), StatusError, false},
		{"too large", "cv.txt", make([]byte, 2<<20), StatusError, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(tt.file, tt.data, Options{MaxBytes: 1 << 20})
			var xe *Error
			if !errors.As(err, &xe) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if xe.Status != tt.status || StatusOf(err) != tt.status {
				t.Errorf("status = %q, want %q (%s)", xe.Status, tt.status, xe.Msg)
			}
			if (doc != nil) != tt.withDoc {
				t.Errorf("doc = %v, want doc: %v", doc, tt.withDoc)
			}
			if strings.ContainsAny(xe.Msg, "\n") || strings.ContainsAny(xe.Hint, "\n") {
				t.Errorf("message is not one line: %q / %q", xe.Msg, xe.Hint)
			}
		})
	}
}

func TestExtractFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("cv.md", []byte("# Jane Doe\n"+englishSample))
	empty := write("empty.pdf", nil)
	big := write("big.txt", make([]byte, 3000))

	if doc, err := ExtractFile(good, Options{}); err != nil || doc.Format != FormatMarkdown {
		t.Errorf("ExtractFile(good) = %v, %v", doc, err)
	}
	tests := []struct {
		name, path, msg string
		opts            Options
	}{
		{"missing", filepath.Join(dir, "nope.pdf"), "no such file", Options{}},
		{"directory", dir, "is a directory, not a file", Options{}},
		{"empty", empty, "file is empty", Options{}},
		{"too large", big, "file is too large (the limit is 0 MiB)", Options{MaxBytes: 1000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ExtractFile(tt.path, tt.opts)
			var xe *Error
			if !errors.As(err, &xe) || xe.Msg != tt.msg || xe.Status != StatusError {
				t.Fatalf("err = %#v, want msg %q", err, tt.msg)
			}
			if tt.name != "too large" && xe.Hint == "" {
				t.Error("no hint")
			}
		})
	}
}

func TestPDFErrors(t *testing.T) {
	tests := []struct {
		err    error
		status Status
		msg    string
		hint   string
	}{
		{pdftext.ErrEncrypted, StatusEncrypted, "pdf is encrypted and needs a password",
			"remove the password (qpdf --decrypt --password=PW in.pdf out.pdf) or export an unprotected copy"},
		{fmt.Errorf("%w: AES-256 with a user password", pdftext.ErrEncrypted), StatusEncrypted, "pdf is encrypted and needs a password", ""},
		{fmt.Errorf("%w: JBIG2 text", pdftext.ErrUnsupported), StatusError, "pdf uses a feature rolefit cannot read: JBIG2 text", ""},
		{fmt.Errorf("%w: no xref table\nmore", pdftext.ErrMalformed), StatusError, "pdf is damaged or malformed: no xref table", ""},
		{errors.New("boom"), StatusError, "pdf could not be read: boom", ""},
	}
	for _, tt := range tests {
		got := pdfError(tt.err)
		if got.Status != tt.status || got.Msg != tt.msg || (tt.hint != "" && got.Hint != tt.hint) {
			t.Errorf("pdfError(%v) = %+v, want %q %q", tt.err, got, tt.status, tt.msg)
		}
	}
}

// minimalPDF builds a one-page PDF with the given lines in Helvetica.
func minimalPDF(lines []string) []byte {
	var content strings.Builder
	content.WriteString("BT /F1 11 Tf 72 720 Td 14 TL\n")
	for _, l := range lines {
		l = strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(l)
		fmt.Fprintf(&content, "(%s) Tj T*\n", l)
	}
	content.WriteString("ET")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", content.Len(), content.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return []byte(b.String())
}

func TestExtractPDF(t *testing.T) {
	lines := strings.Split(englishSample, "\n")
	doc, err := Extract("cv.docx", minimalPDF(lines), Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if doc.Format != FormatPDF || doc.Quality.Pages != 1 {
		t.Errorf("Format %q Pages %d", doc.Format, doc.Quality.Pages)
	}
	if !strings.Contains(doc.Text, "Senior health data analyst") || !utf8.ValidString(doc.Text) {
		t.Errorf("Text = %q", doc.Text)
	}
	if doc.Quality.Score < 0.9 {
		t.Errorf("Score = %v", doc.Quality.Score)
	}

	// With Options.Layout the text is the same and the layout view is set.
	withLayout, err := Extract("cv.pdf", minimalPDF(lines), Options{Layout: true})
	if err != nil || withLayout.Text != doc.Text || withLayout.Layout == "" {
		t.Errorf("Layout: err %v, same text %v, layout %q", err, withLayout != nil && withLayout.Text == doc.Text, withLayout.Layout)
	}

	// A page without text: no text layer.
	doc, err = Extract("scan.pdf", minimalPDF(nil), Options{})
	if StatusOf(err) != StatusNoText || doc == nil {
		t.Errorf("empty page: doc %v err %v, want no_text with a document", doc, err)
	}

	// Garbage after the header: an error, never a panic.
	_, err = Extract("bad.pdf", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF"), Options{})
	if StatusOf(err) != StatusError {
		t.Errorf("malformed pdf: err %v", err)
	}
}

func TestOfficePages(t *testing.T) {
	docx := buildDOCX(t, p("x"), entry{name: "docProps/app.xml", body: `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal</Template><Pages>2</Pages></Properties>`})
	odt := buildZip(t, entry{name: "mimetype", body: odtMime, store: true}, entry{name: "content.xml", body: "<x/>"},
		entry{name: "meta.xml", body: `<office:document-meta ` + odtNS + ` xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta><meta:document-statistic meta:page-count="3" meta:word-count="10"/></office:meta></office:document-meta>`})
	tests := []struct {
		data   []byte
		format string
		want   int
	}{
		{docx, FormatDOCX, 2},
		{odt, FormatODT, 3},
		{buildDOCX(t, p("x")), FormatDOCX, 0},
		{[]byte("junk"), FormatODT, 0},
	}
	for i, tt := range tests {
		if got := officePages(tt.data, tt.format); got != tt.want {
			t.Errorf("%d: officePages = %d, want %d", i, got, tt.want)
		}
	}
}

// TestExtractKnownFormat checks that Options.Format, a format the caller
// already detected, is used as given instead of being detected again.
func TestExtractKnownFormat(t *testing.T) {
	md := []byte("# Skills\n\n**SQL**, [Tableau](https://example.org) and Python for clinical dashboards.\n")
	tests := []struct {
		format, want string
	}{
		{"", "Skills\n\nSQL, Tableau and Python for clinical dashboards."},
		{FormatMarkdown, "Skills\n\nSQL, Tableau and Python for clinical dashboards."},
		{FormatText, "# Skills\n\n**SQL**, [Tableau](https://example.org) and Python for clinical dashboards."},
	}
	for _, tt := range tests {
		doc, err := Extract("cv.md", md, Options{Format: tt.format})
		if err != nil {
			t.Fatalf("format %q: %v", tt.format, err)
		}
		if got := strings.TrimRight(doc.Text, "\n"); got != tt.want {
			t.Errorf("format %q: text %q, want %q", tt.format, got, tt.want)
		}
		if wantFormat := tt.format; wantFormat != "" && doc.Format != wantFormat {
			t.Errorf("format %q: Document.Format %q", tt.format, doc.Format)
		}
	}
}
