package layout

import (
	"reflect"
	"strings"
	"testing"
)

// wrapAt breaks text into lines no wider than width points, as a word
// processor does, with pen p.
func wrapAt(p pen, text string, width float64) []string {
	var out []string
	cur := ""
	for _, w := range strings.Fields(text) {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if cur != "" && p.width(try) > width {
			out = append(out, cur)
			cur = w
			continue
		}
		cur = try
	}
	return append(out, cur)
}

func TestReflow(t *testing.T) {
	p := pen{spaces: true, wordSp: 0.28}
	const left, right, lead = 72.0, 400.0, 12.0
	width := right - left
	para := "Interoperability engineer with eight years of experience connecting electronic patient records, laboratory systems and regional shared care records across trusts."
	bullet1 := "Designed FHIR R4 APIs for the regional shared care record, using SMART on FHIR for app launch and bulk export."
	bullet2 := "Migrated 140 HL7 v2 interfaces from a legacy engine with zero unplanned downtime over two years."
	// bulleted paragraph: "•" at left, text (first and continuation lines) at left+12.
	bullets := func(y float64, items ...string) ([]Glyph, float64) {
		var gs []Glyph
		for _, it := range items {
			gs = append(gs, p.at("•", left, y)...)
			for _, l := range wrapAt(p, it, width-12) {
				gs = append(gs, p.at(l, left+12, y)...)
				y -= lead
			}
		}
		return gs, y
	}
	paraLines := wrapAt(p, para, width)
	b, _ := bullets(700-lead*float64(len(paraLines)+1), bullet1, bullet2)
	date := func(s string, y float64) []Glyph { return p.at(s, right-p.width(s), y) }
	cases := []struct {
		name string
		page Page
		want []string
	}{
		{"wrapped paragraph and bullets with hanging indent", page(
			p.at("Profile", left, 712),
			p.column(paraLines, left, 700, lead),
			p.at("Experience", left, 700-lead*float64(len(paraLines))),
			b,
		), []string{"Profile", para, "Experience", "• " + bullet1, "• " + bullet2}},
		{"hard-broken short lines stay", page(
			p.column([]string{"Jane Doe", "Health Data Analyst", "Denver, CO", "jane@example.com"}, left, 700, lead),
			p.column(wrapAt(p, para+" "+bullet1, width), left, 640, lead),
		), append([]string{"Jane Doe", "Health Data Analyst", "Denver, CO", "jane@example.com"}, para+" "+bullet1)},
		{"right-aligned dates are not wraps", page(
			p.at("Master of Arts in Mathematics, Texas Institute", left, 700), date("May 2021", 700),
			p.at("Bachelor of Arts in Mathematics, Some College", left, 688), date("May 2019", 688),
			p.at("University Fellowship, University of Motherland", left, 676), date("2018 - 2019", 676),
			p.at("Academic Scholarship, Some State University", left, 664), date("2016 - 2018", 664),
		), []string{"Master of Arts in Mathematics, Texas Institute | May 2021",
			"Bachelor of Arts in Mathematics, Some College | May 2019",
			"University Fellowship, University of Motherland | 2018 - 2019",
			"Academic Scholarship, Some State University | 2016 - 2018"}},
		{"a date range cut after its dash is joined", page(
			p.at("Lead Analyst, Front Range Health, Denver, CO", left, 700), date("May 2021 –", 700),
			p.at("Present", left, 688),
			p.at("Analyst, Mile High Hospital, Denver, CO", left, 664), date("Jun", 664),
			p.at("2019 – Apr 2021", left, 652),
			p.column(wrapAt(p, para, width), left, 628, lead),
		), []string{"Lead Analyst, Front Range Health, Denver, CO | May 2021 – Present",
			"Analyst, Mile High Hospital, Denver, CO | Jun 2019 – Apr 2021", para}},
		{"paragraph spacing stops the join", page(
			p.column(wrapAt(p, para, width), left, 700, lead),
			p.column(wrapAt(p, para, width), left, 700-lead*float64(len(paraLines))-6, lead),
			p.column(wrapAt(p, para, width), left, 700-2*lead*float64(len(paraLines))-12, lead),
		), []string{para, para, para}},
		{"a full line before a bullet or list number stays", page(
			p.at(paraLines[0], left, 700),
			p.at("- Built a registry", left, 688),
			p.at(paraLines[0], left, 676),
			p.at("2. Built a registry", left, 664),
			p.at(paraLines[0], left, 652),
			p.at("• Built a registry", left, 640),
		), []string{paraLines[0], "- Built a registry", paraLines[0], "2. Built a registry", paraLines[0], "• Built a registry"}},
		{"wrapped table cells are merged cell by cell, cells joined by \" | \"", page(
			p.at("Dates", left, 700), p.at("Role", 180, 700), p.at("Organisation", 330, 700),
			p.at("Apr 2023 – Present", left, 684), p.at("Senior Analyst (Band", 180, 684), p.at("Aire Valley NHS", 330, 684),
			p.at("6) ICD-", 180, 672), p.at("Trust", 330, 672),
			p.at("10", 180, 660),
			p.at("2020 – 2023", left, 656), p.at("Analyst (Band 5)", 180, 656), p.at("Calder NHS Trust", 330, 656),
		), []string{"Dates | Role | Organisation", "Apr 2023 – Present | Senior Analyst (Band 6) ICD-10 | Aire Valley NHS Trust",
			"2020 – 2023 | Analyst (Band 5) | Calder NHS Trust"}},
		{"a full-width table row is not continued by the next row", page(
			p.at("Messaging", left, 700), p.at("HL7 v2 (ADT, ORU), Epic Bridges", 180, 700),
			p.at("Documents", left, 686), p.at("C-CDA, Care Everywhere, Carequality, Direct", 180, 686),
			p.at("APIs", left, 672), p.at("FHIR R4, SMART on FHIR, Bulk Data and more", 180, 672),
			p.at("Engines", left, 658), p.at("Corepoint, Mirth Connect", 180, 658),
		), []string{"Messaging | HL7 v2 (ADT, ORU), Epic Bridges", "Documents | C-CDA, Care Everywhere, Carequality, Direct",
			"APIs | FHIR R4, SMART on FHIR, Bulk Data and more", "Engines | Corepoint, Mirth Connect"}},
		{"a line under a row with a right-aligned date is not a cell", page(
			p.at("Lead Analyst, Front Range Health", left, 700), date("2018 – 2021", 700),
			p.at("Built the warehouse", left, 688),
			p.at("Analyst, Mile High Hospital", left, 664), date("2015 – 2018", 664),
			p.at("Supported the lab system", left, 652),
		), []string{"Lead Analyst, Front Range Health | 2018 – 2021", "Built the warehouse",
			"Analyst, Mile High Hospital | 2015 – 2018", "Supported the lab system"}},
		{"a wrapped row of tab-separated items is joined", page(
			p.column(wrapAt(p, para, width), left, 700, lead),
			p.at("VMware VCP-DCV (2019)", left, 640), p.at("ITIL v4", 195, 640), p.at("Microsoft Certified: Azure", 250, 640),
			p.at("Administrator Associate", left, 628),
		), []string{para, "VMware VCP-DCV (2019) | ITIL v4 | Microsoft Certified: Azure Administrator Associate"}},
		{"a single right-aligned date is not wrapped", page(
			p.column(wrapAt(p, para, width), left, 700, lead),
			p.at("Lead Analyst, Front Range Health", left, 640), date("2018 – 2021", 640),
			p.at("Built the warehouse and the registry", left, 628),
		), []string{para, "Lead Analyst, Front Range Health | 2018 – 2021", "Built the warehouse and the registry"}},
		{"a date range cut before its dash is joined", page(
			p.at("Staff Chaplain, Grant Medical Center, Columbus OH · 2017", left, 700),
			p.at("– Present", left+14, 700-lead),
			p.at("Chaplain, Mount Carmel Hospice · 2015 – 2017", left, 700-2*lead),
		), []string{"Staff Chaplain, Grant Medical Center, Columbus OH · 2017 – Present", "Chaplain, Mount Carmel Hospice · 2015 – 2017"}},
		{"a dash line after a year that is no date stays a list item", page(
			p.at("Certifications, 2017", left, 700),
			p.at("– PMP and CPHIMS", left, 700-lead),
		), []string{"Certifications, 2017", "– PMP and CPHIMS"}},
		{"a heading set without spacing is not swallowed", page(
			p.column([]string{"Windows Server, Intune, Meraki, Veeam, Duo and PowerShell for the clinic",
				"desktops, plus a little Linux for the UniFi controller (years ago)."}, left, 700, lead),
			p.at("Hobbies", left, 700-2*lead),
			p.at("Go, the board game", left, 700-3*lead),
		), []string{"Windows Server, Intune, Meraki, Veeam, Duo and PowerShell for the clinic desktops, plus a little Linux for the UniFi controller (years ago).",
			"Hobbies", "Go, the board game"}},
		{"a short capitalised end of a sentence that runs on is joined", page(
			p.column([]string{"Built dashboards in Tableau and Power BI for the quality team, the",
				"finance team, the operations team, the pharmacy team and the new"}, left, 700, lead),
			p.at("Population Health", left, 700-2*lead),
		), []string{"Built dashboards in Tableau and Power BI for the quality team, the finance team, the operations team, the pharmacy team and the new Population Health"}},
		// A page needs two lines reaching the right edge before any is
		// taken for a wrapped one.
		{"no shared right edge: nothing joined", page(
			p.column([]string{"Skills", "SQL, Python and R for cohort work", "Tableau"}, left, 700, lead),
		), []string{"Skills", "SQL, Python and R for cohort work", "Tableau"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := lines(Build([]Page{c.page}, Options{Reflow: true}))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
			// Off by default: every printed line stays a line.
			if off := lines(Build([]Page{c.page}, Options{})); len(off) < len(c.want) {
				t.Errorf("without Reflow %d lines, want at least %d", len(off), len(c.want))
			}
		})
	}
}

func TestReflowAcrossPages(t *testing.T) {
	p := pen{spaces: true, wordSp: 0.28}
	const left, right, lead = 72.0, 400.0, 12.0
	text := "Migrated 140 HL7 v2 interfaces from a legacy engine with zero unplanned downtime and retired the old engine servers in the data centre after the cutover weekend."
	ls := wrapAt(p, text, right-left-12)
	if len(ls) < 3 {
		t.Fatalf("test text wraps into %d lines", len(ls))
	}
	cut := len(ls) - 1
	body := wrapAt(p, text, right-left)
	mk := func(second []string, x float64) []Page {
		var p1 []Glyph
		p1 = append(p1, p.column(body, left, 700, lead)...)
		p1 = append(p1, p.at("•", left, 100)...)
		p1 = append(p1, p.column(ls[:cut], left+12, 100, lead)...)
		return []Page{page(p1), page(p.column(second, x, 740, lead))}
	}
	cases := []struct {
		name  string
		pages []Page
		want  []string
	}{
		{"bullet continued on the next page", mk(append([]string{ls[cut]}, "Education", "BSc Biology"), left+12),
			[]string{text, "• " + text, "Education", "BSc Biology"}},
		{"heading at the top of the next page", mk([]string{"Education", "BSc Biology, Cardiff University"}, left+12),
			[]string{text, "• " + strings.Join(ls[:cut], " "), "Education", "BSc Biology, Cardiff University"}},
		{"next page starts elsewhere", mk([]string{ls[cut], "Education"}, left+60),
			[]string{text, "• " + strings.Join(ls[:cut], " "), ls[cut], "Education"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := lines(Build(c.pages, Options{Reflow: true})); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

func TestJoinCells(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"Skills"}, "Skills"},
		{[]string{"Networks", "TCP/IP, VLAN"}, "Networks | TCP/IP, VLAN"},
		{[]string{"•", "Built a registry", "2019"}, "• Built a registry | 2019"},
		{[]string{"2.", "Led go-live"}, "2. Led go-live"},
	} {
		if got := joinCells(c.in); got != c.want {
			t.Errorf("joinCells(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestJoinWrapped(t *testing.T) {
	for _, c := range [][3]string{
		{"worked on", "FHIR", "worked on FHIR"},
		{"ICD-", "10 codes", "ICD-10 codes"},
		{"HL7/", "FHIR", "HL7/FHIR"},
		{"well done an-", "imated classic", "well done animated classic"},
		{"a data-", "driven culture", "a data-driven culture"},
		{"Boston -", "Cambridge", "Boston - Cambridge"},
		{"Scikit-", "Learn", "Scikit-Learn"},
	} {
		if got := joinWrapped(c[0], c[1]); got != c[2] {
			t.Errorf("joinWrapped(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

func TestReflowWords(t *testing.T) {
	for _, c := range []struct {
		s    string
		f    func(string) bool
		name string
		want bool
	}{
		{"May 2021 –", danglingRange, "danglingRange", true},
		{"2018 to", danglingRange, "danglingRange", true},
		{"05/2019 -", danglingRange, "danglingRange", true},
		{"Analyst, Kaiser Permanente -", danglingRange, "danglingRange", false},
		{"HL7-", danglingRange, "danglingRange", false},
		{"Present", startsDate, "startsDate", true},
		{"2021 onwards", startsDate, "startsDate", true},
		{"06/2021", startsDate, "startsDate", true},
		{"Sept. 2020", startsDate, "startsDate", true},
		{"Mayo Clinic", startsDate, "startsDate", false},
		{"140 interfaces", startsDate, "startsDate", false},
		{"Analyst, Acme Jun", endsMonth, "endsMonth", true},
		{"the march", endsMonth, "endsMonth", true},
		{"Analyst, Acme", endsMonth, "endsMonth", false},
		{"2019 – Apr 2021", startsYear, "startsYear", true},
		{"20190 rows", startsYear, "startsYear", false},
		{"• Built", startsListItem, "startsListItem", true},
		{"- Built", startsListItem, "startsListItem", true},
		{"12. Built", startsListItem, "startsListItem", true},
		{"a) Built", startsListItem, "startsListItem", true},
		{"2019 – 2021", startsListItem, "startsListItem", false},
		{"A. Smith", startsListItem, "startsListItem", false},
		{"•", isListMarker, "isListMarker", true},
		{"3.", isListMarker, "isListMarker", true},
		{"Skills", isListMarker, "isListMarker", false},
		{"• x", isListMarker, "isListMarker", false},
	} {
		if got := c.f(c.s); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.s, got, c.want)
		}
	}
}
