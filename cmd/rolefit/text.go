package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/rolefit/rolefit/extract"
)

func (a *app) textCmd() *cobra.Command {
	var layout, numbers bool
	var timeout = defaultTimeout
	cmd := &cobra.Command{
		Use:   "text FILE|-",
		Short: "Print the extracted text exactly as the matcher sees it",
		Long: `Print the text rolefit extracted from a résumé, exactly as the matcher sees
it, so you can see why a skill was or was not found. It writes only to
stdout, only when asked. --layout shows the detected columns and line
numbers (the numbers that evidence lines refer to).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			doc, err := a.extractOne(cmd, args[0], timeout, layout)
			if err != nil {
				return err
			}
			if layout && doc.Layout != "" {
				_, err = io.WriteString(a.stdout, doc.Layout)
				return err
			}
			if layout || numbers {
				for i, line := range strings.Split(doc.Text, "\n") {
					fmt.Fprintf(a.stdout, "%4d  %s\n", i+1, line)
				}
				return nil
			}
			_, err = io.WriteString(a.stdout, strings.TrimRight(doc.Text, "\n")+"\n")
			return err
		},
	}
	cmd.Flags().BoolVar(&layout, "layout", false, "show detected columns and line numbers")
	cmd.Flags().BoolVarP(&numbers, "line-numbers", "n", false, "prefix each line with its number")
	cmd.Flags().DurationVar(&timeout, "timeout", defaultTimeout, "time limit for extracting the file")
	return cmd
}

// extractOne reads and extracts one file (isolated for binary formats) and
// turns a failure into a one-line error with its hint.
func (a *app) extractOne(cmd *cobra.Command, path string, timeout time.Duration, layout bool) (*extract.Document, error) {
	p, err := newProcessor(nil, nil, a.stdin, 1, timeout)
	if err != nil {
		return nil, err
	}
	defer p.Close()
	p.opts.Layout = layout
	doc, err := p.extract(cmd.Context(), input{path: path})
	if err != nil {
		xe := asExtractError(err)
		name := path
		if path == "-" {
			name = "<stdin>"
		}
		return nil, &exitError{code: exitNotScored, msg: name + ": " + xe.Msg, hint: xe.Hint}
	}
	return doc, nil
}
