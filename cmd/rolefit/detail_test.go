package main

import (
	"bufio"
	"strings"
	"testing"

	"github.com/rolefit/rolefit/matcher"
)

// TestRoleDetailExplainsAdjustments checks that the text detail of a role
// says when its score was capped or raised by the job-title bonus.
func TestRoleDetailExplainsAdjustments(t *testing.T) {
	tests := []struct {
		name string
		role matcher.RoleScore
		want string // a line the detail must hold; "" for neither note
	}{
		{"capped", matcher.RoleScore{ID: "r", Title: "R", Score: matcher.CappedScore, Band: "partial", Capped: true},
			"Capped at 44: under 20% of the required skills' weight is shown"},
		{"titled", matcher.RoleScore{ID: "r", Title: "R", Score: 80, Band: "strong", Titled: true},
			"Includes 3 points because the latest job title names this role"},
		{"plain", matcher.RoleScore{ID: "r", Title: "R", Score: 80, Band: "strong"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			s := &detailSink{w: bufio.NewWriter(&b)}
			s.roleDetail(tt.role, false)
			if err := s.w.Flush(); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			hasNote := strings.Contains(out, "Capped at") || strings.Contains(out, "Includes ")
			if tt.want == "" && hasNote || tt.want != "" && !strings.Contains(out, tt.want) {
				t.Errorf("detail:\n%s\nwant a line %q", out, tt.want)
			}
		})
	}
}
