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
	// whatever the title: "about 11 years or more".
	SeniorMinYears = 11.0
	// LeaderSeniorMinYears is enough experience for a leadership title
	// (director, chief, VP, head, principal, manager) to mean senior; with
	// less, a "Director" title at a small firm is still mid-level.
	LeaderSeniorMinYears = 7.0
	// ManagerSeniorMinYears is the same for the weakest leadership title,
	// "manager", which also names first-line and single-function roles
	// (an information-governance manager four years after starting out).
	ManagerSeniorMinYears = 9.0
)

var statedRe = regexp.MustCompile(`(\d{1,2})\s*\+?\s*(?:years|yrs)`)

var monthNum = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// leaderTitles and studentTitles are title words read on short
// experience lines.
var leaderTitles = []string{"chief", "cmio", "cnio", "cio", "cto", "cmo", "cno", "cdo", "ciso", "cfo", "ceo",
	"vp", "svp", "evp", "vice president", "director", "head of", "principal", "senior manager", "sr manager",
	"sr. manager", "manager"}

// serviceJobTitles are jobs outside a professional career (a barista
// before a bootcamp, a cashier through college): their dates are not
// professional experience.
var serviceJobTitles = []string{"barista", "cashier", "waiter", "waitress", "bartender", "busser", "dishwasher",
	"line cook", "sales associate", "retail associate", "crew member", "delivery driver", "lifeguard",
	"camp counselor", "babysitter", "nanny", "shift supervisor", "shift lead", "store associate",
	"stock associate", "customer experience associate", "customer service associate",
	"customer service representative", "unit secretary", "unit clerk", "ward clerk", "receptionist",
	"front desk", "patient access representative", "health unit coordinator", "unit coordinator"}

// weeklyHoursRe finds stated weekly hours ("~10 hrs/week", "Hours per
// week: 40"); under partTimeMaxHours a job is part-time.
var weeklyHoursRe = regexp.MustCompile(`(\d{1,2})\s*\+?\s*(?:hrs?|hours)\s*(?:/|per|a)\s*(?:week|wk)|(?:hrs?|hours)\s*(?:/|per|a)\s*(?:week|wk)\s*:?\s*(\d{1,2})`)

// partTimeMaxHours: a job of fewer stated hours a week is part-time.
const partTimeMaxHours = 30

// partTimeHours reports a stated week of fewer than partTimeMaxHours.
func partTimeHours(low string) bool {
	if !strings.Contains(low, "week") && !strings.Contains(low, "wk") {
		return false
	}
	g := weeklyHoursRe.FindStringSubmatch(low)
	if g == nil {
		return false
	}
	n := g[1]
	if n == "" {
		n = g[2]
	}
	h, err := strconv.Atoi(n)
	return err == nil && h < partTimeMaxHours
}

// icManagerTitles contain "manager" but name individual-contributor work:
// a project or product manager leads work, not people.
var icManagerTitles = []string{"project manager", "program manager", "programme manager", "product manager",
	"case manager", "account manager", "data manager", "release manager", "change manager", "configuration manager"}

// partTimeWords on a job's line mark work beside study or part-time: its
// dates are not counted as professional experience.
var partTimeWords = []string{"part-time", "part time", "while in school", "while studying", "while at university", "while at college",
	"while finishing", "while completing", "summer job", "seasonal"}

// studyJobWords in a job's first bullet say it was held while studying
// ("Worked through school"); "part-time" there may be about other people
// ("supervised 12 part-time staff").
var studyJobWords = []string{"worked through school", "worked through college", "worked through university",
	"while in school", "while studying", "while at university", "while at college", "during school",
	"during college", "during university"}

var studentTitles = []string{"student", "intern", "internship", "new graduate", "new grad",
	"graduate assistant", "research assistant", "teaching assistant", "trainee", "apprentice"}

// seniorTitles mark a senior individual contributor ("Senior Software
// Engineer", "Sr. Analyst", "Lead Developer", "Staff Engineer"). They are
// shown as evidence but do not change the level: a senior or lead
// individual contributor is mid-level until SeniorMinYears, as issue 5
// defines the levels ("mid: individual contributor or lead").
var seniorTitles = []string{"senior", "sr", "lead", "staff engineer", "staff scientist", "staff data"}

// campusTitles are jobs held while studying ("Computer Lab Assistant,
// UNC Asheville", "work-study"); their dates are not professional
// experience.
var campusTitles = []string{"lab assistant", "laboratory assistant", "work-study", "work study", "student worker",
	"student assistant", "resident assistant", "peer tutor", "tutor", "student employee", "campus", "teaching assistant",
	"graduate assistant", "research assistant", "intern", "internship"}

type interval struct{ from, to int } // months since year 0, [from, to)

// seniority estimates the level from dated experience ranges, titles and
// study status. Evidence strings never quote names.
//
// It also marks the job lines it read and which of them are dated
// (state.jobLines, state.dated), for titleRanks.
func (m *Matcher) seniority(st *state, degreeProgress bool) (string, []string) {
	hasExp := st.hasExperience()
	type rng struct {
		from, to int
		present  bool
	}
	var ranges []rng
	// serviceRanges are jobs such as barista or cashier: they count only
	// when the résumé shows no other work.
	var serviceRanges []rng
	var leader, student, seniorT string
	stated := 0
	latest := 0
	// gradYear is the latest year on an education line (not one under
	// way): jobs with a campus or student title that end by then were held
	// while studying.
	gradYear := 0
	for i, li := range st.info {
		if li.section != secEducation || li.heading {
			continue
		}
		low := st.lowerOf(i)
		if strings.Contains(low, "expected") || strings.Contains(low, "enrolled") || strings.Contains(low, "pursuing") {
			continue
		}
		for k := 0; k+4 <= len(low); k++ {
			if isYearAt(low, k) {
				if y := atoi4(low[k:]); y > gradYear {
					gradYear = y
				}
			}
		}
	}
	for i, li := range st.info {
		if li.text == "" || li.heading {
			continue
		}
		if li.section == secEducation && !degreeProgress {
			// "B.S. Health Informatics, expected May 2027"
			low := st.lowerOf(i)
			if k := strings.Index(low, "expected"); k >= 0 && hasYear(low[k:]) {
				degreeProgress = true
			}
		}
		if !jobSection(li.section, hasExp) {
			continue
		}
		low := st.lowerOf(i)
		if !hasExp && educationLine(low) {
			continue
		}
		drs := dateRanges(expandShortYears(low))
		st.jobLines[i], st.dated[i] = true, len(drs) > 0
		title := ""
		if !li.bullet || len(drs) > 0 {
			title = titleSegment(low)
		}
		campus := len(drs) > 0 && (findTitle(title, campusTitles) != "" || findTitle(title, studentTitles) != "")
		// The job's title may sit on the line above its dates ("Cashier /
		// Shift Lead" over "Target, Clovis, CA  2019 - 2023"), and a note
		// on how it was held in its first bullet ("Worked through school").
		prevJob := i > 0 && !st.info[i-1].bullet && !st.info[i-1].heading && st.info[i-1].section == li.section
		nextBullet := i+1 < len(st.info) && st.info[i+1].bullet && st.info[i+1].section == li.section
		service := len(drs) > 0 && (findTitle(title, serviceJobTitles) != "" ||
			prevJob && findTitle(titleSegment(st.lowerOf(i-1)), serviceJobTitles) != "")
		partTime := len(drs) > 0 && !li.bullet && (containsAny(low, partTimeWords) || partTimeHours(low) ||
			prevJob && (containsAny(st.lowerOf(i-1), partTimeWords) || partTimeHours(st.lowerOf(i-1))) ||
			nextBullet && containsAny(st.lowerOf(i+1), studyJobWords))
		for _, dr := range drs {
			if campus && !dr.present && gradYear > 0 && dr.lastYear <= gradYear {
				continue // a job held while studying, ended by graduation
			}
			if partTime {
				continue // "2021–2024 (part-time)", "~10 hrs/week", "while in school"
			}
			r := rng{from: dr.from, to: dr.to, present: dr.present}
			if dr.lastYear > latest {
				latest = dr.lastYear
			}
			if service {
				serviceRanges = append(serviceRanges, r)
				continue
			}
			ranges = append(ranges, r)
		}
		if strings.Contains(low, "experience") && (strings.Contains(low, "year") || strings.Contains(low, "yrs")) {
			if g := statedRe.FindStringSubmatch(low); g != nil {
				if n, _ := strconv.Atoi(g[1]); n > stated && n < 60 {
					stated = n
				}
			}
		}
		// A bullet's wrapped lines are not title lines ("presented to
		// CIO/CFO groups" under a bullet names no title of the writer).
		inBullet := li.blockLo >= 0 && int(li.blockLo) < i && st.info[li.blockLo].bullet
		if (!li.bullet && !inBullet || len(drs) > 0) && wordCount(title) <= maxTitleWords {
			if leader == "" {
				leader = findTitle(title, leaderTitles)
				if leader == "manager" && findTitle(title, icManagerTitles) != "" {
					leader = "" // a project manager leads work, not people
				}
			}
			if seniorT == "" {
				seniorT = findTitle(title, seniorTitles)
			}
			if student == "" {
				student = findTitle(title, studentTitles)
			}
		}
	}
	if len(ranges) == 0 {
		ranges = serviceRanges
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
	if seniorT != "" && leader == "" {
		ev = append(ev, "title: "+titleCase(seniorT))
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
	case leader != "" && leader != "manager" && years >= LeaderSeniorMinYears,
		leader == "manager" && years >= ManagerSeniorMinYears:
		level = Senior
	case years >= MidMinYears:
		level = Mid
	case leader != "" && leader != "manager" && student == "" && !degreeProgress:
		level = Mid // an executive title is never junior
	}
	if len(ev) == 0 {
		ev = append(ev, "no dated experience found")
	}
	return level, ev
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
	for _, t := range list {
		for from := 0; from < len(low); {
			k := strings.Index(low[from:], t)
			if k < 0 {
				break
			}
			k += from
			e := k + len(t)
			if (k == 0 || !isAlnumByte(low[k-1])) && (e == len(low) || !isAlnumByte(low[e])) {
				return t
			}
			from = k + 1
		}
	}
	return ""
}

func titleCase(s string) string {
	if len(s) <= 4 && !strings.Contains(s, " ") && s != "head" && s != "lead" {
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

// dateRange is one "start – end" range found on a line, in months since
// year 0; to is exclusive.
type dateRange struct {
	from, to int
	present  bool
	lastYear int
}

// dateRanges finds ranges such as "Jan 2019 – Present", "2015-2020",
// "06/2018 - 03/2021" and "May 2016 to present" in a lower-cased,
// dash-folded line. It is a small hand-written scanner: a regular
// expression without a literal prefix is slow here.
func dateRanges(low string) []dateRange {
	var out []dateRange
	for i := 0; i+4 <= len(low); i++ {
		if !isYearAt(low, i) {
			continue
		}
		y1 := atoi4(low[i:])
		from := y1*12 + monthBefore(low, i)
		j := i + 4
		if mo, ok := monthAfterYear(low, i); ok {
			// "2019-01 - 2021-03", "2019/01 to present": the month follows.
			if k := skipSpaces(low, i+7); k < len(low) && (low[k] == '-' || strings.HasPrefix(low[k:], "to ")) {
				from = y1*12 + mo
				j = i + 7
			}
		}
		k := skipSpaces(low, j)
		sepEnd := -1
		switch {
		case k < len(low) && low[k] == '-':
			sepEnd = k + 1
			for sepEnd < len(low) && low[sepEnd] == '-' {
				sepEnd++
			}
		default:
			for _, w := range []string{"to ", "through ", "until ", "till "} {
				if strings.HasPrefix(low[k:], w) {
					sepEnd = k + len(w)
					break
				}
			}
		}
		if sepEnd < 0 {
			// "since 2019" is a range to the present.
			b := strings.TrimRight(low[:i], " ./")
			if k := strings.LastIndexByte(b, ' '); k >= 0 {
				if _, ok := monthAt(b[k+1:]); ok || digitsAt(b[k+1:]) == len(b)-k-1 {
					b = strings.TrimRight(b[:k], " ") // "since may 2019", "since 06/2019"
				}
			}
			if strings.HasSuffix(b, "since") {
				out = append(out, dateRange{from: from, present: true, lastYear: y1})
			}
			continue
		}
		k = skipSpaces(low, sepEnd)
		// "Apr 2019 - till date", "2019 - to date": Indian and British
		// English for the present.
		for _, w := range []string{"till ", "to ", "until "} {
			if strings.HasPrefix(low[k:], w+"date") || strings.HasPrefix(low[k:], w+"now") {
				k += len(w)
				break
			}
		}
		rest := low[k:]
		matched := false
		for _, w := range []string{"present", "current", "now", "today", "date", "ongoing"} {
			if strings.HasPrefix(rest, w) {
				out = append(out, dateRange{from: from, present: true, lastYear: y1})
				i = k + len(w) - 1
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		// End date: [month] year or mm/year.
		e := k
		mo, hasMonth := -1, false
		if n, ok := monthAt(rest); ok {
			mo, hasMonth = n, true
			e = k + wordEnd(rest)
			for e < len(low) && (low[e] == '.' || low[e] == ',' || low[e] == ' ') {
				e++
			}
		} else if d := digitsAt(rest); d >= 1 && d <= 2 && len(rest) > d && (rest[d] == '/' || rest[d] == '.') {
			if n := atoiN(rest[:d]); n >= 1 && n <= 12 {
				mo, hasMonth = n-1, true
				e = k + d + 1
			}
		}
		if e+4 <= len(low) && isYearAt(low, e) {
			y2 := atoi4(low[e:])
			to := y2 * 12
			if hasMonth {
				to = y2*12 + mo + 1
			} else if m2, ok := monthAfterYear(low, e); ok {
				to = y2*12 + m2 + 1
				e += 3
			}
			last := y2
			if y1 > last {
				last = y1
			}
			out = append(out, dateRange{from: from, to: to, lastYear: last})
			i = e + 3
		}
	}
	return out
}

// isYearAt reports a word-bounded 19xx/20xx at s[i:].
func isYearAt(s string, i int) bool {
	if i+4 > len(s) || !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') ||
		!isDigitByte(s[i+2]) || !isDigitByte(s[i+3]) {
		return false
	}
	if i > 0 && (isDigitByte(s[i-1]) || s[i-1] >= 'a' && s[i-1] <= 'z') {
		return false
	}
	if i+4 < len(s) && (isDigitByte(s[i+4]) || s[i+4] >= 'a' && s[i+4] <= 'z') {
		return false
	}
	return true
}

func atoi4(s string) int { return atoiN(s[:4]) }

func atoiN(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func digitsAt(s string) int {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	return n
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// monthAt reads a month name at the start of s ("jan", "january", "sept.").
func monthAt(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	n, ok := monthNum[s[:3]]
	if !ok {
		return 0, false
	}
	w := s[:wordEnd(s)]
	if !months[w] {
		return 0, false
	}
	return n - 1, true
}

func wordEnd(s string) int {
	i := 0
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	return i
}

// monthBefore reads the month written just before a year at s[i:]
// ("jan 2019", "sept. 2019", "06/2018"), or 0 (January).
// monthAfterYear reads a month written after the year at i ("2019-01",
// "2019/01"): 0-based month and whether there is one.
func monthAfterYear(s string, i int) (int, bool) {
	if i+7 > len(s) || (s[i+4] != '-' && s[i+4] != '/') || !isDigitByte(s[i+5]) || !isDigitByte(s[i+6]) ||
		i+7 < len(s) && isDigitByte(s[i+7]) {
		return 0, false
	}
	n := atoiN(s[i+5 : i+7])
	if n < 1 || n > 12 {
		return 0, false
	}
	return n - 1, true
}

func monthBefore(s string, i int) int {
	if i >= 2 && s[i-1] == '.' && isDigitByte(s[i-2]) {
		// "01.2019"
		k := i - 2
		if k > 0 && isDigitByte(s[k-1]) {
			k--
		}
		if n := atoiN(s[k : i-1]); (k == 0 || !isAlnumByte(s[k-1])) && n >= 1 && n <= 12 {
			return n - 1
		}
	}
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == ',' || s[j-1] == '.') {
		j--
	}
	if j > 0 && s[j-1] == '/' && j == i {
		k := j - 1
		for k > 0 && isDigitByte(s[k-1]) && j-1-k < 2 {
			k--
		}
		if n := atoiN(s[k : j-1]); k < j-1 && n >= 1 && n <= 12 {
			return n - 1
		}
		return 0
	}
	k := j
	for k > 0 && s[k-1] >= 'a' && s[k-1] <= 'z' {
		k--
	}
	if n, ok := monthAt(s[k:j]); ok && k < j {
		return n
	}
	return 0
}

// maxTitleWords bounds the words of a job title: a longer first segment
// is a sentence, not a title.
const maxTitleWords = 8

// titleSegment returns the part of a lower-cased experience line that can
// hold a job title: the text before the first separator (" — ", " - ",
// " | ", ",", "(", " at ", a date), with Markdown marks dropped. "senior
// software engineer — ledgerloop — 2021 – present" gives "senior software
// engineer".
func titleSegment(low string) string {
	low = strings.TrimLeft(low, "#*-• \t")
	end := len(low)
scan:
	for i := 0; i < len(low); i++ {
		switch c := low[i]; c {
		case ',', '(', '|', ':', ';':
			end = i
			break scan
		case '*':
			if i+1 < len(low) && low[i+1] == '*' {
				end = i
				break scan
			}
		case ' ':
			r := low[i+1:]
			if strings.HasPrefix(r, "— ") || strings.HasPrefix(r, "– ") || strings.HasPrefix(r, "- ") ||
				strings.HasPrefix(r, "at ") || strings.HasPrefix(r, "@ ") {
				end = i
				break scan
			}
		default:
			if c >= '1' && c <= '2' && isYearAt(low, i) {
				end = i
				break scan
			}
		}
	}
	return strings.TrimSpace(low[:end])
}

// wordCount counts space-separated words without allocating.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// expandShortYears rewrites two-digit years written with an apostrophe
// ("jan '19 - present") as four digits; 50 and above are 19xx.
func expandShortYears(low string) string {
	low = expandYearSuffix(low)
	if strings.IndexByte(low, '\'') < 0 {
		return low
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(low); i++ {
		if low[i] == '\'' {
			if i+2 < len(low) && isDigitByte(low[i+1]) && isDigitByte(low[i+2]) &&
				(i+3 == len(low) || !isDigitByte(low[i+3])) && (i == 0 || !isAlnumByte(low[i-1])) {
				if !changed {
					b.WriteString(low[:i])
					changed = true
				}
				if low[i+1] >= '5' {
					b.WriteString("19")
				} else {
					b.WriteString("20")
				}
				b.WriteString(low[i+1 : i+3])
				i += 2
				continue
			}
		}
		if changed {
			b.WriteByte(low[i])
		}
	}
	if !changed {
		return low
	}
	return b.String()
}

// containsAny reports whether s contains any of the phrases.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// expandYearSuffix writes the short end year of "2015-21" or "2019 - 22"
// in full. An end of 12 or less right after the dash is left alone, as it
// may be a month ("2019-03"); so is an end not after the start ("2019-11"),
// and a third number ("2019-01-15").
func expandYearSuffix(low string) string {
	if strings.IndexByte(low, '-') < 0 {
		return low
	}
	out := low
	for i := 0; i+4 <= len(out); i++ {
		if c := out[i]; c != '1' && c != '2' || !isYearAt(out, i) || i > 0 && isAlnumByte(out[i-1]) {
			continue
		}
		j := i + 4
		spaced := false
		for j < len(out) && out[j] == ' ' {
			j++
			spaced = true
		}
		if j >= len(out) || out[j] != '-' {
			continue
		}
		j++
		for j < len(out) && out[j] == ' ' {
			j++
			spaced = true
		}
		if j+2 > len(out) || !isDigitByte(out[j]) || !isDigitByte(out[j+1]) ||
			j+2 < len(out) && (isAlnumByte(out[j+2]) || out[j+2] == '-' || out[j+2] == '/') {
			continue
		}
		start := atoi4(out[i:])
		yy := int(out[j]-'0')*10 + int(out[j+1]-'0')
		if yy <= start%100 || yy <= 12 && !spaced {
			continue
		}
		full := strconv.Itoa(start/100*100 + yy)
		out = out[:j] + full + out[j+2:]
		i = j + 3
	}
	return out
}
