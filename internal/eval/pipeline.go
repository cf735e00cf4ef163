package eval

import (
	"fmt"
	"time"

	"github.com/rolefit/rolefit/extract"
	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/skills"
)

// AsOf is the date the set's résumés were written: what "Present" in
// their experience ranges means. Evaluating as of a fixed date keeps the
// figures from drifting as the calendar moves on.
var AsOf = time.Date(2026, time.November, 28, 0, 0, 0, 0, time.UTC)

// NewAnalyzer wires the real pipeline: extract the file's text in-process,
// then match it against the vocabulary. Options are passed to
// matcher.Compile (e.g. matcher.WithNow(AsOf)).
func NewAnalyzer(v *skills.Vocabulary, opts ...matcher.Option) (Analyzer, error) {
	m, err := matcher.Compile(v, opts...)
	if err != nil {
		return nil, fmt.Errorf("compile vocabulary: %w", err)
	}
	return func(name string, data []byte) (*matcher.Result, error) {
		doc, err := extract.Extract(name, data, extract.Options{})
		if err != nil {
			return nil, err
		}
		return m.Match(doc.Text), nil
	}, nil
}

// RoleOrder lists the vocabulary's role ids in file order, for report rows.
func RoleOrder(v *skills.Vocabulary) []string {
	ids := make([]string, len(v.Roles))
	for i, r := range v.Roles {
		ids[i] = r.ID
	}
	return ids
}

// IDs returns the vocabulary's role ids and skill ids as sets.
func IDs(v *skills.Vocabulary) (roles, skillIDs map[string]bool) {
	roles, skillIDs = map[string]bool{}, map[string]bool{}
	for _, r := range v.Roles {
		roles[r.ID] = true
	}
	for _, s := range v.Skills {
		skillIDs[s.ID] = true
	}
	return roles, skillIDs
}

// Floors are the minimum accuracy the evaluation set must reach.
type Floors struct {
	Top1Acceptable float64 // share of in-domain résumés whose top role is acceptable
	Seniority      float64
	SkillRecall    float64
	TrapFPMax      float64 // maximum share of traps found
	// Off-domain detection must be perfect: every off-domain résumé flagged
	// and no in-domain one.
}

// DefaultFloors are the accuracy targets of issue 5.
var DefaultFloors = Floors{Top1Acceptable: 0.95, Seniority: 0.85, SkillRecall: 0.95, TrapFPMax: 0.02}

// Check returns one line per floor the report misses; none means it passes.
func (f Floors) Check(r Report) []string {
	o := r.Overall
	var out []string
	if !o.Top1Acceptable.Defined() || o.Top1Acceptable.Value() < f.Top1Acceptable {
		out = append(out, fmt.Sprintf("top-1 vs acceptable roles %s < %.0f%%", o.Top1Acceptable, 100*f.Top1Acceptable))
	}
	if o.FP > 0 || o.FN > 0 {
		out = append(out, fmt.Sprintf("off-domain detection: %d off-domain résumé(s) not flagged, %d in-domain flagged", o.FN, o.FP))
	}
	if !o.Seniority.Defined() || o.Seniority.Value() < f.Seniority {
		out = append(out, fmt.Sprintf("seniority %s < %.0f%%", o.Seniority, 100*f.Seniority))
	}
	if !o.SkillRecall.Defined() || o.SkillRecall.Value() < f.SkillRecall {
		out = append(out, fmt.Sprintf("skill recall %s < %.0f%%", o.SkillRecall, 100*f.SkillRecall))
	}
	if o.TrapFP.Value() > f.TrapFPMax {
		out = append(out, fmt.Sprintf("trap false positives %s > %.0f%%", o.TrapFP, 100*f.TrapFPMax))
	}
	if o.Errors > 0 {
		out = append(out, fmt.Sprintf("%d résumé(s) could not be analysed", o.Errors))
	}
	return out
}
