package isolate

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/rolefit/rolefit/extract"
)

// FuzzReadFrame feeds arbitrary bytes to the frame reader on both sides of
// the protocol: it must return an error or a message, never panic, and
// never allocate past its limit. A decoded response must re-encode.
func FuzzReadFrame(f *testing.F) {
	for _, v := range []any{
		hello{Magic: helloMagic, Version: protoVersion, Limited: true},
		&response{Doc: &extract.Document{Format: "pdf", Text: "Jane Doe\nSQL", Quality: extract.Quality{Pages: 1, Words: 3, Score: 0.9, Flags: []string{"two_column"}}}},
		&response{Err: &wireError{Status: extract.StatusEncrypted, Msg: "pdf is encrypted", Hint: "ask"}, Recycle: true},
		&request{Name: "cv.pdf", Data: []byte("%PDF-1.4"), Opts: []byte(`{"MaxPages":3}`)},
	} {
		var buf bytes.Buffer
		if err := writeFrame(bufio.NewWriter(&buf), v); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var resp response
		if err := readFrame(bytes.NewReader(b), 1<<16, &resp); err == nil {
			var buf bytes.Buffer
			if err := writeFrame(bufio.NewWriter(&buf), &resp); err != nil {
				t.Fatalf("decoded response does not re-encode: %v", err)
			}
		}
		var req request
		_ = readFrame(bytes.NewReader(b), 1<<16, &req)
		var h hello
		_ = readFrame(bytes.NewReader(b), maxHelloFrame, &h)
	})
}
