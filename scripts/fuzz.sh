#!/usr/bin/env bash
# Runs every fuzz target of the module for the given time (default 4s) on
# top of its committed seed corpus. Used by `make test` (briefly) and
# `make fuzz` (longer).
#
# New inputs are minimised for at most 10 executions: the default (60 s of
# minimising) can outlast a short -fuzztime, and Go then fails the run with a
# bare "context deadline exceeded" although no input failed. Such a run, and
# only such a run (a real failure writes its input under testdata/fuzz), is
# tried once more.
set -euo pipefail
t="${1:-4s}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for pkg in $(go list ./...); do
	dir=$(go list -f '{{.Dir}}' "$pkg")
	targets=$(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u || true)
	for f in $targets; do
		echo "fuzz $pkg $f ($t)"
		for try in 1 2; do
			if go test -run '^$' -fuzz "^${f}\$" -fuzztime "$t" -fuzzminimizetime 10x "$pkg" >"$log" 2>&1; then
				break
			fi
			if [ "$try" = 1 ] && grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log"; then
				echo "  (fuzzing engine timed out without a failing input; trying again)"
				continue
			fi
			cat "$log"
			exit 1
		done
	done
done
