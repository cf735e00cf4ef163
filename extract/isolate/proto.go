package isolate

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"

	"github.com/rolefit/rolefit/extract"
)

const (
	helloMagic   = "rolefit-isolate"
	protoVersion = 1

	// maxRequestFrame bounds what a worker will read for one request.
	maxRequestFrame = 1 << 30
	// maxResponseFrame bounds what the pool will read for one response.
	maxResponseFrame = 256 << 20
	// maxHelloFrame bounds the first frame, so that a binary that is not a
	// worker (printing help text, say) is detected at once.
	maxHelloFrame = 4 << 10
)

var errFrameTooLarge = errors.New("frame too large")

// hello is the worker's first message.
type hello struct {
	Magic   string
	Version int
	// Limited reports whether the address-space limit was applied.
	Limited bool
}

// request asks a worker to extract one file.
type request struct {
	Name string
	Data []byte
	Opts []byte // extract.Options as JSON
}

// response is the answer to one request: either Doc or Err is set.
type response struct {
	Doc *extract.Document
	Err *wireError
	// Recycle asks the pool to retire this worker (after a recovered
	// panic or many requests).
	Recycle bool
	// Panicked reports a panic recovered in the extractor.
	Panicked bool
}

type wireError struct {
	Status extract.Status
	Msg    string
	Hint   string
}

// writeFrame writes v as one length-prefixed gob frame and flushes w.
func writeFrame(w *bufio.Writer, v any) error {
	var buf bytes.Buffer
	buf.Write([]byte{0, 0, 0, 0})
	if err := gob.NewEncoder(&buf).Encode(v); err != nil {
		return err
	}
	b := buf.Bytes()
	n := len(b) - 4
	if uint64(n) > 0xffffffff {
		return errFrameTooLarge
	}
	binary.BigEndian.PutUint32(b[:4], uint32(n))
	if _, err := w.Write(b); err != nil {
		return err
	}
	return w.Flush()
}

// readFrame reads one frame of at most limit bytes and decodes it into v.
// A clean end of input before the frame starts gives io.EOF.
func readFrame(r io.Reader, limit int, v any) error {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if uint64(n) > uint64(limit) {
		return fmt.Errorf("%w: %d bytes", errFrameTooLarge, n)
	}
	payload := make([]byte, n)
	if _, err := io.ReadFull(r, payload); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return err
	}
	return decodePayload(payload, v)
}

// decodePayload decodes one gob message, turning decoder panics (there
// should be none) into errors.
func decodePayload(payload []byte, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("malformed frame")
		}
	}()
	return gob.NewDecoder(bytes.NewReader(payload)).Decode(v)
}
