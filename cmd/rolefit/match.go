package main

import (
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/skills"
)

type matchFlags struct {
	format    string
	csvLong   bool
	role      string
	top       int
	details   int
	color     string
	jobs      int
	timeout   time.Duration
	output    string
	failFast  bool
	progress  bool
	quiet     bool
	filesFrom string
	nul       bool
	shard     string
	job       string
	sample    bool
}

func (a *app) matchCmd() *cobra.Command {
	var f matchFlags
	cmd := &cobra.Command{
		Use:   "match FILE|DIR|- ...",
		Short: "Score résumés against every role",
		Long: `Score one or more résumés (PDF, DOCX, ODT, Markdown or plain text; "-" reads
standard input) against every role. Directories are walked recursively; files
rolefit cannot read there are skipped with a note. One file prints a full
answer; several print a one-line-per-file table (or JSON, JSONL, CSV).

Output goes to stdout in input order and is byte-identical for identical
input; diagnostics go to stderr.`,
		Example: `  rolefit match resume.pdf
  rolefit match --role interoperability-engineer resume.pdf
  rolefit match --format json resume.docx
  rolefit match --format csv --jobs 2 cohort/ -o scores.csv
  find . -name '*.pdf' -print0 | rolefit match -0 --files-from - --format jsonl
  rolefit match --job posting.txt resume.pdf`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runMatch(cmd, args, &f)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "output format: text, json, jsonl or csv")
	fl.BoolVar(&f.csvLong, "csv-long", false, "with --format csv: one row per file and role, with matched and missing skills")
	fl.StringVar(&f.role, "role", "", "show only this role, in full (see 'rolefit roles')")
	fl.IntVar(&f.top, "top", 0, "list only the N best roles (0: all)")
	fl.IntVar(&f.details, "details", 3, "roles shown with their evidence and gaps in text output")
	fl.StringVar(&f.color, "color", "auto", "colour: auto (terminal without NO_COLOR), always or never")
	fl.IntVarP(&f.jobs, "jobs", "j", runtime.NumCPU(), "files scored in parallel")
	fl.DurationVar(&f.timeout, "timeout", 10*time.Second, "time limit for extracting one file")
	fl.StringVarP(&f.output, "output", "o", "", "write the output to this file atomically instead of stdout")
	fl.BoolVar(&f.failFast, "fail-fast", false, "stop at the first file that cannot be scored")
	fl.BoolVar(&f.progress, "progress", false, "show a progress bar even when stderr is not a terminal")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "no progress bar and no summary on stderr")
	fl.StringVar(&f.filesFrom, "files-from", "", "read paths to score from this file (\"-\": standard input)")
	fl.BoolVarP(&f.nul, "null", "0", false, "paths in --files-from are NUL-separated")
	fl.StringVar(&f.shard, "shard", "", "score only shard K of N (1-based), by a hash of each path: --shard K/N")
	fl.StringVar(&f.job, "job", "", "also score against a role built from this job posting (text, PDF or DOCX)")
	fl.BoolVar(&f.sample, "sample", false, "score the built-in sample résumé")
	return cmd
}

func (a *app) runMatch(cmd *cobra.Command, args []string, f *matchFlags) error {
	if err := checkFormat(f.format); err != nil {
		return err
	}
	if f.csvLong && f.format != "csv" {
		return usageErrorf("add --format csv", "--csv-long needs --format csv")
	}
	sh, err := parseShard(f.shard)
	if err != nil {
		return err
	}
	if len(args) == 0 && f.filesFrom == "" && !f.sample {
		return usageErrorf("give a résumé file, a directory, '-' for standard input, or --sample", "nothing to score")
	}
	if f.jobs < 1 {
		return usageErrorf("", "--jobs must be at least 1")
	}
	v, err := a.vocabulary()
	if err != nil {
		return err
	}
	matcherFn := a.matcher
	if f.job != "" {
		var m *matcher.Matcher
		v, m, err = a.withPosting(cmd, v, f.job)
		if err != nil {
			return err
		}
		matcherFn = func() (*matcher.Matcher, error) { return m, nil }
	} else {
		// Compile on the other core while the first file is read and
		// extracted.
		go a.matcher()
	}
	if f.role != "" {
		if _, ok := v.Role(f.role); !ok {
			return usageErrorf("run 'rolefit roles' to list the role ids", "unknown role %q", f.role)
		}
	}

	stdin := a.stdin
	if f.sample {
		args = append([]string{"-"}, args...)
		stdin = sampleReader()
	}
	inputs, err := collectInputs(inputSpec{args: args, filesFrom: f.filesFrom, nul: f.nul, shard: sh}, stdin, func(s string) {
		fmt.Fprintf(a.stderr, "rolefit: %s\n", s)
	})
	if err != nil {
		return err
	}
	if len(inputs) == 0 && sh.n <= 1 {
		// An empty shard is normal in a sharded run; an empty run is not.
		return usageErrorf("the directories hold no files; rolefit reads PDF, DOCX, ODT, Markdown and text", "no files to score")
	}
	if f.sample && len(inputs) > 0 && inputs[0].path == "-" {
		inputs[0].name = "<sample>"
	}
	// One file operand gets the full answer and a single JSON object; a
	// batch gets a table, a JSON array and a summary line.
	single := len(args) == 1 && f.filesFrom == "" && len(inputs) == 1 && !inputs[0].fromDir

	var w io.Writer = a.stdout
	var af *atomicFile
	if f.output != "" {
		af, err = createAtomic(f.output)
		if err != nil {
			return err
		}
		defer af.abort()
		w = af
	}
	out, err := a.newSink(w, v, f, single, fileColumn(inputs))
	if err != nil {
		return err
	}

	p, err := newProcessor(v, matcherFn, stdin, f.jobs, f.timeout)
	if err != nil {
		return err
	}
	defer p.Close()

	progress := !f.quiet && (f.progress || isTerminal(a.stderr))
	_, err = a.runBatch(cmd.Context(), p, inputs, out, batchOptions{
		jobs:     f.jobs,
		failFast: f.failFast,
		progress: progress,
		summary:  !single && !f.quiet,
	})
	if af != nil && (err == nil || exitCode(err) == exitNotScored) {
		if cerr := af.commit(); cerr != nil {
			return &exitError{code: exitNotScored, msg: fmt.Sprintf("-o %s: %v", f.output, cerr)}
		}
	}
	return err
}

func (a *app) newSink(w io.Writer, v *skills.Vocabulary, f *matchFlags, single bool, fileWidth int) (sink, error) {
	bw := newBuffered(w)
	switch f.format {
	case "json":
		return &jsonSink{w: bw, single: single}, nil
	case "jsonl":
		return &jsonlSink{w: bw}, nil
	case "csv":
		return &csvSink{out: w, roles: roleIDs(v), long: f.csvLong}, nil
	}
	sty := newStyle(w, f.color)
	if single {
		return &detailSink{w: bw, sty: sty, top: f.top, role: f.role, details: f.details}, nil
	}
	return &tableSink{w: bw, sty: sty, width: fileWidth}, nil
}

// withPosting adds a one-off role built from a job posting.
func (a *app) withPosting(cmd *cobra.Command, v *skills.Vocabulary, path string) (*skills.Vocabulary, *matcher.Matcher, error) {
	post, err := a.readPosting(cmd, path)
	if err != nil {
		return nil, nil, err
	}
	role := post.Role("")
	if len(role.Required)+len(role.Preferred) == 0 {
		return nil, nil, usageErrorf("check that the posting lists skills, tools or certifications", "%s: no skills found in the job posting", path)
	}
	nv := *v
	nv.Roles = append(append([]skills.Role(nil), v.Roles...), role)
	now, err := referenceDate()
	if err != nil {
		return nil, nil, err
	}
	m, err := matcher.Compile(&nv, matcher.WithNow(now))
	if err != nil {
		return nil, nil, usageErrorf("", "%s: %v", path, err)
	}
	return &nv, m, nil
}
