package isolate

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/rolefit/rolefit/extract"
)

// WorkerArg is the argument rolefit re-executes itself with to become a
// worker: `rolefit __extract-worker`.
const WorkerArg = "__extract-worker"

// envMemLimit carries Config.MemLimit (bytes) to the worker.
const envMemLimit = "ROLEFIT_WORKER_MEMLIMIT"

// maxServed is the number of files after which a worker asks to be replaced,
// bounding heap fragmentation in long batch runs.
const maxServed = 500

// extractFunc is the extraction a worker runs; tests replace it with fakes.
var extractFunc = extract.Extract

// workerGCPercent is the worker's GOGC unless the environment sets one.
const workerGCPercent = 400

// ServeWorker is the worker loop. It applies the worker's limits, sends a
// hello, then reads requests from in and writes one response per request to
// out until in reaches end of file (the pool closed the pipe), when it
// returns nil. Panics in the extractor are recovered per request. It is
// meant to be the whole life of a worker process: it changes process-wide
// settings (GOMAXPROCS, memory limits, os.Stdout).
func ServeWorker(in io.Reader, out io.Writer) error {
	runtime.GOMAXPROCS(1)
	// A worker's live heap is small (one document at a time) and its
	// garbage comes in large pieces (decompressed streams, glyph slices):
	// collecting at 4× the live heap instead of 2× takes a fifth off the
	// time per PDF, and the soft memory limit set below still bounds it.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(workerGCPercent)
	}
	limited := applyLimits(memLimitFromEnv())
	if f, ok := out.(*os.File); ok && f == os.Stdout {
		// Library code printing to os.Stdout must not corrupt the protocol.
		if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
			os.Stdout = null
		} else {
			os.Stdout = os.Stderr
		}
	}
	br := bufio.NewReaderSize(in, 64<<10)
	bw := bufio.NewWriterSize(out, 64<<10)
	if err := writeFrame(bw, hello{Magic: helloMagic, Version: protoVersion, Limited: limited}); err != nil {
		return err
	}
	for served := 1; ; served++ {
		var req request
		if err := readFrame(br, maxRequestFrame, &req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		resp := serveOne(&req)
		req = request{} // let the input be collected
		if served >= maxServed {
			resp.Recycle = true
		}
		if err := writeFrame(bw, resp); err != nil {
			if errors.Is(err, errFrameTooLarge) {
				resp = &response{Err: &wireError{Status: extract.StatusError, Msg: "extracted text too large"}}
				err = writeFrame(bw, resp)
			}
			if err != nil {
				return err
			}
		}
		if resp.Recycle {
			return nil
		}
	}
}

// serveOne extracts one file, converting every failure into a wire error.
func serveOne(req *request) (resp *response) {
	defer func() {
		if r := recover(); r != nil {
			// The panic value may quote file content: it is not reported.
			resp = &response{
				Err: &wireError{
					Status: extract.StatusError,
					Msg:    "reader failed on this file (internal error)",
					Hint:   "the file may be damaged; try saving or exporting it again",
				},
				Recycle:  true,
				Panicked: true,
			}
		}
	}()
	var opts extract.Options
	if len(req.Opts) > 0 {
		if err := json.Unmarshal(req.Opts, &opts); err != nil {
			return &response{Err: &wireError{Status: extract.StatusError, Msg: "bad extraction options"}}
		}
	}
	doc, err := extractFunc(req.Name, req.Data, opts)
	if err != nil {
		return &response{Err: toWire(err)}
	}
	if doc == nil {
		return &response{Err: &wireError{Status: extract.StatusError, Msg: "no result from the reader"}}
	}
	if len(doc.Text) > maxResponseFrame-(1<<20) {
		return &response{Err: &wireError{Status: extract.StatusError, Msg: "extracted text too large"}}
	}
	return &response{Doc: doc}
}

// toWire converts an extraction error. *extract.Error passes through;
// anything else becomes a one-line StatusError message.
func toWire(err error) *wireError {
	var xe *extract.Error
	if errors.As(err, &xe) && xe != nil {
		return &wireError{Status: orError(xe.Status), Msg: oneLine(xe.Msg), Hint: oneLine(xe.Hint)}
	}
	return &wireError{Status: extract.StatusError, Msg: oneLine(err.Error())}
}

func orError(s extract.Status) extract.Status {
	if s == "" {
		return extract.StatusError
	}
	return s
}

// oneLine flattens s to a single line of at most 200 bytes.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		cut := 200
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func memLimitFromEnv() uint64 {
	if v := os.Getenv(envMemLimit); v != "" {
		if n, err := strconv.ParseUint(v, 10, 64); err == nil && n > 0 {
			return n
		}
	}
	return DefaultMemLimit
}

// setSoftLimit sets the Go runtime's soft memory limit to 3/4 of the hard
// budget.
func setSoftLimit(mem uint64) {
	soft := mem / 4 * 3
	if soft > 1<<62 {
		soft = 1 << 62
	}
	debug.SetMemoryLimit(int64(soft))
}
