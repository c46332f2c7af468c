"""The DOCX reader: paragraphs, runs, hints, Word numbering, footnotes, zip safety."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import sys
import time
import zipfile
from pathlib import Path

import pytest

import parsers
from parsers import ParseError
from parsers.readers.docx import read_docx

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_spec = importlib.util.spec_from_file_location("make_docx", SAMPLES / "tools" / "make_docx.py")
make_docx = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_docx", make_docx)  # dataclasses look their module up
_spec.loader.exec_module(make_docx)
P, R, docx_bytes = make_docx.P, make_docx.R, make_docx.docx_bytes


def texts(src):
    return [b.text for b in src.blocks]


def test_paragraphs_runs_tabs_and_breaks():
    data = docx_bytes(["AH 610", "", P(["Een\tdeel", R(" en nog", italic=True), "\nnieuwe regel"])])
    src = read_docx(data, "brief.docx")
    assert texts(src) == ["AH 610", "Een deel en nog\nnieuwe regel"]
    assert [b.line for b in src.blocks] == [1, 3]
    assert src.format == "docx" and src.name == "brief.docx"


def test_bold_only_when_all_runs_are_bold():
    data = docx_bytes([P([R("Vraag 1", bold=True)]), P([R("Half", bold=True), " niet"]), P([R("Schuin", italic=True)])])
    src = read_docx(data, "b.docx")
    assert [(b.text, b.bold, b.italic) for b in src.blocks] == [
        ("Vraag 1", True, False), ("Half niet", False, False), ("Schuin", False, True),
    ]


def test_bold_switched_off_explicitly_is_not_bold():
    doc = (f'<w:document xmlns:w="{make_docx.W}"><w:body><w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr>'
           "<w:t>Niet vet</w:t></w:r></w:p></w:body></w:document>")
    src = read_docx(docx_bytes([], document=doc), "b0.docx")
    assert [(b.text, b.bold) for b in src.blocks] == [("Niet vet", False)]


def test_heading_styles():
    data = docx_bytes([P(["Inleiding"], style="Kop1"), "Tekst", P(["Sub"], style="Kop2")])
    src = read_docx(data, "h.docx")
    assert [(b.text, b.heading) for b in src.blocks] == [("Inleiding", True), ("Tekst", False), ("Sub", True)]


def test_word_numbering_is_computed():
    data = docx_bytes([
        P(["Kunt u bevestigen dat het klopt?"], num=(1, 0)),
        P(["eerste deel"], num=(1, 1)),
        P(["tweede deel"], num=(1, 1)),
        P(["Waarom niet?"], num=(1, 0)),
        P(["weer een deel"], num=(1, 1)),
        P(["een opsommingsteken"], num=(2, 0)),
        P(["Zelfde lijst, ander numId"], num=(3, 0)),
        "Gewone alinea",
    ])
    src = read_docx(data, "n.docx")
    assert [(b.text, b.list_item) for b in src.blocks] == [
        ("1. Kunt u bevestigen dat het klopt?", True),
        ("a) eerste deel", True),
        ("b) tweede deel", True),
        ("2. Waarom niet?", True),
        ("a) weer een deel", True),
        ("een opsommingsteken", True),
        # numId 3 has the same w:abstractNum and no w:startOverride: Word continues the list
        ("3. Zelfde lijst, ander numId", True),
        ("Gewone alinea", False),
    ]


def test_word_numbering_restarts_and_levels():
    data = docx_bytes([
        P(["Eerste"], num=(1, 0)),
        P(["Tweede"], num=(1, 0)),
        P(["diep"], num=(1, 2)),
        P(["dieper nog"], num=(1, 2)),
        P(["sub"], num=(1, 1)),
        P(["diep na sub"], num=(1, 2)),
        "Tussenkop zonder nummer",
        P(["Opnieuw vanaf 1"], num=(4, 0)),
        P(["en verder"], num=(4, 0)),
        P(["oude numId loopt door"], num=(1, 0)),
        P(["vanaf vijf"], num=(5, 0)),
        P(["zes"], num=(5, 0)),
    ])
    assert texts(read_docx(data, "r.docx")) == [
        "1. Eerste", "2. Tweede", "i. diep", "ii. dieper nog", "a) sub", "i. diep na sub",
        "Tussenkop zonder nummer",
        "1. Opnieuw vanaf 1", "2. en verder", "3. oude numId loopt door", "5. vanaf vijf", "6. zes",
    ]


def test_numbering_from_the_paragraph_style_and_worded_labels():
    # style Vraagnummer carries numId 6 (lvlText "Vraag %1") without a level; VraagTekst is based on it
    data = docx_bytes([
        P(["Kent u het bericht?"], style="Vraagnummer"),
        P(["Antwoord"]),
        P(["Ja."]),
        P(["Wat vindt u ervan?"], style="VraagTekst"),
        P(["deelvraag"], style="Vraagnummer", ilvl=1),
        P(["geen nummer"], style="Vraagnummer", num=(0, 0)),
        P([""], style="Vraagnummer"),
    ])
    src = read_docx(data, "s.docx")
    assert [(b.text, b.list_item) for b in src.blocks] == [
        ("Vraag 1\nKent u het bericht?", True),
        ("Antwoord", False),
        ("Ja.", False),
        ("Vraag 2\nWat vindt u ervan?", True),
        ("A. deelvraag", True),
        ("geen nummer", False),
        ("Vraag 3", True),  # an empty numbered paragraph still shows its number
    ]


def test_numbered_questions_reach_the_grammar():
    data = docx_bytes([
        "Vragen van het lid Jansen (SP) aan de minister van Financiën over de toeslagen (ingezonden 1 mei 2024).",
        P(["Kunt u bevestigen dat de toeslagen te laat zijn uitbetaald?"], num=(1, 0)),
        P([R("Antwoord", bold=True)]),
        P(["Ja, in 120 gevallen."]),
        P(["Waarom is dat gebeurd?"], num=(1, 0)),
        P([R("Antwoord", bold=True)]),
        P(["Door een storing."]),
    ])
    path = Path(__file__).parent / "_tmp_numbered.docx"
    try:
        path.write_bytes(data)
        doc = parsers.parse_path(path)
    finally:
        path.unlink()
    qs = doc.questions()
    assert [(q.id, q.text) for q in qs] == [
        ("1", "Kunt u bevestigen dat de toeslagen te laat zijn uitbetaald?"),
        ("2", "Waarom is dat gebeurd?"),
    ]
    assert [q.answer.text for q in qs] == ["Ja, in 120 gevallen.", "Door een storing."]


def test_tables_deleted_text_and_field_codes():
    w = make_docx.W
    doc = (f'<w:document xmlns:w="{w}"><w:body>'
           "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cel A</w:t></w:r></w:p></w:tc>"
           "<w:tc><w:p><w:r><w:t>Cel B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
           "<w:p><w:r><w:t>Wel</w:t></w:r><w:del><w:r><w:delText>weg</w:delText></w:r></w:del>"
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 3</w:t></w:r>'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF bron </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> bron</w:t></w:r>'
           '<w:hyperlink><w:r><w:t> link</w:t></w:r></w:hyperlink></w:p>'
           '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple><w:r><w:t>Daarna</w:t></w:r></w:p>'
           "</w:body></w:document>")
    src = read_docx(docx_bytes([], document=doc), "t.docx")
    # a page number field's value means nothing off the page; other field results are text
    assert texts(src) == ["Cel A", "Cel B", "Wel bron link", "Daarna"]


def test_symbol_characters():
    doc = (f'<w:document xmlns:w="{make_docx.W}"><w:body><w:p><w:r><w:t>Prijs </w:t>'
           '<w:sym w:font="Arial" w:char="20AC"/><w:t> 5</w:t><w:sym w:font="Wingdings" w:char="F0E0"/>'
           '<w:sym w:font="X" w:char="zz"/></w:r></w:p></w:body></w:document>')
    # a Unicode symbol is text; a private-use symbol-font glyph (an arrow in Wingdings) is not
    assert texts(read_docx(docx_bytes([], document=doc), "s.docx")) == ["Prijs € 5"]


def test_footnotes_are_collected_and_markers_removed():
    data = docx_bytes([P(["Kent u het bericht?", R("", footnote=7)])], footnotes={7: "NRC, 1 mei 2024."})
    src = read_docx(data, "f.docx")
    assert texts(src) == ["Kent u het bericht?"]
    assert src.footnotes == {"1": "NRC, 1 mei 2024."}


# -- refusals ------------------------------------------------------------

def _zip(members: dict[str, bytes], compress=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        for k, v in members.items():
            z.writestr(k, v)
    return buf.getvalue()


def test_zip_without_document_is_not_docx():
    with pytest.raises(ParseError) as err:
        read_docx(_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<a/>"}), "x.docx")
    assert str(err.value) == "x.docx: geen DOCX-document (word/document.xml ontbreekt)"


def test_damaged_zip_is_refused():
    with pytest.raises(ParseError) as err:
        read_docx(b"PK\x03\x04" + b"\x00" * 40, "kapot.docx")
    assert str(err.value) == "kapot.docx: geen DOCX-document (beschadigd of geen zip-bestand)"


def test_zip_bomb_by_declared_size_is_refused():
    big = b"<w:document>" + b" " * (60 * 1024 * 1024) + b"</w:document>"
    start = time.monotonic()
    with pytest.raises(ParseError) as err:
        read_docx(_zip({"word/document.xml": big}), "bom.docx")
    assert str(err.value) == "bom.docx: DOCX te groot na uitpakken (mogelijk een zipbom)"
    assert time.monotonic() - start < 5


def test_zip_bomb_by_ratio_is_refused():
    dense = b"<a>" + b"x" * (5 * 1024 * 1024) + b"</a>"
    with pytest.raises(ParseError) as err:
        read_docx(_zip({"word/document.xml": dense}), "ratio.docx")
    assert str(err.value) == "ratio.docx: DOCX te groot na uitpakken (mogelijk een zipbom)"


def test_entity_declarations_in_document_xml_are_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM")
    doc = (f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<w:document xmlns:w="{make_docx.W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
    with pytest.raises(ParseError) as err:
        read_docx(docx_bytes([], document=doc), "xxe.docx")
    assert str(err.value) == "xxe.docx: XML met entiteitsdeclaraties wordt geweigerd (mogelijke entity-expansion-aanval)"


def test_empty_document_is_refused():
    with pytest.raises(ParseError) as err:
        read_docx(docx_bytes(["", "  "]), "leeg.docx")
    assert str(err.value) == "leeg.docx: het DOCX-document bevat geen tekst"


# -- sample, end to end ---------------------------------------------------

def test_sample_is_what_the_generator_writes():
    assert (SAMPLES / "antwoordbrief.docx").read_bytes() == make_docx.antwoordbrief()


def test_sample_docx_reader_output():
    src = read_docx((SAMPLES / "antwoordbrief.docx").read_bytes(), "antwoordbrief.docx")
    assert texts(src)[:6] == [
        "AH 1780", "2024Z03318",
        "Antwoord van minister Van den Berg (Landbouw, Natuur en Voedselkwaliteit) (ontvangen 19 maart 2024)",
        "Vragen van het lid Hermans (GroenLinks-PvdA) aan de minister van Landbouw, Natuur en Voedselkwaliteit "
        "over het bericht «Boeren wachten maanden op uitbetaling subsidie» (ingezonden 27 februari 2024).",
        "1", "Bent u bekend met het bericht «Boeren wachten maanden op uitbetaling subsidie»?",
    ]
    assert src.footnotes == {"1": "De Telegraaf, 24 februari 2024."}


def test_sample_docx_end_to_end():
    doc = parsers.parse_path(SAMPLES / "antwoordbrief.docx")
    assert doc.meta.kind == "kamervragen"
    assert [q.number for q in doc.questions()] == [1, 2, 3]
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Hermans", "GroenLinks-PvdA")]
    assert doc.meta.date == dt.date(2024, 3, 19)
    assert doc.meta.date_submitted == dt.date(2024, 2, 27)
    assert doc.meta.zaak == "2024Z03318"
    q = doc.questions()
    assert q[0].text == "Bent u bekend met het bericht «Boeren wachten maanden op uitbetaling subsidie»?"
    assert q[0].answer.text == "Ja."
    assert "€ 86 miljoen" in q[1].answer.text and "het uitvoeringsbudget" in q[1].answer.text
    assert q[2].answer.text.startswith("Zie antwoord vraag 2.")
