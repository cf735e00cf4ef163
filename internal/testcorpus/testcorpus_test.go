package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(filepath.Join(root, "shared", "corpus", "set1"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(deep)
	if got, want := Find("set1"), filepath.Join(root, "shared", "corpus", "set1"); got != want {
		t.Errorf("Find(set1) = %q, want %q", got, want)
	}
	if got := Find("nosuch"); got != "" {
		t.Errorf("Find(nosuch) = %q, want empty", got)
	}
}
