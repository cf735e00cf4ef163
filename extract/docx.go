package extract

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
)

// extractDOCX reads the text of a Word (OOXML) document: the main document
// part, then headers and footers (each distinct line once), then footnotes
// and endnotes.
func extractDOCX(data []byte) (text string, flags []string, err error) {
	if !bytes.HasPrefix(data, []byte("PK")) && flatXMLFormat(string(data[:min(len(data), 4096)])) == FormatDOCX {
		// Word 2003 XML or Flat OPC: one XML file with the same elements.
		w := &docxReader{num: map[string]numDef{}, styleNum: map[string]numRef{}, counters: map[string]int{}}
		lines, perr := w.parse(data)
		if perr != nil && len(lines) == 0 {
			return "", nil, &Error{Status: StatusError, Msg: "word xml document is damaged: its xml cannot be parsed"}
		}
		if w.hidden > 0 {
			flags = append(flags, "hidden_text")
		}
		if perr != nil || w.truncated {
			flags = append(flags, "truncated")
		}
		return joinLines(lines), flags, nil
	}
	z, err := openZip(data, "docx")
	if err != nil {
		return "", nil, err
	}
	main := "word/document.xml"
	if rels, err := z.read("_rels/.rels"); err == nil && rels != nil {
		if t := officeDocumentTarget(rels); t != "" && z.files[t] != nil {
			main = t
		}
	}
	if z.files[main] == nil {
		return "", nil, &Error{Status: StatusError, Msg: "docx is damaged: it has no document part",
			Hint: "open and re-save it in Word or LibreOffice, or export it as PDF"}
	}
	dir := path.Dir(main)
	w := &docxReader{num: map[string]numDef{}, styleNum: map[string]numRef{}, counters: map[string]int{}}
	if b, err := z.read(dir + "/numbering.xml"); err == nil && b != nil {
		w.readNumbering(b)
	}
	if b, err := z.read(dir + "/styles.xml"); err == nil && b != nil {
		w.readStyles(b)
	}

	body, err := z.read(main)
	if err != nil {
		return "", nil, err
	}
	bodyLines, berr := w.parse(body)
	if berr != nil && len(bodyLines) == 0 {
		return "", nil, &Error{Status: StatusError, Msg: "docx is damaged: its document xml cannot be parsed",
			Hint: "open and re-save it in Word or LibreOffice, or export it as PDF"}
	}
	if berr != nil {
		flags = append(flags, "truncated")
	}

	var headers, footers, notes []string
	var parts []string
	for _, n := range z.names {
		if path.Dir(n) == dir && strings.HasSuffix(n, ".xml") {
			parts = append(parts, n)
		}
	}
	sort.Strings(parts)
	seen := map[string]bool{}
	for _, n := range parts {
		base := path.Base(n)
		var dst *[]string
		switch {
		case strings.HasPrefix(base, "header"):
			dst = &headers
		case strings.HasPrefix(base, "footer"):
			dst = &footers
		case base == "footnotes.xml" || base == "endnotes.xml":
			dst = &notes
		default:
			continue
		}
		b, err := z.read(n)
		if err != nil {
			// A damaged header is skipped; a bomb or a password stops all.
			if e := new(Error); errors.As(err, &e) && (e.Status != StatusError || e.Msg == z.bomb().Msg) {
				return "", nil, err
			}
			continue
		}
		lines, _ := w.parse(b)
		for _, l := range lines {
			k := strings.TrimSpace(l)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			*dst = append(*dst, l)
		}
	}
	all := make([]string, 0, len(headers)+len(bodyLines)+len(footers)+len(notes)+3)
	all = append(all, headers...)
	if len(headers) > 0 {
		all = append(all, "")
	}
	all = append(all, bodyLines...)
	all = append(all, "")
	all = append(all, footers...)
	all = append(all, "")
	all = append(all, notes...)
	if w.hidden > 0 {
		flags = append(flags, "hidden_text")
	}
	if w.truncated {
		flags = addFlag(flags, "truncated")
	}
	return joinLines(all), flags, nil
}

// officeDocumentTarget finds the main document part in the package
// relationships.
func officeDocumentTarget(rels []byte) string {
	d := xml.NewDecoder(bytes.NewReader(rels))
	for {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		if strings.HasSuffix(attr(se, "Type"), "/officeDocument") {
			return strings.TrimPrefix(path.Clean("/"+attr(se, "Target")), "/")
		}
	}
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

type numDef struct {
	abstract string
}

type numRef struct {
	numID, ilvl string
}

// docxReader turns WordprocessingML into lines.
type docxReader struct {
	num       map[string]numDef // numId -> abstractNumId
	formats   map[string]string // abstractNumId/ilvl -> numFmt
	styleNum  map[string]numRef // paragraph style -> numbering
	counters  map[string]int    // numId/ilvl -> last number
	hidden    int
	truncated bool
}

func (w *docxReader) readNumbering(b []byte) {
	w.formats = map[string]string{}
	d := xml.NewDecoder(bytes.NewReader(b))
	var abs, lvl, num string
	for {
		tok, err := d.Token()
		if err != nil {
			return
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "abstractNum":
			abs, num = attr(se, "abstractNumId"), ""
		case "lvl":
			lvl = attr(se, "ilvl")
		case "numFmt":
			if num == "" {
				w.formats[abs+"/"+lvl] = attr(se, "val")
			}
		case "num":
			num = attr(se, "numId")
		case "abstractNumId":
			if num != "" {
				w.num[num] = numDef{abstract: attr(se, "val")}
			}
		}
	}
}

func (w *docxReader) readStyles(b []byte) {
	d := xml.NewDecoder(bytes.NewReader(b))
	var style string
	var ref numRef
	for {
		tok, err := d.Token()
		if err != nil {
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				style, ref = attr(t, "styleId"), numRef{}
			case "numId":
				ref.numID = attr(t, "val")
			case "ilvl":
				ref.ilvl = attr(t, "val")
			}
		case xml.EndElement:
			if t.Name.Local == "style" && style != "" && ref.numID != "" && ref.numID != "0" {
				w.styleNum[style] = ref
			}
		}
	}
}

// listPrefix is the prefix for a list paragraph: "• " for bullets, "N. "
// for numbered lists.
func (w *docxReader) listPrefix(ref numRef) string {
	if ref.numID == "" || ref.numID == "0" {
		return ""
	}
	if ref.ilvl == "" {
		ref.ilvl = "0"
	}
	fmtName := "bullet"
	if w.formats != nil {
		if f, ok := w.formats[w.num[ref.numID].abstract+"/"+ref.ilvl]; ok {
			fmtName = f
		}
	}
	switch fmtName {
	case "none":
		return ""
	case "decimal", "decimalZero", "decimalEnclosedParen", "decimalEnclosedFullstop":
		key := ref.numID + "/" + ref.ilvl
		w.counters[key]++
		// Deeper levels restart when a shallower one moves on.
		lvl, _ := strconv.Atoi(ref.ilvl)
		for k := lvl + 1; k < 10; k++ {
			delete(w.counters, ref.numID+"/"+strconv.Itoa(k))
		}
		return strconv.Itoa(w.counters[key]) + ". "
	}
	return "• "
}

// symBullets are Symbol/Wingdings code points (w:sym) that draw bullets.
var symBullets = map[string]bool{"F0B7": true, "F0A7": true, "F0D8": true, "F0FC": true, "F076": true,
	"F0A8": true, "F06C": true, "F06E": true, "F0E0": true, "F09F": true, "2022": true, "00B7": true}

// parse streams one WordprocessingML part. It returns the lines read so far
// together with an error when the XML is broken.
func (w *docxReader) parse(b []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	f := &flow{}
	var stack []string // open element local names
	var alt []bool     // per open mc:AlternateContent: a branch was taken
	var sdt []bool     // per open w:sdt: it shows placeholder text
	runHidden := false
	// White text on a white page is invisible: keyword stuffing. It is only
	// judged outside tables and text boxes (which may have dark fills) and
	// when neither the run, the paragraph nor the page is coloured.
	runWhite, runShaded, paraShaded, darkPage := false, false, false, false
	boxDepth := 0
	var pref numRef
	parent := func() string {
		if len(stack) < 2 {
			return ""
		}
		return stack[len(stack)-2]
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			w.hidden += f.hidden
			return f.finish(), err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			skip := false
			switch name {
			case "sdtPr":
				// A content control still showing its placeholder ("Click
				// here to enter text") holds template text, not the résumé.
				ph, err := placeholder(d)
				if err != nil {
					w.hidden += f.hidden
					return f.finish(), err
				}
				if len(sdt) > 0 {
					sdt[len(sdt)-1] = ph
				}
				continue
			case "sdtContent":
				skip = len(sdt) > 0 && sdt[len(sdt)-1]
			case "del", "moveFrom", "delText", "instrText", "sdtEndPr", "tblPr", "tblGrid",
				"trPr", "tcPr", "rPrChange", "pPrChange", "tblPrChange", "comment", "docPr":
				skip = true
			case "rPr":
				skip = len(stack) > 0 && stack[len(stack)-1] == "pPr" // paragraph mark
			case "Choice":
				if n := len(alt); n > 0 {
					skip = alt[n-1]
					alt[n-1] = true
				}
			case "Fallback":
				if n := len(alt); n > 0 {
					skip = alt[n-1]
					alt[n-1] = true
				}
			}
			if skip {
				if err := d.Skip(); err != nil {
					w.hidden += f.hidden
					return f.finish(), err
				}
				continue
			}
			stack = append(stack, name)
			switch name {
			case "AlternateContent":
				alt = append(alt, false)
			case "sdt":
				sdt = append(sdt, false)
			case "p":
				f.startPara()
				pref = numRef{}
				paraShaded = false
			case "background":
				darkPage = !isWhite(attr(t, "color"))
			case "txbxContent":
				boxDepth++
			case "color":
				if parent() == "rPr" {
					runWhite = strings.EqualFold(attr(t, "val"), "FFFFFF")
				}
			case "shd":
				switch parent() {
				case "rPr":
					runShaded = runShaded || !isWhite(attr(t, "fill"))
				case "pPr":
					paraShaded = paraShaded || !isWhite(attr(t, "fill"))
				}
			case "highlight":
				if parent() == "rPr" {
					runShaded = runShaded || !isWhite(attr(t, "val"))
				}
			case "pStyle":
				if parent() == "pPr" {
					if r, ok := w.styleNum[attr(t, "val")]; ok && pref.numID == "" {
						pref = r
					} else if s := strings.ToLower(attr(t, "val")); pref.numID == "" && strings.Contains(s, "bullet") {
						pref = numRef{numID: "style-bullet"}
					}
				}
			case "numId":
				if parent() == "numPr" {
					pref.numID = attr(t, "val")
				}
			case "ilvl":
				if parent() == "numPr" {
					pref.ilvl = attr(t, "val")
				}
			case "r":
				runHidden, runWhite, runShaded = false, false, false
			case "vanish", "specVanish":
				if parent() == "rPr" && onOff(attr(t, "val")) {
					runHidden = true
				}
			case "sz":
				if parent() == "rPr" {
					if v, err := strconv.Atoi(attr(t, "val")); err == nil && v > 0 && v <= 2 {
						runHidden = true // 1pt or smaller: unreadable on paper
					}
				}
			case "tab", "ptab":
				if parent() == "r" && !runHidden {
					f.text("\t")
				}
			case "br", "cr":
				if parent() == "r" && !runHidden {
					f.lineBreak()
				}
			case "noBreakHyphen":
				if parent() == "r" && !runHidden {
					f.text("-")
				}
			case "sym":
				if parent() == "r" && !runHidden && symBullets[strings.ToUpper(attr(t, "char"))] {
					f.text("•")
				}
			case "tbl":
				f.startTable()
			case "tc":
				f.startCell()
			}
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch name {
			case "AlternateContent":
				if len(alt) > 0 {
					alt = alt[:len(alt)-1]
				}
			case "txbxContent":
				boxDepth--
			case "sdt":
				if len(sdt) > 0 {
					sdt = sdt[:len(sdt)-1]
				}
			case "pPr":
				if len(f.paras) > 0 && pref.numID != "" {
					if pref.numID == "style-bullet" {
						f.top().prefix = "• "
					} else {
						f.top().prefix = w.listPrefix(pref)
					}
				}
			case "p":
				f.endPara()
			case "r":
				runHidden = false
			case "tc":
				f.endCell()
			case "tr":
				f.endRow()
			case "tbl":
				f.endTable()
			}
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] == "t" && parent() != "" {
				white := runWhite && !runShaded && !paraShaded && !darkPage && boxDepth == 0 && len(f.tables) == 0
				if runHidden || white && strings.TrimSpace(string(t)) != "" {
					f.hidden += len(t)
					continue
				}
				f.text(string(t))
			}
		}
	}
	w.hidden += f.hidden
	w.truncated = w.truncated || f.truncated
	return f.finish(), nil
}

// onOff reads an OOXML boolean attribute; absent means true.
func onOff(v string) bool {
	switch strings.ToLower(v) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}

// isWhite is true for an OOXML colour that paints nothing on a white page.
func isWhite(v string) bool {
	switch strings.ToLower(v) {
	case "", "auto", "ffffff", "white", "none", "clear":
		return true
	}
	return false
}

// placeholder consumes a w:sdtPr element and reports whether it marks the
// content as placeholder text (w:showingPlcHdr).
func placeholder(d *xml.Decoder) (bool, error) {
	ph := false
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return ph, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if t.Name.Local == "showingPlcHdr" && onOff(attr(t, "val")) {
				ph = true
			}
		case xml.EndElement:
			depth--
		}
	}
	return ph, nil
}
