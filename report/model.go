package report

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/rolefit/rolefit/matcher"
)

// Options configure a report. Every field is optional; the output depends
// only on the entries and the options, so the same input always renders the
// same bytes.
type Options struct {
	// Title heads the report ("rolefit report" when empty).
	Title string
	// Generated is printed as the report's date. It is passed in, never
	// read from the clock, so output is reproducible.
	Generated string
	// Vocab names the vocabulary the entries were scored with.
	Vocab *Vocab
	// Roles lists the roles in the order of the cohort table's columns, with
	// the titles and descriptions used in headers and advice. When empty,
	// roles are taken from the entries, ordered by id.
	Roles []RoleInfo
	// Certs maps a skill id to the names of certifications that would close
	// a gap in it.
	Certs map[string][]string
}

// RoleInfo describes one role for headers and advice.
type RoleInfo struct {
	ID          string
	Title       string
	Description string
}

// Limits that keep reports readable.
const (
	// topRoles is how many of a student's best roles get evidence and
	// gap lists.
	topRoles = 3
	// maxEvidence is how many evidence lines are shown per matched skill
	// or credential: the strongest, so a senior résumé's report stays a few
	// pages long; the rest are counted.
	maxEvidence = 1
	// maxGaps is how many gaps are listed per role in a student's action
	// list; the list is in priority order and the rest are counted.
	maxGaps = 10
	// topGaps is how many of the commonest gaps are listed per role in a
	// cohort report.
	topGaps = 5
	// lowQuality is the extraction quality score below which a file is
	// flagged for attention.
	lowQuality = 0.5
)

// bands are the score bands the matcher assigns, best first; any other
// value is shown as "unknown".
var bands = []string{"strong", "good", "partial", "weak"}

func bandClass(b string) string {
	for _, k := range bands {
		if b == k {
			return k
		}
	}
	return "unknown"
}

// page is everything a report shows, computed once and rendered by both the
// HTML and the Markdown writers.
type column struct {
	Title       string
	Description string
}

type page struct {
	Title     string
	Generated string
	Vocab     *Vocab
	Single    bool
	Students  []student
	Roles     []RoleInfo

	// Cohort only.
	Total, ScoredCount, OffDomain, NotScored int
	Rows                                     []row
	Columns                                  []column
	BestFit                                  []bestFit
	Gaps                                     []roleGaps
	Attention                                []attention
}

type student struct {
	Anchor   string
	Name     string
	Format   string
	Status   string
	Error    string
	Hint     string
	Scored   bool
	InDomain bool
	Domain   string

	Seniority         string
	SeniorityEvidence []string

	Ranked     []rankedRole
	Top        []topRole
	InProgress []inProgress
	Warnings   []string
}

type rankedRole struct {
	Rank  int
	ID    string
	Title string
	Score int
	Band  string
}

type topRole struct {
	rankedRole
	Description string
	Matched     []matchView
	Gaps        []gapView
	MoreGaps    int // gaps not listed
}

type matchView struct {
	Skill      string
	Importance string
	Weight     int
	Evidence   []evidence
	More       int // evidence lines not shown
}

type evidence struct {
	Section  string
	Line     int
	Text     string
	Strength string
}

type gapView struct {
	Skill      string
	Importance string
	Weight     int
	Certs      []string
}

type inProgress struct {
	Skill    string
	Evidence []evidence
}

type row struct {
	Anchor string
	Name   string
	Scored bool
	Status string
	Best   string
	Cells  []cell
}

type cell struct {
	Present bool
	Score   int
	Band    string
}

type bestFit struct {
	Title   string
	Count   int
	Percent int
}

type roleGaps struct {
	Title  string
	Scored int
	Gaps   []gapCount
}

type gapCount struct {
	Skill      string
	Importance string
	Count      int
}

type attention struct {
	Anchor  string
	Name    string
	Reasons []string
}

// build computes the page for entries.
func build(entries []Entry, opts Options) *page {
	p := &page{
		Title:     opts.Title,
		Generated: opts.Generated,
		Vocab:     opts.Vocab,
		Single:    len(entries) == 1,
		Total:     len(entries),
	}
	if p.Title == "" {
		p.Title = "rolefit report"
	}
	if p.Vocab == nil {
		for i := range entries {
			if entries[i].Vocabulary != nil {
				p.Vocab = entries[i].Vocabulary
				break
			}
		}
	}
	p.Roles = roleList(entries, opts.Roles)
	info := make(map[string]RoleInfo, len(p.Roles))
	for _, r := range p.Roles {
		info[r.ID] = r
	}
	for i := range entries {
		p.Students = append(p.Students, buildStudent(i, &entries[i], info, opts.Certs))
	}
	if !p.Single {
		buildCohort(p, entries)
	}
	return p
}

// roleList returns the roles in column order: the given ones, else every
// role seen in the entries, by id.
func roleList(entries []Entry, given []RoleInfo) []RoleInfo {
	if len(given) > 0 {
		out := make([]RoleInfo, len(given))
		copy(out, given)
		for i := range out {
			if out[i].Title == "" {
				out[i].Title = out[i].ID
			}
		}
		return out
	}
	seen := map[string]RoleInfo{}
	for i := range entries {
		if !entries[i].Scored() {
			continue
		}
		for _, rs := range entries[i].Roles {
			if _, ok := seen[rs.ID]; !ok {
				t := rs.Title
				if t == "" {
					t = rs.ID
				}
				seen[rs.ID] = RoleInfo{ID: rs.ID, Title: t}
			}
		}
	}
	out := make([]RoleInfo, 0, len(seen))
	for _, r := range seen {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// shortTitle drops a trailing parenthetical from a role title for the
// cohort table's headers: "Clinical Informaticist (nurse, …)" becomes
// "Clinical Informaticist".
func shortTitle(t string) string {
	if i := strings.Index(t, " ("); i > 0 {
		return strings.TrimSpace(t[:i])
	}
	return t
}

// displayName is the file's base name, or "Student N" when it has none.
func displayName(i int, file string) string {
	f := strings.ReplaceAll(file, "\\", "/")
	f = strings.TrimRight(f, "/")
	if f == "" {
		return fmt.Sprintf("Student %d", i+1)
	}
	return path.Base(f)
}

func buildStudent(i int, e *Entry, info map[string]RoleInfo, certs map[string][]string) student {
	s := student{
		Anchor: fmt.Sprintf("student-%d", i+1),
		Name:   displayName(i, e.File),
		Format: e.Format,
		Status: e.Status,
		Error:  e.Error,
		Hint:   e.Hint,
		Scored: e.Scored(),
	}
	if s.Status == "" {
		s.Status = "unknown"
	}
	s.Warnings = warnings(e)
	if !s.Scored {
		return s
	}
	r := e.Result
	s.InDomain = r.InDomain
	s.Domain = r.DomainReason
	s.Seniority = r.Seniority
	s.SeniorityEvidence = r.SeniorityEvidence

	ranked := sortedRoles(r.Roles)
	for k, rs := range ranked {
		s.Ranked = append(s.Ranked, rankedRole{
			Rank:  k + 1,
			ID:    rs.ID,
			Title: roleTitle(rs, info),
			Score: clampScore(rs.Score),
			Band:  bandClass(rs.Band),
		})
	}
	for k := 0; k < len(ranked) && k < topRoles; k++ {
		rs := ranked[k]
		t := topRole{rankedRole: s.Ranked[k], Description: info[rs.ID].Description}
		for _, m := range rs.Matched { // the matcher lists required first, heavier first
			mv := matchView{Skill: nameOr(m.Skill, m.ID), Importance: m.Importance, Weight: m.Weight}
			mv.Evidence, mv.More = evidenceList(m.Evidence)
			t.Matched = append(t.Matched, mv)
		}
		for k, g := range rs.Missing { // in action-list order already
			if k == maxGaps {
				t.MoreGaps = len(rs.Missing) - k
				break
			}
			t.Gaps = append(t.Gaps, gapView{
				Skill:      nameOr(g.Skill, g.ID),
				Importance: g.Importance,
				Weight:     g.Weight,
				Certs:      certs[g.ID],
			})
		}
		s.Top = append(s.Top, t)
	}
	ip := make([]matcher.Found, len(r.InProgress))
	copy(ip, r.InProgress)
	sort.SliceStable(ip, func(a, b int) bool { return ip[a].ID < ip[b].ID })
	for _, f := range ip {
		ev, _ := evidenceList(f.Evidence)
		s.InProgress = append(s.InProgress, inProgress{Skill: nameOr(f.Skill, f.ID), Evidence: ev})
	}
	return s
}

func nameOr(name, id string) string {
	if name != "" {
		return name
	}
	return id
}

func clampScore(n int) int {
	return min(max(n, 0), 100)
}

func roleTitle(rs matcher.RoleScore, info map[string]RoleInfo) string {
	if ri, ok := info[rs.ID]; ok && ri.Title != "" {
		return ri.Title
	}
	return nameOr(rs.Title, rs.ID)
}

// strengthRank orders evidence strengths, strongest first.
func strengthRank(s string) int {
	switch s {
	case "applied":
		return 0
	case "listed":
		return 1
	case "":
		return 2
	case "coursework":
		return 3
	}
	return 4
}

// evidenceList picks the strongest evidence lines (earliest first among
// equals) and counts the others.
func evidenceList(in []matcher.Evidence) (out []evidence, more int) {
	ev := make([]matcher.Evidence, len(in))
	copy(ev, in)
	sort.SliceStable(ev, func(i, j int) bool {
		if a, b := strengthRank(ev[i].Strength), strengthRank(ev[j].Strength); a != b {
			return a < b
		}
		return ev[i].Line < ev[j].Line
	})
	for k, e := range ev {
		if k == maxEvidence {
			return out, len(ev) - k
		}
		out = append(out, evidence{Section: e.Section, Line: e.Line, Text: clip(oneLine(e.Text)), Strength: e.Strength})
	}
	return out, 0
}

// maxLineRunes bounds a quoted résumé line.
const maxLineRunes = 200

// clip shortens s to maxLineRunes, marking the cut.
func clip(s string) string {
	r := []rune(s)
	if len(r) <= maxLineRunes {
		return s
	}
	return strings.TrimSpace(string(r[:maxLineRunes-1])) + "…"
}

// oneLine folds any line breaks or tabs in résumé text into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// sortedRoles orders roles by score, best first, then by id, without
// trusting the input order.
func sortedRoles(in []matcher.RoleScore) []matcher.RoleScore {
	out := make([]matcher.RoleScore, len(in))
	copy(out, in)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func importanceRank(s string) int {
	if s == "required" {
		return 0
	}
	return 1
}

// flagText explains extraction quality flags to staff.
var flagText = map[string]string{
	"hidden_text":    "Hidden text (for example white or invisible words) was found and ignored.",
	"low_text":       "Very little text could be read; scores may understate the résumé.",
	"undecoded_font": "Some text uses a font that could not be decoded; parts may be missing.",
	"ocr_layer":      "The text comes from a scan's OCR layer and may contain recognition errors.",
	"scanned":        "The file looks scanned; its text may be incomplete.",
	"truncated":      "The file was only read in part.",
	"garbled":        "Much of the text is unreadable (garbled).",
}

// infoFlags are quality flags that are not worth a warning.
var infoFlags = map[string]bool{"two_column": true}

// warnings lists quality problems, status first, then flags in order.
func warnings(e *Entry) []string {
	var out []string
	switch e.Status {
	case "no_text":
		out = append(out, "Scanned or image-only file: there is no text layer to read.")
	case "garbled":
		out = append(out, "Garbled text: most of the file could not be read as words.")
	}
	if q := e.Quality; q != nil {
		flags := append([]string(nil), q.Flags...)
		sort.Strings(flags)
		for k, f := range flags {
			if k > 0 && flags[k-1] == f || infoFlags[f] {
				continue
			}
			if f == "garbled" && e.Status == "garbled" {
				continue
			}
			if t, ok := flagText[f]; ok {
				out = append(out, t)
			} else {
				out = append(out, "Extraction note: "+f+".")
			}
		}
		if e.Status == "ok" && q.Words > 0 && q.Score < lowQuality {
			out = append(out, fmt.Sprintf("Low text quality: only about %d%% of the text reads as words.", int(q.Score*100+0.5)))
		}
	}
	return out
}

func buildCohort(p *page, entries []Entry) {
	idx := make(map[string]int, len(p.Roles))
	for k, r := range p.Roles {
		idx[r.ID] = k
		desc := r.Description
		if st := shortTitle(r.Title); st != r.Title {
			desc = strings.TrimSpace(r.Title + ". " + desc)
		}
		p.Columns = append(p.Columns, column{Title: shortTitle(r.Title), Description: desc})
	}
	best := make([]int, len(p.Roles))
	type gkey struct{ role, skill string }
	gapN := map[gkey]*gapCount{}
	gapOrder := map[gkey][2]int{} // importance rank, -weight
	scoredIn := 0

	for i := range entries {
		e := &entries[i]
		s := p.Students[i]
		rw := row{Anchor: s.Anchor, Name: s.Name, Scored: s.Scored, Status: s.Status}
		var reasons []string
		if !s.Scored {
			p.NotScored++
			why := "Not scored (" + s.Status + ")"
			if s.Error != "" {
				why += ": " + oneLine(s.Error)
			}
			reasons = append(reasons, why)
		} else {
			p.ScoredCount++
			rw.Cells = make([]cell, len(p.Roles))
			for _, rs := range e.Roles {
				if k, ok := idx[rs.ID]; ok {
					rw.Cells[k] = cell{Present: true, Score: clampScore(rs.Score), Band: bandClass(rs.Band)}
				}
			}
			if !s.InDomain {
				p.OffDomain++
				why := "Off-domain: no health-informatics role fits"
				if s.Domain != "" {
					why += " (" + oneLine(s.Domain) + ")"
				}
				reasons = append(reasons, why)
				rw.Best = "off-domain"
			} else {
				scoredIn++
				if len(s.Ranked) > 0 {
					rw.Best = shortTitle(s.Ranked[0].Title)
					if k, ok := idx[s.Ranked[0].ID]; ok {
						best[k]++
					}
				}
				for _, rs := range e.Roles {
					for _, g := range rs.Missing {
						key := gkey{rs.ID, g.ID}
						gc := gapN[key]
						if gc == nil {
							gc = &gapCount{Skill: nameOr(g.Skill, g.ID), Importance: g.Importance}
							gapN[key] = gc
							gapOrder[key] = [2]int{importanceRank(g.Importance), -g.Weight}
						}
						gc.Count++
					}
				}
			}
		}
		for _, w := range s.Warnings {
			reasons = append(reasons, "Quality: "+w)
		}
		if len(reasons) > 0 {
			p.Attention = append(p.Attention, attention{Anchor: s.Anchor, Name: s.Name, Reasons: reasons})
		}
		p.Rows = append(p.Rows, rw)
	}

	for k, r := range p.Roles {
		bf := bestFit{Title: r.Title, Count: best[k]}
		if p.ScoredCount > 0 {
			bf.Percent = best[k] * 100 / p.ScoredCount
		}
		p.BestFit = append(p.BestFit, bf)
	}

	for _, r := range p.Roles {
		type kv struct {
			key gkey
			gc  *gapCount
		}
		var list []kv
		for key, gc := range gapN {
			if key.role == r.ID {
				list = append(list, kv{key, gc})
			}
		}
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.gc.Count != b.gc.Count {
				return a.gc.Count > b.gc.Count
			}
			oa, ob := gapOrder[a.key], gapOrder[b.key]
			if oa != ob {
				if oa[0] != ob[0] {
					return oa[0] < ob[0]
				}
				return oa[1] < ob[1]
			}
			return a.key.skill < b.key.skill
		})
		rg := roleGaps{Title: r.Title, Scored: scoredIn}
		for k := 0; k < len(list) && k < topGaps; k++ {
			rg.Gaps = append(rg.Gaps, *list[k].gc)
		}
		p.Gaps = append(p.Gaps, rg)
	}
}
