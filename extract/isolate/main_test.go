package isolate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
	"github.com/rolefit/rolefit/extract"
)

// The test binary doubles as the worker: the pool re-executes it with
// ROLEFIT_TEST_WORKER=1, and ROLEFIT_TEST_HOOK=fake swaps the extractor
// for fakeExtract.
func TestMain(m *testing.M) {
	if os.Getenv("ROLEFIT_TEST_WORKER") == "1" {
		switch os.Getenv("ROLEFIT_TEST_HOOK") {
		case "fake":
			extractFunc = fakeExtract
		case "nil": // a worker that accepts anything and says nothing
			extractFunc = func(string, []byte, extract.Options) (*extract.Document, error) {
				return &extract.Document{}, nil
			}
		case "rawpdf":
			extractFunc = rawPDFExtract
		}
		if err := ServeWorker(os.Stdin, os.Stdout); err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

var sink []byte

// fakeExtract misbehaves according to the file's base name.
func fakeExtract(name string, data []byte, opts extract.Options) (*extract.Document, error) {
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	switch base {
	case "loop": // a parser stuck in a loop
		n := 0
		for {
			n++
			if n < 0 {
				break
			}
		}
		return nil, nil
	case "hang": // blocked, not spinning
		time.Sleep(time.Hour)
	case "panic":
		panic("boom: " + string(data))
	case "gopanic": // a panic in another goroutine cannot be recovered
		go func() { panic("boom") }()
		time.Sleep(time.Hour)
	case "oom": // allocate until the address-space limit ends the process
		var keep [][]byte
		for {
			b := make([]byte, 32<<20)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1
			}
			keep = append(keep, b)
		}
	case "stack": // unbounded recursion
		debug.SetMaxStack(1 << 20)
		return nil, recurse(1)
	case "exit3":
		os.Exit(3)
	case "stdout": // library noise on stdout must not break the protocol
		fmt.Println("DEBUG: noise on stdout")
		fmt.Fprintf(os.Stdout, "\x00\x00\x00\x10garbage")
	case "garbage": // a broken frame on the protocol channel (fd 1)
		os.NewFile(1, "protocol").Write([]byte("\xff\xff\xff\xffjunk"))
		time.Sleep(time.Hour)
	case "encrypted":
		return nil, &extract.Error{Status: extract.StatusEncrypted, Msg: "pdf is encrypted", Hint: "ask for a copy without a password"}
	case "plainerr":
		return nil, errors.New("first line\nsecond line")
	case "nil":
		return nil, nil
	case "opts":
		b, _ := json.Marshal(opts)
		return &extract.Document{Format: "text", Text: string(b)}, nil
	}
	return &extract.Document{
		Format:  "text",
		Text:    string(data),
		Quality: extract.Quality{Words: len(strings.Fields(string(data))), Score: 1, Flags: []string{"echo"}},
	}, nil
}

// rawPDFExtract is ledongthuc/pdf's own GetPlainText with no guard at all:
// on the hostile corpus it panics, loops and runs out of memory, which is
// what the pool must survive.
func rawPDFExtract(name string, data []byte, _ extract.Options) (*extract.Document, error) {
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &extract.Error{Status: extract.StatusError, Msg: "cannot open pdf"}
	}
	rd, err := r.GetPlainText()
	if err != nil {
		return nil, &extract.Error{Status: extract.StatusError, Msg: "cannot read pdf text"}
	}
	var b strings.Builder
	if _, err := io.Copy(&b, rd); err != nil {
		return nil, &extract.Error{Status: extract.StatusError, Msg: "cannot read pdf text"}
	}
	return &extract.Document{Format: "pdf", Text: b.String()}, nil
}

func recurse(n int) error {
	if n == 0 {
		return nil
	}
	var pad [256]byte
	pad[n%256] = byte(n)
	if err := recurse(n + 1); err != nil {
		return err
	}
	if pad[0] == 7 {
		return errors.New("unreachable")
	}
	return nil
}
