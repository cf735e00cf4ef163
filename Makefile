# rolefit — make targets. `make run` and `make test` are all a new user needs.
GO      ?= go
BIN     := bin/rolefit
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)
FUZZTIME ?= 4s

.PHONY: all build run test test-unit fuzz-short fuzz bench bench-pdf bench-batch lint eval compare-pdftotext clean

all: build

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/rolefit

## run: build, then score the built-in fictional sample résumé
run: build
	./$(BIN) match --sample

## test: lint, every test with the race detector, and a short run of every fuzz target
test: lint test-unit fuzz-short

test-unit:
	$(GO) test -race -count=1 ./...

# Each fuzz target runs briefly on top of its committed seed corpus.
fuzz-short:
	@./scripts/fuzz.sh $(FUZZTIME)

## fuzz: every fuzz target for longer (FUZZTIME=2m make fuzz)
fuzz:
	@./scripts/fuzz.sh $(if $(filter 4s,$(FUZZTIME)),60s,$(FUZZTIME))

## bench: micro-benchmarks (matching, extraction, layout, batch)
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./...
	./scripts/bench-pdf.sh

## bench-pdf: rolefit over the corpus PDFs against a pdftotext loop
bench-pdf: build
	./scripts/bench-pdf.sh

## bench-batch: generated 10,000-file text batch and the PDF batch against pdftotext
bench-batch: build
	./scripts/bench-batch.sh

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^vendor/')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

## eval: accuracy on the labelled résumé set (testdata/eval)
eval:
	$(GO) run ./tools/eval

## compare-pdftotext: share of pdftotext's words that rolefit recovers, per corpus PDF
compare-pdftotext:
	$(GO) run ./tools/comparepdf ../shared/corpus/resumes-public

clean:
	rm -rf bin
