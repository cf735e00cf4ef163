package pdftext

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"
)

// open returns a reader for data and the bytes it reads, repairing what
// ledongthuc/pdf cannot read by itself: a PDF 2.0 (or versionless) header, junk before the header
// or after %%EOF, hybrid-reference files (/XRefStm) and damaged
// cross-reference tables (rebuilt by scanning for "N G obj").
func open(data []byte) (r *pdf.Reader, used []byte, err error) {
	// The library parses nested arrays and dictionaries recursively; absurd
	// nesting would overflow the stack (fatal, not a panic). Such files are
	// read only through a rebuilt table that leaves the deep objects out.
	fixed := normalise(data)
	deep := nestingTooDeep(fixed, maxObjectNesting) || deepObjectStream(fixed)
	hybrid := bytes.Contains(tail(fixed, 1<<16), []byte("/XRefStm"))
	// The library allocates its object table from the numbers in the
	// cross-reference section; absurd values would exhaust memory (a fatal
	// error, not a panic), so such files are only read through a rebuilt
	// table.
	if !hybrid && !deep && xrefSane(fixed) {
		r, err = newReader(fixed)
		if err == nil && weakRC4(r) {
			return openDecrypted(fixed, decryptRC4, errRC440)
		}
		if err == nil && readable(r) {
			return r, fixed, nil
		}
		if err != nil {
			if e := classifyOpenError(err); e != nil {
				if !errors.Is(e, errAES256) {
					return nil, nil, e
				}
				return openAES256(fixed, e)
			}
		}
	}
	rb, rerr := rebuild(fixed, deep)
	if rerr != nil {
		if err == nil {
			err = rerr
		}
		if e := classifyOpenError(err); e != nil {
			return nil, nil, e
		}
		return nil, nil, fmt.Errorf("%w: %v", ErrMalformed, sanitize(err))
	}
	r2, err2 := newReader(rb)
	if err2 != nil {
		if e := classifyOpenError(err2); e != nil {
			if errors.Is(e, errAES256) {
				return openAES256(fixed, e)
			}
			return nil, nil, e
		}
		if r != nil {
			return r, fixed, nil
		}
		return nil, nil, fmt.Errorf("%w: %v", ErrMalformed, sanitize(err2))
	}
	if !readable(r2) && r != nil {
		return r, fixed, nil
	}
	if weakRC4(r2) {
		return openDecrypted(fixed, decryptRC4, errRC440)
	}
	return r2, rb, nil
}

const maxObjectNesting = 2000

// nestingTooDeep scans the file for array/dictionary nesting deeper than
// max, outside strings, comments and stream data.
func nestingTooDeep(data []byte, max int) bool {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '[':
			depth++
		case '<':
			if i+1 < len(data) && data[i+1] == '<' {
				depth++
				i++
			}
		case ']':
			if depth > 0 {
				depth--
			}
		case '>':
			if i+1 < len(data) && data[i+1] == '>' && depth > 0 {
				depth--
				i++
			}
		case '(':
			// Skip a literal string (balanced parentheses, escapes).
			n := 1
			for i++; i < len(data) && n > 0; i++ {
				switch data[i] {
				case '\\':
					i++
				case '(':
					n++
				case ')':
					n--
				}
			}
			i--
		case '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case 's':
			if bytes.HasPrefix(data[i:], []byte("stream")) && (i == 0 || !isRegular(data[i-1])) {
				if j := bytes.Index(data[i+6:], []byte("endstream")); j >= 0 {
					i += 6 + j + len("endstream") - 1
				} else {
					i = len(data)
				}
				depth = 0
			}
		case 'o':
			if bytes.HasPrefix(data[i:], []byte("obj")) && (i == 0 || !isRegular(data[i-1])) {
				depth = 0 // a new object: earlier imbalance does not carry over
			}
		}
		if depth > max {
			return true
		}
	}
	return false
}

func isRegular(c byte) bool { return !isWhite(c) && !isDelimiter(c) }

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

func newReader(data []byte) (r *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, fmt.Errorf("malformed PDF: %v", x)
		}
	}()
	return pdf.NewReader(bytes.NewReader(data), int64(len(data)))
}

// readable checks that the page tree can be reached.
func readable(r *pdf.Reader) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return len(walkPages(r, 1)) > 0
}

// walkPages lists up to limit pages of the page tree. Unlike the library's
// Page(n) it survives cycles (Kids pointing back up) and deep trees.
func walkPages(r *pdf.Reader, limit int) []pdf.Value {
	var out []pdf.Value
	seen := map[[2]uint32]bool{}
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		if len(out) >= limit || depth > 64 || v.Kind() != pdf.Dict {
			return
		}
		id, gen := objID(v)
		if id != 0 {
			k := [2]uint32{id, uint32(gen)}
			if seen[k] {
				return
			}
			seen[k] = true
		}
		kids := v.Key("Kids")
		typ := v.Key("Type").Name()
		if typ == "Pages" || (typ != "Page" && kids.Kind() == pdf.Array) {
			n := kids.Len()
			for i := 0; i < n && len(out) < limit; i++ {
				walk(kids.Index(i), depth+1)
			}
			return
		}
		out = append(out, v)
	}
	func() {
		defer func() { _ = recover() }()
		walk(r.Trailer().Key("Root").Key("Pages"), 0)
	}()
	return out
}

// inherited looks a key up on a page and its ancestors (bounded, so that a
// cyclic /Parent chain cannot loop).
func inherited(v pdf.Value, key string) pdf.Value {
	for depth := 0; depth < 64 && !v.IsNull(); depth++ {
		if r := v.Key(key); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// classifyOpenError maps encryption failures to the package errors; other
// errors give nil (the caller may try a repair).
func classifyOpenError(err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword) || strings.Contains(msg, "invalid password"):
		return ErrEncrypted
	case strings.Contains(msg, "encryption revision R=5"), strings.Contains(msg, "encryption revision R=6"),
		strings.Contains(msg, "encryption version V=5"), strings.Contains(msg, "256-bit encryption"):
		return errAES256
	case strings.Contains(msg, "encryption version"):
		return fmt.Errorf("%w: encryption handler version", ErrUnsupported)
	case strings.Contains(msg, "encryption"), strings.Contains(msg, "missing ID in trailer"):
		return fmt.Errorf("%w: unreadable encryption dictionary", ErrUnsupported)
	}
	return nil
}

var (
	errAES256 = fmt.Errorf("%w: AES-256 encryption (revision 5/6)", ErrUnsupported)
	errRC440  = fmt.Errorf("%w: 40-bit RC4 encryption", ErrUnsupported)
)

func openAES256(fixed []byte, unsupported error) (*pdf.Reader, []byte, error) {
	return openDecrypted(fixed, decryptAES256, unsupported)
}

// openDecrypted reads an encrypted file that opens with an empty password
// through a decrypted copy made by decrypt.
func openDecrypted(fixed []byte, decrypt func([]byte) ([]byte, error), unsupported error) (*pdf.Reader, []byte, error) {
	plain, err := decrypt(fixed)
	if errors.Is(err, errNeedsPassword) {
		return nil, nil, ErrEncrypted
	}
	if err != nil {
		return nil, nil, unsupported
	}
	rb, err := rebuild(plain, nestingTooDeep(plain, maxObjectNesting))
	if err != nil {
		return nil, nil, unsupported
	}
	r, err := newReader(rb)
	if err != nil || !readable(r) {
		return nil, nil, unsupported
	}
	return r, rb, nil
}

// weakRC4 reports a 40-bit RC4 file: ledongthuc/pdf derives a wrong
// per-object key for it (it does not shorten the MD5 digest to n+5 bytes),
// so its streams cannot be decrypted.
func weakRC4(r *pdf.Reader) (weak bool) {
	defer func() {
		if recover() != nil {
			weak = false
		}
	}()
	enc := r.Trailer().Key("Encrypt")
	if enc.Kind() != pdf.Dict {
		return false
	}
	n := enc.Key("Length").Int64()
	return enc.Key("V").Int64() == 1 || (n > 0 && n < 128 && enc.Key("V").Int64() == 2)
}

// sanitize turns a library error into a short fixed phrase, so that no
// document bytes quoted by the parser reach the caller.
func sanitize(err error) string {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "invalid header"), strings.Contains(msg, "no objects found"):
		return "not a PDF file"
	case strings.Contains(msg, "%%EOF"), strings.Contains(msg, "startxref"):
		return "missing end-of-file marker"
	case strings.Contains(msg, "catalog"):
		return "no document catalog"
	}
	return "unreadable file structure"
}

// normalise fixes the header and trailing junk in a copy of data.
func normalise(data []byte) []byte {
	out := data
	if i := bytes.Index(head(data, 1024), []byte("%PDF")); i > 0 {
		out = data[i:]
	}
	if bytes.HasPrefix(out, []byte("%PDF-")) && len(out) > 9 {
		h := out[:9]
		ok := h[5] >= '1' && h[5] <= '2' && h[6] == '.' && h[7] >= '0' && h[7] <= '9'
		if ok && !(h[5] == '1' && h[7] <= '7' && (h[8] == '\n' || h[8] == '\r')) &&
			(isWhite(h[8]) || h[8] == '%') {
			c := make([]byte, len(out))
			copy(c, out)
			copy(c, "%PDF-1.7\n")
			out = c
		}
	} else if !bytes.HasPrefix(out, []byte("%PDF-1.")) {
		out = append([]byte("%PDF-1.7\n"), out...)
	}
	// Junk after the last %%EOF.
	if j := bytes.LastIndex(out, []byte("%%EOF")); j >= 0 {
		end := j + 5
		if len(bytes.TrimSpace(out[end:])) > 0 {
			out = out[:end:end]
		}
	}
	return out
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

var (
	objRe     = regexp.MustCompile(`(\d{1,10})[\x00\t\n\f\r ]+(\d{1,5})[\x00\t\n\f\r ]+obj\b`)
	rootRe    = regexp.MustCompile(`/Root[\x00\t\n\f\r ]*(\d+)[\x00\t\n\f\r ]+(\d+)[\x00\t\n\f\r ]+R`)
	infoRe    = regexp.MustCompile(`/Info[\x00\t\n\f\r ]*(\d+)[\x00\t\n\f\r ]+(\d+)[\x00\t\n\f\r ]+R`)
	encryptRe = regexp.MustCompile(`/Encrypt[\x00\t\n\f\r ]*(\d+)[\x00\t\n\f\r ]+(\d+)[\x00\t\n\f\r ]+R`)
	idRe      = regexp.MustCompile(`/ID[\x00\t\n\f\r ]*\[[^\]]{0,300}\]`)
)

const maxObjects = 1 << 20

type objLoc struct {
	off int
	gen int
	set bool
	// compressed object: in stream strm at index idx
	strm, idx int
	inStm     bool
}

// xrefSane walks the cross-reference chain from startxref and checks that
// every section declares a plausible number of objects.
func xrefSane(data []byte) bool {
	t := tail(data, 1024)
	i := bytes.LastIndex(t, []byte("startxref"))
	if i < 0 {
		return false
	}
	l := &lexer{b: t, pos: i + len("startxref")}
	o, ok := l.next()
	if !ok || o.kind != kNum {
		return false
	}
	off := int(o.num)
	seen := map[int]bool{}
	for hops := 0; hops < 64; hops++ {
		if off < 0 || off >= len(data) || seen[off] {
			return false
		}
		seen[off] = true
		l := &lexer{b: data, pos: off}
		o, ok := l.next()
		if !ok {
			return false
		}
		var dict obj
		switch {
		case o.kind == kOp && o.s == "xref":
			for {
				a, ok := l.next()
				if !ok {
					return false
				}
				if a.kind == kOp && a.s == "trailer" {
					break
				}
				b, ok := l.next()
				if !ok || a.kind != kNum || b.kind != kNum {
					return false
				}
				start, count := int(a.num), int(b.num)
				if start < 0 || count < 0 || start+count > maxObjects || count*18 > len(data)-l.pos+18 {
					return false
				}
				// Skip the entries (each "offset gen n|f").
				for k := 0; k < 3*count; k++ {
					if _, ok := l.next(); !ok {
						return false
					}
				}
			}
			d, ok := l.next()
			if !ok || d.kind != kDict {
				return false
			}
			dict = d
		case o.kind == kNum:
			// "N G obj << ... >> stream": an xref stream.
			l.next()
			if kw, ok := l.next(); !ok || kw.kind != kOp || kw.s != "obj" {
				return false
			}
			d, ok := l.next()
			if !ok || d.kind != kDict {
				return false
			}
			dict = d
			if idx, ok := dict.dictGet("Index"); ok {
				if idx.kind != kArray {
					return false
				}
				for k := 0; k+1 < len(idx.arr); k += 2 {
					if idx.arr[k].num < 0 || idx.arr[k+1].num < 0 || idx.arr[k].num+idx.arr[k+1].num > maxObjects {
						return false
					}
				}
			}
		default:
			return false
		}
		if size, ok := dict.dictGet("Size"); !ok || size.kind != kNum || size.num < 0 || size.num > maxObjects {
			return false
		}
		prev, ok := dict.dictGet("Prev")
		if !ok {
			return true
		}
		if prev.kind != kNum {
			return false
		}
		off = int(prev.num)
	}
	return false
}

// rebuild scans data for objects and appends a fresh cross-reference
// section (an uncompressed xref stream, so that objects inside object
// streams are covered) and trailer.
func rebuild(data []byte, deep bool) ([]byte, error) {
	locs := map[int]*objLoc{}
	maxID := 0
	all := objRe.FindAllSubmatchIndex(data, -1)
	for i, m := range all {
		if m[0] > 0 && data[m[0]-1] >= '0' && data[m[0]-1] <= '9' {
			continue
		}
		id, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, _ := strconv.Atoi(string(data[m[4]:m[5]]))
		if id <= 0 || id >= maxObjects || gen > 65535 {
			continue
		}
		if deep {
			end := len(data)
			if i+1 < len(all) {
				end = all[i+1][0]
			}
			if nestingTooDeep(data[m[0]:end], maxObjectNesting) {
				delete(locs, id)
				continue
			}
		}
		locs[id] = &objLoc{off: m[0], gen: gen, set: true}
		if id > maxID {
			maxID = id
		}
	}
	if len(locs) == 0 {
		return nil, errors.New("no objects found")
	}
	var trailer bytes.Buffer
	root := lastRef(rootRe, data)
	if root == "" {
		// Find the catalog object itself (the last one wins).
		best := 0
		for id, l := range locs {
			if l.off > best && bytes.Contains(headToStream(data[l.off:]), []byte("/Catalog")) {
				root = fmt.Sprintf("%d %d R", id, l.gen)
				best = l.off
			}
		}
	}
	if root == "" {
		return nil, errors.New("no document catalog")
	}
	fmt.Fprintf(&trailer, "/Root %s", root)
	if ref := lastRef(infoRe, data); ref != "" {
		fmt.Fprintf(&trailer, " /Info %s", ref)
	}
	if ref := lastRef(encryptRe, data); ref != "" {
		fmt.Fprintf(&trailer, " /Encrypt %s", ref)
	}
	if ids := idRe.FindAll(data, -1); len(ids) > 0 {
		trailer.WriteString(" ")
		trailer.Write(ids[len(ids)-1])
	}

	// Object streams: read their headers through a first reader built on a
	// classic table, then add their members.
	var stms []int
	for id, l := range locs {
		if bytes.Contains(headToStream(data[l.off:]), []byte("/ObjStm")) {
			stms = append(stms, id)
		}
	}
	if len(stms) > 0 {
		first := appendClassic(data, locs, maxID, trailer.String(), stms)
		if r, err := newReader(first); err == nil {
			for i, id := range stms {
				if deep && objStmDeep(r, i) {
					continue // its objects are left out
				}
				members := objStmMembers(r, i)
				for idx, mid := range members {
					if mid <= 0 || mid >= maxObjects {
						continue
					}
					if l, ok := locs[mid]; ok && l.set {
						continue
					}
					locs[mid] = &objLoc{inStm: true, strm: id, idx: idx}
					if mid > maxID {
						maxID = mid
					}
				}
			}
		}
	}
	return appendXRefStream(data, locs, maxID, trailer.String()), nil
}

// headToStream returns the start of an object up to its stream data or
// its end.
func headToStream(b []byte) []byte {
	b = head(b, 4096)
	if i := bytes.Index(b, []byte("stream")); i >= 0 {
		b = b[:i]
	}
	if i := bytes.Index(b, []byte("endobj")); i >= 0 {
		b = b[:i]
	}
	return b
}

func lastRef(re *regexp.Regexp, data []byte) string {
	all := re.FindAllSubmatch(data, -1)
	if len(all) == 0 {
		return ""
	}
	m := all[len(all)-1]
	return string(m[1]) + " " + string(m[2]) + " R"
}

// appendClassic appends a classic xref table listing the scanned objects
// and a trailer whose /RFObjStm array lists the object streams.
func appendClassic(data []byte, locs map[int]*objLoc, maxID int, trailer string, stms []int) []byte {
	var b bytes.Buffer
	b.Grow(len(data) + 20*(maxID+1) + 256)
	b.Write(data)
	b.WriteString("\n")
	start := b.Len()
	b.WriteString("xref\n0 1\n0000000000 65535 f \n")
	for id := 1; id <= maxID; {
		if l, ok := locs[id]; !ok || !l.set {
			id++
			continue
		}
		end := id
		for end+1 <= maxID && locs[end+1] != nil && locs[end+1].set {
			end++
		}
		fmt.Fprintf(&b, "%d %d\n", id, end-id+1)
		for k := id; k <= end; k++ {
			fmt.Fprintf(&b, "%010d %05d n \n", locs[k].off, locs[k].gen)
		}
		id = end + 1
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d %s /RFObjStm [", maxID+1, trailer)
	for _, id := range stms {
		fmt.Fprintf(&b, " %d %d R", id, locs[id].gen)
	}
	fmt.Fprintf(&b, " ] >>\nstartxref\n%d\n%%%%EOF\n", start)
	return b.Bytes()
}

// deepObjectStream reports an object stream whose decompressed objects
// nest too deeply (read from the raw file; encrypted streams are skipped).
func deepObjectStream(data []byte) bool {
	rest := data
	for {
		i := bytes.Index(rest, []byte("/ObjStm"))
		if i < 0 {
			return false
		}
		rest = rest[i+len("/ObjStm"):]
		head := headToStream(rest)
		if !bytes.Contains(head, []byte("/FlateDecode")) && !bytes.Contains(data[max(0, len(data)-len(rest)-512):len(data)-len(rest)], []byte("/FlateDecode")) {
			continue
		}
		loc := streamKw.FindIndex(head4k(rest))
		if loc == nil {
			continue
		}
		zr, err := zlib.NewReader(bytes.NewReader(rest[loc[1]:]))
		if err != nil {
			continue
		}
		d, _ := io.ReadAll(io.LimitReader(zr, 64<<20))
		if nestingTooDeep(d, maxObjectNesting) {
			return true
		}
	}
}

func head4k(b []byte) []byte { return head(b, 4096) }

// objStmDeep reports whether the i-th object stream of a rebuild's first
// reader nests too deeply.
func objStmDeep(r *pdf.Reader, i int) (deep bool) {
	defer func() {
		if recover() != nil {
			deep = true
		}
	}()
	d, err := readStream(nil, r.Trailer().Key("RFObjStm").Index(i), 64<<20)
	return err == nil && nestingTooDeep(d, maxObjectNesting)
}

// objStmMembers lists the object numbers stored in the i-th object stream.
func objStmMembers(r *pdf.Reader, i int) (ids []int) {
	defer func() {
		if recover() != nil {
			ids = nil
		}
	}()
	s := r.Trailer().Key("RFObjStm").Index(i)
	n := int(num(s.Key("N")))
	if n <= 0 || n > 1<<20 {
		return nil
	}
	data, err := readStream(nil, s, 1<<20)
	if err != nil {
		return nil
	}
	l := &lexer{b: data}
	for k := 0; k < n; k++ {
		a, ok1 := l.next()
		b, ok2 := l.next()
		if !ok1 || !ok2 || a.kind != kNum || b.kind != kNum {
			break
		}
		ids = append(ids, int(a.num))
	}
	return ids
}

func appendXRefStream(data []byte, locs map[int]*objLoc, maxID int, trailer string) []byte {
	size := maxID + 2 // the xref stream object itself is maxID+1
	entries := make([]byte, 0, 7*size)
	var b bytes.Buffer
	b.Write(data)
	b.WriteString("\n")
	start := b.Len()
	for id := 0; id < size; id++ {
		l, ok := locs[id]
		switch {
		case id == maxID+1:
			entries = append(entries, 1, byte(start>>24), byte(start>>16), byte(start>>8), byte(start), 0, 0)
		case ok && l.set:
			entries = append(entries, 1, byte(l.off>>24), byte(l.off>>16), byte(l.off>>8), byte(l.off), byte(l.gen>>8), byte(l.gen))
		case ok && l.inStm:
			entries = append(entries, 2, byte(l.strm>>24), byte(l.strm>>16), byte(l.strm>>8), byte(l.strm), byte(l.idx>>8), byte(l.idx))
		default:
			entries = append(entries, 0, 0, 0, 0, 0, 0xFF, 0xFF)
		}
	}
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] %s /Length %d >>\nstream\n", maxID+1, size, trailer, len(entries))
	b.Write(entries)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", start)
	return b.Bytes()
}

// source gives access to the raw file, for streams whose /Length is
// missing or wrong (the library then returns nothing).
type source struct {
	data []byte // nil when the file is encrypted
}

// rawData returns the bytes the reader parses, unless the file is
// encrypted (raw stream bytes would need decrypting).
func rawData(r *pdf.Reader, data []byte) (raw []byte) {
	defer func() {
		if recover() != nil {
			raw = nil
		}
	}()
	if r.Trailer().Key("Encrypt").Kind() != pdf.Null {
		return nil
	}
	return data
}

// readStream returns the decoded data of a stream, at most max bytes.
// Unsupported filters and decoding failures give an error, never a panic.
// When the library yields nothing and src is set, the stream is cut from
// the raw file up to "endstream" (a missing or wrong /Length).
func readStream(src *source, v pdf.Value, max int64) (data []byte, err error) {
	data, err = readStreamLib(v, max)
	if src == nil || src.data == nil || (len(data) > 0 && lengthOK(src.data, v)) {
		return data, err
	}
	if d, ok := rawStream(src.data, v, max); ok {
		return d, nil
	}
	return data, err
}

// lengthOK reports whether a stream's /Length ends at "endstream".
func lengthOK(file []byte, v pdf.Value) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = true
		}
	}()
	off, found := streamOffset(v)
	n := v.Key("Length").Int64()
	if !found || off <= 0 || n <= 0 || off+n > int64(len(file)) {
		return !found
	}
	rest := bytes.TrimLeft(file[off+n:], "\r\n\t \x00")
	return bytes.HasPrefix(rest, []byte("endstream"))
}

// rawStream recovers a stream's data by scanning for "endstream".
func rawStream(file []byte, v pdf.Value, max int64) (data []byte, ok bool) {
	defer func() {
		if recover() != nil {
			data, ok = nil, false
		}
	}()
	off, found := streamOffset(v)
	if !found || off <= 0 || off >= int64(len(file)) {
		return nil, false
	}
	rest := file[off:]
	end := bytes.Index(rest, []byte("endstream"))
	if end < 0 {
		return nil, false
	}
	raw := bytes.TrimRight(rest[:end], "\r\n")
	var filters []string
	switch f := v.Key("Filter"); f.Kind() {
	case pdf.Name:
		filters = []string{f.Name()}
	case pdf.Array:
		for i := 0; i < f.Len(); i++ {
			filters = append(filters, f.Index(i).Name())
		}
	}
	for _, f := range filters {
		switch f {
		case "FlateDecode", "Fl":
			zr, err := zlib.NewReader(bytes.NewReader(raw))
			if err != nil {
				return nil, false
			}
			d, _ := io.ReadAll(io.LimitReader(zr, max))
			if len(d) == 0 {
				return nil, false
			}
			parms := v.Key("DecodeParms")
			if parms.Kind() == pdf.Array {
				parms = parms.Index(0)
			}
			if d, ok = unpredict(d, parms); !ok {
				return nil, false
			}
			raw = d
		case "ASCIIHexDecode", "AHx":
			l := &lexer{b: append(raw, '>')}
			raw = []byte(l.hexString())
		default:
			return nil, false
		}
	}
	if int64(len(raw)) > max {
		raw = raw[:max]
	}
	return raw, true
}

// unpredict undoes a PNG predictor (Predictor 10-15); Predictor 1 or
// none leaves the data as it is. TIFF predictors are not supported.
func unpredict(d []byte, parms pdf.Value) ([]byte, bool) {
	pred := int(num(parms.Key("Predictor")))
	if pred <= 1 {
		return d, true
	}
	if pred < 10 {
		return nil, false
	}
	colors, bpc, cols := int(num(parms.Key("Colors"))), int(num(parms.Key("BitsPerComponent"))), int(num(parms.Key("Columns")))
	if colors <= 0 {
		colors = 1
	}
	if bpc <= 0 {
		bpc = 8
	}
	if cols <= 0 {
		cols = 1
	}
	bpp := (colors*bpc + 7) / 8
	rowLen := (colors*bpc*cols + 7) / 8
	if rowLen <= 0 || rowLen > 1<<20 {
		return nil, false
	}
	out := make([]byte, 0, len(d))
	prev := make([]byte, rowLen)
	for len(d) > 0 {
		ft := d[0]
		d = d[1:]
		n := rowLen
		if n > len(d) {
			n = len(d)
		}
		row := append([]byte(nil), d[:n]...)
		d = d[n:]
		for i := range row {
			var left, upLeft byte
			if i >= bpp {
				left, upLeft = row[i-bpp], prev[i-bpp]
			}
			up := prev[i]
			switch ft {
			case 1:
				row[i] += left
			case 2:
				row[i] += up
			case 3:
				row[i] += byte((int(left) + int(up)) / 2)
			case 4:
				p := int(left) + int(up) - int(upLeft)
				pa, pb, pc := abs(p-int(left)), abs(p-int(up)), abs(p-int(upLeft))
				switch {
				case pa <= pb && pa <= pc:
					row[i] += left
				case pb <= pc:
					row[i] += up
				default:
					row[i] += upLeft
				}
			}
		}
		out = append(out, row...)
		copy(prev, row)
	}
	return out, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// streamOffset reads the library's unexported offset of a stream's data.
func streamOffset(v pdf.Value) (off int64, ok bool) {
	defer func() {
		if recover() != nil {
			off, ok = 0, false
		}
	}()
	d := reflect.ValueOf(v).FieldByName("data")
	if !d.IsValid() || d.Kind() != reflect.Interface || d.IsNil() {
		return 0, false
	}
	s := d.Elem()
	if s.Kind() != reflect.Struct {
		return 0, false
	}
	o := s.FieldByName("offset")
	if !o.IsValid() || o.Kind() != reflect.Int64 {
		return 0, false
	}
	return o.Int(), true
}

func readStreamLib(v pdf.Value, max int64) (data []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			data = nil
			msg := fmt.Sprint(x)
			if strings.Contains(msg, "filter") {
				err = fmt.Errorf("%w: %s", ErrUnsupported, filterName(msg))
				return
			}
			err = fmt.Errorf("%w: unreadable stream", ErrMalformed)
		}
	}()
	rd := v.Reader()
	defer rd.Close()
	data, err = io.ReadAll(io.LimitReader(rd, max))
	if err != nil && len(data) == 0 {
		if strings.Contains(err.Error(), "stream not present") {
			return nil, fmt.Errorf("%w: missing stream", ErrMalformed)
		}
		return nil, fmt.Errorf("%w: stream decoding failed", ErrMalformed)
	}
	// Partial data (a truncated deflate stream) is still useful.
	return data, nil
}

func filterName(msg string) string {
	for _, f := range []string{"LZWDecode", "ASCIIHexDecode", "RunLengthDecode", "CCITTFaxDecode", "DCTDecode", "JBIG2Decode", "JPXDecode", "Crypt", "BrotliDecode"} {
		if strings.Contains(msg, f) {
			return f + " filter"
		}
	}
	return "unsupported stream filter"
}

// objID returns the object number and generation behind a Value (for
// caching fonts): the library keeps them unexported.
func objID(v pdf.Value) (id uint32, gen uint16) {
	defer func() {
		if recover() != nil {
			id, gen = 0, 0
		}
	}()
	p := reflect.ValueOf(v).FieldByName("ptr")
	if !p.IsValid() || p.Kind() != reflect.Struct || p.NumField() < 2 {
		return 0, 0
	}
	return uint32(p.Field(0).Uint()), uint16(p.Field(1).Uint())
}
