package eval

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Formats are the renderings of the set that can be evaluated: the résumé
// files as written ("text": .txt and .md) and the PDF and DOCX renderings
// that scripts/render-eval.sh writes under DIR/rendered/FORMAT/NAME.FORMAT.
var Formats = []string{"text", "pdf", "docx"}

// ParseFormats turns a -format value ("text", "pdf", "docx" or "all") into
// the list of formats to evaluate.
func ParseFormats(s string) ([]string, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "all" {
		return Formats, nil
	}
	for _, f := range Formats {
		if s == f {
			return []string{f}, nil
		}
	}
	return nil, fmt.Errorf("unknown format %q (want text, pdf, docx or all)", s)
}

// Rendered returns the cases with each résumé path pointing at its
// rendering in format under dir/rendered; labels are unchanged. "text"
// returns the cases as they are. A missing rendering is not checked here:
// Run reports it as that résumé's error.
func Rendered(cases []Case, dir, format string) []Case {
	if format == "text" || format == "" {
		return cases
	}
	out := make([]Case, len(cases))
	for i, c := range cases {
		c.Path = filepath.Join(dir, "rendered", format, c.Name+"."+format)
		out[i] = c
	}
	return out
}

// FormatRow is one line of the per-format summary.
type FormatRow struct {
	Format string
	Report Report
}

// FormatSummary formats one Markdown row per format with the headline
// figures: top-1 acceptable, domain, seniority, skill recall, trap FP and
// résumés that could not be analysed.
func FormatSummary(rows []FormatRow) string {
	var b strings.Builder
	b.WriteString("| format | résumés | top-1 (acceptable) | domain correct | seniority | skill recall | trap FP | errors |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range rows {
		o := r.Report.Overall
		fmt.Fprintf(&b, "| %s | %d | %s | %s | %s | %s | %s | %d |\n", r.Format, o.Resumes,
			o.Top1Acceptable, o.DomainCorrect, o.Seniority, o.SkillRecall, o.TrapFP, o.Errors)
	}
	return b.String()
}
