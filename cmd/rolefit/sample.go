package main

import (
	"bytes"
	_ "embed"
	"io"

	"github.com/spf13/cobra"
)

// sampleResume is a fictional one-page résumé, clearly a fit for the
// interoperability-engineer role, used by `make run` and the docs.
//
//go:embed sample/sample.md
var sampleResume []byte

func sampleReader() io.Reader { return bytes.NewReader(sampleResume) }

func (a *app) sampleCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "sample",
		Short: "Print the built-in fictional sample résumé (Markdown)",
		Long: `Print the built-in fictional sample résumé, to try rolefit on:

  rolefit sample > sample.md && rolefit match sample.md
  rolefit match --sample`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := a.stdout.Write(sampleResume)
			return err
		},
	}
}
