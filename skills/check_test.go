package skills

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckBroken runs Check over the broken vocabularies in
// testdata/broken (shared with the CLI's script tests) and compares every
// diagnostic, errors and warnings, with its exact text and position.
func TestCheckBroken(t *testing.T) {
	tests := []struct {
		file string
		want []string // diagnostics without hint lines, in order
	}{
		{"syntax.toml", []string{
			`syntax.toml:8:24: error: TOML syntax: expected a comma (',') or array terminator (']'), but got end of file`,
		}},
		{"unknown-field.toml", []string{
			`unknown-field.toml:9:1: error: unknown field "colour" in [[skill]]`,
			`unknown-field.toml:11:1: error: role "data-analyst" has no title`,
			`unknown-field.toml:11:1: warning: role "data-analyst" has only 1 required skill(s)`,
			`unknown-field.toml:13:1: error: unknown field "titel" in [[role]]`,
		}},
		{"missing-fields.toml", []string{
			`missing-fields.toml:4:1: error: skill has no id`,
			`missing-fields.toml:9:1: error: skill "python" has no name`,
			`missing-fields.toml:14:1: error: role "data-analyst" has no title`,
			`missing-fields.toml:14:1: warning: role "data-analyst" has only 1 required skill(s)`,
		}},
		{"duplicate-ids.toml", []string{
			`duplicate-ids.toml:11:6: error: duplicate skill id "sql" (first defined at line 4)`,
			`duplicate-ids.toml:16:1: warning: role "data-analyst" has only 1 required skill(s)`,
			`duplicate-ids.toml:23:1: warning: role "data-analyst" has only 1 required skill(s)`,
			`duplicate-ids.toml:24:6: error: duplicate role id "data-analyst" (first defined at line 16)`,
		}},
		{"unknown-skill.toml", []string{
			`unknown-skill.toml:9:11: error: skill "sql": closes names unknown skill "sql-certificate"`,
			`unknown-skill.toml:11:1: warning: role "data-analyst" has only 2 required skill(s)`,
			`unknown-skill.toml:17:1: error: role "data-analyst": unknown skill "sqll" in [role.required]`,
			`unknown-skill.toml:20:1: error: role "data-analyst": unknown skill "tableau" in [role.preferred]`,
		}},
		{"duplicate-form.toml", []string{
			`duplicate-form.toml:17:3: error: form "power  bi" of skill "bi-tools" is already claimed by skill "power-bi" (line 4)`,
			`duplicate-form.toml:19:10: error: exact form "PBI" of skill "bi-tools" is already claimed by skill "power-bi" (line 4)`,
			`duplicate-form.toml:21:1: warning: role "data-analyst" has only 2 required skill(s)`,
		}},
		{"no-required.toml", []string{
			`no-required.toml:10:1: error: role "data-analyst" has no required skills`,
		}},
		{"weights.toml", []string{
			`weights.toml:27:1: error: weight 6 of "sql" in [role.required] is out of range 1..5`,
			`weights.toml:28:1: error: weight 0 of "python" in [role.required] is out of range 1..5`,
			`weights.toml:29:1: error: weight of "excel" in [role.required] is not a whole number`,
		}},
		{"bad-kind-and-ids.toml", []string{
			`bad-kind-and-ids.toml:5:6: error: skill id "Power_BI" is not kebab-case`,
			`bad-kind-and-ids.toml:7:8: error: skill "Power_BI" has bad kind "software"`,
			`bad-kind-and-ids.toml:10:1: warning: skill "sql" has no forms and can never be found`,
			`bad-kind-and-ids.toml:16:1: warning: role "Data Analyst" has only 2 required skill(s)`,
			`bad-kind-and-ids.toml:17:6: error: role id "Data Analyst" is not kebab-case`,
		}},
		{"field-case.toml", []string{
			`field-case.toml:3:1: error: "Name" should be written "name"`,
			`field-case.toml:12:1: error: "Skill" should be written "skill"`,
			`field-case.toml:14:1: error: "Name" should be written "name"`,
			`field-case.toml:22:1: error: "Required" should be written "required"`,
		}},
		{"wrong-type.toml", []string{
			`wrong-type.toml:8:1: error: wrong type for "skill.forms": TOML value has type string; destination has type slice`,
		}},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		seen[tt.file] = true
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "broken", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			ds := Check(tt.file, data)
			var got []string
			for _, d := range ds {
				got = append(got, strings.SplitN(d.String(), "\n", 2)[0])
				if d.Hint == "" {
					t.Errorf("%s: no hint", d)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Check(%s) =\n%s\nwant\n%s", tt.file, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			// Load must fail with exactly the errors, as a Diagnostics.
			_, err = Load(tt.file, data)
			if err == nil {
				t.Fatalf("Load(%s) succeeded", tt.file)
			}
			lerr, ok := err.(Diagnostics)
			if !ok {
				t.Fatalf("Load error is %T, want Diagnostics", err)
			}
			if len(lerr) != len(ds.Errors()) || lerr.HasErrors() != true {
				t.Errorf("Load returned %d diagnostics, want the %d errors", len(lerr), len(ds.Errors()))
			}
			for _, line := range strings.Split(lerr.Error(), "\n") {
				if !strings.HasPrefix(line, tt.file+":") && !strings.HasPrefix(line, "  hint: ") {
					t.Errorf("Load error line %q is not file:line:col or a hint", line)
				}
			}
		})
	}
	// Every broken file is covered by the table.
	files, _ := filepath.Glob(filepath.Join("testdata", "broken", "*.toml"))
	for _, f := range files {
		if !seen[filepath.Base(f)] {
			t.Errorf("%s has no expectations in TestCheckBroken", f)
		}
	}
}

// TestCheckSnippets covers rules on small inline documents.
func TestCheckSnippets(t *testing.T) {
	const head = "name = \"t\"\nversion = \"1\"\n"
	const skills3 = `
[[skill]]
id = "a"
name = "A"
kind = "skill"
forms = ["alpha"]

[[skill]]
id = "b"
name = "B"
kind = "tool"
forms = ["beta"]

[[skill]]
id = "c"
name = "C"
kind = "standard"
forms = ["gamma"]
`
	const role3 = `
[[role]]
id = "r"
title = "R"

[role.required]
a = 5
b = 3
c = 1
`
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"clean", head + skills3 + role3, nil},
		{"order does not matter", head + role3 + skills3, nil},
		{"no name", "version = \"1\"\n" + skills3 + role3, []string{
			"x.toml:1:1: error: vocabulary has no name",
		}},
		{"no version", "name = \"t\"\n" + skills3 + role3, []string{
			"x.toml:1:1: warning: vocabulary has no version",
		}},
		{"unused skill", head + skills3 + "\n[[skill]]\nid = \"d\"\nname = \"D\"\nkind = \"skill\"\nforms = [\"delta\"]\n" + role3, []string{
			`x.toml:22:1: warning: skill "d" is not used by any role`,
		}},
		{"required and preferred", head + skills3 + role3 + "\n[role.preferred]\na = 1\n", []string{
			`x.toml:32:1: error: role "r" lists skill "a" as both required and preferred`,
		}},
		{"empty form", head + skills3 + role3 + "\n[[skill]]\nid = \"e\"\nname = \"E\"\nkind = \"skill\"\nforms = [\"\"]\n", []string{
			`x.toml:31:1: warning: skill "e" is not used by any role`,
			`x.toml:35:10: error: skill "e" has an empty entry in forms`,
		}},
		{"role titles", head + skills3 + "\n[[role]]\nid = \"r\"\ntitle = \"R\"\ntitles = [\"data analyst\", \"BI analyst\"]\n\n[role.required]\na = 5\nb = 3\nc = 1\n", nil},
		{"empty role title", head + skills3 + "\n[[role]]\nid = \"r\"\ntitle = \"R\"\ntitles = [\" \"]\n\n[role.required]\na = 5\nb = 3\nc = 1\n", []string{
			`x.toml:25:11: error: role "r" lists an empty job title in titles`,
		}},
		{"unknown top-level field", head + "colour = 1\n" + skills3 + role3, []string{
			`x.toml:3:1: error: unknown field "colour" at the top level`,
		}},
		{"unknown table", head + skills3 + role3 + "\n[role.extra]\nx = 1\n", []string{
			`x.toml:31:1: error: unknown table [role.extra]`,
		}},
		{"inline role table", head + skills3 + "\n[[role]]\nid = \"r\"\ntitle = \"R\"\nrequired = { a = 5, b = 3, zz = 2 }\n", []string{
			`x.toml:16:1: warning: skill "c" is not used by any role`,
			`x.toml:25:1: error: role "r": unknown skill "zz" in [role.required]`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Check("x.toml", []byte(tt.src)) {
				got = append(got, strings.SplitN(d.String(), "\n", 2)[0])
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDiagnosticFormat(t *testing.T) {
	ds := Diagnostics{
		{File: "f.toml", Line: 3, Col: 7, Severity: SeverityError, Msg: "bad", Hint: "fix it"},
		{File: "f.toml", Line: 9, Col: 1, Severity: SeverityWarning, Msg: "meh"},
	}
	want := "f.toml:3:7: error: bad\n  hint: fix it\nf.toml:9:1: warning: meh"
	if ds.Error() != want {
		t.Errorf("Error() =\n%s\nwant\n%s", ds.Error(), want)
	}
	if !ds.HasErrors() || len(ds.Errors()) != 1 || len(ds.Warnings()) != 1 {
		t.Errorf("HasErrors/Errors/Warnings wrong: %v %d %d", ds.HasErrors(), len(ds.Errors()), len(ds.Warnings()))
	}
	if ds.Warnings().HasErrors() {
		t.Error("warnings-only list reports errors")
	}
}

// TestCheckImplies checks the implies field: known ids pass, an unknown id
// or the skill itself is an error at the value's position.
func TestCheckImplies(t *testing.T) {
	const head = `name = "t"
version = "1"
[[skill]]
id = "epic"
name = "Epic"
kind = "tool"
forms = ["Epic Systems"]
[[skill]]
id = "epic-bridges"
name = "Bridges"
kind = "tool"
forms = ["Epic Bridges"]
`
	const role = `[[role]]
id = "r"
title = "R"
description = "d"
[role.required]
epic = 3
epic-bridges = 2
"epic-x" = 1
`
	tests := []struct {
		implies string
		want    string // substring of the only error, or "" for none
	}{
		{`implies = ["epic"]`, ""},
		{`implies = ["epik"]`, `implies names unknown skill "epik"`},
		{`implies = ["epic-x"]`, `implies itself`},
	}
	for _, tc := range tests {
		src := head + "[[skill]]\nid = \"epic-x\"\nname = \"X\"\nkind = \"tool\"\nforms = [\"Epic X\"]\n" + tc.implies + "\n" + role
		var errs []string
		for _, d := range Check("t.toml", []byte(src)) {
			if d.Severity == SeverityError {
				errs = append(errs, d.String())
			}
		}
		switch {
		case tc.want == "" && len(errs) > 0:
			t.Errorf("%s: unexpected errors %v", tc.implies, errs)
		case tc.want != "" && (len(errs) != 1 || !strings.Contains(errs[0], tc.want)):
			t.Errorf("%s: errors %v, want one containing %q", tc.implies, errs, tc.want)
		}
	}
	v, err := Load("t.toml", []byte(head+"[[skill]]\nid = \"epic-x\"\nname = \"X\"\nkind = \"tool\"\nforms = [\"Epic X\"]\nimplies = [\"epic\"]\n"+role))
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := v.Skill("epic-x"); len(s.Implies) != 1 || s.Implies[0] != "epic" {
		t.Errorf("Implies = %v, want [epic]", s.Implies)
	}
}
