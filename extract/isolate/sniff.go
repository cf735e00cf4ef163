package isolate

import (
	"bytes"
	"sync"
)

type crashKind int

const (
	crashNone crashKind = iota
	crashOOM
	crashStack
)

// crash markers in the Go runtime's (and the race runtime's) fatal messages.
var markers = []struct {
	s    string
	kind crashKind
}{
	{"out of memory", crashOOM},            // fatal error: runtime: out of memory
	{"cannot allocate memory", crashOOM},   // ENOMEM from mmap
	{"errno=12", crashOOM},                 // thread creation failed: ENOMEM
	{"failed to allocate", crashOOM},       // ThreadSanitizer
	{"address space collisions", crashOOM}, // heap growth refused under -race
	{"stack exceeds", crashStack},          // goroutine stack exceeds limit
	{"stack overflow", crashStack},
}

const maxMarker = 32

// sniffer is the worker's stderr: it looks for crash markers and keeps
// nothing else, since stderr may carry résumé content.
type sniffer struct {
	mu   sync.Mutex
	tail []byte // last bytes, to match markers split across writes
	kind crashKind
}

func (s *sniffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.kind != crashNone {
		return len(p), nil
	}
	n := len(p)
	buf := append(s.tail, p...)
	for _, m := range markers {
		if bytes.Contains(buf, []byte(m.s)) {
			s.kind = m.kind
			s.tail = nil
			return n, nil
		}
	}
	if len(buf) > maxMarker {
		buf = buf[len(buf)-maxMarker:]
	}
	s.tail = append(s.tail[:0:0], buf...)
	return n, nil
}

func (s *sniffer) verdict() crashKind {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.kind
}
