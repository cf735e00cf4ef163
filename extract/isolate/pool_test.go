package isolate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rolefit/rolefit/extract"
)

// testPool returns a pool whose workers are this test binary running
// fakeExtract (hook "fake") or the real extractor (hook ""). It is closed,
// and every worker it started checked to be reaped, at the end of the test.
func testPool(t testing.TB, hook string, cfg Config) *Pool {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cfg.Exe = exe
	cfg.Args = []string{}
	cfg.Env = append(cfg.Env, "ROLEFIT_TEST_WORKER=1", "ROLEFIT_TEST_HOOK="+hook,
		// A -race worker otherwise sleeps a second before exiting.
		"GORACE="+strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
	p := NewPool(cfg)
	var mu sync.Mutex
	var pids []int
	p.startHook = func(pid int) {
		mu.Lock()
		pids = append(pids, pid)
		mu.Unlock()
	}
	t.Cleanup(func() {
		if err := p.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		mu.Lock()
		defer mu.Unlock()
		for _, pid := range pids {
			if alive(pid) {
				t.Errorf("worker %d not reaped after Close", pid)
			}
		}
		if n := len(p.live); n != 0 {
			t.Errorf("%d live workers after Close", n)
		}
	})
	return p
}

func xerr(t *testing.T, err error) *extract.Error {
	t.Helper()
	var xe *extract.Error
	if !errors.As(err, &xe) {
		t.Fatalf("error %v (%T) is not an *extract.Error", err, err)
	}
	if xe.Msg == "" || strings.ContainsAny(xe.Msg, "\r\n") || strings.ContainsAny(xe.Hint, "\r\n") {
		t.Fatalf("error message %q / hint %q is not one non-empty line", xe.Msg, xe.Hint)
	}
	return xe
}

// TestFailures runs each misbehaviour, then a good file through the same
// pool: the failure must give its error and the next file must succeed.
func TestFailures(t *testing.T) {
	tests := []struct {
		file       string
		wantStatus extract.Status
		wantMsg    string // substring
		wantHint   bool
		replaced   bool // the worker must have been replaced
		linuxOnly  bool
	}{
		{file: "loop.pdf", wantStatus: extract.StatusError, wantMsg: "timed out after 1s", wantHint: true, replaced: true},
		{file: "hang.pdf", wantStatus: extract.StatusError, wantMsg: "timed out after 1s", wantHint: true, replaced: true},
		{file: "panic.pdf", wantStatus: extract.StatusError, wantMsg: "reader failed on this file (internal error)", wantHint: true, replaced: true},
		{file: "gopanic.pdf", wantStatus: extract.StatusError, wantMsg: "worker crashed: exit status 2", wantHint: true, replaced: true},
		{file: "oom.pdf", wantStatus: extract.StatusError, wantMsg: "worker crashed: out of memory", wantHint: true, replaced: true, linuxOnly: true},
		{file: "stack.pdf", wantStatus: extract.StatusError, wantMsg: "worker crashed: stack overflow", wantHint: true, replaced: true},
		{file: "exit3.docx", wantStatus: extract.StatusError, wantMsg: "worker crashed: exit status 3", wantHint: true, replaced: true},
		{file: "garbage.pdf", wantStatus: extract.StatusError, wantMsg: "worker crashed: malformed answer", wantHint: true, replaced: true},
		{file: "encrypted.pdf", wantStatus: extract.StatusEncrypted, wantMsg: "pdf is encrypted", wantHint: true},
		{file: "plainerr.odt", wantStatus: extract.StatusError, wantMsg: "first line second line"},
		{file: "nil.pdf", wantStatus: extract.StatusError, wantMsg: "no result from the reader"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if tt.linuxOnly && runtime.GOOS != "linux" {
				t.Skip("address-space limit is Linux only")
			}
			timeout := time.Minute // generous: only the loops should time out
			if strings.Contains(tt.wantMsg, "timed out") {
				timeout = time.Second
			}
			p := testPool(t, "fake", Config{Workers: 1, Timeout: timeout, MemLimit: 256 << 20})
			ctx := context.Background()
			// Warm the worker up so that "replaced" is observable.
			if _, err := p.Extract(ctx, "warm.txt", []byte("warm"), extract.Options{}); err != nil {
				t.Fatalf("warm-up: %v", err)
			}
			doc, err := p.Extract(ctx, tt.file, []byte("secret résumé text"), extract.Options{})
			if doc != nil {
				t.Errorf("got a document for %s", tt.file)
			}
			xe := xerr(t, err)
			if xe.Status != tt.wantStatus || !strings.Contains(xe.Msg, tt.wantMsg) {
				t.Errorf("got %s %q, want %s containing %q", xe.Status, xe.Msg, tt.wantStatus, tt.wantMsg)
			}
			if (xe.Hint != "") != tt.wantHint {
				t.Errorf("hint %q, want hint: %v", xe.Hint, tt.wantHint)
			}
			if strings.Contains(xe.Msg, "secret") || strings.Contains(xe.Hint, "secret") {
				t.Errorf("error quotes file content: %q", xe.Msg)
			}
			doc, err = p.Extract(ctx, "next.txt", []byte("next file"), extract.Options{})
			if err != nil || doc == nil || doc.Text != "next file" {
				t.Fatalf("next file: doc %+v, err %v", doc, err)
			}
			wantStarted := 1
			if tt.replaced {
				wantStarted = 2
			}
			if got := p.Stats().Started; got != wantStarted {
				t.Errorf("workers started: %d, want %d", got, wantStarted)
			}
		})
	}
}

// TestTimerFallback: where pipes have no deadlines, a timer kills the
// worker instead, with the same outcome.
func TestTimerFallback(t *testing.T) {
	p := testPool(t, "fake", Config{Workers: 1, Timeout: time.Second})
	p.noDeadlines = true
	ctx := context.Background()
	_, err := p.Extract(ctx, "loop.pdf", nil, extract.Options{})
	if xe := xerr(t, err); xe.Msg != "timed out after 1s" {
		t.Errorf("got %q", xe.Msg)
	}
	if doc, err := p.Extract(ctx, "b.txt", []byte("b"), extract.Options{}); err != nil || doc.Text != "b" {
		t.Errorf("next file: %v %v", doc, err)
	}
	if s := p.Stats(); s.Timeouts != 1 || s.Started != 2 {
		t.Errorf("stats %+v", s)
	}
}

func TestStats(t *testing.T) {
	p := testPool(t, "fake", Config{Workers: 1, Timeout: time.Second})
	ctx := context.Background()
	for _, f := range []string{"a.txt", "loop.pdf", "exit3.pdf", "b.txt", "panic.pdf"} {
		p.Extract(ctx, f, []byte("x"), extract.Options{})
	}
	want := Stats{Started: 3, Files: 5, Timeouts: 1, Crashes: 1, Panics: 1}
	if got := p.Stats(); got != want {
		t.Errorf("stats %+v, want %+v", got, want)
	}
}

// TestDocumentRoundTrip checks that a document crosses the pipe intact,
// including invalid UTF-8, and that options arrive.
func TestDocumentRoundTrip(t *testing.T) {
	p := testPool(t, "fake", Config{Workers: 1})
	ctx := context.Background()
	text := "Jane Doe\nHL7 FHIR, SQL\n\xff\xfe bytes\n" + strings.Repeat("long line ", 200000)
	doc, err := p.Extract(ctx, "cv.md", []byte(text), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := extract.Document{Format: "text", Text: text, Quality: extract.Quality{Words: len(strings.Fields(text)), Score: 1, Flags: []string{"echo"}}}
	if doc.Format != want.Format || doc.Text != want.Text || doc.Quality.Words != want.Quality.Words ||
		doc.Quality.Score != 1 || len(doc.Quality.Flags) != 1 || doc.Quality.Flags[0] != "echo" {
		t.Errorf("document changed in transit")
	}

	var opts extract.Options
	wantOpts, _ := json.Marshal(opts)
	doc, err = p.Extract(ctx, "opts.pdf", nil, opts)
	if err != nil || doc.Text != string(wantOpts) {
		t.Errorf("options: got %v %v, want %s", doc, err, wantOpts)
	}

	// Noise printed on the worker's stdout must not corrupt the protocol.
	doc, err = p.Extract(ctx, "stdout.txt", []byte("after noise"), extract.Options{})
	if err != nil || doc.Text != "after noise" {
		t.Errorf("stdout noise: got %v %v", doc, err)
	}
	if p.Stats().Started != 1 {
		t.Errorf("worker restarted %d times", p.Stats().Started-1)
	}
}

func TestTooLarge(t *testing.T) {
	tests := []struct {
		cfgMax, optsMax int64
		size            int
		ok              bool
	}{
		{cfgMax: 1000, size: 1000, ok: true},
		{cfgMax: 1000, size: 1001},
		{cfgMax: 1000, optsMax: 2000, size: 1001},     // the pool's limit
		{cfgMax: 1000, optsMax: 500, size: 501},       // the extractor's limit
		{optsMax: 500, size: 500, ok: true},           // default pool limit
		{size: extract.DefaultMaxBytes + 1},           // extractor's default
		{optsMax: 32 << 20, size: 32 << 20, ok: true}, // above extract's default
		{optsMax: 128 << 20, size: 64<<20 + 1},        // above the pool default
	}
	for _, tt := range tests {
		p := testPool(t, "nil", Config{Workers: 1, MaxBytes: tt.cfgMax})
		_, err := p.Extract(context.Background(), "a.pdf", make([]byte, tt.size), extract.Options{MaxBytes: tt.optsMax})
		started := p.Stats().Started
		if tt.ok {
			if err != nil || started != 1 {
				t.Errorf("%+v: refused: %v", tt, err)
			}
			continue
		}
		if xe := xerr(t, err); !strings.HasPrefix(xe.Msg, "file is too large (the limit is ") || started != 0 {
			t.Errorf("%+v: got %q, %d workers started", tt, xe.Msg, started)
		}
	}
}

// TestConcurrent runs many goroutines through a small pool (run with -race).
func TestConcurrent(t *testing.T) {
	const workers = 3
	p := testPool(t, "fake", Config{Workers: workers, Timeout: 30 * time.Second})
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := range 60 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name, text := fmt.Sprintf("cv%d.txt", i), fmt.Sprintf("file number %d", i)
			if i%10 == 3 {
				name = "panic.pdf"
			}
			doc, err := p.Extract(context.Background(), name, []byte(text), extract.Options{})
			switch {
			case name == "panic.pdf":
				if err == nil {
					errs <- fmt.Errorf("%d: panic gave no error", i)
				}
			case err != nil:
				errs <- fmt.Errorf("%d: %v", i, err)
			case doc.Text != text:
				errs <- fmt.Errorf("%d: got text %q", i, doc.Text)
			}
			p.mu.Lock()
			if n := len(p.live); n > workers {
				errs <- fmt.Errorf("%d live workers, limit %d", n, workers)
			}
			p.mu.Unlock()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if s := p.Stats(); s.Files != 60 || s.Started > workers+6 {
		t.Errorf("stats %+v", s)
	}
}

// TestCancel: cancelling the context kills the in-flight worker and returns
// ctx.Err(), both for a running file and for one waiting for a worker.
func TestCancel(t *testing.T) {
	p := testPool(t, "fake", Config{Workers: 1, Timeout: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	var pid int
	var once sync.Once
	p.startHook = func(n int) { once.Do(func() { pid = n; close(started) }) }

	done := make(chan error, 2)
	go func() {
		_, err := p.Extract(ctx, "loop.pdf", nil, extract.Options{})
		done <- err
	}()
	<-started
	// A second call waits for the only worker.
	go func() {
		_, err := p.Extract(ctx, "b.txt", []byte("b"), extract.Options{})
		done <- err
	}()
	cancel()
	for range 2 {
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	}
	if alive(pid) {
		t.Errorf("cancelled worker %d still alive", pid)
	}
	// Already cancelled: no worker is started.
	if _, err := p.Extract(ctx, "c.txt", nil, extract.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	// The pool still works with a live context.
	if doc, err := p.Extract(context.Background(), "d.txt", []byte("d"), extract.Options{}); err != nil || doc.Text != "d" {
		t.Errorf("after cancel: %v %v", doc, err)
	}
}

func TestDeadlineContext(t *testing.T) {
	p := testPool(t, "fake", Config{Workers: 1, Timeout: time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if _, err := p.Extract(ctx, "hang.pdf", nil, extract.Options{}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("got %v, want context.DeadlineExceeded", err)
	}
}

// TestClose: Close kills busy workers; their calls and later calls fail
// with an *extract.Error, and every worker is reaped (checked by testPool).
func TestClose(t *testing.T) {
	p := testPool(t, "fake", Config{Workers: 2, Timeout: time.Hour})
	started := make(chan struct{}, 2)
	p.startHook = func(int) { started <- struct{}{} }
	done := make(chan error, 1)
	go func() {
		_, err := p.Extract(context.Background(), "hang.pdf", nil, extract.Options{})
		done <- err
	}()
	<-started // hang.pdf's worker
	// A second worker, left idle.
	if _, err := p.Extract(context.Background(), "idle.txt", []byte("x"), extract.Options{}); err != nil {
		t.Fatal(err)
	}
	if s := p.Stats(); s.Started != 2 {
		t.Fatalf("started %d workers, want 2", s.Started)
	}
	p.Close()
	if xe := xerr(t, <-done); !strings.Contains(xe.Msg, "pool is closed") {
		t.Errorf("busy call: %q", xe.Msg)
	}
	_, err := p.Extract(context.Background(), "late.txt", []byte("x"), extract.Options{})
	if xe := xerr(t, err); !strings.Contains(xe.Msg, "pool is closed") {
		t.Errorf("late call: %q", xe.Msg)
	}
	if n := len(p.live); n != 0 {
		t.Errorf("%d workers live after Close", n)
	}
}

// TestNotAWorker: a binary that does not speak the protocol is a start-up
// failure, not a broken file.
func TestNotAWorker(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// The test binary without ROLEFIT_TEST_WORKER runs the tests it is
	// asked to: none, printing "testing: warning: no tests to run" / PASS.
	p := NewPool(Config{Exe: exe, Args: []string{"-test.run=^$"}, Workers: 1, Timeout: 20 * time.Second,
		Env: []string{"GORACE=atexit_sleep_ms=0"}})
	defer p.Close()
	_, err = p.Extract(context.Background(), "a.txt", []byte("a"), extract.Options{})
	if xe := xerr(t, err); !strings.HasPrefix(xe.Msg, "could not start the extraction worker") {
		t.Errorf("got %q", xe.Msg)
	}
	p2 := NewPool(Config{Exe: "/nonexistent/rolefit", Workers: 1})
	defer p2.Close()
	_, err = p2.Extract(context.Background(), "a.txt", []byte("a"), extract.Options{})
	if xe := xerr(t, err); !strings.HasPrefix(xe.Msg, "could not start the extraction worker") {
		t.Errorf("got %q", xe.Msg)
	}
}
