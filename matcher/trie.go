package matcher

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// trie is a phrase trie over interned key ids, stored flat: an edge is one
// map entry keyed by (parent node, key id). Node 0 is the root.
type trie struct {
	edges map[uint64]int32
	terms [][]int32 // payload indices ending at each node
	// clsKey are the key ids of the placeholders {n}, {people} and {w}
	// (-1 if unused); clsNode marks nodes with a placeholder child.
	clsKey  [nClasses]int32
	clsNode []bool
	// root holds the root's children by key id (child+1, 0 for none):
	// most walks end at the root, and a slice index is much cheaper than
	// a map lookup.
	root []int32
}

func newTrie() trie {
	return trie{edges: map[uint64]int32{}, terms: [][]int32{nil}, clsKey: [nClasses]int32{-1, -1, -1}}
}

// Word classes a form may name with a placeholder: "{n}" is a number ("12",
// "six", "10+"), "{people}" a plural noun for staff ("engineers",
// "analysts", "nurses") and "{w}" any one word. "lead {n} {people}" matches
// "lead 48 engineers" and "led six analysts".
const (
	clsNum uint8 = 1 << iota
	clsPeople
	clsWord
	nClasses = 3
)

// placeholders are the form spellings of the classes, in bit order, and
// the words they are rewritten to before tokenising.
var placeholders = [nClasses][2]string{{"{n}", "qqclsnumqq"}, {"{people}", "qqclspeopleqq"}, {"{w}", "qqclswordqq"}}

// markClasses records which nodes have a placeholder child (after all
// forms are added).
func (t *trie) markClasses() {
	t.clsNode = make([]bool, len(t.terms))
	for e := range t.edges {
		key := int32(uint32(e))
		for _, k := range t.clsKey {
			if k >= 0 && key == k {
				t.clsNode[int32(uint32(e>>32))] = true
			}
		}
	}
}

func edge(node, key int32) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(key)) }

func (t *trie) add(seq []int32, payload int32) {
	node := int32(0)
	for _, k := range seq {
		e := edge(node, k)
		next, ok := t.edges[e]
		if !ok {
			next = int32(len(t.terms))
			t.terms = append(t.terms, nil)
			t.edges[e] = next
		}
		node = next
	}
	for _, p := range t.terms[node] {
		if p == payload {
			return
		}
	}
	t.terms[node] = append(t.terms[node], payload)
}

func (t *trie) child(node, key int32) (int32, bool) {
	if key < 0 {
		return 0, false
	}
	if node == 0 && t.root != nil {
		if int(key) < len(t.root) {
			n := t.root[key]
			return n - 1, n > 0
		}
		return 0, false
	}
	n, ok := t.edges[edge(node, key)]
	return n, ok
}

// finish builds the root index; call it after the last add.
func (t *trie) finish() {
	maxKey := int32(-1)
	for e := range t.edges {
		if e>>32 == 0 && int32(uint32(e)) > maxKey {
			maxKey = int32(uint32(e))
		}
	}
	t.root = make([]int32, maxKey+1)
	for e, n := range t.edges {
		if e>>32 == 0 {
			t.root[int32(uint32(e))] = n + 1
		}
	}
}

// span is a trie match: tokens [start, end) ending at a node with payloads.
type span struct {
	start, end int32
	node       int32
	exact      bool // from the case-sensitive trie
}

// walk appends to out every phrase of t that starts at token i. exact
// selects case-sensitive ids; masked tokens stop a phrase when skipMasked.
// A phrase may use a chunk whole ("go-live") or its parts, never crosses a
// line and never crosses a list separator between chunks.
func (t *trie) walk(toks []token, i int, exact, skipMasked bool, out []span) []span {
	type frame struct {
		node int32
		i    int
	}
	var stackBuf [16]frame
	stack := append(stackBuf[:0], frame{0, i})
	line := toks[i].line
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.i >= len(toks) {
			continue
		}
		tk := &toks[f.i]
		if tk.line != line || (skipMasked && tk.has(fMasked)) {
			continue
		}
		if f.i > i && tk.nparts > 0 && tk.sepL != 0 &&
			!(tk.sepL == ',' && f.i == i+1 && toks[i].has(fDegree)) &&
			!((tk.sepL == '(' || tk.sepL == ')') && toks[i].has(fDegree)) {
			// "SQL, Server" is not "SQL Server"; "BSc, Mathematics" and
			// "B.E. (Computer Science)" and "BSc (Hons) Computing" are
			// degrees.
			continue
		}
		// Whole chunk.
		if tk.nparts > 1 && tk.nparts != 255 {
			id := tk.wkey
			if exact {
				id = tk.wexact
			}
			if n, ok := t.child(f.node, id); ok {
				end := f.i + int(tk.nparts)
				if len(t.terms[n]) > 0 {
					out = append(out, span{int32(i), int32(end), n, exact})
				}
				if len(stack) < cap(stackBuf) {
					stack = append(stack, frame{n, end})
				}
			}
		}
		if tk.cls != 0 && int(f.node) < len(t.clsNode) && t.clsNode[f.node] {
			for b := 0; b < nClasses; b++ {
				if tk.cls&(1<<b) == 0 {
					continue
				}
				if n, ok := t.child(f.node, t.clsKey[b]); ok {
					if len(t.terms[n]) > 0 {
						out = append(out, span{int32(i), int32(f.i + 1), n, exact})
					}
					if len(stack) < cap(stackBuf) {
						stack = append(stack, frame{n, f.i + 1})
					}
				}
			}
		}
		id := tk.key
		if exact {
			id = tk.exact
		}
		if n, ok := t.child(f.node, id); ok {
			if len(t.terms[n]) > 0 {
				out = append(out, span{int32(i), int32(f.i + 1), n, exact})
			}
			// "HL7/FHIR" lists alternatives: a phrase never runs on across
			// '/' part by part (forms with '/' match the whole chunk).
			if len(stack) < cap(stackBuf) && tk.joinR != '/' {
				stack = append(stack, frame{n, f.i + 1})
			}
		}
	}
	return out
}

// keyer interns stemmed keys. Stemming costs about half a microsecond a
// word, so lookups go through a read-only map of the vocabulary's own words
// and then a bounded shared cache of other words seen.
type keyer struct {
	ids      map[string]int32 // stemmed key -> id
	known    map[string]int32 // lower-case word -> key id (vocabulary words)
	exactIDs map[string]int32 // original text -> exact id
	cache    sync.Map         // lower-case word -> key id (-1 unknown)
	cached   atomic.Int64
}

// stemCacheMax bounds the shared stem cache (entries, about 100 bytes each).
const stemCacheMax = 200_000

func newKeyer(nForms int) *keyer {
	return &keyer{ids: make(map[string]int32, nForms/2), known: make(map[string]int32, nForms/2),
		exactIDs: map[string]int32{}}
}

// keyString is the matching key of a lower-case word: possessive dropped,
// letters-only words Snowball-stemmed, anything else kept as is ("hl7",
// "c++", ".net", "r&d").
func keyString(lower string) string {
	lower = strings.TrimSuffix(lower, "'s")
	if lower == "" {
		return lower
	}
	if a, ok := degreeAlias[lower]; ok {
		return a
	}
	for _, r := range lower {
		if !unicode.IsLetter(r) {
			return lower
		}
	}
	var st string
	if i, ok := slices.BinarySearch(stemWords, lower); ok {
		st = stemOf[i] // precomputed for the default vocabulary's words
	} else {
		st = english.Stem(lower, false)
	}
	if ableWord(lower) {
		// Snowball takes "explainable" and "explainability" to the verb's
		// stem; they stay adjectives here, so "explaining model results"
		// is not "explainable models" and "deliverables" not "deliver".
		st += "~able"
	}
	return st
}

// ableWord reports an -able/-ible adjective or its noun ("usable",
// "usability", "deliverables").
func ableWord(w string) bool {
	for _, suf := range [...]string{"able", "ables", "ably", "ability", "abilities", "ible", "ibles", "ibly", "ibility", "ibilities"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// wholeKeyString is the key of a whole chunk: hyphens are dropped so that
// "HL-7", "HL7", "C-CDA" and "CCDA" meet.
func wholeKeyString(lower string) string {
	if strings.IndexByte(lower, '-') >= 0 {
		lower = strings.ReplaceAll(lower, "-", "")
	}
	return keyString(lower)
}

// intern returns the id of a key, adding it (compile time only).
func (k *keyer) intern(key string) int32 { return internIn(k.ids, key) }

// internExact is intern for the original text of exact forms.
func (k *keyer) internExact(s string) int32 { return internIn(k.exactIDs, s) }

// internIn returns the id of s in ids, numbering new strings in order.
func internIn(ids map[string]int32, s string) int32 {
	if id, ok := ids[s]; ok {
		return id
	}
	id := int32(len(ids))
	ids[s] = id
	return id
}

// learn records a vocabulary word's key (compile time only).
func (k *keyer) learn(lower string, whole bool) int32 {
	if id, ok := k.known[lower]; ok {
		return id // each distinct word is stemmed once
	}
	var ks string
	if whole {
		ks = wholeKeyString(lower)
	} else {
		ks = keyString(lower)
	}
	id := k.intern(ks)
	k.known[lower] = id
	return id
}

// lookup returns the key id of a lower-case word of the text, or -1.
func (k *keyer) lookup(lower string, whole bool) int32 {
	if id, ok := k.known[lower]; ok {
		return id
	}
	if v, ok := k.cache.Load(lower); ok {
		return v.(int32)
	}
	var ks string
	if whole {
		ks = wholeKeyString(lower)
	} else {
		ks = keyString(lower)
	}
	id, ok := k.ids[ks]
	if !ok {
		id = -1
	}
	if k.cached.Load() < stemCacheMax {
		k.cached.Add(1)
		k.cache.Store(strings.Clone(lower), id)
	}
	return id
}

// exactID returns the exact-form id of original text, or -1.
func (k *keyer) exactID(s string) int32 {
	if id, ok := k.exactIDs[s]; ok {
		return id
	}
	return -1
}

// degreeAlias folds the spellings of a degree abbreviation into one key, so
// "B.S.", "BSc" and "B.Sc." meet a form written "BS", and "M.S.", "MSc"
// meet "MS".
var degreeAlias = map[string]string{
	"b.s": "bs", "bsc": "bs", "b.sc": "bs", "m.s": "ms", "msc": "ms", "m.sc": "ms",
	"b.a": "ba", "m.a": "ma", "ph.d": "phd", "b.s.n": "bsn", "m.s.n": "msn",
	"m.b.a": "mba", "m.p.h": "mph", "m.h.a": "mha", "b.eng": "beng", "m.eng": "meng",
	"b.tech": "btech", "m.tech": "mtech", "a.a.s": "aas", "b.b.a": "bba",
	"b.e": "beng", "m.e": "meng", "b.a.sc": "basc", "m.a.sc": "masc",
}

// degreeAbbrevs are the keys of degree abbreviations: a comma after one
// ("BSc, Mathematics") does not break a degree phrase, and a degree form
// "BS Statistics" also matches "BS in Statistics" (and the reverse).
var degreeAbbrevs = map[string]bool{
	"bs": true, "ms": true, "ba": true, "ma": true, "phd": true, "bsn": true, "msn": true, "mba": true,
	"mph": true, "mha": true, "beng": true, "meng": true, "btech": true, "mtech": true, "aas": true,
	"bba": true, "basc": true, "masc": true, "mhi": true, "mhim": true, "mhsa": true, "dnp": true, "mpa": true, "mis": true,
}
