package main

import (
	"errors"
	"fmt"
)

// Exit codes, documented in README.md and `rolefit --help`.
const (
	exitOK          = 0   // every file scored
	exitNotScored   = 1   // at least one file could not be scored
	exitUsage       = 2   // usage error
	exitInterrupted = 130 // interrupted (SIGINT/SIGTERM)
)

const exitCodesHelp = `Exit codes:
  0    every file scored
  1    at least one file could not be scored (the rest are still in the output)
  2    usage error (bad flag, bad vocabulary, nothing to read)
  130  interrupted`

// exitError carries an exit code and an optional one-line message and hint
// to print on stderr.
type exitError struct {
	code int
	msg  string
	hint string
}

func (e *exitError) Error() string { return e.msg }

func usageErrorf(hint, format string, args ...any) error {
	return &exitError{code: exitUsage, msg: fmt.Sprintf(format, args...), hint: hint}
}

// errNotScored is returned by commands that printed their own diagnostics
// and want exit code 1.
var errNotScored = &exitError{code: exitNotScored}

var errInterrupted = &exitError{code: exitInterrupted}

func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return exitUsage
}
