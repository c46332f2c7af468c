"""Small terminals and long lines: the header, the status line, notifications,
the citations view and the command palette at 80x24 (and 160x48)."""

from __future__ import annotations

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets._toast import Toast

from parsers.model import Citation

#: Too long for the citations list at 80 columns, short enough at 160.
LONG_URL = "https://zoek.officielebekendmakingen.nl/kst-36725-X-7-lang-achtervoegsel.html"


def long_doc(doc):
    """The hand-built document with a long title and a long citation URL."""
    doc.meta.title = "Vaststelling van de begrotingsstaten van Defensie voor het jaar 2026"
    doc.citations.append(Citation(kind="kamerstuk", text="Kamerstuk 36725 X nr. 7", id="kst-36725-X-7-lang-id",
                                  url=LONG_URL, question="SP-5", field="answer", start=0, end=3))
    return doc


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_the_header_is_one_line_shortened_not_wrapped(make_app, loaded, ui, doc, size):
    app = make_app(long_doc(doc))
    async with app.run_test(size=size) as pilot:
        screen = await loaded(pilot)
        header = screen.query_one("#doc-header")
        assert header.region.height == 1
        lines = ui.screen_text(app).splitlines()
        assert lines[1].startswith("╭")  # the panes start right under it
        if size == (80, 24):  # said shorter: no title, the kind said short
            assert lines[0].strip() == "Nota n.a.v. het verslag · Kamerstuk 36 800 K, F · 19 juni 2026"
        else:
            assert lines[0].strip() == ("Nota naar aanleiding van het tweede verslag · Kamerstuk 36 800 K, F · "
                                        "19 juni 2026 · Vaststelling van de begrotingsstaten van Defensie "
                                        "voor het jaar 2026")


async def test_the_status_line_is_whole_at_80x24(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        query = "balans van de begroting en nog veel meer woorden"
        screen.nav.search("balans")
        screen.nav.query = query  # as if typed: a long query
        screen.nav.back_stack.extend([0, 1])
        screen.scroll_target = "question"
        await pilot.pause()
        status = ui.screen_text(app).splitlines()[-2].strip()
        # the scroll note is said shorter, then the query is cut: the rest stays whole
        assert status.startswith("SP-1 · 1/8 · treffer 1/3 voor “balans van de begr")
        assert status.endswith("…” · terug: 2 · t: vraag")
        assert len(status) == 78
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        await pilot.pause()
        assert ui.screen_text(app).splitlines()[-2].strip() == (
            f"SP-1 · 1/8 · treffer 1/3 voor “{query}” · terug: 2 · paginatoetsen scrollen de vraag (t: antwoord)")


@pytest.mark.parametrize("size", [(80, 24), (110, 30), (160, 48)], ids=["80x24", "110x30", "160x48"])
async def test_notifications_stay_inside_the_answer_pane(make_app, loaded, size):
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await loaded(pilot)
        screen.goto(3)
        await pilot.press("Y", "f")  # two notifications, one of two lines
        await pilot.pause(0.2)
        toasts = list(app.screen.query(Toast))
        assert len(toasts) == 2
        pane = screen.query_one("#answer-pane")
        inside = pane.region.shrink((1, 1, 1, 1))  # within its borders
        status = screen.query_one("#status").region
        for toast in toasts:
            assert inside.contains_region(toast.region), (toast.region, pane.region)
            assert not toast.region.overlaps(status)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_citations_never_break_an_url_or_id(make_app, loaded, ui, doc, size):
    app = make_app(long_doc(doc))
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        await pilot.press("c")
        view = app.screen
        ol = view.query_one(".view-list")
        width = ol.scrollable_content_region.width
        prompts = [ol.get_option_at_index(i).prompt.plain for i in range(ol.option_count)]
        for prompt in prompts:
            assert len(prompt.splitlines()) == 2
            assert all(len(line) <= width for line in prompt.splitlines())
        # every option takes exactly its two lines: nothing wraps
        assert ol.virtual_size.height == 2 * len(prompts)
        second = prompts[1].splitlines()[1].strip()
        if size == (80, 24):
            assert second.startswith("https://zoek.officiel") and "…" in second
            assert second.endswith("-lang-achtervoegsel.html")
        else:
            assert second == LONG_URL
        await pilot.press("down")
        assert ui.shown(view, ".view-detail") == f"kst-36725-X-7-lang-id\n{LONG_URL}"
        await pilot.press("up")
        assert ui.shown(view, ".view-detail") == (
            "kst-36725-X-6\nhttps://zoek.officielebekendmakingen.nl/kst-36725-X-6.html")


# -- the command palette -----------------------------------------------------------

async def palette(pilot, query: str) -> list[str]:
    """Open the palette, type ``query``; the entries it lists, in order."""
    app = pilot.app
    if not isinstance(app.screen, CommandPalette):
        await pilot.press("ctrl+p")
    await pilot.press(*query)
    await pilot.pause(0.6)
    commands = app.screen.query_one(CommandList)
    return [commands.get_option_at_index(i).prompt for i in range(commands.option_count)]


def plain(prompt) -> str:
    return getattr(prompt, "plain", str(prompt)).split("\n")[0]


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_palette_question_entries_show_number_and_text(make_app, loaded, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        entries = [plain(p) for p in await palette(pilot, "vraag")]
        questions = [e for e in entries if e.startswith("Vraag ")]
        assert len(questions) == 8
        assert "Vraag 3 · SP-3 · SP: Welk percentage gaat naar Nederlandse bedrijven?" in questions
        assert len(set(questions)) == 8
        for entry in questions:  # one line each
            assert len(entry) <= size[0] - 6
        if size == (80, 24):
            assert "Vraag 4 · SP-4 · SP: Kan de regering aangeven welk bedrag is besteed aa…" in questions


async def test_palette_ranks_number_and_label_first(make_app, loaded):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        assert plain((await palette(pilot, "4"))[0]).startswith("Vraag 4 · SP-4 · SP: ")
        await pilot.press("escape")
        assert plain((await palette(pilot, "volt-2"))[0]).startswith("Vraag 2 · VOLT-2 · VOLT: ")
        await pilot.press("escape")
        first = [plain(p) for p in await palette(pilot, "volt")][:3]
        assert first[0] == "Ga naar fractie VOLT"
        assert all("VOLT" in e for e in first)
        # words of the text rank above a letter-by-letter match of a label
        await pilot.press("escape")
        entries = [plain(p) for p in await palette(pilot, "kan")]
        assert entries[0].startswith("Vraag 1 · SP-1 · SP: Kan de regering")
        assert entries.index("Kopieer antwoord") > 2
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.nav.current.id == "SP-1"


async def test_every_app_command_of_the_palette_works(make_app, loaded, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        entries = [plain(p) for p in await palette(pilot, "")]
        assert entries[:12] == ["Kopieer antwoord", "Kopieer vraag en antwoord", "Toon aangehaalde documenten",
                               "Toon cijfers", "Toon het parse-rapport", "Toon het document", "Toon voetnoten",
                               "Toon toezeggingen", "Volgende open deelvraag", "Vorige open deelvraag",
                               "Overzicht tonen of verbergen", "Zoek in het document"]
        assert entries[12:16] == ["Thema", "Toetsen", "Schermafdruk", "Stoppen"]
        assert app.screen.query_one("#--input Input").placeholder == "Zoek een opdracht, vraag of fractie…"

        await pilot.press("escape")
        await palette(pilot, "schermafdruk")
        await pilot.press("enter")
        await pilot.pause(0.3)
        shots = list(tmp_path.glob("vragenronde-*.svg"))
        assert len(shots) == 1 and "<svg" in shots[0].read_text(encoding="utf-8")
        assert app.notes[-1] == f"Schermafdruk bewaard in {shots[0]}"
        # a second one never overwrites the first
        app.action_save_screenshot()
        assert len(list(tmp_path.glob("vragenronde-*.svg"))) == 2

        await palette(pilot, "toetsen")
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")

        await palette(pilot, "thema")
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one("#--input Input").placeholder == "Zoek een thema…"
        await pilot.press("escape")
        assert app.screen is screen

        await palette(pilot, "stoppen")
        await pilot.press("enter")
        await pilot.pause()
        assert not app.is_running


async def test_a_screenshot_where_it_cannot_be_written_says_why(make_app, loaded, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.chdir(folder)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        folder.rmdir()  # the current folder is gone
        assert app.action_save_screenshot() is None
        assert app.notes[-1].startswith("Schermafdruk niet bewaard: ")


async def test_the_palette_in_english(make_app, loaded, english):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        entries = [plain(p) for p in await palette(pilot, "")]
        assert entries[4:7] == ["Show the parse report", "Show the document", "Show footnotes"]
        assert entries[7:10] == ["Show commitments", "Next open part", "Previous open part"]
        assert entries[12:16] == ["Theme", "Keys", "Screenshot", "Quit"]
        entries = [plain(p) for p in await palette(pilot, "4")]
        assert entries[0].startswith("Question 4 · SP-4 · SP: Kan de regering")
