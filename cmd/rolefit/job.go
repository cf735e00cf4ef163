package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/rolefit/rolefit/posting"
)

// readPosting extracts a job posting (text, PDF or DOCX) and reads the
// skills it asks for.
func (a *app) readPosting(cmd *cobra.Command, path string) (*posting.Posting, error) {
	_, m, err := a.load()
	if err != nil {
		return nil, err
	}
	doc, err := a.extractOne(cmd, path, defaultTimeout, false)
	if err != nil {
		if ee, ok := err.(*exitError); ok {
			ee.code = exitUsage
			ee.msg = "job posting " + ee.msg
		}
		return nil, err
	}
	return posting.Parse(m, doc.Text), nil
}

func (a *app) jobCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "job POSTING",
		Short: "Show which skills rolefit reads from a job posting, and how each is classified",
		Long: `Read a job posting (text, PDF or DOCX) the way 'rolefit match --job' does and
show each skill found, whether the posting requires it or merely prefers it,
and the cue that decided ("Required qualifications", "nice to have", ...).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkListFormat(format); err != nil {
				return err
			}
			post, err := a.readPosting(cmd, args[0])
			if err != nil {
				return err
			}
			if format == "json" {
				return a.writeJSON(post)
			}
			if post.Title != "" {
				fmt.Fprintf(a.stdout, "%s\n\n", post.Title)
			}
			if len(post.Skills) == 0 {
				fmt.Fprintln(a.stdout, "no skills from the vocabulary were found in this posting")
				return nil
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "IMPORTANCE\tSKILL\tID\tLINE\tCUE")
			for _, s := range post.Skills {
				cue := s.Cue
				if cue == "" {
					cue = "(no cue: required by default)"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", s.Importance, s.Skill, s.ID, s.Line, cue)
			}
			return tw.Flush()
		},
	}
	listFormat(cmd, &format)
	return cmd
}
