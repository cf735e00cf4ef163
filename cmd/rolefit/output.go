package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/report"
	"github.com/rolefit/rolefit/skills"
)

// Output formats of `rolefit match`.
var formats = []string{"text", "json", "jsonl", "csv"}

func checkFormat(f string) error {
	for _, g := range formats {
		if f == g {
			return nil
		}
	}
	return usageErrorf("use one of: "+strings.Join(formats, ", "), "unknown --format %q", f)
}

// jsonSink writes one JSON object (single) or a JSON array.
type jsonSink struct {
	w      *bufio.Writer
	single bool
	n      int
}

func (s *jsonSink) begin() error {
	if !s.single {
		_, err := s.w.WriteString("[")
		return err
	}
	return nil
}

// marshal encodes v as JSON without HTML escaping (résumé text such as
// "R&D" stays readable), optionally indented, without a final newline.
func marshal(v any, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func (s *jsonSink) render(e *report.Entry) ([]byte, error) {
	if s.single {
		return marshal(e, "", "  ")
	}
	return marshal(e, "  ", "  ")
}

func (s *jsonSink) write(e *report.Entry) error {
	b, err := s.render(e)
	if err != nil {
		return err
	}
	return s.writeRendered(b)
}

func (s *jsonSink) writeRendered(b []byte) error {
	if s.single {
		s.w.Write(b)
		s.w.WriteByte('\n')
		return s.w.Flush()
	}
	if s.n > 0 {
		s.w.WriteString(",")
	}
	s.n++
	s.w.WriteString("\n  ")
	s.w.Write(b)
	return s.w.Flush()
}

func (s *jsonSink) end() error {
	if !s.single {
		if s.n > 0 {
			s.w.WriteString("\n")
		}
		s.w.WriteString("]\n")
	}
	return s.w.Flush()
}

// jsonlSink writes one compact JSON object per line.
type jsonlSink struct{ w *bufio.Writer }

func (s *jsonlSink) begin() error { return nil }
func (s *jsonlSink) render(e *report.Entry) ([]byte, error) {
	b, err := marshal(e, "", "")
	return append(b, '\n'), err
}

func (s *jsonlSink) write(e *report.Entry) error {
	b, err := s.render(e)
	if err != nil {
		return err
	}
	return s.writeRendered(b)
}

func (s *jsonlSink) writeRendered(b []byte) error {
	s.w.Write(b)
	return s.w.Flush()
}
func (s *jsonlSink) end() error { return s.w.Flush() }

// csvSink writes one row per file (wide) or per file and role (long).
type csvSink struct {
	out   io.Writer
	roles []string
	long  bool
}

func (s *csvSink) render(e *report.Entry) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := s.rows(w, e); err != nil {
		return nil, err
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

func (s *csvSink) writeRendered(b []byte) error {
	_, err := s.out.Write(b)
	return err
}

func (s *csvSink) begin() error {
	hdr := []string{"file", "status", "in_domain", "seniority", "role", "score", "band", "matched", "missing"}
	if !s.long {
		hdr = append([]string{"file", "status", "in_domain", "seniority", "top_role", "top_score"}, s.roles...)
	}
	w := csv.NewWriter(s.out)
	if err := w.Write(hdr); err != nil {
		return err
	}
	w.Flush()
	return w.Error()
}

func (s *csvSink) write(e *report.Entry) error {
	b, err := s.render(e)
	if err != nil {
		return err
	}
	return s.writeRendered(b)
}

func (s *csvSink) rows(w *csv.Writer, e *report.Entry) error {
	inDomain, seniority := "", ""
	if e.Scored() {
		inDomain, seniority = strconv.FormatBool(e.InDomain), e.Seniority
	}
	if s.long {
		if !e.Scored() {
			if err := w.Write([]string{e.File, e.Status, "", "", "", "", "", "", ""}); err != nil {
				return err
			}
		} else {
			for _, r := range e.Roles {
				m := make([]string, len(r.Matched))
				for i, x := range r.Matched {
					m[i] = x.ID
				}
				g := make([]string, len(r.Missing))
				for i, x := range r.Missing {
					g[i] = x.ID
				}
				row := []string{e.File, e.Status, inDomain, seniority, r.ID, strconv.Itoa(r.Score), r.Band,
					strings.Join(m, ";"), strings.Join(g, ";")}
				if err := w.Write(row); err != nil {
					return err
				}
			}
		}
	} else {
		row := []string{e.File, e.Status, inDomain, seniority, "", ""}
		scores := make(map[string]int)
		if e.Scored() {
			if len(e.Roles) > 0 {
				row[4], row[5] = e.Roles[0].ID, strconv.Itoa(e.Roles[0].Score)
			}
			for _, r := range e.Roles {
				scores[r.ID] = r.Score
			}
		}
		for _, id := range s.roles {
			if sc, ok := scores[id]; ok {
				row = append(row, strconv.Itoa(sc))
			} else {
				row = append(row, "")
			}
		}
		if err := w.Write(row); err != nil {
			return err
		}
	}
	return nil
}

func (s *csvSink) end() error { return nil }

func roleIDs(v *skills.Vocabulary) []string {
	ids := make([]string, len(v.Roles))
	for i, r := range v.Roles {
		ids[i] = r.ID
	}
	return ids
}

// tableSink writes the compact one-line-per-file text table of a batch.
type tableSink struct {
	w     *bufio.Writer
	sty   style
	width int // of the FILE column
	n     int
}

// fileColumn is the width of the FILE column: the longest name, within
// bounds; longer names lose their start, so the base name stays visible.
func fileColumn(inputs []input) int {
	w := len("FILE")
	for _, in := range inputs {
		n := len([]rune(in.path))
		if in.name != "" {
			n = len([]rune(in.name))
		}
		w = max(w, n)
	}
	return min(w, 60)
}

func leftEllipsis(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}

func (s *tableSink) begin() error {
	fmt.Fprintf(s.w, "%s\n", s.sty.bold(fmt.Sprintf("%-*s  %-10s  %-28s  %5s  %s", s.width, "FILE", "STATUS", "TOP ROLE", "SCORE", "SENIORITY")))
	return s.w.Flush()
}

func (s *tableSink) write(e *report.Entry) error {
	s.n++
	file := leftEllipsis(e.File, s.width)
	if !e.Scored() {
		fmt.Fprintf(s.w, "%-*s  %s  %s\n", s.width, file, s.sty.red(fmt.Sprintf("%-10s", e.Status)), ellipsis(e.Error, 60))
		return s.w.Flush()
	}
	role, score := "-", "-"
	if len(e.Roles) > 0 {
		role, score = e.Roles[0].ID, strconv.Itoa(e.Roles[0].Score)
	}
	status := e.Status
	if !e.InDomain {
		// The status says no role fits; the role column names the nearest.
		status = "off-domain"
	}
	fmt.Fprintf(s.w, "%-*s  %-10s  %-28s  %5s  %s\n", s.width, file, status, ellipsis(role, 28), score, e.Seniority)
	return s.w.Flush()
}

func (s *tableSink) end() error { return s.w.Flush() }

// collectSink keeps every entry (for reports).
type collectSink struct{ entries []*report.Entry }

func (s *collectSink) begin() error                { return nil }
func (s *collectSink) write(e *report.Entry) error { s.entries = append(s.entries, e); return nil }
func (s *collectSink) end() error                  { return nil }
func newBuffered(w io.Writer) *bufio.Writer        { return bufio.NewWriterSize(w, 64<<10) }
func bandOf(r matcher.RoleScore) string            { return r.Band }
func ellipsis(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
