package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rolefit/rolefit/matcher"
)

func TestRatio(t *testing.T) {
	tests := []struct {
		r       Ratio
		value   float64
		defined bool
		str     string
	}{
		{Ratio{0, 0}, 0, false, "–"},
		{Ratio{2, 3}, 2.0 / 3.0, true, "66.7% (2/3)"},
		{Ratio{5, 5}, 1, true, "100.0% (5/5)"},
		{Ratio{0, 4}, 0, true, "0.0% (0/4)"},
	}
	for _, tt := range tests {
		if got := tt.r.Value(); got != tt.value {
			t.Errorf("%v.Value() = %v, want %v", tt.r, got, tt.value)
		}
		if got := tt.r.Defined(); got != tt.defined {
			t.Errorf("%v.Defined() = %v, want %v", tt.r, got, tt.defined)
		}
		if got := tt.r.String(); got != tt.str {
			t.Errorf("%v.String() = %q, want %q", tt.r, got, tt.str)
		}
	}
}

// tinySet is four hand-made cases whose metrics were worked out by hand:
//
//	A in-domain a (ok: a|b), senior; predicted b, in-domain, senior; finds s1 of s1,s2; no trap; c1 in progress
//	B in-domain b (ok: b), mid;      predicted a, OFF-domain, junior; finds s1 of s1; trap t1 of t1,t2
//	C off-domain, junior;            predicted a, off-domain, junior; finds s3 of s3; trap t2 of t2
//	D off-domain, mid;               analysis error
func tinySet() ([]Case, []Prediction) {
	cases := []Case{
		{Name: "A", Path: "x/A.txt", Label: Label{PrimaryRole: "a", AcceptableRoles: []string{"a", "b"}, Seniority: "senior", InDomain: true,
			Present: []string{"s1", "s2"}, Traps: []string{"t1"}, InProgress: []string{"c1"}}},
		{Name: "B", Path: "x/B.md", Label: Label{PrimaryRole: "b", AcceptableRoles: []string{"b"}, Seniority: "mid", InDomain: true,
			Present: []string{"s1"}, Traps: []string{"t1", "t2"}}},
		{Name: "C", Path: "x/C.txt", Label: Label{Seniority: "junior", Present: []string{"s3"}, Traps: []string{"t2"}}},
		{Name: "D", Path: "x/D.txt", Label: Label{Seniority: "mid"}},
	}
	preds := []Prediction{
		{TopRole: "b", TopScore: 70, InDomain: true, Seniority: "senior", Skills: map[string]string{"s1": "line 3"}, InProgress: map[string]bool{"c1": true}},
		{TopRole: "a", TopScore: 20, InDomain: false, Seniority: "junior", Skills: map[string]string{"s1": "line 1", "t1": "line 9"}},
		{TopRole: "a", TopScore: 5, InDomain: false, Seniority: "junior", Skills: map[string]string{"s3": "line 2", "t2": "line 4"}},
		{Err: errors.New("boom")},
	}
	return cases, preds
}

func TestEvaluateOverall(t *testing.T) {
	cases, preds := tinySet()
	rep := Evaluate(cases, preds, []string{"b", "a"})
	o := rep.Overall
	checks := []struct {
		name string
		got  Ratio
		want Ratio
	}{
		{"top-1 primary", o.Top1Primary, Ratio{0, 2}},
		{"top-1 acceptable", o.Top1Acceptable, Ratio{1, 2}},
		{"domain correct", o.DomainCorrect, Ratio{2, 4}},
		{"seniority", o.Seniority, Ratio{2, 4}},
		{"skill recall", o.SkillRecall, Ratio{3, 4}},
		{"trap FP", o.TrapFP, Ratio{2, 4}},
		{"in progress", o.InProgress, Ratio{1, 1}},
		{"off-domain precision", o.OffDomainPrecision(), Ratio{1, 2}},
		{"off-domain recall", o.OffDomainRecall(), Ratio{1, 2}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if o.Resumes != 4 || o.Errors != 1 {
		t.Errorf("resumes, errors = %d, %d; want 4, 1", o.Resumes, o.Errors)
	}
	if o.TP != 1 || o.FP != 1 || o.FN != 1 || o.TN != 1 {
		t.Errorf("confusion TP FP FN TN = %d %d %d %d; want 1 1 1 1", o.TP, o.FP, o.FN, o.TN)
	}
}

func TestEvaluateGroups(t *testing.T) {
	cases, preds := tinySet()
	rep := Evaluate(cases, preds, []string{"b", "zzz", "a"})
	if got, want := strings.Join(rep.Groups, ","), "b,a,off-domain"; got != want {
		t.Fatalf("groups = %s, want %s", got, want)
	}
	a := rep.ByGroup["a"]
	if a.Resumes != 1 || a.Top1Primary != (Ratio{0, 1}) || a.Top1Acceptable != (Ratio{1, 1}) || a.SkillRecall != (Ratio{1, 2}) {
		t.Errorf("group a = %+v", *a)
	}
	b := rep.ByGroup["b"]
	if b.Top1Acceptable != (Ratio{0, 1}) || b.FP != 1 || b.TrapFP != (Ratio{1, 2}) || b.Seniority != (Ratio{0, 1}) {
		t.Errorf("group b = %+v", *b)
	}
	off := rep.ByGroup[OffDomain]
	if off.Resumes != 2 || off.DomainCorrect != (Ratio{1, 2}) || off.TP != 1 || off.FN != 1 || off.Top1Primary.Defined() {
		t.Errorf("group off-domain = %+v", *off)
	}
	// Unknown groups come after the ordered ones, sorted.
	rep = Evaluate(cases, preds, nil)
	if got, want := strings.Join(rep.Groups, ","), "a,b,off-domain"; got != want {
		t.Errorf("groups without order = %s, want %s", got, want)
	}
}

func TestEvaluateMisses(t *testing.T) {
	cases, preds := tinySet()
	rep := Evaluate(cases, preds, nil)
	var got []string
	for _, m := range rep.Misses {
		got = append(got, m.File+" "+m.Kind+" "+m.Expected)
	}
	want := []string{
		"A.txt role-secondary a",
		"A.txt skill s2",
		"B.md role b",
		"B.md domain in-domain",
		"B.md seniority mid",
		"B.md trap no t1",
		"C.txt trap no t2",
		"D.txt error analysed",
		"D.txt domain off-domain",
		"D.txt seniority mid",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("misses:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMarkdown(t *testing.T) {
	cases, preds := tinySet()
	md := Evaluate(cases, preds, []string{"a", "b"}).Markdown()
	for _, want := range []string{
		"| a | 1 | 0.0% (0/1) | 100.0% (1/1) | 100.0% (1/1) | 100.0% (1/1) | 50.0% (1/2) | 0.0% (0/1) |",
		"| off-domain | 2 | – | – | 50.0% (1/2) | 50.0% (1/2) | 100.0% (1/1) | 100.0% (1/1) |",
		"| **overall** | 4 | 0.0% (0/2) | 50.0% (1/2) | 50.0% (2/4) | 50.0% (2/4) | 75.0% (3/4) | 50.0% (2/4) |",
		"precision 50.0% (1/2), recall 50.0% (1/2)",
		"could not be analysed: 1",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Index(md, "| a |") > strings.Index(md, "| b |") {
		t.Errorf("rows not in role order:\n%s", md)
	}
}

func TestLabelCheck(t *testing.T) {
	roles := map[string]bool{"a": true, "b": true}
	skillIDs := map[string]bool{"s1": true, "s2": true, "c1": true}
	good := Label{PrimaryRole: "a", AcceptableRoles: []string{"a", "b"}, Seniority: "mid", InDomain: true, Present: []string{"s1"}, Traps: []string{"s2"}, InProgress: []string{"c1"}}
	tests := []struct {
		name   string
		mutate func(l *Label)
		want   string // substring of the first error, "" for none
	}{
		{"good", func(l *Label) {}, ""},
		{"bad seniority", func(l *Label) { l.Seniority = "lead" }, "seniority"},
		{"unknown role", func(l *Label) { l.PrimaryRole = "c"; l.AcceptableRoles = []string{"c"} }, "not a role id"},
		{"primary not acceptable", func(l *Label) { l.AcceptableRoles = []string{"b"} }, "must include primary_role"},
		{"unknown skill", func(l *Label) { l.Present = []string{"s9"} }, `"s9" is not a skill id`},
		{"present and trap", func(l *Label) { l.Traps = []string{"s1"} }, "both present and a trap"},
		{"duplicate", func(l *Label) { l.Present = []string{"s1", "s1"} }, "listed twice"},
		{"off-domain with role", func(l *Label) { l.InDomain = false }, "off-domain label has"},
	}
	for _, tt := range tests {
		l := good
		l.AcceptableRoles = append([]string(nil), good.AcceptableRoles...)
		tt.mutate(&l)
		errs := l.Check(roles, skillIDs)
		switch {
		case tt.want == "" && len(errs) > 0:
			t.Errorf("%s: unexpected errors %v", tt.name, errs)
		case tt.want != "" && len(errs) == 0:
			t.Errorf("%s: no error, want %q", tt.name, tt.want)
		case tt.want != "":
			found := false
			for _, e := range errs {
				found = found || strings.Contains(e.Error(), tt.want)
			}
			if !found {
				t.Errorf("%s: errors %v lack %q", tt.name, errs, tt.want)
			}
		}
	}
}

func TestLoad(t *testing.T) {
	write := func(dir, name, body string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	label := "primary_role = \"a\"\nacceptable_roles = [\"a\"]\nseniority = \"mid\"\nin_domain = true\npresent = [\"s1\"]\ntraps = []\n"

	dir := t.TempDir()
	write(dir, "resumes/one.txt", "x")
	write(dir, "resumes/two.md", "x")
	write(dir, "labels/one.toml", label)
	write(dir, "labels/two.toml", label)
	cases, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 || cases[0].Name != "one" || cases[1].Name != "two" || cases[0].Label.Present[0] != "s1" {
		t.Fatalf("cases = %+v", cases)
	}

	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"missing label", map[string]string{"resumes/one.txt": "x"}, "no label file"},
		{"orphan label", map[string]string{"labels/one.toml": label}, "no résumé"},
		{"unknown key", map[string]string{"resumes/one.txt": "x", "labels/one.toml": label + "presnt = []\n"}, "unknown keys presnt"},
		{"bad toml", map[string]string{"resumes/one.txt": "x", "labels/one.toml": "seniority = \n"}, "one.toml"},
		{"same base name", map[string]string{"resumes/one.txt": "x", "resumes/one.md": "x", "labels/one.toml": label}, "share the base name"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		_ = os.MkdirAll(filepath.Join(dir, "resumes"), 0o755)
		_ = os.MkdirAll(filepath.Join(dir, "labels"), 0o755)
		for n, b := range tt.files {
			write(dir, n, b)
		}
		_, err := Load(dir)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestFloorsCheck(t *testing.T) {
	pass := Report{Overall: Stats{
		Top1Acceptable: Ratio{19, 20}, Seniority: Ratio{17, 20}, SkillRecall: Ratio{95, 100},
		TrapFP: Ratio{2, 100}, TP: 3, TN: 17,
	}}
	if got := DefaultFloors.Check(pass); len(got) != 0 {
		t.Errorf("exactly at the floors: %v, want none", got)
	}
	tests := []struct {
		name   string
		mutate func(s *Stats)
		want   string
	}{
		{"top-1", func(s *Stats) { s.Top1Acceptable = Ratio{18, 20} }, "top-1"},
		{"domain FN", func(s *Stats) { s.FN = 1 }, "1 off-domain résumé(s) not flagged"},
		{"domain FP", func(s *Stats) { s.FP = 1 }, "1 in-domain flagged"},
		{"seniority", func(s *Stats) { s.Seniority = Ratio{16, 20} }, "seniority"},
		{"recall", func(s *Stats) { s.SkillRecall = Ratio{94, 100} }, "skill recall"},
		{"traps", func(s *Stats) { s.TrapFP = Ratio{3, 100} }, "trap false positives"},
		{"errors", func(s *Stats) { s.Errors = 1 }, "could not be analysed"},
		{"empty", func(s *Stats) { *s = Stats{} }, "top-1"},
	}
	for _, tt := range tests {
		r := pass
		tt.mutate(&r.Overall)
		got := DefaultFloors.Check(r)
		if len(got) == 0 || !strings.Contains(strings.Join(got, "\n"), tt.want) {
			t.Errorf("%s: %v, want a line with %q", tt.name, got, tt.want)
		}
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []Case{{Name: "a", Path: p}, {Name: "b", Path: filepath.Join(dir, "missing.txt")}, {Name: "a2", Path: p}}
	calls := 0
	preds := Run(cases, func(name string, data []byte) (*matcher.Result, error) {
		calls++
		if calls == 1 {
			panic("analyzer bug")
		}
		return &matcher.Result{InDomain: true, Seniority: "mid",
			Roles:  []matcher.RoleScore{{ID: "r1", Score: 80}, {ID: "r2", Score: 10}},
			Skills: []matcher.Found{{ID: "sql", Evidence: []matcher.Evidence{{Line: 4, Section: "skills", Strength: "listed"}}}}}, nil
	})
	if preds[0].Err == nil || !strings.Contains(preds[0].Err.Error(), "panic") {
		t.Errorf("panicking analyzer: err = %v", preds[0].Err)
	}
	if preds[1].Err == nil {
		t.Errorf("missing file: no error")
	}
	if p := preds[2]; p.Err != nil || p.TopRole != "r1" || p.TopScore != 80 || p.Skills["sql"] != "line 4 (skills) [listed]" {
		t.Errorf("prediction = %+v", p)
	}
}
