"""The library index searches notices (Mededelingen) and keeps each
question's footnotes; an index of the layout before that is rebuilt."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from parsers.library import Library, export_rows, index_path
from parsers.library.database import INDEX_VERSION
from parsers.version import PARSER_VERSION
from tests.corpus import SAMPLES
from tui import cli


@pytest.fixture
def folder(tmp_path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    for name in ("kamervragen-mededeling.txt", "kamervragen-mededeling-verwijzing.txt",
                 "kamervragen-aanhangsel.odt", "antwoordbrief-nummering.docx"):
        shutil.copy(SAMPLES / name, lib / name)
    return lib


@pytest.fixture
def library(tmp_path, folder):
    lib = Library(folder, tmp_path / "cache", workers=1)
    lib.refresh()
    yield lib
    lib.close()


def test_notice_text_is_searched_and_the_hit_says_so(library):
    hits = library.search("gebruikelijke termijn")
    assert [(h.rel, h.question_id, h.field) for h in hits] == [("kamervragen-mededeling.txt", "1", "notice")]
    hit = hits[0]
    assert hit.snippet == "…De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord."
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["gebruikelijke", "termijn"]
    assert hit.to_jsonable()["field"] == "notice"
    # the printed opening line is indexed with the text
    assert [(h.rel, h.field) for h in library.search('"Minister Jetten"')] == [
        ("kamervragen-mededeling-verwijzing.txt", "notice")]


def test_a_notice_is_one_hit_and_in_answers_includes_it(library):
    # the notice concerns all three questions: one hit, at the first
    hits = library.search("Actieprogramma")
    notice = [(h.question_id, h.field) for h in hits if h.rel == "kamervragen-mededeling-verwijzing.txt"]
    assert notice == [("1", "notice")]
    assert [h.field for h in library.search("in:answers Actieprogramma")
            if h.rel == "kamervragen-mededeling-verwijzing.txt"] == ["notice"]
    assert [h.rel for h in library.search("in:questions Actieprogramma")] == []
    assert library.search("Actieprogramma NOT netcongestie") == []


def test_an_index_of_the_older_layout_is_rebuilt(tmp_path, folder):
    path = index_path(tmp_path / "cache", folder)
    path.parent.mkdir(parents=True)
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT);"
        "CREATE TABLE docs (id INTEGER PRIMARY KEY, rel TEXT UNIQUE NOT NULL, size INTEGER,"
        " mtime_ns INTEGER, sha TEXT, state TEXT);"
        "CREATE TABLE questions (id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, ord INTEGER, qid TEXT,"
        " number INTEGER, faction TEXT, factions_key TEXT, status TEXT);"
        "CREATE VIRTUAL TABLE qfts USING fts5(question, answer);")
    old.execute("INSERT INTO info VALUES ('version', ?)", (f"2/{PARSER_VERSION}",))
    st = (folder / "kamervragen-mededeling.txt").stat()
    old.execute("INSERT INTO docs VALUES (1, 'kamervragen-mededeling.txt', ?, ?, 'x', 'ok')",
                (st.st_size, st.st_mtime_ns))
    old.commit()
    old.close()
    lib = Library(folder, tmp_path / "cache", workers=1)
    try:
        assert len(lib.refresh()) == 4
        assert lib.stats.parsed == 4  # the old rows were dropped, not trusted
        assert [h.field for h in lib.search("gebruikelijke")] == ["notice"]
        version = lib.conn.execute("SELECT value FROM info WHERE key='version'").fetchone()[0]
        assert version == f"{INDEX_VERSION}/{PARSER_VERSION}"
    finally:
        lib.close()


def test_search_result_rows_carry_the_footnotes_in_every_export_form(library):
    rows = library.question_rows(library.search("kind:kamervragen", limit=1000))
    notes = {(r["document"], r["question_id"]): r["footnotes"] for r in rows if r["footnotes"]}
    assert notes == {("antwoordbrief-nummering.docx", "1"): {"1": "De Telegraaf, 18 februari 2024."},
                     ("antwoordbrief-nummering.docx", "3"): {"2": "Kamerstuk 31 066, nr. 1350."},
                     ("kamervragen-aanhangsel.odt", "1"): {"1": "NOS, 10 januari 2024."}}
    assert all(r["footnotes"] == {} for r in rows if (r["document"], r["question_id"]) not in notes)
    one = [r for r in rows if (r["document"], r["question_id"]) == ("antwoordbrief-nummering.docx", "1")]
    csv_text = export_rows(one, "csv")
    assert csv_text.splitlines()[0].endswith(",audit_reason,footnotes,notice")
    assert csv_text.splitlines()[1].endswith(',"[1] De Telegraaf, 18 februari 2024.",')
    assert '"footnotes": {\n      "1": "De Telegraaf, 18 februari 2024."\n    }' in export_rows(one, "json")
    md = export_rows(one, "md")
    assert "**Voetnoten**\n\n[1] De Telegraaf, 18 februari 2024.\n" in md
    assert "\n\n\n" not in md  # no empty facts line for a row without publication or faction


def test_cli_search_marks_notice_hits_and_exports_footnotes(folder, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))
    assert cli.main(["search", str(folder), "gebruikelijke"]) == 0
    out = capsys.readouterr().out
    assert out == (f"{folder}/kamervragen-mededeling.txt\t1\tMededeling: …De vragen kunnen niet binnen de "
                   "[gebruikelijke] termijn worden beantwoord.\n")
    assert cli.main(["search", "--lang", "en", str(folder), "gebruikelijke"]) == 0
    assert "\t1\tNotice: …De vragen" in capsys.readouterr().out
    assert cli.main(["export", str(folder), "--query", "Telegraaf OR wacht", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert '"[1] De Telegraaf, 18 februari 2024."' in out


def test_a_letter_that_only_postpones_is_found_by_its_notice(tmp_path):
    lib_dir = tmp_path / "uitstel"
    lib_dir.mkdir()
    shutil.copy(SAMPLES / "kamervragen-uitstel.docx", lib_dir / "uitstel.docx")
    lib = Library(lib_dir, tmp_path / "cache", workers=1)
    try:
        assert [e.questions for e in lib.refresh()] == [0]  # no questions: the notice has a row of its own
        hits = lib.search("afstemming provincies")
        assert [(h.rel, h.question_id, h.field, h.status) for h in hits] == [("uitstel.docx", None, "notice", "deferred")]
        assert [h.question_id for h in lib.search("faction:BBB mestmarkt")] == [None]
        rows = lib.question_rows(hits)
        assert [(r["question_id"], r["question"], r["answer"]) for r in rows] == [(None, "", "")]
        assert rows[0]["notice"].startswith("Hierbij deel ik u mee dat de vragen van het lid Van der Plas (BBB)")
        md = export_rows(rows, "md")
        assert "## uitstel.docx\n" in md and "**Mededeling**\n\nHierbij deel ik u mee" in md
        assert lib.entries()[0].questions == 0  # the list still counts no question
    finally:
        lib.close()


def test_notice_column_in_the_exports(library, folder):
    from parsers import parse_path
    from parsers.library import export_document

    doc = parse_path(folder / "kamervragen-mededeling-verwijzing.txt", cache=None)
    lines = export_document(doc, "csv", name="v.txt").splitlines()
    assert lines[0].endswith(",footnotes,notice")
    # the notice concerns every question: each row carries it
    rows = [line for line in lines[1:] if line.startswith("v.txt,")]
    assert len(rows) == 3
    rows = library.question_rows(library.search("Actieprogramma"))
    notice = {r["question_id"]: r["notice"] for r in rows if r["document"] == "kamervragen-mededeling-verwijzing.txt"}
    assert list(notice) == ["1"] and "Landelijk Actieprogramma Netcongestie" in notice["1"]
