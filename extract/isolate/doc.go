// Package isolate runs extraction of untrusted files in long-lived worker
// processes with hard time and memory limits.
//
// # Why processes, not goroutines
//
// The PDF library underneath (github.com/ledongthuc/pdf) panics on broken
// objects, loops forever on some malformed content streams and can allocate
// until the Go runtime dies with "fatal error: runtime: out of memory". A
// panic can be recovered in-process, but a goroutine stuck in a loop cannot
// be stopped, and a fatal runtime error cannot be recovered at all: it ends
// the whole program, losing every other result of a batch run. A separate
// process can be killed at a deadline and its death observed, so each file
// gets a verdict and the caller lives on.
//
// # Design
//
// A Pool starts at most Config.Workers worker processes, lazily, and reuses
// them across files. A worker is the caller's own binary re-executed with
// Config.Args (rolefit uses "rolefit __extract-worker"), which must call
// ServeWorker(os.Stdin, os.Stdout). Each Pool.Extract call borrows one idle
// worker (or starts one), sends the file and waits for the answer:
//
//   - Timeout (default 10s per file): the worker's process group is killed
//     with SIGKILL, reaped, and the file gets a *extract.Error "timed out
//     after 10s". The next file starts a fresh worker.
//   - Crash (fatal runtime error, out of memory, exit, signal): the file gets
//     "worker crashed: out of memory" (detected from the runtime's message
//     on the worker's stderr) or "worker crashed: exit status 3" and so on;
//     the worker is replaced.
//   - Panic inside the extractor: recovered in the worker, the file gets
//     "reader failed on this file (internal error)"; the worker then exits
//     and is replaced, in case the panic left shared state inconsistent.
//   - Context cancellation (Ctrl-C): in-flight workers are killed at once and
//     Extract returns ctx.Err().
//
// Workers are always reaped before Extract returns, and Close kills and reaps
// the idle ones, so no zombie is left. On Linux workers also get
// PR_SET_PDEATHSIG=SIGKILL, so they die with the parent even if it is killed.
//
// # Limits
//
// ServeWorker sets its own limits before reading anything:
//
//   - RLIMIT_AS (Linux): the address space the worker had at start-up plus
//     Config.MemLimit (default 2 GiB). The limit is relative because a Go
//     binary already reserves about 1 GiB of address space before main, and
//     more under the race detector. Allocation beyond it fails, and the Go
//     runtime exits with "fatal error: runtime: out of memory", which the pool
//     reports as a crash of that file.
//   - debug.SetMemoryLimit at 3/4 of MemLimit, so the collector works hard
//     before the hard limit is reached.
//   - GOMAXPROCS(1): one file at a time per worker, few threads.
//   - RLIMIT_CORE 0: a crash never writes résumé content to a core file.
//
// The worker's stdout is the protocol channel; ServeWorker points os.Stdout
// at the null device, so stray prints from libraries (ledongthuc/pdf has
// some) cannot corrupt it. The worker's stderr is scanned by the parent for
// the runtime's crash messages and otherwise discarded: nothing from it is
// stored, printed or logged, since it could contain résumé content.
//
// Input larger than Config.MaxBytes (default 64 MiB), or than the
// extractor's own limit (extract.Options.MaxBytes, else
// extract.DefaultMaxBytes), is refused before it is sent, with the
// extractor's wording. The file travels over the pipe, so standard input and
// files are handled alike.
//
// Stats counts workers started, files answered, timeouts, crashes and
// recovered panics, for a batch summary or -v output.
//
// # Protocol
//
// Frames over the worker's stdin and stdout: a 4-byte big-endian length,
// then that many bytes of gob holding one message. The worker first sends a
// hello (a magic string and protocol version), so a wrong Config.Exe is
// reported as "could not start the extraction worker" rather than as a
// broken file. Then each request (file name, bytes, options as JSON) gets
// exactly one response (a Document or an error with status, message and
// hint). Options travel as JSON so that the protocol does not depend on the
// shape of extract.Options.
//
// # Platforms
//
// Linux is the target. Elsewhere the same pool runs, but without RLIMIT_AS,
// process groups or the parent-death signal: timeouts kill the worker process
// itself and memory is bounded only by debug.SetMemoryLimit.
package isolate
