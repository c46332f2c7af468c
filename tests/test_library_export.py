"""parsers.library.export: Markdown, CSV and JSON of questions, documents, hits, tables."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from parsers.library import ExportError, Library, export_document, export_entries, export_rows
from parsers.model import (
    Answer, Citation, Document, Faction, Figure, Meta, Question, Report,
)
from tests.test_library_index import build_folder


def make_doc() -> Document:
    """A hand-made nota: two faction blocks, a joint block, statuses, a figure, a citation."""
    return Document(
        meta=Meta(kind="nota-naar-aanleiding-van-verslag", house="Eerste Kamer", dossier="36800-K",
                  document_letter="F", publication_id="kst-36800-K-F",
                  title="Vaststelling  van de\nbegrotingsstaat"),
        factions=[
            Faction(name="SP", questions=[
                Question(id="SP-1", number=1, text="Hoeveel kost munitie?",
                         answer=Answer(text="Het kost € 5 miljoen.\n\n# geen kop")),
                Question(id="SP-2", number=2, text="Regel één,\nregel \"twee\".",
                         answer=Answer(text="Zie antwoord op vraag 1.", status="by-reference")),
            ]),
            Faction(name="CDA", members=["SP"], questions=[
                Question(id="CDA-1", number=1, text="- een lijstje?\x1b[31m", answer=None),
            ]),
        ],
        figures=[Figure(kind="money", text="€ 5 miljoen", value=Decimal("5000000"), unit="EUR",
                        question="SP-1", field="answer", start=9, end=20)],
        citations=[Citation(kind="kamerstuk", text="Kamerstuk 36 725 X, nr. 6", id="kst-36725-X-6",
                            question="SP-2", field="answer", start=0, end=25)],
        report=Report(),
    )


def test_csv_of_a_document_has_one_row_per_question():
    text = export_document(make_doc(), "csv", name="ek/f.txt")
    lines = text.split("\n")
    assert lines[0] == ("document,publication_id,kind,dossier,faction,question_id,number,status,"
                        "question,answer,audit,audit_reason,footnotes,notice")
    assert lines[1] == ("ek/f.txt,kst-36800-K-F,nota-naar-aanleiding-van-verslag,36800-K,SP,SP-1,1,"
                        "answered,Hoeveel kost munitie?,\"Het kost € 5 miljoen.")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 4
    assert rows[2][5:] == ["SP-2", "2", "by-reference", 'Regel één,\nregel "twee".',
                           "Zie antwoord op vraag 1.", "", "", "", ""]
    assert rows[3][4:8] == ["CDA", "CDA-1", "1", "missing"]
    assert rows[3][9] == ""


def test_selection_by_question_and_by_faction():
    doc = make_doc()
    one = json.loads(export_document(doc, "json", name="f", question="sp-2"))
    assert [r["question_id"] for r in one] == ["SP-2"]
    # a faction includes the joint blocks that name it
    sp = json.loads(export_document(doc, "json", name="f", faction="sp"))
    assert [r["question_id"] for r in sp] == ["SP-1", "SP-2", "CDA-1"]
    cda = json.loads(export_document(doc, "json", name="f", faction="CDA"))
    assert [r["question_id"] for r in cda] == ["CDA-1"]
    with pytest.raises(ExportError) as err:
        export_document(doc, "md", name="f", question="VVD-1")
    assert str(err.value) == 'no question "VVD-1" in this document'
    with pytest.raises(ExportError) as err:
        export_document(doc, "md", name="f", faction="VVD")
    assert str(err.value) == 'no faction "VVD" in this document; it has CDA, SP'


def test_json_is_valid_and_escapes_controls():
    text = export_document(make_doc(), "json", name="f")
    assert "\x1b" not in text
    rows = json.loads(text)
    assert rows[2]["question"] == "- een lijstje?\x1b[31m"
    assert rows[0] == {
        "document": "f", "publication_id": "kst-36800-K-F", "kind": "nota-naar-aanleiding-van-verslag",
        "dossier": "36800-K", "faction": "SP", "question_id": "SP-1", "number": 1,
        "status": "answered", "question": "Hoeveel kost munitie?",
        "answer": "Het kost € 5 miljoen.\n\n# geen kop", "audit": None, "audit_reason": None, "footnotes": {},
        "notice": None,
    }


def test_markdown_of_a_document():
    text = export_document(make_doc(), "md", name="ek/f.txt")
    assert text == (
        "# Vaststelling van de begrotingsstaat\n\n"
        "- Bestand: ek/f.txt\n- Soort: nota-naar-aanleiding-van-verslag\n- Kamer: Eerste Kamer\n"
        "- Dossier: 36800-K F\n- Publicatie: kst-36800-K-F\n\n"
        "## SP\n\n### SP-1\n\n**Vraag**\n\nHoeveel kost munitie?\n\n"
        "**Antwoord**\n\nHet kost € 5 miljoen.\n\n\\# geen kop\n\n"
        "### SP-2\n\n**Vraag**\n\nRegel één,\nregel \"twee\".\n\n"
        "**Antwoord** (verwijst naar een ander antwoord)\n\nZie antwoord op vraag 1.\n\n"
        "## CDA\n\n### CDA-1\n\n**Vraag**\n\n\\- een lijstje?\x1b[31m\n\n**Geen antwoord**\n"
    )


def test_markdown_in_the_interface_language():
    from tui.i18n import _, set_language

    set_language("en")
    try:
        text = export_document(make_doc(), "md", name="ek/f.txt", tr=_)
    finally:
        set_language("nl")
    assert "- File: ek/f.txt\n- Kind: nota-naar-aanleiding-van-verslag\n- House: Eerste Kamer\n" in text
    assert "**Answer** (refers to another answer)" in text and text.endswith("**No answer**\n")


def test_tables_figures_and_citations():
    doc = make_doc()
    assert export_document(doc, "csv", name="f", table="figures") == (
        "question,field,kind,text,value,unit,start,end\n"
        "SP-1,answer,money,€ 5 miljoen,5000000,EUR,9,20\n")
    assert export_document(doc, "csv", name="f", table="citations",
                           resolved={"KST-36725-X-6": "tk/cited.txt"}) == (
        "question,field,kind,text,id,url,kamerstuk,in_library\n"
        "SP-2,answer,kamerstuk,\"Kamerstuk 36 725 X, nr. 6\",kst-36725-X-6,,,tk/cited.txt\n")
    [fig] = json.loads(export_document(doc, "json", name="f", table="figures"))
    assert fig["value"] == "5000000" and fig["unit"] == "EUR"
    with pytest.raises(ExportError) as err:
        export_document(doc, "md", name="f", table="figures")
    assert str(err.value) == "tables export as csv or json, not md"
    with pytest.raises(ExportError) as err:
        export_document(doc, "xlsx", name="f")
    assert str(err.value) == "unknown format 'xlsx'; use md, csv or json"


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    library = Library(build_folder(tmp_path_factory.mktemp("export")), no_cache=True)
    library.refresh()
    yield library
    library.close()


def test_search_results_export(lib):
    rows = lib.question_rows(lib.search('"separate brief"'))
    assert [(r["document"], r["question_id"], r["status"]) for r in rows] == [
        ("tk/lijst.txt", "3", "deferred"), ("ek/memorie.txt", "VVD-2", "deferred")]
    text = export_rows(rows, "csv")
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert parsed[1]["answer"] == ("Over de eerste resultaten informeer ik uw Kamer in een "
                                   "separate brief voor 1 juli 2027.")
    assert parsed[1]["faction"] == "VVD" and parsed[0]["faction"] == ""
    assert json.loads(export_rows(rows, "json")) == rows
    md = export_rows(rows, "md", title="Search: separate brief")
    assert md.startswith("# Search: separate brief\n\n2 vragen\n\n## tk/lijst.txt — 3\n\n"
                         "kst-36600-XIII-12 · uitgesteld\n\n**Vraag**\n\n"
                         "Wanneer ontvangt de Kamer de evaluatie van de regeling?\n")


def test_library_list_export(lib):
    entries = lib.entries()
    rows = list(csv.DictReader(io.StringIO(export_entries(entries, "csv"))))
    assert [r["path"] for r in rows] == [e.rel for e in entries]
    assert rows[0]["state"] == "failed" and rows[0]["error"].startswith("broken.pdf: geen PDF-bestand")
    lijst = next(r for r in rows if r["path"] == "tk/lijst.txt")
    assert (lijst["questions"], lijst["by_reference"], lijst["deferred"]) == ("4", "1", "1")
    md = export_entries(entries, "md").split("\n")
    assert md[0] == "| path | state | kind | dossier | letter | date | questions | title |"
    assert md[2] == "| broken.pdf | failed | unknown |  |  |  | 0 |  |"
    assert json.loads(export_entries(entries, "json"))[3]["publication_id"] == "kst-36725-X-6"


def _footnoted():
    from parsers.model import Answer, Document, Faction, FootnoteRef, Question

    qs = [Question(id="1", number=1, text="Kent u het bericht?", answer=Answer(text="Ja, zie de brief.")),
          Question(id="2", number=2, text="Hoeveel?", answer=Answer(text="Twaalf."))]
    return Document(factions=[Faction(name=None, questions=qs)],
                    footnotes={"1": "NOS, 10 januari 2024.", "2": "Kamerstuk 36 600, nr. 3.", "3": "Los."},
                    footnote_refs=[FootnoteRef(key="1", question="1", field="question", start=19),
                                   FootnoteRef(key="2", question="1", field="answer", start=17)])


def test_footnotes_export_as_markdown_footnotes_and_a_field():
    from parsers.library.export import export_document

    doc = _footnoted()
    md = export_document(doc, "md", name="x.txt")
    assert "Kent u het bericht?[^1]" in md and "Ja, zie de brief.[^2]" in md
    # definitions at the end; a footnote without a known mark is listed as well
    assert md.rstrip("\n").splitlines()[-3:] == [
        "[^1]: NOS, 10 januari 2024.", "[^2]: Kamerstuk 36 600, nr. 3.", "[^3]: Los."]
    one = export_document(doc, "md", name="x.txt", question="2")
    assert "[^" not in one
    rows = json.loads(export_document(doc, "json", name="x.txt"))
    assert [r["footnotes"] for r in rows] == [{"1": "NOS, 10 januari 2024.", "2": "Kamerstuk 36 600, nr. 3."}, {}]
    table = export_document(doc, "csv", name="x.txt")
    assert '"[1] NOS, 10 januari 2024.\n[2] Kamerstuk 36 600, nr. 3."' in table
