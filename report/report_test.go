package report

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rolefit/rolefit/matcher"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

type renderFunc func(io.Writer, []Entry, Options) error

var formats = []struct {
	ext    string
	render renderFunc
}{
	{"html", HTML},
	{"md", Markdown},
}

func render(t *testing.T, f renderFunc, entries []Entry, opts Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := f(&b, entries, opts); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name    string
		entries []Entry
	}{
		{"single", singleEntries()},
		{"cohort", cohortEntries()},
	}
	for _, c := range cases {
		for _, f := range formats {
			t.Run(c.name+"."+f.ext, func(t *testing.T) {
				got := render(t, f.render, c.entries, testOpts)
				// Rendering twice gives the same bytes.
				if again := render(t, f.render, c.entries, testOpts); again != got {
					t.Fatal("output is not deterministic")
				}
				path := filepath.Join("testdata", "golden", c.name+"."+f.ext)
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test ./report -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from the golden file; diff:\n%s", path, lineDiff(string(want), got))
				}
			})
		}
	}
}

// lineDiff reports the first differing lines, enough to find a regression.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + ":\n- " + wl + "\n+ " + gl + "\n")
			shown++
		}
	}
	return b.String()
}

// TestEscaping checks that résumé text cannot inject markup in either
// format, whatever field it arrives in.
func TestEscaping(t *testing.T) {
	const evil = `<script>alert("x")</script> | **bold** [link](http://x) _u_`
	e := aliceEntry()
	e.File = "dir/" + evil + ".pdf"
	e.DomainReason = evil
	e.SeniorityEvidence = []string{evil}
	e.Roles[0].Matched[0].Evidence[0].Text = evil
	e.Roles[0].Matched[0].Evidence[0].Section = evil
	e.Roles[0].Missing[0].Skill = evil
	e.InProgress[0].Evidence[0].Text = evil
	bad := daveEntry()
	bad.Error = evil
	bad.Hint = evil
	opts := testOpts
	opts.Title = evil
	for _, tc := range []struct {
		name    string
		entries []Entry
	}{{"single", []Entry{e}}, {"cohort", []Entry{e, bad}}} {
		t.Run(tc.name+".html", func(t *testing.T) {
			out := render(t, HTML, tc.entries, opts)
			if strings.Contains(strings.ToLower(out), "<script") {
				t.Error("HTML contains an unescaped <script")
			}
			if strings.Contains(out, "<b>") {
				t.Error("HTML contains unescaped résumé markup <b>")
			}
			if !strings.Contains(out, "&lt;script&gt;") {
				t.Error("HTML lost the escaped résumé text")
			}
			if strings.Contains(out, `href="http`) {
				t.Error("HTML links to the network")
			}
		})
		t.Run(tc.name+".md", func(t *testing.T) {
			out := render(t, Markdown, tc.entries, opts)
			if unescaped(out, "<script") || unescaped(out, "<b>") {
				t.Error("Markdown contains raw HTML from résumé text")
			}
			if strings.Contains(out, "**bold**") || strings.Contains(out, "[link](") {
				t.Error("Markdown contains unescaped emphasis or a link from résumé text")
			}
			if !strings.Contains(out, `\<script\>`) || !strings.Contains(out, `\|`) || !strings.Contains(out, `\*\*bold\*\*`) {
				t.Error("Markdown lost the escaped résumé text")
			}
			// No row of a table may gain cells from résumé text.
			checkTables(t, out)
		})
	}
}

// unescaped reports whether s holds sub not preceded by a backslash.
func unescaped(s, sub string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], sub)
		if k < 0 {
			return false
		}
		if i+k == 0 || s[i+k-1] != '\\' {
			return true
		}
		i += k + 1
	}
}

// checkTables verifies that every row of each Markdown table has as many
// unescaped cell separators as the table's header.
func checkTables(t *testing.T, md string) {
	t.Helper()
	want := -1
	for i, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			want = -1
			continue
		}
		n := strings.Count(line, "|") - strings.Count(line, `\|`)
		if want < 0 {
			want = n
			continue
		}
		if n != want {
			t.Errorf("table row at line %d has %d separators, header has %d: %s", i+1, n, want, line)
		}
	}
}

func TestContent(t *testing.T) {
	single := render(t, HTML, singleEntries(), testOpts)
	for _, want := range []string{
		"Health Data Analyst", "width: 82%", "band-strong",
		"experience, line 12",     // evidence with section and line
		"Statistics",              // required gap
		"HL7 FHIR R4 Proficiency", // certification that closes a gap
		"Credentials in progress",
		"4 years of experience",
		"In domain:",
	} {
		if !strings.Contains(single, want) {
			t.Errorf("single HTML lacks %q", want)
		}
	}
	// Gaps are an action list: the required Statistics before preferred CHDA.
	if i, j := strings.Index(single, "Statistics"), strings.Index(single, "<strong>CHDA</strong></td><td class=\"muted\">preferred"); i < 0 || j < 0 || i > j {
		t.Errorf("required gap should come before preferred gap (%d, %d)", i, j)
	}
	if strings.Contains(single, "Cohort summary") {
		t.Error("single report has a cohort summary")
	}

	cohort := render(t, HTML, cohortEntries(), testOpts)
	for _, want := range []string{
		"Cohort summary", "4 files: 3 scored, 1 off-domain, 1 not scored.",
		`href="#student-4"`, `id="student-4"`, "dave-scan.pdf", "not scored: no_text",
		"Off-domain: no health-informatics role fits",
		"missing for 2 of 2", // statistics missing for alice and bob
		"Hidden text",
	} {
		if !strings.Contains(cohort, want) {
			t.Errorf("cohort HTML lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "http://", "https://", "@import", "url("} {
		if strings.Contains(single+cohort, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	for _, f := range formats {
		// No entries, an ok entry without a result, and out-of-range scores
		// must all render without error.
		if _, err := io.Copy(io.Discard, strings.NewReader(render(t, f.render, nil, Options{}))); err != nil {
			t.Fatal(err)
		}
		odd := aliceEntry()
		odd.Roles[0].Score = 140
		odd.Roles[1].Band = "bogus"
		noResult := Entry{File: "", Status: "ok"}
		out := render(t, f.render, []Entry{odd, noResult}, Options{})
		if strings.Contains(out, "140") || strings.Contains(out, "band-bogus") {
			t.Errorf("%s: out-of-range score or band was not clamped", f.ext)
		}
		if !strings.Contains(out, "Student 2") {
			t.Errorf("%s: unnamed entry has no display name", f.ext)
		}
	}
}

func TestGapCap(t *testing.T) {
	e := aliceEntry()
	for i := 0; i < 15; i++ {
		e.Roles[0].Missing = append(e.Roles[0].Missing, matcher.Gap{ID: fmt.Sprintf("extra-%02d", i), Skill: fmt.Sprintf("Extra %02d", i), Importance: "preferred", Weight: 1})
	}
	for _, f := range formats {
		out := render(t, f.render, []Entry{e}, testOpts)
		// 17 gaps: the 2 heavier ones and 8 extras listed, 7 counted.
		if !strings.Contains(out, "And 7 more, of lower priority.") {
			t.Errorf("%s: gap list not capped", f.ext)
		}
		if !strings.Contains(out, "Extra 07") || strings.Contains(out, "Extra 08") {
			t.Errorf("%s: wrong gaps listed", f.ext)
		}
		if !strings.Contains(out, "Statistics") {
			t.Errorf("%s: required gap dropped", f.ext)
		}
	}
}

func TestShortTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Clinical Informaticist (nurse, pharmacist or physician informaticist)": "Clinical Informaticist",
		"Health Data Analyst": "Health Data Analyst",
		"(odd)":               "(odd)",
	} {
		if got := shortTitle(in); got != want {
			t.Errorf("shortTitle(%q) = %q, want %q", in, got, want)
		}
	}
}
