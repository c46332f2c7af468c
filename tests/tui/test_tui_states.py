"""Loading, error and plain-text states; sizes; markup shown literally."""

from __future__ import annotations

import threading

import pytest

from parsers.errors import ParseError
from parsers.model import Document, Meta

from tui.app import create_app


async def test_loading_state_is_visible_until_parse_finishes(make_app, loaded, ui, doc):
    gate = threading.Event()

    def slow_parser(path):
        assert gate.wait(10)
        return doc

    app = make_app(parser=slow_parser)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.state == "loading"
        assert ui.shown(screen, "#doc-header") == "hand.txt wordt geladen …"
        # the spinner waits a moment (so a cached document never flashes it)
        await pilot.pause(0.3)
        assert screen.query_one("#body").loading is True
        assert screen.has_class("-loading")
        gate.set()
        await loaded(pilot)
        assert screen.state == "ready"
        assert screen.query_one("#body").loading is False
        assert threading.current_thread() is threading.main_thread()


async def test_parse_error_shows_message_not_traceback(make_app, loaded, ui):
    def failing(path):
        raise ParseError(f"{path.name}: binaire gegevens, geen tekstdocument (bevat NUL-bytes)")

    app = make_app(parser=failing)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await loaded(pilot)
        assert screen.state == "error"
        assert ui.shown(screen, "#message") == (
            "Kan hand.txt niet openen:\nhand.txt: binaire gegevens, geen tekstdocument (bevat NUL-bytes)")
        assert not screen.query_one("#qa").display
        assert screen.query_one("#message-pane").display
        assert ui.shown(screen, "#doc-header") == "hand.txt: niet geopend"
        await pilot.press("j", "y", "slash")  # keys do nothing harmful
        assert app.is_running and app.clipboard == ""


async def test_unexpected_exception_is_reported_in_app(make_app, loaded, ui):
    def broken(path):
        raise ValueError("boom")

    app = make_app(parser=broken)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await loaded(pilot)
        assert ui.shown(screen, "#message") == "Kan hand.txt niet openen: onverwachte ValueError: boom"


async def test_document_without_questions_shows_intro(make_app, loaded, ui):
    plain = Document(meta=Meta(kind="unknown"), intro="Gewone tekst [bold]zonder[/bold] vragen.")
    app = make_app(document=plain)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await loaded(pilot)
        assert screen.state == "plain"
        assert ui.shown(screen, "#message") == (
            "In hand.txt zijn geen vragen herkend (soort: unknown); de tekst staat hier zoals hij is.\n\n"
            "Gewone tekst [bold]zonder[/bold] vragen.")
        assert not screen.query_one("#outline").display


async def test_real_parse_error_for_missing_file(tmp_path, loaded, ui):
    app = create_app(tmp_path / "nope.txt", no_cache=True)
    app.animation_level = "none"
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await loaded(pilot)
        assert screen.state == "error"
        assert ui.shown(screen, "#message").startswith("Kan nope.txt niet openen:\n")
        assert "bestand bestaat niet" in ui.shown(screen, "#message")


async def test_markup_in_document_shows_literally(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        text = ui.screen_text(app)
        assert "reflecteren op [bold]de" in text and "balans[/bold]?" in text
        assert "[@click=app.quit]hier[/] en de balans." in text
        await pilot.click("#answer-pane", offset=(30, 2))
        assert app.is_running


@pytest.mark.parametrize("size", [(80, 24), (40, 12), (12, 6), (160, 48)])
async def test_no_crash_at_small_sizes(make_app, loaded, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j", "o", "o", "J", "slash", "a", "enter", "question_mark", "escape")
        await pilot.pause()
        assert app.is_running
        assert screen.nav.current is not None


async def test_narrow_layout_stacks_panes(make_app, loaded):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        assert screen.has_class("-narrow")
        q, a = screen.query_one("#question-pane"), screen.query_one("#answer-pane")
        assert q.region.x == a.region.x and q.region.bottom <= a.region.y
        for widget in (screen.query_one("#outline"), q, a):
            assert widget.size.width > 0


async def test_wide_layout_side_by_side(make_app, loaded):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await loaded(pilot)
        assert screen.has_class("-wide")
        q, a = screen.query_one("#question-pane"), screen.query_one("#answer-pane")
        assert q.region.y == a.region.y and q.region.right <= a.region.x


async def test_plain_option_uses_ansi_theme(make_app, loaded):
    app = make_app(plain=True)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        assert app.theme == "ansi-dark" and app.ansi_color is True
        assert screen.state == "ready"


async def test_markup_in_a_faction_name_shows_literally_in_the_pane_title(make_app, loaded, ui, doc):
    """Pane titles sit in the border; Textual reads a str title as markup,
    so the reader gives it Content: a faction named like markup stays text."""
    doc.factions[0].name = "[red]SP[/red]"
    app = make_app(doc)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert ui.title(screen, "#question-pane") == "Vraag 1 · [red]SP[/red] · SP-1"
        assert "╭─ Vraag 1 · [red]SP[/red] · SP-1 ─" in ui.screen_text(app)
