package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/rolefit/rolefit/extract/isolate"
	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/skills"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// workerArg is the hidden first argument that turns the binary into an
// extraction worker (see extract/isolate).
const workerArg = "__extract-worker"

// app holds what every command shares: the streams, the global flags and
// the vocabulary, compiled once.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	vocabPath      string

	vocabOnce sync.Once
	vocab     *skills.Vocabulary
	vocabErr  error
	matchOnce sync.Once
	match     *matcher.Matcher
	matchErr  error
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == workerArg {
		if err := isolate.ServeWorker(stdin, stdout); err != nil {
			fmt.Fprintf(stderr, "rolefit worker: %v\n", err)
			return 1
		}
		return 0
	}
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintf(stderr, "rolefit: %s\n", ee.msg)
		}
		if ee.hint != "" {
			fmt.Fprintf(stderr, "hint: %s\n", ee.hint)
		}
		return ee.code
	}
	// Cobra's own errors (unknown flag, wrong argument count) are usage
	// errors.
	fmt.Fprintf(stderr, "rolefit: %s\n", err)
	fmt.Fprintf(stderr, "hint: run 'rolefit --help' for usage\n")
	return exitUsage
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "rolefit",
		Short: "Score a résumé against eleven health-informatics careers",
		Long: `rolefit reads a résumé (PDF, DOCX, ODT, Markdown or plain text) and tells how
well it fits each of eleven health-informatics careers, which skills it shows
(with the résumé line that proves each) and what is missing, most important
first. It never touches the network and never writes résumé text anywhere
unless asked.`,
		Example: `  rolefit match resume.pdf
  rolefit match --format json resume.pdf
  rolefit match --format jsonl --jobs 2 resumes/ > scores.jsonl
  rolefit report cohort/ -o cohort.html`,
		Version:       version,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetVersionTemplate("rolefit {{.Version}}\n")
	root.PersistentFlags().StringVar(&a.vocabPath, "vocab", os.Getenv("ROLEFIT_VOCAB"),
		"vocabulary TOML file to use instead of the built-in one (env ROLEFIT_VOCAB)")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErrorf("run '"+c.CommandPath()+" --help' for usage", "%v", err)
	})
	root.SetUsageTemplate(root.UsageTemplate() + "\n" + exitCodesHelp + "\n")

	root.AddCommand(
		a.matchCmd(),
		a.rolesCmd(),
		a.skillsCmd(),
		a.textCmd(),
		a.vocabCmd(),
		a.jobCmd(),
		a.reportCmd(),
		a.sampleCmd(),
		a.versionCmd(),
	)
	return root
}

// vocabulary reads the vocabulary once: the built-in one, or --vocab.
func (a *app) vocabulary() (*skills.Vocabulary, error) {
	a.vocabOnce.Do(func() {
		v := skills.Default()
		if a.vocabPath != "" {
			data, err := os.ReadFile(a.vocabPath)
			if err != nil {
				a.vocabErr = usageErrorf("check the --vocab path or ROLEFIT_VOCAB", "%s: %v", a.vocabPath, unwrapPathError(err))
				return
			}
			v, err = skills.Load(a.vocabPath, data)
			if err != nil {
				a.vocabErr = usageErrorf("run 'rolefit vocab check "+a.vocabPath+"' to list every problem",
					"%s: invalid vocabulary: %s", a.vocabPath, firstLine(err.Error()))
				return
			}
		}
		a.vocab = v
	})
	return a.vocab, a.vocabErr
}

// matcher compiles the vocabulary once. It is safe to call from several
// goroutines: `match` starts it early, so that compiling overlaps with
// reading and extracting the first file.
func (a *app) matcher() (*matcher.Matcher, error) {
	a.matchOnce.Do(func() {
		v, err := a.vocabulary()
		if err != nil {
			a.matchErr = err
			return
		}
		now, err := referenceDate()
		if err != nil {
			a.matchErr = err
			return
		}
		m, err := matcher.Compile(v, matcher.WithNow(now))
		if err != nil {
			a.matchErr = usageErrorf("", "vocabulary: %v", err)
			return
		}
		a.match = m
	})
	return a.match, a.matchErr
}

// load returns the vocabulary and its compiled matcher.
func (a *app) load() (*skills.Vocabulary, *matcher.Matcher, error) {
	v, err := a.vocabulary()
	if err != nil {
		return nil, nil, err
	}
	m, err := a.matcher()
	if err != nil {
		return nil, nil, err
	}
	return v, m, nil
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of rolefit, its scoring model and its vocabulary",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.vocabulary()
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "rolefit %s\nscoring model %s\nvocabulary %s %s (%s)\n",
				version, matcher.ModelVersion, v.Name, v.Version, shortHash(v.Hash))
			return nil
		},
	}
}

// referenceDate is the date "present" means in experience ranges: today,
// or ROLEFIT_NOW (YYYY-MM or YYYY-MM-DD) for reproducible runs, or
// SOURCE_DATE_EPOCH (seconds) as in reproducible builds.
func referenceDate() (time.Time, error) {
	if s := os.Getenv("ROLEFIT_NOW"); s != "" {
		for _, layout := range []string{"2006-01-02", "2006-01"} {
			if t, err := time.Parse(layout, s); err == nil {
				return t, nil
			}
		}
		return time.Time{}, usageErrorf("use YYYY-MM or YYYY-MM-DD, e.g. ROLEFIT_NOW=2026-11", "invalid ROLEFIT_NOW %q", s)
	}
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, usageErrorf("", "invalid SOURCE_DATE_EPOCH %q", s)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	return time.Now(), nil
}

func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// unwrapPathError drops the operation and path from an *os.PathError, since
// the caller names the file itself.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
