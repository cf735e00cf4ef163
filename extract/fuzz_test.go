package extract

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite the committed fuzz seed corpora in testdata/fuzz")

// checkResult holds the invariants every extraction must keep.
func checkResult(t *testing.T, doc *Document, err error) {
	t.Helper()
	if err != nil {
		var xe *Error
		if !errors.As(err, &xe) {
			t.Fatalf("error %T is not *Error: %v", err, err)
		}
		if xe.Status == "" || xe.Msg == "" || strings.ContainsAny(xe.Msg+xe.Hint, "\n\r") {
			t.Fatalf("bad error %+v", xe)
		}
	}
	if doc == nil {
		return
	}
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("text is not valid UTF-8")
	}
	if strings.ContainsAny(doc.Text, "\r\x00") {
		t.Fatalf("text holds CR or NUL")
	}
	if q := doc.Quality; q.Score < 0 || q.Score > 1 || q.Words < 0 || q.Flags == nil {
		t.Fatalf("bad quality %+v", q)
	}
}

func docxSeeds(t testing.TB) [][]byte {
	return [][]byte{
		buildDOCX(t, p("Jane Doe")+p("Health data analyst")),
		buildDOCX(t, `<w:tbl><w:tr><w:tc>`+p("a")+`</w:tc><w:tc>`+p("b")+p("c")+`</w:tc></w:tr></w:tbl>`),
		buildDOCX(t, `<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>`+p("box")+`</w:txbxContent></mc:Choice>`+
			`<mc:Fallback><w:txbxContent>`+p("box")+`</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			entry{name: "word/header1.xml", body: docxPart("hdr", p("Header"))}),
		buildDOCX(t, `<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t><w:tab/><w:br/>`+
			`<w:rPr><w:vanish/></w:rPr></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>`),
		[]byte("PK\x03\x04 not really a zip"),
		// Raw document XML: the targets also feed their input to the parser.
		[]byte(docxBody(`<w:p><w:r><w:t>a</w:t></w:r><w:tbl><w:tr><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:p>`)),
	}
}

func odtSeeds(t testing.TB) [][]byte {
	return [][]byte{
		buildODT(t, `<text:h>Jane Doe</text:h><text:p>Analyst<text:s text:c="2"/>x<text:tab/>y<text:line-break/>z</text:p>`, ""),
		buildODT(t, `<text:list><text:list-item><text:p>SQL</text:p></text:list-item></text:list>`+
			`<table:table><table:table-row><table:table-cell><text:p>a</text:p></table:table-cell></table:table-row></table:table>`,
			`<style:master-page><style:header><text:p>Head</text:p></style:header></style:master-page>`),
		buildODT(t, `<text:p><draw:frame><draw:text-box><text:p>box</text:p></draw:text-box></draw:frame></text:p>`, ""),
		[]byte(`<office:document-content ` + odtNS + `><office:body><office:text><text:p>a<text:s text:c="9"/>` +
			`<text:note><text:note-body><text:p>n</text:p></text:note-body></text:note></text:p></office:text></office:body></office:document-content>`),
	}
}

func detectSeeds() []struct {
	name string
	head []byte
} {
	return []struct {
		name string
		head []byte
	}{
		{"cv.pdf", []byte("%PDF-1.7\n")},
		{"cv.docx", []byte("PK\x03\x04\x14\x00\x08\x00\x08\x00")},
		{"cv.doc", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}},
		{"cv.rtf", []byte(`{\rtf1`)},
		{"cv.md", []byte("# Jane\n\n**Analyst**\n")},
		{"cv.txt", []byte("\xFF\xFEJ\x00a\x00")},
		{"cv.png", []byte("\x89PNG\r\n\x1a\n")},
	}
}

func FuzzDOCX(f *testing.F) {
	for _, s := range docxSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Extract("cv.docx", data, Options{})
		checkResult(t, doc, err)
		w := &docxReader{num: map[string]numDef{}, styleNum: map[string]numRef{}, counters: map[string]int{}}
		lines, _ := w.parse(data)
		if text := joinLines(lines); !utf8.ValidString(text) {
			t.Fatal("invalid UTF-8")
		}
	})
}

func FuzzODT(f *testing.F) {
	for _, s := range odtSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Extract("cv.odt", data, Options{})
		checkResult(t, doc, err)
		for _, styles := range []bool{false, true} {
			lines, _ := (&odtReader{}).parse(data, styles)
			if text := joinLines(lines); !utf8.ValidString(text) {
				t.Fatal("invalid UTF-8")
			}
		}
	})
}

func FuzzDetect(f *testing.F) {
	for _, s := range detectSeeds() {
		f.Add(s.name, s.head)
	}
	f.Fuzz(func(t *testing.T, name string, head []byte) {
		format, err := Detect(name, head)
		var xe *Error
		if err != nil && (!errors.As(err, &xe) || xe.Msg == "") {
			t.Fatalf("error %v is not a described *Error", err)
		}
		switch format {
		case FormatPDF, FormatDOCX, FormatODT, FormatMarkdown, FormatText, FormatHTML, FormatZip:
		case "", FormatDOC, FormatRTF, FormatPages, FormatImage, FormatOffice, FormatUnknown:
			if err == nil {
				t.Fatalf("format %q without an error", format)
			}
		default:
			t.Fatalf("unknown format %q", format)
		}
		// Text and Markdown must also extract cleanly.
		if err == nil && (format == FormatText || format == FormatMarkdown || format == FormatHTML) {
			doc, err := Extract(name, head, Options{})
			checkResult(t, doc, err)
		}
	})
}

// TestFuzzSeeds keeps the committed seed corpora in step with the seeds
// above: run with -write-seeds to rewrite them.
func TestFuzzSeeds(t *testing.T) {
	corpora := map[string][]string{}
	for i, s := range docxSeeds(t) {
		corpora["FuzzDOCX"] = append(corpora["FuzzDOCX"], seedFile(fmt.Sprintf("seed%d", i), s))
	}
	for i, s := range odtSeeds(t) {
		corpora["FuzzODT"] = append(corpora["FuzzODT"], seedFile(fmt.Sprintf("seed%d", i), s))
	}
	for i, s := range detectSeeds() {
		corpora["FuzzDetect"] = append(corpora["FuzzDetect"], seedFile(fmt.Sprintf("seed%d", i), s.name, s.head))
	}
	for target, files := range corpora {
		dir := filepath.Join("testdata", "fuzz", target)
		for _, f := range files {
			name, body, _ := strings.Cut(f, "\x00")
			path := filepath.Join(dir, name)
			if *writeSeeds {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("missing seed %s (run go test -run TestFuzzSeeds -write-seeds)", path)
			}
		}
	}
}

// seedFile renders a corpus file in the "go test fuzz v1" format, returned
// as name NUL content. Seeds built with archive/zip are not byte-stable
// across Go versions, so only their presence is checked.
func seedFile(name string, args ...any) string {
	var b strings.Builder
	b.WriteString("go test fuzz v1\n")
	for _, a := range args {
		switch v := a.(type) {
		case []byte:
			b.WriteString("[]byte(" + strconv.Quote(string(v)) + ")\n")
		case string:
			b.WriteString("string(" + strconv.Quote(v) + ")\n")
		}
	}
	return name + "\x00" + b.String()
}
