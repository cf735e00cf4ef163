package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Markdown writes the same report as HTML in Markdown: tables and lists, with
// every piece of résumé text escaped so that it cannot break a table or
// become markup. The output depends only on entries and opts.
func Markdown(w io.Writer, entries []Entry, opts Options) error {
	p := build(entries, opts)
	var b bytes.Buffer
	md := &mdWriter{b: &b}
	md.page(p)
	_, err := w.Write(b.Bytes())
	return err
}

type mdWriter struct{ b *bytes.Buffer }

func (m *mdWriter) f(format string, args ...any) { fmt.Fprintf(m.b, format, args...) }

// mdEscaper backslash-escapes the ASCII punctuation that could start markup
// or split a table cell (CommonMark allows a backslash before any ASCII
// punctuation).
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `~`, `\~`, `&`, `\&`, `#`, `\#`,
)

// esc makes text safe inside Markdown, on one line.
func esc(s string) string { return mdEscaper.Replace(oneLine(s)) }

// textBar draws a 10-cell bar for a 0..100 value.
func textBar(pct int) string {
	n := (clampScore(pct) + 5) / 10
	return strings.Repeat("█", n) + strings.Repeat("░", 10-n)
}

func (m *mdWriter) page(p *page) {
	m.f("# %s\n\n", esc(p.Title))
	var meta []string
	if p.Generated != "" {
		meta = append(meta, "Generated "+esc(p.Generated))
	}
	if p.Vocab != nil {
		v := "Vocabulary " + esc(p.Vocab.Name) + " " + esc(p.Vocab.Version)
		if p.Vocab.Hash != "" {
			h := p.Vocab.Hash
			if len(h) > 12 {
				h = h[:12]
			}
			v += " (" + esc(h) + ")"
		}
		meta = append(meta, v)
	}
	if len(meta) > 0 {
		m.f("%s\n\n", strings.Join(meta, " · "))
	}
	if p.Single {
		for _, s := range p.Students {
			m.student(s, "##")
		}
	} else {
		m.cohort(p)
		for _, s := range p.Students {
			m.student(s, "##")
		}
	}
	m.f("---\n\nrolefit scores describe keyword evidence in a résumé; they are a starting point for a conversation, not a verdict on a person.\n")
}

func (m *mdWriter) cohort(p *page) {
	plural := "s"
	if p.Total == 1 {
		plural = ""
	}
	m.f("## Cohort summary\n\n%d file%s: %d scored, %d off-domain, %d not scored.\n\n", p.Total, plural, p.ScoredCount, p.OffDomain, p.NotScored)
	if len(p.Rows) > 0 {
		m.f("| Student |")
		for _, c := range p.Columns {
			m.f(" %s |", esc(c.Title))
		}
		m.f(" Best fit |\n|---|")
		for range p.Roles {
			m.f("---:|")
		}
		m.f("---|\n")
		for _, rw := range p.Rows {
			m.f("| [%s](#%s) |", esc(rw.Name), rw.Anchor)
			if rw.Scored {
				for _, c := range rw.Cells {
					if c.Present {
						m.f(" %d %s |", c.Score, c.Band)
					} else {
						m.f(" – |")
					}
				}
				m.f(" %s |\n", esc(rw.Best))
			} else {
				for k := range p.Roles {
					if k == 0 {
						m.f(" not scored: %s |", esc(rw.Status))
					} else {
						m.f("  |")
					}
				}
				m.f(" – |\n")
			}
		}
		m.f("\n")
	}

	m.f("## Best-fit roles\n\nEach scored, in-domain student counts once, for their highest-scoring role; bars are shares of the %d scored.\n\n", p.ScoredCount)
	m.f("| Role | Students | Share |\n|---|---:|---|\n")
	for _, bf := range p.BestFit {
		m.f("| %s | %d | `%s` %d%% |\n", esc(bf.Title), bf.Count, textBar(bf.Percent), bf.Percent)
	}
	m.f("| Off-domain | %d |  |\n\n", p.OffDomain)

	m.f("## Most common gaps by role\n\nAcross scored, in-domain students; roles in column order, up to five gaps each, commonest first.\n\n")
	for _, rg := range p.Gaps {
		m.f("### %s\n\n", esc(rg.Title))
		if len(rg.Gaps) == 0 {
			m.f("No gaps recorded.\n\n")
			continue
		}
		for k, g := range rg.Gaps {
			m.f("%d. %s (%s) — missing for %d of %d\n", k+1, esc(g.Skill), esc(g.Importance), g.Count, rg.Scored)
		}
		m.f("\n")
	}

	m.f("## Needs attention\n\n")
	if len(p.Attention) == 0 {
		m.f("Nothing needs attention.\n\n")
	}
	for _, a := range p.Attention {
		m.f("- [%s](#%s)\n", esc(a.Name), a.Anchor)
		for _, r := range a.Reasons {
			m.f("  - %s\n", esc(r))
		}
	}
	if len(p.Attention) > 0 {
		m.f("\n")
	}
}

func (m *mdWriter) where(e evidence) string {
	sec := e.Section
	if sec == "" {
		sec = "no section"
	}
	s := fmt.Sprintf("%s, line %d", esc(sec), e.Line)
	if e.Strength != "" {
		s += ", " + esc(e.Strength)
	}
	return s
}

func (m *mdWriter) student(s student, h string) {
	// An explicit anchor keeps the cohort table's links working in
	// renderers that do not derive ids from headings.
	m.f("<a id=\"%s\"></a>\n\n%s %s\n\n", s.Anchor, h, esc(s.Name))
	m.f("Status: %s", esc(s.Status))
	if s.Format != "" {
		m.f(" · Format: %s", esc(s.Format))
	}
	m.f("\n\n")
	if !s.Scored {
		m.f("**Not scored.**")
		if s.Error != "" {
			m.f(" %s", esc(s.Error))
		}
		if s.Hint != "" {
			m.f(" Hint: %s", esc(s.Hint))
		}
		m.f("\n\n")
	}
	if len(s.Warnings) > 0 {
		m.f("**Quality warnings**\n\n")
		for _, w := range s.Warnings {
			m.f("- %s\n", esc(w))
		}
		m.f("\n")
	}
	if !s.Scored {
		return
	}
	if s.InDomain {
		m.f("**In domain:** this résumé reads as health-informatics work")
	} else {
		m.f("**Off-domain:** no health-informatics role fits well")
	}
	if s.Domain != "" {
		m.f(" (%s)", esc(s.Domain))
	}
	m.f(".\n\n")
	sen := s.Seniority
	if sen == "" {
		sen = "not determined"
	}
	m.f("**Seniority:** %s\n\n", esc(sen))
	for _, e := range s.SeniorityEvidence {
		m.f("- “%s”\n", esc(e))
	}
	if len(s.SeniorityEvidence) > 0 {
		m.f("\n")
	}

	m.f("%s# Roles ranked by fit\n\n| # | Role | Score | Fit | Band |\n|---:|---|---:|---|---|\n", h)
	for _, r := range s.Ranked {
		m.f("| %d | %s | %d | `%s` | %s |\n", r.Rank, esc(r.Title), r.Score, textBar(r.Score), r.Band)
	}
	m.f("\n")

	for _, t := range s.Top {
		m.f("%s# %d. %s — %d (%s)\n\n", h, t.Rank, esc(t.Title), t.Score, t.Band)
		if t.Description != "" {
			m.f("%s\n\n", esc(t.Description))
		}
		m.f("**Evidence**\n\n")
		if len(t.Matched) == 0 {
			m.f("No skills for this role were found.\n\n")
		}
		for _, mv := range t.Matched {
			m.f("- **%s** (%s, weight %d)\n", esc(mv.Skill), esc(mv.Importance), mv.Weight)
			for _, e := range mv.Evidence {
				m.f("  - %s: “%s”\n", m.where(e), esc(e.Text))
			}
			if mv.More > 0 {
				plural := "s"
				if mv.More == 1 {
					plural = ""
				}
				m.f("  - and %d more line%s\n", mv.More, plural)
			}
		}
		if len(t.Matched) > 0 {
			m.f("\n")
		}
		m.f("**Gaps to close**\n\n")
		if len(t.Gaps) == 0 {
			m.f("No gaps: every skill of this role was found.\n\n")
		}
		for k, g := range t.Gaps {
			m.f("%d. Show evidence of **%s** (%s, weight %d)", k+1, esc(g.Skill), esc(g.Importance), g.Weight)
			if len(g.Certs) > 0 {
				cs := make([]string, len(g.Certs))
				for i, c := range g.Certs {
					cs[i] = esc(c)
				}
				m.f(" — would be closed by: %s", strings.Join(cs, ", "))
			}
			m.f("\n")
		}
		if t.MoreGaps > 0 {
			m.f("\nAnd %d more, of lower priority.\n", t.MoreGaps)
		}
		if len(t.Gaps) > 0 {
			m.f("\n")
		}
	}

	if len(s.InProgress) > 0 {
		m.f("%s# Credentials in progress\n\n", h)
		for _, ip := range s.InProgress {
			m.f("- **%s**\n", esc(ip.Skill))
			for _, e := range ip.Evidence {
				m.f("  - %s: “%s”\n", m.where(evidence{Section: e.Section, Line: e.Line}), esc(e.Text))
			}
		}
		m.f("\n")
	}
}
