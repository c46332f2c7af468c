"""Write small DOCX files with the standard library only (zipfile).

Run this file to (re)generate the DOCX samples in ``samples/``; through
:func:`docx_bytes` it also builds the inline DOCX inputs of
``tests/test_reader_docx.py``.

The body is a list of items:

* a paragraph: a plain string or :class:`P`, with runs (plain strings or
  :class:`R` with bold/italic or a footnote/endnote reference; ``\\t`` and
  ``\\n`` inside a run become ``w:tab`` and ``w:br``), an optional style id
  (``Kop1``), and optional Word numbering ``num=(numId, ilvl)`` whose number
  Word draws but does not store in the text;
* :class:`T`: a table of rows of cells (:class:`C` with ``span``
  (``w:gridSpan``) and ``vmerge`` (``"restart"``/``"continue"``), or a bare
  paragraph item); a cell may hold a nested :class:`T`;
* :class:`Box`: a paragraph anchoring a text box, written the way Word does
  it: an ``mc:AlternateContent`` with the box in the ``mc:Choice`` (DrawingML)
  and again in the ``mc:Fallback`` (VML).

Headers and footers (``headers={"first": [...], "default": [...]}``,
``title_page=True`` for ``w:titlePg``), footnotes and endnotes are parts of
:func:`docx_bytes`. Numbering (``NUMBERING``): numId 1 = decimal ``1.`` /
``a)`` / ``i.``; 2 = bullets; 3 = the same list as 1 (Word continues it);
4 and 5 = the same list restarted at 1 and at 5 (``w:startOverride``);
6 = ``Vraag %1`` attached to the paragraph style ``Vraagnummer``.
"""

from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (f'xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
_OFFICE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/></w:style>
<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/></w:style>
<w:style w:type="paragraph" w:styleId="Vraagnummer"><w:name w:val="Vraagnummer"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="VraagTekst"><w:name w:val="Vraag tekst"/><w:basedOn w:val="Vraagnummer"/></w:style>
</w:styles>"""
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Vraagnummer"/><w:lvlText w:val="Vraag %1"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>"""


@dataclass
class R:
    """A run of text with emphasis, or a footnote/endnote reference."""

    text: str
    bold: bool = False
    italic: bool = False
    footnote: int | None = None  # a footnote reference run (w:footnoteReference)
    endnote: int | None = None
    #: a custom reference mark (w:customMarkFollows): this text is printed instead of a number
    custom: str | None = None


@dataclass
class P:
    runs: list[str | R] = field(default_factory=list)
    style: str | None = None
    num: tuple[int, int] | None = None
    #: only ``w:ilvl`` in the paragraph; the list comes from the style
    ilvl: int | None = None


@dataclass
class C:
    """A table cell: paragraph items (or a nested table), span and vertical merge."""

    items: list = field(default_factory=list)
    span: int = 1
    vmerge: str | None = None  # "restart" or "continue"


@dataclass
class T:
    rows: list[list] = field(default_factory=list)


@dataclass
class Box:
    """A paragraph anchoring a text box with these items (and optional own runs)."""

    items: list = field(default_factory=list)
    runs: list[str | R] = field(default_factory=list)


def _run(r: str | R) -> str:
    if isinstance(r, str):
        r = R(r)
    props = ("<w:b/>" if r.bold else "") + ("<w:i/>" if r.italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    sup = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    for kind, nid in (("footnote", r.footnote), ("endnote", r.endnote)):
        if nid is not None:
            if r.custom is not None:
                return (f'<w:r>{sup}<w:{kind}Reference w:customMarkFollows="1" w:id="{nid}"/></w:r>'
                        f'<w:r>{sup}<w:t>{escape(r.custom)}</w:t></w:r>')
            return f'<w:r>{sup}<w:{kind}Reference w:id="{nid}"/></w:r>'
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
    if p.style or p.num or p.ilvl is not None:
        style = f'<w:pStyle w:val="{p.style}"/>' if p.style else ""
        num = ""
        if p.num:
            num = f'<w:numPr><w:ilvl w:val="{p.num[1]}"/><w:numId w:val="{p.num[0]}"/></w:numPr>'
        elif p.ilvl is not None:
            num = f'<w:numPr><w:ilvl w:val="{p.ilvl}"/></w:numPr>'
        ppr = f"<w:pPr>{style}{num}</w:pPr>"
    return f"<w:p>{ppr}{''.join(_run(r) for r in p.runs)}</w:p>"


def _box(b: Box) -> str:
    content = f"<w:txbxContent>{items_xml(b.items)}</w:txbxContent>"
    choice = ('<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Tekstvak 1"/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
              "</w:drawing></mc:Choice>")
    fallback = f'<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback>'
    own = "".join(_run(r) for r in b.runs)
    return f"<w:p><w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>{own}</w:p>"


def _table(t: T) -> str:
    cols = max((sum(c.span if isinstance(c, C) else 1 for c in row) for row in t.rows), default=1)
    grid = "".join('<w:gridCol w:w="3000"/>' for _ in range(cols))
    rows = []
    for row in t.rows:
        cells = []
        for c in row:
            if not isinstance(c, C):
                c = C([c])
            pr = (f'<w:gridSpan w:val="{c.span}"/>' if c.span > 1 else "") + (
                f'<w:vMerge w:val="{c.vmerge}"/>' if c.vmerge == "restart" else "<w:vMerge/>" if c.vmerge else "")
            body = items_xml(c.items) if c.items else ""
            if not c.items or isinstance(c.items[-1], T):
                body += "<w:p/>"  # Word ends every cell with a paragraph
            cells.append(f"<w:tc><w:tcPr>{pr}</w:tcPr>{body}</w:tc>")
        rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


def items_xml(items: list) -> str:
    out = []
    for it in items:
        if isinstance(it, T):
            out.append(_table(it))
        elif isinstance(it, Box):
            out.append(_box(it))
        else:
            out.append(paragraph_xml(it))
    return "".join(out)


def document_xml(items: list, sect: str = "<w:sectPr/>") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_NS}>'
            f"<w:body>{items_xml(items)}{sect}</w:body></w:document>")


def _story(tag: str, items: list) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {_NS}>{items_xml(items)}</w:{tag}>'


def notes_xml(kind: str, notes: dict[int, str]) -> str:
    """``w:footnotes``/``w:endnotes`` with the separator notes Word writes first."""
    items = "".join(
        f'<w:{kind} w:id="{k}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {escape(v)}</w:t></w:r></w:p></w:{kind}>'
        for k, v in notes.items()
    )
    sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
           f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s xmlns:w="{W}">{sep}{items}</w:{kind}s>'


def footnotes_xml(notes: dict[int, str]) -> str:
    return notes_xml("footnote", notes)


def docx_bytes(paragraphs: list, footnotes: dict[int, str] | None = None,
               document: str | None = None, *, endnotes: dict[int, str] | None = None,
               headers: dict[str, list] | None = None, footers: dict[str, list] | None = None,
               title_page: bool = False, numbering: str | None = None) -> bytes:
    """A complete DOCX file; ``document`` replaces the generated document.xml.

    ``headers``/``footers`` map a type (``default``, ``first``, ``even``) to
    the items of that part. Entries carry a fixed timestamp, so the same
    input gives the same bytes.
    """
    rels = [("styles", "styles.xml"), ("numbering", "numbering.xml"), ("footnotes", "footnotes.xml"),
            ("endnotes", "endnotes.xml")]
    parts = {
        "word/styles.xml": STYLES,
        "word/numbering.xml": numbering or NUMBERING,
        "word/footnotes.xml": notes_xml("footnote", footnotes or {}),
        "word/endnotes.xml": notes_xml("endnote", endnotes or {}),
    }
    overrides = [("/word/document.xml", f"{_OFFICE}.document.main+xml"), ("/word/styles.xml", f"{_OFFICE}.styles+xml"),
                 ("/word/numbering.xml", f"{_OFFICE}.numbering+xml"), ("/word/footnotes.xml", f"{_OFFICE}.footnotes+xml"),
                 ("/word/endnotes.xml", f"{_OFFICE}.endnotes+xml")]
    refs = []
    for kind, stories in (("header", headers or {}), ("footer", footers or {})):
        for n, (typ, items) in enumerate(stories.items(), start=1):
            part = f"{kind}{n}.xml"
            rid = f"rId{len(rels) + 1}"
            rels.append((kind, part))
            parts[f"word/{part}"] = _story("hdr" if kind == "header" else "ftr", items)
            overrides.append((f"/word/{part}", f"{_OFFICE}.{kind}+xml"))
            refs.append(f'<w:{kind}Reference w:type="{typ}" r:id="{rid}"/>')
    sect = f"<w:sectPr>{''.join(refs)}{'<w:titlePg/>' if title_page else ''}</w:sectPr>"
    parts["word/document.xml"] = document if document is not None else document_xml(paragraphs, sect)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides) + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(f'<Relationship Id="rId{i}" Type="{_REL}/{k}" Target="{t}"/>' for i, (k, t) in enumerate(rels, 1))
                + "</Relationships>")
    files = {"[Content_Types].xml": ct, "_rels/.rels": root_rels, "word/_rels/document.xml.rels": doc_rels, **parts}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
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


def _field(label: str, value: str) -> list:
    """A letterhead field as Word's Rijkshuisstijl writes it: label and value paragraphs."""
    return [P([R(label, bold=True)]), P([value]), ""]


def brief_nummering() -> bytes:
    """A ministry answer letter: letterhead in a first-page header text box and a
    table, questions numbered by Word (``w:numPr``), lettered sub-lists, a joint
    answer, footnotes, and a restarted list of annexes."""
    sender = Box(["Ministerie van Financiën", "Directie Belastingdienst", ""]
                 + _field("Datum", "12 maart 2024") + _field("Onze referentie", "2024-0000061234")
                 + _field("Uw kenmerk", "2024Z02211"))
    running = Box(["Ministerie van Financiën", ""] + _field("Datum", "12 maart 2024")
                  + _field("Onze referentie", "2024-0000061234"))
    pager = P(["Pagina 2 van 3"])
    letterhead = T([
        [C(["> Retouradres Postbus 20201 2500 EE Den Haag"], span=2)],
        [C(["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA Den Haag"], span=2)],
        [P([R("Betreft", bold=True)]), "Antwoorden Kamervragen over wachttijden bij de Belastingtelefoon"],
    ])
    q = (1, 0)
    paras: list = [
        letterhead,
        "Geachte voorzitter,",
        "Hierbij zend ik u de antwoorden op de vragen van het lid Van Dijk (CDA) aan de staatssecretaris van "
        "Financiën over wachttijden bij de Belastingtelefoon (2024Z02211).",
        "De staatssecretaris van Financiën – Fiscaliteit en Belastingdienst,",
        "M.L.A. van Rij",
        P([R("Antwoorden op vragen van het lid Van Dijk (CDA) aan de staatssecretaris van Financiën over "
             "wachttijden bij de Belastingtelefoon (ingezonden 20 februari 2024)", bold=True)], style="Kop1"),
        P(["Bent u bekend met het bericht «Uren in de wacht bij de Belastingtelefoon»?", R("", footnote=2)], num=q),
        P([R("Antwoord", bold=True)]),
        "Ja.",
        P(["Hoe lang was de gemiddelde wachttijd in januari 2024, en hoeveel bellers hingen op?"], num=q),
        P([R("Antwoord", bold=True)]),
        "De gemiddelde wachttijd was 14 minuten. Daarbij:",
        P(["hing 22 procent van de bellers op voordat zij iemand spraken;"], num=(1, 1)),
        P(["belde 9 procent binnen een week opnieuw."], num=(1, 1)),
        P(["Welke maatregelen neemt u om de wachttijden te verkorten?"], num=q),
        P([R("Antwoord", bold=True)]),
        "De Belastingdienst neemt twee maatregelen:",
        P(["er worden 150 extra medewerkers geworven;"], num=(1, 1)),
        P(["de terugbelservice wordt uitgebreid."], num=(1, 1)),
        P(["Deze maatregelen staan ook in de Stand van de uitvoering", R("", footnote=5), "."]),
        P(["Klopt het dat de terugbelservice in het weekend niet beschikbaar is?"], num=q),
        P(["Bent u bereid de Belastingtelefoon ook op zaterdag open te stellen?"], num=q),
        P([R("Antwoord op vragen 4 en 5", bold=True)]),
        "Dat klopt. Vanaf 1 juni 2024 is de Belastingtelefoon ook op zaterdag van 9.00 tot 13.00 uur bereikbaar.",
        "Bijlagen:",
        P(["Stand van de uitvoering, februari 2024"], num=(4, 0)),
        P(["Overzicht wachttijden 2023"], num=(4, 0)),
    ]
    notes = {2: "De Telegraaf, 18 februari 2024.", 5: "Kamerstuk 31 066, nr. 1350."}
    return docx_bytes(paras, notes, headers={"first": [sender], "default": [running, pager]}, title_page=True)


def antwoordlijst_tabel() -> bytes:
    """An answer list laid out as a ``Nr | Vraag | Antwoord`` table under a cover
    letter, with a theme row across the table, a nested table of figures and an
    answer cell merged over two questions (``w:vMerge``)."""
    head = Box(["Algemene Rekenkamer", "Lange Voorhout 8", "Postbus 20015", "2500 EA Den Haag"])
    cover = T([
        [C(["Aan de voorzitter van de vaste commissie voor Infrastructuur en Waterstaat van de Tweede Kamer"], span=2)],
        ["Datum", "4 april 2024"],
        ["Betreft", "Beantwoording vragen over het rapport Resultaten verantwoordingsonderzoek 2023 bij het "
                    "Ministerie van Infrastructuur en Waterstaat"],
        ["Ons kenmerk", "24000321 R"],
    ])
    figures = T([["Jaar", "Begroot", "Gerealiseerd"], ["2022", "€ 2,1 mld", "€ 1,8 mld"],
                 ["2023", "€ 2,4 mld", "€ 1,9 mld"]])
    table = T([
        [P([R("Nr.", bold=True)]), P([R("Vraag", bold=True)]), P([R("Antwoord", bold=True)])],
        [C([P([R("Thema: onderhoud van bruggen en sluizen", bold=True)])], span=3)],
        ["1", "Hoeveel bruggen hebben achterstallig onderhoud?",
         "Volgens Rijkswaterstaat hebben 78 bruggen achterstallig onderhoud."],
        ["2", "Hoeveel geld is in 2022 en 2023 aan onderhoud uitgegeven?",
         C(["Minder dan begroot:", figures,
            P(["Het verschil komt vooral door een tekort aan technisch personeel.", R("", footnote=1)])])],
        ["3", "Wanneer is het achterstallig onderhoud weggewerkt?",
         C(["Rijkswaterstaat verwacht dat niet vóór 2035. Vragen 3 en 4 beantwoorden wij samen."], vmerge="restart")],
        ["4", "Welke risico’s brengt dit uitstel mee?", C([], vmerge="continue")],
        [C([P([R("Thema: verantwoording", bold=True)])], span=3)],
        ["5", "Waarom is de bedrijfsvoeringsparagraaf niet volledig?",
         "Het ministerie heeft de gegevens over de inhuur van externen te laat aangeleverd."],
    ])
    paras: list = [
        cover,
        "Geachte voorzitter,",
        "Op 14 maart 2024 heeft uw commissie ons vragen gesteld over het rapport Resultaten "
        "verantwoordingsonderzoek 2023. Hieronder vindt u onze antwoorden.",
        table,
        "Algemene Rekenkamer",
        "drs. P.J.H. van Huffelen, secretaris",
    ]
    notes = {1: "Zie ook Kamerstuk 36 560 XII, nr. 2."}
    return docx_bytes(paras, notes, headers={"first": [head]}, title_page=True)


#: sample file name -> builder
SAMPLES = {
    "antwoordbrief.docx": antwoordbrief,
    "antwoordbrief-nummering.docx": brief_nummering,
    "antwoordlijst-tabel.docx": antwoordlijst_tabel,
}


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    for name, build in SAMPLES.items():
        data = build()
        (out_dir / name).write_bytes(data)
        print(f"wrote {out_dir / name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
