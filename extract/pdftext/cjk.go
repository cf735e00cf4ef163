package pdftext

import (
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"sync"
)

// The Adobe CID → Unicode CMaps (Adobe-GB1/CNS1/Japan1/Korea1-UCS2, from
// Adobe's cmap-resources, BSD-3-Clause, see cidmaps/LICENSE-Adobe) decode
// CID fonts that carry no ToUnicode map, as CJK fonts often do.
//
//go:embed cidmaps/*.gz
var cidMapFS embed.FS

var (
	cidMapOnce sync.Map // ordering -> *cidMapEntry
)

type cidMapEntry struct {
	once sync.Once
	m    *cmap
}

// cidToUnicode returns the CID → Unicode map of an Adobe character
// collection ("GB1", "CNS1", "Japan1", "Korea1"), or nil.
func cidToUnicode(ordering string) *cmap {
	switch ordering {
	case "GB1", "CNS1", "Japan1", "Korea1":
	default:
		return nil
	}
	e, _ := cidMapOnce.LoadOrStore(ordering, &cidMapEntry{})
	ent := e.(*cidMapEntry)
	ent.once.Do(func() {
		f, err := cidMapFS.ReadFile("cidmaps/Adobe-" + ordering + "-UCS2.gz")
		if err != nil {
			return
		}
		zr, err := gzip.NewReader(bytes.NewReader(f))
		if err != nil {
			return
		}
		data, err := io.ReadAll(io.LimitReader(zr, 4<<20))
		if err != nil {
			return
		}
		ent.m = parseCMap(data)
	})
	return ent.m
}
