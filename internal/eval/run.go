package eval

import (
	"fmt"
	"os"
	"strings"

	"github.com/rolefit/rolefit/matcher"
)

// Analyzer turns one résumé file into a matcher result.
type Analyzer func(name string, data []byte) (*matcher.Result, error)

// Run analyses every case and returns one prediction per case, in order.
// A failure to read or analyse a file becomes Prediction.Err, never a panic.
func Run(cases []Case, analyze Analyzer) []Prediction {
	preds := make([]Prediction, len(cases))
	for i, c := range cases {
		preds[i] = runOne(c, analyze)
	}
	return preds
}

func runOne(c Case, analyze Analyzer) (p Prediction) {
	defer func() {
		if r := recover(); r != nil {
			p = Prediction{Err: fmt.Errorf("panic: %v", r)}
		}
	}()
	data, err := os.ReadFile(c.Path)
	if err != nil {
		return Prediction{Err: err}
	}
	res, err := analyze(fileName(c), data)
	if err != nil {
		return Prediction{Err: err}
	}
	if res == nil {
		return Prediction{Err: fmt.Errorf("no result")}
	}
	return FromResult(res)
}

// FromResult reduces a matcher result to a prediction.
func FromResult(r *matcher.Result) Prediction {
	p := Prediction{
		InDomain:     r.InDomain,
		Seniority:    r.Seniority,
		SeniorityWhy: strings.Join(r.SeniorityEvidence, "; "),
		Skills:       map[string]string{},
		InProgress:   map[string]bool{},
	}
	if len(r.Roles) > 0 {
		p.TopRole, p.TopScore = r.Roles[0].ID, r.Roles[0].Score
	}
	for _, f := range r.Skills {
		where := "?"
		if len(f.Evidence) > 0 {
			e := f.Evidence[0]
			where = fmt.Sprintf("line %d", e.Line)
			if e.Section != "" {
				where += " (" + e.Section + ")"
			}
			if e.Strength != "" {
				where += " [" + e.Strength + "]"
			}
		}
		p.Skills[f.ID] = where
	}
	for _, f := range r.InProgress {
		p.InProgress[f.ID] = true
	}
	return p
}
