"""parsers.library: scanning, incremental indexing, failures, the list, citations."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

import parsers
from parsers.library import DocEntry, Library, fts5_available, index_path
from parsers.library.scan import scan_folder
from tests.corpus import SAMPLES

CITED = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2024-2025

36 725 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2025

Nr. 6 LIJST VAN VRAGEN EN ANTWOORDEN

Vastgesteld 17 juni 2025

De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de Minister van Defensie.

Vraag 1
Hoeveel drones koopt Defensie in 2025?

Antwoord op vraag 1:
Defensie koopt 120 drones voor de landmacht.

Vraag 2
Wat kost de munitievoorraad?

Antwoord op vraag 2:
Zie antwoord vraag 1.
"""

BROKEN_ERROR = "broken.pdf: geen PDF-bestand (de naam eindigt op .pdf, maar de PDF-kop ontbreekt)"


def build_folder(root: Path) -> Path:
    """A small library: four samples, one generated lijst, a broken PDF, and noise."""
    lib = root / "lib"
    (lib / "ek").mkdir(parents=True)
    (lib / "tk" / "defensie").mkdir(parents=True)
    (lib / ".hidden").mkdir()
    shutil.copy(SAMPLES / "lijst-van-vragen-en-antwoorden-tk.txt", lib / "tk" / "lijst.txt")
    shutil.copy(SAMPLES / "verslag-schriftelijk-overleg-tk.txt", lib / "tk" / "vso.txt")
    shutil.copy(SAMPLES / "memorie-van-antwoord-ek.txt", lib / "ek" / "memorie.txt")
    shutil.copy(SAMPLES / "nota-ek-defensie.md", lib / "ek" / "nota.md")
    (lib / "tk" / "defensie" / "cited.txt").write_text(CITED, encoding="utf-8")
    (lib / "broken.pdf").write_bytes(b"not a pdf")
    (lib / "notes.rtf").write_text("ignored", encoding="utf-8")
    (lib / ".hidden" / "secret.txt").write_text(CITED, encoding="utf-8")
    (lib / ".swap.txt").write_text(CITED, encoding="utf-8")
    return lib


RELS = ["broken.pdf", "ek/memorie.txt", "ek/nota.md", "tk/defensie/cited.txt",
        "tk/lijst.txt", "tk/vso.txt"]


class Counting:
    """parse_path that records which files it parsed."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, path, cache=None):
        self.calls.append(Path(path).name)
        return parsers.parse_path(path, cache=cache)


@pytest.fixture
def folder(tmp_path) -> Path:
    return build_folder(tmp_path)


@pytest.fixture
def library(tmp_path, folder) -> Library:
    lib = Library(folder, tmp_path / "cache")
    lib.refresh()
    yield lib
    lib.close()


def test_fts5_is_compiled_in():
    assert fts5_available() is True


def test_scan_finds_supported_files_recursively_and_skips_hidden(folder):
    assert [f.rel for f in scan_folder(folder)] == RELS


def test_scan_follows_file_links_not_folder_links_and_reads_sizes(tmp_path):
    root = tmp_path / "lib"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "deep.TXT").write_text("x" * 7)
    (root / "named.txt").mkdir()  # a folder with a document's name is a folder
    (root / "named.txt" / "in.md").write_text("y")
    (root / "node_modules").mkdir()
    (root / "node_modules" / "skip.txt").write_text("z")
    (root / ".hidden.txt").write_text("z")
    (root / "notes.rtf").write_text("z")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "far.txt").write_text("far")
    (root / "link.txt").symlink_to(outside / "far.txt")
    (root / "linked-folder").symlink_to(outside)
    (root / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    found = scan_folder(root)
    assert [(f.rel, f.size) for f in found] == [
        ("a/b/deep.TXT", 7), ("link.txt", 3), ("named.txt/in.md", 1)]
    assert found[0].path == root / "a" / "b" / "deep.TXT"
    assert found[0].mtime_ns == (root / "a" / "b" / "deep.TXT").stat().st_mtime_ns


def test_list_rows(library, folder):
    entries = {e.rel: e for e in library.entries()}
    assert list(entries) == RELS
    assert entries["tk/lijst.txt"] == DocEntry(
        path=folder / "tk/lijst.txt", rel="tk/lijst.txt", state="ok", error=None,
        kind="lijst-van-vragen-en-antwoorden", house="Tweede Kamer", dossier="36600-XIII",
        letter="12", publication_id="kst-36600-XIII-12", date="2025-11-14",
        title="Vaststelling van de begrotingsstaten van het Ministerie van Economische Zaken "
        "(XIII) voor het jaar 2026",
        factions=0, questions=4, by_reference=1, deferred=1, warnings=0, cited_by=0)
    memorie = entries["ek/memorie.txt"]
    assert (memorie.kind, memorie.house, memorie.label, memorie.factions, memorie.questions,
            memorie.deferred) == ("memorie-van-antwoord", "Eerste Kamer", "36512 C", 3, 4, 1)
    nota = entries["ek/nota.md"]
    assert (nota.factions, nota.questions, nota.by_reference) == (2, 4, 1)
    broken = entries["broken.pdf"]
    assert (broken.state, broken.error, broken.questions, broken.kind) == (
        "failed", BROKEN_ERROR, 0, "unknown")


def test_progress_and_failures_do_not_stop_the_rest(tmp_path, folder):
    seen: list[tuple[int, int, str]] = []
    lib = Library(folder, tmp_path / "cache")
    lib.refresh(lambda done, total, rel: seen.append((done, total, rel)))
    assert seen == [(i, 6, rel) for i, rel in enumerate(RELS)] + [(6, 6, "")]
    assert (lib.stats.total, lib.stats.parsed, lib.stats.failed) == (6, 6, 1)
    assert lib.stats.failures == [("broken.pdf", BROKEN_ERROR)]


def test_unexpected_exception_is_recorded_as_one_line(tmp_path, folder):
    def parse(path, cache=None):
        if Path(path).name == "vso.txt":
            raise RuntimeError("boom\nsecond line")
        return parsers.parse_path(path, cache=cache)

    lib = Library(folder, tmp_path / "cache", parse=parse)
    entries = {e.rel: e for e in lib.refresh()}
    assert (entries["tk/vso.txt"].state, entries["tk/vso.txt"].error) == (
        "failed", "RuntimeError: boom second line")
    assert entries["tk/lijst.txt"].state == "ok"


def test_incremental_add_modify_delete_touch(tmp_path, folder):
    counting = Counting()
    Library(folder, tmp_path / "cache", parse=counting).refresh()
    assert len(counting.calls) == 6

    # A warm open parses nothing.
    counting.calls.clear()
    lib = Library(folder, tmp_path / "cache", parse=counting)
    lib.refresh()
    assert counting.calls == []
    assert (lib.stats.unchanged, lib.stats.parsed) == (6, 0)

    # Add one, modify one, delete one, touch one (same bytes, new mtime).
    shutil.copy(SAMPLES / "verslag-schriftelijk-overleg-tk.txt", folder / "new.txt")
    cited = folder / "tk" / "defensie" / "cited.txt"
    cited.write_text(CITED.replace("120 drones", "150 drones"), encoding="utf-8")
    (folder / "tk" / "vso.txt").unlink()
    lijst = folder / "tk" / "lijst.txt"
    st = lijst.stat()
    os.utime(lijst, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    entries = lib.refresh()
    assert sorted(counting.calls) == ["cited.txt", "new.txt"]
    assert (lib.stats.removed, lib.stats.touched, lib.stats.parsed) == (1, 1, 2)
    assert [e.rel for e in entries] == [
        "broken.pdf", "ek/memorie.txt", "ek/nota.md", "new.txt", "tk/defensie/cited.txt",
        "tk/lijst.txt"]
    assert [h.rel for h in lib.search("150")] == ["tk/defensie/cited.txt"]
    assert lib.search("120") == []
    assert [h.rel for h in lib.search("visquota")] == ["new.txt"]


def test_index_lives_in_the_cache_folder(tmp_path, folder):
    lib = Library(folder, tmp_path / "cache")
    assert lib.db_path == index_path(tmp_path / "cache", folder)
    assert lib.db_path.parent == tmp_path / "cache" / "library"
    assert lib.db_path.name.endswith(".sqlite") and len(lib.db_path.stem) == 32
    lib.refresh()
    assert lib.db_path.is_file()
    assert lib.warning is None


def test_no_cache_and_unwritable_cache_use_memory(tmp_path, folder):
    lib = Library(folder, no_cache=True)
    assert lib.db_path is None and lib.cache is None and lib.warning is None
    assert len(lib.refresh()) == 6
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    lib = Library(folder, blocker)
    assert lib.db_path is None
    assert lib.warning is not None and lib.warning.startswith("bibliotheekindex alleen in het geheugen: ")
    assert len(lib.refresh()) == 6


def test_citations_between_documents(library, folder):
    [citing] = library.cited_by("KST-36725-X-6")
    assert (citing.rel, citing.publication_id, citing.questions) == (
        "ek/nota.md", "kst-36800-K-E", ("CDA-1",))
    assert citing.path == folder / "ek" / "nota.md"
    assert library.resolved_citations("ek/nota.md") == {"kst-36725-x-6": "tk/defensie/cited.txt"}
    assert library.in_library("kst-36725-X-6").rel == "tk/defensie/cited.txt"
    assert library.in_library("kst-1-A") is None
    cited = {e.rel: e.cited_by for e in library.entries()}
    assert cited["tk/defensie/cited.txt"] == 1 and cited["ek/nota.md"] == 0
    assert library.cited_by("kst-36800-K-E") == []


def test_a_corrupt_index_file_is_rebuilt(tmp_path, folder):
    path = index_path(tmp_path / "cache", folder)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    lib = Library(folder, tmp_path / "cache")
    assert len(lib.refresh()) == 6


def test_search_while_refreshing_in_another_thread(tmp_path, folder):
    lib = Library(folder, tmp_path / "cache")
    results: list[int] = []

    def progress(done, total, rel):
        results.append(len(lib.search("year:2025")))

    worker = threading.Thread(target=lib.refresh, args=(progress,))
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert len(results) == 7
    assert results[-1] == 9  # lijst (4), vso (3), cited (2)


def test_load_returns_the_parse_from_the_cache(tmp_path, folder):
    lib = Library(folder, tmp_path / "cache")
    lib.refresh()
    hits_before = lib.cache.hits
    doc = lib.load("ek/memorie.txt")
    assert [q.id for q in doc.questions()] == ["VVD-1", "GroenLinks-PvdA-1", "SP-1", "VVD-2"]
    assert lib.cache.hits == hits_before + 1


def test_state_warnings_counts_warnings_and_unplaced_text(tmp_path, folder):
    from parsers.model import Report, Unplaced

    def parse(path, cache=None):
        doc = parsers.parse_path(path, cache=cache)
        if Path(path).name == "vso.txt":
            doc.report = Report(warnings=["w1", "w2"], unplaced=[Unplaced(text="x")])
        return doc

    entries = {e.rel: e for e in Library(folder, no_cache=True, parse=parse).refresh()}
    assert (entries["tk/vso.txt"].state, entries["tk/vso.txt"].warnings) == ("warnings", 3)
    assert (entries["tk/lijst.txt"].state, entries["tk/lijst.txt"].warnings) == ("ok", 0)
