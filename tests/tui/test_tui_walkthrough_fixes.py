"""What a walk through the samples at 80x24 and 120x40 showed wrong, fixed:
the palette and the jump prompt of a document without factions, the
figures view's dates and joint copies, and exporting a joint group."""

from __future__ import annotations

from pathlib import Path

from parsers import parse_path
from tests.tui.test_tui_small_screens import palette, plain
from tui.screens.library_export import ExportScreen, reader_choices
from tui.screens.prompt import PromptScreen
from tui.screens.views import FiguresView

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
MUNITIE = SAMPLES / "kamervragen-aanhangsel.pdf"  # questions 2 and 3 answered together


def munitie():
    return parse_path(MUNITIE, cache=None)


async def test_palette_names_a_kamervraag_once(make_app, loaded):
    app = make_app(munitie(), MUNITIE)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        entries = [plain(p) for p in await palette(pilot, "3")]
        # it said 'Vraag 3 · 3 · Vragen: …' (the id is the number, the block has no name)
        assert entries[0] == "Vraag 3: Welke financiële ruimte is er voor extra munitie?"


async def test_jump_prompt_without_factions_asks_for_a_number(make_app, loaded):
    app = make_app(munitie(), MUNITIE)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("colon")
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        assert prompt.query_one("#prompt-label").visual.plain == "Ga naar vraag: een nummer"
        assert prompt.query_one("#prompt-input").placeholder == "bijvoorbeeld 4"
        await pilot.press("3", "enter")
        assert screen.nav.current.id == "2"  # question 3 is read with 2, whose answer it shares


async def test_jump_prompt_with_factions_keeps_the_example(make_app, loaded):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("colon")
        assert app.screen.query_one("#prompt-label").visual.plain == \
            "Ga naar vraag: een id (SP-4) of een nummer in SP"


async def test_figures_view_dates_in_words_and_a_joint_answer_once(make_app, loaded):
    app = make_app(munitie(), MUNITIE)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("F")
        await pilot.pause()
        view = app.screen
        assert isinstance(view, FiguresView)
        rows = view.query_one(".view-list")
        lines = [rows.get_option_at_index(i).prompt.plain for i in range(rows.option_count)]
        # it said '6 maart 2024  = 2024-03-06 date  intro' and listed the 4% of the
        # joint answer of questions 2 and 3 twice
        assert lines == ["6 maart 2024  = 2024-03-06  inleiding", "25 maart 2024  = 2024-03-25  inleiding",
                         "4%  = 4 %  2"]


async def test_export_of_a_joint_group_has_every_question(make_app, loaded, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(munitie(), MUNITIE)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")
        assert [q.id for q in screen.nav.group] == ["2", "3"]
        choices = reader_choices(screen)
        assert [c.label for c in choices] == ["vragen 2 en 3", "het document"]
        assert choices[0].stem == "kamervragen-aanhangsel-2-3"
        csv_text = choices[0].make("csv")
        assert [line.split(",")[5] for line in csv_text.splitlines()[1:]] == ["2", "3"]
        md = choices[0].make("md")
        assert "### 2\n" in md and "### 3\n" in md and "### 1\n" not in md
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)


async def test_an_empty_list_dialog_is_no_taller_than_its_text(make_app, loaded):
    from tui.screens.views import CitationsView

    app = make_app(munitie(), MUNITIE)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("c")
        await pilot.pause()
        view = app.screen
        assert isinstance(view, CitationsView)
        box = view.query_one(".view-box")
        assert view.query_one(".view-empty").visual.plain == "Dit document haalt geen documenten aan."
        # title and text in a border: four rows, not 90% of the screen (it was 21 rows, empty)
        assert box.outer_size.height == 4
