"""SVG snapshots of the answer audit in the reader: the outline's marks and
the audit note under the answer. Regenerate with ``--snapshot-update``
after an intended visual change and review the SVGs.
"""

from __future__ import annotations

import pytest

from tests.tui.audit_doc import audited_doc

SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])


@pytest.fixture(autouse=True)
def fixed(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)


@SIZES
def test_audit_marks_and_note_snapshot(snap_compare, make_app, loaded, size):
    """SP-4: ½ in the outline, part b's reason under the answer."""
    app = make_app(audited_doc())

    async def at_sp4(pilot):
        await loaded(pilot)
        pilot.app.screen.goto(3)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=at_sp4)
