package isolate

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/rolefit/rolefit/extract"
)

// The test binary doubles as the worker: the pool re-executes it with
// ROLEFIT_TEST_WORKER=1, and ROLEFIT_TEST_HOOK=fake swaps the extractor
// for fakeExtract.
func TestMain(m *testing.M) {
	if os.Getenv("ROLEFIT_TEST_WORKER") == "1" {
		if os.Getenv("ROLEFIT_TEST_HOOK") == "fake" {
			extractFunc = fakeExtract
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
