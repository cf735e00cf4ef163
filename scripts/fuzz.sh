#!/usr/bin/env bash
# Runs every fuzz target of the module for the given time (default 4s) on
# top of its committed seed corpus. Used by `make test` (briefly) and
# `make fuzz` (longer).
set -euo pipefail
t="${1:-4s}"
for pkg in $(go list ./...); do
	dir=$(go list -f '{{.Dir}}' "$pkg")
	targets=$(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u || true)
	for f in $targets; do
		echo "fuzz $pkg $f ($t)"
		go test -run '^$' -fuzz "^${f}\$" -fuzztime "$t" "$pkg" >/tmp/rolefit-fuzz.log 2>&1 || { cat /tmp/rolefit-fuzz.log; exit 1; }
	done
done
