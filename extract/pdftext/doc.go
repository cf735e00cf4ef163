// Package pdftext is rolefit's PDF text layer. It turns the bytes of a PDF
// into positioned glyphs (layout.Page) and, through extract/layout, into
// plain text in reading order.
//
// # Pipeline
//
//  1. Open. github.com/ledongthuc/pdf parses the object graph
//     (pdf.NewReader, pdf.Value). Before that, the header is normalised
//     (PDF 2.0 and junk before "%PDF" are accepted), bytes after the last
//     %%EOF are dropped, and the cross-reference chain is checked for
//     absurd object counts, which would make the library allocate without
//     bound. Files the library cannot open, hybrid-reference files
//     (/XRefStm) and files with a damaged cross-reference section are read
//     through a rebuilt one: the file is scanned for "N G obj", object
//     streams are listed through a first reader, and an uncompressed xref
//     stream with a fresh trailer is appended to a copy of the data.
//  2. Pages. The page tree is walked by this package (cycles and depth are
//     bounded; the library's Page(n) loops on cyclic trees). MediaBox,
//     CropBox, Rotate and Resources are inherited through /Parent with a
//     depth bound. Coordinates are mapped to the displayed page: origin
//     bottom-left, /Rotate applied.
//  3. Content. Content streams are decoded with Value.Reader (Flate,
//     ASCII85; RC4/AES-128 decryption with an empty user password; a
//     missing or wrong /Length, Predictor 1 and PNG predictors are handled
//     by cutting the stream from the raw file) and
//     tokenised by this package's own lexer, which cannot loop or panic on
//     unterminated strings, stray delimiters or binary inline-image data.
//     The interpreter keeps the graphics state stack (q/Q, cm), the text
//     state (BT/ET, Tm, Td, TD, T*, TL, Tc, Tw, Tz, Ts, Tf, Tr) and shows
//     text with Tj, TJ (kerning), ' and ". Tw applies to the single-byte
//     code 32 only. Fill colours (g, rg, k, sc, scn) mark white text; filled
//     paths, shadings and images are recorded in painting order so that
//     white text whose topmost background is coloured stays visible while
//     white-on-white is hidden (Glyph.White; Page.Fills is left nil);
//     text filled in the colour of the rectangle under it is Invisible.
//     Render mode 3/7 and text outside the page box are marked Invisible.
//     Form XObjects (Do) run with their /Matrix and /Resources, and so do
//     the normal appearances of visible form fields and free-text
//     annotations (filled-in fillable templates); image
//     XObjects and inline images (BI/ID/EI, skipped) covering half the page
//     set HasImage. Marked content with /ActualText replaces the glyphs it
//     wraps. ExtGState fonts (gs with /Font) are honoured.
//  4. Fonts. Every code gets Unicode text and an advance in text space:
//     - ToUnicode CMaps first (bfchar, bfrange with string or array
//     destinations and carry, 1-4 byte code space ranges, UTF-16BE with
//     surrogates, ligature strings); this package parses them itself.
//     - Simple fonts (Type1, TrueType, Type3): base encoding (Standard,
//     WinAnsi, MacRoman, or the built-in encoding of an embedded Type 1
//     program for symbolic fonts) overlaid with /Differences; glyph names
//     follow the Adobe Glyph List rules (suffixes, f_f_i ligatures,
//     uniXXXX, uXXXX[XX]); meaningless names (g12, cid34) stay undecoded.
//     - Type0 fonts: Identity-H/V (2-byte codes), embedded encoding CMaps
//     (codespace, cidchar, cidrange), UCS-2/UTF-16 predefined CMaps;
//     widths from /W and /DW. CID fonts of the Adobe GB1, CNS1, Japan1 and
//     Korea1 collections without ToUnicode are decoded with Adobe's
//     CID → Unicode CMaps (embedded, see cidmaps/LICENSE-Adobe); other
//     TrueType CID fonts without ToUnicode through the inverse of the
//     embedded program's Unicode cmap (CIDToGIDMap applied).
//     - Widths: /Widths with /FirstChar (MissingWidth outside), Type3 widths
//     scaled by /FontMatrix, and approximate Helvetica/Times/Courier
//     metrics for standard fonts without /Widths.
//     Ligatures U+FB00-FB06 are expanded, a drawn soft hyphen becomes '-'.
//     Codes that map to nothing are counted in Result.Undecoded and dropped.
//  5. Layout. layout.Build groups the glyphs into words, lines, columns and
//     blocks; Result.Text is its output, Result.Flags the union of this
//     package's and the layout's findings.
//
// # Limits
//
// Options.MaxPages pages are read (default 50; more sets "truncated"). Per
// page: 1,000,000 content operators, 200,000 glyphs, Form XObject nesting
// 8, graphics-state stack 512; per file 5,000,000 operators and 1,000,000
// glyphs (later pages are skipped). Streams are read up to 32 MiB (CMaps
// 4 MiB), so a decompression bomb cannot exhaust memory. Array and
// dictionary nesting deeper than 2,000 in the file is kept away from the
// library's recursive parser. Panics from the library are recovered per
// page and per file and reported as ErrMalformed. Process isolation
// (deadlines, memory limits) remains the caller's job: deep nesting hidden
// inside compressed object streams can still exhaust the stack.
//
// # Errors
//
// ErrEncrypted: neither the empty user password nor the empty owner
// password opens the file. Encrypted files that do open are read: RC4 and
// AES-128 by the library; 40-bit RC4 (for which the library derives a
// wrong object key) and AES-256 (revisions 5 and 6, unsupported by the
// library) through a copy decrypted by this package. ErrUnsupported: other
// security handlers, and unsupported stream filters (LZW, RunLength, ...)
// when no page could be read. ErrMalformed: anything else that leaves no
// readable page. Error messages never quote document bytes.
//
// # Flags
//
// "hidden_text" (invisible or white-on-white text on a page without a
// covering image), "ocr_layer" (hidden text over a page image),
// "undecoded_font" (5 % or more of the glyphs could not be decoded),
// "truncated" (page, operator, glyph or nesting limits hit, or a page could
// not be read), plus the layout's flags ("two_column", ...).
//
// # Measuring
//
// tools/comparepdf compares the text with poppler's pdftotext over a
// directory of PDFs (word-token recall); see its documentation.
package pdftext
