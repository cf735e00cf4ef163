// Command eval runs rolefit over the labelled evaluation set and prints a
// Markdown table of accuracy figures (used by `make eval`).
//
//	go run ./tools/eval [-dir testdata/eval] [-v] [-check]
//
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

	"github.com/rolefit/rolefit/internal/eval"
	"github.com/rolefit/rolefit/skills"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "", "evaluation set directory (default: testdata/eval of the module)")
	verbose := fs.Bool("v", false, "list every miss: file, expected, got")
	check := fs.Bool("check", false, "exit 1 when an accuracy floor is missed")
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
	analyze, err := eval.NewAnalyzer(v)
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 1
	}
	rep := eval.Evaluate(cases, eval.Run(cases, analyze), eval.RoleOrder(v))
	fmt.Fprintf(stdout, "Evaluation set: %d résumés, vocabulary %s %s\n\n", len(cases), v.Name, v.Version)
	fmt.Fprint(stdout, rep.Markdown())
	if *verbose && len(rep.Misses) > 0 {
		fmt.Fprintf(stdout, "\nMisses (%d):\n\n", len(rep.Misses))
		fmt.Fprint(stdout, rep.MissList())
	}
	fails := eval.DefaultFloors.Check(rep)
	if len(fails) > 0 {
		fmt.Fprintln(stdout, "\nBelow the floors of issue 5:")
		for _, f := range fails {
			fmt.Fprintln(stdout, "- "+f)
		}
		if *check {
			return 1
		}
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
			return "", errors.New("no go.mod above the working directory; pass -dir")
		}
	}
}
