"""SVG snapshots of the library's register of commitments (``t``).
Regenerate with ``--snapshot-update`` after an intended visual change and
review the SVGs."""

from __future__ import annotations

import datetime as dt

import pytest

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])



def library_app(tmp_path, monkeypatch):
    from tests.tui.test_tui_register import commitments_folder
    from tui.app import create_app
    from tui.screens import register_model

    monkeypatch.setattr(register_model, "today", lambda: dt.date(2026, 6, 30))
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))
    commitments_folder(tmp_path)
    monkeypatch.chdir(tmp_path)  # the header shows the folder as given
    app = create_app("toezeggingen")
    app.animation_level = "none"
    return app


@SIZES
def test_library_register_snapshot(snap_compare, tmp_path, monkeypatch, size):
    """Earliest deadline first, overdue marked, the highlighted row whole below."""
    from tests.tui.test_tui_library import wait_indexed

    app = library_app(tmp_path, monkeypatch)

    async def register(pilot):
        await wait_indexed(pilot)
        await pilot.press("t")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down")

    assert snap_compare(app, terminal_size=size, run_before=register)
