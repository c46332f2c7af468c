"""Sorting the library list by file sorts once, in the same order as sorting by file and then by file again."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from parsers.library.scan import DocEntry
from tui.screens.library_model import COLUMN_KEYS, _natural, sort_entries


def twice(entries, key, reverse):
    """The order before the change: by file, then (stable) by the column."""
    from tui.screens.library_model import _BY_KEY

    by_file = sorted(entries, key=lambda e: _natural(e.rel))
    return sorted(by_file, key=_BY_KEY[key].sort, reverse=reverse)


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize("key", COLUMN_KEYS)
def test_same_order_as_sorting_twice(key, reverse):
    rng = random.Random(7)
    # names equal but for case ("A.txt", "a.txt") have the same key: their order must stay
    names = [f"{rng.choice(['a', 'A', 'b', 'doc'])}{rng.randint(1, 12)}.txt" for _ in range(300)]
    entries = [DocEntry(path=Path(n), rel=f"{i % 3}/{n}" if i % 2 else n, state="ok", title=n[:2],
                        date=f"2024-0{rng.randint(1, 9)}-01", questions=rng.randint(0, 3))
               for i, n in enumerate(names)]
    assert [id(e) for e in sort_entries(entries, key, reverse)] == [id(e) for e in twice(entries, key, reverse)]
