"""Write ``samples/kamervragen-aanhangsel.pdf``: a small, made-up Aanhangsel.

A minimal PDF writer in pure Python (reportlab is not a dependency): the
standard Helvetica and Helvetica-Bold fonts with WinAnsiEncoding, absolute
text positions, and the SDU page furniture the PDF reader must remove:
the chamber numeral, the first-page ``ah-tk``/``ISSN`` block, running footers
with page numbers, a superscript footnote marker and a footnote at the page
bottom. Words are hyphenated at line ends (``financi-``/``ële``,
``defensie-``/``uitgaven``, ``Staten-``/``Generaal``).

Run from the repository root: ``python samples/tools/make_pdf.py``.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "kamervragen-aanhangsel.pdf"

# (font, size, x, y, text); F1 = Helvetica, F2 = Helvetica-Bold
PAGE1 = [
    ("F2", 18, 55, 770, "Tweede Kamer der Staten-Generaal"),
    ("F2", 50, 505, 740, "2"),
    ("F1", 9.5, 55, 705, "Vergaderjaar 2023–2024"),
    ("F2", 10, 220, 705, "Aanhangsel van de Handelingen"),
    ("F2", 9, 220, 650, "Vragen gesteld door de leden der Kamer, met de daarop door de"),
    ("F2", 9, 220, 640, "regering gegeven antwoorden"),
    ("F2", 13, 220, 560, "9999"),
    ("F1", 8.5, 220, 530, "Vragen van de leden Jansen en De Vries (beiden VVD) en Bakker (SP) aan de"),
    ("F1", 8.5, 220, 520, "Minister van Defensie over het bericht «Tekort aan munitie» (ingezonden 6 maart"),
    ("F1", 8.5, 220, 510, "2024)."),
    ("F1", 8.5, 220, 495, "Antwoord van Minister Brekelmans (Defensie) (ontvangen 25 maart 2024)."),
    ("F1", 8.5, 220, 475, "Vraag 1"),
    ("F1", 8.5, 220, 465, "Kent u het bericht «Tekort aan munitie»?"),
    ("F1", 5.5, 378, 468.5, "1"),
    ("F1", 8.5, 220, 445, "Antwoord 1"),
    ("F1", 8.5, 220, 435, "Ja."),
    ("F1", 8.5, 220, 415, "Vraag 2"),
    ("F1", 8.5, 220, 405, "Hoe groot is het aandeel van de defensie-"),
    ("F1", 8.5, 220, 395, "uitgaven dat naar munitie gaat?"),
    ("F1", 8.5, 220, 375, "Vraag 3"),
    ("F1", 8.5, 220, 365, "Welke financi-"),
    ("F1", 8.5, 220, 355, "ële ruimte is er voor extra munitie?"),
    ("F1", 8.5, 220, 335, "Antwoord 2 en 3"),
    ("F1", 8.5, 220, 325, "Het aandeel is 4%. De ruimte wordt in overleg met de Staten-"),
    ("F1", 8.5, 220, 315, "Generaal bepaald; de begroting volgt in het voorjaar. De minis-"),
    ("F1", 8.5, 220, 305, "ter informeert uw Kamer over de voortgang en over de be-"),
    ("F1", 7, 220, 150, "1 NOS, 1 maart 2024, «Tekort aan munitie»"),
    ("F1", 6, 55, 82, "ah-tk-20232024-9999"),
    ("F1", 6, 55, 76, "ISSN 0921 - 7398"),
    ("F1", 6, 55, 70, "’s-Gravenhage 2024"),
    ("F1", 9, 220, 70, "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1"),
]
PAGE2 = [
    ("F1", 8.5, 55, 780, "steding van de middelen."),
    ("F1", 8.5, 55, 760, "Vraag 4"),
    ("F1", 8.5, 55, 750, "Bent u bereid deze vragen te beantwoorden?"),
    ("F1", 8.5, 55, 730, "Antwoord 4"),
    ("F1", 8.5, 55, 720, "Ja, hierbij."),
    ("F1", 9, 55, 70, "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2"),
]


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _content(items) -> bytes:
    ops = []
    for font, size, x, y, text in items:
        ops.append(b"BT /%s %g Tf 1 0 0 1 %g %g Tm %s Tj ET" % (font.encode(), size, x, y, _pdf_string(text)))
    return b"\n".join(ops)


def build(pages) -> bytes:
    """A complete PDF file with one page per item list."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)
    kids = []
    for items in pages:
        data = zlib.compress(_content(items))
        stream = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, stream, font1, font2)
        ))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def main() -> int:
    OUT.write_bytes(build([PAGE1, PAGE2]))
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
