package extract

import (
	"archive/zip"
	"bytes"
	"testing"
)

// entry is one file of a zip archive built by a test.
type entry struct {
	name, body string
	store      bool // stored, not deflated
}

func buildZip(t testing.TB, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		method := zip.Deflate
		if e.store {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const docxNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// docxBody wraps body XML in a document part.
func docxBody(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document ` + docxNS + `><w:body>` + body + `<w:sectPr><w:pgSz w:w="12240"/></w:sectPr></w:body></w:document>`
}

func docxPart(root, body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:` + root + ` ` + docxNS + `>` + body + `</w:` + root + `>`
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="xml" ContentType="application/xml"/></Types>`

const pkgRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

// buildDOCX makes a minimal Word package; extra entries are added as given.
func buildDOCX(t testing.TB, body string, extra ...entry) []byte {
	t.Helper()
	es := []entry{
		{name: "[Content_Types].xml", body: contentTypes},
		{name: "_rels/.rels", body: pkgRels},
		{name: "word/document.xml", body: docxBody(body)},
	}
	return buildZip(t, append(es, extra...)...)
}

func p(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

const odtNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
	`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
	`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
	`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ` +
	`xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ` +
	`xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ` +
	`xmlns:dc="http://purl.org/dc/elements/1.1/"`

const odtMime = "application/vnd.oasis.opendocument.text"

// buildODT makes a minimal OpenDocument text; styles may be "".
func buildODT(t testing.TB, body, styles string) []byte {
	t.Helper()
	es := []entry{
		{name: "mimetype", body: odtMime, store: true},
		{name: "content.xml", body: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odtNS +
			`><office:automatic-styles/><office:body><office:text>` + body + `</office:text></office:body></office:document-content>`},
	}
	if styles != "" {
		es = append(es, entry{name: "styles.xml", body: `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ` + odtNS +
			`><office:master-styles>` + styles + `</office:master-styles></office:document-styles>`})
	}
	return buildZip(t, es...)
}
