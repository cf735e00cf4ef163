// Command mkfixtures writes the realistic format fixtures in
// testdata/formats: one fictional résumé rendered as DOCX (Word-style
// parts: header, footer, numbering, a table, a text box with
// mc:AlternateContent, a tracked deletion), as ODT and as Markdown. The
// output is deterministic, so the committed files only change when this
// program does.
//
// The resume-libreoffice.* and legacy-libreoffice.* files next to them are
// LibreOffice 7.4 conversions of resume.docx, committed as made:
//
//	soffice --headless --convert-to pdf resume.docx   # resume-libreoffice.pdf
//	soffice --headless --convert-to odt resume.docx   # resume-libreoffice.odt
//	soffice --headless --convert-to docx:"MS Word 2007 XML" resume-libreoffice.odt
//	soffice --headless --convert-to doc resume.docx   # legacy-libreoffice.doc
//	soffice --headless --convert-to rtf resume.docx   # legacy-libreoffice.rtf
//	soffice --headless --convert-to html resume.docx  # resume-libreoffice.html
//	soffice --headless --convert-to fodt resume.docx  # resume-libreoffice.fodt
//	soffice --headless --convert-to 'xml:MS Word 2003 XML' resume.docx  # resume-libreoffice-word2003.xml
//
// Usage, from the repository root:
//
//	go run ./tools/mkfixtures [-out testdata/formats]
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
)

// block is one piece of the résumé body.
type block struct {
	kind  string     // "h1", "h2", "p", "bullet", "table"
	text  string     // h1, h2, p, bullet
	rows  [][]string // table
	label string     // optional bold lead-in for p
	head  []string   // table header (Markdown only)
}

var (
	name    = "Morgan Ellery-Okafor"
	contact = "Interoperability Engineer · Bristol, UK · morgan.okafor@example.org · +44 117 496 0000"
	footer  = "Morgan Ellery-Okafor — curriculum vitae"
	sidebar = []string{"Certifications", "HL7 FHIR R4 Proficiency (HL7 International), 2023",
		"Certified Health Informatician Australasia (CHIA), 2021", "ITIL 4 Foundation, 2019"}
	body = []block{
		{kind: "h2", text: "Profile"},
		{kind: "p", text: "Interoperability engineer with eight years of experience connecting electronic patient records, " +
			"laboratory systems and regional shared care records across NHS trusts. I design HL7 v2 and FHIR interfaces, " +
			"build integration engine routes, and turn clinical workflow requirements into message specifications that " +
			"suppliers can implement and test."},
		{kind: "h2", text: "Experience"},
		{kind: "table", head: []string{"Dates", "Role", "Organisation"}, rows: [][]string{
			{"2021 – present", "Lead Integration Engineer", "Severn Valley University Hospitals NHS Trust"},
			{"2018 – 2021", "Integration Analyst", "West Country Pathology Network"},
			{"2016 – 2018", "Application Support Analyst", "Avonmouth Community Health"},
		}},
		{kind: "p", label: "Severn Valley University Hospitals.", text: "Lead a team of four engineers running InterSystems HealthShare and Rhapsody."},
		{kind: "bullet", text: "Designed FHIR R4 APIs (Patient, Encounter, Observation, DocumentReference) for the regional shared care record, using SMART on FHIR for app launch."},
		{kind: "bullet", text: "Migrated 140 HL7 v2 ADT, ORM and ORU interfaces from a legacy engine with zero unplanned downtime."},
		{kind: "bullet", text: "Mapped local pathology codes to LOINC and SNOMED CT and maintained the terminology server."},
		{kind: "bullet", text: "Wrote interface specifications and test scripts; chaired the weekly change advisory board for integration changes."},
		{kind: "p", label: "West Country Pathology Network.", text: "Built and supported laboratory order and result messaging for five hospitals."},
		{kind: "bullet", text: "Configured Mirth Connect channels for HL7 v2.4 order communications and result distribution to GP systems."},
		{kind: "bullet", text: "Reduced failed result messages by 60% by adding validation and automated alerting."},
		{kind: "h2", text: "Skills"},
		{kind: "table", head: []string{"Area", "Skills"}, rows: [][]string{
			{"Standards", "HL7 v2, FHIR R4, CDA, DICOM, IHE XDS and PIX/PDQ"},
			{"Engines and tools", "Rhapsody, Mirth Connect, HealthShare, Postman, Git"},
			{"Programming", "Python, JavaScript, SQL, XSLT"},
			{"Terminology", "SNOMED CT, LOINC, ICD-10, dm+d"},
		}},
		{kind: "h2", text: "Education"},
		{kind: "p", text: "MSc Health Informatics, University of Bath, 2016"},
		{kind: "p", text: "BSc Biomedical Science, Cardiff University, 2014"},
	}
)

func main() {
	out := flag.String("out", filepath.Join("testdata", "formats"), "output directory")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "mkfixtures:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	docx, err := buildZip(docxParts())
	if err != nil {
		return err
	}
	odt, err := buildZip(odtParts())
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"resume.docx": docx,
		"resume.odt":  odt,
		"resume.md":   []byte(markdown()),
	}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(out, n), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

type part struct {
	name, body string
	store      bool
}

// buildZip writes entries in order with fixed timestamps.
func buildZip(parts []part) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		m := zip.Deflate
		if p.store {
			m = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: m})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			return nil, err
		}
	}
	err := zw.Close()
	return buf.Bytes(), err
}

func esc(s string) string { return html.EscapeString(s) }

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"`

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

func wRun(text string, bold bool) string {
	rpr := ""
	if bold {
		rpr = `<w:rPr><w:b/></w:rPr>`
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

func wPara(style, content string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + content + `</w:p>`
}

func docxParts() []part {
	var b strings.Builder
	b.WriteString(xmlHead + `<w:document ` + wNS + `><w:body>`)
	// Name, with the certifications sidebar anchored in a text box.
	var box strings.Builder
	for i, s := range sidebar {
		box.WriteString(wPara("", wRun(s, i == 0)))
	}
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>` + wRun(name, false) +
		`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
		`<wp:simplePos x="0" y="0"/><wp:extent cx="2000000" cy="1200000"/><wp:docPr id="1" name="Sidebar" descr="certifications box"/>` +
		`<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>` +
		box.String() + `</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape id="Sidebar" style="width:157pt;height:94pt"><v:textbox><w:txbxContent>` + box.String() +
		`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`)
	for _, bl := range body {
		switch bl.kind {
		case "h2":
			b.WriteString(wPara("Heading2", wRun(bl.text, false)))
		case "p":
			content := ""
			if bl.label != "" {
				content = wRun(bl.label+" ", true)
			}
			text := bl.text
			if strings.HasPrefix(text, "Lead a team of four") {
				// A tracked change: "three" deleted, "four" inserted.
				content += wRun("Lead a team of ", false) +
					`<w:del w:id="1" w:author="M" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>three</w:delText></w:r></w:del>` +
					`<w:ins w:id="2" w:author="M" w:date="2024-01-01T00:00:00Z">` + wRun("four", false) + `</w:ins>` +
					wRun(strings.TrimPrefix(text, "Lead a team of four"), false)
			} else {
				content += wRun(text, false)
			}
			b.WriteString(wPara("", content))
		case "bullet":
			b.WriteString(`<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
				wRun(bl.text, false) + `</w:p>`)
		case "table":
			b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`)
			for range bl.rows[0] {
				b.WriteString(`<w:gridCol w:w="3000"/>`)
			}
			b.WriteString(`</w:tblGrid>`)
			for _, row := range bl.rows {
				b.WriteString(`<w:tr>`)
				for _, c := range row {
					b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>` + wPara("", wRun(c, false)) + `</w:tc>`)
				}
				b.WriteString(`</w:tr>`)
			}
			b.WriteString(`</w:tbl>`)
		}
	}
	b.WriteString(`<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/>` +
		`<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`)

	hdr := xmlHead + `<w:hdr ` + wNS + `>` + wPara("Header", wRun(contact, false)) + `</w:hdr>`
	ftr := xmlHead + `<w:ftr ` + wNS + `>` + wPara("Footer", wRun(footer+" — page ", false)+
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`+
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`+wRun("1", false)+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`) + `</w:ftr>`
	numbering := xmlHead + `<w:numbering ` + wNS + `><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/><w:lvlJc w:val="left"/>` +
		`<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	styles := xmlHead + `<w:styles ` + wNS + `><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style></w:styles>`
	ct := xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
		`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`
	rels := xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`
	docRels := xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
		`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`
	core := xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>CV</dc:title><dc:creator>rolefit mkfixtures</dc:creator></cp:coreProperties>`
	return []part{
		{name: "[Content_Types].xml", body: ct},
		{name: "_rels/.rels", body: rels},
		{name: "word/document.xml", body: b.String()},
		{name: "word/_rels/document.xml.rels", body: docRels},
		{name: "word/styles.xml", body: styles},
		{name: "word/numbering.xml", body: numbering},
		{name: "word/header1.xml", body: hdr},
		{name: "word/footer1.xml", body: ftr},
		{name: "docProps/core.xml", body: core},
	}
}

const odfNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
	`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ` +
	`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
	`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
	`xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ` +
	`xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ` +
	`xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ` +
	`xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"`

func odtParts() []part {
	var b strings.Builder
	b.WriteString(xmlHead + `<office:document-content ` + odfNS + `><office:automatic-styles>` +
		`<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>` +
		`</office:automatic-styles><office:body><office:text>`)
	b.WriteString(`<text:h text:outline-level="1">` + esc(name) + `</text:h>`)
	b.WriteString(`<text:p><draw:frame draw:name="Sidebar" svg:width="6cm" svg:height="4cm"><svg:title>certifications box</svg:title><draw:text-box>`)
	for i, s := range sidebar {
		if i == 0 {
			b.WriteString(`<text:p><text:span text:style-name="T1">` + esc(s) + `</text:span></text:p>`)
		} else {
			b.WriteString(`<text:p>` + esc(s) + `</text:p>`)
		}
	}
	b.WriteString(`</draw:text-box></draw:frame></text:p>`)
	inList := false
	for _, bl := range body {
		if bl.kind != "bullet" && inList {
			b.WriteString(`</text:list>`)
			inList = false
		}
		switch bl.kind {
		case "h2":
			b.WriteString(`<text:h text:outline-level="2">` + esc(bl.text) + `</text:h>`)
		case "p":
			b.WriteString(`<text:p>`)
			if bl.label != "" {
				b.WriteString(`<text:span text:style-name="T1">` + esc(bl.label) + `</text:span><text:s/>`)
			}
			b.WriteString(esc(bl.text) + `</text:p>`)
		case "bullet":
			if !inList {
				b.WriteString(`<text:list text:style-name="L1">`)
				inList = true
			}
			b.WriteString(`<text:list-item><text:p>` + esc(bl.text) + `</text:p></text:list-item>`)
		case "table":
			b.WriteString(`<table:table table:name="T"><table:table-column table:number-columns-repeated="` +
				fmt.Sprint(len(bl.rows[0])) + `"/>`)
			for _, row := range bl.rows {
				b.WriteString(`<table:table-row>`)
				for _, c := range row {
					b.WriteString(`<table:table-cell office:value-type="string"><text:p>` + esc(c) + `</text:p></table:table-cell>`)
				}
				b.WriteString(`</table:table-row>`)
			}
			b.WriteString(`</table:table>`)
		}
	}
	if inList {
		b.WriteString(`</text:list>`)
	}
	b.WriteString(`</office:text></office:body></office:document-content>`)

	styles := xmlHead + `<office:document-styles ` + odfNS + `><office:master-styles><style:master-page style:name="Standard">` +
		`<style:header><text:p>` + esc(contact) + `</text:p></style:header>` +
		`<style:footer><text:p>` + esc(footer) + ` — page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>` +
		`</style:master-page></office:master-styles></office:document-styles>`
	manifest := xmlHead + `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
		`<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>` +
		`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
		`<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>`
	return []part{
		{name: "mimetype", body: "application/vnd.oasis.opendocument.text", store: true},
		{name: "content.xml", body: b.String()},
		{name: "styles.xml", body: styles},
		{name: "META-INF/manifest.xml", body: manifest},
	}
}

func markdown() string {
	var b strings.Builder
	b.WriteString("# " + name + "\n" + contact + "\n\n")
	for _, bl := range body {
		switch bl.kind {
		case "h2":
			if bl.text == "Education" {
				b.WriteString("\n## " + sidebar[0] + "\n")
				for _, s := range sidebar[1:] {
					b.WriteString("- " + s + "\n")
				}
			}
			b.WriteString("\n## " + bl.text + "\n")
		case "p":
			if bl.label != "" {
				b.WriteString("\n**" + bl.label + "** ")
			}
			b.WriteString(bl.text + "\n")
		case "bullet":
			b.WriteString("- " + bl.text + "\n")
		case "table":
			b.WriteString("\n| " + strings.Join(bl.head, " | ") + " |\n|")
			for range bl.rows[0] {
				b.WriteString("---|")
			}
			b.WriteString("\n")
			for _, row := range bl.rows {
				b.WriteString("| " + strings.Join(row, " | ") + " |\n")
			}
		}
	}
	return b.String()
}
