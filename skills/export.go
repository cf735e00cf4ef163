package skills

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// FormatGuide is the comment block written at the top of exported
// vocabularies (and kept, in substance, at the top of vocab.toml). It is
// aimed at career-centre staff editing the file by hand.
const FormatGuide = `# ---------------------------------------------------------------------------
# rolefit vocabulary: the skills rolefit looks for and the roles it scores.
#
# HOW TO EDIT THIS FILE (no programming needed)
#   * Lines starting with # are comments and are ignored.
#   * Text values go in double quotes: name = "Power BI".
#   * Lists go in square brackets, items separated by commas; a list may
#     span several lines: forms = ["Power BI", "PowerBI"].
#   * After editing, check the file:   rolefit vocab check FILE
#     Every problem is printed as FILE:LINE:COLUMN with a hint. Then use it
#     with:                             rolefit --vocab FILE match resume.pdf
#
# SKILLS: one [[skill]] block per skill, tool, standard, certification,
# degree or licence.
#   id     = short permanent key: lower-case words joined by hyphens
#            ("power-bi"). Roles refer to skills by id; do not rename an id
#            that is in use.
#   name   = the name shown in reports.
#   kind   = one of: skill, tool, standard, certification, degree, license.
#   forms  = words or phrases that show the skill in a résumé. Matching
#            ignores upper/lower case and word endings ("dashboards" finds
#            "dashboard"), and matches whole words only. A phrase may belong
#            to one skill only. Placeholders: {n} a number ("12", "six"),
#            {people} a staff noun ("engineers", "nurses"), {w} any word:
#            "lead {n} {people}" finds "led 48 engineers".
#   exact  = (optional) short abbreviations that only count with exactly this
#            capitalisation, e.g. "R", "Go", "SAS", "Epic", "PMP".
#   cues   = (optional) for skills whose words are ambiguous: the skill then
#            counts only when one of these words or phrases is on the same
#            line or bullet (a skills list always counts). List the skill's
#            unambiguous phrases here too, so that they count on their own.
#   closes = (optional) ids of certifications that would fill this gap;
#            shown as advice when the skill is missing.
#   implies = (optional) ids of skills that every mention of this one
#            also shows ("Epic Bridges" is work in Epic): implies = ["epic"].
#   generic = (optional) true for a skill any office job shows (Excel,
#            budgets, team leadership): it still counts in role scores but
#            is no sign of health-informatics work for the in-domain rule.
#
# ROLES: one [[role]] block per career, followed by two weight tables.
#   id, title, description (one line), onet (O*NET-SOC code),
#   titles (optional): job titles that name the role, e.g. "CMIO"; the role
#            named by the résumé's most recent job title gains 3 points,
#            enough to decide a near tie.
#   [role.required]   skill-id = weight   -- what the role expects
#   [role.preferred]  skill-id = weight   -- what sets a candidate apart
#   Weights are whole numbers from 1 (nice to have) to 5 (essential);
#   required skills usually weigh 2-5 and preferred ones 1-2.
# ---------------------------------------------------------------------------
`

// Export writes v as commented, human-editable TOML that Load reads back to
// an equivalent vocabulary (same name, version, skills and roles).
func Export(w io.Writer, v *Vocabulary) error {
	if v == nil {
		return fmt.Errorf("skills: nothing to export")
	}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("%s\n", FormatGuide)
	p("name = %s\n", quoteTOML(v.Name))
	p("version = %s\n", quoteTOML(v.Version))

	byID := map[string]*Skill{}
	for i := range v.Skills {
		byID[v.Skills[i].ID] = &v.Skills[i]
	}

	p("\n# ===========================================================================\n")
	p("# SKILLS (%d)\n", len(v.Skills))
	p("# ===========================================================================\n")
	// usedBy lists, per skill, the roles that weigh it, so editors see the
	// effect of a change.
	usedBy := map[string][]string{}
	for _, r := range v.Roles {
		for _, t := range []struct {
			name string
			ws   []Weighted
		}{{"required", r.Required}, {"preferred", r.Preferred}} {
			for _, w := range t.ws {
				usedBy[w.Skill] = append(usedBy[w.Skill], fmt.Sprintf("%s (%s %d)", r.ID, t.name, w.Weight))
			}
		}
	}
	for i := range v.Skills {
		s := &v.Skills[i]
		p("\n")
		if u := usedBy[s.ID]; len(u) > 0 {
			writeComment(bw, "used by: "+strings.Join(u, ", "))
		} else {
			p("# used by no role\n")
		}
		p("[[skill]]\n")
		p("id = %s\n", quoteTOML(s.ID))
		p("name = %s\n", quoteTOML(s.Name))
		p("kind = %s\n", quoteTOML(s.Kind))
		writeList(bw, "forms", s.Forms, true)
		writeList(bw, "exact", s.Exact, false)
		writeList(bw, "cues", s.Cues, false)
		writeList(bw, "closes", s.Closes, false)
		writeList(bw, "implies", s.Implies, false)
		if s.Generic {
			p("generic = true\n")
		}
	}

	p("\n# ===========================================================================\n")
	p("# ROLES (%d)\n", len(v.Roles))
	p("# ===========================================================================\n")
	for i := range v.Roles {
		r := &v.Roles[i]
		p("\n[[role]]\n")
		p("id = %s\n", quoteTOML(r.ID))
		p("title = %s\n", quoteTOML(r.Title))
		p("description = %s\n", quoteTOML(r.Description))
		if r.ONet != "" {
			p("onet = %s\n", quoteTOML(r.ONet))
		}
		writeList(bw, "titles", r.Titles, false)
		for _, t := range []struct {
			name string
			ws   []Weighted
		}{{"required", r.Required}, {"preferred", r.Preferred}} {
			if len(t.ws) == 0 {
				continue
			}
			p("\n[role.%s]\n", t.name)
			for _, wt := range t.ws {
				comment := ""
				if s, ok := byID[wt.Skill]; ok && s.Name != "" {
					comment = "  # " + commentSafe(s.Name)
				}
				p("%s = %d%s\n", tomlKey(wt.Skill), wt.Weight, comment)
			}
		}
	}
	return bw.Flush()
}

// writeList writes key = [...] on one line when short, else one item per
// line. Empty optional lists are omitted; an empty forms list is written as
// [] so the omission is visible to editors.
func writeList(w io.Writer, key string, items []string, always bool) {
	if len(items) == 0 {
		if always {
			fmt.Fprintf(w, "%s = []\n", key)
		}
		return
	}
	quoted := make([]string, len(items))
	total := len(key) + 5
	for i, s := range items {
		quoted[i] = quoteTOML(s)
		total += len(quoted[i]) + 2
	}
	if total <= 100 {
		fmt.Fprintf(w, "%s = [%s]\n", key, strings.Join(quoted, ", "))
		return
	}
	fmt.Fprintf(w, "%s = [\n", key)
	line := "  "
	for i, q := range quoted {
		item := q + ","
		if len(line) > 2 && len(line)+1+len(item) > 100 {
			fmt.Fprintf(w, "%s\n", line)
			line = "  "
		}
		if len(line) > 2 {
			line += " "
		}
		line += item
		if i == len(quoted)-1 {
			fmt.Fprintf(w, "%s\n", line)
		}
	}
	fmt.Fprintf(w, "]\n")
}

// quoteTOML returns s as a TOML basic string. Unlike strconv.Quote it never
// emits \x escapes (not valid TOML); invalid UTF-8 becomes U+FFFD.
func quoteTOML(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// tomlKey writes a key bare when TOML allows it, else quoted.
func tomlKey(k string) string {
	if k == "" {
		return `""`
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return quoteTOML(k)
		}
	}
	return k
}

// commentSafe keeps a comment on one line.
func commentSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r < 0x20 {
			return ' '
		}
		return r
	}, s)
}

// writeComment writes text as # comment lines wrapped near 100 columns.
func writeComment(w io.Writer, text string) {
	line := "#"
	for _, word := range strings.Fields(commentSafe(text)) {
		if len(line) > 2 && len(line)+1+len(word) > 100 {
			fmt.Fprintln(w, line)
			line = "#  "
		}
		line += " " + word
	}
	fmt.Fprintln(w, line)
}
