package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func benchFile(b *testing.B, name string) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "formats", name))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(name, data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractDOCX(b *testing.B)     { benchFile(b, "resume-libreoffice.docx") }
func BenchmarkExtractODT(b *testing.B)      { benchFile(b, "resume-libreoffice.odt") }
func BenchmarkExtractMarkdown(b *testing.B) { benchFile(b, "resume.md") }
func BenchmarkExtractPDF(b *testing.B)      { benchFile(b, "resume-libreoffice.pdf") }

func BenchmarkAssess(b *testing.B) {
	text := strings.Repeat(englishSample+"\n", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		assess(text, pdfCounts{}, nil)
	}
}
