package layout

import (
	"fmt"
	"testing"
)

// syntheticResume returns a two-page résumé: page 1 with a header, a
// sidebar and a main column, page 2 single-column with dated entries and
// bullets, and a running footer on both.
func syntheticResume() []Page {
	side, main, head := pen{size: 9}, pen{size: 10, spaces: true}, pen{size: 20}
	p1 := page(head.at("Jane Q Doe", 150, 750), side.column(sideLines, 40, 700, 11))
	var body []string
	for i := 0; i < 4; i++ {
		body = append(body, mainLines...)
	}
	p1.Glyphs = append(p1.Glyphs, main.column(body[:50], 220, 698, 12.5)...)
	p1.Glyphs = append(p1.Glyphs, pen{size: 8}.at("Jane Q Doe - Page 1", 250, 30)...)
	p2 := page(pen{size: 8}.at("Jane Q Doe - Page 2", 250, 30))
	y := 740.0
	for i := 0; i < 10; i++ {
		title := fmt.Sprintf("Health Data Analyst, Hospital %d", i)
		p2.Glyphs = append(p2.Glyphs, main.at(title, 72, y)...)
		date := fmt.Sprintf("20%02d - 20%02d", i, i+2)
		p2.Glyphs = append(p2.Glyphs, main.at(date, 540-main.width(date), y)...)
		y -= 12
		for j := 0; j < 4; j++ {
			p2.Glyphs = append(p2.Glyphs, main.at("- Built HL7 FHIR interfaces and SQL pipelines for readmission dashboards", 80, y)...)
			y -= 12
		}
		y -= 6
	}
	return []Page{p1, p2}
}

func BenchmarkBuild(b *testing.B) {
	pages := syntheticResume()
	n := 0
	for _, p := range pages {
		n += len(p.Glyphs)
	}
	for b.Loop() {
		Build(pages, Options{})
	}
	b.ReportMetric(float64(n), "glyphs/op")
}

func TestSyntheticResume(t *testing.T) {
	tx := Build(syntheticResume(), Options{})
	if tx.Pages[0].Columns != 2 || tx.Pages[1].Columns != 1 {
		t.Errorf("columns = %d, %d; want 2, 1\n%s", tx.Pages[0].Columns, tx.Pages[1].Columns, tx.Layout())
	}
	got := lines(tx)
	for _, want := range []string{"Health Data Analyst, Hospital 3 2003 - 2005", "Jane Q Doe - Page 1"} {
		found := false
		for _, l := range got {
			found = found || l == want
		}
		if !found {
			t.Errorf("line %q missing\n%s", want, tx.Layout())
		}
	}
	for _, l := range got {
		if l == "Jane Q Doe - Page 2" {
			t.Errorf("running footer repeated")
		}
	}
}
