package main

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in     string
		single bool
		want   []string
	}{
		{"Data-Science, FHIR/HL7 & SQL!", false, []string{"data", "science", "fhir", "hl7", "sql"}},
		{"e\uFB03cient Café", false, []string{"efficient", "café"}},
		{"è x Python 3 年", false, []string{"python", "3", "年"}},
		{"è x Python", true, []string{"è", "x", "python"}},
	}
	for _, tc := range tests {
		keepSingle = tc.single
		if got := tokens(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("tokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	keepSingle = false
}

func TestRecall(t *testing.T) {
	r, missing := recall([]string{"a1", "b2", "b2", "c3"}, []string{"b2", "a1", "d4"})
	if r != 0.5 || !reflect.DeepEqual(missing, []string{"b2", "c3"}) {
		t.Errorf("recall = %v, missing %q", r, missing)
	}
}

func TestDehyphenate(t *testing.T) {
	got := dehyphenate("self-\nservice and\nwell-known\n-\nend")
	want := "selfservice and\nwell-known\n-\nend\n"
	if got != want {
		t.Errorf("dehyphenate = %q, want %q", got, want)
	}
}
