package main

import (
	"bufio"
	"bytes"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// input is one file to score.
type input struct {
	path    string // path to read; "-" is standard input
	fromDir bool   // found by walking a directory: unreadable types are skipped, not errors
	name    string // shown instead of the path when set ("<stdin>", "<sample>")
}

// inputSpec gathers what names the files of a run.
type inputSpec struct {
	args      []string
	filesFrom string // file listing paths, "-" for stdin
	nul       bool   // the list is NUL-separated
	shard     shard
}

// shard selects the files whose path hash falls in shard K of N (1-based).
type shard struct{ k, n int }

func parseShard(s string) (shard, error) {
	if s == "" {
		return shard{1, 1}, nil
	}
	ks, ns, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(ks)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 1 || k > n {
		return shard{}, usageErrorf("K and N are whole numbers with 1 <= K <= N, e.g. --shard 3/8",
			"invalid --shard %q", s)
	}
	return shard{k, n}, nil
}

// has reports whether path belongs to this shard. The hash is FNV-1a of the
// path as given (cleaned), so every machine of a sharded run that sees the
// same list agrees on the split.
func (s shard) has(path string) bool {
	if s.n <= 1 {
		return true
	}
	h := fnv.New64a()
	io.WriteString(h, filepath.Clean(path))
	return int(h.Sum64()%uint64(s.n)) == s.k-1
}

// collectInputs expands operands and --files-from into the ordered,
// de-duplicated list of files to score. Directories are walked recursively
// in lexical order. Problems with an operand (a missing path) are not fatal:
// the path is kept so that it becomes that file's error.
func collectInputs(spec inputSpec, stdin io.Reader, note func(string)) ([]input, error) {
	var names []string
	names = append(names, spec.args...)
	if spec.filesFrom != "" {
		var r io.Reader
		if spec.filesFrom == "-" {
			r = stdin
		} else {
			f, err := os.Open(spec.filesFrom)
			if err != nil {
				return nil, usageErrorf("", "--files-from %s: %v", spec.filesFrom, unwrapPathError(err))
			}
			defer f.Close()
			r = f
		}
		list, err := readList(r, spec.nul)
		if err != nil {
			return nil, usageErrorf("", "--files-from %s: %v", spec.filesFrom, err)
		}
		names = append(names, list...)
	}
	stdinUsed := spec.filesFrom == "-"

	seen := make(map[string]bool)
	var out []input
	add := func(p string, fromDir bool) {
		key := p
		if p != "-" {
			if abs, err := filepath.Abs(p); err == nil {
				key = abs
			}
		}
		if seen[key] {
			return
		}
		seen[key] = true
		if p != "-" && !spec.shard.has(p) {
			return
		}
		out = append(out, input{path: p, fromDir: fromDir})
	}
	for _, name := range names {
		if name == "-" {
			if stdinUsed {
				return nil, usageErrorf("", "standard input cannot be both the file list and a résumé")
			}
			add("-", false)
			continue
		}
		fi, err := os.Stat(name)
		if err != nil || !fi.IsDir() {
			add(name, false) // errors are reported per file
			continue
		}
		err = filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				note(fmt.Sprintf("%s: %v (skipped)", p, unwrapPathError(err)))
				if d != nil && d.IsDir() && p != name {
					return fs.SkipDir
				}
				return nil
			}
			base := d.Name()
			if p != name && strings.HasPrefix(base, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				add(p, true)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// readList reads newline- or NUL-separated paths; blank entries are ignored
// and a trailing CR is dropped from newline-separated ones.
func readList(r io.Reader, nul bool) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	if nul {
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			if i := bytes.IndexByte(data, 0); i >= 0 {
				return i + 1, data[:i], nil
			}
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		})
	}
	var out []string
	for sc.Scan() {
		s := sc.Text()
		if !nul {
			s = strings.TrimSuffix(s, "\r")
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		out = append(out, s)
	}
	return out, sc.Err()
}
