package matcher

import (
	"strings"
	"testing"
)

func tokTexts(line string) (texts []string, wholes []string) {
	toks, _ := tokenizeLine(line, asciiLower(line), 0, 0, nil)
	for _, t := range toks {
		texts = append(texts, t.text)
		if t.nparts > 1 {
			wholes = append(wholes, t.whole)
		}
	}
	return texts, wholes
}

func TestTokenizeKeepsTechnicalTokens(t *testing.T) {
	tests := []struct {
		line   string
		texts  string // tokens joined by space
		wholes string // whole chunks of several parts, joined by space
	}{
		{"C++, C# and .NET", "C++ C# and .NET", ""},
		{"HL7 and HL-7", "HL7 and HL 7", "HL-7"},
		{"C-CDA documents", "C CDA documents", "C-CDA"},
		{"ICD-10-CM coding", "ICD 10 CM coding", "ICD-10-CM"},
		{"CompTIA Security+.", "CompTIA Security+", ""},
		{"CIPP/US, PL/SQL, T-SQL", "CIPP US PL SQL T SQL", "CIPP/US PL/SQL T-SQL"},
		{"837P claims", "837P claims", ""},
		{"HbA1c and A1c", "HbA1c and A1c", ""},
		{"R&D budget", "R&D budget", ""},
		{"R.Ph. on staff", "R.Ph on staff", ""},
		{"Dr. R. Patel", "Dr R Patel", ""},
		{"go-live support", "go live support", "go-live"},
		{"Python/R", "Python R", "Python/R"},
		{"ADT^A08 feeds", "ADT A08 feeds", "ADT^A08"},
		{"(SQL) [Tableau] \"Epic\"", "SQL Tableau Epic", ""},
		{"• Built dashboards", "Built dashboards", ""},
		{"- 2019 - 2021 -", "2019 2021", ""},
		{"10:30 PM", "10:30 PM", ""},
		{"Skills:Python", "Skills Python", ""},
		{"master's degree", "master's degree", ""},
		{"", "", ""},
		{"...", "", ""},
	}
	for _, tc := range tests {
		texts, wholes := tokTexts(tc.line)
		if got := strings.Join(texts, " "); got != tc.texts {
			t.Errorf("tokens(%q) = %q, want %q", tc.line, got, tc.texts)
		}
		if got := strings.Join(wholes, " "); got != tc.wholes {
			t.Errorf("wholes(%q) = %q, want %q", tc.line, got, tc.wholes)
		}
	}
}

func TestTokenizeJoinsAndSeparators(t *testing.T) {
	toks, _ := tokenizeLine("go-live, Python/R. Next", "go-live, python/r. next", 0, 0, nil)
	if len(toks) != 5 {
		t.Fatalf("got %d tokens, want 5", len(toks))
	}
	if toks[0].joinR != '-' || toks[1].joinL != '-' {
		t.Errorf("go-live joins = %q %q, want '-'", toks[0].joinR, toks[1].joinL)
	}
	if toks[2].sepL != ',' || toks[1].sepR != ',' {
		t.Errorf("comma not recorded: sepL=%q sepR=%q", toks[2].sepL, toks[1].sepR)
	}
	if toks[3].joinL != '/' {
		t.Errorf("Python/R join = %q, want '/'", toks[3].joinL)
	}
	if !toks[3].has(fTrailDot) || !toks[4].has(fSentStart) {
		t.Errorf("sentence break after 'R.' not recorded")
	}
	if toks[4].clause == toks[3].clause {
		t.Errorf("clause did not change at '.'")
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ﬁle ﬂow", "file flow"},
		{"“quoted” ‘x’", "\"quoted\" 'x'"},
		{"2019–2021 — now", "2019-2021 - now"},
		{"a\u00a0b\tc\r\n", "a b c\n"},
		{"ＳＱＬ", "SQL"},
		{"plain ascii", "plain ascii"},
		{"line1\u2028line2", "line1 line2"},
	}
	for _, tc := range tests {
		if got := normalize(tc.in); got != tc.want {
			t.Errorf("normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKeysStem(t *testing.T) {
	same := [][]string{
		{"modeling", "modelling", "modeled", "models", "model"},
		{"regression", "regressions"},
		{"interfaces", "interface", "interfacing"},
		{"analytics", "analytic"},
	}
	for _, group := range same {
		want := keyString(group[0])
		for _, w := range group[1:] {
			if got := keyString(w); got != want {
				t.Errorf("keyString(%q) = %q, want %q (as %q)", w, got, want, group[0])
			}
		}
	}
	differ := [][2]string{{"kansas", "sas"}, {"saas", "sas"}, {"epicor", "epic"}, {"reactive", "react"}}
	for _, p := range differ {
		if keyString(p[0]) == keyString(p[1]) {
			t.Errorf("keyString(%q) == keyString(%q)", p[0], p[1])
		}
	}
	if got, want := wholeKeyString("hl-7"), keyString("hl7"); got != want {
		t.Errorf("wholeKeyString(hl-7) = %q, want %q", got, want)
	}
	if got, want := wholeKeyString("c-cda"), keyString("ccda"); got != want {
		t.Errorf("wholeKeyString(c-cda) = %q, want %q", got, want)
	}
	if got := keyString("master's"); got != keyString("master") {
		t.Errorf("possessive not dropped: %q", got)
	}
}
