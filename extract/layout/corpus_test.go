package layout_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rolefit/rolefit/extract/layout"
	"github.com/rolefit/rolefit/extract/pdftext"
	"github.com/rolefit/rolefit/internal/testcorpus"
)

func corpusDir(t *testing.T, name string) string {
	t.Helper()
	return testcorpus.Dir(t, name)
}

// TestSidebarTemplates checks, on public two-column and sidebar résumé
// templates, that lines known to be in the sidebar come out apart from
// lines known to be in the main column: no output line holds both, and
// the two sets are in different columns of page 1.
func TestSidebarTemplates(t *testing.T) {
	dir := corpusDir(t, "resumes-public")
	cases := []struct {
		file       string
		side, main []string
	}{
		{"altacv_sample.pdf",
			[]string{"MY LIFE PHILOSOPHY", "Motivator & Leader", "Thesis title: Wonderful Research"},
			[]string{"Job Title 1", "Job description 2", "A short abstract would also work."}},
		{"altacv_legacy_sample-old.pdf",
			[]string{"Statistical Analysis", "Thesis title: Wonderful Research", "Hard-working"},
			[]string{"Job Title 2", "A short abstract would also work."}},
		{"altacv_mmayer.pdf",
			[]string{"LIFE PHILOSOPHY", "Product Management & Marketing", "B.S. in Symbolic Systems"},
			[]string{"President & CEO", "Maps, Google Places and Google Earth", "Vice President of Search Products"}},
		{"deedy_resume-openfont.pdf",
			[]string{"COURSEWORK", "Open Source Software Engineering", "Magna Cum Laude"},
			[]string{"RESEARCH", "52 out of 2500 applicants", "CORNELL PHONETICS LAB"}},
		{"deedy_resume_macfonts.pdf",
			[]string{"COURSEWORK", "Open Source Software Engineering", "Magna Cum Laude"},
			[]string{"RESEARCH", "52 out of 2500 applicants", "CORNELL PHONETICS LAB"}},
		{"twentysec_Twenty-Seconds_cv.pdf",
			[]string{"from a wealthy English family who finds", "with her identity and has a strong", "About me"},
			[]string{"Majoring in Computer Science", "The first Alice on film was over a hundred years ago.", "The Pool of Tears."}},
		{"twentysec_Twenty-Seconds-Icons_cv.pdf",
			[]string{"from a wealthy English family who finds", "with her identity and has a strong", "alice@wonderland.com"},
			[]string{"Majoring in Computer Science", "The first Alice on film was over a hundred years ago.", "The Pool of Tears."}},
		{"reactiveresume_azurill.pdf",
			[]string{"HTML5, JavaScript, PHP, Python", "AWS Certified Developer", "Webpack, Git, Jenkins, Docker, JIRA"},
			[]string{"Spearheaded the redesign", "Creative Solutions Inc.", "Mentored a team of four junior developers"}},
		{"reactiveresume_ditto.pdf",
			[]string{"HTML5, JavaScript, PHP, Python", "AWS Certified Developer", "Webpack, Git, Jenkins, Docker, JIRA"},
			[]string{"Spearheaded the redesign", "Creative Solutions Inc.", "Mentored a team of four junior developers"}},
		{"reactiveresume_gengar.pdf",
			[]string{"HTML5, JavaScript, PHP, Python", "CodeAcademy", "Amazon Web Services"},
			[]string{"Mentored a team of four junior developers", "Senior Web Developer", "Optimized application performance"}},
		{"resumematcher_tpl_modern-two-column.pdf",
			[]string{"Bachelor of Science, Computer Science", "Event-driven Systems", "Database Optimization"},
			[]string{"Stripe • San Francisco, CA", "DevFlow", "SUMMARY"}},
	}
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.file, ".pdf"), func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			pages, _, err := pdftext.ExtractPages(data, pdftext.Options{})
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			tx := layout.Build(pages, layout.Options{})
			if len(tx.Pages) == 0 {
				t.Fatal("no pages")
			}
			p1 := tx.Pages[0]
			find := func(s string) *layout.Line {
				for i := range p1.Lines {
					if strings.Contains(p1.Lines[i].Text, s) {
						return &p1.Lines[i]
					}
				}
				t.Errorf("%q not found on page 1", s)
				return nil
			}
			cols := func(snips []string) map[int]bool {
				m := map[int]bool{}
				for _, s := range snips {
					if l := find(s); l != nil {
						m[l.Column] = true
					}
				}
				return m
			}
			sc, mc := cols(c.side), cols(c.main)
			for col := range sc {
				if mc[col] || len(sc) != 1 || len(mc) != 1 {
					t.Errorf("sidebar lines in columns %v, main lines in columns %v", sc, mc)
					break
				}
			}
			for _, l := range p1.Lines {
				var s, m string
				for _, x := range c.side {
					if strings.Contains(l.Text, x) {
						s = x
					}
				}
				for _, x := range c.main {
					if strings.Contains(l.Text, x) {
						m = x
					}
				}
				if s != "" && m != "" {
					t.Errorf("line mixes sidebar %q and main %q", s, m)
				}
			}
			if t.Failed() {
				t.Log("\n" + tx.Layout())
			}
		})
	}
}

// TestSingleColumnTemplates checks that single-column résumés with
// right-aligned dates and locations are not split into columns and that
// a date stays on the line of its title.
func TestSingleColumnTemplates(t *testing.T) {
	dir := corpusDir(t, "resumes-public")
	cases := []struct {
		file  string
		lines []string // whole lines expected verbatim
	}{
		{"sb2nov_sourabh_bajaj_resume.pdf", []string{"Software Engineer Oct 2016 – Present"}},
		{"timmychan_data_science_tech_resume_template.pdf", []string{"ROLE / PROJECT A MMM YYYY — Present"}},
		{"rendercv_John_Doe_ClassicTheme_CV.pdf", []string{"Nexus AI, Co-Founder & CTO San Francisco, CA"}},
		{"awesomecv_resume.pdf", nil},
		{"awesomecv_cv.pdf", nil},
		{"billryan_resume.pdf", nil},
		{"openresume_openresume-resume.pdf", nil},
		{"reactiveresume_bronzor.pdf", nil},
		{"reactiveresume_onyx.pdf", nil},
		{"rendercv_John_Doe_ModerncvTheme_CV.pdf", nil},
		{"rendercv_John_Doe_HarvardTheme_CV.pdf", nil},
		{"resumematcher_tpl_single-column.pdf", nil},
		{"resumematcher_john_doe.pdf", nil},
	}
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.file, ".pdf"), func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			pages, _, err := pdftext.ExtractPages(data, pdftext.Options{})
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			tx := layout.Build(pages, layout.Options{})
			for i, p := range tx.Pages {
				if p.Columns > 1 {
					t.Errorf("page %d: %d columns", i+1, p.Columns)
				}
			}
			for _, f := range tx.Flags {
				if f == "two_column" {
					t.Errorf("flagged two_column")
				}
			}
			got := map[string]bool{}
			for _, p := range tx.Pages {
				for _, l := range p.Lines {
					got[l.Text] = true
				}
			}
			for _, l := range c.lines {
				if !got[l] {
					t.Errorf("line %q missing", l)
				}
			}
			if t.Failed() {
				t.Log("\n" + tx.Layout())
			}
		})
	}
}
