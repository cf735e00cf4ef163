// Command comparepdf measures how much of poppler's pdftotext output
// rolefit's PDF text layer (extract/pdftext) recovers.
//
// Usage:
//
//	go run ./tools/comparepdf [-v] [-single] [-min 0.97] [-mean 0.99] DIR
//
// For every *.pdf in DIR in which `pdftotext -enc UTF-8` finds text, it
// prints the word recall: the share of pdftotext's word tokens (as a
// multiset) that also occur in rolefit's text. It exits with status 1 when
// any file is below -min or the mean is below -mean, and 2 on usage errors
// or when pdftotext is missing.
//
// Tokenisation: text is lower-cased; a token is a maximal run of Unicode
// letters, digits and combining marks; everything else separates tokens.
// Ligatures U+FB00-FB06 are expanded first. Tokens that are a single Latin
// letter (below U+0250) are ignored unless -single is given: pdftotext
// prints the raw code of an icon-font glyph it cannot decode as a Latin-1
// letter ("è", "x", "æ" for FontAwesome icons), which is noise, not a word;
// single CJK characters and digits are kept. Because pdftotext's default
// mode joins a line ending in '-' with the next line (dropping the hyphen),
// the same de-hyphenation is applied to rolefit's text before tokenising,
// for the comparison only.
//
// When plain-text sources ship next to a PDF (NAME.tex/.xtx/.yaml/.json, or
// NAME_*.tex parts; or, for a project prefix with a single PDF, all of that
// prefix's sources), an informational column gives the share of rolefit's
// (and pdftotext's) tokens that occur in the sources' vocabulary.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/rolefit/rolefit/extract/pdftext"
)

func main() {
	verbose := flag.Bool("v", false, "list the missing tokens of each file")
	minFile := flag.Float64("min", 0.97, "floor for every file's recall")
	minMean := flag.Float64("mean", 0.99, "floor for the mean recall")
	flag.BoolVar(&keepSingle, "single", false, "count single Latin letters as tokens")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: comparepdf [-v] [-single] [-min F] [-mean F] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		fmt.Fprintln(os.Stderr, "comparepdf: pdftotext not found (install poppler-utils)")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	files, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if err != nil || len(files) == 0 {
		fmt.Fprintln(os.Stderr, "comparepdf: no PDF files in", dir)
		os.Exit(2)
	}
	sort.Strings(files)
	all, _ := os.ReadDir(dir)

	var sum, minR float64 = 0, 2
	n, below := 0, 0
	fmt.Printf("%-52s %7s %7s %6s %6s %8s  %s\n", "file", "recall", "words", "src", "srcP", "ms", "notes")
	for _, f := range files {
		ref, err := pdftotext(f)
		if err != nil || len(ref) == 0 {
			fmt.Printf("%-52s %7s %7s %6s %6s %8s  skipped: pdftotext found no text\n", filepath.Base(f), "-", "-", "-", "-", "-")
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "comparepdf:", err)
			os.Exit(2)
		}
		start := time.Now()
		res, err := pdftext.Extract(data, pdftext.Options{})
		ms := time.Since(start).Milliseconds()
		var ours []string
		note := ""
		if err != nil {
			note = "error: " + err.Error()
		} else {
			ours = tokens(dehyphenate(res.Text))
			if len(res.Flags) > 0 {
				note = strings.Join(res.Flags, ",")
			}
			if res.Undecoded > 0 {
				note += fmt.Sprintf(" undecoded=%d/%d", res.Undecoded, res.Glyphs+res.Undecoded)
			}
		}
		r, missing := recall(ref, ours)
		srcCol, srcRef := "-", "-"
		if vocab := sourceVocab(dir, f, all); vocab != nil {
			srcCol = fmt.Sprintf("%.3f", inVocab(ours, vocab))
			srcRef = fmt.Sprintf("%.3f", inVocab(ref, vocab))
		}
		fmt.Printf("%-52s %7.4f %7d %6s %6s %8d  %s\n", filepath.Base(f), r, len(ref), srcCol, srcRef, ms, strings.TrimSpace(note))
		if *verbose && len(missing) > 0 {
			fmt.Printf("    missing: %s\n", strings.Join(missing, " "))
		}
		sum += r
		n++
		if r < minR {
			minR = r
		}
		if r < *minFile {
			below++
		}
	}
	if n == 0 {
		fmt.Println("no comparable files")
		os.Exit(2)
	}
	mean := sum / float64(n)
	fmt.Printf("\nfiles %d  mean %.4f  min %.4f  below %.2f: %d\n", n, mean, minR, *minFile, below)
	fmt.Println("src = share of rolefit's tokens found in the shipped sources; srcP = the same for pdftotext")
	if below > 0 || mean < *minMean {
		fmt.Printf("FAIL: floors are %.2f per file and %.2f mean\n", *minFile, *minMean)
		os.Exit(1)
	}
	fmt.Println("ok")
}

func pdftotext(path string) ([]string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "pdftotext", "-enc", "UTF-8", path, "-")
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil && out.Len() == 0 {
		return nil, err
	}
	t := tokens(out.String())
	if len(t) == 0 {
		return nil, errors.New("no text")
	}
	return t, nil
}

var keepSingle bool

var ligatures = strings.NewReplacer("\uFB00", "ff", "\uFB01", "fi", "\uFB02", "fl", "\uFB03", "ffi", "\uFB04", "ffl", "\uFB05", "st", "\uFB06", "st")

// tokens splits text into lower-cased alphanumeric tokens.
func tokens(s string) []string {
	s = strings.ToLower(ligatures.Replace(s))
	toks := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
	})
	if keepSingle {
		return toks
	}
	out := toks[:0]
	for _, t := range toks {
		if r := []rune(t); len(r) == 1 && unicode.IsLetter(r[0]) && r[0] < 0x250 {
			continue
		}
		out = append(out, t)
	}
	return out
}

// dehyphenate joins a line ending in '-' with the next line, as pdftotext's
// default output does.
func dehyphenate(s string) string {
	lines := strings.Split(s, "\n")
	var b strings.Builder
	for i, ln := range lines {
		t := strings.TrimRight(ln, " ")
		if strings.HasSuffix(t, "-") && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && len(t) > 1 {
			b.WriteString(strings.TrimSuffix(t, "-"))
			continue
		}
		b.WriteString(ln)
		b.WriteByte('\n')
	}
	return b.String()
}

// recall is the share of ref's multiset found in ours, with the missing tokens.
func recall(ref, ours []string) (float64, []string) {
	have := map[string]int{}
	for _, t := range ours {
		have[t]++
	}
	hit := 0
	var missing []string
	for _, t := range ref {
		if have[t] > 0 {
			have[t]--
			hit++
		} else {
			missing = append(missing, t)
		}
	}
	return float64(hit) / float64(len(ref)), missing
}

var sourceExt = map[string]bool{".tex": true, ".xtx": true, ".yaml": true, ".json": true}

// sourceVocab returns the token set of the plain-text sources of a PDF.
func sourceVocab(dir, pdfPath string, all []os.DirEntry) map[string]bool {
	stem := strings.TrimSuffix(filepath.Base(pdfPath), ".pdf")
	var srcs []string
	for _, e := range all {
		name := e.Name()
		ext := filepath.Ext(name)
		if !sourceExt[ext] {
			continue
		}
		base := strings.TrimSuffix(name, ext)
		if base == stem || strings.HasPrefix(base, stem+"_") {
			srcs = append(srcs, name)
		}
	}
	if len(srcs) == 0 {
		prefix, _, ok := strings.Cut(stem, "_")
		if !ok {
			return nil
		}
		pdfs := 0
		for _, e := range all {
			if strings.HasPrefix(e.Name(), prefix+"_") && strings.HasSuffix(e.Name(), ".pdf") {
				pdfs++
			}
		}
		if pdfs != 1 {
			return nil
		}
		for _, e := range all {
			if strings.HasPrefix(e.Name(), prefix+"_") && sourceExt[filepath.Ext(e.Name())] {
				srcs = append(srcs, e.Name())
			}
		}
	}
	if len(srcs) == 0 {
		return nil
	}
	vocab := map[string]bool{}
	for _, s := range srcs {
		b, err := os.ReadFile(filepath.Join(dir, s))
		if err != nil {
			continue
		}
		for _, t := range tokens(string(b)) {
			vocab[t] = true
		}
	}
	return vocab
}

func inVocab(toks []string, vocab map[string]bool) float64 {
	if len(toks) == 0 {
		return 0
	}
	in := 0
	for _, t := range toks {
		if vocab[t] {
			in++
		}
	}
	return float64(in) / float64(len(toks))
}
