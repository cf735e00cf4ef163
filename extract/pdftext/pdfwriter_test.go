package pdftext

import (
	"bytes"
	"fmt"
	"strings"
)

// pdfWriter builds small uncompressed PDFs for tests: objects are added as
// source text, and bytes() lays out the header, the objects, a classic xref
// table and the trailer.
type pdfWriter struct {
	objs    []string
	version string
}

// add appends an object body and returns its object number.
func (w *pdfWriter) add(body string) int {
	w.objs = append(w.objs, body)
	return len(w.objs)
}

// reserve returns the number of an object whose body is set later.
func (w *pdfWriter) reserve() int { return w.add("null") }

func (w *pdfWriter) set(id int, body string) { w.objs[id-1] = body }

// stream adds a stream object with an uncompressed body.
func (w *pdfWriter) stream(dict, data string) int {
	return w.add(fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data))
}

func ref(id int) string { return fmt.Sprintf("%d 0 R", id) }

// bytes returns the file with the given catalog.
func (w *pdfWriter) bytes(root int) []byte {
	var b bytes.Buffer
	v := w.version
	if v == "" {
		v = "1.4"
	}
	fmt.Fprintf(&b, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", v)
	offs := make([]int, len(w.objs))
	for i, o := range w.objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(w.objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s >>\nstartxref\n%d\n%%%%EOF\n", len(w.objs)+1, ref(root), xref)
	return b.Bytes()
}

// testPage describes one page of a test document.
type testPage struct {
	fonts   map[string]int // resource name -> font object
	xobj    map[string]int // resource name -> XObject
	content string
	extra   string // extra page dictionary entries (/Rotate 90 ...)
	res     string // extra resource entries (/ColorSpace << ... >>)
}

// buildDoc writes a document with the given pages (612 x 792 points).
func (w *pdfWriter) buildDoc(pages ...testPage) []byte {
	pagesID := w.reserve()
	var kids []string
	for _, p := range pages {
		var fr, xr []string
		for name, id := range p.fonts {
			fr = append(fr, "/"+name+" "+ref(id))
		}
		for name, id := range p.xobj {
			xr = append(xr, "/"+name+" "+ref(id))
		}
		content := w.stream("", p.content)
		res := fmt.Sprintf("<< /Font << %s >> /XObject << %s >> %s >>", strings.Join(fr, " "), strings.Join(xr, " "), p.res)
		kids = append(kids, ref(w.add(fmt.Sprintf("<< /Type /Page /Parent %s /MediaBox [0 0 612 792] /Resources %s /Contents %s %s >>",
			ref(pagesID), res, ref(content), p.extra))))
	}
	w.set(pagesID, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	root := w.add(fmt.Sprintf("<< /Type /Catalog /Pages %s >>", ref(pagesID)))
	return w.bytes(root)
}

// helvetica adds a standard-14 Helvetica font without /Widths.
func (w *pdfWriter) helvetica() int {
	return w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
}

// onePage is a document with one page using Helvetica as /F1.
func onePage(content string) []byte {
	w := &pdfWriter{}
	f := w.helvetica()
	return w.buildDoc(testPage{fonts: map[string]int{"F1": f}, content: content})
}
