package main

import (
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	cases := []struct {
		name string
		src  string
		md   bool
		want []string // substrings of the HTML, in order
		not  []string
	}{
		{"markdown", "# Jane Doe, RN\n## Experience\n- Built **FHIR** APIs\n- Led *go-live*\n\nPlain line\n", true,
			[]string{"Jane Doe · Page", "<h1>Jane Doe, RN</h1>", "<h2>Experience</h2>", "<ul>", "<li>Built <b>FHIR</b> APIs</li>",
				"<li>Led <i>go-live</i></li>", "</ul>", "<p>Plain line</p>"}, nil},
		{"table", "| Dates | Role |\n|---|---|\n| 2020 – Present | Analyst |\n", true,
			[]string{"<table>", `<td valign="top"><b>Dates</b></td>`, `<td valign="top">2020 – Present</td>`, "</table>"},
			[]string{"---"}},
		{"text", "JANE DOE\nSUMMARY\nAnalyst & builder <x>\n• Built a registry\nSenior Analyst — Acme          2019 – Present\n", false,
			[]string{"<h1>JANE DOE</h1>", "<h2>SUMMARY</h2>", "<p>Analyst &amp; builder &lt;x&gt;</p>", "<li>Built a registry</li>",
				"Acme &emsp;&emsp;&emsp; 2019"}, []string{"<x>"}},
		{"text is not markdown", "Jane\n**not bold** # not heading\n", false,
			[]string{"<p>**not bold** # not heading</p>"}, []string{"<b>"}},
	}
	for _, c := range cases {
		var b strings.Builder
		Render(&b, c.src, c.md)
		out := b.String()
		rest := out
		for _, w := range c.want {
			i := strings.Index(rest, w)
			if i < 0 {
				t.Errorf("%s: %q missing or out of order in\n%s", c.name, w, out)
				break
			}
			rest = rest[i+len(w):]
		}
		for _, n := range c.not {
			if strings.Contains(out[strings.Index(out, "<body>"):], n) {
				t.Errorf("%s: %q should not appear in\n%s", c.name, n, out)
			}
		}
	}
}
