package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/rolefit/rolefit/skills"
)

func (a *app) vocabCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "vocab",
		Short: "Export or check a vocabulary that staff can adapt",
		Long: `rolefit's vocabulary (skills, their surface forms, roles and weights) is a
commented TOML file. Export it, edit it, check it, then use it with --vocab
FILE or ROLEFIT_VOCAB=FILE for every command:

  rolefit vocab export > vocab.toml
  rolefit vocab check vocab.toml
  rolefit --vocab vocab.toml match resume.pdf`,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "export",
		Short: "Write the vocabulary in use as commented TOML to stdout",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := a.vocabulary()
			if err != nil {
				return err
			}
			if a.vocabPath == "" {
				_, err = a.stdout.Write(skills.EmbeddedTOML())
				return err
			}
			return skills.Export(a.stdout, v)
		},
	}, &cobra.Command{
		Use:   "check FILE",
		Short: "Report every mistake in a vocabulary file, with file:line:column and a hint",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return usageErrorf("", "%s: %v", args[0], unwrapPathError(err))
			}
			diags := skills.Check(args[0], data)
			nerr, nwarn := 0, 0
			for _, d := range diags {
				if d.Severity == "error" {
					nerr++
				} else {
					nwarn++
				}
			}
			if len(diags) > 0 {
				fmt.Fprintln(a.stderr, diags.Error())
			}
			if nerr > 0 {
				fmt.Fprintf(a.stderr, "rolefit: %s: %d error(s), %d warning(s)\n", args[0], nerr, nwarn)
				return &exitError{code: exitNotScored}
			}
			v, err := skills.Load(args[0], data)
			if err != nil {
				var d skills.Diagnostics
				if errors.As(err, &d) {
					return &exitError{code: exitNotScored}
				}
				return usageErrorf("", "%s: %v", args[0], err)
			}
			fmt.Fprintf(a.stdout, "%s: ok: %d skills, %d roles, %d warning(s)\n", args[0], len(v.Skills), len(v.Roles), nwarn)
			return nil
		},
	})
	return cmd
}
