"""SVG snapshots of the library's overview (``r``). Regenerate with
``--snapshot-update`` after an intended visual change and review the SVGs."""

from __future__ import annotations

import pytest

from tests.tui.test_snapshots_register import library_app

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])

@SIZES
def test_library_report_snapshot(snap_compare, tmp_path, monkeypatch, size):
    """Per ministry: counts, bars, the legend."""
    from tests.tui.test_tui_library import wait_indexed

    app = library_app(tmp_path, monkeypatch)

    async def report(pilot):
        await wait_indexed(pilot)
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await pilot.press("g", "g")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=report)
