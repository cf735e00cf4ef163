package matcher

import "strings"

// maxJobTitles is how many of the résumé's job-title lines, from the top
// of its experience, are compared with the roles' titles.
const maxJobTitles = 3

// maxTitleLineWords is the longest line read whole as a job title line
// ("Clinical Systems Analyst | Mercy Health | 2019 – present"); longer
// lines give only their first segment (titleSegment).
const maxTitleLineWords = 14

// noTitle ranks a role that no job title names.
const noTitle = maxJobTitles

// titleRanks returns, for each role, the index (0 = first, usually the
// current job) of the first of the résumé's job-title lines that names
// one of the role's titles, or noTitle. Scores decide the order of roles;
// this only breaks ties, so a CMIO whose evidence also fills the systems
// analyst role to 100 is ranked as a CMIO.
func (m *Matcher) titleRanks(st *state) []int {
	ranks := make([]int, len(m.roles))
	for i := range ranks {
		ranks[i] = noTitle
	}
	if !m.hasTitles {
		return ranks
	}
	hasExp := false
	for _, li := range st.info {
		if li.section == secExperience {
			hasExp = true
			break
		}
	}
	n := 0
	h := 0 // next title hit; hits come in line order
	for i, li := range st.info {
		if n == maxJobTitles || h == len(st.titles) {
			break
		}
		if li.text == "" || li.heading || li.bullet {
			continue
		}
		if hasExp && li.section != secExperience ||
			!hasExp && !(li.section == secNone || li.section == secSummary || li.section == secOther) {
			continue
		}
		for h < len(st.titles) && int(st.titles[h].line) < i {
			h++
		}
		long := false
		var low string
		if wordCount(li.text) > maxTitleLineWords {
			// A long line names a title only in its first segment.
			long = true
			low = st.lowers[i]
			if low == "" {
				low = strings.ToLower(li.text)
			}
			if wordCount(titleSegment(strings.TrimSpace(low))) > maxTitleWords {
				continue
			}
		}
		matched := false
		for ; h < len(st.titles) && int(st.titles[h].line) == i; h++ {
			r := st.titles[h].role
			if ranks[r] == noTitle && (!long || inTitleSegment(m.roles[r].Titles, low)) {
				ranks[r] = n
				matched = true
			}
		}
		if matched || dateRangeLine(li.text) {
			n++ // a title line, or a job's dated line
		}
	}
	return ranks
}

// inTitleSegment reports whether one of titles occurs in the first
// segment of a long lower-cased line.
func inTitleSegment(titles []string, low string) bool {
	seg := titleSegment(strings.TrimSpace(low))
	for _, t := range titles {
		if findTitle(seg, []string{strings.ToLower(t)}) != "" {
			return true
		}
	}
	return false
}

// dateRangeLine reports a line with a date range: it belongs to a job, so
// it counts towards maxJobTitles even when no role title is on it.
func dateRangeLine(text string) bool {
	if !hasYear(text) {
		return false
	}
	return len(dateRanges(expandShortYears(strings.ToLower(text)))) > 0
}
