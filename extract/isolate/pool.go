package isolate

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/rolefit/rolefit/extract"
)

// Defaults for Config fields left zero.
const (
	DefaultTimeout  = 10 * time.Second
	DefaultMemLimit = 2 << 30  // 2 GiB of address space per worker
	DefaultMaxBytes = 64 << 20 // 64 MiB per input file
	maxDefaultPool  = 4
)

// Config describes the workers of a Pool. Zero fields take defaults.
type Config struct {
	// Exe is the worker binary; default: the running executable.
	Exe string
	// Args are the worker's arguments. Default: []string{WorkerArg} when Exe
	// is empty, none otherwise.
	Args []string
	// Workers is the maximum number of worker processes, which is also the
	// number of files extracted at once. Default: the number of CPUs, at
	// most 4.
	Workers int
	// Timeout is the limit per file, from sending it to the worker to its
	// answer. Default 10s.
	Timeout time.Duration
	// MemLimit is the address space (bytes) a worker may add to what it had
	// at start-up (RLIMIT_AS on Linux); the Go soft memory limit is set to
	// 3/4 of it. Default 2 GiB.
	MemLimit uint64
	// MaxBytes refuses larger inputs before they are sent. Default 64 MiB;
	// the extractor's own limit (extract.Options.MaxBytes) applies too.
	MaxBytes int64
	// Env is appended to the parent's environment for the workers.
	Env []string
}

// Stats counts a Pool's events since NewPool.
type Stats struct {
	Started  int // worker processes started
	Files    int // Extract calls answered by a worker (any outcome)
	Timeouts int // files whose worker was killed at the deadline
	Crashes  int // files whose worker died (out of memory, fatal error, exit)
	Panics   int // files whose extractor panicked (recovered in the worker)
}

// Pool extracts files in worker processes. It is safe for concurrent use.
type Pool struct {
	cfg    Config
	tokens chan struct{}
	wg     sync.WaitGroup // one per live worker, done when reaped

	mu     sync.Mutex
	idle   []*worker
	live   map[*worker]struct{}
	closed bool
	stats  Stats

	startHook   func(pid int) // tests: called for every worker started
	noDeadlines bool          // tests: use the timer instead of pipe deadlines
}

// NewPool returns a pool; workers are started on demand.
func NewPool(cfg Config) *Pool {
	if cfg.Exe == "" && cfg.Args == nil {
		cfg.Args = []string{WorkerArg}
	}
	if cfg.Workers <= 0 {
		cfg.Workers = min(runtime.NumCPU(), maxDefaultPool)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MemLimit == 0 {
		cfg.MemLimit = DefaultMemLimit
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	cfg.Args = append([]string(nil), cfg.Args...)
	cfg.Env = append([]string(nil), cfg.Env...)
	return &Pool{
		cfg:    cfg,
		tokens: make(chan struct{}, cfg.Workers),
		live:   make(map[*worker]struct{}),
	}
}

// Stats returns the pool's counters.
func (p *Pool) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats
}

const damagedHint = "the file may be damaged or unusually complex; try exporting it again, or use a DOCX or text version"

// errClosed is the error of calls cut short or refused by Close.
func errClosed() error {
	return &extract.Error{Status: extract.StatusError, Msg: "extraction stopped: the worker pool is closed"}
}

// Extract extracts one file in a worker. Failures are *extract.Error,
// except that a cancelled or expired ctx gives ctx.Err().
func (p *Pool) Extract(ctx context.Context, name string, data []byte, opts extract.Options) (*extract.Document, error) {
	if limit := p.maxBytes(opts); int64(len(data)) > limit {
		// Refused before sending, in the words extract.Extract uses.
		return nil, &extract.Error{
			Status: extract.StatusError,
			Msg:    "file is too large (the limit is " + sizeString(limit) + ")",
			Hint:   "a résumé is rarely over a few MiB; export it again without embedded images",
		}
	}
	optsJSON, err := json.Marshal(opts)
	if err != nil {
		return nil, &extract.Error{Status: extract.StatusError, Msg: "extraction options cannot be sent to the worker"}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	select {
	case p.tokens <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-p.tokens }()

	w, err := p.get()
	if err != nil {
		return nil, err
	}
	resp, err := p.roundTrip(ctx, w, &request{Name: name, Data: data, Opts: optsJSON})
	if err != nil {
		return nil, p.fail(ctx, w, err)
	}
	p.mu.Lock()
	p.stats.Files++
	if resp.Panicked {
		p.stats.Panics++
	}
	p.mu.Unlock()
	p.put(w, resp.Recycle)
	switch {
	case resp.Err != nil:
		msg := oneLine(resp.Err.Msg)
		if msg == "" {
			msg = "extraction failed"
		}
		return nil, &extract.Error{Status: orError(resp.Err.Status), Msg: msg, Hint: oneLine(resp.Err.Hint)}
	case resp.Doc != nil:
		return resp.Doc, nil
	}
	return nil, &extract.Error{Status: extract.StatusError, Msg: "the extraction worker sent an empty answer"}
}

// Close kills all workers, idle or busy, and waits until every worker
// process has been reaped. Extract calls in flight return an error; later
// calls fail at once.
func (p *Pool) Close() error {
	p.mu.Lock()
	p.closed = true
	idle := p.idle
	p.idle = nil
	busy := make([]*worker, 0, len(p.live))
	for w := range p.live {
		busy = append(busy, w)
	}
	p.mu.Unlock()
	for _, w := range busy {
		if !contains(idle, w) {
			w.kill() // its Extract call reaps it
		}
	}
	for _, w := range idle {
		p.retire(w, true)
	}
	p.wg.Wait()
	return nil
}

func contains(ws []*worker, w *worker) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// get returns an idle worker or starts one.
func (p *Pool) get() (*worker, error) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil, errClosed()
	}
	if n := len(p.idle); n > 0 {
		w := p.idle[n-1]
		p.idle = p.idle[:n-1]
		p.mu.Unlock()
		return w, nil
	}
	p.mu.Unlock()

	w, err := p.start()
	if err != nil {
		return nil, &extract.Error{Status: extract.StatusError, Msg: "could not start the extraction worker: " + oneLine(err.Error())}
	}
	p.mu.Lock()
	p.stats.Started++
	if p.startHook != nil {
		p.startHook(w.cmd.Process.Pid)
	}
	p.live[w] = struct{}{}
	p.wg.Add(1)
	closed := p.closed
	p.mu.Unlock()
	if closed {
		p.retire(w, false)
		return nil, errClosed()
	}
	return w, nil
}

// put returns a worker after a successful round trip.
func (p *Pool) put(w *worker, recycle bool) {
	p.mu.Lock()
	if !recycle && !p.closed {
		p.idle = append(p.idle, w)
		p.mu.Unlock()
		return
	}
	p.mu.Unlock()
	p.retire(w, true)
}

// retire ends a worker and reaps it. graceful closes its input and gives
// it a moment to exit before killing it.
func (p *Pool) retire(w *worker, graceful bool) {
	w.in.Close()
	if graceful {
		t := time.NewTimer(time.Second)
		select {
		case <-w.done:
		case <-t.C:
		}
		t.Stop()
	}
	w.kill()
	<-w.done
	w.out.Close()
	p.mu.Lock()
	delete(p.live, w)
	p.mu.Unlock()
	p.wg.Done()
}

func (p *Pool) isClosed() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.closed
}

// errHello marks a worker that never said hello: a start-up failure.
type errHello struct{ err error }

func (e errHello) Error() string { return e.err.Error() }

// roundTrip sends one request and reads its response under the deadline.
// Cancelling ctx kills the worker, which ends any blocked read or write.
func (p *Pool) roundTrip(ctx context.Context, w *worker, req *request) (*response, error) {
	stop := context.AfterFunc(ctx, w.kill)
	if !w.ready {
		// Start-up is not the file's fault: the hello has its own limit,
		// so a short per-file --timeout measures the file alone.
		t := time.AfterFunc(helloTimeout, w.kill)
		err := w.readHello()
		t.Stop()
		if err != nil {
			stop()
			return nil, err
		}
	}
	deadline := time.Now().Add(p.cfg.Timeout)
	if p.noDeadlines || w.in.SetWriteDeadline(deadline) != nil || w.out.SetReadDeadline(deadline) != nil {
		// Pipes without deadline support (Windows): kill at the deadline.
		t := time.AfterFunc(p.cfg.Timeout, func() {
			w.timedOut.Store(true)
			w.kill()
		})
		defer t.Stop()
	}
	resp, err := w.exchange(req)
	if !stop() && err == nil {
		// ctx was cancelled just as the answer arrived: the worker is
		// being killed and must not go back to the pool.
		return nil, ctx.Err()
	}
	return resp, err
}

// exchange reads the hello of a new worker, then sends req and reads the
// response.
func (w *worker) exchange(req *request) (*response, error) {
	if err := w.readHello(); err != nil {
		return nil, err
	}
	if err := writeFrame(w.bw, req); err != nil {
		return nil, err
	}
	resp := new(response)
	if err := readFrame(w.br, maxResponseFrame, resp); err != nil {
		return nil, err
	}
	return resp, nil
}

// helloTimeout bounds a new worker's start-up, separately from the per-file
// timeout.
const helloTimeout = 10 * time.Second

// readHello reads the hello of a new worker once.
func (w *worker) readHello() error {
	if w.ready {
		return nil
	}
	var h hello
	if err := readFrame(w.br, maxHelloFrame, &h); err != nil {
		return errHello{err}
	}
	if h.Magic != helloMagic || h.Version != protoVersion {
		return errHello{errors.New("not a rolefit extraction worker")}
	}
	w.ready = true
	return nil
}

// fail ends a worker after a failed round trip and builds the file's error.
func (p *Pool) fail(ctx context.Context, w *worker, err error) error {
	if ctx.Err() != nil {
		p.retire(w, false)
		return ctx.Err()
	}
	if (errors.Is(err, os.ErrDeadlineExceeded) || w.timedOut.Load()) && !w.exitedBySelf() {
		p.retire(w, false)
		if p.isClosed() {
			return errClosed()
		}
		p.mu.Lock()
		p.stats.Files++
		p.stats.Timeouts++
		p.mu.Unlock()
		return &extract.Error{
			Status: extract.StatusError,
			Msg:    "timed out after " + p.cfg.Timeout.String(),
			Hint:   damagedHint,
		}
	}
	// The worker closed its pipe (it is dying): give it a moment to exit
	// by itself so that its exit status can be read. A worker that sent
	// garbage is killed at once.
	w.in.Close()
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.EPIPE) {
		t := time.NewTimer(2 * time.Second)
		select {
		case <-w.done:
		case <-t.C:
		case <-ctx.Done():
		}
		t.Stop()
	}
	byItself := w.exitedBySelf()
	p.retire(w, false)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if p.isClosed() {
		return errClosed()
	}
	var he errHello
	if errors.As(err, &he) {
		cause := "no hello"
		if byItself {
			cause = w.exitString()
		}
		return &extract.Error{Status: extract.StatusError, Msg: "could not start the extraction worker: " + cause}
	}
	p.mu.Lock()
	p.stats.Files++
	p.stats.Crashes++
	p.mu.Unlock()
	msg := "worker crashed: " + w.crashCause(byItself)
	return &extract.Error{Status: extract.StatusError, Msg: msg, Hint: damagedHint}
}

// maxBytes is the largest input sent to a worker: Config.MaxBytes, or the
// extractor's own limit (opts.MaxBytes, else extract.DefaultMaxBytes) when
// that is lower, so that a file the extractor would refuse is not shipped.
func (p *Pool) maxBytes(opts extract.Options) int64 {
	own := opts.MaxBytes
	if own <= 0 {
		own = extract.DefaultMaxBytes
	}
	return min(p.cfg.MaxBytes, own)
}

func sizeString(n int64) string {
	const mib = 1 << 20
	if n >= mib && n%mib == 0 {
		return strconv.FormatInt(n/mib, 10) + " MiB"
	}
	if n >= mib {
		return strconv.FormatFloat(float64(n)/mib, 'f', 1, 64) + " MiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// worker is one worker process.
type worker struct {
	cmd   *exec.Cmd
	in    *os.File // write end of the worker's stdin
	out   *os.File // read end of the worker's stdout
	br    *bufio.Reader
	bw    *bufio.Writer
	sniff *sniffer
	ready bool // hello received
	done  chan struct{}

	timedOut atomic.Bool // killed by the fallback deadline timer

	mu      sync.Mutex
	exited  bool // reaped
	killed  bool // killed by the pool
	waitErr error
}

func (p *Pool) start() (*worker, error) {
	exe := p.cfg.Exe
	if exe == "" {
		var err error
		if exe, err = os.Executable(); err != nil {
			return nil, err
		}
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, err
	}
	cmd := exec.Command(exe, p.cfg.Args...)
	env := append(os.Environ(), "GOTRACEBACK=none", envMemLimit+"="+strconv.FormatUint(p.cfg.MemLimit, 10))
	cmd.Env = append(env, p.cfg.Env...)
	cmd.Stdin = inR
	cmd.Stdout = outW
	sn := &sniffer{}
	cmd.Stderr = sn
	cmd.WaitDelay = time.Second
	setProcAttr(cmd)
	err = cmd.Start()
	inR.Close()
	outW.Close()
	if err != nil {
		inW.Close()
		outR.Close()
		return nil, err
	}
	w := &worker{
		cmd:   cmd,
		in:    inW,
		out:   outR,
		br:    bufio.NewReaderSize(outR, 64<<10),
		bw:    bufio.NewWriterSize(inW, 64<<10),
		sniff: sn,
		done:  make(chan struct{}),
	}
	go func() {
		err := cmd.Wait()
		w.mu.Lock()
		w.exited = true
		w.waitErr = err
		w.mu.Unlock()
		close(w.done)
	}()
	return w, nil
}

// kill kills the worker's process group unless it has been reaped already.
func (w *worker) kill() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.exited {
		return
	}
	w.killed = true
	killGroup(w.cmd.Process)
}

// exitedBySelf reports whether the worker has been reaped without the pool
// killing it.
func (w *worker) exitedBySelf() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.exited && !w.killed
}

func (w *worker) exitString() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.cmd.ProcessState != nil {
		return w.cmd.ProcessState.String()
	}
	return "exited"
}

// crashCause names why a worker died, from its stderr and exit status.
// Nothing of the stderr text itself is returned.
func (w *worker) crashCause(byItself bool) string {
	switch w.sniff.verdict() {
	case crashOOM:
		return "out of memory"
	case crashStack:
		return "stack overflow"
	}
	if !byItself {
		return "malformed answer"
	}
	st := w.exitString()
	if st == "signal: killed" {
		return st + " (out of memory?)"
	}
	if st == "exit status 0" {
		return "exited without answering"
	}
	return st
}
