package skills

import (
	"strings"
	"testing"

	"github.com/kljensen/snowball"
)

// everyday are words common in any résumé. The matcher compares forms by
// lower-case Snowball stems, so a one-word form whose stem equals the stem of
// one of these words would fire on ordinary prose ("OpTime" stems like
// "optimized", "Centricity" like "centric", "RESTful" like "rest"). Such
// names belong in `exact`, or in a longer phrase.
var everyday = []string{
	"optimized", "optimization", "capital", "virtual", "alerts", "explained", "rest", "plot", "fire",
	"centric", "cohesion", "stable", "stability", "implemented", "consulted", "consultation", "visual",
	"switched", "deadlines", "anonymity", "observations", "provisioned", "improved", "team", "access",
	"project", "excel", "excelled", "lead", "led", "managed", "manager", "management", "data", "analysis",
	"reporting", "reports", "support", "supported", "training", "trained", "testing", "tested", "care",
	"patients", "patient", "clinical", "health", "system", "systems", "build", "built", "designed",
	"developed", "worked", "work", "quality", "safety", "security", "network", "service", "services",
	"operations", "strategy", "strategic", "communication", "communicated", "documentation", "documented",
	"process", "processes", "program", "programs", "research", "review", "reviewed", "monitoring",
	"monitored", "integration", "integrated", "interface", "interfaces", "model", "models", "modeling",
	"record", "records", "policy", "policies", "planning", "plans", "scheduled", "schedule", "scheduling",
	"budget", "go", "epic", "spark", "word", "teams", "cloud", "engine", "consultant",
	"consulting", "governance", "assessment", "assessments", "audit", "audits", "compliance", "risk",
	"lean", "agile", "remedy", "purview", "soar", "stride", "iris", "ensemble", "bridges",
	"chronicles", "radar", "cadence", "beacon", "willow", "stork", "radiant", "prelude", "resolute",
	"tapestry", "haiku", "canto", "rover", "cupid", "beaker", "asap", "expanse", "magic", "sunrise",
	"paragon", "millennium", "discern", "access", "snowflake", "airflow", "tableau", "clarity",
	"storage", "containers", "capitated", "surveillance", "visualize", "observe", "virtualized",
	"protocol", "protocols", "restful", "focus", "forecast", "plotted", "fired", "firing",
}

func stem(w string) string {
	s, err := snowball.Stem(strings.ToLower(w), "english", false)
	if err != nil {
		return strings.ToLower(w)
	}
	return s
}

func TestFormsDoNotStemToEverydayWords(t *testing.T) {
	bad := map[string]string{}
	for _, w := range everyday {
		bad[stem(w)] = w
	}
	// Forms that are themselves deliberately generic nouns of the trade and
	// accepted on their own.
	allowed := map[string]bool{"budget": true, "budgets": true, "budgeting": true, "upgrade": true, "upgrades": true}
	for _, s := range Default().Skills {
		if len(s.Cues) > 0 {
			continue // cues guard every form of the skill
		}
		for _, f := range s.Forms {
			words := strings.Fields(f)
			if len(words) != 1 || allowed[strings.ToLower(f)] {
				continue
			}
			if w, ok := bad[stem(f)]; ok {
				t.Errorf("skill %q: form %q stems like the everyday word %q; make it exact or a longer phrase", s.ID, f, w)
			}
		}
	}
}
