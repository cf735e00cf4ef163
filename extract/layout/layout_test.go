package layout

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestBuildLines(t *testing.T) {
	tex := pen{}
	spaced := pen{spaces: true}
	kernNeg := pen{kern: func(i int, r rune) float64 {
		if i%2 == 0 {
			return -0.06
		}
		return 0
	}}
	kernPos := pen{kern: func(i int, r rune) float64 { return 0.07 }}
	tight := pen{wordSp: 0.18}
	small := pen{size: 6.5}
	track := pen{kern: func(int, rune) float64 { return 0.3 }}
	trackWords := pen{kern: func(int, rune) float64 { return 0.25 }, wordSp: 0.9}
	lig := pen{}
	cases := []struct {
		name  string
		pages []Page
		want  []string
		flags []string
	}{
		{"tex words no space glyphs", []Page{page(tex.at("Health data analyst", 72, 700))},
			[]string{"Health data analyst"}, nil},
		{"explicit spaces not doubled", []Page{page(spaced.at("Clinical  informatics lead", 72, 700))},
			[]string{"Clinical informatics lead"}, nil},
		{"negative kerning does not split", []Page{page(kernNeg.at("Interoperability FHIR", 72, 700))},
			[]string{"Interoperability FHIR"}, nil},
		{"small positive kerning does not split", []Page{page(kernPos.at("Epic Cerner", 72, 700))},
			[]string{"Epic Cerner"}, nil},
		{"shrunk word gap still splits", []Page{page(tight.at("led the HL7 team", 72, 700))},
			[]string{"led the HL7 team"}, nil},
		{"two lines top to bottom", []Page{page(tex.column([]string{"first line", "second line"}, 72, 700, 12))},
			[]string{"first line", "second line"}, nil},
		{"superscript attached", []Page{page(tex.at("Python", 72, 700), small.at("2", 72+tex.defaults().width("Python"), 703.5), tex.at("and SQL", 72+tex.defaults().width("Python")+3.25+3.3, 700))},
			[]string{"Python2 and SQL"}, nil},
		{"LaTeX logo kerned letters", []Page{page(tex.at("Python, L", 72, 700), pen{size: 7}.at("A", 72+tex.defaults().width("Python, L")-1.5, 702), tex.at("T", 72+tex.defaults().width("Python, L")+2, 700), tex.at("E", 72+tex.defaults().width("Python, LT")+1, 697.8), tex.at("X", 72+tex.defaults().width("Python, LTE")+0.5, 700))},
			[]string{"Python, LATEX"}, nil},
		{"subscript attached", []Page{page(tex.at("H", 72, 700), small.at("2", 77, 698), tex.at("O", 80.25, 700))},
			[]string{"H2O"}, nil},
		{"letter-spaced heading, tracking", []Page{page(track.at("SKILLS", 72, 700))},
			[]string{"SKILLS"}, nil},
		{"letter-spaced heading, space glyphs", []Page{page(spaced.at("S K I L L S", 72, 700))},
			[]string{"SKILLS"}, nil},
		{"letter-spaced heading, two words", []Page{page(trackWords.at("WORK EXPERIENCE", 72, 700))},
			[]string{"WORK EXPERIENCE"}, nil},
		{"letter-spaced heading, two words with space glyphs", []Page{page(pen{spaces: true, wordSp: 0.3}.at("W O R K   E X P E R I E N C E", 72, 700))},
			[]string{"WORK EXPERIENCE"}, nil},
		{"ligature folded", []Page{page(lig.at("\ufb01nance o\ufb03ce", 72, 700))},
			[]string{"finance office"}, nil},
		{"fake bold once", []Page{page(tex.at("Bold Name", 72, 700), tex.at("Bold Name", 72.3, 700.1))},
			[]string{"Bold Name"}, nil},
		{"shadow same font once", []Page{page(tex.at("Summary", 72, 700), tex.at("Summary", 72.6, 699.4))},
			[]string{"Summary"}, nil},
		{"same text other font kept", []Page{page(tex.at("A", 72, 700), pen{font: "F2"}.at("A", 72.3, 700))},
			[]string{"AA"}, nil},
		{"hyphen joined", []Page{page(tex.column([]string{"improved inter-", "operability of systems"}, 72, 700, 12))},
			[]string{"improved interoperability", "of systems"}, nil},
		{"hyphen compound with digit kept", []Page{page(tex.column([]string{"built HL7-", "based interfaces"}, 72, 700, 12))},
			[]string{"built HL7-based", "interfaces"}, nil},
		{"hyphen compound kept", []Page{page(tex.column([]string{"a data-", "driven culture"}, 72, 700, 12))},
			[]string{"a data-driven", "culture"}, nil},
		{"go-live keeps its hyphen", []Page{page(tex.column([]string{"my first go-", "live in June"}, 72, 700, 12))},
			[]string{"my first go-live", "in June"}, nil},
		{"smart-pump keeps its hyphen", []Page{page(tex.column([]string{"the Alaris smart-", "pump integration"}, 72, 700, 12))},
			[]string{"the Alaris smart-pump", "integration"}, nil},
		{"hyphen before capital not joined", []Page{page(tex.column([]string{"Boston -", "Cambridge area"}, 72, 700, 12))},
			[]string{"Boston -", "Cambridge area"}, nil},
		{"hyphen before upper case kept apart", []Page{page(tex.column([]string{"clinical-", "Epic go-live"}, 72, 700, 12))},
			[]string{"clinical-", "Epic go-live"}, nil},
		{"capitalised compound joined", []Page{page(tex.column([]string{"using Python, Scikit-", "Learn, and AWS"}, 72, 700, 12))},
			[]string{"using Python, Scikit-Learn,", "and AWS"}, nil},
		{"hyphenated single word line removed", []Page{page(tex.column([]string{"strong com-", "munication", "next"}, 72, 700, 12))},
			[]string{"strong communication", "next"}, nil},
		{"soft hyphen removed inside", []Page{page(tex.at("analy\u00adtics", 72, 700))},
			[]string{"analytics"}, nil},
		{"soft hyphen at line end joins", []Page{page(tex.column([]string{"informa\u00ad", "tics team"}, 72, 700, 12))},
			[]string{"informatics", "team"}, nil},
		{"invisible text dropped", []Page{page(tex.at("Visible", 72, 700), pen{mod: func(g *Glyph) { g.Invisible = true }}.at("HL7 FHIR Epic", 72, 600))},
			[]string{"Visible"}, []string{"hidden_text"}},
		{"invisible page number not flagged", []Page{page(tex.at("Visible", 72, 700), pen{mod: func(g *Glyph) { g.Invisible = true }}.at("Page 1 of 2", 500, 20))},
			[]string{"Visible"}, nil},
		{"white text dropped", []Page{page(tex.at("Visible", 72, 700), pen{mod: func(g *Glyph) { g.White = true }}.at("keyword stuffing", 72, 600))},
			[]string{"Visible"}, []string{"hidden_text"}},
		{"tiny text dropped", []Page{page(tex.at("Visible", 72, 700), pen{size: 1}.at("tiny words", 72, 600))},
			[]string{"Visible"}, []string{"hidden_text"}},
		{"off-page text dropped", []Page{page(tex.at("Visible", 72, 700), tex.at("far away", 900, 600))},
			[]string{"Visible"}, []string{"hidden_text"}},
		{"white text on a fill kept", []Page{func() Page {
			p := page(tex.at("Visible", 72, 700), pen{mod: func(g *Glyph) { g.White = true }}.at("Sidebar", 72, 600))
			p.Fills = []Rect{{0, 0, 200, 792}}
			return p
		}()}, []string{"Visible", "Sidebar"}, nil},
		{"ocr layer kept", []Page{func() Page {
			p := page(pen{mod: func(g *Glyph) { g.Invisible = true }, spaces: true}.column([]string{"Scanned resume", "Data analyst"}, 72, 700, 12))
			p.HasImage = true
			return p
		}()}, []string{"Scanned resume", "Data analyst"}, []string{"ocr_layer"}},
		{"rotated text own block", []Page{page(tex.at("Main text", 72, 700), func() []Glyph {
			var gs []Glyph
			for i, r := range "Sidebar" {
				gs = append(gs, Glyph{Text: string(r), X: 30, Y: 400 + float64(i)*5, W: 5, Size: 10, Font: "F1", Rotated: true})
			}
			return gs
		}())}, []string{"Main text", "Sidebar"}, []string{"rotated_text"}},
		{"running header and footer once", []Page{
			page(tex.at("Jane Doe Resume", 72, 760), tex.at("Body one", 72, 600), tex.at("Page 1 of 2", 280, 30)),
			page(tex.at("Jane Doe Resume", 72, 760), tex.at("Body two", 72, 600), tex.at("Page 2 of 2", 280, 30)),
		}, []string{"Jane Doe Resume", "Body one", "Page 1 of 2", "Body two"}, []string{"repeated_header"}},
		{"bare page numbers once, repeated dates kept", []Page{
			page(tex.at("Body one", 72, 600), tex.at("2019 - 2021", 480, 40), tex.at("1", 300, 20)),
			page(tex.at("Body two", 72, 600), tex.at("2015 - 2017", 480, 40), tex.at("2", 300, 20)),
		}, []string{"Body one", "2019 - 2021", "1", "Body two", "2015 - 2017"}, []string{"repeated_header"}},
		{"pages with only a top line keep it", []Page{
			page(tex.at("Potato 0", 72, 760)), page(tex.at("Potato 1", 72, 760)),
		}, []string{"Potato 0", "Potato 1"}, nil},
		{"different top lines both kept", []Page{
			page(tex.at("Experience", 72, 760), tex.at("Body one", 72, 600)),
			page(tex.at("Education", 72, 760), tex.at("Body two", 72, 600)),
		}, []string{"Experience", "Body one", "Education", "Body two"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Build(c.pages, Options{})
			if l := lines(got); !reflect.DeepEqual(l, c.want) {
				t.Errorf("lines:\n got %q\nwant %q\n%s", l, c.want, got.Layout())
			}
			if !reflect.DeepEqual(got.Flags, c.flags) {
				t.Errorf("flags = %q, want %q", got.Flags, c.flags)
			}
		})
	}
}

// résumé-like fixtures for column tests.
var (
	sideLines = []string{"CONTACT", "jane@example.org", "Boston MA", "SKILLS", "Python SQL Tableau",
		"HL7 FHIR Epic", "LANGUAGES", "English Spanish", "CERTIFICATES", "CPHIMS", "PMP"}
	mainLines = []string{"EXPERIENCE", "Senior Data Analyst at Mercy Health", "Built dashboards for readmission",
		"risk across twelve hospitals and", "reduced reporting time by half", "Data Analyst at Blue Cross",
		"Automated claims quality checks", "with Python and SQL pipelines", "EDUCATION",
		"MPH Biostatistics Boston University", "BS Mathematics Tufts University", "Published two papers on",
		"sepsis prediction models"}
)

// Columns of running text set flush on both sides, same leading.
var (
	justLeft  = []string{"Lorem ipsum dolor sit amet cons", "ectetuer adipiscing elit pu r a", "vestibulum ut placerat ac ad pi", "iscing vitae felis curabitu d i", "ictum gravida mauris nam arcu l", "ibero nonummy eget cons tetue a"}
	justRight = []string{"Proin fermentum massa ac quam s", "ed diam turpis molestie vitae p", "lacerat a molestie nec leo maec",
		"enas lacinia nam ipsum ligula e", "leifend at accumsan nec suscipi", "t a ipsum morbi blandit ligula", "feugiat magna nunc eleifend"}
)

func maxWidth(p pen, ls []string) float64 {
	w := 0.0
	for _, l := range ls {
		w = max(w, p.width(l))
	}
	return w
}

// checkApart asserts that no output line mixes words of the two sets of
// lines and that each set comes out in order.
func checkApart(t *testing.T, tx *Text, a, b []string) {
	t.Helper()
	got := lines(tx)
	idx := func(want []string) []int {
		var out []int
		for _, w := range want {
			i := slices.Index(got, w)
			if i < 0 {
				t.Errorf("line %q not found alone; got:\n%s", w, tx.Layout())
			}
			out = append(out, i)
		}
		return out
	}
	ia, ib := idx(a), idx(b)
	if !slices.IsSorted(ia) || !slices.IsSorted(ib) {
		t.Errorf("columns out of order: %v %v\n%s", ia, ib, tx.Layout())
	}
}

func TestColumns(t *testing.T) {
	side := pen{size: 9}
	main := pen{size: 10}
	head := pen{size: 20}
	cases := []struct {
		name  string
		page  Page
		first []string // lines that must come before both columns
		a, b  []string
		cols  int
	}{
		{"left sidebar", page(
			head.at("Jane Q Doe", 150, 750),
			side.column(sideLines, 40, 700, 11),
			main.column(mainLines, 220, 698, 12.5),
		), []string{"Jane Q Doe"}, sideLines, mainLines, 2},
		{"right sidebar", page(
			main.column(mainLines, 40, 700, 12.5),
			side.column(sideLines, 420, 696, 11),
		), nil, mainLines, sideLines, 2},
		{"same size and leading, offset start", page(
			main.column(sideLines, 40, 700, 12),
			main.column(mainLines, 250, 694, 12),
		), nil, sideLines, mainLines, 2},
		{"justified columns, aligned baselines", page(
			main.column(justLeft, 40, 700, 12),
			main.column(justRight, 40+maxWidth(main, justLeft)+10, 700, 12),
		), nil, justLeft, justRight, 2},
		{"narrow gutter", page(
			main.column(sideLines, 40, 700, 12),
			main.column(mainLines, 40+main.width("risk across twelve hospitals and")+12, 695, 13),
		), nil, sideLines, mainLines, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := Build([]Page{c.page}, Options{})
			checkApart(t, tx, c.a, c.b)
			got := lines(tx)
			for _, f := range c.first {
				if i := slices.Index(got, f); i != 0 {
					t.Errorf("%q at %d, want first", f, i)
				}
			}
			if tx.Pages[0].Columns != c.cols {
				t.Errorf("columns = %d, want %d", tx.Pages[0].Columns, c.cols)
			}
			if !slices.Contains(tx.Flags, "two_column") {
				t.Errorf("two_column flag missing: %v", tx.Flags)
			}
			for _, l := range tx.Pages[0].Lines {
				if slices.Contains(c.a, l.Text) && slices.Contains(c.b, l.Text) {
					continue
				}
				wantCol := -1
				if slices.Contains(c.a, l.Text) {
					wantCol = 0
				} else if slices.Contains(c.b, l.Text) {
					wantCol = 1
				}
				if wantCol >= 0 && l.Column != wantCol {
					t.Errorf("%q in column %d, want %d", l.Text, l.Column, wantCol)
				}
			}
		})
	}
}

func TestTableAboveGrid(t *testing.T) {
	p := pen{size: 9.7}
	right := 560.0
	ra := func(s string, y float64) []Glyph { return p.at(s, right-p.width(s), y) }
	pg := page(
		p.at("Education", 210, 700),
		p.at("University of California", 220, 680), ra("August 2012 to May 2016", 680),
		p.at("Berkeley, CA", 220, 663), ra("Bachelor's in Computer Science", 663),
		p.at("Projects", 210, 625),
		p.column([]string{"Led the development of a full-", "stack e-commerce platform,", "improving sales conversion by", "25%."}, 220, 605, 17),
		p.column([]string{"Created an interactive analytics", "dashboard for a SaaS application,", "enhancing data visualization for", "clients."}, 400, 605, 17),
	)
	tx := Build([]Page{pg}, Options{})
	want := []string{"Education", "University of California August 2012 to May 2016", "Berkeley, CA Bachelor's in Computer Science",
		"Projects", "Led the development of a full-stack", "e-commerce platform,", "improving sales conversion by", "25%.",
		"Created an interactive analytics", "dashboard for a SaaS application,", "enhancing data visualization for", "clients."}
	if got := lines(tx); !reflect.DeepEqual(got, want) {
		t.Errorf("got:\n%s", tx.Layout())
	}
}

func TestRightAlignedDatesStay(t *testing.T) {
	p := pen{}
	right := 540.0
	date := func(s string, y float64) []Glyph { return p.at(s, right-p.width(s), y) }
	cases := []struct {
		name string
		page Page
		want []string
	}{
		{"with bullets", page(
			p.at("Senior Analyst, Acme Health", 72, 700), date("2019 - 2021", 700),
			p.at("- Built a claims data warehouse used by all regional teams daily", 72, 688),
			p.at("- Cut report turnaround from two weeks to two days", 72, 676),
			p.at("Data Analyst, Mercy", 72, 656), date("2016 - 2019", 656),
			p.at("- Maintained HEDIS measure code for eleven clinics statewide", 72, 644),
		), []string{"Senior Analyst, Acme Health 2019 - 2021",
			"- Built a claims data warehouse used by all regional teams daily",
			"- Cut report turnaround from two weeks to two days",
			"Data Analyst, Mercy 2016 - 2019",
			"- Maintained HEDIS measure code for eleven clinics statewide"}},
		{"titles and dates only", page(
			p.at("Senior Analyst, Acme Health", 72, 700), date("2019 - 2021", 700),
			p.at("Data Analyst, Mercy", 72, 686), date("2016 - 2019", 686),
			p.at("Intern, State Health Dept", 72, 672), date("2015", 672),
			p.at("MPH, Boston University", 72, 652), date("2015", 652),
			p.at("BS, Tufts University", 72, 638), date("2013", 638),
		), []string{"Senior Analyst, Acme Health 2019 - 2021", "Data Analyst, Mercy 2016 - 2019",
			"Intern, State Health Dept 2015", "MPH, Boston University 2015", "BS, Tufts University 2013"}},
		{"short bullets never cross the gutter", page(
			p.at("ROLE / PROJECT A", 72, 700), date("Jan 2019 - Present", 700),
			p.at("company A", 72, 688), date("somewhere, state", 688),
			p.at("- Lorem ipsum dolor sit amet.", 72, 672),
			p.at("- Morbi a nisl sit amet massa.", 72, 660),
			p.at("ROLE / PROJECT B", 72, 640), date("Jan 2017 - Dec 2018", 640),
			p.at("company B", 72, 628), date("elsewhere, state", 628),
			p.at("- Aenean semper felis et viverra.", 72, 612),
			p.at("- Integer aliquam odio id tellus.", 72, 600),
			p.at("- Vestibulum iaculis quam ac nibh.", 72, 588),
		), []string{"ROLE / PROJECT A Jan 2019 - Present", "company A somewhere, state",
			"- Lorem ipsum dolor sit amet.", "- Morbi a nisl sit amet massa.",
			"ROLE / PROJECT B Jan 2017 - Dec 2018", "company B elsewhere, state",
			"- Aenean semper felis et viverra.", "- Integer aliquam odio id tellus.", "- Vestibulum iaculis quam ac nibh."}},
		{"bullets set apart from their text", func() Page {
			var gs []Glyph
			items := []string{"Built HL7 interfaces for labs", "Mapped codes to LOINC", "Ran FHIR API tests", "Wrote interface specs",
				"Chaired the change board", "Trained analysts on Rhapsody", "Cut failed messages by half"}
			for i, it := range items {
				y := 700 - float64(i)*12
				gs = append(gs, p.at("•", 72, y)...)
				gs = append(gs, p.at(it, 92, y)...)
			}
			return page(gs)
		}(), []string{"• Built HL7 interfaces for labs", "• Mapped codes to LOINC", "• Ran FHIR API tests", "• Wrote interface specs",
			"• Chaired the change board", "• Trained analysts on Rhapsody", "• Cut failed messages by half"}},
		{"label and value table under a heading", page(
			pen{size: 12}.at("SKILLS", 72, 720),
			p.at("Tools and Languages", 72, 700), p.at("Python, SQL, R, Tableau", 250, 700),
			p.at("Standards", 72, 688), p.at("HL7 v2, FHIR R4, ICD-10", 250, 688),
			p.at("Communication", 72, 676), p.at("English, Spanish", 250, 676),
		), []string{"SKILLS", "Tools and Languages Python, SQL, R, Tableau", "Standards HL7 v2, FHIR R4, ICD-10",
			"Communication English, Spanish"}},
		{"left-aligned date cells with lower-case locations", page(
			p.at("Integration Analyst, Acme Health", 72, 700), p.at("Jan 2019 - Present", 430, 700),
			p.at("clinical interfaces team", 72, 688), p.at("remote, united states", 430, 688),
			p.at("Data Analyst, Mercy Hospital", 72, 668), p.at("Jan 2016 - Dec 2018", 430, 668),
			p.at("quality reporting group", 72, 656), p.at("saint louis, missouri", 430, 656),
		), []string{"Integration Analyst, Acme Health Jan 2019 - Present", "clinical interfaces team remote, united states",
			"Data Analyst, Mercy Hospital Jan 2016 - Dec 2018", "quality reporting group saint louis, missouri"}},
		{"dates on the left", page(
			p.at("2019 - 2021", 72, 700), p.at("Senior Analyst, Acme Health", 160, 700),
			p.at("Built a claims warehouse", 160, 688),
			p.at("2016 - 2019", 72, 670), p.at("Data Analyst, Mercy", 160, 670),
			p.at("Maintained HEDIS code", 160, 658),
			p.at("2015", 72, 640), p.at("Intern, State Health", 160, 640),
		), []string{"2019 - 2021 Senior Analyst, Acme Health", "Built a claims warehouse",
			"2016 - 2019 Data Analyst, Mercy", "Maintained HEDIS code", "2015 Intern, State Health"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := Build([]Page{c.page}, Options{})
			if got := lines(tx); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got:\n%s", tx.Layout())
			}
			if slices.Contains(tx.Flags, "two_column") {
				t.Errorf("two_column flagged")
			}
		})
	}
}

func TestStringAndLayout(t *testing.T) {
	p := pen{}
	tx := Build([]Page{page(p.column([]string{"one", "two"}, 72, 700, 12)), {}, page(p.at("three", 72, 700))}, Options{})
	if got, want := tx.String(), "one\ntwo\n\nthree"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	l := tx.Layout()
	for _, want := range []string{"=== page 1: 1 column(s), 2 line(s)", "p1 c1 b1   l2", "| two", "=== page 2: 0 column(s)", "p3 c1 b1   l1"} {
		if !strings.Contains(l, want) {
			t.Errorf("Layout() lacks %q:\n%s", want, l)
		}
	}
	var nilText *Text
	if nilText.String() != "" || nilText.Layout() != "" {
		t.Error("nil Text not empty")
	}
}

func TestBlockOrder(t *testing.T) {
	p := pen{}
	small := pen{size: 9}
	name := pen{size: 20}
	cases := []struct {
		name string
		page Page
		want []string
	}{
		{"name left, contact lines right", page(
			name.at("Jane Doe", 72, 748),
			small.at("jane@example.org", 420, 756), small.at("+1 555 0100", 420, 745), small.at("Boston, MA", 420, 734),
			p.column([]string{"Health data analyst with eight years of experience in claims and EHR data,", "building dashboards and pipelines for quality reporting"}, 72, 700, 12),
		), []string{"Jane Doe", "jane@example.org", "+1 555 0100", "Boston, MA",
			"Health data analyst with eight years of experience in claims and EHR data,", "building dashboards and pipelines for quality reporting"}},
		{"heading left above centred name stays below", page(
			name.at("Jane Doe", 250, 748),
			pen{size: 14}.at("Summary", 72, 700),
			p.column([]string{"Health data analyst with eight years of experience in claims and EHR data,"}, 72, 680, 12),
		), []string{"Jane Doe", "Summary", "Health data analyst with eight years of experience in claims and EHR data,"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tx := Build([]Page{c.page}, Options{})
			if got := lines(tx); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got:\n%s", tx.Layout())
			}
		})
	}
}

func TestBlocks(t *testing.T) {
	p := pen{}
	h := pen{size: 14}
	pg := page(h.at("EXPERIENCE", 72, 720), p.column([]string{"line a", "line b"}, 72, 700, 12),
		p.column([]string{"line c", "line d"}, 72, 660, 12))
	tx := Build([]Page{pg}, Options{})
	var blocks []int
	for _, l := range tx.Pages[0].Lines {
		blocks = append(blocks, l.Block)
	}
	if want := []int{0, 1, 1, 2, 2}; !reflect.DeepEqual(blocks, want) {
		t.Errorf("blocks = %v, want %v\n%s", blocks, want, tx.Layout())
	}
}

func TestDegenerate(t *testing.T) {
	nan := math.NaN()
	cases := []struct {
		name  string
		pages []Page
		want  string
	}{
		{"no pages", nil, ""},
		{"empty page", []Page{{}}, ""},
		{"only spaces", []Page{page(pen{spaces: true}.at("   ", 72, 700))}, ""},
		{"empty glyph text", []Page{{Glyphs: []Glyph{{Text: "", X: 1, Y: 1, W: 1, Size: 10}}}}, ""},
		{"non-finite glyphs dropped", []Page{{Width: 612, Height: 792, Glyphs: []Glyph{
			{Text: "a", X: nan, Y: 1, W: 1, Size: 10}, {Text: "b", X: 1, Y: math.Inf(1), W: 1, Size: 10},
			{Text: "c", X: 72, Y: 700, W: 5, Size: nan}, {Text: "d", X: 72, Y: 700, W: 5, Size: 10}}}}, "d"},
		{"unknown page size keeps text", []Page{{Width: nan, Glyphs: pen{}.at("Analyst", -50, -20)}}, "Analyst"},
		{"zero widths", []Page{{Glyphs: []Glyph{{Text: "H", X: 72, Y: 700, Size: 10}, {Text: "L", X: 77, Y: 700, Size: 10}, {Text: "7", X: 82, Y: 700, Size: 10}}}}, "HL7"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Build(c.pages, Options{})
			if s := got.String(); s != c.want {
				t.Errorf("String() = %q, want %q\n%s", s, c.want, got.Layout())
			}
			if len(got.Pages) != len(c.pages) {
				t.Errorf("%d pages, want %d", len(got.Pages), len(c.pages))
			}
		})
	}
}
