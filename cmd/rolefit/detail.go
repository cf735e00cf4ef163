package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/report"
)

// detailSink writes the full text answer for one file: the ranked roles,
// the evidence for the top roles and the gaps, most important first.
type detailSink struct {
	w       *bufio.Writer
	sty     style
	top     int    // roles listed in the ranking (0: all)
	role    string // show only this role, in full
	details int    // roles shown with evidence and gaps
}

func (s *detailSink) begin() error { return nil }
func (s *detailSink) end() error   { return s.w.Flush() }

const barWidth = 20

// flagWarnings says in words what a quality flag means for the score.
var flagWarnings = map[string]string{
	"hidden_text":    "hidden text (invisible or white-on-white) was found and not counted",
	"low_text":       "little text was read; the scores may understate the résumé",
	"undecoded_font": "some characters could not be decoded; a few words may be missing",
	"ocr_layer":      "the text comes from an OCR layer over a scanned page; check it with 'rolefit text'",
	"truncated":      "only the first pages were read",
	"wrong_encoding": "the text looks mis-encoded; some words may be missing",
	"missing_spaces": "some words may be glued together; check with 'rolefit text'",
	"reversed_text":  "some text is reversed; check with 'rolefit text'",
}

func (s *detailSink) bar(score int) string {
	n := (score*barWidth + 50) / 100
	return s.sty.green(strings.Repeat("█", n)) + s.sty.dim(strings.Repeat("░", barWidth-n))
}

func (s *detailSink) write(e *report.Entry) error {
	w := s.w
	defer w.Flush()
	if !e.Scored() {
		// The error and its hint go to stderr; a file that is not scored
		// never shows role scores.
		return nil
	}
	fmt.Fprintf(w, "%s\n", s.sty.bold(e.File))
	meta := []string{"seniority: " + e.Seniority}
	if e.Quality != nil {
		meta = append(meta, fmt.Sprintf("%d words", e.Quality.Words))
		if e.Quality.Pages > 0 {
			meta = append(meta, fmt.Sprintf("%d page(s)", e.Quality.Pages))
		}
	}
	fmt.Fprintf(w, "%s\n", s.sty.dim(strings.Join(meta, " · ")))
	if len(e.SeniorityEvidence) > 0 {
		fmt.Fprintf(w, "%s\n", s.sty.dim("  seniority evidence: "+strings.Join(e.SeniorityEvidence, "; ")))
	}
	if e.Quality != nil {
		for _, f := range e.Quality.Flags {
			if msg, ok := flagWarnings[f]; ok {
				fmt.Fprintf(w, "%s %s\n", s.sty.yellow("note:"), msg)
			}
		}
	}
	fmt.Fprintln(w)

	if s.role != "" {
		for _, r := range e.Roles {
			if r.ID == s.role {
				s.roleDetail(r, true)
				return nil
			}
		}
		return nil
	}

	if !e.InDomain {
		fmt.Fprintf(w, "%s\n", s.sty.yellow("No health-informatics role fits this résumé."))
		if e.DomainReason != "" {
			fmt.Fprintf(w, "  %s\n", e.DomainReason)
		}
		fmt.Fprintf(w, "Nearest roles, for reference:\n\n")
	}

	roles := e.Roles
	top := s.top
	if !e.InDomain && top == 0 {
		top = 3 // the nearest roles, not a ranking
	}
	if top > 0 && len(roles) > top {
		roles = roles[:top]
	}
	for i, r := range roles {
		fmt.Fprintf(w, "%3d. %-40s %3d  %s  %s\n", i+1, ellipsis(r.Title, 40), r.Score, s.bar(r.Score), s.sty.band(r.Band))
	}
	if len(roles) < len(e.Roles) {
		fmt.Fprintf(w, "%s\n", s.sty.dim(fmt.Sprintf("     … %d more (--top %d shows all)", len(e.Roles)-len(roles), len(e.Roles))))
	}

	n := s.details
	if !e.InDomain {
		n = 1
	}
	for i := 0; i < n && i < len(e.Roles); i++ {
		fmt.Fprintln(w)
		s.roleDetail(e.Roles[i], false)
	}
	if len(e.InProgress) > 0 {
		fmt.Fprintf(w, "\n%s\n", s.sty.bold("In progress"))
		for _, f := range e.InProgress {
			line := 0
			if len(f.Evidence) > 0 {
				line = f.Evidence[0].Line
			}
			fmt.Fprintf(w, "  … %-28s line %d\n", f.Skill, line)
		}
	}
	return nil
}

// roleDetail prints the evidence and gaps of one role. full lists every
// gap and every evidence line; otherwise the lists are kept short.
func (s *detailSink) roleDetail(r matcher.RoleScore, full bool) {
	w := s.w
	fmt.Fprintf(w, "%s %s\n", s.sty.bold(r.Title), s.sty.dim(fmt.Sprintf("(%s) — %d, %s", r.ID, r.Score, r.Band)))
	switch {
	case r.Capped:
		fmt.Fprintf(w, "  Capped at %d: under %d%% of the required skills' weight is shown\n",
			matcher.CappedScore, int(100*matcher.MinRequiredCoverage))
	case r.Titled:
		fmt.Fprintf(w, "  Includes %d points because the latest job title names this role\n", matcher.TitleBonus)
	}
	if len(r.Matched) > 0 {
		req, pref := 0, 0
		for _, m := range r.Matched {
			if m.Importance == "required" {
				req++
			} else {
				pref++
			}
		}
		fmt.Fprintf(w, "  Found: %d required, %d preferred skill(s)\n", req, pref)
	}
	for _, m := range r.Matched {
		ev := ""
		if len(m.Evidence) > 0 {
			x := m.Evidence[0]
			ev = fmt.Sprintf("line %-3d %s", x.Line, ellipsis(x.Text, 60))
			if x.Strength == "coursework" || x.Strength == "beginner" {
				ev += s.sty.dim(" (" + x.Strength + ", counts less)")
			}
		}
		fmt.Fprintf(w, "    %s %-32s %-9s %s\n", s.sty.green("✓"), ellipsis(m.Skill, 32), m.Importance, s.sty.dim(ev))
		if full {
			for _, x := range m.Evidence[min(1, len(m.Evidence)):] {
				fmt.Fprintf(w, "    %-44s %s\n", "", s.sty.dim(fmt.Sprintf("line %-3d %s", x.Line, ellipsis(x.Text, 60))))
			}
		}
	}
	gaps := r.Missing
	const maxGaps = 8
	if !full && len(gaps) > maxGaps {
		gaps = gaps[:maxGaps]
	}
	if len(gaps) > 0 {
		fmt.Fprintf(w, "  Missing, most important first:\n")
	}
	for _, g := range gaps {
		note := ""
		if g.InProgress {
			note = s.sty.yellow(" (in progress)")
		}
		fmt.Fprintf(w, "    %s %-32s %-9s weight %d%s\n", s.sty.red("✗"), ellipsis(g.Skill, 32), g.Importance, g.Weight, note)
	}
	if len(gaps) < len(r.Missing) {
		fmt.Fprintf(w, "    %s\n", s.sty.dim(fmt.Sprintf("… %d more (--role %s shows all)", len(r.Missing)-len(gaps), r.ID)))
	}
}
