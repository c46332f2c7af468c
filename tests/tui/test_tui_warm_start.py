"""A cached document opens in the first frame, from the light (pydantic-free)
cache path, and every key path works on it as on a fresh parse."""

from __future__ import annotations

import shutil

import pytest

from parsers import parse_path
from parsers.cache import ENV_VAR, Cache
from parsers.light import LightDocument
from tests.corpus import SAMPLES
from tui.app import create_app

SAMPLE = SAMPLES / "nota-ek-defensie.md"


@pytest.fixture
def copy(tmp_path, monkeypatch):
    """The sample copied to a temp folder, with the cache there too."""
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    target = tmp_path / SAMPLE.name
    shutil.copy(SAMPLE, target)
    return target


def count_parses(app) -> list:
    """Record the paths ``app.parse_document`` (the worker's job) is called with."""
    calls: list = []
    original = app.parse_document

    def parse_document(path):
        calls.append(path.name)
        return original(path)

    app.parse_document = parse_document
    return calls


async def test_a_cached_document_is_shown_in_the_first_frame(copy, ui, monkeypatch):
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.delenv("STY", raising=False)
    monkeypatch.setenv("TERM_PROGRAM", "kitty")
    parse_path(copy, cache=Cache(copy.parent / "cache"))
    app = create_app(copy)
    parses = count_parses(app)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        # no pause: this is the first frame
        assert screen.state == "ready" and not screen.has_class("-loading")
        assert isinstance(screen.doc, LightDocument)
        assert parses == []
        assert ui.title(screen, "#question-pane") == "Vraag 1 · CDA · CDA-1"
        text = ui.screen_text(app)
        assert "│ Kan de regering aangeven hoeveel van " in text
        assert "│ Voor munitie is in 2026 € 1,2 miljard " in text

        await pilot.press("j")
        assert screen.nav.current.id == "CDA-2"
        await pilot.press("y")
        assert app.clipboard == screen.doc.question("CDA-2").answer.text
        assert app.clipboard.startswith("Het Defensie Projectenoverzicht (Kamerstuk 27 830, nr. 489)")

        await pilot.press("j", "f")
        assert screen.nav.current.id == "CDA-1"
        await pilot.press("b")
        assert screen.nav.current.id == "CDA-3"

        await pilot.press("c")
        assert ui.shown(app.screen, ".view-title") == "Aangehaalde documenten (5)"
        await pilot.press("escape", "F")
        assert ui.shown(app.screen, ".view-title") == "Cijfers (7)"
        await pilot.press("escape")
        assert app.screen is screen

        await pilot.press("slash", *"munitie", "enter")
        await pilot.pause()
        assert screen.nav.current.id == "CDA-1"
        assert "treffer 1/" in ui.shown(screen, "#status")
    assert parses == []


async def test_a_cold_cache_parses_in_a_worker_and_fills_the_cache(copy, loaded, ui):
    app = create_app(copy)
    parses = count_parses(app)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert screen.state == "ready"
        assert parses == [copy.name]
        assert not isinstance(screen.doc, LightDocument)
        assert ui.title(screen, "#question-pane") == "Vraag 1 · CDA · CDA-1"
    assert Cache(copy.parent / "cache").load_light(copy) is not None


async def test_no_cache_never_looks_the_document_up(copy, loaded):
    parse_path(copy, cache=Cache(copy.parent / "cache"))
    app = create_app(copy, no_cache=True)
    parses = count_parses(app)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert not isinstance(screen.doc, LightDocument)
        assert parses == [copy.name]


WARM_CHILD = r"""
import sys
from pathlib import Path
import tui.cli  # what `vragenronde FILE` loads first
from tui.terminal import locale_is_utf8, wants_plain
locale_is_utf8()
from tui.app import ReaderApp

class Probe(ReaderApp):
    CSS_PATH = [str(Path(tui.cli.__file__).parent / "app.tcss")]  # relative paths resolve from here

    def on_ready(self):
        screen = self.screen
        print(screen.state, type(screen.doc).__name__, screen.nav.current.id,
              sorted({m.split(".")[0] for m in sys.modules} & {"pydantic", "pydantic_core"}))
        self.exit()

Probe(Path(sys.argv[1])).run(headless=True, size=(100, 30))
"""


def test_a_warm_start_never_imports_pydantic(copy):
    """The start-up budget has no room for pydantic: the command line, the
    app and the cached document must all do without it (fresh interpreter)."""
    import os
    import subprocess
    import sys

    from tests.corpus import ROOT

    parse_path(copy, cache=Cache(copy.parent / "cache"))
    run = subprocess.run([sys.executable, "-c", WARM_CHILD, str(copy)], capture_output=True,
                         text=True, cwd=ROOT, timeout=60, env=dict(os.environ))
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split("\n")[-2:] == ["ready LightDocument CDA-1 []", ""]


async def test_the_first_frame_switches_paused_collection_back_on(copy):
    import gc

    from tui import startup

    parse_path(copy, cache=Cache(copy.parent / "cache"))
    startup.pause()
    try:
        assert not gc.isenabled() and startup.paused()
        app = create_app(copy)
        async with app.run_test(size=(100, 30)):
            assert gc.isenabled() and not startup.paused()
    finally:
        startup.resume()
    assert gc.isenabled()


async def test_a_lookup_that_finishes_after_the_first_paint_is_still_used(copy, loaded, ui):
    """The first paint waits 0.2 s for the cache lookup; a slower lookup (a
    big file, a slow disk) is taken by the parse worker, not thrown away.

    The test holds the lookup's future itself and completes it only after
    the first frame was drawn without it, so a slow machine cannot make the
    lookup finish early (no timer race)."""
    from concurrent.futures import Future

    parse_path(copy, cache=Cache(copy.parent / "cache"))
    light = Cache(copy.parent / "cache").load_light(copy)

    class NoLoads:
        warning = None

        def load(self, *args):
            raise AssertionError("parsed or read the cache again")

    app = create_app(copy)
    slow: Future = Future()
    app._lookup = slow
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            # the first frame gave up waiting for the lookup
            assert app.screen.state == "loading"
            assert app.screen.doc is None
            # the parse worker now waits on the same lookup (it does not parse)
            await pilot.pause()
            assert app.screen.state == "loading"
            slow.set_result((NoLoads(), light))
            screen = await loaded(pilot)
            assert screen.state == "ready" and screen.doc is light
            assert app._cache.__class__ is NoLoads  # the lookup's cache was adopted
            assert ui.title(screen, "#question-pane") == "Vraag 1 · CDA · CDA-1"
    finally:
        if not slow.done():  # never leave the worker thread waiting
            slow.set_result((NoLoads(), None))


@pytest.mark.parametrize("name", ["kamervragen-gezamenlijke-antwoorden.txt", "antwoordbrief-nummering.docx",
                                  "kamervragen-mededeling.txt"])
async def test_document_level_parts_on_a_cached_document(tmp_path, monkeypatch, ui, name, loaded):
    """Banner, joint groups, notices, footnotes and the document head work
    on the light document of a warm start as on a fresh parse."""
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "cache"))
    target = tmp_path / name
    shutil.copy(SAMPLES / name, target)
    fresh = parse_path(target, cache=Cache(tmp_path / "cache"))
    app = create_app(target)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.pause()
        assert isinstance(screen.doc, LightDocument)
        assert bool(screen.query("#confidence-banner")) == (fresh.report.confidence < 0.8)
        first_answer = ui.shown(screen, "#answer-pane")
        if fresh.notices:
            assert first_answer.startswith("Mededeling van")
        if fresh.footnote_refs:
            assert "\n\nVoetnoten\n[1] " in first_answer
        members = [q for q in fresh.questions() if q.answer and q.answer.shared_with]
        if members:
            screen.jump_to_id(members[0].id)  # a member: read at its group
            await pilot.pause()
            assert screen.nav.current.id == members[0].answer.shared_with
            assert ui.title(screen, "#question-pane").startswith("Vragen ")
        await pilot.press("d")
        assert "Datum: " in ui.shown(screen, "#question-pane")
        await pilot.press("r")
        assert type(app.screen).__name__ == "ParseReportView"
