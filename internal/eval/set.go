// Package eval measures rolefit's accuracy on a labelled set of fictional
// résumés: role ranking, off-domain detection, seniority, skill recall and
// false positives on planted traps.
//
// The set lives in a directory with two sub-directories:
//
//	resumes/NAME.txt|.md|...   the résumé files
//	labels/NAME.toml           the ground truth for each résumé (see Label)
//
// A set may also hold renderings of its résumés (scripts/render-eval.sh):
//
//	rendered/pdf/NAME.pdf, rendered/docx/NAME.docx
//
// Rendered points the cases at one of them, so that the same labels judge
// the résumé however it arrives (see Formats).
//
// Load reads the set, Run analyses every résumé with an Analyzer, and
// Evaluate turns predictions into a Report that formats as a Markdown table.
// Nothing here prints résumé text: misses name the file, the expected value
// and what was found.
package eval

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// OffDomain is the group name used for résumés that fit no role.
const OffDomain = "off-domain"

// Seniority levels a label may use.
var Seniorities = []string{"junior", "mid", "senior"}

// Label is the ground truth for one résumé, as a careful recruiter reads it.
type Label struct {
	// PrimaryRole is the single best role id, or "" for an off-domain
	// résumé.
	PrimaryRole string `toml:"primary_role"`
	// AcceptableRoles are the role ids a recruiter would accept as the top
	// match; it includes PrimaryRole.
	AcceptableRoles []string `toml:"acceptable_roles"`
	Seniority       string   `toml:"seniority"`
	InDomain        bool     `toml:"in_domain"`
	// Present are skill ids the résumé clearly shows as real evidence.
	Present []string `toml:"present"`
	// Traps are skill ids that must not be found (look-alike words,
	// negations, hobbies, credentials only in progress).
	Traps []string `toml:"traps"`
	// InProgress are certification or degree ids the résumé says are under
	// way.
	InProgress []string `toml:"in_progress"`
}

// Case is one résumé of the set with its label.
type Case struct {
	Name   string // base name without extension, e.g. "hda-01-junior"
	Path   string // résumé file path
	Label  Label
	Labels string // label file path
}

// Group is the row a case is counted under: its primary role, or OffDomain.
func (c Case) Group() string {
	if !c.Label.InDomain || c.Label.PrimaryRole == "" {
		return OffDomain
	}
	return c.Label.PrimaryRole
}

// Load reads every résumé under dir/resumes and its label under
// dir/labels. It fails if a résumé has no label, a label has no résumé, or
// a label file does not parse or has unknown keys. Cases are sorted by name.
func Load(dir string) ([]Case, error) {
	resDir := filepath.Join(dir, "resumes")
	labDir := filepath.Join(dir, "labels")
	resEntries, err := os.ReadDir(resDir)
	if err != nil {
		return nil, fmt.Errorf("eval set: %w", err)
	}
	labEntries, err := os.ReadDir(labDir)
	if err != nil {
		return nil, fmt.Errorf("eval set: %w", err)
	}
	labels := map[string]string{}
	for _, e := range labEntries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".toml" {
			continue
		}
		labels[strings.TrimSuffix(e.Name(), ".toml")] = filepath.Join(labDir, e.Name())
	}
	var cases []Case
	var errs []error
	seen := map[string]bool{}
	for _, e := range resEntries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		name := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		if seen[name] {
			errs = append(errs, fmt.Errorf("%s: two résumés share the base name %q", e.Name(), name))
			continue
		}
		seen[name] = true
		lp, ok := labels[name]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: no label file labels/%s.toml", e.Name(), name))
			continue
		}
		l, err := ReadLabel(lp)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		cases = append(cases, Case{Name: name, Path: filepath.Join(resDir, e.Name()), Label: l, Labels: lp})
	}
	for name := range labels {
		if !seen[name] {
			errs = append(errs, fmt.Errorf("labels/%s.toml: no résumé with that base name", name))
		}
	}
	if len(errs) > 0 {
		sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
		return nil, errors.Join(errs...)
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].Name < cases[j].Name })
	return cases, nil
}

// ReadLabel parses one label file strictly: unknown keys are an error, so a
// misspelt key cannot silently drop ground truth.
func ReadLabel(path string) (Label, error) {
	var l Label
	md, err := toml.DecodeFile(path, &l)
	if err != nil {
		return Label{}, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return Label{}, fmt.Errorf("%s: unknown keys %s", filepath.Base(path), strings.Join(keys, ", "))
	}
	return l, nil
}

// Check validates a label against the known role and skill ids and its own
// consistency. It returns every problem found.
func (l Label) Check(roleIDs, skillIDs map[string]bool) []error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if !slices.Contains(Seniorities, l.Seniority) {
		bad("seniority %q is not one of %v", l.Seniority, Seniorities)
	}
	if l.InDomain {
		if !roleIDs[l.PrimaryRole] {
			bad("primary_role %q is not a role id", l.PrimaryRole)
		}
		if !slices.Contains(l.AcceptableRoles, l.PrimaryRole) {
			bad("acceptable_roles must include primary_role %q", l.PrimaryRole)
		}
	} else {
		if l.PrimaryRole != "" {
			bad("off-domain label has primary_role %q", l.PrimaryRole)
		}
		if len(l.AcceptableRoles) > 0 {
			bad("off-domain label has acceptable_roles")
		}
	}
	for _, r := range l.AcceptableRoles {
		if !roleIDs[r] {
			bad("acceptable role %q is not a role id", r)
		}
	}
	for field, ids := range map[string][]string{"present": l.Present, "traps": l.Traps, "in_progress": l.InProgress} {
		dup := map[string]bool{}
		for _, id := range ids {
			if !skillIDs[id] {
				bad("%s: %q is not a skill id", field, id)
			}
			if dup[id] {
				bad("%s: %q listed twice", field, id)
			}
			dup[id] = true
		}
	}
	for _, id := range l.Present {
		if slices.Contains(l.Traps, id) {
			bad("%q is both present and a trap", id)
		}
		if slices.Contains(l.InProgress, id) {
			bad("%q is both present and in progress", id)
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	return errs
}
