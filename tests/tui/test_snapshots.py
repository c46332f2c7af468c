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


SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])


@SIZES
def test_citations_view_snapshot(snap_compare, make_app, loaded, monkeypatch, doc, size):
    """Long ids and URLs shortened with … in the list, the highlighted one whole below."""
    from parsers.model import Citation

    monkeypatch.delenv("NO_COLOR", raising=False)
    doc.citations.append(Citation(
        kind="kamerstuk", text="Kamerstuk 36725 X nr. 7", id="kst-36725-X-7-lang-id", question="SP-5",
        url="https://zoek.officielebekendmakingen.nl/kst-36725-X-7-lang-achtervoegsel.html",
        field="answer", start=0, end=3))
    app = make_app(doc)

    async def citations(pilot):
        await loaded(pilot)
        await pilot.press("c", "down")

    assert snap_compare(app, terminal_size=size, run_before=citations)


@SIZES
def test_palette_entries_snapshot(snap_compare, make_app, loaded, monkeypatch, size):
    """Question entries with number, id, faction and text, one line each."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app()

    async def search(pilot):
        from textual.widgets import Input

        await loaded(pilot)
        await pilot.press("ctrl+p")
        pilot.app.screen.query_one(Input).cursor_blink = False
        await pilot.press(*"kan")
        await pilot.pause(0.6)

    assert snap_compare(app, terminal_size=size, run_before=search)


@SIZES
def test_library_columns_snapshot(snap_compare, tmp_path, monkeypatch, size):
    """The title first, columns that fit, paths shortened from the left."""
    from tests.tui.test_tui_library import sample_folder, wait_indexed
    from tui.app import create_app

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))
    sample_folder(tmp_path)
    monkeypatch.chdir(tmp_path)  # the header shows the folder as given: "rounds"
    app = create_app("rounds")
    app.animation_level = "none"

    async def indexed(pilot):
        await wait_indexed(pilot)
        await pilot.press("down")

    assert snap_compare(app, terminal_size=size, run_before=indexed)
