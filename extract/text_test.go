package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf", "Jane\r\nAnalyst\r\n", "Jane\nAnalyst"},
		{"cr", "Jane\rAnalyst", "Jane\nAnalyst"},
		{"bom", "\uFEFFJane", "Jane"},
		{"nul and controls", "Ja\x00ne\x07 Doe\x1b", "Jane Doe"},
		{"tabs kept", "SQL\tPython", "SQL\tPython"},
		{"blank lines kept", "a\n\n\nb", "a\n\n\nb"},
		{"trailing space", "Jane   \nDoe\t", "Jane\nDoe"},
		{"nbsp and thin space", "Jane\u00a0Doe\u2009RN", "Jane Doe RN"},
		{"zero width and soft hyphen", "Inter\u00adoper\u200Bability", "Interoperability"},
		{"ligatures", "\uFB01nance of\uFB01ce", "finance office"},
		{"combining accent", "Jose\u0301", "José"},
		{"c1 control", "a\u0085b\u009fc", "a bc"},
		{"symbol font bullets", "\uF0B7 SQL\t\uF0A7 Python", "• SQL\t• Python"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := plainText(tt.in)
			if got != tt.want {
				t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := plainText(got); again != got {
				t.Errorf("not idempotent: %q -> %q", got, again)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf8", []byte("José"), "José"},
		{"utf16le bom", append([]byte{0xFF, 0xFE}, utf16le("Ana")...), "Ana"},
		{"utf16be bom", []byte{0xFE, 0xFF, 0, 'A', 0, 'n', 0, 'a'}, "Ana"},
		{"utf16le no bom", utf16le("Ana Lopez, analyst"), "Ana Lopez, analyst"},
		{"windows-1252", []byte("Ren\xe9 \x93quoted\x94"), "René “quoted”"},
	}
	for _, tt := range tests {
		got, ok := decodeText(tt.in, false)
		if !ok || got != tt.want {
			t.Errorf("%s: decodeText = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
	if _, ok := decodeText([]byte{0, 0, 0, 1, 2, 3, 0, 0, 4, 5}, false); ok {
		t.Error("binary accepted as text")
	}
}

func TestMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"headings", "# Jane Doe\n## Skills ##\nSetext\n======", "Jane Doe\nSkills\nSetext\n"},
		{"emphasis", "**Senior** analyst, *Epic* certified, __HL7__ and _FHIR_ ~~old~~", "Senior analyst, Epic certified, HL7 and FHIR old"},
		{"snake case kept", "used snake_case_names and 2*3*4", "used snake_case_names and 2*3*4"},
		{"links", "See [my portfolio](https://example.com/a_(b)) and ![logo](x.png) and [ref][1]", "See my portfolio and logo and ref"},
		{"link definition", "[1]: https://example.com", ""},
		{"autolink", "<https://example.com> <jane@example.com>", "https://example.com jane@example.com"},
		{"html", "Jane<br>Doe <span class=\"x\">RN</span> &amp; MPH", "Jane Doe RN & MPH"},
		{"html comment", "a <!-- hidden\nstill hidden --> b", "a\n b"},
		{"bullets", "- SQL\n* Python\n+ R\n  - nested\n1. first", "- SQL\n- Python\n- R\n  - nested\n1. first"},
		{"task list", "- [x] done\n- [ ] todo", "- done\n- todo"},
		{"table", "| Dates | Role |\n|---|:--:|\n| 2020 | Analyst |", "Dates | Role\n\n2020 | Analyst"},
		{"table escaped pipe", "| a \\| b | c |", "a | b | c"},
		{"quote", "> quoted *text*", "quoted text"},
		{"code", "Used `SELECT` daily\n```sql\nSELECT 1;\n```", "Used SELECT daily\n\nSELECT 1;\n"},
		{"rule", "text\n***\n- - -\nmore", "text\n\n\nmore"},
		{"front matter", "---\ntitle: CV\n---\n# Jane", "\ntitle: CV\n\nJane"},
		{"escapes", `C\# and 100\% \*not emphasis\*`, `C# and 100\% *not emphasis*`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := markdownToText(tt.in)
			if got != tt.want {
				t.Errorf("markdownToText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// Markdown keeps one output line per source line so that evidence line
// numbers match the file.
func TestMarkdownLineCount(t *testing.T) {
	in := "# A\n\n| x | y |\n|---|---|\n| 1 | 2 |\n```\ncode\n```\n<!--\nc\n-->\n- [link](u)\nend"
	got := markdownToText(in)
	if a, b := strings.Count(in, "\n"), strings.Count(got, "\n"); a != b {
		t.Errorf("line count changed: %d -> %d\n%q", a, b, got)
	}
	if !strings.HasSuffix(got, "\nend") {
		t.Errorf("last line moved: %q", got)
	}
}

func TestCleanLineValidUTF8(t *testing.T) {
	for _, s := range []string{"\xff\xfe", "a\xc3", "\xed\xa0\x80"} {
		if got := cleanLine(s); !utf8.ValidString(got) {
			t.Errorf("cleanLine(%q) = %q, not valid UTF-8", s, got)
		}
	}
}

func TestHTML(t *testing.T) {
	in := `<!DOCTYPE html><html><head><title>CV</title><style>p { color: red }</style></head>
<body><h1>Jane   Doe</h1><p>Health data
analyst &amp; SQL&nbsp;developer</p><!-- note -->
<script>var x = "<p>no</p>";</script>
<ul><li>SQL</li><li><b>Python</b></li></ul>
<table><tr><th>2020</th><td>Analyst</td></tr><tr><td>2021</td><td></td><td>Lead</td></tr></table>
<p>Line one<br>Line two</p></body></html>`
	want := "Jane Doe\n\nHealth data analyst & SQL developer\n\n• SQL\n• Python\n\n2020 | Analyst\n2021 | Lead\n\nLine one\nLine two"
	if got := htmlToText(in); got != want {
		t.Errorf("htmlToText\n got %q\nwant %q", got, want)
	}
}
