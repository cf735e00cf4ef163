package layout

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

const softHyphen = "\u00ad"

// Prefixes that form open compounds: "self-⏎service" keeps its hyphen.
var compoundPrefix = map[string]bool{
	"self": true, "cross": true, "well": true, "full": true, "part": true, "smart": true,
	"long": true, "short": true, "high": true, "low": true, "real": true,
	"end": true, "e": false, "non": true, "multi": false, "co": false,
	"evidence": true, "patient": true, "data": true, "user": true,
	"client": true, "value": true, "role": true, "risk": true, "cost": true,
	"time": true, "mid": true, "post": false, "pre": false, "front": true,
	"back": true, "open": true, "one": true, "two": true, "three": true,
	"first": true, "second": true, "third": true, "top": true, "large": true,
	"small": true, "world": true, "team": true, "hands": true, "fast": true,
	"up": true, "in": true, "on": true, "off": true, "out": true,
	"health": true, "cloud": true, "state": true, "award": true, "best": true,
	"go": true,
}

// Second parts that form compounds: "data-⏎driven" keeps its hyphen.
var compoundSuffix = map[string]bool{
	"based": true, "driven": true, "level": true, "facing": true,
	"related": true, "oriented": true, "focused": true, "term": true,
	"scale": true, "wide": true, "specific": true, "centric": true,
	"centered": true, "centred": true, "making": true, "time": true,
	"friendly": true, "aware": true, "ready": true, "free": true,
	"led": true, "owned": true, "enabled": true, "certified": true,
	"funded": true, "sponsored": true, "winning": true, "end": true,
	"to": true, "of": true, "and": true, "up": true, "on": true,
	"in": true, "out": true, "off": true, "over": true, "the": true,
	"house": true, "site": true, "source": true, "solving": true,
	"service": true, "care": true, "depth": true, "known": true,
	"world": true, "class": true, "stage": true, "year": true, "live": true,
	"month": true, "week": true, "day": true, "hour": true,
}

// dehyphenate joins a word hyphenated at the end of a line with its rest at
// the start of the next line of the same block, when that rest starts with
// a lower-case letter, or when both parts are capitalised ("Scikit-Learn",
// hyphen kept). The hyphen is kept for compounds (digits or
// capitals before it, "HL7-based"; known compound parts, "self-service",
// "data-driven") and dropped otherwise ("inter-⏎operability"). A soft
// hyphen at a line end always joins; soft hyphens elsewhere are removed.
func dehyphenate(ls []Line) []Line {
	for i := 0; i+1 < len(ls); i++ {
		a, b := &ls[i], &ls[i+1]
		if a.Block != b.Block || a.Column != b.Column {
			continue
		}
		soft := strings.HasSuffix(a.Text, softHyphen)
		hard := strings.HasSuffix(a.Text, "-") || strings.HasSuffix(a.Text, "\u2010")
		if !soft && !hard {
			continue
		}
		_, hl := utf8.DecodeLastRuneInString(a.Text)
		head := a.Text[:len(a.Text)-hl]
		// The word before the hyphen.
		sp := strings.LastIndexByte(head, ' ')
		prefix := head[sp+1:]
		pr, _ := utf8.DecodeLastRuneInString(prefix)
		if prefix == "" || !unicode.IsLetter(pr) && !unicode.IsDigit(pr) {
			continue
		}
		rest := strings.TrimLeft(b.Text, " ")
		nsp := strings.IndexByte(rest, ' ')
		next := rest
		if nsp >= 0 {
			next = rest[:nsp]
		}
		nr, _ := utf8.DecodeRuneInString(next)
		if next == "" || !unicode.IsLetter(nr) && !unicode.IsDigit(nr) {
			continue
		}
		keep := false
		if hard {
			fr, _ := utf8.DecodeRuneInString(prefix)
			switch {
			case unicode.IsLower(nr):
				keep = keepHyphen(prefix, next)
			case unicode.IsUpper(fr) || unicode.IsDigit(fr):
				// A capitalised compound: "Scikit-⏎Learn", "COVID-⏎19".
				keep = true
			default:
				continue
			}
		} else if !unicode.IsLetter(nr) {
			continue
		}
		joined := prefix
		if keep {
			joined += "-"
		}
		joined += next
		a.Text = head[:sp+1] + joined
		if nsp >= 0 {
			b.Text = strings.TrimLeft(rest[nsp:], " ")
		} else {
			b.Text = ""
		}
	}
	out := ls[:0]
	for _, l := range ls {
		l.Text = strings.TrimSpace(strings.ReplaceAll(l.Text, softHyphen, ""))
		if l.Text != "" {
			out = append(out, l)
		}
	}
	return out
}

func keepHyphen(prefix, next string) bool {
	upper, digit := 0, 0
	for _, r := range prefix {
		switch {
		case unicode.IsDigit(r):
			digit++
		case unicode.IsUpper(r):
			upper++
		}
	}
	if digit > 0 || upper >= 2 || strings.ContainsAny(prefix, "-/") {
		return true
	}
	p := strings.ToLower(prefix)
	if compoundPrefix[p] {
		return true
	}
	n := strings.ToLower(strings.TrimRightFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }))
	if compoundSuffix[n] {
		return true
	}
	return utf8.RuneCountInString(prefix) < 2
}

// removeRunning drops running headers and footers: a line in the top or
// bottom band of a page whose text (digits ignored) and position match a
// line in the same band of an earlier page is removed, if it has a letter
// or is short (a bare page number), so a repeated date line stays. It reports whether
// anything was removed.
func removeRunning(t *Text, pages []Page, o Options) bool {
	if len(t.Pages) < 2 {
		return false
	}
	type seen struct {
		key    string
		x0, y0 float64
	}
	var prev []seen
	removed := false
	for pi := range t.Pages {
		pt := &t.Pages[pi]
		lo, hi := pageExtent(pages[pi], pt.Lines)
		h := hi - lo
		if !(h > 0) {
			continue
		}
		inBand := func(l Line) bool { return l.Y1 >= hi-o.Band*h || l.Y0 <= lo+o.Band*h }
		// A page with nothing outside the bands has no running lines to
		// tell apart from its content.
		body := false
		for _, l := range pt.Lines {
			body = body || !inBand(l)
		}
		keep := pt.Lines[:0]
		var mine []seen
		for _, l := range pt.Lines {
			inBand := inBand(l)
			if !inBand {
				keep = append(keep, l)
				continue
			}
			s := seen{runningKey(l.Text), l.X0, l.Y0}
			dup := false
			tol := math.Max(3, 0.5*l.Size)
			for _, p := range prev {
				if p.key == s.key && math.Abs(p.x0-s.x0) <= tol && math.Abs(p.y0-s.y0) <= tol {
					dup = true
					break
				}
			}
			if dup && body && s.key != "" && (hasLetter(s.key) || utf8.RuneCountInString(s.key) <= 6) {
				removed = true
				continue
			}
			mine = append(mine, s)
			keep = append(keep, l)
		}
		pt.Lines = keep
		prev = append(prev, mine...)
	}
	return removed
}

func pageExtent(p Page, ls []Line) (lo, hi float64) {
	if p.Height > 0 && finite(p.Height) {
		return 0, p.Height
	}
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, l := range ls {
		lo = math.Min(lo, l.Y0)
		hi = math.Max(hi, l.Y1)
	}
	return lo, hi
}

func runningKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('#')
		case unicode.IsSpace(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
