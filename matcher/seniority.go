package matcher

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Seniority levels and the experience thresholds behind them.
const (
	Junior = "junior"
	Mid    = "mid"
	Senior = "senior"

	// MidMinYears is where mid-level starts: the usual "4+ years" of
	// postings; below it (students, new graduates, up to about three
	// years) is junior.
	MidMinYears = 4.0
	// SeniorMinYears makes anyone with this much dated experience senior,
	// whatever the title.
	SeniorMinYears = 11.0
	// LeaderSeniorMinYears is enough experience for a leadership title
	// (director, chief, VP, head, principal, manager) to mean senior; with
	// less, a "Director" title at a small firm is still mid-level.
	LeaderSeniorMinYears = 7.0
)

var (
	monthPat = `(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*`
	datePat  = `(?:` + monthPat + `|(\d{1,2})\s*/\s*)?((?:19|20)\d{2})`
	rangeRe  = regexp.MustCompile(datePat + `\s*(?:-+|to|through|until|till)\s*(?:` + datePat +
		`|(present|current|now|today|date|ongoing))`)
	statedRe = regexp.MustCompile(`(\d{1,2})\s*\+?\s*(?:years|yrs)`)
)

var monthNum = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// leaderTitles and studentTitles are title words read on short
// experience lines.
var leaderTitles = []string{"chief", "cmio", "cnio", "cio", "cto", "cmo", "cno", "cdo", "ciso", "cfo", "ceo",
	"vp", "svp", "evp", "vice president", "director", "head of", "principal", "manager"}
var studentTitles = []string{"student", "intern", "internship", "new graduate", "new grad",
	"graduate assistant", "research assistant", "teaching assistant", "trainee", "apprentice"}

type interval struct{ from, to int } // months since year 0, [from, to)

// seniority estimates the level from dated experience ranges, titles and
// study status. Evidence strings never quote names.
func (m *Matcher) seniority(st *state, degreeProgress bool) (string, []string) {
	hasExp := false
	for _, li := range st.info {
		if li.section == secExperience {
			hasExp = true
			break
		}
	}
	type rng struct {
		from, to int
		present  bool
	}
	var ranges []rng
	var leader, student string
	stated := 0
	latest := 0
	for _, li := range st.info {
		if li.text == "" || li.heading {
			continue
		}
		if hasExp && li.section != secExperience {
			continue
		}
		if !hasExp && !(li.section == secNone || li.section == secSummary || li.section == secOther) {
			continue
		}
		low := strings.ToLower(li.text)
		if !hasExp && educationLine(low) {
			continue
		}
		if strings.Contains(low, "19") || strings.Contains(low, "20") {
			for _, g := range rangeRe.FindAllStringSubmatch(low, -1) {
				y1, _ := strconv.Atoi(g[3])
				from := y1*12 + monthOf(g[1], g[2])
				r := rng{from: from}
				if g[7] != "" {
					r.present = true
				} else {
					y2, _ := strconv.Atoi(g[6])
					mo := monthOf(g[4], g[5])
					if g[4] == "" && g[5] == "" {
						r.to = y2 * 12
					} else {
						r.to = y2*12 + mo + 1
					}
					if y2 > latest {
						latest = y2
					}
				}
				if y1 > latest {
					latest = y1
				}
				ranges = append(ranges, r)
			}
		}
		if g := statedRe.FindStringSubmatch(low); g != nil && strings.Contains(low, "experience") {
			if n, _ := strconv.Atoi(g[1]); n > stated && n < 60 {
				stated = n
			}
		}
		if len(strings.Fields(low)) <= 10 && !li.bullet {
			if leader == "" {
				leader = findTitle(low, leaderTitles)
			}
			if student == "" {
				student = findTitle(low, studentTitles)
			}
		}
	}
	// "present": the fixed date if given, else December of the latest year
	// of any dated range.
	now := 0
	if !m.now.IsZero() {
		now = m.now.Year()*12 + int(m.now.Month()-time.January) + 1
	} else if latest > 0 {
		now = latest*12 + 12
	}
	var ivs []interval
	first, last, anyPresent := 0, 0, false
	for _, r := range ranges {
		to := r.to
		if r.present {
			to = now
			anyPresent = true
		}
		if to <= r.from {
			to = r.from + 6 // "2019–2019": half a year
		}
		if r.from > 0 && to-r.from < 60*12 {
			ivs = append(ivs, interval{r.from, to})
			if first == 0 || r.from < first {
				first = r.from
			}
			if to > last {
				last = to
			}
		}
	}
	months := mergedMonths(ivs)
	years := float64(months) / 12
	var ev []string
	if months > 0 {
		end := strconv.Itoa((last - 1) / 12)
		if anyPresent {
			end = "present"
		}
		ev = append(ev, fmt.Sprintf("%.1f years of dated experience (%d–%s)", years, first/12, end))
	} else if stated > 0 {
		years = float64(stated)
		ev = append(ev, fmt.Sprintf("stated: %d years of experience", stated))
	}
	if leader != "" {
		ev = append(ev, "title: "+titleCase(leader))
	}
	if student != "" {
		ev = append(ev, "title: "+titleCase(student))
	}
	if degreeProgress {
		ev = append(ev, "degree in progress")
	}
	level := Junior
	switch {
	case years >= SeniorMinYears:
		level = Senior
	case leader != "" && years >= LeaderSeniorMinYears:
		level = Senior
	case years >= MidMinYears:
		level = Mid
	case years == 0 && leader != "" && student == "" && !degreeProgress:
		level = Mid // a leadership title without dates
	}
	if len(ev) == 0 {
		ev = append(ev, "no dated experience found")
	}
	return level, ev
}

func monthOf(name, num string) int {
	if name != "" {
		return monthNum[name[:3]] - 1
	}
	if num != "" {
		if n, err := strconv.Atoi(num); err == nil && n >= 1 && n <= 12 {
			return n - 1
		}
	}
	return 0
}

// mergedMonths is the length of the union of intervals, so concurrent jobs
// are not counted twice.
func mergedMonths(ivs []interval) int {
	if len(ivs) == 0 {
		return 0
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].from < ivs[j].from })
	total := 0
	cur := ivs[0]
	for _, iv := range ivs[1:] {
		if iv.from <= cur.to {
			if iv.to > cur.to {
				cur.to = iv.to
			}
			continue
		}
		total += cur.to - cur.from
		cur = iv
	}
	return total + cur.to - cur.from
}

// findTitle returns the first title phrase of list occurring as whole
// words in low.
func findTitle(low string, list []string) string {
	words := strings.FieldsFunc(low, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for _, t := range list {
		tw := strings.Fields(t)
		for i := 0; i+len(tw) <= len(words); i++ {
			ok := true
			for k, w := range tw {
				if words[i+k] != w {
					ok = false
					break
				}
			}
			if ok {
				return t
			}
		}
	}
	return ""
}

func titleCase(s string) string {
	if len(s) <= 4 && !strings.Contains(s, " ") && s != "head" {
		return strings.ToUpper(s) // cmio, vp
	}
	f := strings.Fields(s)
	for i, w := range f {
		if w != "of" {
			f[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(f, " ")
}

// educationLine reports a line about study, whose dates are not
// experience.
func educationLine(low string) bool {
	for _, w := range []string{"university", "college", "bachelor", "master", "b.s.", "m.s.", "b.a.",
		"degree", "gpa", "graduated", "school", "expected", "diploma", "ph.d", "mba", "coursework"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
