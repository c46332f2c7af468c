"""Write small ODT (OpenDocument text) files with the standard library only.

Run this file to (re)generate the ODT sample in ``samples/``; through
:func:`odt_bytes` it also builds the inline ODT inputs of
``tests/test_reader_odt.py``. Content is written as ODF XML snippets with
the helpers below (``p``, ``h``, ``span``, ``note``, ``lst``, ``table``,
``frame``); ``STYLES`` holds the named styles used: ``Vet`` (bold text),
``Kop`` (a heading paragraph style), list styles ``L1`` (``1.``, ``a)``),
``L2`` (``(i)``) and ``LB`` (bullets).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xml="http://www.w3.org/XML/1998/namespace" office:version="1.3"')
MIME = "application/vnd.oasis.opendocument.text"

AUTO_STYLES = """<office:automatic-styles>
<style:style style:name="Vet" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Schuin" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="PVet" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="L1">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>
</text:list-style>
<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="i"/></text:list-style>
<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>"""


def styles_xml(header: str = "", footer: str = "") -> str:
    """styles.xml with a heading style and a master page with this header/footer content."""
    hdr = f"<style:header>{header}</style:header>" if header else ""
    ftr = f"<style:footer>{footer}</style:footer>" if footer else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS}><office:styles>'
            '<style:style style:name="Standard" style:family="paragraph"/>'
            '<style:style style:name="Kop" style:display-name="Heading 1" style:family="paragraph" '
            'style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>'
            "</office:styles><office:master-styles>"
            f'<style:master-page style:name="Standard">{hdr}{ftr}</style:master-page>'
            "</office:master-styles></office:document-styles>")


def _inline(parts) -> str:
    if isinstance(parts, str):
        parts = [parts]
    return "".join(x if x.startswith("<") else escape(x) for x in parts)


def p(parts="", style: str | None = None) -> str:
    """A paragraph; ``parts`` is text or a list of text and inline snippets."""
    st = f" text:style-name={quoteattr(style)}" if style else ""
    return f"<text:p{st}>{_inline(parts)}</text:p>"


def h(parts, level: int = 1) -> str:
    return f'<text:h text:style-name="Kop" text:outline-level="{level}">{_inline(parts)}</text:h>'


def span(text: str, style: str = "Vet") -> str:
    return f'<text:span text:style-name="{style}">{escape(text)}</text:span>'


def note(cite: str, body: str, cls: str = "footnote") -> str:
    return (f'<text:note text:note-class="{cls}"><text:note-citation>{escape(cite)}</text:note-citation>'
            f"<text:note-body>{p(body)}</text:note-body></text:note>")


def lst(items: list, style: str = "L1", *, cont: bool = False, list_id: str | None = None,
        continue_list: str | None = None) -> str:
    """A list; an item is a paragraph snippet, a list of snippets (the first one
    numbered), or a tuple (start value, snippet)."""
    attrs = f' text:style-name="{style}"'
    if cont:
        attrs += ' text:continue-numbering="true"'
    if list_id:
        attrs += f' xml:id="{list_id}"'
    if continue_list:
        attrs += f' text:continue-list="{continue_list}"'
    out = []
    for it in items:
        start = ""
        if isinstance(it, tuple):
            start, it = f' text:start-value="{it[0]}"', it[1]
        body = "".join(it) if isinstance(it, list) else it
        out.append(f"<text:list-item{start}>{body}</text:list-item>")
    return f"<text:list{attrs}>{''.join(out)}</text:list>"


def cell(content: str | list, cols: int = 1, rows: int = 1) -> str:
    attrs = (f' table:number-columns-spanned="{cols}"' if cols > 1 else "") + (
        f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
    body = "".join(content) if isinstance(content, list) else (p(content) if content and not content.startswith("<") else content)
    return f"<table:table-cell{attrs}>{body}</table:table-cell>"


COVERED = "<table:covered-table-cell/>"


def table(rows: list[list[str]], header: int = 0) -> str:
    """Rows of ``cell(...)``/``COVERED`` snippets (plain strings become cells)."""
    def row(r: list[str]) -> str:
        return "<table:table-row>" + "".join(c if c.startswith("<table:") else cell(c) for c in r) + "</table:table-row>"
    head = "".join(row(r) for r in rows[:header])
    body = "".join(row(r) for r in rows[header:])
    cols = max(len(r) for r in rows)
    return (f'<table:table table:name="Tabel1"><table:table-column table:number-columns-repeated="{cols}"/>'
            + (f"<table:table-header-rows>{head}</table:table-header-rows>" if head else "") + body + "</table:table>")


def frame(paras: list[str]) -> str:
    return f'<draw:frame draw:name="Kader1"><draw:text-box>{"".join(paras)}</draw:text-box></draw:frame>'


def odt_bytes(body: list[str], *, header: str = "", footer: str = "", mimetype: str = MIME,
              content: str | None = None) -> bytes:
    """A complete ODT file (the ``mimetype`` member first and stored, as ODF requires)."""
    content = content if content is not None else (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>{AUTO_STYLES}'
        f"<office:body><office:text>{''.join(body)}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text, method in (("mimetype", mimetype, zipfile.ZIP_STORED),
                                   ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
                                   ("content.xml", content, zipfile.ZIP_DEFLATED),
                                   ("styles.xml", styles_xml(header, footer), zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, date_time=(2024, 2, 9, 12, 0, 0))
            info.compress_type = method
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def aanhangsel() -> bytes:
    """An Aanhangsel publication as ODT: Vraag/Antwoord labels, numbered lists
    (continued, restarted with a start value), a footnote, a table of figures
    and a text box, and a running header and footer."""
    body = [
        p("Tweede Kamer der Staten-Generaal"),
        p("Vergaderjaar 2023–2024"),
        h("Aanhangsel van de Handelingen"),
        p("Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden"),
        p("1502"),
        p("Vragen van het lid Kostić (PvdD) aan de Minister van Landbouw, Natuur en Voedselkwaliteit over "
          "stalbranden (ingezonden 12 januari 2024)."),
        p("Antwoord van Minister Adema (Landbouw, Natuur en Voedselkwaliteit) (ontvangen 9 februari 2024)."),
        p(span("Vraag 1"), "PVet"),
        p(["Bent u bekend met het bericht «Opnieuw duizenden dieren omgekomen bij stalbrand»?",
           note("1", "NOS, 10 januari 2024.")]),
        p(span("Antwoord 1"), "PVet"),
        p("Ja."),
        p(span("Vraag 2"), "PVet"),
        p("Hoeveel dieren zijn in 2022 en 2023 bij stalbranden omgekomen?"),
        p(span("Antwoord 2"), "PVet"),
        p("Volgens het Verbond van Verzekeraars kwamen de volgende aantallen dieren om:"),
        table([["Jaar", "Branden", "Dieren"], ["2022", "39", "113.000"], ["2023", "41", "164.000"]], header=1),
        p(span("Vraag 3"), "PVet"),
        p("Welke maatregelen neemt u, en per wanneer gelden zij?"),
        p(span("Antwoord 3"), "PVet"),
        p("Ik neem de volgende maatregelen:"),
        lst([p("een verplichte brandmeldinstallatie in nieuwe stallen;"),
             [p("een periodieke keuring van de elektrische installatie;"),
              lst([p("in bestaande stallen vanaf 2025;"), p("in nieuwe stallen direct.")])]]),
        p("Daarnaast werk ik aan:"),
        lst([p("een vluchtplan per stal.")], cont=True),
        p("Voor de langere termijn staan in het Actieplan stalbranden nog twee punten:"),
        lst([(1, p("onderzoek naar compartimentering;")), p("voorlichting aan veehouders.")], "L2"),
        frame([p("Zie ook Kamerstuk 28 286, nr. 1301.")]),
    ]
    header = p("ah-tk-20232024-1502")
    footer = p(["Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel ", "<text:page-number>2</text:page-number>"])
    return odt_bytes(body, header=header, footer=footer)


SAMPLES = {"kamervragen-aanhangsel.odt": aanhangsel}


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    for name, build in SAMPLES.items():
        data = build()
        (out_dir / name).write_bytes(data)
        print(f"wrote {out_dir / name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
