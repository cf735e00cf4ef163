package matcher

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Scoring constants. The package documentation explains how they combine;
// each comment gives the reason for the value.
const (
	// RequiredFactor scales a required skill's weight. Required skills
	// define the role, so they count in full.
	RequiredFactor = 1.0
	// PreferredFactor scales a preferred skill's weight. Preferred skills
	// distinguish candidates but are not expected of everyone: with the
	// shipped roles (preferred weight about half the required weight), a
	// résumé showing every required skill and no preferred one still
	// scores 100 × R / (R + 0.5 × 0.5 R) = 80, well inside the strong band.
	PreferredFactor = 0.5

	// CreditApplied is the credit for a skill shown in work done (an
	// experience or project bullet). It is the reference: full credit.
	CreditApplied = 1.0
	// CreditListed is the credit for a skill that is only listed (a skills
	// section, a comma list, a summary). A list proves less than a bullet
	// describing use, but most real skills sections are honest, so the
	// discount is small. Certifications, degrees and licences get full
	// credit when listed, since listing is how they are shown.
	CreditListed = 0.8
	// CreditCoursework is the credit for a skill met only in coursework.
	// Half: the candidate has studied it but not used it at work.
	CreditCoursework = 0.5
	// CreditBeginner is the credit for a skill the résumé itself calls
	// basic or introductory ("familiar with", "exposure to"); the same as
	// coursework.
	CreditBeginner = 0.5

	// FullFitShare is the share of a role's total weight that a full fit
	// shows, the denominator of the 0–100 score. Vocabulary roles are
	// broad (about 25 required and 30 preferred skills, every way the job
	// is done), and no real résumé names them all: on the labelled
	// evaluation set, résumés written for a role show a median of 34% of
	// its weight (quartiles 25% and 39%), and the strongest tenth 45% or
	// more (the best 61%). Scoring against 45% of the weight lets a
	// résumé as complete as the strongest real ones reach 100 and puts a
	// typical clear fit in the 70s, instead of "34/100" for a good match.
	// Scores above 100 (a résumé fuller than that) are shown as 100.
	FullFitShare = 0.45

	// MinRequiredCoverage is the share of a role's required weight (after
	// strength credit) below which the score is capped at CappedScore. A
	// résumé showing under a fifth of what a role requires cannot be a
	// good fit however many preferred skills it lists. (Clear fits show
	// about 0.85 as much of a role's total weight as of its required
	// weight, so the cap never touches them.)
	MinRequiredCoverage = 1.0 / 5
	// CappedScore is the cap for low required coverage: the top of the
	// partial band.
	CappedScore = BandGood - 1
	// TitleBonus is added to the score of the role(s) that the résumé's
	// most recent job title names (skills.Role.Titles: "CMIO", "privacy
	// analyst", "consultant"): a recruiter reads the title first. Three
	// points decide a near tie between two roles the evidence fills about
	// equally (a CMIO whose work also fills the clinical informaticist
	// role) and never lift a weak fit into another band by itself.
	TitleBonus = 3

	// Band thresholds on the 0–100 score. On the labelled evaluation set
	// (scores as given by FullFitShare), résumés written for a role score
	// a median of 75 on it (quartiles 55 and 87, a tenth under 41, a tenth
	// at 100), the best other role a median of 37 (quartiles 23 and 53, a
	// tenth of them 63 or more) and off-domain résumés' best role a median
	// of 19 (at most 44). So strong starts at 65, which two thirds of clear
	// fits reach and under a tenth of runner-ups do; good, a solid share
	// of a full fit where the upper half of adjacent roles land, at 45,
	// just above every off-domain résumé's best; partial, what an adjacent
	// role typically reaches, at 25, above three quarters of off-domain
	// bests; below that the fit is weak.
	BandStrong  = 65
	BandGood    = 45
	BandPartial = 25

	// InDomainMinScore is the best role score at or above which a résumé
	// with at least one health-domain term is in domain: well inside the
	// strong band, about the median clear fit and far above any
	// off-domain résumé's best role on the evaluation set (at most 44), a
	// score only a health-informatics résumé reaches. Without any health
	// term a high score only shows generic tech skills (SQL, Python,
	// machine learning), which every software or data résumé has.
	InDomainMinScore = 75
	// DomainMinSignals is how many distinct health-domain terms (EHR,
	// HIPAA, clinical, patient, NHS, ...) make the health signal strong.
	// One or two occur by chance ("health" in a hobby, "patient" as an
	// adjective); three distinct ones rarely do.
	DomainMinSignals = 3
	// DomainMinSkills is how many distinct practical skills (kind skill,
	// tool or standard; not degrees, licences or certifications; shown in
	// work or a skills list, not only in coursework or as a self-described
	// beginner or end user) a résumé
	// with a strong health signal must show to be in domain below
	// InDomainMinScore. Health terms alone are not enough: a bedside nurse
	// names many of them, but besides the RN licence and BSN shows only
	// clinical practice and EHR charting; a junior analyst, help-desk
	// technician or UK information-governance officer shows six or more
	// informatics skills even when no role reaches the good band, and a
	// project manager from another industry shows about four generic ones.
	DomainMinSkills = 5

	// MaxEvidence is the most evidence lines kept per skill, strongest
	// first; more add length without adding proof.
	MaxEvidence = 3
	// maxEvidenceRunes bounds an evidence line's text.
	maxEvidenceRunes = 200
)

// Band names.
const (
	Strong  = "strong"
	Good    = "good"
	Partial = "partial"
	Weak    = "weak"
)

// band maps a score to its band.
func band(score int) string {
	switch {
	case score >= BandStrong:
		return Strong
	case score >= BandGood:
		return Good
	case score >= BandPartial:
		return Partial
	}
	return Weak
}

// credit is the share of a skill's weight earned by evidence of a strength.
func credit(kind string, strength uint8) float64 {
	switch strength {
	case strApplied:
		return CreditApplied
	case strListed:
		if kind == "certification" || kind == "degree" || kind == "license" {
			return CreditApplied
		}
		return CreditListed
	case strCoursework:
		return CreditCoursework
	case strBeginner:
		return CreditBeginner
	}
	return 0
}

// scoreRoles scores every role. best[i] is the strongest evidence of skill
// i (0: not found); progress[i] marks credentials under way.
func (m *Matcher) scoreRoles(best []uint8, progress []bool, found map[int32]*Found, titleRank []int) []RoleScore {
	out := make([]RoleScore, 0, len(m.roles))
	raw := make([]float64, 0, len(m.roles)) // unrounded scores, for ties
	titled := noTitle                       // the most recent job-title line naming any role
	for _, r := range titleRank {
		titled = min(titled, r)
	}
	// One backing array each for all roles' matches and gaps.
	nMatched := 0
	for _, items := range m.roleItems {
		for _, it := range items {
			if best[it.skill] > 0 {
				nMatched++
			}
		}
	}
	matches := make([]Match, 0, nMatched)
	gaps := make([]Gap, 0, m.roleItemCount-nMatched)
	for ri, r := range m.roles {
		items := m.roleItems[ri]
		rs := RoleScore{ID: r.ID, Title: r.Title}
		mStart, gStart := len(matches), len(gaps)
		var total, credited, reqTotal, reqCredited float64
		for _, it := range items {
			sk := &m.skills[it.skill]
			factor, importance := PreferredFactor, "preferred"
			if it.required {
				factor, importance = RequiredFactor, "required"
			}
			full := float64(it.weight) * factor
			total += full
			c := full * credit(sk.kind, best[it.skill])
			credited += c
			if it.required {
				reqTotal += full
				reqCredited += c
			}
			if best[it.skill] > 0 {
				matches = append(matches, Match{ID: sk.id, Skill: sk.name, Importance: importance,
					Weight: it.weight, Evidence: found[it.skill].Evidence, Strength: strengthNames[best[it.skill]]})
			} else {
				gaps = append(gaps, Gap{ID: sk.id, Skill: sk.name, Importance: importance,
					Weight: it.weight, InProgress: progress[it.skill], Closes: sk.closes})
			}
		}
		// Items are pre-sorted (required first, heavier first, then id), so
		// both lists come out in their documented order.
		rs.Matched = matches[mStart:len(matches):len(matches)]
		rs.Missing = gaps[gStart:len(gaps):len(gaps)]
		score := 0.0
		if total > 0 {
			score = 100 * credited / (FullFitShare * total)
		}
		if titleRank[ri] < noTitle && titleRank[ri] == titled && score > 0 {
			score += TitleBonus
			rs.Titled = true
		}
		if reqTotal > 0 {
			cov := reqCredited / reqTotal
			rs.RequiredCoverage = int(math.Round(100 * cov))
			if cov < MinRequiredCoverage && score > CappedScore {
				score = CappedScore
				rs.Capped = true
			}
		}
		// raw keeps the value above 100, so ties at 100 go to the fuller fit.
		rs.Score = int(math.Round(min(score, 100)))
		rs.Band = band(rs.Score)
		out = append(out, rs)
		raw = append(raw, score)
	}
	// Sorted by score; then a role named by the résumé's own job titles
	// (the latest such title first; see titleRanks); then by the unrounded,
	// uncapped score (74.4 before 73.6, both shown as 74; 112 before 104,
	// both shown as 100); then id.
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if out[a].Score != out[b].Score {
			return out[b].Score - out[a].Score
		}
		if titleRank[a] != titleRank[b] {
			return titleRank[a] - titleRank[b] // the résumé's latest title names it
		}
		if raw[a] != raw[b] {
			if raw[a] > raw[b] {
				return -1
			}
			return 1
		}
		return strings.Compare(out[a].ID, out[b].ID)
	})
	sorted := make([]RoleScore, len(out))
	for i, k := range idx {
		sorted[i] = out[k]
	}
	return sorted
}

// domain applies the in-domain rule (see the package documentation):
//
//	in = signals ≥ 1 and (best ≥ InDomainMinScore or
//	     signals ≥ DomainMinSignals in more than one bullet and
//	     practical skills ≥ DomainMinSkills)
//
// spread is set when the health-domain terms come from more than one
// bullet or paragraph: a school IT technician who once helped "the nurse's
// office with the student health records module" names three terms in one
// bullet but does no health-informatics work.
func domain(roles []RoleScore, signals int, spread bool, practical int) (bool, string) {
	bestScore, bestRole := 0, ""
	if len(roles) > 0 {
		bestScore, bestRole = roles[0].Score, roles[0].ID
	}
	switch {
	case signals == 0:
		return false, fmt.Sprintf("no health-domain term found (best role %s scores %d on generic skills only)", bestRole, bestScore)
	case bestScore >= InDomainMinScore:
		return true, fmt.Sprintf("best role %s scores %d (in-domain threshold %d) and health-domain terms are present", bestRole, bestScore, InDomainMinScore)
	case signals >= DomainMinSignals && practical >= DomainMinSkills && !spread:
		return false, fmt.Sprintf("best role score %d is below %d, and the %d health-domain terms found all sit in one bullet: a passing mention, not health-informatics work",
			bestScore, InDomainMinScore, signals)
	case signals >= DomainMinSignals && practical >= DomainMinSkills:
		return true, fmt.Sprintf("%d distinct health-domain terms (threshold %d) and %d practical skills (threshold %d) were found",
			signals, DomainMinSignals, practical, DomainMinSkills)
	}
	return false, fmt.Sprintf("best role score %d is below %d, and %d distinct health-domain terms (need %d) with %d practical skills (need %d) show no health-informatics work",
		bestScore, InDomainMinScore, signals, DomainMinSignals, practical, DomainMinSkills)
}
