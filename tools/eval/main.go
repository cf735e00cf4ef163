// Command eval runs rolefit over the labelled evaluation set and prints a
// Markdown table of accuracy figures (used by `make eval`).
//
//	go run ./tools/eval [-set testdata/eval] [-v] [-check] [-asof 2026-11-28|none]
//
// -format text|pdf|docx|all evaluates the same labels on the résumés as
// written (text) or on their renderings under DIR/rendered/pdf and
// DIR/rendered/docx (scripts/render-eval.sh), through the same extract path
// as the CLI, and ends with one summary row per format.
//
// -set names the set directory (DIR/resumes and DIR/labels); -dir is an
// older spelling of the same flag.
// -v lists every miss (file, what was expected, what was found); résumé
// text is never printed. -check exits with status 1 when a floor of
// issue 5 is missed.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/rolefit/rolefit/internal/eval"
	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/skills"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("set", "", "evaluation set directory holding resumes/ and labels/ (default: testdata/eval of the module)")
	fs.StringVar(dir, "dir", "", "same as -set")
	verbose := fs.Bool("v", false, "list every miss: file, expected, got")
	format := fs.String("format", "text", "rendering to evaluate: text, pdf, docx or all")
	check := fs.Bool("check", false, "exit 1 when an accuracy floor is missed")
	explain := fs.String("explain", "", "for the résumé with this base name, list role scores and skills found (ids and line numbers only)")
	asOf := fs.String("asof", eval.AsOf.Format(time.DateOnly),
		`date "Present" means in experience ranges (YYYY-MM-DD), or "none" to let the matcher decide as the CLI does`)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *dir == "" {
		d, err := defaultDir()
		if err != nil {
			fmt.Fprintln(stderr, "eval:", err)
			return 2
		}
		*dir = d
	}
	formats, err := eval.ParseFormats(*format)
	if err != nil {
		fmt.Fprintln(stderr, "eval: -format:", err)
		return 2
	}
	v := skills.Default()
	cases, err := eval.Load(*dir)
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 1
	}
	roles, ids := eval.IDs(v)
	bad := false
	for _, c := range cases {
		for _, e := range c.Label.Check(roles, ids) {
			fmt.Fprintf(stderr, "eval: labels/%s.toml: %v\n", c.Name, e)
			bad = true
		}
	}
	if bad {
		return 1
	}
	var opts []matcher.Option
	if *asOf != "none" {
		t, err := time.Parse(time.DateOnly, *asOf)
		if err != nil {
			fmt.Fprintln(stderr, "eval: -asof:", err)
			return 2
		}
		opts = append(opts, matcher.WithNow(t))
	}
	analyze, err := eval.NewAnalyzer(v, opts...)
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 1
	}
	if *explain != "" {
		for _, f := range formats {
			if len(formats) > 1 {
				fmt.Fprintf(stdout, "[%s] ", f)
			}
			if code := explainOne(eval.Rendered(cases, *dir, f), *explain, analyze, stdout, stderr); code != 0 {
				return code
			}
		}
		return 0
	}
	var rows []eval.FormatRow
	failed := false
	for i, f := range formats {
		rep := eval.Evaluate(cases, eval.Run(eval.Rendered(cases, *dir, f), analyze), eval.RoleOrder(v))
		rows = append(rows, eval.FormatRow{Format: f, Report: rep})
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		what := "Evaluation set"
		if f != "text" {
			what += " (" + f + " renderings)"
		}
		fmt.Fprintf(stdout, "%s: %d résumés, vocabulary %s %s, as of %s\n\n", what, len(cases), v.Name, v.Version, *asOf)
		fmt.Fprint(stdout, rep.Markdown())
		if *verbose && len(rep.Misses) > 0 {
			fmt.Fprintf(stdout, "\nMisses (%d):\n\n", len(rep.Misses))
			fmt.Fprint(stdout, rep.MissList())
		}
		fails := eval.DefaultFloors.Check(rep)
		if len(fails) > 0 {
			failed = true
			fmt.Fprintln(stdout, "\nBelow the floors of issue 5:")
			for _, fl := range fails {
				fmt.Fprintln(stdout, "- "+fl)
			}
		}
	}
	if len(formats) > 1 || formats[0] != "text" {
		fmt.Fprintln(stdout, "\nPer format:")
		fmt.Fprintln(stdout)
		fmt.Fprint(stdout, eval.FormatSummary(rows))
	}
	if failed && *check {
		return 1
	}
	return 0
}

// defaultDir finds testdata/eval in the working directory or the nearest
// parent that holds go.mod.
func defaultDir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "testdata", "eval"), nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("no go.mod above the working directory; pass -set")
		}
	}
}

// explainOne prints, for one case, the top role scores, the domain and
// seniority verdicts and every skill found with its first evidence line
// number, section and strength — never the résumé's text.
func explainOne(cases []eval.Case, name string, analyze eval.Analyzer, stdout, stderr io.Writer) int {
	for _, c := range cases {
		if c.Name != name {
			continue
		}
		data, err := os.ReadFile(c.Path)
		if err != nil {
			fmt.Fprintln(stderr, "eval:", err)
			return 1
		}
		res, err := analyze(filepath.Base(c.Path), data)
		if err != nil {
			fmt.Fprintln(stderr, "eval:", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s: in_domain=%v (%s) seniority=%s (%s)\n", c.Name, res.InDomain, res.DomainReason,
			res.Seniority, strings.Join(res.SeniorityEvidence, "; "))
		for i, r := range res.Roles {
			if i == 5 {
				break
			}
			fmt.Fprintf(stdout, "  role %-28s %3d %s\n", r.ID, r.Score, r.Band)
		}
		found := map[string]bool{}
		for _, f := range res.Skills {
			found[f.ID] = true
			e := matcher.Evidence{}
			if len(f.Evidence) > 0 {
				e = f.Evidence[0]
			}
			mark := " "
			if slices.Contains(c.Label.Traps, f.ID) {
				mark = "!"
			}
			fmt.Fprintf(stdout, "  %s found %-32s line %3d %-12s %s\n", mark, f.ID, e.Line, e.Section, e.Strength)
		}
		for _, id := range c.Label.Present {
			if !found[id] {
				fmt.Fprintf(stdout, "  - missing %s\n", id)
			}
		}
		for _, f := range res.InProgress {
			fmt.Fprintf(stdout, "  in progress %s\n", f.ID)
		}
		return 0
	}
	fmt.Fprintf(stderr, "eval: no résumé named %q\n", name)
	return 1
}
