package skills

import (
	"bytes"
	"reflect"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to Load and Check. Neither may panic;
// Check must report an error whenever Load fails; and whatever Load accepts
// must survive Export and Load again unchanged.
func FuzzLoad(f *testing.F) {
	f.Add([]byte("name = \"t\"\nversion = \"1\"\n[[skill]]\nid = \"a\"\nname = \"A\"\nkind = \"skill\"\nforms = [\"alpha\"]\n[[role]]\nid = \"r\"\ntitle = \"R\"\n[role.required]\na = 3\n"))
	f.Add([]byte("name = \"t\"\n[[role]]\nid = \"r\"\ntitle = \"R\"\nrequired = { a = 9 }\n"))
	f.Add([]byte("[[skill]\n"))
	f.Add([]byte("name = \"\"\"\nmulti\nline\"\"\"\n[[skill]]\nid = 'x'\nforms = ['a', \"b\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ds := Check("fuzz.toml", data)
		v, err := Load("fuzz.toml", data)
		if err != nil {
			if !ds.HasErrors() {
				t.Fatalf("Load failed but Check found no error: %v", err)
			}
			return
		}
		if ds.HasErrors() {
			t.Fatalf("Load succeeded but Check found errors: %v", ds)
		}
		for _, d := range ds {
			if d.Line < 1 || d.Col < 1 {
				t.Fatalf("bad position: %s", d)
			}
		}
		var buf bytes.Buffer
		if err := Export(&buf, v); err != nil {
			t.Fatal(err)
		}
		w, err := Load("again.toml", buf.Bytes())
		if err != nil {
			t.Fatalf("exported vocabulary does not load: %v\n%s", err, buf.String())
		}
		if w.Name != v.Name || w.Version != v.Version || !reflect.DeepEqual(w.Skills, v.Skills) || !reflect.DeepEqual(w.Roles, v.Roles) {
			t.Fatalf("round trip changed the vocabulary\n%s", buf.String())
		}
	})
}
