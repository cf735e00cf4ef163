package pdftext

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

// AES-256 encryption (standard security handler, revisions 5 and 6) is not
// supported by ledongthuc/pdf. When the empty user password opens such a
// file (an owner password only restricts printing or copying), the file is
// decrypted here into a plain copy whose cross-reference section is then
// rebuilt; a file that needs a user password gives ErrEncrypted.

var errNeedsPassword = errors.New("user password required")

// decryptAES256 returns an unencrypted copy of data, or an error.
func decryptAES256(data []byte) ([]byte, error) {
	objs, encID, get, err := encryptDict(data)
	if err != nil {
		return nil, err
	}
	r := int(get("R").num)
	u, ue := get("U").s, get("UE").s
	if (r != 5 && r != 6) || len(u) < 48 || len(ue) < 32 {
		return nil, errors.New("not an AES-256 handler")
	}
	// Crypt filters: Identity means "not encrypted".
	strIdentity, stmIdentity := false, false
	if n := get("StrF"); n.kind == kName && n.s == "Identity" {
		strIdentity = true
	}
	if n := get("StmF"); n.kind == kName && n.s == "Identity" {
		stmIdentity = true
	}
	// The empty password, tried as the user and then as the owner
	// password (the owner key also opens the file, as in poppler).
	var ik, wrapped string
	o, oe := get("O").s, get("OE").s
	switch {
	case strIdentity && stmIdentity:
		// Only embedded files are encrypted: the content is plain.
		ik, wrapped = string(make([]byte, 32)), string(make([]byte, 32))
	case hash2B(r, nil, []byte(u[32:40]), nil) == u[:32]:
		ik, wrapped = hash2B(r, nil, []byte(u[40:48]), nil), ue
	case len(o) >= 48 && len(oe) >= 32 && hash2B(r, nil, []byte(o[32:40]), []byte(u[:48])) == o[:32]:
		ik, wrapped = hash2B(r, nil, []byte(o[40:48]), []byte(u[:48])), oe
	default:
		return nil, errNeedsPassword
	}
	block, err := aes.NewCipher([]byte(ik))
	if err != nil {
		return nil, err
	}
	key := make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(key, []byte(wrapped[:32]))

	encMeta := true
	if m := get("EncryptMetadata"); m.kind == kBool && m.num == 0 {
		encMeta = false
	}

	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n")
	ids := make([]int, 0, len(objs))
	for id := range objs {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		if id == encID {
			continue
		}
		o := objs[id]
		body := o.text(data)
		if isXRefStream(body) {
			continue // rebuilt later; it also names the /Encrypt dictionary
		}
		plain, err := decryptObject(body, func(b []byte) []byte { return aesDecrypt(key, b) }, strIdentity, stmIdentity, encMeta)
		if err != nil {
			continue // keep going: one bad object should not lose the file
		}
		fmt.Fprintf(&out, "%d %d obj\n", id, o.gen)
		out.Write(plain)
		out.WriteString("\nendobj\n")
	}
	fmt.Fprintf(&out, "trailer\n<< /Root %s >>\n%%%%EOF\n", lastRef(rootRe, data))
	return out.Bytes(), nil
}

// encryptDict finds the trailer's /Encrypt dictionary by scanning the
// file's objects, and returns the objects, its object number and a getter
// for its entries.
func encryptDict(data []byte) (objs map[int]scannedObj, encID int, get func(string) obj, err error) {
	encRef := lastRef(encryptRe, data)
	if encRef == "" {
		return nil, 0, nil, errors.New("no encryption dictionary")
	}
	objs = scanObjects(data)
	fmt.Sscanf(encRef, "%d", &encID)
	loc, ok := objs[encID]
	if !ok {
		return nil, 0, nil, errors.New("encryption dictionary not found")
	}
	l := &lexer{b: data, pos: loc.body}
	dict, ok := l.next()
	if !ok || dict.kind != kDict {
		return nil, 0, nil, errors.New("bad encryption dictionary")
	}
	return objs, encID, func(k string) obj { o, _ := dict.dictGet(k); return o }, nil
}

// decryptRC4 returns an unencrypted copy of a file using the standard
// security handler with RC4 (revisions 2-3), for the 40-bit keys that
// ledongthuc/pdf derives wrongly. It tries the empty user password.
func decryptRC4(data []byte) ([]byte, error) {
	objs, encID, get, err := encryptDict(data)
	if err != nil {
		return nil, err
	}
	r, n := int(get("R").num), int(get("Length").num)/8
	if n == 0 {
		n = 5
	}
	o, u := get("O").s, get("U").s
	ids := idRe.Find(data)
	if len(o) < 32 || len(u) < 32 || ids == nil || n < 5 || n > 16 || r < 2 || r > 3 {
		return nil, errors.New("unsupported RC4 parameters")
	}
	il := &lexer{b: ids[3:]}
	arr, _ := il.next()
	if arr.kind != kArray || len(arr.arr) == 0 || arr.arr[0].kind != kStr {
		return nil, errors.New("no file identifier")
	}
	p := uint32(int64(get("P").num))
	h := md5.New()
	h.Write(passwordPadding)
	h.Write([]byte(o[:32]))
	h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
	h.Write([]byte(arr.arr[0].s))
	key := h.Sum(nil)
	if r >= 3 {
		for i := 0; i < 50; i++ {
			s := md5.Sum(key[:n])
			key = s[:]
		}
	}
	key = key[:n]
	// Check the empty user password (algorithms 4 and 5).
	var check []byte
	if r == 2 {
		check = rc4Bytes(key, passwordPadding)
	} else {
		hu := md5.Sum(append(append([]byte(nil), passwordPadding...), arr.arr[0].s...))
		check = rc4Bytes(key, hu[:])
		for i := 1; i <= 19; i++ {
			k := make([]byte, n)
			for j := range k {
				k[j] = key[j] ^ byte(i)
			}
			check = rc4Bytes(k, check)
		}
		u = u[:16]
	}
	if !bytes.HasPrefix([]byte(u), check[:len(u)]) {
		return nil, errNeedsPassword
	}
	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n")
	order := make([]int, 0, len(objs))
	for id := range objs {
		order = append(order, id)
	}
	sort.Ints(order)
	for _, id := range order {
		ob := objs[id]
		body := ob.text(data)
		if id == encID || isXRefStream(body) {
			continue
		}
		seed := append(append([]byte(nil), key...), byte(id), byte(id>>8), byte(id>>16), byte(ob.gen), byte(ob.gen>>8))
		sum := md5.Sum(seed)
		k := sum[:min(n+5, 16)]
		plain, err := decryptObject(body, func(b []byte) []byte { return rc4Bytes(k, b) }, false, false, true)
		if err != nil {
			continue
		}
		fmt.Fprintf(&out, "%d %d obj\n", id, ob.gen)
		out.Write(plain)
		out.WriteString("\nendobj\n")
	}
	fmt.Fprintf(&out, "trailer\n<< /Root %s >>\n%%%%EOF\n", lastRef(rootRe, data))
	return out.Bytes(), nil
}

var passwordPadding = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

func rc4Bytes(key, in []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(in))
	c.XORKeyStream(out, in)
	return out
}

// hash2B is algorithm 2.B of ISO 32000-2 (revision 6) or plain SHA-256
// (revision 5).
func hash2B(r int, pw, salt, udata []byte) string {
	h := sha256.Sum256(cat(pw, salt, udata))
	k := h[:]
	if r == 5 {
		return string(k)
	}
	for i := 0; ; i++ {
		k1 := bytes.Repeat(cat(pw, k, udata), 64)
		block, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		switch sum % 3 {
		case 0:
			s := sha256.Sum256(e)
			k = s[:]
		case 1:
			s := sha512.Sum384(e)
			k = s[:]
		default:
			s := sha512.Sum512(e)
			k = s[:]
		}
		if i >= 63 && int(e[len(e)-1]) <= i-31 {
			break
		}
		if i > 1000 {
			break
		}
	}
	return string(k[:32])
}

var xrefTypeRe = regexp.MustCompile(`/Type\s*/XRef\b`)

func isXRefStream(body []byte) bool {
	return xrefTypeRe.Match(headToStream(body))
}

func cat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

type scannedObj struct {
	gen  int
	body int // offset after "obj"
	end  int // offset of the next object header (or end of data)
}

// text returns the object body up to its "endobj".
func (o scannedObj) text(data []byte) []byte {
	b := data[o.body:o.end]
	if i := bytes.LastIndex(b, []byte("endobj")); i >= 0 {
		b = b[:i]
	}
	return b
}

// scanObjects finds "N G obj" headers (the last definition wins).
func scanObjects(data []byte) map[int]scannedObj {
	out := map[int]scannedObj{}
	ms := objRe.FindAllSubmatchIndex(data, -1)
	for i, m := range ms {
		if m[0] > 0 && data[m[0]-1] >= '0' && data[m[0]-1] <= '9' {
			continue
		}
		id, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, _ := strconv.Atoi(string(data[m[4]:m[5]]))
		if id <= 0 || id >= maxObjects {
			continue
		}
		end := len(data)
		if i+1 < len(ms) {
			end = ms[i+1][0]
		}
		out[id] = scannedObj{gen: gen, body: m[1], end: end}
	}
	return out
}

var streamKw = regexp.MustCompile(`\bstream\r?\n`)

// decryptObject rewrites one object body: strings become hex strings of
// their plain text, stream data is decrypted and /Length fixed.
func decryptObject(body []byte, dec func([]byte) []byte, strIdentity, stmIdentity, encMeta bool) ([]byte, error) {
	head, data := body, []byte(nil)
	if loc := streamKw.FindIndex(body); loc != nil && bytes.Contains(body[:loc[0]], []byte("<<")) {
		head = body[:loc[0]]
		data = body[loc[1]:]
		if i := bytes.LastIndex(data, []byte("endstream")); i >= 0 {
			data = bytes.TrimRight(data[:i], "\r\n")
		}
	}
	var out bytes.Buffer
	l := &lexer{b: head}
	for l.pos < len(head) {
		c := head[l.pos]
		switch {
		case c == '(' || (c == '<' && (l.pos+1 >= len(head) || head[l.pos+1] != '<')):
			l.pos++
			var s string
			if c == '(' {
				s = l.literalString()
			} else {
				s = l.hexString()
			}
			if !strIdentity {
				s = string(dec([]byte(s)))
			}
			fmt.Fprintf(&out, "<%x>", s)
		case c == '<' || c == '>':
			out.WriteByte(c)
			l.pos++
			if l.pos < len(head) && head[l.pos] == c {
				out.WriteByte(c)
				l.pos++
			}
		case c == '%':
			for l.pos < len(head) && head[l.pos] != '\n' && head[l.pos] != '\r' {
				l.pos++
			}
		default:
			out.WriteByte(c)
			l.pos++
		}
	}
	if data == nil {
		return out.Bytes(), nil
	}
	h := out.Bytes()
	skip := stmIdentity || bytes.Contains(h, []byte("/XRef")) ||
		(!encMeta && bytes.Contains(h, []byte("/Metadata")))
	if !skip {
		data = dec(data)
	}
	// The decrypted length differs: a later /Length in the dictionary wins.
	end := bytes.LastIndex(h, []byte(">>"))
	if end < 0 {
		return nil, errors.New("stream without dictionary")
	}
	var b bytes.Buffer
	b.Write(h[:end])
	fmt.Fprintf(&b, " /Length %d >>", len(data))
	b.Write(h[end+2:])
	b.WriteString("\nstream\n")
	b.Write(data)
	b.WriteString("\nendstream")
	return b.Bytes(), nil
}

// aesDecrypt decrypts AES-256-CBC data whose first 16 bytes are the IV and
// removes the PKCS#7 padding. Malformed input gives what could be decrypted.
func aesDecrypt(key, in []byte) []byte {
	if len(in) < 32 {
		return nil
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	iv, ct := in[:16], in[16:]
	ct = ct[:len(ct)/16*16]
	out := make([]byte, len(ct))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, ct)
	if n := len(out); n > 0 {
		if p := int(out[n-1]); p >= 1 && p <= 16 && p <= n {
			out = out[:n-p]
		}
	}
	return out
}
