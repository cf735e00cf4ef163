// Command rolefit scores résumés against eleven health-informatics careers
// and explains the result: the skills found, the résumé line that proves
// each, and what is missing, most important first.
//
// Exit codes: 0 every file scored, 1 at least one file could not be scored
// (the rest are still in the output), 2 usage error, 130 interrupted.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
