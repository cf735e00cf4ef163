package extract

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"path/filepath"
	"strings"
)

// Format names returned by Detect. The first five can be extracted; the
// others are recognised so that the error can name them.
const (
	FormatPDF      = "pdf"
	FormatDOCX     = "docx"
	FormatODT      = "odt"
	FormatMarkdown = "markdown"
	FormatText     = "text"

	FormatDOC     = "doc"   // legacy Word (OLE2 compound file)
	FormatRTF     = "rtf"   // Rich Text Format
	FormatPages   = "pages" // Apple Pages
	FormatImage   = "image" // PNG, JPEG, TIFF, GIF, WebP, BMP, HEIC
	FormatZip     = "zip"   // another kind of zip archive
	FormatOffice  = "office"
	FormatUnknown = "binary"
)

// SniffLen is how much of a file Detect should see when the caller only
// reads a prefix; Extract passes the whole file.
const SniffLen = 4096

// Detect names the format of a file from its content, using the name's
// extension only to break ties (a DOCX named .pdf is read as DOCX). head is
// the start of the file, or all of it; with the whole file a zip archive's
// directory can be read, with a prefix only the first entries are seen.
//
// A zip archive whose directory lies beyond head and whose first entries do
// not tell is returned as "zip" with a nil error: pass the whole file (as
// Extract does) to decide.
//
// For formats that cannot be extracted the format is still returned
// ("doc", "rtf", "image", "pages", ...) together with an *Error whose Msg
// names the format and whose Hint says how to convert the file.
func Detect(name string, head []byte) (format string, err error) {
	ext := strings.ToLower(filepath.Ext(name))
	if len(head) == 0 {
		return "", &Error{Status: StatusError, Msg: "file is empty", Hint: "export the résumé again; the file has no content"}
	}
	pre := head
	if len(pre) > 1024 {
		pre = pre[:1024]
	}
	// Magic numbers at the start win over a "%PDF-" further in (a zip could
	// store a PDF as its first entry).
	switch {
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return FormatPDF, nil
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")),
		bytes.HasPrefix(head, []byte("PK\x07\x08")):
		return detectZip(ext, head)
	case bytes.HasPrefix(head, []byte(`{\rtf`)):
		return FormatRTF, errRTF()
	case bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return detectOLE(ext, head)
	}
	if kind := imageKind(head); kind != "" {
		return FormatImage, errImage(kind)
	}
	if bytes.Contains(pre, []byte("%PDF")) || ext == ".pdf" && looksLikePDFBody(head) {
		// Junk before the header, or a damaged header: let the PDF reader
		// try, and explain if it fails.
		return FormatPDF, nil
	}
	if s, ok := decodeText(head, true); ok {
		if looksLikeHTML(s, ext) {
			return FormatHTML, nil
		}
		if f := flatXMLFormat(s); f != "" {
			return f, nil
		}
		if isMarkdownExt(ext) || looksLikeMarkdown(head) {
			return FormatMarkdown, nil
		}
		return FormatText, nil
	}
	// Weak magic numbers, checked only once the content is known not to be text.
	if bytes.HasPrefix(head, []byte("BM")) && len(head) >= 14 && binary.LittleEndian.Uint32(head[2:6]) > 14 {
		return FormatImage, errImage("BMP")
	}
	return FormatUnknown, errUnknown(ext)
}

func isMarkdownExt(ext string) bool {
	switch ext {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdtxt", ".mdx":
		return true
	}
	return false
}

// imageKind names the image format whose magic number starts b, or "".
func imageKind(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "PNG"
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF}):
		return "JPEG"
	case bytes.HasPrefix(b, []byte("II*\x00")), bytes.HasPrefix(b, []byte("MM\x00*")):
		return "TIFF"
	case bytes.HasPrefix(b, []byte("GIF87a")), bytes.HasPrefix(b, []byte("GIF89a")):
		return "GIF"
	case len(b) >= 12 && bytes.HasPrefix(b, []byte("RIFF")) && string(b[8:12]) == "WEBP":
		return "WebP"
	case len(b) >= 12 && string(b[4:8]) == "ftyp" && (string(b[8:12]) == "heic" || string(b[8:12]) == "heix" || string(b[8:12]) == "mif1" || string(b[8:12]) == "avif"):
		return "HEIC"
	}
	return ""
}

// detectZip looks inside a zip archive. With the whole archive its directory
// is read; with a prefix the local file headers are scanned.
func detectZip(ext string, head []byte) (string, error) {
	var names []string
	odtMime := ""
	full := false
	if zr, err := zip.NewReader(bytes.NewReader(head), int64(len(head))); err == nil {
		full = true
		for i, f := range zr.File {
			if i > maxZipEntries {
				break
			}
			names = append(names, f.Name)
			if f.Name == "mimetype" && f.UncompressedSize64 < 256 {
				if rc, err := f.Open(); err == nil {
					var buf [256]byte
					n, _ := readFull(rc, buf[:])
					rc.Close()
					odtMime = string(buf[:n])
				}
			}
		}
	} else {
		names, odtMime = scanLocalHeaders(head)
	}
	has := func(pred func(string) bool) bool {
		for _, n := range names {
			if pred(n) {
				return true
			}
		}
		return false
	}
	mime := strings.TrimSpace(odtMime)
	switch {
	case strings.HasPrefix(mime, "application/vnd.oasis.opendocument.text"):
		return FormatODT, nil
	case strings.HasPrefix(mime, "application/vnd.oasis.opendocument."):
		return FormatOffice, errOffice(odfKind(strings.TrimPrefix(mime, "application/vnd.oasis.opendocument.")))
	case has(func(n string) bool { return strings.HasPrefix(n, "word/") }):
		return FormatDOCX, nil
	case has(func(n string) bool { return strings.HasPrefix(n, "xl/") }):
		return FormatOffice, errOffice("an Excel workbook")
	case has(func(n string) bool { return strings.HasPrefix(n, "ppt/") }):
		return FormatOffice, errOffice("a PowerPoint presentation")
	case has(func(n string) bool {
		return n == "index.xml" || strings.HasPrefix(n, "Index/") || strings.HasPrefix(n, "QuickLook/")
	}):
		return FormatPages, errPages()
	}
	// The directory was not visible (a prefix only): trust the extension.
	switch ext {
	case ".docx", ".docm", ".dotx", ".dotm":
		return FormatDOCX, nil
	case ".odt", ".ott":
		return FormatODT, nil
	case ".pages":
		return FormatPages, errPages()
	}
	if !full {
		// Only a prefix was seen: the whole file must decide (Extract does).
		return FormatZip, nil
	}
	return FormatZip, &Error{Status: StatusError, Msg: "file is a zip archive, not a résumé document",
		Hint: "unpack it and pass the résumé inside (pdf, docx, odt, md or txt)"}
}

// scanLocalHeaders lists the entry names whose local headers lie in b, and
// the content of a stored "mimetype" entry (the ODF convention).
func scanLocalHeaders(b []byte) (names []string, mime string) {
	for off := 0; off+30 <= len(b) && len(names) < 64; {
		if !bytes.Equal(b[off:off+4], []byte("PK\x03\x04")) {
			break
		}
		method := binary.LittleEndian.Uint16(b[off+8:])
		flags := binary.LittleEndian.Uint16(b[off+6:])
		csize := int(binary.LittleEndian.Uint32(b[off+18:]))
		nlen := int(binary.LittleEndian.Uint16(b[off+26:]))
		xlen := int(binary.LittleEndian.Uint16(b[off+28:]))
		start := off + 30
		if start+nlen > len(b) {
			break
		}
		name := string(b[start : start+nlen])
		names = append(names, name)
		data := start + nlen + xlen
		if name == "mimetype" && method == 0 && data <= len(b) {
			m := b[data:min(len(b), data+128)]
			if csize > 0 && csize < len(m) {
				m = m[:csize]
			}
			// With a data descriptor the size is unknown: stop at binary.
			if i := bytes.IndexFunc(m, func(r rune) bool { return r < 0x20 || r > 0x7e }); i >= 0 {
				m = m[:i]
			}
			mime = strings.TrimSuffix(string(m), "PK")
		}
		if flags&0x8 != 0 || csize == 0 {
			// The sizes follow the data: look for the next header instead.
			next := bytes.Index(b[data:], []byte("PK\x03\x04"))
			if next < 0 {
				break
			}
			off = data + next
			continue
		}
		off = data + csize
	}
	return names, mime
}

// detectOLE tells an encrypted OOXML package (stored in an OLE2 container)
// from a legacy binary Word file.
func detectOLE(ext string, b []byte) (string, error) {
	if bytes.Contains(b, utf16le("EncryptedPackage")) {
		return FormatDOCX, &Error{Status: StatusEncrypted, Msg: "document is password-protected",
			Hint: "open it in Word or LibreOffice, remove the password and save an unprotected copy"}
	}
	switch {
	case bytes.Contains(b, utf16le("WordDocument")), ext == ".doc", ext == ".dot":
		return FormatDOC, errDOC()
	case bytes.Contains(b, utf16le("Workbook")), bytes.Contains(b, utf16le("PowerPoint Document")):
		return FormatOffice, errOffice("a legacy Excel or PowerPoint file")
	}
	return FormatDOC, errDOC()
}

func utf16le(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

func errDOC() *Error {
	return &Error{Status: StatusError, Msg: "legacy Word .doc is not supported",
		Hint: "convert it: libreoffice --headless --convert-to docx FILE (or save as .docx or PDF in Word)"}
}

func errRTF() *Error {
	return &Error{Status: StatusError, Msg: "rich text format (.rtf) is not supported",
		Hint: "convert it: libreoffice --headless --convert-to docx FILE (or save as .docx or PDF)"}
}

func errImage(kind string) *Error {
	return &Error{Status: StatusError, Msg: "this is an image (" + kind + "), not a text document",
		Hint: "run OCR first, e.g. ocrmypdf or tesseract, or export the résumé as PDF with text"}
}

func errPages() *Error {
	return &Error{Status: StatusError, Msg: "apple pages documents are not supported",
		Hint: "in Pages choose File > Export To > Word or PDF"}
}

// odfKind names an OpenDocument file that is not a text document from
// the subtype in its mimetype entry. The subtype comes from the file, so
// only a short run of letters, digits, dots and dashes is ever quoted:
// an error message stays one line whatever the file holds.
func odfKind(subtype string) string {
	switch {
	case strings.HasPrefix(subtype, "spreadsheet"):
		return "an OpenDocument spreadsheet"
	case strings.HasPrefix(subtype, "presentation"):
		return "an OpenDocument presentation"
	case strings.HasPrefix(subtype, "graphics"), strings.HasPrefix(subtype, "image"):
		return "an OpenDocument drawing"
	}
	n := 0
	for n < len(subtype) && n < 24 {
		c := subtype[n]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			break
		}
		n++
	}
	if n == 0 {
		return "an OpenDocument file that is not a text document"
	}
	return "an OpenDocument file that is not a text document (" + subtype[:n] + ")"
}

func errOffice(what string) *Error {
	return &Error{Status: StatusError, Msg: "file is " + what + ", not a résumé document",
		Hint: "save the résumé as pdf, docx, odt, markdown or plain text"}
}

func errUnknown(ext string) *Error {
	e := &Error{Status: StatusError, Msg: "unrecognised binary file format",
		Hint: "save the résumé as pdf, docx, odt, markdown or plain text"}
	switch ext {
	case ".pdf", ".docx", ".odt", ".doc":
		e.Msg = "file is named " + ext + " but its content is not in that format (damaged or mislabelled)"
	}
	return e
}

// looksLikeMarkdown reports whether text clearly uses Markdown syntax:
// several lines with headings, emphasis, links, tables or fences, not just
// the dashes and bullets plain-text résumés also use.
func looksLikeMarkdown(b []byte) bool {
	s, _ := decodeText(b, true)
	strong, weak := 0, 0
	lines := strings.Split(s, "\n")
	if len(lines) > 400 {
		lines = lines[:400]
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strong >= 2 {
			break
		}
		switch {
		case mdHeading.MatchString(t), strings.HasPrefix(t, "```"),
			strings.Contains(t, "|") && mdTableSep.MatchString(t),
			strings.Contains(t, "](") && mdLink.MatchString(t),
			(strings.Contains(t, "**") || strings.Contains(t, "__")) && mdBold.MatchString(t):
			strong++
		case mdBullet.MatchString(t), strings.HasPrefix(t, "> "), mdSetext.MatchString(t):
			weak++
		}
	}
	return strong >= 2 || (strong >= 1 && weak >= 2)
}

func readFull(r interface{ Read([]byte) (int, error) }, b []byte) (int, error) {
	n := 0
	for n < len(b) {
		m, err := r.Read(b[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// looksLikePDFBody spots PDF objects in a file whose header is missing or
// damaged.
func looksLikePDFBody(b []byte) bool {
	if len(b) > 4096 {
		b = b[:4096]
	}
	return bytes.Contains(b, []byte(" obj")) && (bytes.Contains(b, []byte("<<")) || bytes.Contains(b, []byte("endobj")))
}

// flatXMLFormat recognises word-processing documents saved as one XML file:
// Word 2003 XML and Word's Flat OPC ("docx"), Flat ODT ("odt").
func flatXMLFormat(s string) string {
	if len(s) > 4096 {
		s = s[:4096]
	}
	if !strings.HasPrefix(strings.TrimSpace(strings.TrimPrefix(s, "\uFEFF")), "<") {
		return ""
	}
	switch {
	case strings.Contains(s, "<w:wordDocument"), strings.Contains(s, "<pkg:package") && strings.Contains(s, "Word.Document"),
		strings.Contains(s, "<pkg:package") && strings.Contains(s, "wordprocessingml"):
		return FormatDOCX
	case strings.Contains(s, "<office:document ") && strings.Contains(s, "application/vnd.oasis.opendocument.text"):
		return FormatODT
	}
	return ""
}
