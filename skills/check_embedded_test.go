package skills

import "testing"

func TestEmbeddedCheckClean(t *testing.T) {
	ds := Check("vocab.toml", EmbeddedTOML())
	for _, d := range ds {
		t.Errorf("%s", d)
	}
	v := Default()
	t.Logf("skills=%d roles=%d", len(v.Skills), len(v.Roles))
	for _, r := range v.Roles {
		t.Logf("%s req=%d pref=%d", r.ID, len(r.Required), len(r.Preferred))
	}
}
