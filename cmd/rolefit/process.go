package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/rolefit/rolefit/extract"
	"github.com/rolefit/rolefit/extract/isolate"
	"github.com/rolefit/rolefit/matcher"
	"github.com/rolefit/rolefit/report"
	"github.com/rolefit/rolefit/skills"
)

// maxFileBytes caps what rolefit reads of one file.
const maxFileBytes = 20 << 20

// defaultTimeout is the time limit for extracting one file.
const defaultTimeout = 10 * time.Second

// processor turns one input into one report entry. It is safe for
// concurrent use: the matcher is read-only and the pool is shared.
type processor struct {
	// matcher returns the compiled vocabulary; it may still be compiling
	// while the first files are read.
	matcher func() (*matcher.Matcher, error)
	vinfo   *report.Vocab
	pool    *isolate.Pool // nil: extract in-process
	stdin   io.Reader
	opts    extract.Options
}

func newProcessor(v *skills.Vocabulary, m func() (*matcher.Matcher, error), stdin io.Reader, jobs int, timeout time.Duration) (*processor, error) {
	p := &processor{
		matcher: m,
		stdin:   stdin,
		opts:    extract.Options{MaxBytes: maxFileBytes},
	}
	if v != nil {
		p.vinfo = &report.Vocab{Name: v.Name, Version: v.Version, Hash: v.Hash}
	}
	if os.Getenv("ROLEFIT_NO_ISOLATION") == "" {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("cannot find own executable for the worker processes: %v", err)
		}
		p.pool = isolate.NewPool(isolate.Config{
			Exe:     exe,
			Args:    []string{workerArg},
			Workers: jobs,
			Timeout: timeout,
		})
	}
	return p, nil
}

func (p *processor) Close() {
	if p.pool != nil {
		p.pool.Close()
	}
}

// errSkip marks a file found in a directory whose type rolefit cannot read.
var errSkip = errors.New("skipped")

// process reads, extracts and scores one input. A nil entry with errSkip
// means the file was skipped (a directory walk met a file of another type).
func (p *processor) process(ctx context.Context, in input) (*report.Entry, error) {
	e := &report.Entry{File: in.path}
	if in.name != "" {
		e.File = in.name
	} else if in.path == "-" {
		e.File = "<stdin>"
	}
	doc, err := p.extract(ctx, in)
	if err != nil {
		if errors.Is(err, errSkip) || ctx.Err() != nil {
			return nil, err
		}
		setError(e, asExtractError(err))
		return e, nil
	}
	e.Format = doc.Format
	m, err := p.matcher()
	if err != nil {
		setError(e, asExtractError(err))
		return e, nil
	}
	q := doc.Quality
	e.Quality = &q
	e.Vocabulary = p.vinfo
	e.Status = string(extract.StatusOK)
	e.Result = m.Match(doc.Text)
	return e, nil
}

// extract reads one input and extracts its text: plain text and Markdown
// in-process, everything else in an isolated worker process.
func (p *processor) extract(ctx context.Context, in input) (*extract.Document, error) {
	data, err := p.read(in.path)
	if err != nil {
		return nil, err
	}
	// Detect once: the format decides where the file is read (text in
	// process, everything else in an isolated worker) and is passed on, so
	// neither reader detects it again.
	format, err := extract.Detect(in.path, data)
	if err != nil {
		if in.fromDir {
			return nil, errSkip
		}
		return nil, err
	}
	opts := p.opts
	opts.Format = format
	if format == extract.FormatText || format == extract.FormatMarkdown || format == extract.FormatHTML || p.pool == nil {
		return extract.Extract(in.path, data, opts)
	}
	doc, err := p.pool.Extract(ctx, in.path, data, opts)
	if err != nil && ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return doc, err
}

func (p *processor) read(path string) ([]byte, error) {
	if path == "-" {
		data, err := io.ReadAll(io.LimitReader(p.stdin, maxFileBytes+1))
		if err != nil {
			return nil, fmt.Errorf("cannot read standard input: %v", err)
		}
		return checkSize(data)
	}
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, &extract.Error{Status: extract.StatusError, Msg: "no such file", Hint: "check the path; quote names that contain spaces"}
		}
		return nil, &extract.Error{Status: extract.StatusError, Msg: unwrapPathError(err).Error()}
	}
	if fi.IsDir() {
		return nil, &extract.Error{Status: extract.StatusError, Msg: "is a directory"}
	}
	if !fi.Mode().IsRegular() && fi.Mode()&os.ModeNamedPipe == 0 {
		return nil, &extract.Error{Status: extract.StatusError, Msg: "not a regular file"}
	}
	if fi.Size() > maxFileBytes {
		return nil, &extract.Error{Status: extract.StatusError,
			Msg: fmt.Sprintf("file is too large (%d MiB; the limit is %d MiB)", fi.Size()>>20, maxFileBytes>>20)}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &extract.Error{Status: extract.StatusError, Msg: unwrapPathError(err).Error()}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return nil, &extract.Error{Status: extract.StatusError, Msg: unwrapPathError(err).Error()}
	}
	return checkSize(data)
}

func checkSize(data []byte) ([]byte, error) {
	if len(data) > maxFileBytes {
		return nil, &extract.Error{Status: extract.StatusError,
			Msg: fmt.Sprintf("file is too large (the limit is %d MiB)", maxFileBytes>>20)}
	}
	if len(data) == 0 {
		return nil, &extract.Error{Status: extract.StatusError, Msg: "file is empty",
			Hint: "export the résumé again; an empty file usually means a failed save or download"}
	}
	return data, nil
}

func asExtractError(err error) *extract.Error {
	var xe *extract.Error
	if errors.As(err, &xe) {
		return xe
	}
	return &extract.Error{Status: extract.StatusError, Msg: firstLine(err.Error())}
}

func setError(e *report.Entry, xe *extract.Error) {
	e.Status = string(xe.Status)
	if e.Status == "" {
		e.Status = string(extract.StatusError)
	}
	e.Error = firstLine(xe.Msg)
	e.Hint = firstLine(xe.Hint)
}
