"""The library list's file order and column widths, computed faster, are the
same as the plain definitions: every entry's cell measured, _natural sorting."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from parsers.library.scan import DocEntry
from tui.screens.library_model import COLUMNS, _natural, longest_cell, path_key, plan_columns

ALPHABET = "aAbBzZß-_/. 0123456789٣٠éÉ\x01\x1f~"


def test_path_key_orders_and_ties_as_natural():
    rng = random.Random(3)
    for _ in range(2000):
        names = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(20)]
        assert sorted(names, key=path_key) == sorted(names, key=_natural)
        for a in names[:8]:
            for b in names[:8]:
                assert (path_key(a) == path_key(b)) == (_natural(a) == _natural(b)), (a, b)
    # numbers by value, not by digits; leading zeros and other scripts' digits count as their value
    assert sorted(["d10.txt", "d9.txt", "d009.txt", "D1.txt", "d٣.txt"], key=path_key) == [
        "D1.txt", "d٣.txt", "d9.txt", "d009.txt", "d10.txt"]


def entries(rng: random.Random, n: int) -> list[DocEntry]:
    titles = [None, "", "   ", "kort", "a  b\n\tc", "x" * 70, "Vragen \x1b[31m rood", "\x1c\x1d", "é" * 59,
              "Lange titel " * 3]
    out = []
    for i in range(n):
        failed = rng.random() < 0.1
        rel = "/".join(rng.choice(["2024", "ek", "a b", "z" * rng.randint(1, 45)]) for _ in range(rng.randint(1, 3)))
        rel += f"-{i}.txt"
        out.append(DocEntry(
            path=Path(rel), rel=rel, state="failed" if failed else rng.choice(["ok", "warnings"]),
            error=rng.choice(["kapot", "regel 1\nregel 2 " + "y" * rng.randint(0, 60)]) if failed else None,
            kind=rng.choice(["unknown", "memorie-van-antwoord", "brief", None]),
            house=rng.choice([None, "Eerste Kamer", "Tweede Kamer", "Staten"]),
            dossier=rng.choice([None, "36800", "36800-X" * rng.randint(1, 3)]), letter=rng.choice([None, "F", "12"]),
            date=rng.choice([None, "2024-01-02"]), title=rng.choice(titles),
            factions=rng.randint(0, 12), questions=rng.choice([0, 7, 1234, 10**6]),
            by_reference=rng.randint(0, 300), deferred=rng.randint(0, 5), warnings=rng.randint(0, 40)))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_longest_cell_is_the_longest_of_all_cells(seed):
    rng = random.Random(seed)
    some = entries(rng, rng.choice([0, 1, 5, 60, 300]))
    for col in COLUMNS:
        assert longest_cell(some, col) == max((len(col.cell(e)) for e in some), default=0), col.key


def test_a_document_without_title_is_as_wide_as_its_file_name():
    some = [DocEntry(path=Path("a.txt"), rel="a.txt", state="ok", title="Een titel van 24 tekens."),
            DocEntry(path=Path("x"), rel="map/" + "n" * 30 + ".txt", state="failed", title=None),
            DocEntry(path=Path("y"), rel="y.txt", state="ok", title="  \n ")]
    assert longest_cell(some, COLUMNS[0]) == 34


@pytest.mark.parametrize("width", [30, 80, 118, 200, 400])
def test_the_plan_is_the_one_of_every_cell_measured(width, monkeypatch):
    from tui.screens import library_model

    some = entries(random.Random(width), 300)
    fast = plan_columns(some, width)
    monkeypatch.setattr(library_model, "longest_cell",
                        lambda es, col: max((len(col.cell(e)) for e in es), default=0))
    assert [(c.key, w) for c, w in fast] == [(c.key, w) for c, w in plan_columns(some, width)]
