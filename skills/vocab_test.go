package skills

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The eleven role ids are a stable interface (JSON output, CLI flags).
var stableRoleIDs = []string{
	"health-data-analyst", "health-data-scientist", "health-systems-analyst", "health-it-specialist",
	"interoperability-engineer", "clinical-informaticist", "cmio-cnio", "informatics-project-manager",
	"health-security-analyst", "privacy-officer", "informatics-consultant",
}

func TestEmbeddedIsClean(t *testing.T) {
	// No errors and no warnings: every skill is used, every skill has forms.
	for _, d := range Check("vocab.toml", EmbeddedTOML()) {
		t.Errorf("%s", d)
	}
}

func TestDefault(t *testing.T) {
	v := Default()
	if v != Default() {
		t.Error("Default is not parsed once")
	}
	if v.Name != "rolefit-health-informatics" || v.Version != "1.1.0" {
		t.Errorf("name/version = %q %q", v.Name, v.Version)
	}
	if v.Source != EmbeddedName {
		t.Errorf("Source = %q", v.Source)
	}
	if !regexp.MustCompile(`^[0-9a-f]{64}$`).MatchString(v.Hash) {
		t.Errorf("Hash = %q, want 64 hex digits", v.Hash)
	}
	b := EmbeddedTOML()
	b[0] ^= 0xff
	if bytes.Equal(b, EmbeddedTOML()) {
		t.Error("EmbeddedTOML returns the shared slice")
	}
	if _, ok := v.Skill("sql"); !ok {
		t.Error(`Skill("sql") not found`)
	}
	if _, ok := v.Skill("no-such-skill"); ok {
		t.Error("Skill found a missing id")
	}
	if r, ok := v.Role("privacy-officer"); !ok || r.Title != "Privacy Officer" {
		t.Errorf(`Role("privacy-officer") = %v, %v`, r, ok)
	}
	if _, ok := v.Role("astronaut"); ok {
		t.Error("Role found a missing id")
	}
	var nilv *Vocabulary
	if _, ok := nilv.Skill("sql"); ok {
		t.Error("nil vocabulary found a skill")
	}
}

func TestVocabularyIntegrity(t *testing.T) {
	v := Default()
	if len(v.Skills) < 200 {
		t.Errorf("%d skills, want at least 200", len(v.Skills))
	}
	var ids []string
	for _, r := range v.Roles {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != strings.Join(stableRoleIDs, ",") {
		t.Errorf("role ids = %v\nwant %v", ids, stableRoleIDs)
	}

	skill := map[string]*Skill{}
	for i := range v.Skills {
		s := &v.Skills[i]
		if skill[s.ID] != nil {
			t.Errorf("duplicate skill %q", s.ID)
		}
		skill[s.ID] = s
		if !contains(Kinds, s.Kind) {
			t.Errorf("skill %q: kind %q", s.ID, s.Kind)
		}
		if len(s.Forms)+len(s.Exact) == 0 {
			t.Errorf("skill %q has no forms", s.ID)
		}
		for _, c := range s.Closes {
			if cs, ok := v.Skill(c); !ok || cs.Kind != "certification" {
				t.Errorf("skill %q closes %q, which is not a certification", s.ID, c)
			}
		}
	}

	// No surface form is claimed twice (case-insensitive forms, and
	// case-sensitive exact forms, each among themselves).
	forms, exact := map[string]string{}, map[string]string{}
	for _, s := range v.Skills {
		for _, f := range s.Forms {
			n := normForm(f)
			if o, ok := forms[n]; ok && o != s.ID {
				t.Errorf("form %q claimed by %q and %q", f, o, s.ID)
			}
			forms[n] = s.ID
		}
		for _, f := range s.Exact {
			if o, ok := exact[f]; ok && o != s.ID {
				t.Errorf("exact form %q claimed by %q and %q", f, o, s.ID)
			}
			exact[f] = s.ID
		}
	}

	used := map[string]bool{}
	for _, r := range v.Roles {
		if r.Title == "" || r.Description == "" || r.ONet == "" {
			t.Errorf("role %q lacks title, description or O*NET code", r.ID)
		}
		if strings.Contains(r.Description, "\n") {
			t.Errorf("role %q: description is not one line", r.ID)
		}
		if len(r.Required) < 12 || len(r.Preferred) < 10 {
			t.Errorf("role %q: %d required, %d preferred; want at least 12 and 10", r.ID, len(r.Required), len(r.Preferred))
		}
		kinds := map[string]bool{}
		seen := map[string]bool{}
		for _, list := range [][]Weighted{r.Required, r.Preferred} {
			if !sort.SliceIsSorted(list, func(i, j int) bool {
				if list[i].Weight != list[j].Weight {
					return list[i].Weight > list[j].Weight
				}
				return list[i].Skill < list[j].Skill
			}) {
				t.Errorf("role %q: weights not sorted by weight desc, id", r.ID)
			}
			for _, w := range list {
				s, ok := skill[w.Skill]
				if !ok {
					t.Errorf("role %q: unknown skill %q", r.ID, w.Skill)
					continue
				}
				if seen[w.Skill] {
					t.Errorf("role %q lists %q twice", r.ID, w.Skill)
				}
				seen[w.Skill] = true
				used[w.Skill] = true
				kinds[s.Kind] = true
				if w.Weight < MinWeight || w.Weight > MaxWeight {
					t.Errorf("role %q: weight %d for %q", r.ID, w.Weight, w.Skill)
				}
			}
		}
		for _, w := range r.Required {
			if w.Weight < 2 {
				t.Errorf("role %q: required skill %q has weight %d, want 2..5", r.ID, w.Skill, w.Weight)
			}
		}
		for _, w := range r.Preferred {
			if w.Weight > 2 {
				t.Errorf("role %q: preferred skill %q has weight %d, want 1..2", r.ID, w.Skill, w.Weight)
			}
		}
		// Every role names the credentials that matter for it.
		if !kinds["certification"] || !kinds["degree"] && !kinds["license"] {
			t.Errorf("role %q lacks certifications or degrees/licences", r.ID)
		}
	}
	for _, s := range v.Skills {
		if !used[s.ID] {
			t.Errorf("skill %q is used by no role", s.ID)
		}
	}
}

// TestAmbiguousTokensAreGuarded checks the taxonomy's ambiguous-token rules
// (§7) as data: short tokens whose lower-case form is an everyday word, or
// that clash with another sense, must be case-sensitive or cued, never plain
// forms.
func TestAmbiguousTokensAreGuarded(t *testing.T) {
	v := Default()
	forms := map[string]string{}
	for _, s := range v.Skills {
		for _, f := range s.Forms {
			forms[normForm(f)] = s.ID
		}
	}
	for _, tok := range []string{
		"r", "go", "sas", "epic", "excel", "tableau", "mirth", "rhapsody", "cloverleaf", "clarity", "cadence",
		"beacon", "willow", "asap", "ids", "soc", "ml", "md", "do", "rn", "him", "phi", "san", "sow", "cda",
		"adt", "access", "project", "spark", "lean", "agile", "remedy", "purview", "soar", "stride", "iris",
		"ensemble", "bridges", "chronicles", "pm", "roi", "pi", "or", "mar", "cpt", "cms", "ocr",
		"tenable", "snowflake", "redox", "clearwater", "soap", "containment", "posit", "shiny", "react",
	} {
		if id, ok := forms[tok]; ok {
			t.Errorf("ambiguous token %q is a plain (case-insensitive, uncued) form of %q", tok, id)
		}
	}
	// Cued skills must list their own unambiguous phrases as cues, or those
	// phrases would not count outside skills lists.
	for _, s := range v.Skills {
		if len(s.Cues) == 0 {
			continue
		}
		cues := map[string]bool{}
		for _, c := range s.Cues {
			cues[normForm(c)] = true
		}
		covered := 0
		for _, f := range s.Forms {
			for c := range cues {
				if strings.Contains(" "+normForm(f)+" ", " "+c+" ") {
					covered++
					break
				}
			}
		}
		if covered*2 < len(s.Forms) {
			t.Errorf("skill %q: only %d of %d forms contain a cue", s.ID, covered, len(s.Forms))
		}
	}
}
