"""The ODT reader, and the one-line messages for legacy office formats."""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from pathlib import Path

import pytest

import parsers
from parsers import ParseError
from parsers.readers import read_path, sniff
from parsers.readers.odt import read_odt

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_spec = importlib.util.spec_from_file_location("make_odt", SAMPLES / "tools" / "make_odt.py")
make_odt = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_odt", make_odt)
_spec.loader.exec_module(make_odt)
p, h, span, note, lst, table, cell, frame, odt_bytes = (
    make_odt.p, make_odt.h, make_odt.span, make_odt.note, make_odt.lst, make_odt.table, make_odt.cell,
    make_odt.frame, make_odt.odt_bytes)
COVERED = make_odt.COVERED


def texts(src):
    return [b.text for b in src.blocks]


def test_paragraphs_headings_spaces_breaks_and_styles():
    data = odt_bytes([
        h("Inleiding"),
        p(["Een", "<text:s text:c=\"3\"/>", "twee", "<text:tab/>", "drie", "<text:line-break/>", "vier"]),
        p(span("Vraag 1")),
        p(span("Vraag 2"), "PVet"),
        p(["Half ", span("vet")]),
        p(["Wel", "<text:tracked-changes/>", "<office:annotation><text:p>commentaar</text:p></office:annotation>",
           " zichtbaar"]),
    ])
    src = read_odt(data, "a.odt")
    assert [(b.text, b.bold, b.heading) for b in src.blocks] == [
        ("Inleiding", True, True),
        ("Een twee drie\nvier", False, False),
        ("Vraag 1", True, False),
        ("Vraag 2", True, False),
        ("Half vet", False, False),
        ("Wel zichtbaar", False, False),
    ]
    assert src.format == "odt" and src.name == "a.odt"


def test_list_numbering_levels_continuation_and_start_values():
    data = odt_bytes([
        lst([p("een"), [p("twee"), lst([p("sub a"), p("sub b")])], p("drie")], list_id="lijst1"),
        p("tussendoor"),
        lst([p("vier")], cont=True),
        lst([p("weer een")]),  # a new list: starts again
        lst([p("vijf")], continue_list="lijst1"),
        lst([(4, p("vanaf iv")), p("v")], "L2"),
        lst([p("punt")], "LB"),
        lst(["<text:p><text:number>7.</text:number>zoals gedrukt</text:p>"]),  # a number cached by the producer
    ])
    src = read_odt(data, "l.odt")
    assert [(b.text, b.list_item) for b in src.blocks] == [
        ("1. een", True), ("2. twee", True), ("a) sub a", True), ("b) sub b", True), ("3. drie", True),
        ("tussendoor", False),
        ("4. vier", True),
        ("1. weer een", True),
        ("5. vijf", True),
        ("(iv) vanaf iv", True), ("(v) v", True),
        ("punt", True),
        ("7. zoals gedrukt", True),
    ]


def test_numbered_questions_in_an_odt_list_reach_the_grammar(tmp_path):
    data = odt_bytes([
        p("Vragen van het lid Jansen (SP) aan de minister van Financiën over de toeslagen (ingezonden 1 mei 2024)."),
        lst([p("Kunt u bevestigen dat de toeslagen te laat zijn uitbetaald?")], list_id="v"),
        p(span("Antwoord")),
        p("Ja, in 120 gevallen."),
        lst([p("Waarom is dat gebeurd?")], continue_list="v"),
        p(span("Antwoord")),
        p("Door een storing."),
    ])
    path = tmp_path / "vragen.odt"
    path.write_bytes(data)
    qs = parsers.parse_path(path).questions()
    assert [(q.id, q.text, q.answer.text) for q in qs] == [
        ("1", "Kunt u bevestigen dat de toeslagen te laat zijn uitbetaald?", "Ja, in 120 gevallen."),
        ("2", "Waarom is dat gebeurd?", "Door een storing."),
    ]


def test_footnotes_endnotes_and_text_boxes():
    data = odt_bytes([
        p(["Zie het rapport", note("1", "Rapport A."), " en de brief", note("*", "Brief B."), "."]),
        p(["Slot", note("i", "Eindnoot.", "endnote"), frame([p("In een kader")])]),
    ])
    src = read_odt(data, "n.odt")
    assert texts(src) == ["Zie het rapport en de brief.", "Slot", "In een kader"]
    assert src.footnotes == {"1": "Rapport A.", "*": "Brief B.", "i": "Eindnoot."}
    assert src.footnote_refs == [(0, 15, "1"), (0, 27, "*"), (1, 4, "i")]


def test_tables_with_spanned_and_covered_cells():
    qa = table([
        ["Nr", "Vraag", "Antwoord"],
        [cell(p(span("Thema: water")), cols=3), COVERED, COVERED],
        ["1", "Is het droog?", cell("Nee, het regent al weken.", rows=2)],
        ["2", "Blijft dat zo?", COVERED],
        ["3", "Wie betaalt?", "Het Rijk."],
    ], header=1)
    src = read_odt(odt_bytes([qa]), "t.odt")
    assert [(b.role, b.label, b.text) for b in src.blocks] == [
        (None, None, "Nr | Vraag | Antwoord"),
        (None, None, "Thema: water"),
        ("question-label", "1", "Is het droog?"),
        ("question-label", "2", "Blijft dat zo?"),
        ("answer-label", "Antwoord 1 en 2", "Nee, het regent al weken."),
        ("question-label", "3", "Wie betaalt?"),
        ("answer-label", "Antwoord", "Het Rijk."),
    ]
    letter = table([["Datum", "9 februari 2024"], ["Betreft", "Stalbranden"]])
    src = read_odt(odt_bytes([letter]), "l.odt")
    assert texts(src) == ["Datum 9 februari 2024", "Betreft Stalbranden"]
    assert src.meta == {"date": "2024-02-09"}


def test_running_header_and_footer_are_furniture_and_page_numbers_left_out():
    data = odt_bytes([p("Tekst")], header=p("ah-tk-20232024-1502"),
                     footer=p(["Pagina ", "<text:page-number>3</text:page-number>"]))
    src = read_odt(data, "h.odt")
    assert texts(src) == ["Tekst"]
    assert src.dropped == [("ah-tk-20232024-1502", None, "page furniture (running header)")]


# -- the sample ------------------------------------------------------------------

def test_sample_is_what_the_generator_writes():
    assert (SAMPLES / "kamervragen-aanhangsel.odt").read_bytes() == make_odt.aanhangsel()


def test_sample_odt_parse_facts():
    doc = parsers.parse_path(SAMPLES / "kamervragen-aanhangsel.odt")
    m = doc.meta
    assert (m.kind, m.source_format, m.publication_id, m.document_number) == (
        "kamervragen", "odt", "ah-tk-20232024-1502", "1502")
    assert [(a.name, a.party) for a in m.askers] == [("Kostić", "PvdD")]
    assert (str(m.date_submitted), str(m.date)) == ("2024-01-12", "2024-02-09")
    qs = doc.questions()
    assert [(q.id, q.label) for q in qs] == [("1", "Vraag 1"), ("2", "Vraag 2"), ("3", "Vraag 3")]
    assert qs[0].text == "Bent u bekend met het bericht «Opnieuw duizenden dieren omgekomen bij stalbrand»?"
    assert [q.answer.text.split("\n")[0] for q in qs] == [
        "Ja.", "Volgens het Verbond van Verzekeraars kwamen de volgende aantallen dieren om:",
        "Ik neem de volgende maatregelen:"]
    answer3 = [ln for ln in qs[2].answer.text.split("\n") if ln]
    assert answer3[1:4] == ["1. een verplichte brandmeldinstallatie in nieuwe stallen;",
                            "2. een periodieke keuring van de elektrische installatie;",
                            "a) in bestaande stallen vanaf 2025;"]
    assert "3. een vluchtplan per stal." in answer3 and "(i) onderzoek naar compartimentering;" in answer3
    assert "2022 | 39 | 113.000" in qs[1].answer.text
    assert doc.footnotes == {"1": "NOS, 10 januari 2024."}


# -- refusals and legacy formats ----------------------------------------------------

def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, v in members.items():
            z.writestr(k, v)
    return buf.getvalue()


def test_odt_is_sniffed_by_content_not_by_name(tmp_path):
    path = tmp_path / "brief.docx"  # an ODT with the wrong extension
    path.write_bytes(odt_bytes([p("Hallo")]))
    src = read_path(path)
    assert (src.format, texts(src)) == ("odt", ["Hallo"])


def test_other_opendocument_kinds_and_damage_are_refused_in_one_line():
    ods = odt_bytes([p("x")], mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ParseError) as err:
        read_odt(ods, "begroting.ods")
    assert str(err.value) == ("begroting.ods: een OpenDocument-rekenblad (.ods), geen tekstdocument; "
                              "sla het op als PDF en open dat")
    with pytest.raises(ParseError) as err:
        read_odt(_zip({"mimetype": make_odt.MIME.encode()}), "leeg.odt")
    assert str(err.value) == "leeg.odt: geen ODT-document (content.xml ontbreekt)"
    with pytest.raises(ParseError) as err:
        read_odt(odt_bytes([p("")]), "niets.odt")
    assert str(err.value) == "niets.odt: het ODT-document bevat geen tekst"


def test_entity_declarations_in_content_xml_are_refused():
    content = '<!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content/>'
    with pytest.raises(ParseError) as err:
        read_odt(odt_bytes([], content=content), "xxe.odt")
    assert str(err.value) == "xxe.odt: XML met entiteitsdeclaraties wordt geweigerd (mogelijke entity-expansion-aanval)"


def _ole(*streams: str) -> bytes:
    """The first bytes of an OLE2 compound file with these directory entries."""
    head = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504
    return head + b"".join(s.encode("utf-16-le") + b"\x00" * (64 - 2 * len(s)) for s in streams)


@pytest.mark.parametrize(("name", "data", "message"), [
    ("motie.doc", _ole("Root Entry", "WordDocument", "1Table"),
     "motie.doc: een oud Word-bestand (.doc, Word 97–2003); sla het op als .docx of PDF en open dat"),
    ("geheim.docx", _ole("Root Entry", "EncryptionInfo", "EncryptedPackage"),
     "geheim.docx: een met een wachtwoord beveiligd (versleuteld) Office-document; "
     "open het in Word, verwijder het wachtwoord, sla het op en open dat"),
    ("cijfers.xls", _ole("Root Entry", "Workbook"),
     "cijfers.xls: een Excel-rekenblad (.xls), geen document; sla de tekst op als .docx of PDF en open dat"),
    ("raar.doc", _ole("Root Entry"),
     "raar.doc: een oud Microsoft Office-bestand (OLE2); sla het op als .docx of PDF en open dat"),
    ("brief.rtf", b"{\\rtf1\\ansi Hallo}",
     "brief.rtf: een RTF-bestand (Rich Text Format); sla het op als .docx of PDF en open dat"),
])
def test_legacy_formats_say_what_they_are(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ParseError) as err:
        read_path(path)
    assert str(err.value) == message


def test_sniff_names_the_formats():
    assert sniff(_ole("WordDocument"), ".doc") == "ole"
    assert sniff(b"{\\rtf1 x}", ".txt") == "rtf"
    assert sniff(odt_bytes([p("x")]), ".zip") == "odt"
