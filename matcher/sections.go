package matcher

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Section names used in Evidence.Section.
const (
	secNone           = ""
	secSummary        = "summary"
	secExperience     = "experience"
	secSkills         = "skills"
	secCertifications = "certifications"
	secEducation      = "education"
	secProjects       = "projects"
	secPublications   = "publications"
	secCoursework     = "coursework"
	secVolunteer      = "volunteer"
	secInterests      = "interests"
	secAwards         = "awards"
	secOther          = "other"
)

// headingWords maps a heading keyword to its section. A heading is a short
// line made only of these keywords and headingFiller words; the first
// keyword decides the section ("Volunteer Experience" is volunteer, "Summary
// of Qualifications" is summary).
var headingWords = map[string]string{
	"summary": secSummary, "profile": secSummary, "objective": secSummary, "overview": secSummary,
	"about": secSummary, "qualifications": secSummary, "highlights": secSummary, "introduction": secSummary,
	"experience": secExperience, "experiences": secExperience, "employment": secExperience,
	"history": secExperience, "positions": secExperience, "appointments": secExperience,
	"leadership": secExperience, "service": secExperience, "internships": secExperience, "internship": secExperience,
	"background": secExperience, "accomplishments": secExperience, "engagements": secExperience,
	"skills": secSkills, "skill": secSkills, "tools": secSkills, "competencies": secSkills, "competency": secSkills,
	"technologies": secSkills, "technology": secSkills, "expertise": secSkills, "proficiencies": secSkills,
	"software": secSkills, "programs": secSkills, "languages": secSkills, "strengths": secSkills, "stack": secSkills,
	"capabilities": secSkills, "systems": secSkills, "platforms": secSkills,
	"certifications": secCertifications, "certification": secCertifications, "licenses": secCertifications,
	"license": secCertifications, "licensure": secCertifications, "credentials": secCertifications,
	"certificates": secCertifications, "licences": secCertifications, "licence": secCertifications,
	"education": secEducation, "educational": secEducation, "degrees": secEducation, "training": secEducation, "development": secEducation,
	"projects": secProjects, "project": secProjects, "portfolio": secProjects,
	"publications": secPublications, "presentations": secPublications, "posters": secPublications,
	"papers": secPublications, "talks": secPublications,
	"coursework": secCoursework, "courses": secCoursework,
	"volunteering": secVolunteer, "volunteer": secVolunteer, "community": secVolunteer, "outreach": secVolunteer,
	"interests": secInterests, "hobbies": secInterests, "personal": secInterests, "pastimes": secInterests,
	"outside": secInterests, "awards": secAwards, "honors": secAwards, "honours": secAwards, "achievements": secAwards,
	"recognition": secAwards, "scholarships": secAwards,
	"references": secOther, "information": secOther, "affiliations": secOther, "memberships": secOther,
	"activities": secOther, "associations": secOther, "miscellaneous": secOther,
}

// headingFiller are words a heading may carry besides keywords.
var headingFiller = map[string]bool{
	"relevant": true, "professional": true, "work": true, "selected": true, "select": true, "key": true,
	"core": true, "technical": true, "additional": true, "other": true, "clinical": true, "research": true,
	"academic": true, "related": true, "industry": true, "health": true, "informatics": true, "it": true,
	"computer": true, "and": true, "of": true, "in": true, "my": true, "me": true, "the": true, "areas": true,
	"area": true, "recent": true, "prior": true, "previous": true, "career": true, "military": true,
	"continuing": true, "executive": true, "management": true, "specialized": true, "notable": true,
	"healthcare": true, "data": true, "analytics": true, "&": true, "/": true, "+": true,
	"teaching": true, "nursing": true, "consulting": true, "international": true, "global": true,
}

// lineInfo is what the matcher knows about one line before matching.
type lineInfo struct {
	text    string // trimmed line (evidence text)
	section string // section the line belongs to
	heading bool   // the line is a section heading (no content)
	list    bool   // comma/pipe-separated list, or a skills/certifications section line
	bullet  bool   // starts with a bullet marker
	block   int32  // bullet/paragraph id; wrapped lines of one bullet share it
	// blockLo and blockHi are the first and last line of the block.
	blockLo, blockHi int32
	course           bool // coursework line ("Relevant coursework: ...")
}

// headingKind reports whether line is a section heading and its section.
// inline is set for "Skills: Python, SQL", a label heading followed by
// content on the same line; the content belongs to that section.
func headingKind(line string) (kind string, ok, inline bool) {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > 120 || !mayBeHeading(s) {
		return "", false, false
	}
	if k := strings.IndexByte(s, ':'); k > 0 && k < len(s)-1 {
		rest := strings.TrimSpace(s[k+1:])
		if rest != "" && k <= 40 {
			if kind, ok := headingPhrase(s[:k], true); ok {
				return kind, true, true
			}
		}
	}
	if len(s) <= 50 {
		if kind, ok = headingPhrase(s, false); ok {
			return kind, true, false
		}
	}
	// "TECHNICAL SKILLS Python, SQL": an upper-case heading run before
	// content that is not upper case.
	f := strings.Fields(s)
	for n := min(3, len(f)-1); n >= 1; n-- {
		head := f[:n]
		upper := true
		for _, w := range head {
			if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
				upper = false
				break
			}
		}
		next := f[n]
		if !upper || strings.ToUpper(next) == next {
			continue
		}
		if kind, ok := headingPhrase(strings.Join(head, " "), false); ok {
			return kind, true, true
		}
	}
	return "", false, false
}

// headingPhrase decides whether s (without content) names a section.
// labelled is set when s was followed by ':'.
func headingPhrase(s string, labelled bool) (string, bool) {
	s = strings.TrimSpace(s)
	shaped := labelled
	if strings.HasPrefix(s, "#") {
		shaped = true // Markdown heading
	}
	s = strings.Trim(s, "#*_=-:|>.~ ")
	if strings.HasSuffix(s, ":") {
		shaped = true
		s = strings.TrimRight(s, ": ")
	}
	if s == "" {
		return "", false
	}
	// "Work Experience (2.5 years)": a trailing parenthesis qualifies the
	// heading.
	if strings.HasSuffix(s, ")") {
		if k := strings.LastIndexByte(s, '('); k > 0 {
			s = strings.TrimSpace(s[:k])
		}
	}
	s = collapseSpaced(s)
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '/' || r == '&' || r == '+' || r == '|'
	})
	if len(words) == 0 || len(words) > 6 {
		return "", false
	}
	allUpper, title := true, true
	kind := ""
	lastKey := false
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return "", false
		}
		lw := strings.ToLower(w)
		if strings.ToUpper(w) != w {
			allUpper = false
		}
		k, isKey := headingWords[lw]
		if !isKey && !headingFiller[lw] {
			return "", false
		}
		if !unicode.IsUpper(r) && lw != "and" && lw != "of" && lw != "in" && lw != "the" {
			title = false
		}
		if isKey && kind == "" {
			kind = k
		}
		// "About me", "Outside of work" end on words that close a heading.
		lastKey = (isKey || lw == "me" || lw == "work") && i == len(words)-1
	}
	if kind == "" {
		// "Career", "WORK", "Professional Career": filler words that name
		// the work history when they stand alone.
		for _, w := range words {
			if lw := strings.ToLower(w); lw == "career" || lw == "work" {
				kind = secExperience
			}
		}
		if kind == "" {
			return "", false
		}
		lastKey = true
	}
	// Sentence case ("Leadership experience", "Education & training") is a
	// heading when its first word is capitalised and its last word is a
	// keyword; Markdown headings lose their "#" in extraction.
	sentence := len(words) > 1 && unicode.IsUpper([]rune(words[0])[0]) && lastKey
	if !(shaped || allUpper || title || sentence) {
		return "", false
	}
	return kind, true
}

// mayBeHeading is a cheap, allocation-free filter: a heading's first word
// is a heading keyword or filler word, or the line is letter-spaced.
func mayBeHeading(s string) bool {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if strings.IndexByte("#*_=-:|>.~ ", c) < 0 {
				break
			}
			i++
			continue
		}
		// A bullet or other mark before the first word ("• Built",
		// "■ EXPERIENCE"): skip it, so the word decides.
		r, sz := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += sz
	}
	if i+2 < len(s) && s[i+1] == ' ' && s[i+2] != ' ' {
		return true // "E X P E R I E N C E"
	}
	var buf [24]byte
	n := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true // leave non-ASCII to the full check
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			break
		}
		if n == len(buf) {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	if _, ok := headingWords[string(buf[:n])]; ok {
		return true
	}
	return headingFiller[string(buf[:n])]
}

// collapseSpaced turns letter-spaced headings ("E X P E R I E N C E") back
// into words.
func collapseSpaced(s string) string {
	f := strings.Fields(s)
	if len(f) < 4 {
		return s
	}
	single := 0
	for _, w := range f {
		if utf8.RuneCountInString(w) == 1 {
			single++
		}
	}
	if single*10 < len(f)*8 {
		return s
	}
	// Words are separated by double spaces in letter-spaced text.
	var b strings.Builder
	for _, part := range strings.Split(s, "  ") {
		p := strings.ReplaceAll(strings.TrimSpace(part), " ", "")
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// bulletStart reports whether a trimmed line starts with a bullet marker.
func bulletStart(s string) bool {
	if s == "" {
		return false
	}
	r, sz := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '·', '●', '▪', '◦', '‣', '■', '□', '○', '➢', '➤', '✓', '✔', '►', '▸', '*', '-', '–', '—', '§':
		return true
	case 'o':
		return len(s) > sz && s[sz] == ' '
	}
	return false
}

// isListLine reports whether s looks like a list of terms: at least two
// separators and short items ("Python, R, SQL, Tableau").
func isListLine(s string) bool {
	seps, words := 0, 0
	inWord := false
	for i, r := range s {
		switch r {
		case ',', '|', ';', '•', '·', '●', '▪':
			if r == ',' && i > 0 && i+1 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
				continue // "1,200"
			}
			if i > 0 {
				seps++
			}
			inWord = false
			continue
		}
		if r == ' ' || r >= '\t' && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			words++
			inWord = true
		}
	}
	if seps < 2 {
		return false
	}
	return words <= (seps+1)*listMaxWordsPerItem
}

// listMaxWordsPerItem is the longest average item, in words, of a line
// that still reads as a list of terms rather than prose with commas.
const listMaxWordsPerItem = 4

// analyzeLines fills one lineInfo per line.
func analyzeLines(lines []string, dst []lineInfo) []lineInfo {
	cur := secNone
	var block int32
	prevOpen := false // previous line may wrap onto this one
	for i, raw := range lines {
		s := strings.TrimSpace(raw)
		li := lineInfo{text: s, section: cur}
		if s == "" {
			prevOpen = false
			block++
			li.block = block
			dst = append(dst, li)
			continue
		}
		kind, ok, inline := headingKind(s)
		switch {
		case ok && !inline:
			cur = kind
			li.section = kind
			li.heading = true
			block++
			li.block = block
			prevOpen = false
			dst = append(dst, li)
			continue
		case ok && inline:
			li.section = kind
			block++
			li.list = true
			prevOpen = false
		default:
			li.bullet = bulletStart(s)
			r, _ := utf8.DecodeRuneInString(s)
			cont := prevOpen && !li.bullet && (unicode.IsLower(r) || i > 0 && endsOpen(lines[i-1]))
			if !cont {
				block++
			}
			prevOpen = true
		}
		li.block = block
		if li.section == secSkills || li.section == secCertifications || isListLine(s) && !hasYear(s) {
			li.list = true
		}
		if li.section == secCoursework || hasCourseLabel(s) {
			li.course = true
		}
		dst = append(dst, li)
	}
	for i := 0; i < len(dst); {
		j := i
		for j+1 < len(dst) && dst[j+1].block == dst[i].block {
			j++
		}
		for k := i; k <= j; k++ {
			dst[k].blockLo, dst[k].blockHi = int32(i), int32(j)
		}
		i = j + 1
	}
	return dst
}

// endsOpen reports whether a line ends mid-sentence (a wrapped bullet).
func endsOpen(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case ',', '-', '&', '/', '(':
		return true
	}
	for _, w := range []string{" and", " or", " of", " with", " the", " to", " in", " for"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// hasCourseLabel reports a coursework line outside a Coursework section
// ("Relevant coursework: Biostatistics, SQL").
func hasCourseLabel(s string) bool {
	if len(s) < 7 {
		return false
	}
	var buf [40]byte
	low := buf[:copy(buf[:], s)]
	for i, c := range low {
		if c >= 'A' && c <= 'Z' {
			low[i] = c + 'a' - 'A'
		}
	}
	return bytes.Contains(low, []byte("coursework")) || bytes.HasPrefix(low, []byte("courses:")) ||
		bytes.HasPrefix(low, []byte("relevant courses")) || bytes.HasPrefix(low, []byte("course work"))
}

// hasYear reports a 19xx/20xx year; lines with one are job or degree
// lines ("Analyst, Acme, Chicago, IL 2019-2021"), not term lists.
func hasYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if isYearAt(s, i) {
			return true
		}
	}
	return false
}
