"""SVG snapshots of the reader (pytest-textual-snapshot).

Regenerate after an intended visual change (or a Textual bump) with
``pytest tests/tui/test_snapshots.py --snapshot-update`` and review the SVGs.
Stable by construction: hand-built document, no animations, no focused
input (no cursor blink), the parse worker finished before the shot.
"""

from __future__ import annotations

import pytest


def _at_sp4(loaded):
    async def run(pilot):
        await loaded(pilot)
        pilot.app.screen.goto(3)
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
@pytest.mark.parametrize("no_color", [False, True], ids=["dark", "no-color"])
def test_reader_snapshot(snap_compare, make_app, loaded, monkeypatch, size, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app()
    assert app.no_color is no_color
    assert snap_compare(app, terminal_size=size, run_before=_at_sp4(loaded))


def test_search_hits_snapshot(snap_compare, make_app, loaded, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app()

    async def search(pilot):
        await loaded(pilot)
        await pilot.press("slash", *"balans", "enter")
        await pilot.press("n")

    assert snap_compare(app, terminal_size=(120, 30), run_before=search)
