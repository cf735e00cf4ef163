package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/rolefit/rolefit/report"
)

// batchGCPercent is the GOGC of a batch run unless the environment sets one.
const batchGCPercent = 400

// sink receives entries in input order.
type sink interface {
	begin() error
	write(e *report.Entry) error
	end() error
}

// batchOptions controls one run over many inputs.
type batchOptions struct {
	jobs     int
	failFast bool
	progress bool // show a progress bar on stderr
	summary  bool // print the one-line summary on stderr
}

// batchStats counts outcomes.
type batchStats struct {
	total, done, scored, skipped int
	byStatus                     map[string]int
	elapsed                      time.Duration
	interrupted                  bool
}

// renderer is a sink that can encode an entry ahead of time, in the
// worker goroutines, so that the single writer only copies bytes. render
// must be safe for concurrent use.
type renderer interface {
	render(e *report.Entry) ([]byte, error)
	writeRendered(b []byte) error
}

type result struct {
	idx      int
	entry    *report.Entry
	err      error
	rendered []byte // set when the sink is a renderer
	rerr     error
}

// runBatch scores inputs with a pool of goroutines and hands the entries to
// out strictly in input order, each as soon as it and every one before it
// are done. At most window inputs are in flight or waiting to be written,
// so memory does not grow with the number of files.
func (a *app) runBatch(ctx context.Context, p *processor, inputs []input, out sink, opt batchOptions) (batchStats, error) {
	st := batchStats{total: len(inputs), byStatus: map[string]int{}}
	start := time.Now()
	if len(inputs) > 1 && os.Getenv("GOGC") == "" {
		// A batch keeps little alive (the reorder window) and makes much
		// short-lived garbage (texts, results, encoded lines): collecting
		// at 4× the live heap instead of 2× saves about a fifth of the run
		// and keeps peak memory well under 100 MB.
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	}
	if opt.jobs < 1 {
		opt.jobs = 1
	}
	window := opt.jobs * 8

	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan int)
	results := make(chan result, window)
	slots := make(chan struct{}, window)

	var wg sync.WaitGroup
	for w := 0; w < opt.jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rnd, _ := out.(renderer)
			for i := range jobs {
				r := result{idx: i}
				r.entry, r.err = a.safeProcess(ctx, p, inputs[i])
				if rnd != nil && r.err == nil {
					r.rendered, r.rerr = rnd.render(r.entry)
				}
				results <- r
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range inputs {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	var bar *progressbar.ProgressBar
	if opt.progress && len(inputs) > 1 {
		bar = progressbar.NewOptions(len(inputs),
			progressbar.OptionSetWriter(a.stderr),
			progressbar.OptionSetDescription("scoring"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("files"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}

	var outErr error
	if err := out.begin(); err != nil {
		cancel()
		outErr = err
	}
	pending := make(map[int]result)
	next := 0
	hints := map[string]bool{}
	failed, stopped := false, false
recv:
	for {
		var r result
		select {
		case x, ok := <-results:
			if !ok {
				break recv
			}
			r = x
		case <-ctx.Done():
			// Interrupted, failed fast or could not write: stop now, even
			// if a file is still being read (a stuck FIFO, a slow disk).
			break recv
		}
		pending[r.idx] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if bar != nil {
				bar.Add(1)
			}
			if stopped {
				continue
			}
			if r.err != nil {
				if errors.Is(r.err, errSkip) {
					st.skipped++
					a.notef(bar, "%s: not a résumé format rolefit reads (skipped)", inputs[r.idx].path)
				}
				// Cancellation: nothing to write.
				continue
			}
			st.done++
			st.byStatus[r.entry.Status]++
			if r.entry.Scored() {
				st.scored++
			} else {
				a.notef(bar, "%s: %s", r.entry.File, r.entry.Error)
				if r.entry.Hint != "" && !hints[r.entry.Hint] {
					hints[r.entry.Hint] = true
					a.hintf(bar, "%s", r.entry.Hint)
				}
				failed = true
			}
			if outErr == nil {
				var err error
				switch {
				case r.rerr != nil:
					err = r.rerr
				case r.rendered != nil:
					err = out.(renderer).writeRendered(r.rendered)
				default:
					err = out.write(r.entry)
				}
				if err != nil {
					outErr = err
					cancel()
				}
			}
			if failed && opt.failFast {
				stopped = true
				cancel()
			}
		}
	}
	if bar != nil {
		bar.Finish()
	}
	st.elapsed = time.Since(start)
	if outErr == nil {
		outErr = out.end()
	}
	st.interrupted = parent.Err() != nil
	if opt.summary {
		a.summarize(st)
	}
	switch {
	case outErr != nil:
		return st, &exitError{code: exitNotScored, msg: fmt.Sprintf("writing output: %v", outErr)}
	case st.interrupted:
		return st, errInterrupted
	case failed || st.done+st.skipped < st.total:
		return st, errNotScored
	}
	return st, nil
}

// safeProcess turns a panic in one file into that file's error.
func (a *app) safeProcess(ctx context.Context, p *processor, in input) (e *report.Entry, err error) {
	defer func() {
		if r := recover(); r != nil {
			e = &report.Entry{File: in.path, Status: "error", Error: "internal error while scoring this file (please report it)"}
			err = nil
		}
	}()
	return p.process(ctx, in)
}

func (a *app) notef(bar *progressbar.ProgressBar, format string, args ...any) {
	if bar != nil {
		bar.Clear()
	}
	fmt.Fprintf(a.stderr, "rolefit: "+format+"\n", args...)
}

func (a *app) hintf(bar *progressbar.ProgressBar, format string, args ...any) {
	if bar != nil {
		bar.Clear()
	}
	fmt.Fprintf(a.stderr, "hint: "+format+"\n", args...)
}

func (a *app) summarize(st batchStats) {
	var b strings.Builder
	if st.interrupted {
		fmt.Fprintf(&b, "rolefit: interrupted after %d of %d files: %d scored", st.done, st.total, st.scored)
	} else {
		fmt.Fprintf(&b, "rolefit: %d files: %d scored", st.total, st.scored)
	}
	var keys []string
	notScored := 0
	for k, n := range st.byStatus {
		if k != "ok" {
			keys = append(keys, k)
			notScored += n
		}
	}
	sort.Strings(keys)
	if notScored > 0 {
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%d %s", st.byStatus[k], k)
		}
		fmt.Fprintf(&b, ", %d not scored (%s)", notScored, strings.Join(parts, ", "))
	}
	if st.skipped > 0 {
		fmt.Fprintf(&b, ", %d skipped", st.skipped)
	}
	secs := st.elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(st.done) / secs
	}
	fmt.Fprintf(&b, " in %.2fs (%.0f files/s)\n", secs, rate)
	io.WriteString(a.stderr, b.String())
}

// atomicFile writes to a temporary file beside the target and renames it
// into place on commit, so a failed or interrupted run never leaves a
// half-written output file.
type atomicFile struct {
	*os.File
	target string
	done   bool
}

func createAtomic(target string) (*atomicFile, error) {
	dir := filepath.Dir(target)
	f, err := os.CreateTemp(dir, "."+filepath.Base(target)+".tmp*")
	if err != nil {
		return nil, usageErrorf("check that the directory exists and is writable", "-o %s: %v", target, unwrapPathError(err))
	}
	return &atomicFile{File: f, target: target}, nil
}

// commit makes the file visible under its name.
func (f *atomicFile) commit() error {
	if f.done {
		return nil
	}
	f.done = true
	if err := f.File.Sync(); err != nil {
		f.File.Close()
		os.Remove(f.File.Name())
		return err
	}
	if err := f.File.Close(); err != nil {
		os.Remove(f.File.Name())
		return err
	}
	// CreateTemp makes the file 0600; reports hold personal data, so keep
	// it that way.
	return os.Rename(f.File.Name(), f.target)
}

// abort removes the temporary file.
func (f *atomicFile) abort() {
	if f.done {
		return
	}
	f.done = true
	f.File.Close()
	os.Remove(f.File.Name())
}
