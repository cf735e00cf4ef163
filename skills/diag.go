package skills

import (
	"fmt"
	"sort"
	"strings"
)

// Severity values used in Diagnostic.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// Diagnostic is one problem found in a vocabulary file, with its position.
type Diagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"` // 1-based
	Col      int    `json:"col"`  // 1-based, in bytes
	Severity string `json:"severity"`
	Msg      string `json:"msg"`
	Hint     string `json:"hint,omitempty"`
}

// String formats the diagnostic as "file:line:col: severity: msg", followed
// by an indented "hint: ..." line when there is a hint.
func (d Diagnostic) String() string {
	s := fmt.Sprintf("%s:%d:%d: %s: %s", d.File, d.Line, d.Col, d.Severity, d.Msg)
	if d.Hint != "" {
		s += "\n  hint: " + d.Hint
	}
	return s
}

// Diagnostics is a list of problems; as an error it is returned by Load when
// a vocabulary has errors.
type Diagnostics []Diagnostic

// Error prints one line per problem (plus hint lines).
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// HasErrors reports whether any diagnostic is an error (not a warning).
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Errors returns only the errors.
func (ds Diagnostics) Errors() Diagnostics { return ds.filter(SeverityError) }

// Warnings returns only the warnings.
func (ds Diagnostics) Warnings() Diagnostics { return ds.filter(SeverityWarning) }

func (ds Diagnostics) filter(sev string) Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == sev {
			out = append(out, d)
		}
	}
	return out
}

// sortDiagnostics orders by position, errors before warnings at the same
// position, then by message, so output is deterministic.
func sortDiagnostics(ds Diagnostics) {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Severity != b.Severity {
			return a.Severity == SeverityError
		}
		return a.Msg < b.Msg
	})
}
