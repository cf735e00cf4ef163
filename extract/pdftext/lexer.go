package pdftext

import (
	"bytes"
	"strconv"
)

// This file holds rolefit's own tokenizer for content streams and CMaps.
// The tokenizer of github.com/ledongthuc/pdf panics on stray delimiters and
// can loop on an unterminated hex string, so content is never handed to it:
// this lexer always advances at least one byte per token and never panics.

type objKind uint8

const (
	kNull objKind = iota
	kNum
	kStr  // literal or hex string: raw bytes in s
	kName // name without the slash, in s
	kBool
	kArray // elements in arr
	kDict  // alternating key (kName) and value in arr
	kOp    // operator keyword in s
)

// obj is one operand (or operator) of a content stream.
type obj struct {
	kind objKind
	num  float64
	s    string
	arr  []obj
}

func (o obj) dictGet(key string) (obj, bool) {
	if o.kind != kDict {
		return obj{}, false
	}
	for i := 0; i+1 < len(o.arr); i += 2 {
		if o.arr[i].kind == kName && o.arr[i].s == key {
			return o.arr[i+1], true
		}
	}
	return obj{}, false
}

// Limits that keep hostile input bounded.
const (
	maxNesting   = 32      // arrays/dicts inside arrays/dicts
	maxArrayLen  = 1 << 16 // elements kept per array (TJ arrays are long but not this long)
	maxStringLen = 1 << 20 // bytes kept per string
)

type lexer struct {
	b   []byte
	pos int
}

func isWhite(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

func isDelimiter(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// skipSpace skips white space and comments.
func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isWhite(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// next returns the next object or operator. ok is false at the end of the
// data. Structural tokens that do not start an object (a stray ']' or '>>',
// '{', '}', ')') are returned as operators so that the caller can ignore them.
func (l *lexer) next() (o obj, ok bool) {
	return l.nextDepth(0)
}

func (l *lexer) nextDepth(depth int) (obj, bool) {
	l.skipSpace()
	if l.pos >= len(l.b) {
		return obj{}, false
	}
	c := l.b[l.pos]
	switch {
	case c == '(':
		l.pos++
		return obj{kind: kStr, s: l.literalString()}, true
	case c == '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
			return l.collection(depth, kDict, ">>"), true
		}
		l.pos++
		return obj{kind: kStr, s: l.hexString()}, true
	case c == '[':
		l.pos++
		return l.collection(depth, kArray, "]"), true
	case c == '/':
		l.pos++
		return obj{kind: kName, s: l.name()}, true
	case c == ']' || c == '{' || c == '}' || c == ')':
		l.pos++
		return obj{kind: kOp, s: string(c)}, true
	case c == '>':
		l.pos++
		if l.pos < len(l.b) && l.b[l.pos] == '>' {
			l.pos++
			return obj{kind: kOp, s: ">>"}, true
		}
		return obj{kind: kOp, s: ">"}, true
	}
	// A regular token: number or keyword.
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelimiter(l.b[l.pos]) {
		l.pos++
	}
	tok := l.b[start:l.pos]
	if n, isNum := parseNumber(tok); isNum {
		return obj{kind: kNum, num: n}, true
	}
	switch string(tok) {
	case "true":
		return obj{kind: kBool, num: 1}, true
	case "false":
		return obj{kind: kBool}, true
	case "null":
		return obj{kind: kNull}, true
	}
	return obj{kind: kOp, s: string(tok)}, true
}

// collection reads an array or dictionary body up to its closing token.
func (l *lexer) collection(depth int, kind objKind, closer string) obj {
	o := obj{kind: kind}
	for {
		l.skipSpace()
		if l.pos >= len(l.b) {
			return o
		}
		if bytes.HasPrefix(l.b[l.pos:], []byte(closer)) {
			l.pos += len(closer)
			return o
		}
		if depth >= maxNesting {
			// Too deep: skip one byte at a time until the closer.
			l.pos++
			continue
		}
		save := l.pos
		e, ok := l.nextDepth(depth + 1)
		if !ok {
			return o
		}
		if e.kind == kOp {
			// A stray closer of the other kind (']' inside a dict) or a
			// keyword inside an array: content streams have none, so the
			// collection ends here and the token is re-read as an operator.
			if e.s == "]" || e.s == ">>" || (kind == kArray && e.s != "R") {
				l.pos = save
				return o
			}
		}
		if len(o.arr) < maxArrayLen {
			o.arr = append(o.arr, e)
		}
	}
}

func (l *lexer) name() string {
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelimiter(l.b[l.pos]) {
		l.pos++
	}
	raw := l.b[start:l.pos]
	if bytes.IndexByte(raw, '#') < 0 {
		return string(raw)
	}
	var out []byte
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) && unhexByte(raw[i+1]) >= 0 && unhexByte(raw[i+2]) >= 0 {
			out = append(out, byte(unhexByte(raw[i+1])<<4|unhexByte(raw[i+2])))
			i += 2
			continue
		}
		out = append(out, raw[i])
	}
	return string(out)
}

func unhexByte(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// hexString reads after '<' up to '>' (or the end of data). Non-hex bytes
// are skipped; an odd final digit is padded with 0.
func (l *lexer) hexString() string {
	var out []byte
	hi := -1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v := unhexByte(c)
		if v < 0 {
			continue
		}
		if hi < 0 {
			hi = v
			continue
		}
		if len(out) < maxStringLen {
			out = append(out, byte(hi<<4|v))
		}
		hi = -1
	}
	if hi >= 0 && len(out) < maxStringLen {
		out = append(out, byte(hi<<4))
	}
	return string(out)
}

// literalString reads after '(' up to the balancing ')' (or the end).
func (l *lexer) literalString() string {
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(out)
			}
		case '\\':
			if l.pos >= len(l.b) {
				return string(out)
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if '0' <= e && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && '0' <= l.b[l.pos] && l.b[l.pos] <= '7'; k++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		if len(out) < maxStringLen {
			out = append(out, c)
		}
	}
	return string(out)
}

// parseNumber accepts PDF integers and reals (also "-.5", "+3", "4.").
func parseNumber(tok []byte) (float64, bool) {
	if len(tok) == 0 || len(tok) > 40 {
		return 0, false
	}
	digits := 0
	for i, c := range tok {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
		case (c == '-' || c == '+') && i == 0:
		default:
			return 0, false
		}
	}
	if digits == 0 {
		return 0, false
	}
	s := string(tok)
	// Producers occasionally write "1.2.3"; keep the part before the second dot.
	if i := bytes.IndexByte(tok, '.'); i >= 0 {
		if j := bytes.IndexByte(tok[i+1:], '.'); j >= 0 {
			s = s[:i+1+j]
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return f, true
}

// skipInlineImage is called after the "ID" operator: it skips the image data
// up to and including the "EI" operator.
func (l *lexer) skipInlineImage(length int) {
	if l.pos < len(l.b) && isWhite(l.b[l.pos]) {
		l.pos++
	}
	if length > 0 && l.pos+length <= len(l.b) {
		// Trust /L (or /Length) when "EI" follows it.
		p := l.pos + length
		q := p
		for q < len(l.b) && isWhite(l.b[q]) {
			q++
		}
		if bytes.HasPrefix(l.b[q:], []byte("EI")) && (q+2 == len(l.b) || isWhite(l.b[q+2]) || isDelimiter(l.b[q+2])) {
			l.pos = q + 2
			return
		}
	}
	for i := l.pos; i+1 < len(l.b); i++ {
		if l.b[i] == 'E' && l.b[i+1] == 'I' && (i == 0 || isWhite(l.b[i-1])) &&
			(i+2 == len(l.b) || isWhite(l.b[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.pos = len(l.b)
}
