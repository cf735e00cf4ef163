package extract

import "testing"

func TestNormalizeBullets(t *testing.T) {
	for _, c := range [][2]string{
		{"• Built FHIR APIs", "- Built FHIR APIs"},
		{"  ● Built\n▪Led go-live", "  - Built\n- Led go-live"},
		{"SQL • Python • R", "SQL • Python • R"},
		{"- already plain\n* star", "- already plain\n* star"},
		{"•", "•"},
		{"✓ HIPAA training", "- HIPAA training"},
		{"Heading\n\n◦ nested item", "Heading\n\n- nested item"},
		{"no bullets at all", "no bullets at all"},
	} {
		if got := normalizeBullets(c[0]); got != c[1] {
			t.Errorf("normalizeBullets(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
