package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/skills"
)

// TestRealResult renders what the matcher really produces with the default
// vocabulary, so the report keeps up with the Result it is given.
func TestRealResult(t *testing.T) {
	v := skills.Default()
	m, err := matcher.Compile(v)
	if err != nil {
		t.Fatal(err)
	}
	const resume = "Jordan Lee\nHealth Data Analyst\n\nEXPERIENCE\n" +
		"Senior Data Analyst, Mercy Hospital, 2018-2025\n" +
		"- Wrote SQL queries against Epic Clarity to track 30-day readmissions\n" +
		"- Built Tableau dashboards for quality measures used by nursing leaders\n" +
		"- Validated data quality and documented metric definitions\n\n" +
		"SKILLS\nSQL, Python, R, Tableau, Excel, HL7, <script>x</script>\n\n" +
		"EDUCATION\nMaster of Public Health (MPH), 2017\n"
	res := m.Match(resume)
	e := Entry{File: "jordan.txt", Status: "ok", Format: "text", Result: res,
		Vocabulary: &Vocab{Name: v.Name, Version: v.Version, Hash: v.Hash}}
	opts := Options{Title: "Test", Generated: "2026-01-01", Roles: RolesOf(v), Certs: CertsOf(v)}
	for _, f := range formats {
		var b bytes.Buffer
		if err := f.render(&b, []Entry{e}, opts); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if len(res.Roles) == 0 {
			t.Fatal("no roles scored")
		}
		top := sortedRoles(res.Roles)[0]
		title := top.Title
		for _, r := range v.Roles {
			if r.ID == top.ID {
				title = r.Title
			}
		}
		if !strings.Contains(out, title) {
			t.Errorf("%s: top role %q missing", f.ext, title)
		}
		if f.ext == "html" && strings.Contains(out, "<script>") {
			t.Error("html: résumé markup not escaped")
		}
		// A cohort of the same entry twice renders too.
		b.Reset()
		if err := f.render(&b, []Entry{e, e}, opts); err != nil {
			t.Fatal(err)
		}
	}
	if len(RolesOf(v)) != len(v.Roles) {
		t.Error("RolesOf lost roles")
	}
}
