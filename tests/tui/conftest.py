"""Fixtures for the reader tests: a hand-built document and app helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parsers.model import (
    Answer, Citation, Document, Faction, Figure, Meta, Part, Question, Report, XRef,
)
from tui.app import create_app

A4 = (
    "Antwoord 4a.\n\nIn de beantwoording (Kamerstuk 36725 X nr. 6) is gemeld dat voor "
    "ongeveer € 6,5 miljard aan materieel uit de VS is uitgegeven.\n\n"
    "Antwoord 4b.\n\nVoor €430 miljoen is aangeschaft aan materieel van Israëlische leveranciers."
)
Q4 = "Kan de regering aangeven welk bedrag is besteed aan materieel van:\na. Amerikaanse producenten;\nb. Israëlische producenten?"
LONG = "\n\n".join(f"Alinea {i}: tekst over defensie en begroting." for i in range(1, 60))
LONG += "\n\nHier staat het laatste woord: slotsom."


def _part(text: str, label: str, piece: str) -> Part:
    start = text.index(piece)
    return Part(label=label, text=piece, start=start, end=start + len(piece))


def make_doc() -> Document:
    """A small nota with three faction blocks, parts, marks and a reference."""
    a4a = A4[A4.index("In de"):A4.index("uitgegeven.") + len("uitgegeven.")]
    a4b = A4[A4.index("Voor €430"):]
    sp = [
        Question(id="SP-1", number=1, text="Kan de regering reflecteren op [bold]de balans[/bold]?",
                 answer=Answer(text="Defensie weegt af. Zie [@click=app.quit]hier[/] en de balans.")),
        Question(id="SP-2", number=2, text="Welke informatiecategorieën zijn vertrouwelijk?", answer=None),
        Question(id="SP-3", number=3, text="Welk percentage gaat naar Nederlandse bedrijven?",
                 answer=Answer(text="Dat volgt in de Stand van Defensie: 37%.", status="deferred")),
        Question(id="SP-4", number=4, text=Q4,
                 parts=[_part(Q4, "a", "Amerikaanse producenten;"), _part(Q4, "b", "Israëlische producenten?")],
                 answer=Answer(text=A4, parts=[Part(label="a", text=a4a, start=A4.index(a4a), end=A4.index(a4a) + len(a4a)),
                                               Part(label="b", text=a4b, start=A4.index(a4b), end=len(A4))])),
        Question(id="SP-5", number=5, text="Kan de regering deze informatie alsnog opnemen?",
                 answer=Answer(text="Zie antwoord vraag 4.", status="by-reference")),
    ]
    volt = [
        Question(id="VOLT-1", number=1, text="Hoe staat het met de balans van de begroting?",
                 answer=Answer(text="Goed.")),
        Question(id="VOLT-2", number=2, text="Kunt u alles toelichten?", answer=Answer(text=LONG)),
    ]
    vh = [Question(id="Visseren-Hamakers-1", number=1, text="Een laatste vraag over de slotsom?",
                   answer=Answer(text="Zie antwoord vraag 4 van de SP."))]
    cit_at = A4.index("Kamerstuk 36725 X nr. 6")
    fig_at = A4.index("€ 6,5 miljard")
    return Document(
        meta=Meta(kind="nota-naar-aanleiding-van-verslag", house="Eerste Kamer", dossier="36800-K",
                  document_letter="F", document_type="nota naar aanleiding van het tweede verslag",
                  date=dt.date(2026, 6, 19), source_name="hand.txt"),
        intro="Hierbij bieden wij u de antwoorden aan.",
        factions=[Faction(name="SP", questions=sp), Faction(name="VOLT", questions=volt),
                  Faction(name="Visseren-Hamakers", questions=vh)],
        figures=[Figure(kind="money", text="€ 6,5 miljard", value=6500000000, unit="EUR",
                        question="SP-4", field="answer", start=fig_at, end=fig_at + 13),
                 Figure(kind="percent", text="37%", value=37, unit="%", question="SP-3", field="answer",
                        start=36, end=39)],
        citations=[Citation(kind="kamerstuk", text="Kamerstuk 36725 X nr. 6", id="kst-36725-X-6",
                            url="https://zoek.officielebekendmakingen.nl/kst-36725-X-6.html",
                            question="SP-4", field="answer", start=cit_at, end=cit_at + 23)],
        xrefs=[XRef(**{"from": "SP-5", "to": "SP-4", "text": "Zie antwoord vraag 4", "field": "answer",
                       "start": 0, "end": 20}),
               XRef(**{"from": "Visseren-Hamakers-1", "to": "SP-4", "text": "antwoord vraag 4",
                       "field": "answer", "start": 4, "end": 20})],
        # a sure parse (no banner); tests of the banner lower it
        report=Report(confidence=0.95),
    )


@pytest.fixture
def doc() -> Document:
    return make_doc()


@pytest.fixture
def make_app(tmp_path):
    """``make_app(doc=None, path=None, **kw)``: a reader on a hand-built doc."""

    def factory(document: Document | None = None, path: Path | None = None, **kwargs):
        document = document or make_doc()
        target = path or tmp_path / "hand.txt"
        if path is None:
            target.write_text("placeholder", encoding="utf-8")
        app = create_app(target, parser=kwargs.pop("parser", lambda p: document), **kwargs)
        app.animation_level = "none"
        app.notes = []  # every notification message, in order
        original = app.notify

        def notify(message, **kw):
            app.notes.append(message)
            return original(message, **kw)

        app.notify = notify
        return app

    return factory


async def wait_loaded(pilot, screen_type=None):
    """Wait for the parse worker, then until the reader left "loading"."""
    app = pilot.app
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if getattr(screen, "state", "loading") != "loading":
            return screen
    raise AssertionError("document never finished loading")


@pytest.fixture
def loaded():
    return wait_loaded


def shown(screen, selector: str) -> str:
    """Plain text a Static (or a TextPane's body) currently displays."""
    from textual.widgets import Static

    from tui.widgets.qa_pane import TextPane

    widget = screen.query_one(selector)
    if isinstance(widget, TextPane):
        widget = widget.body
    assert isinstance(widget, Static)
    return widget.visual.plain


def title(screen, selector: str) -> str:
    """The plain title a TextPane shows in its top border."""
    return screen.query_one(selector).title_text


def screen_text(app) -> str:
    """The whole terminal screen as plain text (what a user would see)."""
    import io

    from rich.console import Console

    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True,
                      color_system=None, legacy_windows=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


@pytest.fixture
def ui():
    """Helpers to read what the reader shows: ``ui.shown``, ``ui.screen_text``."""

    class UI:
        pass

    UI.shown = staticmethod(shown)
    UI.title = staticmethod(title)
    UI.screen_text = staticmethod(screen_text)
    return UI
