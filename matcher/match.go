package matcher

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Match analyses one résumé: text is the extractor's output, lines
// separated by "\n". Evidence line numbers are 1-based lines of text. The
// result is a pure function of text and the Matcher (see WithNow).
func (m *Matcher) Match(text string) *Result {
	st := m.pool.Get().(*state)
	defer m.pool.Put(st)
	m.analyze(st, text)
	found, progress, best, isProg := m.collect(st)
	byIdx := make(map[int32]*Found, len(found))
	for i := range found {
		byIdx[m.byID[found[i].ID]] = &found[i]
	}
	res := &Result{ModelVersion: ModelVersion, Skills: found, InProgress: progress}
	degreeProgress := false
	for _, p := range progress {
		if m.skills[m.byID[p.ID]].kind == "degree" {
			degreeProgress = true
		}
	}
	// Seniority first: it marks the job lines that titleRanks reads.
	res.Seniority, res.SeniorityEvidence = m.seniority(st, degreeProgress)
	res.Roles = m.scoreRoles(best, isProg, byIdx, m.titleRanks(st))
	signals := 0
	for _, s := range st.signals {
		if s {
			signals++
		}
	}
	// Practical skills are shown in work or a skills list: coursework and
	// self-described beginner skills ("a required EHR class", "the LIS as
	// an end user") show no health-informatics work, and neither do
	// generic office skills (Excel, budgets, team leadership).
	practical := 0
	for i := range found {
		k := m.byID[found[i].ID]
		switch m.skills[k].kind {
		case "degree", "license", "certification":
		default:
			if best[k] >= strListed && !m.skills[k].generic {
				practical++
			}
		}
	}
	res.InDomain, res.DomainReason = domain(res.Roles, signals, st.sigSpread, practical)
	return res
}

// Find returns the skills mentioned in text with their evidence, sorted by
// id. It applies the same rules as Match (masks, context, negation) but no
// scoring. The job-posting reader uses it, so a credential "under way"
// (which in a posting reads as "candidates pursuing PMP ...") is still
// returned, with evidence strength "in_progress".
func (m *Matcher) Find(text string) []Found {
	st := m.pool.Get().(*state)
	defer m.pool.Put(st)
	m.analyze(st, text)
	found, progress, _, _ := m.collect(st)
	if len(progress) == 0 {
		return found
	}
	found = append(found, progress...)
	slices.SortFunc(found, func(a, b Found) int { return strings.Compare(a.ID, b.ID) })
	return found
}

// collect groups evidence by skill. It returns the skills held (sorted by
// id), the credentials under way and not otherwise shown, the best
// strength per skill index and the under-way flags per skill index.
func (m *Matcher) collect(st *state) (found, progress []Found, best []uint8, isProg []bool) {
	best = make([]uint8, len(m.skills))
	isProg = make([]bool, len(m.skills))
	evs := st.evs
	slices.SortFunc(evs, func(a, b rawEvidence) int {
		if a.skill != b.skill {
			return cmp.Compare(a.skill, b.skill)
		}
		if a.line != b.line {
			return cmp.Compare(a.line, b.line)
		}
		return cmp.Compare(b.strength, a.strength)
	})
	found = []Found{}
	for i := 0; i < len(evs); {
		j := i
		for j < len(evs) && evs[j].skill == evs[i].skill {
			j++
		}
		group := evs[i:j]
		i = j
		si := group[0].skill
		sk := &m.skills[si]
		held, prog := st.held[:0], st.prog[:0]
		for k, e := range group {
			if k > 0 && e.line == group[k-1].line && e.progress == group[k-1].progress {
				continue // one line once, strongest kept (sorted first)
			}
			if e.progress {
				prog = append(prog, e)
			} else {
				held = append(held, e)
				if e.strength > best[si] {
					best[si] = e.strength
				}
			}
		}
		st.held, st.prog = held, prog
		switch {
		case len(held) > 0:
			found = append(found, Found{ID: sk.id, Skill: sk.name, Evidence: m.pick(st, held)})
		case len(prog) > 0:
			isProg[si] = true
			progress = append(progress, Found{ID: sk.id, Skill: sk.name, Evidence: m.pick(st, prog)})
		}
	}
	byID := func(a, b Found) int { return strings.Compare(a.ID, b.ID) }
	slices.SortFunc(found, byID)
	slices.SortFunc(progress, byID)
	return found, progress, best, isProg
}

// pick keeps the MaxEvidence strongest lines (earlier first on ties), in
// line order.
func (m *Matcher) pick(st *state, evs []rawEvidence) []Evidence {
	if len(evs) > MaxEvidence {
		slices.SortStableFunc(evs, func(a, b rawEvidence) int { return cmp.Compare(b.strength, a.strength) })
		evs = evs[:MaxEvidence]
		slices.SortStableFunc(evs, func(a, b rawEvidence) int { return cmp.Compare(a.line, b.line) })
	}
	out := make([]Evidence, 0, len(evs))
	for _, e := range evs {
		li := &st.info[e.line]
		ev := Evidence{Line: int(e.line) + 1, Text: clip(li.text), Section: li.section}
		if e.progress {
			ev.Strength = "in_progress"
		} else {
			ev.Strength = strengthNames[e.strength]
		}
		out = append(out, ev)
	}
	return out
}

// clip shortens s to maxEvidenceRunes runes.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxEvidenceRunes {
		return s
	}
	n := 0
	for i := range s {
		if n == maxEvidenceRunes-1 {
			return strings.TrimSpace(s[:i]) + "…"
		}
		n++
	}
	return s
}
