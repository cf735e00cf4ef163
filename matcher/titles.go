package matcher

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
	n := 0
	h := 0 // next title hit; hits come in line order
	for i, li := range st.info {
		if n == maxJobTitles || h == len(st.titles) {
			break
		}
		// The job lines seniority read, bullets aside.
		if !st.jobLines[i] || li.bullet {
			continue
		}
		for h < len(st.titles) && int(st.titles[h].line) < i {
			h++
		}
		// A long line names a title only in its first segment.
		seg := ""
		if wordCount(li.text) > maxTitleLineWords {
			if seg = titleSegment(st.lowerOf(i)); wordCount(seg) > maxTitleWords {
				continue
			}
		}
		matched := false
		for ; h < len(st.titles) && int(st.titles[h].line) == i; h++ {
			r := st.titles[h].role
			if ranks[r] == noTitle && (seg == "" || findTitle(seg, m.roleTitles[r]) != "") {
				ranks[r] = n
				matched = true
			}
		}
		if matched || st.dated[i] {
			n++ // a title line, or a job's dated line
		}
	}
	return ranks
}
