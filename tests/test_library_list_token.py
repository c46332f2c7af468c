"""Library.list_token: the library screen reads the list once on a warm start
and again only when something was written (by this refresh or another process)."""

from __future__ import annotations

import shutil

from parsers.library import Library
from tests.corpus import SAMPLES


def folder_of(tmp_path):
    root = tmp_path / "lib"
    (root / "ek").mkdir(parents=True)
    shutil.copy(SAMPLES / "nota-ek-defensie.md", root / "ek" / "nota.md")
    shutil.copy(SAMPLES / "lijst-van-vragen-en-antwoorden-tk.txt", root / "lijst.txt")
    return root


def test_the_token_stays_while_nothing_changes(tmp_path):
    root = folder_of(tmp_path)
    Library(root, tmp_path / "cache", workers=1).refresh()
    lib = Library(root, tmp_path / "cache", workers=1)
    token = lib.list_token()
    before = lib.entries()
    assert lib.refresh(listing=False) == []
    assert lib.list_token() == token and lib.entries() == before
    (root / "lijst.txt").touch()  # newer mtime, same bytes: the list is the same
    lib.refresh(listing=False)
    assert lib.stats.touched == 1 and lib.list_token() == token


def test_the_token_changes_with_new_changed_and_removed_files(tmp_path):
    root = folder_of(tmp_path)
    lib = Library(root, tmp_path / "cache", workers=1)
    lib.refresh()
    for change in (lambda: shutil.copy(SAMPLES / "memorie-van-antwoord-ek.txt", root / "ek" / "memorie.txt"),
                   lambda: (root / "ek" / "memorie.txt").write_text("Geen vragen hier.\n", encoding="utf-8"),
                   lambda: (root / "lijst.txt").unlink()):
        token = lib.list_token()
        change()
        lib.refresh(listing=False)
        assert lib.list_token() != token
    assert [e.rel for e in lib.entries()] == ["ek/memorie.txt", "ek/nota.md"]


def test_the_token_changes_when_another_process_writes(tmp_path):
    root = folder_of(tmp_path)
    mine = Library(root, tmp_path / "cache", workers=1)
    mine.refresh()
    token = mine.list_token()
    shutil.copy(SAMPLES / "memorie-van-antwoord-ek.txt", root / "memorie.txt")
    other = Library(root, tmp_path / "cache", workers=1)  # another connection to the same index
    other.refresh()
    other.close()
    assert mine.list_token() != token
    assert "memorie.txt" in [e.rel for e in mine.entries()]
