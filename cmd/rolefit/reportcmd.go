package main

import (
	"fmt"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/report"
)

func (a *app) reportCmd() *cobra.Command {
	var (
		output, format, title, date string
		jobs                        int
		timeout                     time.Duration
		quiet                       bool
	)
	cmd := &cobra.Command{
		Use:   "report FILE|DIR... -o report.html",
		Short: "Write a printable report for one student or a whole cohort",
		Long: `Write one self-contained report (HTML with inline styles and no scripts, or
Markdown) for one résumé, or a cohort report for several files or a
directory: a students × roles table, the distribution of best-fit roles,
the most common gaps per role, the files that need attention, and each
student's own section. Reports hold personal data, so they are written only
to the file -o names, atomically.`,
		Example: `  rolefit report resume.pdf -o jordan.html
  rolefit report cohort/ -o cohort.html
  rolefit report cohort/ --format md -o cohort.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if output == "" {
				return usageErrorf("add -o report.html (reports hold personal data, so rolefit writes them only where you say)", "report needs -o FILE")
			}
			if format != "html" && format != "md" {
				return usageErrorf("use html or md", "unknown --format %q", format)
			}
			if len(args) == 0 {
				return usageErrorf("give résumé files or a directory", "nothing to report on")
			}
			v, m, err := a.load()
			if err != nil {
				return err
			}
			sh, _ := parseShard("")
			inputs, err := collectInputs(inputSpec{args: args, shard: sh}, a.stdin, func(s string) {
				fmt.Fprintf(a.stderr, "rolefit: %s\n", s)
			})
			if err != nil {
				return err
			}
			if len(inputs) == 0 {
				return usageErrorf("the directories hold no files; rolefit reads PDF, DOCX, ODT, Markdown and text", "no files to report on")
			}
			p, err := newProcessor(v, func() (*matcher.Matcher, error) { return m, nil }, a.stdin, jobs, timeout)
			if err != nil {
				return err
			}
			defer p.Close()
			var col collectSink
			_, berr := a.runBatch(cmd.Context(), p, inputs, &col, batchOptions{
				jobs: jobs, progress: !quiet && isTerminal(a.stderr), summary: false,
			})
			if code := exitCode(berr); code != exitOK && code != exitNotScored {
				return berr
			}
			entries := make([]report.Entry, len(col.entries))
			for i, e := range col.entries {
				entries[i] = *e
			}
			if date == "" {
				date = time.Now().Format("2006-01-02")
			}
			opts := report.Options{
				Title:     title,
				Generated: date,
				Vocab:     &report.Vocab{Name: v.Name, Version: v.Version, Hash: v.Hash},
			}
			opts.Roles = report.RolesOf(v)
			opts.Certs = report.CertsOf(v)
			af, err := createAtomic(output)
			if err != nil {
				return err
			}
			defer af.abort()
			if format == "md" {
				err = report.Markdown(af, entries, opts)
			} else {
				err = report.HTML(af, entries, opts)
			}
			if err != nil {
				return &exitError{code: exitNotScored, msg: fmt.Sprintf("-o %s: %v", output, err)}
			}
			if err := af.commit(); err != nil {
				return &exitError{code: exitNotScored, msg: fmt.Sprintf("-o %s: %v", output, err)}
			}
			if !quiet {
				fmt.Fprintf(a.stderr, "rolefit: wrote %s (%d file(s))\n", output, len(entries))
			}
			return berr
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&output, "output", "o", "", "report file to write (required)")
	fl.StringVarP(&format, "format", "f", "html", "report format: html or md")
	fl.StringVar(&title, "title", "", "report title")
	fl.StringVar(&date, "date", "", "date printed on the report (default: today), e.g. for reproducible output")
	fl.IntVarP(&jobs, "jobs", "j", runtime.NumCPU(), "files scored in parallel")
	fl.DurationVar(&timeout, "timeout", defaultTimeout, "time limit for extracting one file")
	fl.BoolVarP(&quiet, "quiet", "q", false, "no progress bar or messages on stderr")
	return cmd
}
