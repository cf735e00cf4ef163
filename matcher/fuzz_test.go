package matcher

import (
	"fmt"
	"strings"
	"testing"
)

// FuzzMatch checks that Match never panics, that every evidence line
// number points into the text, and that scores stay in range.
func FuzzMatch(f *testing.F) {
	seeds := []string{
		"",
		"\n\n\n",
		"Jane Doe, MD\nBaltimore, MD\nSKILLS\nSQL, R, Python/R, C++, C#, .NET",
		"EXPERIENCE\n• Built HL7/FHIR go-live R&D Dr. R. Patel 7 PM Mar 2021 – Present",
		"CERTIFICATIONS\nPMP exam scheduled; CPHIMS candidate; Security+ (in progress)",
		"ﬁ “quoted” — ‐ \u00a0 \u2028 \r\n\t",
		"- - - / / & & ^ ^ + + # # . . : :",
		"E X P E R I E N C E\n2019-2021 06/2018 - 03/2021 2015–2020",
		strings.Repeat("a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-", 20),
		"\xff\xfe invalid utf8 \xc3",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	m := testMatcher(f)
	f.Fuzz(func(t *testing.T, text string) {
		r := m.Match(text)
		lines := strings.Count(normalize(text), "\n") + 1
		check := func(fs []Found) {
			for _, fd := range fs {
				if len(fd.Evidence) == 0 {
					t.Errorf("skill %s has no evidence", fd.ID)
				}
				for _, e := range fd.Evidence {
					if e.Line < 1 || e.Line > lines {
						t.Errorf("skill %s: evidence line %d outside 1..%d", fd.ID, e.Line, lines)
					}
				}
			}
		}
		check(r.Skills)
		check(r.InProgress)
		for _, rs := range r.Roles {
			if rs.Score < 0 || rs.Score > 100 {
				t.Errorf("role %s score %d out of range", rs.ID, rs.Score)
			}
		}
		if r.Seniority != Junior && r.Seniority != Mid && r.Seniority != Senior {
			t.Errorf("seniority %q", r.Seniority)
		}
		// Differential: a leading blank line shifts evidence by one line
		// and changes nothing else.
		shifted := m.Match("\n" + text)
		if len(shifted.Skills) != len(r.Skills) {
			t.Errorf("leading blank line: %d skills, want %d", len(shifted.Skills), len(r.Skills))
		} else {
			for i, f := range shifted.Skills {
				g := r.Skills[i]
				if f.ID != g.ID || len(f.Evidence) != len(g.Evidence) {
					t.Errorf("leading blank line changes skill %s", g.ID)
					continue
				}
				for k := range f.Evidence {
					if f.Evidence[k].Line != g.Evidence[k].Line+1 || f.Evidence[k].Strength != g.Evidence[k].Strength {
						t.Errorf("leading blank line: %s evidence %+v, want line %d", g.ID, f.Evidence[k], g.Evidence[k].Line+1)
					}
				}
			}
		}
		// Differential: Windows line endings must not change anything.
		if !strings.Contains(text, "\r") {
			crlf := m.Match(strings.ReplaceAll(text, "\n", "\r\n"))
			if a, b := fmt.Sprint(*r), fmt.Sprint(*crlf); a != b {
				t.Errorf("CRLF changes the result:\n%s\n%s", a, b)
			}
		}
	})
}
