package extract

import (
	"bytes"
	"errors"
	"testing"
)

func TestDetect(t *testing.T) {
	docx := buildDOCX(t, p("Hello"))
	odt := buildODT(t, `<text:p>Hello</text:p>`, "")
	ods := buildZip(t, entry{name: "mimetype", body: "application/vnd.oasis.opendocument.spreadsheet", store: true},
		entry{name: "content.xml", body: "<x/>"})
	xlsx := buildZip(t, entry{name: "[Content_Types].xml", body: contentTypes}, entry{name: "xl/workbook.xml", body: "<x/>"})
	pages := buildZip(t, entry{name: "Index/Document.iwa", body: "x"}, entry{name: "Metadata/Properties.plist", body: "x"})
	other := buildZip(t, entry{name: "photo.txt", body: "hello"})
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	oleWord := append(append([]byte(nil), ole...), utf16le("WordDocument")...)
	oleEnc := append(append([]byte(nil), ole...), utf16le("EncryptedPackage")...)
	utf16 := append([]byte{0xFF, 0xFE}, utf16le("Jane Doe\nHealth data analyst\n")...)
	utf16NoBOMText := utf16le("Jane Doe, health data analyst with SQL and Python\n")

	tests := []struct {
		name   string
		file   string
		head   []byte
		want   string
		status Status // "" when no error is expected
	}{
		{"pdf", "cv.pdf", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), FormatPDF, ""},
		{"pdf after junk", "cv.bin", append(bytes.Repeat([]byte{'x'}, 500), "%PDF-1.4\n"...), FormatPDF, ""},
		{"pdf damaged header", "cv.bin", []byte("%PDF\x001 0 obj<</Pages 2 0 R>>"), FormatPDF, ""},
		{"pdf no header, pdf name", "cv.pdf", []byte("\x00\x01junk 1 0 obj\n<< /Type /Catalog >>\nendobj"), FormatPDF, ""},
		{"pdf magic too late", "cv.txt", append(bytes.Repeat([]byte{'x'}, 1100), "%PDF-1.4\n"...), FormatText, ""},
		{"docx", "cv.docx", docx, FormatDOCX, ""},
		{"docx named pdf", "cv.pdf", docx, FormatDOCX, ""},
		{"zip storing a pdf first", "cv.pdf", buildZip(t, entry{name: "a.pdf", body: "%PDF-1.4 ...", store: true}, entry{name: "word/document.xml", body: "<x/>"}), FormatDOCX, ""},
		{"docx prefix only", "cv.docx", docx[:60], FormatDOCX, ""},
		{"odt", "cv.odt", odt, FormatODT, ""},
		{"odt named docx", "cv.docx", odt, FormatODT, ""},
		{"odt prefix only", "cv", odt[:100], FormatODT, ""},
		{"ods", "cv.ods", ods, FormatOffice, StatusError},
		{"xlsx", "cv.xlsx", xlsx, FormatOffice, StatusError},
		{"pages", "cv.pages", pages, FormatPages, StatusError},
		{"other zip", "cv.zip", other, FormatZip, StatusError},
		{"zip prefix unknown", "cv.zip", other[:20], FormatZip, ""},
		{"rtf", "cv.rtf", []byte(`{\rtf1\ansi Hello}`), FormatRTF, StatusError},
		{"rtf named doc", "cv.doc", []byte(`{\rtf1\ansi Hello}`), FormatRTF, StatusError},
		{"doc", "cv.doc", oleWord, FormatDOC, StatusError},
		{"doc no name", "cv", ole, FormatDOC, StatusError},
		{"encrypted docx", "cv.docx", oleEnc, FormatDOCX, StatusEncrypted},
		{"png", "cv.pdf", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), FormatImage, StatusError},
		{"jpeg", "cv.jpg", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}, FormatImage, StatusError},
		{"tiff", "scan.tif", []byte("II*\x00\x08\x00\x00\x00"), FormatImage, StatusError},
		{"tiff be", "scan.tif", []byte("MM\x00*\x00\x00\x00\x08"), FormatImage, StatusError},
		{"gif", "x.gif", []byte("GIF89a\x01\x00"), FormatImage, StatusError},
		{"webp", "x.webp", []byte("RIFF\x10\x00\x00\x00WEBPVP8 "), FormatImage, StatusError},
		{"text", "cv.txt", []byte("Jane Doe\nHealth data analyst\n- SQL\n"), FormatText, ""},
		{"text no name", "", []byte("Jane Doe\nHealth data analyst\n"), FormatText, ""},
		{"markdown by extension", "cv.md", []byte("Jane Doe\nHealth data analyst\n"), FormatMarkdown, ""},
		{"markdown by content", "cv.txt", []byte("# Jane Doe\n\n## Skills\n- SQL\n- [FHIR](https://hl7.org/fhir)\n"), FormatMarkdown, ""},
		{"dashes are not markdown", "cv.txt", []byte("Jane Doe\n---------\n- SQL\n- Python\n"), FormatText, ""},
		{"markdown named pdf", "cv.pdf", []byte("# Jane Doe\n\n**Analyst**\n\n## Skills\n"), FormatMarkdown, ""},
		{"html", "cv.txt", []byte("<!DOCTYPE html>\n<html><body><p>Jane</p></body></html>"), FormatHTML, ""},
		{"html by extension", "cv.htm", []byte("<body><p>Jane</p>"), FormatHTML, ""},
		{"text mentioning tags", "cv.txt", []byte("Built <div> layouts\nJane"), FormatText, ""},
		{"utf16 bom", "cv.txt", utf16, FormatText, ""},
		{"utf16 no bom", "cv.txt", utf16NoBOMText, FormatText, ""},
		{"utf8 bom", "cv.txt", []byte("\xEF\xBB\xBFJane Doe\n"), FormatText, ""},
		{"cp1252", "cv.txt", []byte("Ren\xe9 M\xfcller \x96 analyst\n"), FormatText, ""},
		{"text cut mid-rune", "cv.txt", []byte("Jos\xc3\xa9 Mart\xc3"), FormatText, ""},
		{"binary", "cv.bin", []byte{0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x00, 0x00, 0x10, 0x11, 0x12}, FormatUnknown, StatusError},
		{"binary named pdf", "cv.pdf", bytes.Repeat([]byte{0, 1, 2, 3}, 50), FormatUnknown, StatusError},
		{"empty", "cv.pdf", nil, "", StatusError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Detect(tt.file, tt.head)
			if got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q (err %v)", tt.file, got, tt.want, err)
			}
			if tt.status == "" {
				if err != nil {
					t.Errorf("Detect(%q) error = %v, want nil", tt.file, err)
				}
				return
			}
			var xe *Error
			if !errors.As(err, &xe) {
				t.Fatalf("Detect(%q) error = %v, want *Error", tt.file, err)
			}
			if xe.Status != tt.status {
				t.Errorf("status = %q, want %q", xe.Status, tt.status)
			}
			if xe.Msg == "" {
				t.Error("empty message")
			}
		})
	}
}

func TestDetectMessages(t *testing.T) {
	tests := []struct {
		head           []byte
		wantMsg, wantH string
	}{
		{append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, utf16le("WordDocument")...),
			"legacy Word .doc is not supported", "convert it: libreoffice --headless --convert-to docx FILE (or save as .docx or PDF in Word)"},
		{[]byte("\x89PNG\r\n\x1a\n"), "this is an image (PNG), not a text document",
			"run OCR first, e.g. ocrmypdf or tesseract, or export the résumé as PDF with text"},
	}
	for _, tt := range tests {
		_, err := Detect("x", tt.head)
		var xe *Error
		if !errors.As(err, &xe) || xe.Msg != tt.wantMsg || xe.Hint != tt.wantH {
			t.Errorf("Detect error = %#v, want msg %q hint %q", err, tt.wantMsg, tt.wantH)
		}
	}
}

// The subtype of an OpenDocument mimetype comes from the file: a
// spreadsheet or slides get a plain name, anything else is quoted only as
// far as it is a short, safe token, so a message never breaks its line.
func TestDetectOpenDocumentKinds(t *testing.T) {
	tests := []struct {
		mime, want string
	}{
		{"application/vnd.oasis.opendocument.spreadsheet", "file is an OpenDocument spreadsheet, not a résumé document"},
		{"application/vnd.oasis.opendocument.presentation", "file is an OpenDocument presentation, not a résumé document"},
		{"application/vnd.oasis.opendocument.graphics", "file is an OpenDocument drawing, not a résumé document"},
		{"application/vnd.oasis.opendocument.formula", "file is an OpenDocument file that is not a text document (formula), not a résumé document"},
		{"application/vnd.oasis.opendocument.t\nkt", "file is an OpenDocument file that is not a text document (t), not a résumé document"},
		{"application/vnd.oasis.opendocument.\r\x00", "file is an OpenDocument file that is not a text document, not a résumé document"},
		{"application/vnd.oasis.opendocument.chart-and-a-very-long-subtype-name", "file is an OpenDocument file that is not a text document (chart-and-a-very-long-su), not a résumé document"},
	}
	for _, tt := range tests {
		mime := tt.mime
		data := buildZip(t, entry{name: "mimetype", body: mime, store: true}, entry{name: "content.xml", body: "<x/>"})
		_, err := Detect("x.odt", data)
		var xe *Error
		if !errors.As(err, &xe) || xe.Msg != tt.want {
			t.Errorf("Detect(mimetype %q) error = %v, want %q", mime, err, tt.want)
		}
	}
}
