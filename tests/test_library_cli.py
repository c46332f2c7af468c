"""tui.cli_library: `vragenronde search` and `vragenronde export` output and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.test_library_index import BROKEN_ERROR, build_folder
from tui import cli


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(d))
    return d


@pytest.fixture
def folder(tmp_path) -> Path:
    return build_folder(tmp_path)


def call(capsys, *args) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_search_prints_one_hit_per_line_best_first(folder, capsys):
    status, out, err = call(capsys, "search", folder, "separate", "brief")
    assert status == 0
    assert out == (
        f"{folder}/tk/lijst.txt\t3\tDe evaluatie volgt in een [separate] [brief], die ik voor "
        "1 maart 2026 aan uw Kamer…\n"
        f"{folder}/ek/memorie.txt\tVVD-2\tOver de eerste resultaten informeer ik uw Kamer in een "
        "[separate] [brief] voor 1 juli 2027.\n")
    # the failed file is reported on stderr, once, on the run that parsed it
    assert err == f"vragenronde: {folder}/broken.pdf: mislukt: {BROKEN_ERROR}\n"
    status, out2, err2 = call(capsys, "search", folder, "separate brief")
    assert (status, out2, err2) == (0, out, "")


def test_search_without_hits_exits_1_with_no_output(folder, capsys):
    assert call(capsys, "search", "--no-cache", folder, "onvindbaar")[:2] == (1, "")
    status, out, _ = call(capsys, "search", folder, "onvindbaar", "--json")
    assert (status, json.loads(out)) == (1, [])


def test_search_json(folder, capsys):
    status, out, _ = call(capsys, "search", folder, "status:deferred", "--json")
    assert status == 0
    items = json.loads(out)
    assert [(i["path"], i["question"], i["status"], i["faction"]) for i in items] == [
        (f"{folder}/ek/memorie.txt", "VVD-2", "deferred", "VVD"),
        (f"{folder}/tk/lijst.txt", "3", "deferred", None),
        (f"{folder}/tk/vso.txt", "PVV-2", "deferred", "PVV")]
    assert items[1]["rel"] == "tk/lijst.txt"
    assert items[1]["publication_id"] == "kst-36600-XIII-12"
    assert set(items[0]) == {"path", "rel", "question", "faction", "status", "field", "snippet",
                             "spans", "score", "publication_id", "title"}


def test_search_limit(folder, capsys):
    status, out, _ = call(capsys, "search", folder, "kind:lijst", "--limit", "2")
    assert status == 0 and len(out.splitlines()) == 2


def test_search_errors_exit_2(folder, tmp_path, capsys):
    assert call(capsys, "search", folder, "status:open") == (
        2, "", "vragenronde: status:open is unknown; use one of answered, by-reference, "
        "deferred, missing\n")
    missing = tmp_path / "nope"
    assert call(capsys, "search", missing, "x") == (
        2, "", f"vragenronde: {missing}: map bestaat niet\n")
    assert call(capsys, "--lang", "en", "search", missing, "x") == (
        2, "", f"vragenronde: {missing}: no such folder\n")
    file = folder / "tk" / "lijst.txt"
    status, out, err = call(capsys, "search", file, "x")
    assert (status, out) == (2, "")
    assert err == (f"vragenronde: {file}: is een bestand; vragenronde search, export --query, report en "
                   "commitments lezen een map\n")
    status, out, err = call(capsys, "search", file, "x", "--lang", "en")
    assert err == (f"vragenronde: {file}: is a file; vragenronde search, export --query, report and "
                   "commitments read a folder\n")


def test_export_a_question_a_faction_and_tables(folder, capsys):
    memorie = folder / "ek" / "memorie.txt"
    status, out, _ = call(capsys, "export", memorie, "--format", "csv", "--faction", "vvd")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and [r["question_id"] for r in rows] == ["VVD-1", "VVD-2"]
    assert rows[0]["document"] == str(memorie)
    status, out, _ = call(capsys, "export", memorie, "--question", "sp-1")
    assert status == 0
    assert out.startswith("# Wijziging van de Wet op de huurtoeslag in verband met het "
                          "vereenvoudigen van de aanvraag\n\n")
    assert "\n## SP\n\n### SP-1\n\n**Vraag**\n\nDe leden van de SP-fractie vragen" in out
    status, out, _ = call(capsys, "export", memorie, "--format", "json", "--table", "citations")
    assert status == 0
    assert [c["id"] for c in json.loads(out)] == ["brief-2026-02-03", "kst-36512-7", "kst-36512-3"]
    assert call(capsys, "export", memorie, "--question", "SP-9") == (
        2, "", f'vragenronde: {memorie}: no question "SP-9" in this document\n')
    # a table is CSV unless asked otherwise; Markdown is refused
    status, out, _ = call(capsys, "export", memorie, "--table", "citations")
    assert status == 0
    assert [r["id"] for r in csv.DictReader(io.StringIO(out))] == [
        "brief-2026-02-03", "kst-36512-7", "kst-36512-3"]
    assert call(capsys, "export", memorie, "--table", "figures", "--format", "md") == (
        2, "", f"vragenronde: {memorie}: tables export as csv or json, not md\n")


def test_export_folder_query_and_list(folder, capsys):
    status, out, _ = call(capsys, "export", folder, "--query", "status:by-reference", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert [(r["document"], r["question_id"]) for r in rows] == [
        (f"{folder}/ek/nota.md", "CDA-3"), (f"{folder}/tk/defensie/cited.txt", "2"),
        (f"{folder}/tk/lijst.txt", "4")]
    assert rows[2]["answer"] == "Zie antwoord vraag 1."
    status, out, _ = call(capsys, "export", folder, "--format", "json")
    listing = json.loads(out)
    assert status == 0 and [e["path"] for e in listing][:2] == ["broken.pdf", "ek/memorie.txt"]
    assert call(capsys, "export", folder, "--question", "1")[0:2] == (2, "")


def test_export_markdown_is_safe_for_the_terminal(tmp_path, capsys):
    doc = tmp_path / "evil.txt"
    doc.write_text(
        "De leden van de SP-fractie hebben onderstaande vragen gesteld:\n\n"
        "- 1. Kan de regering \x1b]52;c;aGk=\x07 dit uitleggen?\n\nHet antwoord is \x1b[31mrood.\n",
        encoding="utf-8")
    status, out, _ = call(capsys, "export", doc)
    assert status == 0 and "\x1b" not in out and "\x07" not in out
    status, out, _ = call(capsys, "export", doc, "--format", "json")
    assert status == 0 and "\x1b" not in out


def test_exit_codes_in_a_fresh_interpreter(folder, cache_dir):
    """``python -m tui.cli``: errors are one line with status 2, not an internal error."""
    import os
    import subprocess
    import sys

    from tests.corpus import ROOT

    def run(*args):
        return subprocess.run([sys.executable, "-m", "tui.cli", *map(str, args)],
                              capture_output=True, cwd=ROOT, timeout=120,
                              env={**os.environ, "VRAGENRONDE_CACHE_DIR": str(cache_dir)})

    bad = run("search", folder, "faction:SP OR drones")
    assert (bad.returncode, bad.stdout, bad.stderr) == (
        2, b"", b"vragenronde: field filters combine with AND only; take them out of "
        b"brackets and OR\n")
    none = run("search", folder, "onvindbaar")
    assert (none.returncode, none.stdout) == (1, b"")
    found = run("search", folder, "drones")
    assert found.returncode == 0
    assert found.stdout.decode() == (
        f"{folder}/tk/defensie/cited.txt\t1\tHoeveel [drones] koopt Defensie in 2025?\n")
