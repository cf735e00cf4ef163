package skills

import (
	"strings"
)

// Positions for diagnostics.
//
// BurntSushi/toml reports positions only for syntax errors; its MetaData does
// not expose where a key or value was written. Validation messages still need
// file:line:col positions, so once the document has parsed successfully we
// scan the source text a second time with a deliberately small, line-oriented
// scanner (srcMap). It understands just enough TOML to be reliable on any
// file the real parser accepted:
//
//   - table headers "[name]" and array-of-tables headers "[[name]]", so every
//     key is attributed to a table path ("skill", "role", "role.required") and
//     to the index of the enclosing [[skill]] or [[role]] element;
//   - "key = value" lines, with bare, quoted or dotted keys;
//   - values that span lines (arrays, inline tables, multi-line strings), by
//     tracking bracket depth outside strings, so text inside values is never
//     mistaken for a key.
//
// A position is then found by (table, element index, key) for keys, and by
// searching the value's lines for the quoted string for list items such as a
// surface form. When a lookup fails (for example a file written with inline
// tables), the diagnostic falls back to the element's header line, or 1:1.
type srcMap struct {
	lines   []string
	keys    []srcKey
	headers []srcHeader
}

// srcKey is one "key = value" occurrence.
type srcKey struct {
	table   string // table path of the enclosing header, "" at top level
	index   int    // index of the enclosing [[skill]]/[[role]] element, -1 if none
	key     string // key as written, unquoted (dotted keys joined with ".")
	line    int    // 1-based line of the key
	col     int    // 1-based column of the key
	endLine int    // last line of the value
}

// srcHeader is one table or array-of-tables header.
type srcHeader struct {
	table string
	index int
	line  int
	col   int
}

func newSrcMap(src string) *srcMap {
	m := &srcMap{lines: strings.Split(src, "\n")}
	counts := map[string]int{} // array-of-tables name -> elements seen
	curTable, curIndex := "", -1
	depth := 0    // open [ or { inside a value
	inML := ""    // open multi-line string delimiter
	lastKey := -1 // index into m.keys of the key whose value is open
	for i, raw := range m.lines {
		ln := i + 1
		line := strings.TrimSuffix(raw, "\r")
		if depth > 0 || inML != "" {
			depth, inML = scanValue(line, 0, depth, inML)
			if lastKey >= 0 {
				m.keys[lastKey].endLine = ln
			}
			continue
		}
		trim := strings.TrimLeft(line, " \t")
		indent := len(line) - len(trim)
		switch {
		case trim == "" || trim[0] == '#':
			continue
		case strings.HasPrefix(trim, "[["):
			name := headerName(trim[2:], "]]")
			counts[name]++
			curTable, curIndex = name, counts[name]-1
			m.headers = append(m.headers, srcHeader{name, curIndex, ln, indent + 1})
			lastKey = -1
			continue
		case trim[0] == '[':
			name := headerName(trim[1:], "]")
			curTable = name
			// A sub-table of an array element ([role.required]) belongs to
			// the latest element of its parent array.
			curIndex = -1
			for p := name; p != ""; {
				if n, ok := counts[p]; ok {
					curIndex = n - 1
					break
				}
				dot := strings.LastIndexByte(p, '.')
				if dot < 0 {
					break
				}
				p = p[:dot]
			}
			m.headers = append(m.headers, srcHeader{name, curIndex, ln, indent + 1})
			lastKey = -1
			continue
		}
		eq := keyEnd(trim)
		if eq < 0 {
			continue
		}
		key := unquoteKey(strings.TrimSpace(trim[:eq]))
		m.keys = append(m.keys, srcKey{curTable, curIndex, key, ln, indent + 1, ln})
		lastKey = len(m.keys) - 1
		depth, inML = scanValue(line, indent+eq+1, 0, "")
	}
	return m
}

// headerName extracts "a.b" from `a.b]] # comment`, removing quotes and
// spaces around dots.
func headerName(s, closer string) string {
	if i := strings.Index(s, closer); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = unquoteKey(strings.TrimSpace(p))
	}
	return strings.Join(parts, ".")
}

// keyEnd returns the index of the '=' that ends the key on a key/value line,
// skipping quoted key parts, or -1.
func keyEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'':
			q := s[i]
			for i++; i < len(s) && s[i] != q; i++ {
				if q == '"' && s[i] == '\\' {
					i++
				}
			}
		case '=':
			return i
		case '#':
			return -1
		}
	}
	return -1
}

// unquoteKey removes the quotes of a quoted key (escapes are rare in keys and
// kept verbatim) and normalises dotted keys.
func unquoteKey(k string) string {
	if strings.ContainsRune(k, '.') && !strings.HasPrefix(k, `"`) && !strings.HasPrefix(k, "'") {
		parts := strings.Split(k, ".")
		for i, p := range parts {
			parts[i] = unquoteKey(strings.TrimSpace(p))
		}
		return strings.Join(parts, ".")
	}
	if len(k) >= 2 && (k[0] == '"' || k[0] == '\'') && k[len(k)-1] == k[0] {
		return k[1 : len(k)-1]
	}
	return k
}

// scanValue scans line from byte offset start, updating the bracket depth
// and the open multi-line string delimiter, ignoring brackets inside strings
// and comments.
func scanValue(line string, start, depth int, inML string) (int, string) {
	i := start
	for i < len(line) {
		if inML != "" {
			j := strings.Index(line[i:], inML)
			if j < 0 {
				return depth, inML
			}
			// A backslash before the closing """ escapes only one quote;
			// such files are rare enough to ignore here.
			i += j + len(inML)
			inML = ""
			continue
		}
		c := line[i]
		switch {
		case strings.HasPrefix(line[i:], `"""`):
			inML = `"""`
			i += 3
			continue
		case strings.HasPrefix(line[i:], "'''"):
			inML = "'''"
			i += 3
			continue
		case c == '"' || c == '\'':
			for i++; i < len(line) && line[i] != c; i++ {
				if c == '"' && line[i] == '\\' {
					i++
				}
			}
		case c == '#':
			return depth, inML
		case c == '[' || c == '{':
			depth++
		case c == ']' || c == '}':
			if depth > 0 {
				depth--
			}
		}
		i++
	}
	return depth, inML
}

// key finds the position of key in the given table element.
func (m *srcMap) key(table string, index int, key string) (int, int, bool) {
	for _, k := range m.keys {
		if k.table == table && k.index == index && k.key == key {
			return k.line, k.col, true
		}
	}
	return 0, 0, false
}

// header finds the position of the header of the given table element.
func (m *srcMap) header(table string, index int) (int, int, bool) {
	for _, h := range m.headers {
		if h.table == table && h.index == index {
			return h.line, h.col, true
		}
	}
	return 0, 0, false
}

// value finds the position of the string item s within the value of key in
// the given table element (the opening quote), falling back to the key.
func (m *srcMap) value(table string, index int, key, s string) (int, int, bool) {
	for _, k := range m.keys {
		if k.table != table || k.index != index || k.key != key {
			continue
		}
		for _, q := range []string{quoteTOML(s), "'" + s + "'"} {
			for ln := k.line; ln <= k.endLine && ln <= len(m.lines); ln++ {
				text := m.lines[ln-1]
				from := 0
				if ln == k.line {
					from = k.col - 1 + len(k.key)
				}
				if from > len(text) {
					continue
				}
				if j := strings.Index(text[from:], q); j >= 0 {
					return ln, from + j + 1, true
				}
			}
		}
		return k.line, k.col, true
	}
	return 0, 0, false
}

// elementPos returns the best position for a table element: its header, or
// 1:1.
func (m *srcMap) elementPos(table string, index int) (int, int) {
	if l, c, ok := m.header(table, index); ok {
		return l, c
	}
	return 1, 1
}

// keyPos returns the position of a key, else of its element.
func (m *srcMap) keyPos(table string, index int, key string) (int, int) {
	if l, c, ok := m.key(table, index, key); ok {
		return l, c
	}
	return m.elementPos(table, index)
}

// valuePos returns the position of a string item, else of its key or element.
func (m *srcMap) valuePos(table string, index int, key, s string) (int, int) {
	if l, c, ok := m.value(table, index, key, s); ok {
		return l, c
	}
	return m.elementPos(table, index)
}

// namePositions returns where name is written under the table path parent
// ("" at the top level): as a key ("Name = ...", "Name.x = ...") or in a
// table header ("[[Skill]]", "[role.Required]").
func (m *srcMap) namePositions(parent, name string) [][2]int {
	full := name
	if parent != "" {
		full = parent + "." + name
	}
	under := func(s, n string) bool { return s == n || strings.HasPrefix(s, n+".") }
	var at [][2]int
	for _, sk := range m.keys {
		if sk.table == parent && under(sk.key, name) {
			at = append(at, [2]int{sk.line, sk.col})
		}
	}
	for _, h := range m.headers {
		if under(h.table, full) {
			at = append(at, [2]int{h.line, h.col})
		}
	}
	return at
}
