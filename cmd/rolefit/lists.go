package main

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/rolefit/rolefit/skills"
)

func listFormat(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVarP(p, "format", "f", "text", "output format: text or json")
}

func checkListFormat(f string) error {
	if f != "text" && f != "json" {
		return usageErrorf("use text or json", "unknown --format %q", f)
	}
	return nil
}

func (a *app) writeJSON(v any) error {
	b, err := marshal(v, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = a.stdout.Write(b)
	return err
}

func (a *app) rolesCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "roles",
		Short: "List the roles rolefit scores against",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkListFormat(format); err != nil {
				return err
			}
			v, err := a.vocabulary()
			if err != nil {
				return err
			}
			if format == "json" {
				type role struct {
					ID          string `json:"id"`
					Title       string `json:"title"`
					Description string `json:"description"`
					ONet        string `json:"onet,omitempty"`
					Required    int    `json:"required_skills"`
					Preferred   int    `json:"preferred_skills"`
				}
				out := make([]role, 0, len(v.Roles))
				for _, r := range v.Roles {
					out = append(out, role{r.ID, r.Title, r.Description, r.ONet, len(r.Required), len(r.Preferred)})
				}
				return a.writeJSON(out)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tTITLE\tDESCRIPTION")
			for _, r := range v.Roles {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Title, r.Description)
			}
			return tw.Flush()
		},
	}
	listFormat(cmd, &format)
	return cmd
}

type skillUse struct {
	Role       string `json:"role"`
	Importance string `json:"importance"`
	Weight     int    `json:"weight"`
}

type skillInfo struct {
	ID    string     `json:"id"`
	Name  string     `json:"name"`
	Kind  string     `json:"kind"`
	Forms []string   `json:"forms"`
	Exact []string   `json:"exact,omitempty"`
	Cues  []string   `json:"cues,omitempty"`
	Roles []skillUse `json:"roles"`
}

func skillTable(v *skills.Vocabulary) []skillInfo {
	uses := map[string][]skillUse{}
	for _, r := range v.Roles {
		for _, w := range r.Required {
			uses[w.Skill] = append(uses[w.Skill], skillUse{r.ID, "required", w.Weight})
		}
		for _, w := range r.Preferred {
			uses[w.Skill] = append(uses[w.Skill], skillUse{r.ID, "preferred", w.Weight})
		}
	}
	out := make([]skillInfo, 0, len(v.Skills))
	for _, s := range v.Skills {
		u := uses[s.ID]
		if u == nil {
			u = []skillUse{}
		}
		out = append(out, skillInfo{s.ID, s.Name, s.Kind, s.Forms, s.Exact, s.Cues, u})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (a *app) skillsCmd() *cobra.Command {
	var format, role string
	cmd := &cobra.Command{
		Use:   "skills",
		Short: "List the vocabulary: every skill, its surface forms and the roles that use it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkListFormat(format); err != nil {
				return err
			}
			v, err := a.vocabulary()
			if err != nil {
				return err
			}
			table := skillTable(v)
			if role != "" {
				if _, ok := v.Role(role); !ok {
					return usageErrorf("run 'rolefit roles' to list the role ids", "unknown role %q", role)
				}
				var kept []skillInfo
				for _, s := range table {
					for _, u := range s.Roles {
						if u.Role == role {
							kept = append(kept, s)
							break
						}
					}
				}
				table = kept
			}
			if format == "json" {
				return a.writeJSON(table)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tFORMS\tROLES")
			for _, s := range table {
				forms := append(append([]string(nil), s.Forms...), s.Exact...)
				var rs []string
				for _, u := range s.Roles {
					rs = append(rs, fmt.Sprintf("%s(%s %d)", u.Role, u.Importance[:3], u.Weight))
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", s.ID, s.Name, strings.Join(forms, ", "), strings.Join(rs, " "))
			}
			return tw.Flush()
		},
	}
	listFormat(cmd, &format)
	cmd.Flags().StringVar(&role, "role", "", "only the skills of this role")
	return cmd
}
