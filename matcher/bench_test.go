package matcher

import (
	"os"
	"testing"

	"github.com/rolefit/rolefit/skills"
)

// BenchmarkMatch runs Match on a ~450-word synthetic résumé against the
// default vocabulary.
func BenchmarkMatch(b *testing.B) {
	text, err := os.ReadFile("testdata/bench_resume.txt")
	if err != nil {
		b.Fatal(err)
	}
	m, err := Compile(skills.Default(), WithNow(fixedNow))
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	m.Match(s) // warm the stem cache, as a long-running process would be
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		m.Match(s)
	}
}

// BenchmarkMatchCold measures a Matcher whose stem cache never helps: a
// fresh Matcher per iteration is too costly to time, so this one only
// times Compile.
func BenchmarkCompile(b *testing.B) {
	v := skills.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compile(v); err != nil {
			b.Fatal(err)
		}
	}
}
