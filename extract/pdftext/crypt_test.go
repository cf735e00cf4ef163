package pdftext

import (
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
// security handler, revision 3, 128-bit RC4 (PDF 32000-1 algorithms 2, 3, 5).
func encryptedDoc(userPW, ownerPW, text string) []byte {
	const n = 16
	id := []byte("0123456789abcdef")
	p := int32(-4)
	// Algorithm 3: O.
	h := md5.Sum(padPW(ownerPW))
	k := h[:]
	for i := 0; i < 50; i++ {
		s := md5.Sum(k[:n])
		k = s[:]
	}
	o := rc4x(k[:n], padPW(userPW))
	for i := 1; i <= 19; i++ {
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
	for i := 0; i < 50; i++ {
		s := md5.Sum(key[:n])
		key = s[:]
	}
	key = key[:n]
	// Algorithm 5: U.
	hu := md5.Sum(append(append([]byte(nil), pad...), id...))
	u := rc4x(key, hu[:])
	for i := 1; i <= 19; i++ {
		ki := make([]byte, n)
		for j := range ki {
			ki[j] = key[j] ^ byte(i)
		}
		u = rc4x(ki, u)
	}
	u = append(u, make([]byte, 16)...)

	objKey := func(num int) []byte {
		s := md5.Sum(append(append([]byte(nil), key...), byte(num), byte(num>>8), byte(num>>16), 0, 0))
		return s[:]
	}
	hexs := func(b []byte) string { return fmt.Sprintf("<%x>", b) }
	content := "BT /F1 12 Tf 72 700 Td (" + text + ") Tj ET"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), rc4x(objKey(5), []byte(content))),
		fmt.Sprintf("<< /Filter /Standard /V 2 /R 3 /Length 128 /P %d /O %s /U %s >>", p, hexs(o), hexs(u)),
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
	// AES-256 (revision 6) is reported as unsupported.
	doc := strings.Replace(string(encryptedDoc("", "owner", "x")), "/V 2 /R 3 /Length 128", "/V 5 /R 6 /Length 256", 1)
	_, err = Extract([]byte(doc), Options{})
	if !errors.Is(err, ErrUnsupported) {
		t.Errorf("AES-256: err = %v, want ErrUnsupported", err)
	}
}
