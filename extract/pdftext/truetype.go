package pdftext

import "encoding/binary"

// trueTypeUnicode reads the Unicode cmap of an embedded TrueType program
// (FontFile2) and returns its inverse, glyph index → text. It is used for
// CID fonts that have neither a ToUnicode map nor a known character
// collection, as poppler and pdf.js do. nil when nothing usable is found.
func trueTypeUnicode(font []byte) map[uint16]string {
	defer func() { _ = recover() }() // hostile offsets: give up quietly
	be := binary.BigEndian
	if len(font) < 12 {
		return nil
	}
	n := int(be.Uint16(font[4:]))
	var cmap []byte
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(font) {
			return nil
		}
		if string(font[rec:rec+4]) == "cmap" {
			off, ln := int(be.Uint32(font[rec+8:])), int(be.Uint32(font[rec+12:]))
			if off < 0 || ln < 0 || off+ln > len(font) {
				return nil
			}
			cmap = font[off : off+ln]
		}
	}
	if len(cmap) < 4 {
		return nil
	}
	// Pick a Unicode subtable: (3,10) or (0,4) format 12, else (3,1) or (0,x) format 4.
	best, bestRank := -1, 0
	for i := 0; i < int(be.Uint16(cmap[2:])); i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		pid, eid, off := be.Uint16(cmap[rec:]), be.Uint16(cmap[rec+2:]), int(be.Uint32(cmap[rec+4:]))
		if off+2 > len(cmap) {
			continue
		}
		rank := 0
		switch {
		case pid == 3 && eid == 10, pid == 0 && eid >= 4:
			rank = 4
		case pid == 3 && eid == 1:
			rank = 3
		case pid == 0:
			rank = 2
		}
		if rank > bestRank {
			best, bestRank = off, rank
		}
	}
	if best < 0 {
		return nil
	}
	t := cmap[best:]
	inv := map[uint16]string{}
	add := func(r rune, gid uint32) {
		if gid == 0 || gid > 0xFFFF || r < 0x20 || (r >= 0xD800 && r <= 0xDFFF) || r > 0x10FFFF {
			return
		}
		if _, ok := inv[uint16(gid)]; !ok {
			inv[uint16(gid)] = string(r)
		}
	}
	switch be.Uint16(t) {
	case 4:
		segX2 := int(be.Uint16(t[6:]))
		ends, starts := 14, 16+segX2
		deltas, ranges := starts+segX2, starts+2*segX2
		for s := 0; s < segX2/2; s++ {
			end, start := int(be.Uint16(t[ends+2*s:])), int(be.Uint16(t[starts+2*s:]))
			delta, ro := be.Uint16(t[deltas+2*s:]), int(be.Uint16(t[ranges+2*s:]))
			if end-start > 0xFFFF || start > end {
				continue
			}
			for c := start; c <= end && c != 0xFFFF; c++ {
				var gid uint16
				if ro == 0 {
					gid = uint16(c) + delta
				} else {
					p := ranges + 2*s + ro + 2*(c-start)
					if p+2 > len(t) {
						break
					}
					if gid = be.Uint16(t[p:]); gid != 0 {
						gid += delta
					}
				}
				add(rune(c), uint32(gid))
			}
		}
	case 12:
		groups := int(be.Uint32(t[12:]))
		for g := 0; g < groups && g < 1<<16; g++ {
			p := 16 + 12*g
			if p+12 > len(t) {
				break
			}
			start, end, gid := be.Uint32(t[p:]), be.Uint32(t[p+4:]), be.Uint32(t[p+8:])
			if end < start || end-start > 0x10000 {
				continue
			}
			for c := start; c <= end; c++ {
				add(rune(c), gid+(c-start))
			}
		}
	default:
		return nil
	}
	if len(inv) == 0 {
		return nil
	}
	return inv
}
