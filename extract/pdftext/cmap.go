package pdftext

import (
	"strings"
	"unicode/utf16"
)

// cmap is a parsed CMap: a ToUnicode map (bfchar/bfrange) or an encoding
// CMap of a Type0 font (cidchar/cidrange). Codes are at most 4 bytes long
// and are kept with their byte length, since <41> and <0041> differ.
type cmap struct {
	spaces    []codespace
	chars     map[uint64]string // bfchar: key(code, n) -> text
	ranges    []bfRange
	cidChars  map[uint64]uint32
	cidRanges []cidRange
	useCMap   string // name given to usecmap (e.g. Identity-H)
	entries   int
}

type codespace struct {
	n      int
	lo, hi [4]byte
}

type bfRange struct {
	lo, hi uint32
	n      int
	dst    []byte   // UTF-16BE start value, incremented per code
	arr    []string // array form: one text per code
}

type cidRange struct {
	lo, hi uint32
	n      int
	cid    uint32
}

// maxCMapEntries bounds the memory a hostile CMap can claim.
const maxCMapEntries = 1 << 18

func codeKey(code uint32, n int) uint64 { return uint64(n)<<32 | uint64(code) }

// bytesToCode turns up to 4 bytes into a big-endian code.
func bytesToCode(s string) (uint32, int) {
	if len(s) > 4 {
		s = s[len(s)-4:]
	}
	var c uint32
	for i := 0; i < len(s); i++ {
		c = c<<8 | uint32(s[i])
	}
	return c, len(s)
}

// parseCMap reads a CMap program. It never fails: whatever could be read is
// returned (possibly empty).
func parseCMap(data []byte) *cmap {
	m := &cmap{chars: map[uint64]string{}, cidChars: map[uint64]uint32{}}
	l := &lexer{b: data}
	var stk []obj
	for steps := 0; steps < 4*len(data)+16; steps++ {
		o, ok := l.next()
		if !ok {
			break
		}
		if o.kind != kOp {
			if len(stk) < 4*maxCMapEntries {
				stk = append(stk, o)
			}
			continue
		}
		switch o.s {
		case "begincodespacerange", "beginbfchar", "beginbfrange", "begincidchar", "begincidrange", "beginnotdefrange", "beginnotdefchar":
			stk = stk[:0]
		case "endcodespacerange":
			for i := 0; i+1 < len(stk); i += 2 {
				lo, hi := stk[i], stk[i+1]
				if lo.kind != kStr || hi.kind != kStr || len(lo.s) == 0 || len(lo.s) != len(hi.s) || len(lo.s) > 4 {
					continue
				}
				cs := codespace{n: len(lo.s)}
				copy(cs.lo[:], lo.s)
				copy(cs.hi[:], hi.s)
				m.spaces = append(m.spaces, cs)
			}
			stk = stk[:0]
		case "endbfchar":
			for i := 0; i+1 < len(stk); i += 2 {
				src, dst := stk[i], stk[i+1]
				if src.kind != kStr || len(src.s) == 0 || m.entries >= maxCMapEntries {
					continue
				}
				var text string
				switch dst.kind {
				case kStr:
					text = utf16Text([]byte(dst.s))
					if dst.s == "" {
						// <> maps the code to no text on purpose
						// (parts of a ligature drawn separately).
						code, n := bytesToCode(src.s)
						m.chars[codeKey(code, n)] = ""
						m.entries++
						continue
					}
				case kName:
					text = glyphNameText(dst.s)
				}
				if text == "" {
					continue
				}
				code, n := bytesToCode(src.s)
				m.chars[codeKey(code, n)] = text
				m.entries++
			}
			stk = stk[:0]
		case "endbfrange":
			for i := 0; i+2 < len(stk); i += 3 {
				lo, hi, dst := stk[i], stk[i+1], stk[i+2]
				if lo.kind != kStr || hi.kind != kStr || len(lo.s) == 0 || m.entries >= maxCMapEntries {
					continue
				}
				a, n := bytesToCode(lo.s)
				b, _ := bytesToCode(hi.s)
				if b < a {
					continue
				}
				r := bfRange{lo: a, hi: b, n: n}
				switch dst.kind {
				case kStr:
					if len(dst.s) == 0 {
						continue
					}
					r.dst = []byte(dst.s)
				case kArray:
					for _, e := range dst.arr {
						if e.kind == kStr {
							r.arr = append(r.arr, utf16Text([]byte(e.s)))
						} else {
							r.arr = append(r.arr, "")
						}
					}
				default:
					continue
				}
				m.ranges = append(m.ranges, r)
				m.entries++
			}
			stk = stk[:0]
		case "endcidchar":
			for i := 0; i+1 < len(stk); i += 2 {
				src, dst := stk[i], stk[i+1]
				if src.kind != kStr || len(src.s) == 0 || dst.kind != kNum || m.entries >= maxCMapEntries {
					continue
				}
				code, n := bytesToCode(src.s)
				m.cidChars[codeKey(code, n)] = uint32(dst.num)
				m.entries++
			}
			stk = stk[:0]
		case "endcidrange":
			for i := 0; i+2 < len(stk); i += 3 {
				lo, hi, dst := stk[i], stk[i+1], stk[i+2]
				if lo.kind != kStr || hi.kind != kStr || len(lo.s) == 0 || dst.kind != kNum || m.entries >= maxCMapEntries {
					continue
				}
				a, n := bytesToCode(lo.s)
				b, _ := bytesToCode(hi.s)
				if b < a {
					continue
				}
				m.cidRanges = append(m.cidRanges, cidRange{lo: a, hi: b, n: n, cid: uint32(dst.num)})
				m.entries++
			}
			stk = stk[:0]
		case "usecmap":
			if len(stk) > 0 && stk[len(stk)-1].kind == kName {
				m.useCMap = stk[len(stk)-1].s
			}
			stk = stk[:0]
		case "def", "endnotdefrange", "endnotdefchar":
			stk = stk[:0]
		}
	}
	return m
}

// utf16Text decodes UTF-16BE (odd lengths get a leading zero byte). NUL
// characters are dropped: producers map unknown glyphs to U+0000.
func utf16Text(b []byte) string {
	if len(b)%2 == 1 {
		b = append([]byte{0}, b...)
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	s := string(utf16.Decode(u))
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

// addBig adds v to the big-endian number b (with carry), in a copy.
func addBig(b []byte, v uint32) []byte {
	out := append([]byte(nil), b...)
	carry := uint64(v)
	for i := len(out) - 1; i >= 0 && carry > 0; i-- {
		s := uint64(out[i]) + carry&0xFF
		out[i] = byte(s)
		carry = carry>>8 + s>>8
	}
	return out
}

// hasSpaces reports whether the CMap declares code space ranges.
func (m *cmap) hasSpaces() bool { return m != nil && len(m.spaces) > 0 }

// nextCode splits the next code off s using the code space ranges. def is
// the code length used when no range is declared. n is always >= 1.
func (m *cmap) nextCode(s string, def int) (code uint32, n int) {
	if m != nil && len(m.spaces) > 0 {
		for n := 1; n <= 4 && n <= len(s); n++ {
			for _, cs := range m.spaces {
				if cs.n != n {
					continue
				}
				match := true
				for i := 0; i < n; i++ {
					if s[i] < cs.lo[i] || s[i] > cs.hi[i] {
						match = false
						break
					}
				}
				if match {
					c, _ := bytesToCode(s[:n])
					return c, n
				}
			}
		}
		// No range matched: use the shortest declared length.
		short := 4
		for _, cs := range m.spaces {
			if cs.n < short {
				short = cs.n
			}
		}
		def = short
	}
	if def < 1 {
		def = 1
	}
	if def > len(s) {
		def = len(s)
	}
	c, _ := bytesToCode(s[:def])
	return c, def
}

// lookup maps a code to Unicode text. ok with "" means the map says the
// code stands for no text.
func (m *cmap) lookup(code uint32, n int) (string, bool) {
	if m == nil {
		return "", false
	}
	if t, ok := m.chars[codeKey(code, n)]; ok {
		return t, true
	}
	for i := len(m.ranges) - 1; i >= 0; i-- {
		r := &m.ranges[i]
		if r.n != n || code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.arr != nil {
			if int(off) < len(r.arr) && r.arr[off] != "" {
				return r.arr[off], true
			}
			return "", false
		}
		t := utf16Text(addBig(r.dst, off))
		return t, t != ""
	}
	// Codes written with a different length than the map uses (rare).
	for _, alt := range []int{1, 2} {
		if alt == n {
			continue
		}
		if t, ok := m.chars[codeKey(code, alt)]; ok && (alt > n || code < 1<<(8*uint(alt))) {
			return t, true
		}
	}
	return "", false
}

// cid maps a code to a CID through cidchar/cidrange (encoding CMaps).
func (m *cmap) cid(code uint32, n int) (uint32, bool) {
	if m == nil {
		return 0, false
	}
	if c, ok := m.cidChars[codeKey(code, n)]; ok {
		return c, true
	}
	for i := len(m.cidRanges) - 1; i >= 0; i-- {
		r := &m.cidRanges[i]
		if r.n == n && code >= r.lo && code <= r.hi {
			return r.cid + (code - r.lo), true
		}
	}
	return 0, false
}
