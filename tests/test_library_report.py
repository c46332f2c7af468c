"""The library's audit overview and commitment register: index rows, counts, formats, CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from parsers.library import Library
from parsers.library.export import ExportError
from parsers.library.register import CommitmentFilter, ministry_of
from parsers.library.report import build_report, format_commitments, format_report
from parsers.model import Document, Meta
from tests.corpus import SAMPLES
from tui import cli, i18n
from tui.report_text import commitments_text, report_table

NAMES = ("memorie-van-antwoord-ek.txt", "kamervragen-mededeling.txt", "nota-ek-defensie.md",
         "kamervragen-ah.xml")
TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def folder(tmp_path) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, lib / name)
    return lib


@pytest.fixture
def library(folder, tmp_path):
    lib = Library(folder, cache_dir=tmp_path / "cache")
    lib.refresh()
    yield lib
    lib.close()


def test_counts_per_faction_ministry_and_month(library):
    questions, commitments = library.audit_rows()
    rows, total = build_report(questions, commitments, "faction", TODAY)
    by = {r["group"]: r for r in rows}
    # VVD: memorie VVD-1/VVD-2, the Mededeling (Van den Hil, VVD) and ah.xml (Van der Werf, VVD)
    assert {k: by["VVD"][k] for k in ("asked", "answered", "partly", "deferred", "commitments", "due")} == {
        "asked": 9, "answered": 4, "partly": 2, "deferred": 3, "commitments": 1, "due": 1}
    assert (by["ChristenUnie"]["asked"], by["ChristenUnie"]["deferred"]) == (2, 2)
    assert (by["Van der Berg"]["commitments"], by["Van der Berg"]["overdue"]) == (1, 1)
    assert [r["group"] for r in rows][:2] == ["VVD", "CDA"]
    assert {k: total[k] for k in ("asked", "answered", "partly", "deferred", "by_reference",
                                  "commitments", "due", "overdue")} == {
        "asked": 15, "answered": 9, "partly": 2, "deferred": 3, "by_reference": 1,
        "commitments": 2, "due": 1, "overdue": 1}
    rows, _ = build_report(questions, commitments, "ministry", TODAY)
    assert [(r["group"], r["asked"]) for r in rows] == [
        ("Infrastructuur en Waterstaat", 5), ("Defensie", 4), ("Financiën", 4),
        ("Volksgezondheid, Welzijn en Sport", 2)]
    rows, _ = build_report(questions, commitments, "month", TODAY)
    assert [r["group"] for r in rows] == ["2024-03", "2024-11", "2026-03", "2026-06"]
    with pytest.raises(ExportError, match="unknown grouping 'party'"):
        build_report(questions, commitments, "party", TODAY)


def test_the_register_of_commitments_and_its_filters(library):
    rows = library.commitments(CommitmentFilter(today=TODAY))
    assert [(r["question_id"], r["due"], r["state"], r["factions"], r["ministry"]) for r in rows] == [
        ("Van-der-Berg-1", "2026-06-23", "overdue", "Van der Berg", "Defensie"),
        ("VVD-2", "2027-07-01", "due", "VVD", "Financiën")]
    assert rows[1]["commitment"].startswith("Over de eerste resultaten informeer ik uw Kamer")
    assert [r["question_id"] for r in library.commitments(CommitmentFilter(overdue=True, today=TODAY))] == [
        "Van-der-Berg-1"]
    assert [r["question_id"] for r in library.commitments(CommitmentFilter(ministry="financ"))] == ["VVD-2"]
    assert [r["question_id"] for r in library.commitments(CommitmentFilter(faction="vvd"))] == ["VVD-2"]
    assert library.commitments(CommitmentFilter(faction="VV")) == []
    assert [r["question_id"] for r in library.commitments(
        CommitmentFilter(due_before=dt.date(2027, 1, 1)))] == ["Van-der-Berg-1"]


def test_a_removed_document_leaves_the_register(library, folder):
    (folder / "memorie-van-antwoord-ek.txt").unlink()
    library.refresh()
    assert [r["question_id"] for r in library.commitments()] == ["Van-der-Berg-1"]
    questions, _ = library.audit_rows()
    assert len(questions) == 11


def test_report_formats(library):
    questions, commitments = library.audit_rows()
    rows, total = build_report(questions, commitments, "faction", TODAY)
    table = report_table(rows, total, by="faction", today=TODAY)
    lines = table.splitlines()
    assert lines[0].split() == ["fractie", "gest", "beantw", "deels", "uitgest", "verw", "toez", "lopend",
                                "laat", "vragen"]
    assert lines[2].split()[:9] == ["VVD", "9", "4", "2", "3", "0", "1", "1", "0"]
    assert lines[2].endswith("█" * 11 + "▓" * 5 + "▒" * 8)  # 24 wide for the largest row
    assert lines[-5].split()[:2] == ["totaal", "15"]
    assert "\n\n█ beantwoord  ▓ deels  ▒ uitgesteld  ░ met verwijzing" in table
    assert lines[-1] == ("lopend = toezeggingen waarvan de termijn nog loopt; laat = termijn vóór 2026-07-01 "
                         "(of een belofte is nagekomen, is niet bekend)")
    ascii_table = report_table(rows, total, by="faction", today=TODAY, ascii_only=True)
    assert "#" * 11 + "+" * 5 + "~" * 8 in ascii_table and "█" not in ascii_table
    i18n.set_language("en")
    english = report_table(rows, total, by="faction", today=TODAY).splitlines()
    assert english[0].split() == ["faction", "asked", "ans", "partly", "defer", "ref", "commit", "due",
                                  "late", "questions"]
    assert english[2].split() == lines[2].split() and english[-5].split()[:2] == ["total", "15"]
    assert english[-3] == "█ answered  ▓ partly  ▒ deferred  ░ by reference"
    assert english[-1] == ("due = commitments whose deadline has not passed; late = deadline before "
                           "2026-07-01 (whether a promise was kept is not known)")
    i18n.set_language("nl")
    # the data formats keep the English column names in both languages
    parsed = list(csv.DictReader(io.StringIO(format_report(rows, total, "csv", by="faction", today=TODAY))))
    assert parsed[0]["faction"] == "VVD" and parsed[-1]["faction"] == "total"
    assert parsed[-1]["asked"] == "15"
    data = json.loads(format_report(rows, total, "json", by="faction", today=TODAY))
    assert (data["by"], data["today"], data["total"]["overdue"]) == ("faction", "2026-07-01", 1)
    md = format_report(rows, total, "md", by="faction", today=TODAY)
    assert md.splitlines()[2].startswith("| VVD | 9 | 4 | 2 | 3 | 0 | 0 | 0 | 0 | 1 | 1 | 0 |")


def test_register_formats(library):
    rows = library.commitments(CommitmentFilter(today=TODAY))
    text = commitments_text(rows, width=80)
    assert text.splitlines()[0] == "2026-06-23 (op 23 juni 2026)  TE LAAT  Defensie  [Van der Berg]"
    assert text.splitlines()[1] == "    nota-ek-defensie.md  vraag Van-der-Berg-1"
    assert text.endswith("\n2 toezeggingen: 1 te laat, 1 lopend, 0 zonder datum\n")
    assert all(len(line) <= 80 for line in text.splitlines())
    assert commitments_text([]) == "geen toezeggingen\n"
    assert commitments_text(rows[:1]).endswith("\n1 toezegging: 1 te laat, 0 lopend, 0 zonder datum\n")
    i18n.set_language("en")
    text = commitments_text(rows, width=80)
    assert text.splitlines()[:2] == ["2026-06-23 (op 23 juni 2026)  OVERDUE  Defensie  [Van der Berg]",
                                     "    nota-ek-defensie.md  question Van-der-Berg-1"]
    assert text.endswith("\n2 commitments: 1 overdue, 1 due, 0 without a date\n")
    assert commitments_text([]) == "no commitments\n"
    i18n.set_language("nl")
    parsed = list(csv.DictReader(io.StringIO(format_commitments(rows, "csv"))))
    assert parsed[1]["due_text"] == "voor 1 juli 2027" and parsed[1]["action"] == "inform"
    assert json.loads(format_commitments(rows, "json"))[0]["state"] == "overdue"


def test_ministry_of_a_document():
    doc = Document(meta=Meta(answerer="Staatssecretaris Van Rij (Financiën – Fiscaliteit en Belastingdienst)"))
    assert ministry_of(doc) == "Financiën"
    doc = Document(meta=Meta(answerer="Minister Bruins Slot (BZ) van Minister Schreinemacher (BHO)"))
    assert ministry_of(doc) == "Buitenlandse Zaken"
    doc = Document(meta=Meta(addressees=["Staatssecretaris van Volksgezondheid Welzijn en Sport"]))
    assert ministry_of(doc) == "Volksgezondheid, Welzijn en Sport"
    doc = Document(intro="De Minister van Binnenlandse Zaken en koninkrijksrelaties, H. Jansen")
    assert ministry_of(doc) == "Binnenlandse Zaken en Koninkrijksrelaties"
    assert ministry_of(Document()) is None


# -- the command line -----------------------------------------------------------------

@pytest.fixture
def env_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "clicache"))


def call(capsys, *args):
    status = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_cli_report_and_commitments(folder, capsys, env_cache):
    status, out, err = call(capsys, "report", folder, "--by", "ministry", "--format", "json",
                            "--today", "2026-07-01")
    assert status == 0 and err == ""
    data = json.loads(out)
    assert [r["group"] for r in data["rows"]][0] == "Infrastructuur en Waterstaat"
    status, out, _ = call(capsys, "report", folder, "--ascii", "--today", "2026-07-01")
    assert status == 0 and out.splitlines()[0].startswith("fractie ") and out.splitlines()[2].startswith("VVD ")
    status, out, _ = call(capsys, "report", folder, "--by", "month", "--today", "2026-07-01", "--lang", "en")
    assert status == 0 and out.splitlines()[0].split()[:3] == ["month", "asked", "ans"]
    status, out, _ = call(capsys, "commitments", folder, "--overdue", "--today", "2026-07-01",
                          "--format", "csv")
    assert status == 0
    assert [r["question_id"] for r in csv.DictReader(io.StringIO(out))] == ["Van-der-Berg-1"]
    status, out, err = call(capsys, "commitments", folder, "--due-before", "2026-13-01")
    assert status == 2 and out == ""
    assert err == ("vragenronde: --due-before: geen datum (JJJJ-MM-DD): '2026-13-01' "
                   "(zie vragenronde commitments --help)\n")
    status, out, err = call(capsys, "--lang=en", "commitments", folder, "--due-before", "2026-13-01")
    assert err == ("vragenronde: --due-before: not a date (YYYY-MM-DD): '2026-13-01' "
                   "(see vragenronde commitments --help)\n")
    status, out, err = call(capsys, "report", folder / "nope")
    assert (status, err) == (2, f"vragenronde: {folder / 'nope'}: map bestaat niet\n")
    empty = folder / "leeg"
    empty.mkdir()
    assert call(capsys, "report", empty) == (0, f"geen vragen in {empty}\n", "")
    assert call(capsys, "commitments", empty, "--lang", "en") == (0, "no commitments\n", "")


def test_cli_export_tables_and_columns(folder, capsys, env_cache):
    status, out, _ = call(capsys, "export", folder / "nota-ek-defensie.md", "--table", "audit",
                          "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert [(r["question"], r["asks"], r["result"]) for r in rows] == [
        ("CDA-1", "amount", "answered"), ("CDA-2", "list", "answered"), ("CDA-3", "date", "by_reference"),
        ("Van-der-Berg-1", "position", "answered")]
    status, out, _ = call(capsys, "export", folder / "nota-ek-defensie.md", "--table", "commitments",
                          "--format", "json")
    assert [(c["question"], c["due"], c["due_kind"]) for c in json.loads(out)] == [
        ("Van-der-Berg-1", "2026-06-23", "date")]
    status, out, _ = call(capsys, "export", folder / "nota-ek-defensie.md", "--question", "CDA-3")
    assert "**Antwoordcontrole**: beantwoord met een verwijzing — het antwoord verwijst naar het antwoord op vraag CDA-1\n" in out
