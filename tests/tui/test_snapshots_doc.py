"""SVG snapshots of the document-level parts of the reader: the confidence
banner and parse report, notices, joint answers, the document head,
footnotes. Regenerate with ``--snapshot-update`` and look at the SVGs."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SIZES = pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])


def _sample_app(make_app, name: str):
    path = SAMPLES / name
    return make_app(parse_path(path, cache=None), path)


@SIZES
def test_banner_and_parse_report_snapshot(snap_compare, make_app, loaded, monkeypatch, size):
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = _sample_app(make_app, "kamervragen-gezamenlijke-antwoorden.txt")

    async def report(pilot):
        await loaded(pilot)
        await pilot.pause()
        await pilot.press("r", "down")

    assert snap_compare(app, terminal_size=size, run_before=report)


@SIZES
def test_notice_snapshot(snap_compare, make_app, loaded, monkeypatch, size):
    """A Mededeling in the answer pane of the questions it concerns."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = _sample_app(make_app, "kamervragen-mededeling.txt")

    async def first(pilot):
        await loaded(pilot)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=first)


@SIZES
def test_joint_answer_snapshot(snap_compare, make_app, loaded, monkeypatch, size):
    """A group of questions with one joint answer: one outline entry, each
    question's text, the answer once."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = _sample_app(make_app, "kamervragen-gezamenlijke-antwoorden.txt")

    async def first(pilot):
        await loaded(pilot)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=first)


@SIZES
def test_document_head_snapshot(snap_compare, make_app, loaded, monkeypatch, size):
    """The outline's Document entry: the facts, the intro and the closing;
    the header said as fully as the width allows."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = _sample_app(make_app, "kamervragen-gezamenlijke-antwoorden.txt")

    async def head(pilot):
        await loaded(pilot)
        await pilot.pause()
        await pilot.press("d")

    assert snap_compare(app, terminal_size=size, run_before=head)


@SIZES
def test_footnotes_snapshot(snap_compare, make_app, loaded, monkeypatch, size):
    """The mark [1] in the answer and the footnotes under it."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = _sample_app(make_app, "antwoordbrief-nummering.docx")

    async def third(pilot):
        await loaded(pilot)
        await pilot.press("j", "j")

    assert snap_compare(app, terminal_size=size, run_before=third)
