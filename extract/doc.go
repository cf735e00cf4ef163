// Package extract turns résumé files (PDF, DOCX, ODT, Markdown, HTML, plain text)
// into plain text lines with a verdict on how well the text could be read.
// It knows nothing of skills or scoring.
//
// # Use
//
// [ExtractFile] reads a file from disk; [Extract] works on bytes already in
// memory; [Detect] names a format from the first bytes of a file. Every
// failure is an [*Error] with a [Status], a one-line lower-case message that
// never quotes the document, and, where it helps, a one-line hint that says
// what to do (convert the file, remove a password, run OCR). [StatusOf]
// reads the status of any error. When text was read but is unusable
// (StatusGarbled, StatusNoText) Extract returns the [Document] as well, so a
// caller can show its [Quality]. Extract never panics: a panic inside a
// reader becomes an internal error.
//
// # Format detection
//
// The content decides; the file name only breaks ties, so a DOCX named
// .pdf is read as DOCX. In order: "%PDF-" at the start; a zip archive, looked into (word/… parts mean DOCX, a mimetype entry of
// application/vnd.oasis.opendocument.text means ODT, Excel, PowerPoint,
// other OpenDocument kinds and Apple Pages are named and refused); RTF; an
// OLE2 compound file (legacy .doc, or an encrypted OOXML package, reported
// as encrypted); PNG, JPEG, TIFF, GIF, WebP and HEIC images; "%PDF" elsewhere in
// the first 1024 bytes (or PDF objects in a file named .pdf); then text:
// UTF-8, UTF-16 with or without a byte order mark, or Windows-1252 for
// 8-bit text that is not UTF-8. Word 2003 XML and Flat OPC files are read
// as DOCX, Flat ODT (.fodt) as ODT. An HTML page ("<!DOCTYPE html", "<html",
// or an .html name with body tags) is format "html": scripts, styles and
// comments are dropped, whitespace collapses as in a browser, block
// elements start lines, list items get "• " and table rows become cells
// joined by " | ". Other text is Markdown when the extension is .md
// or .markdown or when several lines use clear Markdown syntax (headings,
// links, emphasis, tables, fences); bullets and dashes alone do not count.
// Unsupported formats get a StatusError naming the format with a conversion
// hint (libreoffice --headless --convert-to docx FILE, OCR for images).
//
// # Text
//
// All readers produce "\n"-separated lines. Control characters, NULs and
// invisible format characters are dropped, unusual spaces become spaces,
// ligatures (ﬁ) are expanded, accents are composed (NFC), trailing space is
// trimmed and tabs are kept. Text and Markdown keep one output line per
// source line, so evidence line numbers match the file: Markdown loses its
// heading marks, emphasis, link targets (the link text stays), images (the
// alt text stays), HTML tags and comments, code fences and table rules;
// table rows become cells joined by " | " and bullets become "- ".
//
// In every format a bullet glyph that starts a line ("•", "●", "▪", "◦",
// "➢", "✓", …, after any indentation) becomes "- ", as Markdown bullets
// do, so that one résumé reads the same however it arrives. PDF text is
// laid out by extract/layout with Reflow on: lines a word processor wrapped
// at the right margin (also across a page break, and inside table cells)
// are joined back into one line per paragraph, bullet or table row.
//
// DOCX is read with a streaming XML decoder from the main document part
// (found through the package relationships), then headers and footers
// (each distinct line once, headers first, footers last) and footnotes and
// endnotes. Paragraphs are lines; w:br and w:cr break lines; w:tab is a
// tab; non-breaking hyphens are "-", soft hyphens vanish; Symbol-font
// bullets become "•". List paragraphs get "• " or "N. " from the numbering
// part. Table rows whose cells hold one line each become one line joined
// by " | "; when one cell has several lines beside short ones (dates next
// to a job and its bullets) the short cells open its first line; rows with
// several multi-line cells are layout grids and are written cell by cell. Text boxes are read once: of an mc:AlternateContent only
// the first branch is read. Content controls still showing their template
// placeholder (w:showingPlcHdr) are skipped, and so are deleted text
// (w:del, w:delText, w:moveFrom) and field instructions. Hidden runs are
// skipped and set the "hidden_text" flag: w:vanish, text of 1 pt or less,
// and white text on a white page outside tables and text boxes with no run
// or paragraph shading (keyword stuffing; white headings on coloured bands
// are kept). The lines of a text box or note follow the paragraph that
// anchors it. A document is cut at 20,000 lines (flag "truncated");
// Quality.Pages is the page count the word processor saved, else 1.
//
// ODT is read from content.xml the same way (text:p and text:h, spans,
// text:s with its count, tabs, line breaks, lists, tables, frames and text
// boxes, footnote bodies), skipping tracked deletions, annotations and
// hidden text; headers and footers come from styles.xml.
//
// Zip archives are opened with guards: at most 2000 entries, at most
// 50 MiB read from one entry and 100 MiB from one archive whatever the
// headers claim, and no entry over 1 MiB that expands more than 200 times.
// Encrypted entries are reported as encrypted, broken archives as damaged.
//
// PDFs are read by package pdftext; its errors map to StatusEncrypted
// (with a qpdf --decrypt hint) or StatusError with its detail.
//
// # Quality verdict
//
// Every Document carries a Quality: Pages, Words (tokens with a letter,
// single letters and numbers aside), Score and Flags.
//
// Score is the share of judged tokens that look like real words. A token
// is good when it is in a small embedded word list (about 3,600 common
// English words and résumé, health-informatics and technology terms,
// written for rolefit), also after stripping common suffixes; or when it
// has the shape of a word: letters with vowels, no more than five
// consonants in a row, no letter three times running, and letter pairs
// whose average log-probability under a bigram model built from the word
// list is at least plausibleMin (-3.55). Tokens with digits (HL7, ICD-10),
// e-mail addresses, URLs and words in non-Latin scripts count as good;
// tokens with U+FFFD, private-use characters or runs of mixed symbols
// count as bad. Capitalised tokens of up to six letters are accepted as
// acronyms unless more than half of all words are in capitals, in which
// case they are judged as words: a font with a shifted encoding turns
// "ABA" into "BZB", and such text must not pass as a page of acronyms. For
// PDFs the score is multiplied by the share of glyphs that could be
// decoded. Text stored backwards ("ecneirepxe": more tokens read as words
// reversed than forwards, and over a quarter of all words) gets the flag
// "reversed_text" and the score of its forward dictionary words only. Text
// in which stray Latin-1 symbols (¡ ± ¿ ¼ × ÷ ...) exceed 2 % of the
// letters was decoded with the wrong code page: flag "wrong_encoding",
// score scaled by 1 − 10 × that share. Words that average more than 14
// letters have lost the spaces between them: flag "missing_spaces", score
// scaled by 0.8 × 14 / average. On real résumés the score is typically 0.85 to 1; text whose
// letters are shifted by one place scores about 0.25; symbol soup about 0.
//
// Thresholds:
//
//   - StatusGarbled when Score < GarbledScore (0.5) and at least 12 tokens
//     were judged, or when more than UndecodedGarbled (half) of a PDF's
//     glyphs could not be decoded.
//   - StatusNoText when a PDF yields fewer than 5 words (the message says
//     "scanned" when pdftext saw image pages), or when any document has no
//     words at all.
//   - Flag "low_text" below LowTextWords (80) words; "undecoded_font" when
//     more than UndecodedFlag (5 %) of PDF glyphs are undecoded; the flags
//     pdftext and layout report ("hidden_text", "ocr_layer", "two_column",
//     "truncated", ...) are passed through; DOCX and ODT set "hidden_text"
//     and, for a document whose XML breaks off, "truncated".
//
// Flags is never nil, so it encodes as [] in JSON.
package extract
