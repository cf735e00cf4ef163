package extract

import (
	"errors"
	"strings"
	"testing"
)

func TestDOCX(t *testing.T) {
	numbering := entry{name: "word/numbering.xml", body: docxPart("numbering",
		`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>`+
			`<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>`+
			`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`)}
	styles := entry{name: "word/styles.xml", body: docxPart("styles",
		`<w:style w:type="paragraph" w:styleId="MyBullets"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`)}
	tests := []struct {
		name  string
		body  string
		extra []entry
		want  string
		flags []string
	}{
		{"paragraphs", p("Jane Doe") + p("Health data analyst"), nil, "Jane Doe\nHealth data analyst", nil},
		{"runs join", `<w:p><w:r><w:t>Inter</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>operability</w:t></w:r></w:p>`, nil,
			"Interoperability", nil},
		{"preserved space", `<w:p><w:r><w:t xml:space="preserve">SQL </w:t></w:r><w:r><w:t>Python</w:t></w:r></w:p>`, nil,
			"SQL Python", nil},
		{"tab and breaks", `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` +
			`<w:r><w:t>2020</w:t><w:tab/><w:t>Analyst</w:t><w:br/><w:t>Leeds</w:t><w:cr/><w:t>UK</w:t></w:r></w:p>`, nil,
			"2020\tAnalyst\nLeeds\nUK", nil},
		{"hyphens and symbols", `<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> Built ETL</w:t>` +
			`<w:noBreakHyphen/><w:t>based re</w:t><w:softHyphen/><w:t>ports</w:t></w:r></w:p>`, nil,
			"• Built ETL-based reports", nil},
		{"deleted and inserted", `<w:p><w:r><w:t xml:space="preserve">Led </w:t></w:r><w:del w:id="1"><w:r><w:delText>three</w:delText></w:r></w:del>` +
			`<w:ins w:id="2"><w:r><w:t>five</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> projects</w:t></w:r></w:p>`, nil,
			"Led five projects", nil},
		{"field code skipped", `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.org" </w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x.org</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, nil,
			"x.org", nil},
		{"hyperlink", `<w:p><w:hyperlink r:id="rId9"><w:r><w:t>github.com/jane</w:t></w:r></w:hyperlink></w:p>`, nil, "github.com/jane", nil},
		{"table", `<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>` +
			`<w:tr><w:tc><w:tcPr><w:tcW w:w="1"/></w:tcPr>` + p("2019–2021") + `</w:tc><w:tc>` + p("Analyst") + `</w:tc><w:tc>` + p("NHS") + `</w:tc></w:tr>` +
			`<w:tr><w:tc>` + p("2021–") + `</w:tc><w:tc><w:p/></w:tc><w:tc>` + p("Trust") + `</w:tc></w:tr></w:tbl>`, nil,
			"2019–2021 | Analyst | NHS\n2021– | Trust", nil},
		{"layout table", `<w:tbl><w:tr><w:tc>` + p("SKILLS") + p("SQL") + p("Python") + `</w:tc><w:tc>` + p("EXPERIENCE") + p("Analyst, 2020") + `</w:tc></w:tr></w:tbl>`, nil,
			"SKILLS\nSQL\nPython\n\nEXPERIENCE\nAnalyst, 2020", nil},
		{"dates beside a job", `<w:tbl><w:tr><w:tc>` + p("2019 – 2021") + `</w:tc><w:tc>` + p("Senior Analyst, NHS Trust") + p("• Built dashboards") + p("• Led audits") + `</w:tc></w:tr>` +
			`<w:tr><w:tc>` + p("2016 – 2019") + `</w:tc><w:tc>` + p("Analyst") + `</w:tc></w:tr></w:tbl>`, nil,
			"2019 – 2021 | Senior Analyst, NHS Trust\n• Built dashboards\n• Led audits\n\n2016 – 2019 | Analyst", nil},
		{"nested table", `<w:tbl><w:tr><w:tc>` + p("Outer") + `<w:tbl><w:tr><w:tc>` + p("a") + `</w:tc><w:tc>` + p("b") + `</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`, nil,
			"Outer\na | b", nil},
		{"bullet list", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>SQL</w:t></w:r></w:p>` +
			`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Python</w:t></w:r></w:p>`,
			[]entry{numbering}, "• SQL\n• Python", nil},
		{"numbered list", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>First</w:t></w:r></w:p>` +
			`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>Second</w:t></w:r></w:p>`,
			[]entry{numbering}, "1. First\n2. Second", nil},
		{"list without numbering part", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>SQL</w:t></w:r></w:p>`,
			nil, "• SQL", nil},
		{"list by style", `<w:p><w:pPr><w:pStyle w:val="MyBullets"/></w:pPr><w:r><w:t>SQL</w:t></w:r></w:p>`,
			[]entry{numbering, styles}, "• SQL", nil},
		{"text box alternate content once", `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>` +
			p("Sidebar: FHIR, HL7") + `</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` +
			p("Sidebar: FHIR, HL7") + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
			`<w:r><w:t>Main text</w:t></w:r></w:p>`, nil, "Main text\nSidebar: FHIR, HL7", nil},
		{"fallback used when alone", `<w:p><w:r><mc:AlternateContent><mc:Fallback><w:pict><v:textbox><w:txbxContent>` + p("Only fallback") +
			`</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`, nil, "Only fallback", nil},
		{"vml text box", `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>` + p("Box text") + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
			nil, "Box text", nil},
		{"hidden text", `<w:p><w:r><w:t xml:space="preserve">Analyst </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>python java kubernetes</w:t></w:r>` +
			`<w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:t>tiny keywords</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>shown</w:t></w:r></w:p>`, nil,
			"Analyst shown", []string{"hidden_text"}},
		{"white text", `<w:p><w:r><w:t xml:space="preserve">Analyst </w:t></w:r><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>FHIR HL7 Epic</w:t></w:r></w:p>`, nil,
			"Analyst", []string{"hidden_text"}},
		{"white text on shading", `<w:p><w:pPr><w:shd w:val="clear" w:fill="1F3864"/></w:pPr><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>EXPERIENCE</w:t></w:r></w:p>` +
			`<w:p><w:r><w:rPr><w:color w:val="FFFFFF"/><w:highlight w:val="black"/></w:rPr><w:t>SKILLS</w:t></w:r></w:p>`, nil,
			"EXPERIENCE\nSKILLS", nil},
		{"white text in a table cell", `<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>Jane Doe</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`, nil,
			"Jane Doe", nil},
		{"paragraph mark properties", `<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:t>Visible</w:t></w:r></w:p>`, nil, "Visible", nil},
		{"content control", `<w:sdt><w:sdtPr><w:alias w:val="Name"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr><w:sdtContent>` +
			p("Jane Doe") + `</w:sdtContent></w:sdt>`, nil, "Jane Doe", nil},
		{"too many lines", p("first") + strings.Repeat(`<w:p/>`, maxLines) + p("late"), nil, "first", []string{"truncated"}},
		{"placeholder content control", `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>` + p("[Your Name]") + `</w:sdtContent></w:sdt>` +
			`<w:p><w:sdt><w:sdtPr><w:alias w:val="Email"/></w:sdtPr><w:sdtContent><w:r><w:t>jane@example.com</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
			nil, "jane@example.com", nil},
		{"blank paragraphs collapse", p("a") + `<w:p/><w:p/><w:p/>` + p("b"), nil, "a\n\nb", nil},
		{"headers and footers once", p("Body"), []entry{
			{name: "word/header1.xml", body: docxPart("hdr", p("Jane Doe — jane@example.com"))},
			{name: "word/header2.xml", body: docxPart("hdr", p("Jane Doe — jane@example.com"))},
			{name: "word/footer1.xml", body: docxPart("ftr", p("Page 1"))},
		}, "Jane Doe — jane@example.com\n\nBody\n\nPage 1", nil},
		{"footnotes", p("Body"), []entry{{name: "word/footnotes.xml", body: docxPart("footnotes",
			`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">`+p("A note")+`</w:footnote>`)}},
			"Body\n\nA note", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, flags, err := extractDOCX(buildDOCX(t, tt.body, tt.extra...))
			if err != nil {
				t.Fatal(err)
			}
			if text != tt.want {
				t.Errorf("text\n got %q\nwant %q", text, tt.want)
			}
			if strings.Join(flags, ",") != strings.Join(tt.flags, ",") {
				t.Errorf("flags = %v, want %v", flags, tt.flags)
			}
		})
	}
}

func TestDOCXMainPartFromRels(t *testing.T) {
	rels := `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`
	data := buildZip(t, entry{name: "[Content_Types].xml", body: contentTypes}, entry{name: "_rels/.rels", body: rels},
		entry{name: "word/document2.xml", body: docxBody(p("From the second part"))})
	text, _, err := extractDOCX(data)
	if err != nil || text != "From the second part" {
		t.Errorf("got %q, %v", text, err)
	}
}

func TestDOCXErrors(t *testing.T) {
	good := buildDOCX(t, p("Hello"))
	tests := []struct {
		name   string
		data   []byte
		status Status
		msg    string
	}{
		{"not a zip", []byte("PK\x03\x04 garbage"), StatusError, "docx is damaged: not a valid zip archive"},
		{"truncated", good[:len(good)/2], StatusError, "docx is damaged: not a valid zip archive"},
		{"no document part", buildZip(t, entry{name: "word/styles.xml", body: "<x/>"}), StatusError, "docx is damaged: it has no document part"},
		{"broken xml", buildZip(t, entry{name: "word/document.xml", body: "<w:document><<<"}), StatusError, "docx is damaged: its document xml cannot be parsed"},
		{"encrypted entry", encryptedEntry(t, buildDOCX(t, p("secret"))), StatusEncrypted, "docx is encrypted and needs a password"},
		{"zip bomb", buildDOCX(t, p(strings.Repeat("a", 51<<20))), StatusError, "docx expands to too much data (possible zip bomb); refusing to read it"},
		{"compression ratio", buildDOCX(t, p("x"), entry{name: "word/header1.xml", body: strings.Repeat("\x00", 4<<20)}),
			StatusError, "docx expands to too much data (possible zip bomb); refusing to read it"},
		{"too many entries", manyEntries(t, maxZipEntries), StatusError, "docx has too many parts (2001); refusing to read it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := extractDOCX(tt.data)
			var xe *Error
			if !errors.As(err, &xe) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if xe.Status != tt.status || xe.Msg != tt.msg {
				t.Errorf("got %q %q, want %q %q", xe.Status, xe.Msg, tt.status, tt.msg)
			}
		})
	}
}

// encryptedEntry sets the "encrypted" flag bit on every entry of an archive.
func encryptedEntry(t *testing.T, data []byte) []byte {
	out := append([]byte(nil), data...)
	for i := 0; i+8 < len(out); i++ {
		switch string(out[i : i+4]) {
		case "PK\x03\x04":
			out[i+6] |= 1
		case "PK\x01\x02":
			out[i+8] |= 1
		}
	}
	return out
}

func manyEntries(t *testing.T, n int) []byte {
	es := []entry{{name: "word/document.xml", body: docxBody(p("x"))}}
	for i := 0; i < n; i++ {
		es = append(es, entry{name: "word/media/" + strings.Repeat("x", 3) + string(rune('a'+i%26)) + "/" + itoa(i), body: ""})
	}
	return buildZip(t, es...)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}

func TestFlatXML(t *testing.T) {
	word2003 := `<?xml version="1.0"?><?mso-application progid="Word.Document"?>` +
		`<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>` +
		`<w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p><w:p><w:r><w:t>Analyst</w:t><w:tab/><w:t>2020</w:t></w:r></w:p></w:body></w:wordDocument>`
	flatOPC := `<?xml version="1.0"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
		`<pkg:part pkg:name="/word/document.xml"><pkg:xmlData>` + strings.TrimPrefix(docxBody(p("Jane Doe")), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`) +
		`</pkg:xmlData></pkg:part></pkg:package>`
	fodt := `<?xml version="1.0"?><office:document ` + odtNS + ` office:mimetype="application/vnd.oasis.opendocument.text">` +
		`<office:master-styles><style:master-page><style:header><text:p>Header line</text:p></style:header></style:master-page></office:master-styles>` +
		`<office:body><office:text><text:p>Jane Doe</text:p></office:text></office:body></office:document>`
	tests := []struct{ name, file, data, format, want string }{
		{"word 2003", "cv.xml", word2003, FormatDOCX, "Jane Doe\nAnalyst\t2020"},
		{"flat opc", "cv.xml", flatOPC, FormatDOCX, "Jane Doe"},
		{"flat odt", "cv.fodt", fodt, FormatODT, "Header line\n\nJane Doe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if f, err := Detect(tt.file, []byte(tt.data)); f != tt.format || err != nil {
				t.Fatalf("Detect = %q, %v", f, err)
			}
			var text string
			var err error
			if tt.format == FormatDOCX {
				text, _, err = extractDOCX([]byte(tt.data))
			} else {
				text, _, err = extractODT([]byte(tt.data))
			}
			if err != nil || text != tt.want {
				t.Errorf("text = %q, %v; want %q", text, err, tt.want)
			}
		})
	}
}
