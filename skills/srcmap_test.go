package skills

import "testing"

func TestSrcMapPositions(t *testing.T) {
	src := "name = \"x\" # comment with = sign\n" + // 1
		"\n" + // 2
		"[[skill]]\n" + // 3
		"id = \"a\"\n" + // 4
		"forms = [\n" + // 5
		"  \"alpha\", \"id = fake\",\n" + // 6
		"  'beta',\n" + // 7
		"]\n" + // 8
		"note = \"\"\"\n" + // 9
		"kind = not a key\n" + // 10
		"\"\"\"\n" + // 11
		"  [[skill]]   # second\n" + // 12
		"\t\"id\" = \"b\"\n" + // 13
		"[[role]]\n" + // 14
		"id = \"r\"\n" + // 15
		"[role.required]\n" + // 16
		"a = 5\n" + // 17
		"  \"b\" = 3\n" + // 18
		"[[role]]\n" + // 19
		"id = \"s\"\n" + // 20
		"required.a = 2\n" // 21
	m := newSrcMap(src)
	tests := []struct {
		name      string
		got       func() (int, int, bool)
		line, col int
	}{
		{"top key", func() (int, int, bool) { return m.key("", -1, "name") }, 1, 1},
		{"skill 0 id", func() (int, int, bool) { return m.key("skill", 0, "id") }, 4, 1},
		{"string item", func() (int, int, bool) { return m.value("skill", 0, "forms", "alpha") }, 6, 3},
		{"literal string item", func() (int, int, bool) { return m.value("skill", 0, "forms", "beta") }, 7, 3},
		{"quoted key", func() (int, int, bool) { return m.key("skill", 1, "id") }, 13, 2},
		{"indented header", func() (int, int, bool) { return m.header("skill", 1) }, 12, 3},
		{"role sub-table key", func() (int, int, bool) { return m.key("role.required", 0, "a") }, 17, 1},
		{"quoted sub-table key", func() (int, int, bool) { return m.key("role.required", 0, "b") }, 18, 3},
		{"dotted key", func() (int, int, bool) { return m.key("role", 1, "required.a") }, 21, 1},
		{"second role header", func() (int, int, bool) { return m.header("role", 1) }, 19, 1},
	}
	for _, tt := range tests {
		l, c, ok := tt.got()
		if !ok || l != tt.line || c != tt.col {
			t.Errorf("%s: got %d:%d (%v), want %d:%d", tt.name, l, c, ok, tt.line, tt.col)
		}
	}
	// Text inside arrays and multi-line strings is never a key.
	for _, k := range m.keys {
		if k.line == 6 || k.line == 10 {
			t.Errorf("value text at line %d taken for key %q", k.line, k.key)
		}
	}
	if _, _, ok := m.key("skill", 0, "kind"); ok {
		t.Error("key inside a multi-line string was recorded")
	}
}
