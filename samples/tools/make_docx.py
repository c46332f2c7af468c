"""Write small DOCX files with the standard library only (zipfile).

Used to generate ``samples/antwoordbrief.docx`` (run this file) and, through
:func:`docx_bytes`, the inline DOCX inputs of ``tests/test_reader_docx.py``.

A paragraph is given as :class:`P`: its runs (plain strings or ``R`` with
bold/italic; ``\\t`` and ``\\n`` inside a run become ``w:tab`` and
``w:br``), an optional style id (``Kop1``), and optional Word numbering
``num=(numId, ilvl)`` whose number Word draws but does not store in the text.
"""

from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/></w:style>
<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/></w:style>
</w:styles>"""
#: numId 1: decimal ``1.``/``a)``; numId 2: bullets; numId 3: a second decimal list.
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""


@dataclass
class R:
    """A run of text with emphasis."""

    text: str
    bold: bool = False
    italic: bool = False
    footnote: int | None = None  # a footnote reference run (w:footnoteReference)


@dataclass
class P:
    runs: list[str | R] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None


def _run(r: str | R) -> str:
    if isinstance(r, str):
        r = R(r)
    props = ("<w:b/>" if r.bold else "") + ("<w:i/>" if r.italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    if r.footnote is not None:
        return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{r.footnote}"/></w:r>'
    parts = []
    for i, line in enumerate(r.text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if chunk:
                parts.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def paragraph_xml(p: P | str) -> str:
    if isinstance(p, str):
        p = P([p])
    ppr = ""
    if p.style or p.num:
        style = f'<w:pStyle w:val="{p.style}"/>' if p.style else ""
        num = f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>' if p.num else ""
        ppr = f"<w:pPr>{style}{num}</w:pPr>"
    return f"<w:p>{ppr}{''.join(_run(r) for r in p.runs)}</w:p>"


def document_xml(paragraphs: list[P | str]) -> str:
    body = "".join(paragraph_xml(p) for p in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>")


def footnotes_xml(notes: dict[int, str]) -> str:
    items = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(v)}</w:t></w:r></w:p></w:footnote>'
        for k, v in notes.items()
    )
    sep = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">{sep}{items}</w:footnotes>'


def docx_bytes(paragraphs: list[P | str], footnotes: dict[int, str] | None = None,
               document: str | None = None) -> bytes:
    """A complete DOCX file; ``document`` replaces the generated document.xml.

    Entries carry a fixed timestamp, so the same input gives the same bytes.
    """
    parts = {
        "[Content_Types].xml": _CT,
        "_rels/.rels": _RELS,
        "word/_rels/document.xml.rels": _DOC_RELS,
        "word/document.xml": document if document is not None else document_xml(paragraphs),
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
        "word/footnotes.xml": footnotes_xml(footnotes or {}),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 19, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def antwoordbrief() -> bytes:
    """The sample ministerial answer letter (style A: number alone, ``Antwoord`` alone)."""
    paras: list[P | str] = [
        "AH 1780",
        "2024Z03318",
        "Antwoord van minister Van den Berg (Landbouw, Natuur en Voedselkwaliteit) (ontvangen 19 maart 2024)",
        "Vragen van het lid Hermans (GroenLinks-PvdA) aan de minister van Landbouw, Natuur en Voedselkwaliteit "
        "over het bericht «Boeren wachten maanden op uitbetaling subsidie» (ingezonden 27 februari 2024).",
        "1",
        P(["Bent u bekend met het bericht «Boeren wachten maanden op uitbetaling subsidie»?", R("", footnote=1)]),
        "Antwoord",
        "Ja.",
        "2",
        "Hoeveel aanvragen voor de subsidieregeling zijn nog niet uitbetaald, en om welk bedrag gaat het?",
        "Antwoord",
        P(["Op 1 maart 2024 waren 2.140 aanvragen nog niet uitbetaald, samen goed voor ",
           R("€ 86 miljoen", bold=True), ". Dat is 42 procent van alle toegekende aanvragen."]),
        P(["De vertraging is ontstaan doordat:"]),
        P(["de controle op dubbele aanvragen handmatig gebeurt;"], style="Lijstalinea", num=(2, 0)),
        P(["het uitvoeringsbudget pas in januari beschikbaar kwam."], style="Lijstalinea", num=(2, 0)),
        "3",
        "Wanneer ontvangen alle boeren hun geld?",
        "Antwoord",
        "Zie antwoord vraag 2. RVO verwacht alle aanvragen vóór 1 juli 2024 uit te betalen, zoals ook gemeld in "
        "de voortgangsbrief (Kamerstuk 35 334, nr. 263).",
    ]
    notes = {1: "De Telegraaf, 24 februari 2024."}
    return docx_bytes(paras, notes)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "antwoordbrief.docx"
    data = antwoordbrief()
    out.write_bytes(data)
    print(f"wrote {out} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
