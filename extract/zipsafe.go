package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Limits that guard against zip bombs and absurd archives. A real résumé
// document has a few dozen entries and a few hundred KiB of XML.
const (
	maxZipEntries    = 2000
	maxEntryBytes    = 50 << 20  // uncompressed bytes of one entry we read
	maxArchiveBytes  = 100 << 20 // uncompressed bytes read from one archive
	maxCompressRatio = 200       // uncompressed/compressed, for entries over 1 MiB
)

// zipArchive is a zip archive opened with guards. Every read is charged
// against one budget for the whole archive.
type zipArchive struct {
	kind   string // "docx" or "odt", for messages
	files  map[string]*zip.File
	names  []string
	budget int64
}

func openZip(data []byte, kind string) (*zipArchive, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &Error{Status: StatusError, Msg: kind + " is damaged: not a valid zip archive",
			Hint: "open and re-save it in Word or LibreOffice, or export it as PDF"}
	}
	if len(zr.File) > maxZipEntries {
		return nil, &Error{Status: StatusError, Msg: fmt.Sprintf("%s has too many parts (%d); refusing to read it", kind, len(zr.File))}
	}
	z := &zipArchive{kind: kind, files: make(map[string]*zip.File, len(zr.File)), budget: maxArchiveBytes}
	for _, f := range zr.File {
		if _, dup := z.files[f.Name]; dup {
			continue // first one wins
		}
		z.files[f.Name] = f
		z.names = append(z.names, f.Name)
	}
	return z, nil
}

var errZipLimit = errors.New("zip limit exceeded")

// read returns the uncompressed content of one entry, or (nil, nil) when it
// does not exist.
func (z *zipArchive) read(name string) ([]byte, error) {
	f := z.files[name]
	if f == nil {
		return nil, nil
	}
	if f.Flags&0x1 != 0 {
		return nil, &Error{Status: StatusEncrypted, Msg: z.kind + " is encrypted and needs a password",
			Hint: "remove the password in Word or LibreOffice and save an unprotected copy"}
	}
	if f.UncompressedSize64 > maxEntryBytes ||
		(f.UncompressedSize64 > 1<<20 && f.CompressedSize64 > 0 && f.UncompressedSize64/f.CompressedSize64 > maxCompressRatio) {
		return nil, z.bomb()
	}
	rc, err := f.Open()
	if err != nil {
		return nil, z.damaged(err)
	}
	defer rc.Close()
	limit := int64(maxEntryBytes)
	if z.budget < limit {
		limit = z.budget
	}
	// Compressed sizes can lie; stop at the limit whatever the header says.
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if int64(len(b)) > limit {
		return nil, z.bomb()
	}
	z.budget -= int64(len(b))
	if err != nil {
		return nil, z.damaged(err)
	}
	return b, nil
}

func (z *zipArchive) bomb() *Error {
	return &Error{Status: StatusError, Msg: z.kind + " expands to too much data (possible zip bomb); refusing to read it"}
}

func (z *zipArchive) damaged(err error) *Error {
	msg := z.kind + " is damaged: a part cannot be decompressed"
	if errors.Is(err, zip.ErrAlgorithm) {
		msg = z.kind + " uses an unsupported zip compression method"
	}
	return &Error{Status: StatusError, Msg: msg,
		Hint: "open and re-save it in Word or LibreOffice, or export it as PDF"}
}

// officePages reads the page count the word processor saved
// (docProps/app.xml for DOCX, meta.xml for ODT); 0 when unknown.
func officePages(data []byte, format string) int {
	z, err := openZip(data, format)
	if err != nil {
		return 0
	}
	part, elem, attrName := "docProps/app.xml", "Pages", ""
	if format == FormatODT {
		part, elem, attrName = "meta.xml", "document-statistic", "page-count"
	}
	b, err := z.read(part)
	if err != nil || b == nil {
		return 0
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err != nil {
			return 0
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != elem {
			continue
		}
		v := ""
		if attrName != "" {
			v = attr(se, attrName)
		} else if cd, err := d.Token(); err == nil {
			if c, ok := cd.(xml.CharData); ok {
				v = string(c)
			}
		}
		n, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || n < 0 || n > 10000 {
			return 0
		}
		return n
	}
}
