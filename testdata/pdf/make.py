#!/usr/bin/env python3
"""Writes the small PDF fixtures under testdata/pdf (committed; rerun to
regenerate). Each is a minimal, valid PDF written by hand so that tests do not
depend on the shared corpus:

  text.pdf     one page of Helvetica text (an interface-engineer résumé)
  scanned.pdf  one page that only draws an image (a scan with no text layer)
  corrupt.pdf  a PDF header followed by garbage and no cross-reference table
  garbled.pdf  text drawn with a font whose glyph names carry no meaning
               (/g1, /g2 …) and no ToUnicode map, so nothing can be decoded
  encrypted.pdf  text.pdf encrypted with AES-256 and a user password
               ("secret"), made with: qpdf --encrypt secret owner 256 -- text.pdf encrypted.pdf
"""
import zlib, os

here = os.path.dirname(os.path.abspath(__file__))

def pdf(objects):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objects, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, x)
    return bytes(out)

def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"

lines = [
    "Alex Morgan - Interface Engineer",
    "EXPERIENCE",
    "Integration Engineer, Lakeview Health, 2017 - 2024",
    "Built HL7 v2 ADT and ORU interfaces in Mirth Connect.",
    "Designed FHIR R4 APIs with SMART on FHIR and OAuth 2.0.",
    "Mapped lab results to LOINC and SNOMED CT.",
    "SKILLS",
    "HL7, FHIR, C-CDA, SQL, Python, Rhapsody, X12 EDI",
    "EDUCATION",
    "B.S. Computer Science, 2017",
]
content = b"BT /F1 11 Tf 14 TL 72 720 Td\n"
for l in lines:
    content += b"(" + l.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*\n"
content += b"ET\n"
text = pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    stream(content),
])
open(os.path.join(here, "text.pdf"), "wb").write(text)

# a 2x2 grey image scaled to cover the page
img = zlib.compress(bytes([200, 180, 160, 140]))
scanned = pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    stream(img, b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode "),
    stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q\n"),
])
open(os.path.join(here, "scanned.pdf"), "wb").write(scanned)

open(os.path.join(here, "corrupt.pdf"), "wb").write(b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\ngarbage without objects\n")

# garbled: every code maps to a meaningless glyph name
diffs = b" ".join(b"/g%d" % i for i in range(1, 96))
garbled = pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /XYZABC+Custom /FirstChar 32 /LastChar 126 /Widths [" + b" ".join([b"500"] * 95) + b"] /Encoding << /Type /Encoding /Differences [32 " + diffs + b"] >> >>",
    stream(content),
])
open(os.path.join(here, "garbled.pdf"), "wb").write(garbled)
