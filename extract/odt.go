package extract

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// ODF namespaces whose elements the reader interprets.
const (
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsStyle  = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsDraw   = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
	nsSVG    = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
)

// extractODT reads an OpenDocument text: headers from styles.xml, the body
// from content.xml, then footers.
func extractODT(data []byte) (text string, flags []string, err error) {
	if !bytes.HasPrefix(data, []byte("PK")) && flatXMLFormat(string(data[:min(len(data), 4096)])) == FormatODT {
		// Flat ODT (.fodt): content and styles in one XML file.
		r, sr := &odtReader{}, &odtReader{}
		body, perr := r.parse(data, false)
		if perr != nil && len(body) == 0 {
			return "", nil, &Error{Status: StatusError, Msg: "flat odt document is damaged: its xml cannot be parsed"}
		}
		sr.parse(data, true)
		all := append(append(append(dedupe(sr.headers), ""), body...), "")
		all = append(all, dedupe(sr.footers)...)
		if r.hidden > 0 {
			flags = append(flags, "hidden_text")
		}
		if perr != nil || r.truncated {
			flags = append(flags, "truncated")
		}
		return joinLines(all), flags, nil
	}
	z, err := openZip(data, "odt")
	if err != nil {
		return "", nil, err
	}
	if m, err := z.read("META-INF/manifest.xml"); err == nil && bytes.Contains(m, []byte("encryption-data")) {
		return "", nil, &Error{Status: StatusEncrypted, Msg: "odt is password-protected",
			Hint: "open it in LibreOffice, remove the password (File > Properties > Security) and save a copy"}
	}
	content, err := z.read("content.xml")
	if err != nil {
		return "", nil, err
	}
	if content == nil {
		return "", nil, &Error{Status: StatusError, Msg: "odt is damaged: it has no content.xml",
			Hint: "open and re-save it in LibreOffice, or export it as PDF"}
	}
	r := &odtReader{}
	body, perr := r.parse(content, false)
	if perr != nil && len(body) == 0 {
		return "", nil, &Error{Status: StatusError, Msg: "odt is damaged: its content xml cannot be parsed",
			Hint: "open and re-save it in LibreOffice, or export it as PDF"}
	}
	if perr != nil {
		flags = append(flags, "truncated")
	}
	var headers, footers []string
	if styles, err := z.read("styles.xml"); err == nil && styles != nil {
		sr := &odtReader{}
		sr.parse(styles, true)
		headers, footers = dedupe(sr.headers), dedupe(sr.footers)
		r.hidden += sr.hidden
	}
	all := make([]string, 0, len(headers)+len(body)+len(footers)+2)
	all = append(all, headers...)
	all = append(all, "")
	all = append(all, body...)
	all = append(all, "")
	all = append(all, footers...)
	if r.hidden > 0 {
		flags = append(flags, "hidden_text")
	}
	if r.truncated {
		flags = addFlag(flags, "truncated")
	}
	return joinLines(all), flags, nil
}

func dedupe(lines []string) []string {
	seen := map[string]bool{}
	out := lines[:0]
	for _, l := range lines {
		k := strings.TrimSpace(l)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, l)
	}
	return out
}

type odtReader struct {
	headers, footers []string
	hidden           int
	truncated        bool
}

// parse streams content.xml (or, with styles set, the header and footer
// parts of styles.xml) into lines.
func (r *odtReader) parse(b []byte, styles bool) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = func(_ string, rd io.Reader) (io.Reader, error) { return rd, nil }
	f := &flow{}
	type open struct {
		name xml.Name
		text bool // character data inside is document text
	}
	var stack []open
	listDepth := 0
	itemFresh := false // the next paragraph starts a list item
	inBody := false    // inside office:text, or a header/footer in styles.xml
	var hf *[]string   // header or footer being read from styles.xml
	hfDepth := 0
	textHere := func() bool { return len(stack) > 0 && stack[len(stack)-1].text }
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			r.hidden += f.hidden
			return f.finish(), err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := t.Name
			skip := false
			switch {
			case n.Space == nsText && (n.Local == "tracked-changes" || n.Local == "note-citation" ||
				n.Local == "hidden-text" || n.Local == "hidden-paragraph" || n.Local == "sequence-decls" ||
				n.Local == "variable-decls" || n.Local == "user-field-decls"):
				skip = true
			case n.Space == nsOffice && (n.Local == "annotation" || n.Local == "forms" || n.Local == "automatic-styles" && !styles ||
				n.Local == "font-face-decls" || n.Local == "scripts" || n.Local == "event-listeners"):
				skip = true
			case n.Space == nsSVG && (n.Local == "desc" || n.Local == "title"):
				skip = true
			case n.Space == nsTable && (n.Local == "table-columns" || n.Local == "table-column" || n.Local == "covered-table-cell"):
				skip = true
			case n.Space == nsText && n.Local == "deletion":
				skip = true
			}
			if n.Space == nsText && (n.Local == "hidden-text" || n.Local == "hidden-paragraph") {
				r.hidden++
			}
			if skip {
				if err := d.Skip(); err != nil {
					r.hidden += f.hidden
					return f.finish(), err
				}
				continue
			}
			isText := textHere()
			if styles {
				if n.Space == nsStyle && (strings.HasPrefix(n.Local, "header") || strings.HasPrefix(n.Local, "footer")) &&
					!strings.HasSuffix(n.Local, "-style") && hf == nil {
					if strings.HasPrefix(n.Local, "header") {
						hf = &r.headers
					} else {
						hf = &r.footers
					}
					hfDepth = len(stack)
					inBody = true
				}
			} else if n.Space == nsOffice && n.Local == "text" {
				inBody = true
			}
			if !inBody {
				stack = append(stack, open{n, false})
				continue
			}
			switch {
			case n.Space == nsText && (n.Local == "p" || n.Local == "h"):
				p := f.startPara()
				if itemFresh && listDepth > 0 {
					p.prefix = "• "
				}
				itemFresh = false
				isText = true
			case n.Space == nsText && (n.Local == "span" || n.Local == "a" || n.Local == "ruby-base" ||
				n.Local == "meta" || n.Local == "bookmark-ref" || n.Local == "reference-ref" ||
				n.Local == "date" || n.Local == "time" || n.Local == "page-number" || n.Local == "sender-firstname" ||
				n.Local == "sender-lastname" || n.Local == "sender-email" || n.Local == "author-name" || n.Local == "title" ||
				n.Local == "subject" || n.Local == "chapter" || n.Local == "user-field-get" || n.Local == "variable-get"):
				// inline text: keep the current mode
			case n.Space == nsText && n.Local == "s":
				if isText {
					c, err := strconv.Atoi(attr(t, "c"))
					if err != nil || c < 1 {
						c = 1
					}
					if c > 64 {
						c = 64
					}
					f.text(strings.Repeat(" ", c))
				}
			case n.Space == nsText && n.Local == "tab":
				if isText {
					f.text("\t")
				}
			case n.Space == nsText && n.Local == "line-break":
				if isText {
					f.lineBreak()
				}
			case n.Space == nsText && n.Local == "list":
				listDepth++
				isText = false
			case n.Space == nsText && n.Local == "list-item" || n.Space == nsText && n.Local == "list-header":
				itemFresh = n.Local == "list-item"
				isText = false
			case n.Space == nsTable && n.Local == "table":
				f.startTable()
				isText = false
			case n.Space == nsTable && n.Local == "table-cell":
				f.startCell()
				isText = false
			case n.Space == nsDraw && (n.Local == "frame" || n.Local == "text-box" || n.Local == "g" || n.Local == "custom-shape"):
				isText = false
			case n.Space == nsText && n.Local == "note":
				isText = false
			case n.Space == nsText && n.Local == "note-body":
				isText = false
			default:
				if n.Space != nsText {
					isText = false
				}
			}
			stack = append(stack, open{n, isText})
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			n := stack[len(stack)-1].name
			stack = stack[:len(stack)-1]
			if !inBody {
				continue
			}
			switch {
			case n.Space == nsText && (n.Local == "p" || n.Local == "h"):
				f.endPara()
			case n.Space == nsText && n.Local == "list":
				listDepth--
			case n.Space == nsTable && n.Local == "table-cell":
				f.endCell()
			case n.Space == nsTable && n.Local == "table-row":
				f.endRow()
			case n.Space == nsTable && n.Local == "table":
				f.endTable()
			case n.Space == nsOffice && n.Local == "text" && !styles:
				inBody = false
			}
			if styles && hf != nil && len(stack) == hfDepth {
				*hf = append(*hf, f.finish()...)
				f.out = nil
				hf = nil
				inBody = false
			}
		case xml.CharData:
			if inBody && textHere() {
				f.text(collapseSpace(string(t)))
			}
		}
	}
	r.hidden += f.hidden
	r.truncated = r.truncated || f.truncated
	return f.finish(), nil
}

// collapseSpace applies the ODF whitespace rule: a run of spaces, tabs and
// newlines in character data is one space (text:s and text:tab carry the
// meaningful ones).
func collapseSpace(s string) string {
	if !strings.ContainsAny(s, " \t\n\r") {
		return s
	}
	var b strings.Builder
	sp := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			if !sp {
				b.WriteByte(' ')
			}
			sp = true
			continue
		}
		sp = false
		b.WriteRune(r)
	}
	return b.String()
}
