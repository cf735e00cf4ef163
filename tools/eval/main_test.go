package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring expected on stdout
		stderr string // substring expected on stderr
	}{
		{"table", []string{"-dir", "../../testdata/eval"}, 0, "| **overall** | 64 |", ""},
		{"verbose", []string{"-dir", "../../testdata/eval", "-v", "-asof", "none"}, 0, "as of none", ""},
		{"explain", []string{"-dir", "../../testdata/eval", "-explain", "off-05-barista"}, 0, "off-05-barista: in_domain=", ""},
		{"explain unknown", []string{"-dir", "../../testdata/eval", "-explain", "nobody"}, 1, "", `no résumé named "nobody"`},
		{"bad date", []string{"-dir", "../../testdata/eval", "-asof", "yesterday"}, 2, "", "-asof"},
		{"missing dir", []string{"-dir", "does-not-exist"}, 1, "", "eval set"},
		{"set flag", []string{"-set", "../../testdata/eval"}, 0, "| **overall** | 64 |", ""},
		{"missing set", []string{"-set", "does-not-exist"}, 1, "", "eval set"},
		{"bad flag", []string{"-nope"}, 2, "", "flag provided but not defined"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(tt.args, &out, &errb)
		if code != tt.code {
			t.Errorf("%s: exit %d, want %d (stderr %q)", tt.name, code, tt.code, errb.String())
		}
		if !strings.Contains(out.String(), tt.stdout) {
			t.Errorf("%s: stdout lacks %q", tt.name, tt.stdout)
		}
		if !strings.Contains(errb.String(), tt.stderr) {
			t.Errorf("%s: stderr %q lacks %q", tt.name, errb.String(), tt.stderr)
		}
	}
}
