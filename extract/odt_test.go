package extract

import (
	"errors"
	"strings"
	"testing"
)

func TestODT(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		styles string
		want   string
		flags  []string
	}{
		{"paragraphs and headings", `<text:h text:outline-level="1">Jane Doe</text:h><text:p>Health data analyst</text:p>`, "",
			"Jane Doe\nHealth data analyst", nil},
		{"spans", `<text:p>Inter<text:span text:style-name="b">operability</text:span></text:p>`, "", "Interoperability", nil},
		{"spaces", `<text:p>a<text:s/>b<text:s text:c="3"/>c</text:p>`, "", "a b   c", nil},
		{"collapsed whitespace", "<text:p>SQL,\n      Python</text:p>", "", "SQL, Python", nil},
		{"tab and line break", `<text:p>2020<text:tab/>Analyst<text:line-break/>Leeds</text:p>`, "", "2020\tAnalyst\nLeeds", nil},
		{"list", `<text:list><text:list-item><text:p>SQL</text:p></text:list-item><text:list-item><text:p>Python</text:p>` +
			`<text:list><text:list-item><text:p>pandas</text:p></text:list-item></text:list></text:list-item></text:list>`, "",
			"• SQL\n• Python\n• pandas", nil},
		{"table", `<table:table><table:table-column table:number-columns-repeated="2"/><table:table-row>` +
			`<table:table-cell><text:p>2020</text:p></table:table-cell><table:table-cell><text:p>Analyst</text:p></table:table-cell></table:table-row>` +
			`<table:table-row><table:table-cell><text:p>2021</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>Lead</text:p></table:table-cell></table:table-row></table:table>`, "",
			"2020 | Analyst\n2021 | Lead", nil},
		{"text box", `<text:p><draw:frame><svg:title>Picture title</svg:title><draw:text-box><text:p>Sidebar text</text:p></draw:text-box></draw:frame>Main</text:p>`, "",
			"Main\nSidebar text", nil},
		{"link", `<text:p>See <text:a xlink:href="https://x.org" xmlns:xlink="http://www.w3.org/1999/xlink">x.org</text:a></text:p>`, "", "See x.org", nil},
		{"tracked deletion", `<text:tracked-changes><text:changed-region><text:deletion><text:p>removed words</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
			`<text:p>kept</text:p>`, "", "kept", nil},
		{"annotation", `<text:p>Text<office:annotation><dc:creator>A</dc:creator><text:p>comment</text:p></office:annotation></text:p>`, "", "Text", nil},
		{"footnote", `<text:p>Claim<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Source</text:p></text:note-body></text:note></text:p>`, "",
			"Claim\nSource", nil},
		{"hidden", `<text:p>Shown<text:hidden-text text:is-hidden="true" text:string-value="keywords"/></text:p>`, "", "Shown", []string{"hidden_text"}},
		{"header and footer", `<text:p>Body</text:p>`,
			`<style:master-page style:name="Standard"><style:header><text:p>Jane Doe</text:p></style:header>` +
				`<style:header-left><text:p>Jane Doe</text:p></style:header-left><style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page>`,
			"Jane Doe\n\nBody\n\nPage 1", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, flags, err := extractODT(buildODT(t, tt.body, tt.styles))
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

func TestODTErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		msg  string
	}{
		{"no content", buildZip(t, entry{name: "mimetype", body: odtMime, store: true}), "odt is damaged: it has no content.xml"},
		{"broken xml", buildZip(t, entry{name: "mimetype", body: odtMime, store: true}, entry{name: "content.xml", body: "<office:text><<"}),
			"odt is damaged: its content xml cannot be parsed"},
		{"not a zip", []byte("PK\x03\x04xx"), "odt is damaged: not a valid zip archive"},
		{"password", buildZip(t, entry{name: "mimetype", body: odtMime, store: true},
			entry{name: "META-INF/manifest.xml", body: `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">` +
				`<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>`},
			entry{name: "content.xml", body: "\x8f\x01binary"}), "odt is password-protected"},
	}
	for _, tt := range tests {
		_, _, err := extractODT(tt.data)
		var xe *Error
		if !errors.As(err, &xe) || xe.Msg != tt.msg {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.msg)
		}
	}
}
