package pdftext

import (
	"encoding/binary"
	"strings"
	"testing"
)

// minimalTrueType returns a font program with only a (3,1) format 4 cmap
// mapping 'A'..'C' to glyphs 10..12.
func minimalTrueType() []byte {
	be := binary.BigEndian
	u16 := func(b []byte, v int) []byte { return be.AppendUint16(b, uint16(v)) }
	var sub []byte
	sub = u16(sub, 4)  // format
	sub = u16(sub, 32) // length
	sub = u16(sub, 0)  // language
	sub = u16(sub, 4)  // segCountX2
	sub = u16(sub, 4)
	sub = u16(sub, 1)
	sub = u16(sub, 0)
	sub = u16(sub, 0x43) // endCode
	sub = u16(sub, 0xFFFF)
	sub = u16(sub, 0)    // reservedPad
	sub = u16(sub, 0x41) // startCode
	sub = u16(sub, 0xFFFF)
	sub = u16(sub, 10-0x41) // idDelta
	sub = u16(sub, 1)
	sub = u16(sub, 0) // idRangeOffset
	sub = u16(sub, 0)
	var cmap []byte
	cmap = u16(cmap, 0)
	cmap = u16(cmap, 1)
	cmap = u16(cmap, 3)
	cmap = u16(cmap, 1)
	cmap = be.AppendUint32(cmap, 12)
	cmap = append(cmap, sub...)
	var f []byte
	f = be.AppendUint32(f, 0x00010000)
	f = u16(f, 1)
	f = u16(f, 16)
	f = u16(f, 0)
	f = u16(f, 0)
	f = append(f, "cmap"...)
	f = be.AppendUint32(f, 0)
	f = be.AppendUint32(f, 28)
	f = be.AppendUint32(f, uint32(len(cmap)))
	return append(f, cmap...)
}

func TestTrueTypeUnicode(t *testing.T) {
	inv := trueTypeUnicode(minimalTrueType())
	if inv[10] != "A" || inv[12] != "C" || len(inv) != 3 {
		t.Errorf("inverse cmap = %v", inv)
	}
	for _, bad := range [][]byte{nil, []byte("garbage"), minimalTrueType()[:30]} {
		if inv := trueTypeUnicode(bad); inv != nil {
			t.Errorf("garbage gave %v", inv)
		}
	}
}

func TestCIDFontWithoutToUnicode(t *testing.T) {
	w := &pdfWriter{}
	prog := minimalTrueType()
	ff := w.add("<< /Length " + itoa(len(prog)) + " >>\nstream\n" + string(prog) + "\nendstream")
	fd := w.add("<< /Type /FontDescriptor /FontName /TT /Flags 4 /FontFile2 " + ref(ff) + " >>")
	desc := w.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TT /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " + ref(fd) + " /DW 500 >>")
	f0 := w.add("<< /Type /Font /Subtype /Type0 /BaseFont /TT /Encoding /Identity-H /DescendantFonts [" + ref(desc) + "] >>")
	data := w.buildDoc(testPage{fonts: map[string]int{"F0": f0}, content: "BT /F0 10 Tf 72 700 Td <000A000B000C> Tj ET"})
	res := mustText(t, data)
	if !strings.Contains(res.Text, "ABC") || res.Undecoded != 0 {
		t.Errorf("text %q undecoded %d", res.Text, res.Undecoded)
	}
}
