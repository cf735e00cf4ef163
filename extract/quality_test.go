package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

const englishSample = `Senior health data analyst with six years of experience in NHS trusts and
a regional integrated care board. Designed Power BI dashboards for elective recovery,
built SQL Server pipelines that load referral-to-treatment data every night, and
mapped ICD-10 and OPCS-4 codes to HRG groupings for costing. Led a team of three
analysts, trained clinicians to read run charts, and presented monthly performance
reports to the divisional board. Education: BSc Mathematics with Statistics,
University of York. Skills: SQL, Python (pandas), R, Excel, SNOMED CT, HL7 FHIR.`

// shiftLetters moves every ASCII letter k places along the alphabet, the way a
// font with an offset encoding mangles text ("ABA" -> "BZB"-like soup).
func shiftLetters(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func glyphSoup(n int) string {
	rng := rand.New(rand.NewSource(1))
	alphabet := []rune("!#$%&*+<=>?@^~¤¦§¨©®°±µ¶÷\uE001\uE002\uFFFDﬀ")
	var b strings.Builder
	for i := 0; i < n; i++ {
		for j := 0; j < 2+rng.Intn(6); j++ {
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func TestQualityScore(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		min, max    float64
		wantGarbled bool
	}{
		{"english résumé", englishSample, 0.9, 1, false},
		{"shifted by one", shiftLetters(englishSample, 1), 0, 0.45, true},
		{"shifted by minus one", shiftLetters(englishSample, -1), 0, 0.45, true},
		{"shifted by seven", shiftLetters(englishSample, 7), 0, 0.45, true},
		{"shifted capitals", strings.ToUpper(shiftLetters(englishSample, 1)), 0, 0.45, true},
		{"glyph soup", glyphSoup(200), 0, 0.1, true},
		{"capitals résumé", strings.ToUpper(englishSample), 0.85, 1, false},
		{"acronyms and tech", "Skills: SQL, T-SQL, HL7 v2, FHIR R4, EHR, EMR, NHS, ICD-10, SNOMED CT, LOINC, DICOM, " +
			"PostgreSQL, JavaScript, iOS, Node.js, scikit-learn, XGBoost, Kubernetes, Databricks, Snowflake, Tableau, Qlik, Mirth Connect", 0.85, 1, false},
		{"names and places", "Priya Ramaswamy-Clarke, Oluwakemi Adeyemi, Siobhan Ní Bhriain, Łukasz Wróblewski, " +
			"Cuyahoga County, Leeds Teaching Hospitals, Karolinska Institutet, Addenbrooke's, Guy's and St Thomas'", 0.7, 1, false},
		{"german", "Ich arbeite seit sechs Jahren als Datenanalystin im Krankenhaus und entwickle Berichte " +
			"für die Geschäftsführung. Kenntnisse in Datenbanken, Statistik und Programmierung. Ausbildung an der Universität Heidelberg.", 0.6, 1, false},
		{"french", "Analyste de données de santé depuis six ans, je développe des tableaux de bord pour la direction " +
			"des hôpitaux et je coordonne les échanges avec les équipes cliniques et informatiques.", 0.6, 1, false},
		{"chinese", "健康数据分析师 六年经验 熟悉 SQL 和 Python 负责医院 数据仓库 与 报表 开发 工作 认真 负责", 0.9, 1, false},
		{"reversed", reverseWords(englishSample), 0, 0.45, true},
		{"wrong code page", "£±\nÄ¿¡ ¡¡ ¡Â 1⁄4 ØÓ Úo ì3⁄4 ü× ÷Õ 1⁄2μ ÄÔ -Ô ò ¡-¡ -¡ -¡ £ ̈Ò »3⁄4 ÅÈ ýÆ ßÄ ê° ËÔ ÂÒ »È Õ£ ©\n" +
			"¶Ô1 ú· ÀÎ ÊÌ âμ ÄÒ â1⁄4 û ¡-¡ -¡ -¡ £3 Í¬ ̧ ÷· 1⁄21⁄2 ££±± ê3⁄4 1⁄2Ó Öμ 1⁄2Õ ê3⁄4 Úμ Ï1⁄4 üμ 1⁄2Â", 0, 0.45, true},
		{"uk résumé symbols", "Salary £45,000 · Leeds · ©2024 NHS Digital · 37.5 hours · temperature 37°C · " + englishSample, 0.9, 1, false},
		{"missing spaces", strings.NewReplacer(" ", "", "-", "").Replace(englishSample) + "\n" +
			strings.NewReplacer(" ", "").Replace(strings.ToUpper(englishSample)), 0, 0.45, true},
		{"icon glyphs", "\uF095 +44 117 496 0000 \uF0E0 jane@example.org \uF08C linkedin.com/in/jane\n" + englishSample, 0.95, 1, false},
		{"numbers only", "2019 2020 2021 +44 20 7946 0000 01/02/2023", 1, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, st := assess(tt.text, pdfCounts{}, nil)
			if q.Score < tt.min || q.Score > tt.max {
				t.Errorf("Score = %.3f, want in [%.2f, %.2f] (good %d bad %d)", q.Score, tt.min, tt.max, st.good, st.bad)
			}
			if g := garbled(q, st, pdfCounts{}); g != tt.wantGarbled {
				t.Errorf("garbled = %v, want %v (score %.3f)", g, tt.wantGarbled, q.Score)
			}
		})
	}
}

func TestQualityFlags(t *testing.T) {
	long := strings.Repeat(englishSample+"\n", 2)
	tests := []struct {
		name        string
		text        string
		pc          pdfCounts
		in          []string
		want        []string
		wantGarbled bool
	}{
		{"short text", "Jane Doe\nAnalyst", pdfCounts{}, nil, []string{"low_text"}, false},
		{"short junk is not judged", "Xq Zv Bxq", pdfCounts{}, nil, []string{"low_text"}, false},
		{"long text", long, pdfCounts{}, nil, []string{}, false},
		{"pdf flags kept", long, pdfCounts{glyphs: 1000}, []string{"two_column", "hidden_text"}, []string{"two_column", "hidden_text"}, false},
		{"some undecoded", long, pdfCounts{glyphs: 1000, undecoded: 100}, nil, []string{"undecoded_font"}, false},
		{"mostly undecoded", long, pdfCounts{glyphs: 400, undecoded: 600}, nil, []string{"undecoded_font"}, true},
		{"nothing decoded", long, pdfCounts{glyphs: 0, undecoded: 800}, nil, []string{"undecoded_font"}, true},
		{"undecoded under half of all glyphs", long, pdfCounts{glyphs: 1000, undecoded: 600}, nil, []string{"undecoded_font"}, false},
		{"undecoded flag once", long, pdfCounts{glyphs: 1000, undecoded: 100}, []string{"undecoded_font"}, []string{"undecoded_font"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, st := assess(tt.text, tt.pc, tt.in)
			if !slices.Equal(q.Flags, tt.want) {
				t.Errorf("Flags = %q, want %q", q.Flags, tt.want)
			}
			if g := garbled(q, st, tt.pc); g != tt.wantGarbled {
				t.Errorf("garbled = %v, want %v", g, tt.wantGarbled)
			}
			if q.Score < 0 || q.Score > 1 {
				t.Errorf("Score %v out of range", q.Score)
			}
		})
	}
}

func TestQualityWords(t *testing.T) {
	q, _ := assess("Jane Doe — SQL, Python; 2019–2021 • HL7\n- R", pdfCounts{}, nil)
	// Jane, Doe, SQL, Python, HL7 (numbers, dashes and the single letter R do
	// not count).
	if q.Words != 5 {
		t.Errorf("Words = %d, want 5", q.Words)
	}
}

func TestWordList(t *testing.T) {
	for _, w := range []string{"experience", "analysts", "managed", "coordinating", "hospitals", "optimised", "interoperability", "fhir"} {
		if !inWordList(w) {
			t.Errorf("%q not recognised", w)
		}
	}
	for _, w := range []string{"fyqfsjfodf", "bobmztu", "xqzv"} {
		if inWordList(w) {
			t.Errorf("%q recognised", w)
		}
	}
	for _, w := range []string{"ramaswamy", "heidelberg", "datenbanken", "krankenhaus", "lindqvist"} {
		if !plausible(w) {
			t.Errorf("plausible(%q) = false", w)
		}
	}
	for _, w := range []string{"fyqfsjfodf", "tljmmt", "qzxkv", "aaab", "bzb"} {
		if plausible(w) {
			t.Errorf("plausible(%q) = true", w)
		}
	}
}

// reverseWords writes every line backwards, as a PDF with a right-to-left
// text direction can store Latin text.
func reverseWords(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = reverseString(l)
	}
	return strings.Join(lines, "\n")
}

func TestJudgeToken(t *testing.T) {
	tests := []struct {
		tok  string
		want tokenKind
	}{
		{"\uF095", tokSkip},            // one icon glyph
		{"\uF095\uF0E0\uF08C", tokBad}, // undecoded run
		{"\uFFFD", tokBad},
		{"experience", tokGood},
		{"HL7", tokGood},
		{"SQL", tokGood}, // in the word list
		{"EHRQ", tokCaps},
		{"Fyqfsjfodf", tokBad},
		{"––", tokSkip},
		{"#$%&", tokBad},
		{"|---|", tokSkip},
		{"jane@example.org", tokGood},
		{"2019–2021", tokSkip},
		{"a", tokSkip},
	}
	for _, tt := range tests {
		if got, _ := judgeToken(tt.tok); got != tt.want {
			t.Errorf("judgeToken(%q) = %v, want %v", tt.tok, got, tt.want)
		}
	}
}
