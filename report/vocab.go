package report

import "github.com/rolefit/rolefit/skills"

// RolesOf lists a vocabulary's roles for Options.Roles, in the vocabulary's
// order.
func RolesOf(v *skills.Vocabulary) []RoleInfo {
	if v == nil {
		return nil
	}
	out := make([]RoleInfo, 0, len(v.Roles))
	for _, r := range v.Roles {
		out = append(out, RoleInfo{ID: r.ID, Title: r.Title, Description: r.Description})
	}
	return out
}

// CertsOf maps each skill with Closes to the names of the certifications
// that would close a gap in it, for Options.Certs. Unknown ids are shown as
// they are.
func CertsOf(v *skills.Vocabulary) map[string][]string {
	if v == nil {
		return nil
	}
	names := make(map[string]string, len(v.Skills))
	for _, s := range v.Skills {
		names[s.ID] = s.Name
	}
	out := map[string][]string{}
	for _, s := range v.Skills {
		for _, id := range s.Closes {
			n := names[id]
			if n == "" {
				n = id
			}
			out[s.ID] = append(out[s.ID], n)
		}
	}
	return out
}
