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
	hasExp := false
	for _, li := range st.info {
		if li.section == secExperience {
			hasExp = true
			break
		}
	}
	n := 0
	for i, li := range st.info {
		if n == maxJobTitles {
			break
		}
		if li.text == "" || li.heading || li.bullet {
			continue
		}
		if hasExp && li.section != secExperience ||
			!hasExp && !(li.section == secNone || li.section == secSummary || li.section == secOther) {
			continue
		}
		low := st.lowers[i]
		if low == "" {
			low = strings.ToLower(li.text)
		}
		low = strings.TrimSpace(low)
		if wordCount(low) > maxTitleLineWords {
			low = titleSegment(low)
			if wordCount(low) > maxTitleWords {
				continue
			}
		}
		matched := false
		for ri, titles := range m.roleTitles {
			if ranks[ri] == noTitle && findTitle(low, titles) != "" {
				ranks[ri] = n
				matched = true
			}
		}
		if matched || dateRangeLine(low) {
			n++ // a title line, or a job's dated line
		}
	}
	return ranks
}

// dateRangeLine reports a line with a date range: it belongs to a job, so
// it counts towards maxJobTitles even when no role title is on it.
func dateRangeLine(low string) bool {
	return len(dateRanges(expandShortYears(low))) > 0
}
