"""Round documents probed by format (issue 12): the readers of PDF, HTML,
DOCX and ODT on layouts real files have and the first samples lacked.

Each test states the true facts of its document (question and answer text,
footnotes, what must not show) and checks the parse against them.
"""

from __future__ import annotations

import importlib.util
import sys

import parsers
from parsers.pipeline import parse_source
from parsers.readers.docx import read_docx
from parsers.readers.html import read_html
from parsers.readers.odt import read_odt
from parsers.readers.pdf_columns import side_column
from parsers.readers.pdf_layout import Frag, build_source
from tests.corpus import SAMPLES


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, SAMPLES / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return sys.modules[name]


def _qa(doc) -> list[tuple[str, str, str | None]]:
    return [(str(q.number), q.text, q.answer.text if q.answer else None) for f in doc.factions for q in f.questions]


def _all_text(doc) -> str:
    return "\n".join([doc.intro, doc.closing] + [t for _, q, a in _qa(doc) for t in (q, a or "")])


# -- PDF ------------------------------------------------------------------------
def test_two_column_aanhangsel_is_read_column_by_column():
    """Left column, then right, then the next page: an answer runs on from the
    left column into the right one (``Noord-`` / ``Brabant`` hyphenated at the
    line end) and another on to page 2."""
    doc = parsers.parse_path(SAMPLES / "kamervragen-twee-kolommen.pdf")
    assert _qa(doc) == [
        ("1", "Bent u bekend met het artikel «Wachtlijsten jeugdzorg groeien opnieuw»?", "Ja."),
        ("2", "Hoeveel kinderen stonden op 1 januari 2006 op een wachtlijst voor de jeugdzorg, uitgesplitst naar "
              "provincie?",
         "Op 1 januari 2006 stonden 4 412 kinderen op een wachtlijst voor de jeugdzorg. Een uitsplitsing naar "
         "provincie treft u aan in de bijlage bij deze antwoorden. De provincies Zuid-Holland en Noord-Brabant "
         "hebben de langste wachtlijsten; daar wachten kinderen gemiddeld meer dan negen weken op hulp. In de "
         "andere provincies is de gemiddelde wachttijd korter dan zes weken. Het kabinet vindt ook die wachttijd "
         "te lang."),
        ("3", "Welke maatregelen neemt u om de wachtlijsten terug te dringen?",
         "Het kabinet trekt in 2006 extra geld uit voor de jeugdzorg: 30 miljoen euro structureel. Daarnaast "
         "worden de provincies gevraagd om voor 1 juli 2006 een plan van aanpak te maken waarin zij aangeven hoe "
         "zij de wachtlijsten voor het eind van het jaar tot nul terugbrengen. De voortgang wordt per kwartaal "
         "gemonitord en aan uw Kamer gemeld in de voortgangsrapportage jeugdzorg."),
    ]
    assert doc.footnotes == {"1": "de Volkskrant, 5 januari 2006."}
    assert [(r.key, r.question, r.field) for r in doc.footnote_refs] == [("1", "1", "question")]
    assert doc.meta.publication_id == "ah-tk-20052006-2345"
    assert str(doc.meta.date) == "2006-02-07"
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Van der Ham", "D66")]
    assert doc.report.confidence == 1.0


def test_letterhead_column_is_not_glued_into_the_body_lines():
    """Rijkshuisstijl: the sender column (small type, right) shares baselines
    with the addressee and the cover letter, but is none of their text."""
    doc = parsers.parse_path(SAMPLES / "kamervragen-brief-huisstijl.pdf")
    paras = doc.intro.split("\n\n")
    assert "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Postbus 20018 2500 EA DEN HAAG" in paras
    assert ("Hierbij zend ik u de antwoorden op de vragen van het lid Van Nispen (SP) over de wachttijden bij de "
            "IND (ingezonden 4 februari 2025, 2025Z01234).") in paras
    assert ("Directoraat-Generaal Migratie Turfmarkt 147 2511 DP Den Haag Postbus 20301 2500 EH Den Haag "
            "www.rijksoverheid.nl/jenv") in paras
    assert doc.meta.answerer == "Staatssecretaris van Justitie en Veiligheid"
    assert doc.meta.signatories == ["M.H.M. Struycken"]
    assert _qa(doc)[1] == ("2", "Hoeveel verzoeken liggen er nog?", "Op 1 februari lagen er 21.000 verzoeken.")


def _page(page: int, body: list[tuple[float, str]], side: list[tuple[float, str]]) -> list[Frag]:
    return ([Frag(t, 75, y, 9.5, page=page) for y, t in body]
            + [Frag(t, 470, y, 6.5, page=page) for y, t in side])


def test_a_letterhead_column_on_a_later_page_is_furniture_not_answer_text():
    body1 = [(700 - 13 * k, t) for k, t in enumerate(["Vraag 1", "Wat kost het project in totaal en wie",
                                                     "betaalt welk deel van de kosten?", "", "Antwoord 1",
                                                     "Het project kost 40 miljoen euro. Het Rijk betaalt de"])]
    body2 = [(700, "helft, de provincie en de gemeente elk een kwart."), (687, ""), (674, "Vraag 2"),
             (661, "Wanneer begint de bouw?"), (635, "Antwoord 2"), (622, "In het voorjaar van 2026.")]
    side = [(700, "Directie Wegen"), (691, "Datum"), (682, "3 maart 2025"), (673, "Ons kenmerk"), (664, "5512345")]
    frags = [f for f in _page(1, body1, side) + _page(2, body2, side) if f.text]
    src = build_source(frags, {1: 842.0, 2: 842.0}, "brief.pdf")
    doc = parse_source(src)
    assert _qa(doc) == [
        ("1", "Wat kost het project in totaal en wie betaalt welk deel van de kosten?",
         "Het project kost 40 miljoen euro. Het Rijk betaalt de helft, de provincie en de gemeente elk een kwart."),
        ("2", "Wanneer begint de bouw?", "In het voorjaar van 2026."),
    ]
    assert [t for t, _, why in src.dropped if "letterhead column" in why] == \
        ["Directie Wegen", "Datum", "3 maart 2025", "Ons kenmerk", "5512345"]


def test_the_last_column_of_a_small_type_table_is_no_letterhead():
    """Small type at the right that has cells left of it on its baseline is a table."""
    body = [Frag(f"Een regel lopende tekst van de brief, nummer {k}.", 75, 700 - 13 * k, 9.5) for k in range(4)]
    table = [Frag(t, x, y, 6.9) for y in (600, 590, 580)
             for x, t in ((314, "Meldingen in het jaar"), (394, "Meldingen in 2022"), (480, "Meldingen in 2023"))]
    assert side_column(body + table, 9.5) is None


# -- HTML -----------------------------------------------------------------------
def test_site_furniture_around_a_web_page_stays_out_of_the_round():
    """A tweedekamer.nl-style page (no ``div.stuk``, no ``main``): cookie
    banner, skip link, menus, breadcrumbs, sidebar and site footer are dropped;
    the document is found."""
    doc = parsers.parse_path(SAMPLES / "kamervragen-tk-webpagina.html")
    assert doc.intro.split("\n\n") == [
        "Antwoord op vragen van het lid Kostić over de uitbraak van vogelgriep",
        "Kenmerk: 2024Z19876 Datum: 17 december 2024",
        "Vragen van het lid Kostić (PvdD) aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur over "
        "de uitbraak van vogelgriep in Barneveld (ingezonden 2 december 2024).",
    ]
    qa = _qa(doc)
    assert [n for n, _, _ in qa] == ["1", "2", "3"]
    assert qa[2] == ("3", "Bent u bereid deze vragen binnen drie weken te beantwoorden?",
                     "Ik heb de vragen zo spoedig mogelijk beantwoord.")
    # entities and a table nested in a cell: its cells kept apart
    assert qa[1][2] == ("Er zijn 120.000 kippen geruimd. De kosten zijn € 1,2 miljoen; de sector betaalt mee via het "
                        "Diergezondheidsfonds – zie de tabel.\n\nJaar | Geruimd\n\n2023 | 80.000\n\n"
                        "2024 | Barneveld | 120.000")
    text = _all_text(doc)
    for furniture in ("cookies", "Direct naar de inhoud", "Kamerleden en commissies", "Home", "Filter op",
                      "070 318 22 11", "Privacy", "Toegankelijkheid", "Vraag 9"):
        assert furniture not in text
    assert doc.closing == ""


def test_html_role_and_id_name_furniture_too():
    page = ('<html><body><div role="navigation"><p>Vraag 1 over het menu?</p></div>'
            '<div id="site-footer"><p>Colofon</p></div>'
            '<p><b>Vraag 1</b><br>Kent u het bericht?</p><p><b>Antwoord 1</b><br>Ja.</p></body></html>')
    src = read_html(page.encode(), "p.html")
    assert [b.text for b in src.blocks] == ["Vraag 1\nKent u het bericht?", "Antwoord 1\nJa."]


# -- DOCX and ODT ---------------------------------------------------------------
def test_docx_answer_letter_with_tracked_changes_fields_controls_and_split_labels():
    """Deleted text and field instructions do not show, inserted text and
    field results do; a label bold over two runs (``Vra`` + ``ag 1``), a
    question in a content control, a footnote and an endnote."""
    mk = _tool("make_docx")

    def p(*runs: str) -> str:
        return f"<w:p>{''.join(runs)}</w:p>"

    def r(text: str, bold: bool = False) -> str:
        return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'

    body = "".join([
        p(r("Antwoorden op vragen van het lid Dobbe (SP) over wachtlijsten in de ggz (ingezonden 20 februari 2025).")),
        p(r("Vra", True), r("ag 1", True)),
        p(r("Bent u bekend met het bericht ‘Wachtlijsten ggz lopen op’?"), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
        p(r("Antwoord", True), r(" 1", True)),
        p(r("Ja.")),
        p(r("Vraag 2", True)),
        p(r("Hoeveel mensen staan er op een wachtlijst?"),
          '<w:del w:id="9" w:author="x"><w:r><w:delText xml:space="preserve"> Kunt u dit per regio uitsplitsen?'
          '</w:delText></w:r></w:del>'),
        p(r("Antwoord 2", True)),
        p(r("Op 1 januari stonden "), '<w:ins w:id="10" w:author="x"><w:r><w:t xml:space="preserve">ongeveer </w:t>'
          '</w:r></w:ins>', r("80.000 mensen op een wachtlijst; zie "),
          '<w:fldSimple w:instr=" REF _Ref1 \\h "><w:r><w:t>tabel 1</w:t></w:r></w:fldSimple>', r(" en "),
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK '
          '"https://www.nza.nl" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
          r("de website van de NZa"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r(".")),
        '<w:sdt><w:sdtPr><w:alias w:val="Vraag"/></w:sdtPr><w:sdtContent>' + p(r("Vraag 3", True))
        + p(r("Wat gaat u doen?")) + "</w:sdtContent></w:sdt>",
        p(r("Antwoord 3", True)),
        p(r("Zie het antwoord op vraag 2."), '<w:r><w:endnoteReference w:id="1"/></w:r>'),
    ])
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {mk._NS}><w:body>{body}<w:sectPr/></w:body></w:document>'
    data = mk.docx_bytes([], {1: "NOS, 18 februari 2025."}, document, endnotes={1: "Kamerstuk 25 424, nr. 700."})
    doc = parse_source(read_docx(data, "brief.docx"))
    assert _qa(doc) == [
        ("1", "Bent u bekend met het bericht ‘Wachtlijsten ggz lopen op’?", "Ja."),
        ("2", "Hoeveel mensen staan er op een wachtlijst?",
         "Op 1 januari stonden ongeveer 80.000 mensen op een wachtlijst; zie tabel 1 en de website van de NZa."),
        ("3", "Wat gaat u doen?", "Zie het antwoord op vraag 2."),
    ]
    assert doc.footnotes == {"1": "NOS, 18 februari 2025.", "i": "Kamerstuk 25 424, nr. 700."}
    assert "regio" not in _all_text(doc) and "HYPERLINK" not in _all_text(doc)


def test_docx_table_with_merged_answer_cell_and_spanned_theme_rows():
    """Nr | Vraag | Antwoord with a ``w:gridSpan`` theme row and a ``w:vMerge``
    answer over two rows that opens with ``Vragen 2 en 3 worden samen
    beantwoord.``: a joint answer, no hidden-label warning."""
    mk = _tool("make_docx")
    C, T = mk.C, mk.T
    table = T([["Nr", "Vraag", "Antwoord"],
               [C(["Wegen"], span=3)],
               ["1", "Hoeveel verkeersdoden waren er in 2023?", "In 2023 waren er 684 verkeersdoden."],
               ["2", "Hoeveel geld gaat naar de N-wegen?",
                C(["Vragen 2 en 3 worden samen beantwoord.", "Er gaat 100 miljoen euro naar de N-wegen."],
                  vmerge="restart")],
               ["3", "Hoe wordt het verdeeld?", C([""], vmerge="continue")]])
    data = mk.docx_bytes(["Nr. 12 LIJST VAN VRAGEN EN ANTWOORDEN", "Vastgesteld 1 november 2024", table])
    doc = parse_source(read_docx(data, "lijst.docx"))
    joint = "Vragen 2 en 3 worden samen beantwoord.\n\nEr gaat 100 miljoen euro naar de N-wegen."
    assert _qa(doc) == [("1", "Hoeveel verkeersdoden waren er in 2023?", "In 2023 waren er 684 verkeersdoden."),
                        ("2", "Hoeveel geld gaat naar de N-wegen?", joint), ("3", "Hoe wordt het verdeeld?", joint)]
    assert {q.section for f in doc.factions for q in f.questions} == {"Wegen"}
    assert [c.code for c in doc.report.checks] == []


def test_odt_tracked_deletion_does_not_show_and_list_prefix_is_the_label():
    """LibreOffice keeps deleted text in ``text:tracked-changes``; a list
    style with ``num-prefix="Vraag "`` draws the question label."""
    mk = _tool("make_odt")
    styles = ('<office:automatic-styles><text:list-style style:name="LV"><text:list-level-style-number '
              'text:level="1" style:num-prefix="Vraag " style:num-suffix=":" style:num-format="1"/>'
              '</text:list-style></office:automatic-styles>')

    def item(text: str, first: bool = False) -> str:
        cont = "" if first else ' text:continue-numbering="true"'
        return f'<text:list text:style-name="LV"{cont}><text:list-item><text:p>{text}</text:p></text:list-item></text:list>'

    body = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info>'
            '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">x</dc:creator></office:change-info>'
            '<text:p>Kunt u dit per regio uitsplitsen?</text:p></text:deletion></text:changed-region>'
            '</text:tracked-changes>'
            '<text:p>Antwoorden op vragen van het lid Podt (D66) over Ter Apel (ingezonden 1 juli 2024).</text:p>'
            + item("Hoeveel mensen sliepen er buiten?<text:change text:change-id=\"c1\"/>", first=True)
            + "<text:p>Antwoord</text:p><text:p>Op 29 juni ongeveer 50.</text:p>"
            + item("Wat doet u daaraan?") + "<text:p>Antwoord</text:p><text:p>Er komen noodlocaties.</text:p>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {mk.NS}>{styles}'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    doc = parse_source(read_odt(mk.odt_bytes([], content=content), "a.odt"))
    assert _qa(doc) == [("1", "Hoeveel mensen sliepen er buiten?", "Op 29 juni ongeveer 50."),
                        ("2", "Wat doet u daaraan?", "Er komen noodlocaties.")]
    assert "regio" not in _all_text(doc)


def _words(text: str, x: float, y: float, page: int = 1, size: float = 8.5, bold: bool = False) -> list[Frag]:
    """A line set word by word, as many PDF producers do."""
    out = []
    for word in text.split():
        out.append(Frag(word, x, y, size, bold=bold, page=page))
        x += (len(word) + 1) * size * 0.5
    return out


def test_two_columns_set_word_by_word_with_a_short_right_column():
    """The last page of a two-column document: the right column holds only
    the end of the last answer, three lines beside a full left column."""
    left = ["Vragen van het lid Bikker (ChristenUnie) aan de", "Minister van Justitie over de gokreclame.", "1",
            "Hoeveel mensen hebben een gokprobleem?", "Antwoord van minister Van Weel (Justitie).", "1",
            "Naar schatting hebben 90.000 mensen een", "gokprobleem; dat aantal stijgt sinds de",
            "opening van de legale markt in 2021. Het", "kabinet neemt daarom maatregelen tegen de"]
    right = ["reclame voor online kansspelen: vanaf", "volgend jaar is die op tv en radio", "helemaal verboden."]
    frags: list[Frag] = []
    y = 760.0
    for line in left:
        if line == "1" or line.startswith("Antwoord"):
            y -= 7  # the space between paragraphs
        frags += _words(line, 55, y, bold=line == "1")
        y -= 11
    for k, line in enumerate(right):
        frags += _words(line, 310, 760 - 11 * k)
    doc = parse_source(build_source(frags, {1: 842.0}, "kolommen.pdf"))
    assert _qa(doc) == [("1", "Hoeveel mensen hebben een gokprobleem?",
                         "Naar schatting hebben 90.000 mensen een gokprobleem; dat aantal stijgt sinds de opening "
                         "van de legale markt in 2021. Het kabinet neemt daarom maatregelen tegen de reclame voor "
                         "online kansspelen: vanaf volgend jaar is die op tv en radio helemaal verboden.")]


def test_an_indented_signature_beside_nothing_is_no_second_column():
    """Lines that start far right with nothing on their left (a signature
    block, a right-aligned date) leave a one-column page as it is."""
    body = [f"Dit is regel {k} van een gewone brief met een lange zin die doorloopt tot de" for k in range(8)]
    frags: list[Frag] = []
    for k, line in enumerate(body):
        frags += _words(line, 55, 760 - 11 * k)
    for k, line in enumerate(["De Minister van Justitie en Veiligheid,", "mr. D.M. van Weel, minister van staat",
                              "Den Haag, op de derde dag van maart"]):
        frags += _words(line, 330, 600 - 11 * k)
    from parsers.readers.pdf_columns import split_columns
    assert split_columns(frags, 8.5, False) is None


def _alt_chunk_docx(chunks: dict[str, bytes]) -> bytes:
    """A DOCX whose body imports each of ``chunks`` (part name -> bytes) with ``w:altChunk``."""
    import io
    import zipfile

    mk = _tool("make_docx")
    rels = "".join(f'<Relationship Id="rIdC{k}" Type="{mk._REL}/aFChunk" Target="{part}"/>'
                   for k, part in enumerate(chunks))
    body = ('<w:p><w:r><w:t>Vragen van het lid Dijk (SP) over armoede (ingezonden 4 maart 2024).</w:t></w:r></w:p>'
            + "".join(f'<w:altChunk r:id="rIdC{k}"/>' for k in range(len(chunks))))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {mk._NS}><w:body>{body}<w:sectPr/>'
                   "</w:body></w:document>")
        for part, data in chunks.items():
            z.writestr(f"word/{part}", data)
    return buf.getvalue()


def test_docx_imported_html_part_is_read_in_its_place():
    """``w:altChunk`` (a converter's or mail merge's way to put HTML into a
    DOCX): Word shows it, so its questions, answers and footnotes count."""
    html = ('<html><body><p><b>Vraag 1</b></p><p>Hoeveel kinderen groeien op in armoede?'
            '<sup><a href="#n1">1</a></sup></p><p><b>Antwoord 1</b></p><p>Ongeveer 200.000.</p>'
            '<div class="voet"><span class="nootnum">1</span> CBS, 2023.</div></body></html>').encode()
    doc = parse_source(read_docx(_alt_chunk_docx({"afchunk.htm": html}), "chunk.docx"))
    assert _qa(doc) == [("1", "Hoeveel kinderen groeien op in armoede?", "Ongeveer 200.000.")]
    assert doc.intro == "Vragen van het lid Dijk (SP) over armoede (ingezonden 4 maart 2024)."
    assert doc.footnotes == {"1": "CBS, 2023."}


def test_docx_imported_part_of_an_unread_kind_is_named_in_a_warning():
    src = read_docx(_alt_chunk_docx({"afchunk.rtf": b"{\\rtf1 Vraag 1 Kent u het bericht?}"}), "rtf.docx")
    assert [b.text for b in src.blocks] == ["Vragen van het lid Dijk (SP) over armoede (ingezonden 4 maart 2024)."]
    assert src.warnings == ["an imported part (w:altChunk) of an unread kind is left out: word/afchunk.rtf"]


def test_a_title_across_the_page_above_two_columns_comes_first():
    """The Aanhangsel head set across the page, then two columns."""
    frags: list[Frag] = []
    for k, line in enumerate(["Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven "
                              "antwoorden, in het vergaderjaar 2005–2006", "Aanhangsel van de Handelingen, "
                              "Tweede Kamer der Staten-Generaal, vergaderjaar 2005–2006, nummer 2346"]):
        frags += _words(line, 55, 790 - 11 * k)
    left = ["Vragen van het lid Halsema (GroenLinks)", "aan de Minister van Justitie over de", "vreemdelingenbewaring.",
            "(Ingezonden 12 januari 2006)", "1", "Hoeveel kinderen zaten in 2005 in", "vreemdelingenbewaring?"]
    right = ["Antwoord van minister Donner (Justitie).", "(Ontvangen 2 februari 2006)", "1",
             "In 2005 zaten 184 kinderen in", "vreemdelingenbewaring, korter dan", "gemiddeld veertien dagen."]
    for col, lines in ((55, left), (310, right)):
        y = 740.0
        for line in lines:
            if line == "1":
                y -= 7
            frags += _words(line, col, y, bold=line == "1")
            y -= 11
    doc = parse_source(build_source(frags, {1: 842.0}, "kop.pdf"))
    assert _qa(doc) == [("1", "Hoeveel kinderen zaten in 2005 in vreemdelingenbewaring?",
                         "In 2005 zaten 184 kinderen in vreemdelingenbewaring, korter dan gemiddeld veertien dagen.")]
    assert doc.intro.startswith("Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven "
                                "antwoorden, in het vergaderjaar 2005–2006")


# -- Markdown (pandoc) ------------------------------------------------------------
def test_markdown_pipe_table_lijst_is_read_as_a_table():
    """A lijst converted to Markdown by pandoc: the Nr | Vraag | Antwoord table
    is a pipe table."""
    text = ("Nr. 12 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 1 november 2024\n\n"
            "| Nr | Vraag | Antwoord |\n|----|-------|----------|\n"
            "| 1 | Hoeveel verkeersdoden waren er in 2023? | In 2023 waren er 684 verkeersdoden. |\n"
            "| 2 | Hoeveel geld gaat naar de N-wegen? | Er gaat 100 miljoen euro naar de N\\|wegen. |\n")
    doc = parsers.parse_text(text, "lijst.md")
    assert doc.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert _qa(doc) == [("1", "Hoeveel verkeersdoden waren er in 2023?", "In 2023 waren er 684 verkeersdoden."),
                        ("2", "Hoeveel geld gaat naar de N-wegen?", "Er gaat 100 miljoen euro naar de N|wegen.")]


def test_markdown_footnotes_escapes_and_a_data_table():
    text = ("Vragen van het lid Dobbe (SP) over de ggz (ingezonden 20 februari 2025).\n\n**Vraag 1**\n\n"
            "Bent u bekend met het bericht \\'Wachtlijsten ggz\\'?[^1]\n\n**Antwoord 1**\n\n"
            "Ja; zie de tabel:\n\n| Regio | Wachtenden |\n|:------|-----------:|\n| Noord | 12.000 |\n\n"
            "[^1]: NOS, 18 februari\n    2025.\n")
    doc = parsers.parse_text(text, "brief.md")
    assert _qa(doc) == [("1", "Bent u bekend met het bericht 'Wachtlijsten ggz'?",
                         "Ja; zie de tabel:\n\nRegio | Wachtenden\n\nNoord | 12.000")]
    assert doc.footnotes == {"1": "NOS, 18 februari 2025."}
    assert [(r.key, r.question, r.field, r.start) for r in doc.footnote_refs] == [("1", "1", "question", 49)]  # after the ?


def _note_pages(page2_small: list[tuple[float, str]]) -> list[Frag]:
    frags = [Frag(t, 220, y, 9, page=1) for y, t in [
        (700, "Vraag 1"), (689, "Wanneer valt het besluit over de Lelylijn?"), (667, "Antwoord 1"),
        (656, "Het besluit valt in 2025, na de verkenning die eerst nodig is.")]]
    frags.append(Frag("1", 220 + 66 * 4.1, 659.5, 5.5, page=1))
    frags.append(Frag("1 Kamerstuk 36 410 A, nr. 5, waarin de eerdere toezeggingen staan die in dit", 220, 120, 7, page=1))
    frags += [Frag(t, 220, y, 9, page=2) for y, t in [
        (760, "Vraag 2"), (749, "Wat kost de Lelylijn?"), (727, "Antwoord 2"), (716, "Tussen de 8 en 12 miljard euro.")]]
    frags += [Frag(t, 220, y, 7, page=2) for y, t in page2_small]
    return frags


def test_a_footnote_that_runs_on_to_the_next_page_foot_is_one_note():
    src = build_source(_note_pages([(120, "antwoord worden herhaald.")]), {1: 842.0, 2: 842.0}, "noot.pdf")
    doc = parse_source(src)
    assert doc.footnotes == {"1": "Kamerstuk 36 410 A, nr. 5, waarin de eerdere toezeggingen staan die in dit "
                                  "antwoord worden herhaald."}
    assert _qa(doc)[1] == ("2", "Wat kost de Lelylijn?", "Tussen de 8 en 12 miljard euro.")


def test_small_type_high_on_the_next_page_is_no_footnote_run_on():
    """A small-type table right under the answer on the next page stays in the answer."""
    src = build_source(_note_pages([(690, "Jaar Kosten"), (681, "2025 8 miljard")]), {1: 842.0, 2: 842.0}, "t.pdf")
    doc = parse_source(src)
    assert doc.footnotes["1"].endswith("staan die in dit")
    assert _qa(doc)[1][2] == "Tussen de 8 en 12 miljard euro.\n\nJaar Kosten 2025 8 miljard"
