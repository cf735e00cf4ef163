package pdftext

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"errors"
	"fmt"
	"strings"
	"testing"
)

var pad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

func padPW(pw string) []byte {
	return append([]byte(pw), pad[:32-len(pw)]...)
}

func rc4x(key, data []byte) []byte {
	c, _ := rc4.NewCipher(key)
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// encryptedDoc writes a one-page document encrypted with the standard
// security handler, revision 3, 128-bit RC4 (ISO 32000-1 algorithms 2, 3, 5).
func encryptedDoc(userPW, ownerPW, text string) []byte {
	return rc4Doc(userPW, ownerPW, text, 3, 16)
}

// rc4Doc writes an RC4-encrypted document with revision rev (2 or 3) and a
// key of n bytes.
func rc4Doc(userPW, ownerPW, text string, rev, n int) []byte {
	id := []byte("0123456789abcdef")
	p := int32(-4)
	// Algorithm 3: O.
	h := md5.Sum(padPW(ownerPW))
	k := h[:]
	for i := 0; i < 50 && rev >= 3; i++ {
		s := md5.Sum(k[:n])
		k = s[:]
	}
	o := rc4x(k[:n], padPW(userPW))
	for i := 1; i <= 19 && rev >= 3; i++ {
		ki := make([]byte, n)
		for j := range ki {
			ki[j] = k[j] ^ byte(i)
		}
		o = rc4x(ki, o)
	}
	// Algorithm 2: file key.
	m := md5.New()
	m.Write(padPW(userPW))
	m.Write(o)
	m.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
	m.Write(id)
	key := m.Sum(nil)
	for i := 0; i < 50 && rev >= 3; i++ {
		s := md5.Sum(key[:n])
		key = s[:]
	}
	key = key[:n]
	var u []byte
	if rev == 2 {
		// Algorithm 4: U.
		u = rc4x(key, pad)
	} else {
		// Algorithm 5: U.
		hu := md5.Sum(append(append([]byte(nil), pad...), id...))
		u = rc4x(key, hu[:])
		for i := 1; i <= 19; i++ {
			ki := make([]byte, n)
			for j := range ki {
				ki[j] = key[j] ^ byte(i)
			}
			u = rc4x(ki, u)
		}
		u = append(u, make([]byte, 16)...)
	}

	objKey := func(num int) []byte {
		s := md5.Sum(append(append([]byte(nil), key...), byte(num), byte(num>>8), byte(num>>16), 0, 0))
		return s[:min(n+5, 16)]
	}
	hexs := func(b []byte) string { return fmt.Sprintf("<%x>", b) }
	content := "BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), rc4x(objKey(5), []byte(content))),
		fmt.Sprintf("<< /Filter /Standard /V %d /R %d /Length %d /P %d /O %s /U %s >>", map[bool]int{true: 1, false: 2}[n == 5 && rev == 2], rev, 8*n, p, hexs(o), hexs(u)),
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offs := []int{}
	for i, ob := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, ob)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [%s %s] >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, hexs(id), hexs(id), x)
	return []byte(b.String())
}

func TestEncryption(t *testing.T) {
	// An owner password only: readable with the empty user password.
	res, err := Extract(encryptedDoc("", "owner", "Secret Resume"), Options{})
	if err != nil {
		t.Fatalf("empty user password: %v", err)
	}
	if !strings.Contains(res.Text, "Secret Resume") {
		t.Errorf("text %q", res.Text)
	}
	// A user password: ErrEncrypted.
	_, err = Extract(encryptedDoc("user", "owner", "Secret Resume"), Options{})
	if !errors.Is(err, ErrEncrypted) {
		t.Errorf("user password: err = %v, want ErrEncrypted", err)
	}
	// 40-bit RC4 (the library derives a wrong key) is decrypted here.
	for _, rev := range []int{2, 3} {
		res, err := Extract(rc4Doc("", "owner", "Weak Key", rev, 5), Options{})
		if err != nil || !strings.Contains(res.Text, "Weak Key") {
			t.Errorf("40-bit RC4 R%d: err %v, text %+v", rev, err, res)
		}
		if _, err := Extract(rc4Doc("user", "owner", "Weak Key", rev, 5), Options{}); !errors.Is(err, ErrEncrypted) {
			t.Errorf("40-bit RC4 R%d with user password: err = %v", rev, err)
		}
	}
	// A broken AES-256 dictionary (no UE) is reported as unsupported.
	doc := strings.Replace(string(encryptedDoc("", "owner", "x")), "/V 2 /R 3 /Length 128", "/V 5 /R 6 /Length 256", 1)
	_, err = Extract([]byte(doc), Options{})
	if !errors.Is(err, ErrUnsupported) {
		t.Errorf("AES-256 without UE: err = %v, want ErrUnsupported", err)
	}
}

func aesEncryptCBC(key, iv, plain []byte) []byte {
	block, _ := aes.NewCipher(key)
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plain)
	return out
}

// aes256Doc writes a one-page document encrypted with AES-256 (revision 6).
func aes256Doc(userPW, ownerPW, text string) []byte {
	fileKey := []byte("0123456789abcdef0123456789abcdef")
	zero := make([]byte, 16)
	vs, ks := []byte("valsalt1"), []byte("keysalt1")
	u := append([]byte(hash2B(6, []byte(userPW), vs, nil)), append(vs, ks...)...)
	ue := aesEncryptCBC([]byte(hash2B(6, []byte(userPW), ks, nil)), zero, fileKey)
	ovs, oks := []byte("valsalt2"), []byte("keysalt2")
	o := append([]byte(hash2B(6, []byte(ownerPW), ovs, u)), append(ovs, oks...)...)
	oe := aesEncryptCBC([]byte(hash2B(6, []byte(ownerPW), oks, u)), zero, fileKey)
	content := []byte("BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET")
	p := 16 - len(content)%16
	padded := append(content, bytes.Repeat([]byte{byte(p)}, p)...)
	iv := []byte("initialvector123")
	enc := append(append([]byte(nil), iv...), aesEncryptCBC(fileKey, iv, padded)...)
	title := append(append([]byte(nil), iv...), aesEncryptCBC(fileKey, iv, append([]byte("Resume"), bytes.Repeat([]byte{10}, 10)...))...)
	hexs := func(b []byte) string { return fmt.Sprintf("<%x>", b) }
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(enc), enc),
		fmt.Sprintf("<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O %s /U %s /OE %s /UE %s /CF << /StdCF << /CFM /AESV3 /Length 32 /AuthEvent /DocOpen >> >> /StmF /StdCF /StrF /StdCF >>", hexs(o), hexs(u), hexs(oe), hexs(ue)),
		"<< /Title " + hexs(title) + " >>",
	}
	var b strings.Builder
	b.WriteString("%PDF-1.7\n")
	var offs []int
	for i, ob := range objs {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, ob)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /Info 7 0 R /ID [<00> <00>] >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, x)
	return []byte(b.String())
}

func TestAES256(t *testing.T) {
	for _, tc := range []struct {
		name, user, owner string
		want              error
	}{
		{"owner password only", "", "owner", nil},
		{"empty owner password", "user", "", nil},
		{"user password", "user", "owner", ErrEncrypted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Extract(aes256Doc(tc.user, tc.owner, "Encrypted Resume"), Options{})
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if tc.want == nil && !strings.Contains(res.Text, "Encrypted Resume") {
				t.Errorf("text %q", res.Text)
			}
		})
	}
	// The decrypted copy carries decrypted strings.
	plain, err := decryptAES256(aes256Doc("", "owner", "x"))
	if err != nil || !bytes.Contains(plain, []byte(fmt.Sprintf("<%x>", "Resume"))) {
		t.Errorf("strings not decrypted: %v", err)
	}
}
