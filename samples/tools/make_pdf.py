"""Write the sample PDFs: ``samples/kamervragen-aanhangsel.pdf`` (a small,
made-up Aanhangsel) and ``samples/nota-tk-marge.pdf`` (a TK nota with
question numbers in the left margin, see ``nota_tk.py``), plus the nota as
pdftotext-like text (``nota-tk-marge-pdftotext.txt``) and HTML
(``nota-tk-marge.html``).

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

SAMPLES = Path(__file__).resolve().parents[1]
OUT = SAMPLES / "kamervragen-aanhangsel.pdf"
NOTA = SAMPLES / "nota-tk-marge.pdf"
NOTA_TXT = SAMPLES / "nota-tk-marge-pdftotext.txt"
NOTA_HTML = SAMPLES / "nota-tk-marge.html"

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


def build(pages, fonts=("Helvetica", "Helvetica-Bold")) -> bytes:
    """A complete PDF file with one page per item list; ``fonts`` are the
    standard fonts F1, F2, ... in that order."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font_ids = [add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % f.encode())
                for f in fonts]
    font_res = b" ".join(b"/F%d %d 0 R" % (i, fid) for i, fid in enumerate(font_ids, start=1))
    pages_id = len(objects) + 1 + 2 * len(pages)
    kids = []
    for items in pages:
        data = zlib.compress(_content(items))
        stream = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << %s >> >> >>" % (pages_id, stream, font_res)
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


# -- the TK nota with margin numbers ---------------------------------------------
NOTA_FONTS = ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
BODY_X, MARGIN_X, SIZE, LEAD = 221, 196, 9, 10.7
#: Characters per body line (Helvetica 9 pt in a 320 pt column, roughly).
WIDTH = 66
BOTTOM = 150  # lowest body baseline; footnotes and footers go below


def _wrap(text: str, width: int = WIDTH) -> list[str]:
    """Greedy wrap; a word with a soft hyphen (U+00AD) may break there."""
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if len(trial.replace("\u00ad", "")) <= width:
            cur = trial
            continue
        if "\u00ad" in word:
            head, tail = word.split("\u00ad", 1)
            if len(f"{cur} {head}-") <= width:
                lines.append(f"{cur} {head}-".strip())
                cur = tail
                continue
        lines.append(cur)
        cur = word
    lines.append(cur)
    return [ln.replace("\u00ad", "") for ln in lines]


def _footer(page: int) -> tuple:
    return ("F1", SIZE, BODY_X, 69, f"Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 {page}")


def nota_layout():
    """(pages for :func:`build`, the same document as pdftotext-like lines)."""
    import nota_tk as n

    first = [
        ("F2", 18, 55, 762, "Tweede Kamer der Staten-Generaal"),
        ("F2", 50, 505, 740, "2"),
        ("F1", 9.5, 55, 705, "Vergaderjaar 2023–2024"),
        ("F2", 12, 55, 653, n.DOSSIER),
        ("F2", 12, BODY_X, 653, "Regels over de registratie van zorgaanbieders"),
        ("F2", 12, BODY_X, 640, "(Wet registratie zorgaanbieders)"),
        ("F2", SIZE, 55, 560, f"Nr. {n.NUMBER}"),
        ("F2", SIZE, 78, 560, n.DOC_TYPE),
        ("F1", SIZE, BODY_X, 538, n.RECEIVED),
        ("F1", 6, 55, 82, "kst-36999-6"),
        ("F1", 6, 55, 76, "ISSN 0921 - 7371"),
        ("F1", 6, 55, 70, "’s-Gravenhage 2024"),
    ]
    text = ["Tweede Kamer der Staten-Generaal", "2", "", "Vergaderjaar 2023–2024", "", n.DOSSIER,
            "", "Regels over de registratie van zorgaanbieders", "(Wet registratie zorgaanbieders)", "",
            f"Nr. {n.NUMBER}", "", n.DOC_TYPE, "", n.RECEIVED, ""]
    pages = [first]
    page_text: list[str] = []
    notes: list[str] = []
    y = 512.0

    def new_page() -> None:
        nonlocal y
        number = len(pages)
        if notes:
            pages[-1].append(("F1", 6.5, BODY_X, 120, f"1 {n.FOOTNOTE}"))
            page_text.extend(["", f"1 {n.FOOTNOTE}"])
            notes.clear()
        pages[-1].append(_footer(number))
        text.extend(page_text)
        text.extend(["", *(["kst-36999-6", "ISSN 0921 - 7371", "’s-Gravenhage 2024"] if number == 1 else []),
                     f"Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 {number}", "\f"])
        page_text.clear()
        pages.append([])
        y = 780.0

    prev = prev_kind = None
    for kind, raw, num in n.CONTENT:
        font = {"h": "F2", "sub": "F3", "q": "F3"}.get(kind, "F1")
        if prev == "toc" and kind != "toc":
            y -= LEAD
        prev = kind
        if kind == "toc":
            title, pg = raw.split("|")
            pages[-1].append((font, SIZE, BODY_X, y, title))
            pages[-1].append((font, SIZE, 520, y, pg))
            page_text.append(f"{title} {pg}")
            y -= LEAD
            continue
        if kind in ("h", "sub") and y - 3 * LEAD < BOTTOM:
            new_page()
        if kind == "sig" and prev_kind != "sig":
            y -= LEAD  # a blank line before the signature
        lines = _wrap(raw.replace("^1", "\x01"))
        if page_text and page_text[-1] != "" and prev_kind != "label" and not (kind == prev_kind == "sig"):
            page_text.append("")
        prev_kind = kind
        for i, line in enumerate(lines):
            if y < BOTTOM:
                new_page()
            if i == 0 and num:
                pages[-1].append(("F1", SIZE, MARGIN_X, y, num))
                page_text.append(num)
            if "\x01" in line:
                head, tail = line.split("\x01")
                pages[-1].append((font, SIZE, BODY_X, y, head))
                ref_x = BODY_X + len(head) * SIZE * 0.5
                pages[-1].append(("F1", 5.5, ref_x, y + 3.5, "1"))
                if tail:
                    pages[-1].append((font, SIZE, ref_x + 4, y, tail.lstrip()))
                notes.append("1")
                page_text.append(f"{head}1{tail}")
            else:
                pages[-1].append((font, SIZE, BODY_X, y, line))
                page_text.append(line)
            y -= LEAD
        y -= LEAD if kind not in ("label", "sig") else 0
    pages[-1].append(_footer(len(pages)))
    text.extend(page_text)
    text.extend(["", f"Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 {len(pages)}"])
    return pages, "\n".join(text) + "\n"


def main() -> int:
    OUT.write_bytes(build([PAGE1, PAGE2]))
    print(f"wrote {OUT}")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import nota_tk

    pages, text = nota_layout()
    NOTA.write_bytes(build(pages, NOTA_FONTS))
    NOTA_TXT.write_text(text, encoding="utf-8")
    NOTA_HTML.write_text(nota_tk.html_form(), encoding="utf-8")
    for path in (NOTA, NOTA_TXT, NOTA_HTML):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
