package report

// The browser test loads the HTML reports in headless Chromium through the
// DevTools protocol (github.com/chromedp/chromedp, a test-only dependency),
// prints them to PDF on A4 and Letter paper, and checks that the page made no
// network request and logged no console error. It needs a Chromium binary:
// without one it is skipped, unless CI is set, when it fails.

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ledongthuc/pdf"
)

// findChromium returns the browser to test with: $ROLEFIT_CHROMIUM, else the
// first of the usual names on PATH.
func findChromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("ROLEFIT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium not found; CI must install it (apt-get install -y chromium)")
	}
	t.Skip("chromium not found; install it to run the browser test")
	return ""
}

// browser starts one headless Chromium for the test, isolated in its own
// profile, with every background service that could reach the network off.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := findChromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc()
	})
	// Start the browser with the first Run, on a context without a deadline.
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return bctx
}

// tabLog records what a tab did: every request and every console or log
// error.
type tabLog struct {
	mu       sync.Mutex
	requests []string
	errors   []string
}

func (l *tabLog) listen(ev any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		if e.Request != nil {
			l.requests = append(l.requests, e.Request.URL)
		}
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			l.errors = append(l.errors, "console."+string(e.Type))
		}
	case *runtime.EventExceptionThrown:
		l.errors = append(l.errors, "uncaught exception")
	case *log.EventEntryAdded:
		if e.Entry != nil && e.Entry.Level == log.EntryLevelError {
			l.errors = append(l.errors, "log: "+e.Entry.Text)
		}
	}
}

// foreign lists requests other than the page itself and data: URLs.
func (l *tabLog) foreign(page string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, u := range l.requests {
		if u == page || strings.HasPrefix(u, "data:") || u == "about:blank" {
			continue
		}
		out = append(out, u)
	}
	return out
}

func (l *tabLog) errs() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.errors...)
}

// writePage writes html to a temporary file and returns its file:// URL.
func writePage(t *testing.T, name, html string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(p)}).String()
}

// openTab opens pageURL in a new tab of the browser, recording its activity
// from the tab's first event, and returns the tab's context.
func openTab(t *testing.T, bctx context.Context, pageURL string) (context.Context, *tabLog) {
	t.Helper()
	l := &tabLog{}
	tctx, cancel := chromedp.NewContext(bctx, chromedp.WithListener(l.listen))
	t.Cleanup(cancel)
	// A bound on a hung browser, not a speed assertion.
	ctx, cancelT := context.WithTimeout(tctx, 2*time.Minute)
	t.Cleanup(cancelT)
	if err := chromedp.Do(ctx, chromedp.Navigate(pageURL)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	return ctx, l
}

// pdfText reads the page count and text of a PDF, with pdftotext when it is
// installed and with the project's PDF reader otherwise.
func pdfText(t *testing.T, data []byte) (pages int, text string) {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("reading printed PDF: %v", err)
	}
	pages = r.NumPage()
	if exe, err := exec.LookPath("pdftotext"); err == nil {
		p := filepath.Join(t.TempDir(), "out.pdf")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(exe, "-enc", "UTF-8", p, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		return pages, string(out)
	}
	rd, err := r.GetPlainText()
	if err != nil {
		t.Fatalf("PDF text: %v", err)
	}
	var b bytes.Buffer
	if _, err := b.ReadFrom(rd); err != nil {
		t.Fatalf("PDF text: %v", err)
	}
	return pages, b.String()
}

// squash lowercases s and drops whitespace, so that text found in a PDF
// matches whatever line breaks and spacing the extractor produced.
func squash(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

func TestBrowser(t *testing.T) {
	bctx := browser(t)

	cases := []struct {
		name     string
		entries  []Entry
		maxPages int
		want     []string // text that must be printed
	}{
		{"single", singleEntries(), 8, []string{"Health Data Analyst", "Statistics", "alice_smith.pdf"}},
		{"cohort", cohortEntries(), 30, []string{"Cohort summary", "Health Data Analyst", "Statistics", "Needs attention", "dave-scan.pdf"}},
	}
	papers := []struct {
		name string
		size chromedp.PaperSize
	}{{"A4", chromedp.PaperA4}, {"Letter", chromedp.PaperLetter}}

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var html bytes.Buffer
			if err := HTML(&html, c.entries, testOpts); err != nil {
				t.Fatal(err)
			}
			pageURL := writePage(t, c.name+".html", html.String())
			ctx, l := openTab(t, bctx, pageURL)

			for _, paper := range papers {
				data, err := chromedp.Run(ctx, chromedp.PrintToPDF(
					chromedp.PDFPaper(paper.size),
					chromedp.PDFPrintBackground(),
				))
				if err != nil {
					t.Fatalf("%s: print to PDF: %v", paper.name, err)
				}
				pages, text := pdfText(t, data)
				if pages < 1 || pages > c.maxPages {
					t.Errorf("%s: %d pages, want 1..%d", paper.name, pages, c.maxPages)
				}
				got := squash(text)
				for _, w := range c.want {
					if !strings.Contains(got, squash(w)) {
						t.Errorf("%s: printed PDF lacks %q", paper.name, w)
					}
				}
				t.Logf("%s: %d pages, %d bytes", paper.name, pages, len(data))
			}

			if f := l.foreign(pageURL); len(f) > 0 {
				t.Errorf("page made network requests: %q", f)
			}
			if e := l.errs(); len(e) > 0 {
				t.Errorf("page logged errors: %q", e)
			}
		})
	}

	// The checks above must be able to fail: a page that fetches an image
	// from the network and logs an error is caught.
	t.Run("control", func(t *testing.T) {
		const bad = `<!DOCTYPE html><html><body><p>control</p>` +
			`<img src="http://127.0.0.1:9/pixel.png" alt="">` +
			`<script>console.error("control error")</script></body></html>`
		pageURL := writePage(t, "control.html", bad)
		_, l := openTab(t, bctx, pageURL)
		if f := l.foreign(pageURL); len(f) == 0 {
			t.Error("the network request of the control page was not seen")
		}
		if e := l.errs(); len(e) == 0 {
			t.Error("the console error of the control page was not seen")
		}
	})
}

// TestScreenshots writes PNG screenshots of both reports for the README. It
// runs only when ROLEFIT_SHOTS names the output directory:
//
//	ROLEFIT_SHOTS=$PWD/docs/img go test ./report -run TestScreenshots
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("ROLEFIT_SHOTS")
	if dir == "" {
		t.Skip("set ROLEFIT_SHOTS to a directory to write report screenshots")
	}
	bctx := browser(t)
	for _, c := range []struct {
		file    string
		entries []Entry
		height  int64
	}{
		{"report-single.png", singleEntries(), 1400},
		{"report-cohort.png", cohortEntries(), 1400},
	} {
		var html bytes.Buffer
		if err := HTML(&html, c.entries, testOpts); err != nil {
			t.Fatal(err)
		}
		ctx, _ := openTab(t, bctx, writePage(t, "shot.html", html.String()))
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(1000, c.height)); err != nil {
			t.Fatal(err)
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, c.file)
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", out, len(png))
	}
}
