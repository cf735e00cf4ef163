// Package layout turns positioned glyphs into words, lines, blocks and
// columns in reading order. It knows nothing of PDF syntax: pdftext feeds it
// glyphs in user-space coordinates (origin bottom-left, y grows upward).
//
// # Algorithm
//
// Thresholds are multiples of the font size ("em") of the glyphs involved
// unless stated otherwise; defaults are in [Options]. They start from
// poppler's TextOutputDev, pdfminer and pdf.js (see
// shared/reference/pdf-text-layer.md §1) and were checked on the public
// résumé corpus.
//
//  1. Filter. Glyph text is NFKC-normalised (ligatures ﬁ/ﬂ/ﬃ, full-width
//     forms, NBSP); control characters, zero-width spaces and private-use
//     icon glyphs become spaces. Hidden text is dropped and flagged
//     "hidden_text" (when it holds at least three letters once "page"
//     and "of" are set aside, so an invisible page number is not flagged):
//     invisible glyphs (render mode 3) unless the page is an image scan
//     (Page.HasImage: the invisible text is an OCR layer, kept and flagged
//     "ocr_layer"); white glyphs unless they lie on a non-white fill
//     (Page.Fills) or the page is a scan; glyphs smaller than MinSize
//     (2 pt); glyphs whose centre is off the page.
//  2. Rows. Glyphs are clustered by baseline (|Δy| ≤ 0.2 em). Smaller
//     rows then join a host row at least as large when their vertical
//     extents (baseline −0.25 em … +0.75 em) overlap by half the smaller
//     height with baselines within 0.3 em of the smaller size, or when
//     they sit at superscript/subscript height (−0.4 … +0.55 em) touching
//     a glyph of the host (within 0.5 em). A host the row touches is
//     preferred, then the nearest baseline. Rows never join when three or
//     more of their glyphs overlap the host's horizontally (by > 0.15 em):
//     two lines drawn close together (text beside a large icon) stay
//     apart, while the kerned A and E of the LaTeX logo join their line.
//  3. Duplicates. In a row sorted by x, a glyph with the same text and font
//     as one within DupDX 0.1 em horizontally and DupDY 0.2 em vertically is
//     dropped: fake bold and shadows come out once.
//  4. Fragments and words. A row splits into fragments at gaps wider than
//     FragmentGap (0.8 em); fragments are the units of column detection.
//     Inside a fragment a new word starts at an explicit space glyph (which
//     is never emitted itself, so spaces are never doubled) or at a gap
//     wider than WordGap (0.12 em). Measured on the public résumé corpus
//     (41 PDFs): gaps inside words are below 0.075 em except in tracked
//     headings (0.104 em, Twenty-Seconds), gaps between words without
//     space glyphs are at least 0.14 em (tight justified Awesome-CV lines). In a letter-spaced run
//     (at least three gaps, the smallest above 0.08 em) the threshold is
//     raised to min(smallest+0.15, 1.6·smallest+0.05) em, so tracked
//     headings stay whole. A fragment made only of single letters
//     ("S K I L L S") is collapsed into words, split where a gap exceeds
//     max(1.5× the smallest gap, smallest + 0.2 em).
//  5. Columns (recursive whitespace cut). In a region, a gutter is a
//     vertical band at least MinGutter (1 em of the median size) wide
//     that no fragment crosses (fragments are shrunk by 0.25 em on each
//     side, so a line poking into the gutter does not block it) over a
//     contiguous run of at least GutterShare (60 %) of the region's
//     height. Candidates are ranked by the height of that run, then by
//     width. A candidate is rejected unless both sides hold at least two
//     fragments in the run, and rejected as a table rather than columns
//     when, where both sides hold text, the side with fewer fragments is
//     ≥ 90 % baseline-aligned (within 0.25 em) with the other side
//     (label/value rows, dates in a margin), or ≥ 60 % aligned while the
//     right side is not a flush-left column (right-aligned dates:
//     "Senior Analyst … 2019–2021" stays one line). Aligned sides are
//     still columns when they are justified running text (≥ 5 fragments
//     each with median length ≥ 6 em, similar counts, left side flush right, right side flush
//     left) or grid cells of running text (similar counts, both flush
//     left, both holding a line of five words or more continued by one
//     starting lower-case).
//     Fragments above the run (full-width headers) are read first, then
//     the left side, the right side, and the fragments below; each part
//     is cut again recursively. A side's few lines (≤ 4) lying above everything
//     on the other side count as header. When no gutter exists, the
//     region is cut at its widest empty horizontal band if it is at least
//     HCutGap (0.6 em) high and 1.5× the usual gap between lines, and the
//     parts are searched again. A gutter whose empty run covers at least
//     MajorGutter (50 %) of the page's text height separates columns
//     (Line.Column, PageText.Columns, flag "two_column"); shorter ones
//     (a header with contact details on the right) only order the text.
//  6. Lines. In each final region, fragments whose extents overlap by
//     half the smaller height, whose baselines are within 0.3 em of the
//     smaller size and that do not overlap horizontally form a line,
//     joined left to right with one space.
//  7. Blocks and order. Going down a region, a line joins the nearest
//     block whose last line is above it, overlaps it horizontally, is at
//     most BlockGap (1.6 em) away — or, for loosely leaded text
//     (lower-quartile line pitch ≥ 1.6 em, as in HTML résumés), 1.25× that
//     pitch — and has a font size within 20 %; a block never reaches past
//     a line below its last one. Blocks are ordered by Breuel's rules as
//     in poppler: a block above and horizontally overlapping another comes
//     first; of two blocks side by side (vertical extents overlapping) the
//     left one comes first unless a third block between them overlaps
//     both; otherwise the upper one comes first.
//  8. Clean-up. A word hyphenated at a line end is joined with the first
//     word of the next line of the same block when that word starts with a
//     lower-case letter (hyphen kept when both parts are capitalised,
//     "Scikit-⏎Learn"). The hyphen is dropped ("inter-⏎operability") unless
//     the first part has a digit, two capitals or a hyphen ("HL7-based"),
//     is a single letter ("e-mail") or a known compound part ("self-",
//     "data-driven"). A soft hyphen (U+00AD) at a line end always joins;
//     elsewhere it is removed.
//  9. Rotated text (Glyph.Rotated) is kept, in its own block after the
//     page's horizontal text: glyphs in content-stream order form a line
//     while each starts within 2 em of where the previous ended, and gaps
//     over WordGap become spaces. Flag "rotated_text".
//  10. Running headers and footers: a line in the top or bottom Band (12 %)
//     of a page whose text (digits ignored, so page numbers match) and
//     position (± max(3 pt, 0.5 em)) repeat a line of an earlier page, and
//     that has a letter or at most six characters (a page number), is
//     dropped, provided its page has text outside the bands. Flag
//     "repeated_header".
//  11. Reflow (Options.Reflow, on in pdftext): the lines of a paragraph
//     wrapped at the right margin are joined into one line, as the DOCX or
//     text version of the same résumé has them; see reflow in reflow.go
//     for the exact rules (a full line, the next line directly below at
//     the paragraph's left edge or hanging indent, no bullet, no
//     paragraph spacing, no tab-aligned fragments; a date range cut after
//     its dash is always joined). With Reflow on, the fragments of a line
//     (table cells, tab-aligned dates) are joined by " | ", as DOCX and
//     Markdown table rows read, and a table row whose cells wrapped is
//     merged cell by cell with its continuation rows.
//
// # Known limits
//
// Two ragged-right columns set in the same font with exactly the same
// leading, starting on the same baseline and holding short items, look
// like a table of rows and are read row by row. Tables are read row by row
// when their cells are baseline-aligned, column by column otherwise. A
// region mixing a label/date table with a grid of paragraphs may be split
// as a grid. Pages with more than 4000 fragments are not searched for
// columns.
package layout
