package eval

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Prediction is what the tool said about one résumé, reduced to what the
// metrics need.
type Prediction struct {
	TopRole   string // id of the best-scoring role, "" when none
	TopScore  int
	InDomain  bool
	Seniority string
	// SeniorityWhy is the tool's own evidence for the level (years and
	// title words, never names); it is shown in misses only.
	SeniorityWhy string
	// Skills maps every skill id found to a short note on where it was
	// found (e.g. "line 12, skills"); the note is used only in misses.
	Skills map[string]string
	// InProgress holds the ids reported as under way.
	InProgress map[string]bool
	// Err is set when the résumé could not be analysed at all.
	Err error
}

// Ratio is a count of successes out of trials. A ratio with no trials has
// no value.
type Ratio struct{ Num, Den int }

// Value is Num/Den, or 0 when Den is 0 (check Defined).
func (r Ratio) Value() float64 {
	if r.Den == 0 {
		return 0
	}
	return float64(r.Num) / float64(r.Den)
}

// Defined reports whether the ratio has at least one trial.
func (r Ratio) Defined() bool { return r.Den > 0 }

func (r Ratio) add(ok bool) Ratio {
	r.Den++
	if ok {
		r.Num++
	}
	return r
}

// String formats the ratio as "95.0% (57/60)", or "–" when undefined.
func (r Ratio) String() string {
	if r.Den == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*r.Value(), r.Num, r.Den)
}

// Stats are the metrics of one group of résumés.
type Stats struct {
	Resumes int
	Errors  int // résumés that could not be analysed
	// Top1Primary and Top1Acceptable count in-domain résumés whose best role
	// is the primary role, or one of the acceptable roles.
	Top1Primary    Ratio
	Top1Acceptable Ratio
	// DomainCorrect counts résumés whose in/off-domain verdict matches the
	// label.
	DomainCorrect Ratio
	Seniority     Ratio
	// SkillRecall counts labelled present skills that were found.
	SkillRecall Ratio
	// TrapFP counts labelled traps that were found (lower is better).
	TrapFP Ratio
	// InProgress counts labelled in-progress credentials reported as such.
	InProgress Ratio
	// Confusion for the off-domain class (positive = off-domain).
	TP, FP, FN, TN int
}

// OffDomainPrecision is TP/(TP+FP) with off-domain as the positive class.
func (s Stats) OffDomainPrecision() Ratio { return Ratio{s.TP, s.TP + s.FP} }

// OffDomainRecall is TP/(TP+FN) with off-domain as the positive class.
func (s Stats) OffDomainRecall() Ratio { return Ratio{s.TP, s.TP + s.FN} }

// Miss is one way a prediction disagreed with its label.
type Miss struct {
	File     string // résumé file name
	Kind     string // role, domain, seniority, skill, trap, in_progress, error
	Expected string
	Got      string
}

// Report is the result of an evaluation.
type Report struct {
	Overall Stats
	Groups  []string // role ids in order of first appearance in Roles, then OffDomain
	ByGroup map[string]*Stats
	Misses  []Miss
}

// Evaluate compares predictions with labels; preds[i] belongs to cases[i].
// roleOrder fixes the order of the rows (roles missing from it are
// appended in name order).
func Evaluate(cases []Case, preds []Prediction, roleOrder []string) Report {
	if len(preds) != len(cases) {
		panic("eval: predictions and cases differ in length")
	}
	rep := Report{ByGroup: map[string]*Stats{}}
	for i, c := range cases {
		g := c.Group()
		s := rep.ByGroup[g]
		if s == nil {
			s = &Stats{}
			rep.ByGroup[g] = s
		}
		misses := score(c, preds[i], s, &rep.Overall)
		rep.Misses = append(rep.Misses, misses...)
	}
	seen := map[string]bool{}
	for _, r := range roleOrder {
		if rep.ByGroup[r] != nil && !seen[r] {
			rep.Groups = append(rep.Groups, r)
			seen[r] = true
		}
	}
	var rest []string
	for g := range rep.ByGroup {
		if !seen[g] && g != OffDomain {
			rest = append(rest, g)
		}
	}
	sort.Strings(rest)
	rep.Groups = append(rep.Groups, rest...)
	if rep.ByGroup[OffDomain] != nil {
		rep.Groups = append(rep.Groups, OffDomain)
	}
	return rep
}

// score adds one case to its group's stats and to the overall stats and
// returns its misses.
func score(c Case, p Prediction, group, overall *Stats) []Miss {
	file := fileName(c)
	var misses []Miss
	miss := func(kind, expected, got string) {
		misses = append(misses, Miss{File: file, Kind: kind, Expected: expected, Got: got})
	}
	both := func(f func(s *Stats)) { f(group); f(overall) }
	both(func(s *Stats) { s.Resumes++ })
	l := c.Label
	if p.Err != nil {
		both(func(s *Stats) { s.Errors++ })
		miss("error", "analysed", p.Err.Error())
		// Count every metric as failed so an error cannot raise a score.
		p = Prediction{InDomain: !l.InDomain}
	}

	if l.InDomain {
		okP := p.TopRole == l.PrimaryRole
		okA := slices.Contains(l.AcceptableRoles, p.TopRole)
		both(func(s *Stats) {
			s.Top1Primary = s.Top1Primary.add(okP)
			s.Top1Acceptable = s.Top1Acceptable.add(okA)
		})
		if !okA {
			miss("role", strings.Join(l.AcceptableRoles, "|"), fmt.Sprintf("%s (%d)", orNone(p.TopRole), p.TopScore))
		} else if !okP {
			miss("role-secondary", l.PrimaryRole, fmt.Sprintf("%s (%d)", p.TopRole, p.TopScore))
		}
	}

	offTruth, offPred := !l.InDomain, !p.InDomain
	both(func(s *Stats) {
		s.DomainCorrect = s.DomainCorrect.add(offTruth == offPred)
		switch {
		case offTruth && offPred:
			s.TP++
		case !offTruth && offPred:
			s.FP++
		case offTruth && !offPred:
			s.FN++
		default:
			s.TN++
		}
	})
	if offTruth != offPred {
		miss("domain", domainWord(l.InDomain), fmt.Sprintf("%s (top %s %d)", domainWord(p.InDomain), orNone(p.TopRole), p.TopScore))
	}

	okS := p.Seniority == l.Seniority
	both(func(s *Stats) { s.Seniority = s.Seniority.add(okS) })
	if !okS {
		got := orNone(p.Seniority)
		if p.SeniorityWhy != "" {
			got += " (" + p.SeniorityWhy + ")"
		}
		miss("seniority", l.Seniority, got)
	}

	for _, id := range l.Present {
		_, ok := p.Skills[id]
		both(func(s *Stats) { s.SkillRecall = s.SkillRecall.add(ok) })
		if !ok {
			miss("skill", id, "not found")
		}
	}
	for _, id := range l.Traps {
		where, found := p.Skills[id]
		both(func(s *Stats) { s.TrapFP = s.TrapFP.add(found) })
		if found {
			miss("trap", "no "+id, "found at "+where)
		}
	}
	for _, id := range l.InProgress {
		ok := p.InProgress[id]
		both(func(s *Stats) { s.InProgress = s.InProgress.add(ok) })
		if !ok {
			miss("in_progress", id, "not reported in progress")
		}
	}
	return misses
}

func fileName(c Case) string {
	if c.Path == "" {
		return c.Name
	}
	i := strings.LastIndexAny(c.Path, `/\`)
	return c.Path[i+1:]
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func domainWord(in bool) string {
	if in {
		return "in-domain"
	}
	return "off-domain"
}

// Markdown formats the report as a Markdown table with one row per group
// and an overall row, followed by the off-domain precision and recall.
func (r Report) Markdown() string {
	var b strings.Builder
	b.WriteString("| group | résumés | top-1 (primary) | top-1 (acceptable) | domain correct | seniority | skill recall | trap FP |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|\n")
	row := func(name string, s Stats) {
		fmt.Fprintf(&b, "| %s | %d | %s | %s | %s | %s | %s | %s |\n", name, s.Resumes,
			s.Top1Primary, s.Top1Acceptable, s.DomainCorrect, s.Seniority, s.SkillRecall, s.TrapFP)
	}
	for _, g := range r.Groups {
		row(g, *r.ByGroup[g])
	}
	row("**overall**", r.Overall)
	fmt.Fprintf(&b, "\nOff-domain detection (positive = off-domain): precision %s, recall %s.\n",
		r.Overall.OffDomainPrecision(), r.Overall.OffDomainRecall())
	if r.Overall.InProgress.Defined() {
		fmt.Fprintf(&b, "In-progress credentials reported: %s.\n", r.Overall.InProgress)
	}
	if r.Overall.Errors > 0 {
		fmt.Fprintf(&b, "Résumés that could not be analysed: %d.\n", r.Overall.Errors)
	}
	return b.String()
}

// MissList formats the misses one per line: file, kind, expected, got.
func (r Report) MissList() string {
	var b strings.Builder
	for _, m := range r.Misses {
		fmt.Fprintf(&b, "%-40s %-14s expected %-32s got %s\n", m.File, m.Kind, m.Expected, m.Got)
	}
	return b.String()
}
