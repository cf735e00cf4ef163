package report

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"
)

//go:embed report.css
var css string

//go:embed report.html.tmpl
var htmlSource string

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"css": func() template.CSS { return template.CSS(css) },
	"inc": func(i int) int { return i + 1 },
	"short": func(h string) string {
		if len(h) > 12 {
			return h[:12]
		}
		return h
	},
}).Parse(htmlSource))

// HTML writes a self-contained HTML report: a single-student report for one
// entry, a cohort report otherwise. Every piece of résumé text is escaped;
// the page has no scripts and refers to nothing outside itself, and it has a
// print stylesheet. The output depends only on entries and opts.
func HTML(w io.Writer, entries []Entry, opts Options) error {
	p := build(entries, opts)
	var buf bytes.Buffer
	if err := htmlTmpl.Execute(&buf, p); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
