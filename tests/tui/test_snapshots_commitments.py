"""SVG snapshots of the commitments in the reader: highlighted in the answer,
and the commitments view (``T``). Regenerate with ``--snapshot-update``
after an intended visual change and review the SVGs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.tui.audit_doc import audited_doc
from tui.screens import commitments as commitments_module

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])


@pytest.fixture(autouse=True)
def fixed(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(commitments_module, "today", lambda: dt.date(2026, 9, 1))


@SIZES
def test_commitment_highlight_snapshot(snap_compare, make_app, loaded, size):
    """VOLT-1: two commitment sentences highlighted, the audit note below."""
    app = make_app(audited_doc())

    async def at_volt1(pilot):
        await loaded(pilot)
        await pilot.press("J")

    assert snap_compare(app, terminal_size=size, run_before=at_volt1)


@SIZES
def test_commitments_view_snapshot(snap_compare, make_app, loaded, size):
    app = make_app(audited_doc())

    async def view(pilot):
        await loaded(pilot)
        await pilot.press("T")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=view)
