package main

import (
	"io"
	"os"

	"golang.org/x/term"
)

// style adds ANSI colour when enabled: only on a terminal, never with
// NO_COLOR set, and --color always/never overrides.
type style struct{ on bool }

func newStyle(w io.Writer, mode string) style {
	switch mode {
	case "always":
		return style{true}
	case "never":
		return style{false}
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return style{false}
	}
	return style{isTerminal(w)}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (s style) wrap(code, t string) string {
	if !s.on {
		return t
	}
	return "\x1b[" + code + "m" + t + "\x1b[0m"
}

func (s style) bold(t string) string   { return s.wrap("1", t) }
func (s style) dim(t string) string    { return s.wrap("2", t) }
func (s style) red(t string) string    { return s.wrap("31", t) }
func (s style) green(t string) string  { return s.wrap("32", t) }
func (s style) yellow(t string) string { return s.wrap("33", t) }
func (s style) cyan(t string) string   { return s.wrap("36", t) }

func (s style) band(b string) string {
	switch b {
	case "strong":
		return s.green(b)
	case "good":
		return s.cyan(b)
	case "partial":
		return s.yellow(b)
	}
	return s.dim(b)
}
