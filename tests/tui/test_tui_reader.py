"""Pilot tests of the reader: every key path, on a hand-built document."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tui.screens.reader import ReaderScreen

SIZE = (120, 40)


async def open_reader(make_app, loaded, **kw):
    app = make_app(**kw)
    return app


async def test_opens_at_first_question_of_first_faction(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        assert isinstance(screen, ReaderScreen)
        assert screen.state == "ready"
        assert ui.shown(screen, "#doc-header") == (
            "Nota naar aanleiding van het tweede verslag · Kamerstuk 36 800 K, F · 19 juni 2026")
        assert ui.title(screen, "#question-pane") == "Vraag 1 · SP · SP-1"
        assert ui.shown(screen, "#answer-pane").startswith("Defensie weegt af.")
        assert ui.shown(screen, "#status") == "SP-1 · 1/8"


async def test_next_previous_question_keys(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")
        assert screen.nav.current.id == "SP-2"
        assert ui.shown(screen, "#answer-pane") == "Voor deze vraag is geen antwoord gevonden."
        assert ui.title(screen, "#answer-pane") == "Antwoord 2 (geen antwoord)"
        await pilot.press("down", "down")
        assert screen.nav.current.id == "SP-4"
        await pilot.press("k")
        assert ui.title(screen, "#question-pane") == "Vraag 3 · SP · SP-3"
        assert ui.title(screen, "#answer-pane") == "Antwoord 3 (antwoord uitgesteld)"
        await pilot.press("up", "up", "up")  # clamps at the first question
        assert screen.nav.current.id == "SP-1"


async def test_faction_keys(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("J")
        assert ui.title(screen, "#question-pane") == "Vraag 1 · VOLT · VOLT-1"
        await pilot.press("right_square_bracket")
        assert screen.nav.current.id == "Visseren-Hamakers-1"
        await pilot.press("K")
        assert screen.nav.current.id == "VOLT-1"
        await pilot.press("j", "left_square_bracket")  # mid-block: to the block start
        assert screen.nav.current.id == "VOLT-1"
        await pilot.press("left_square_bracket")
        assert screen.nav.current.id == "SP-1"


async def test_first_last_keys(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("G")
        assert ui.shown(screen, "#status") == "Visseren-Hamakers-1 · 8/8"
        await pilot.press("g")
        assert screen.nav.current.id == "SP-1"
        await pilot.press("end")
        assert screen.nav.current.id == "Visseren-Hamakers-1"
        await pilot.press("home")
        assert screen.nav.current.id == "SP-1"


async def test_part_labels_in_question_and_answer(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        screen.goto(3)
        await pilot.pause()
        question = ui.shown(screen, "#question-pane")
        assert "\na. Amerikaanse producenten;" in question
        assert "\nb. Israëlische producenten?" in question
        assert question.count("a.") == 1  # the printed label is not repeated
        answer = ui.shown(screen, "#answer-pane")
        assert answer.startswith("Antwoord 4a.\nIn de beantwoording")
        assert "\n\nAntwoord 4b.\nVoor €430 miljoen" in answer


async def test_jump_by_id_and_by_number(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("colon")
        await pilot.press(*"volt-2", "enter")
        assert app.screen is screen
        assert screen.nav.current.id == "VOLT-2"
        await pilot.press("number_sign", "1", "enter")  # number within VOLT
        assert screen.nav.current.id == "VOLT-1"
        await pilot.press("colon", "9", "9", "enter")
        assert screen.nav.current.id == "VOLT-1"
        assert app.notes[-1] == "Vraag '99' staat niet in dit document"
        await pilot.press("colon", "escape")
        assert app.screen is screen


async def test_search_enter_hits_count_and_steps(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")  # at SP-2: first hit after here is VOLT-1's question
        await pilot.press("slash")
        assert app.focused is screen.query_one("#search-input", Input)
        await pilot.press(*"balans", "enter")
        # hits: SP-1 question, SP-1 answer, VOLT-1 question
        assert len(screen.nav.hits) == 3
        assert screen.nav.current.id == "VOLT-1"
        assert ui.shown(screen, "#status") == "VOLT-1 · 6/8 · treffer 3/3 voor “balans” · terug: 1"
        spans = screen.query_one("#question-pane").body.visual.spans
        assert [(s.start, s.end) for s in spans if "reverse" in str(s.style)] == [(21, 27)]  # "Hoe staat het met de balans"
        await pilot.press("n")  # wraps to the first hit
        assert screen.nav.current.id == "SP-1"
        assert "treffer 1/3" in ui.shown(screen, "#status")
        q_styles = [str(s.style) for s in screen.query_one("#question-pane").body.visual.spans]
        a_styles = [str(s.style) for s in screen.query_one("#answer-pane").body.visual.spans]
        assert any("bold underline" in s for s in q_styles)  # current hit
        assert a_styles == ["reverse"]  # the other hit in this question
        await pilot.press("n")
        assert "treffer 2/3" in ui.shown(screen, "#status")
        await pilot.press("N", "N")
        assert screen.nav.current.id == "VOLT-1"
        assert "treffer 3/3" in ui.shown(screen, "#status")
        await pilot.press("escape")
        assert not screen.searching
        assert ui.shown(screen, "#status") == "VOLT-1 · 6/8 · terug: 1"
        assert not [s for s in screen.query_one("#question-pane").body.visual.spans if "reverse" in str(s.style)]


async def test_search_scrolls_long_answer_to_hit(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"slotsom", "enter")
        assert screen.nav.current.id == "VOLT-2"
        pane = screen.query_one("#answer-pane")
        for _ in range(50):  # the scroll lands after the pane's layout: wait for it, bounded
            if pane.scroll_y > 50:
                break
            await pilot.pause()
        assert pane.scroll_y > 50
        await pilot.press("n")  # second hit: the question of Visseren-Hamakers-1
        assert screen.nav.current.id == "Visseren-Hamakers-1"


async def test_search_without_hits(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"xyzzy", "enter")
        assert app.notes[-1] == "Geen treffers voor “xyzzy”"
        assert ui.shown(screen, "#status") == "SP-1 · 1/8 · geen treffers voor “xyzzy”"
        assert screen.nav.current.id == "SP-1"


async def test_follow_reference_and_back(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("f")
        assert app.notes[-1] == "Geen verwijzing in SP-1"
        screen.goto(4)
        await pilot.pause()
        assert ui.shown(screen, "#answer-pane") == "Zie antwoord vraag 4."
        await pilot.press("f")
        assert screen.nav.current.id == "SP-4"
        assert app.notes[-1] == "Verwijzing gevolgd: SP-5 → SP-4; b gaat terug"
        await pilot.press("b")
        assert screen.nav.current.id == "SP-5"
        await pilot.press("f", "backspace")
        assert screen.nav.current.id == "SP-5"
        await pilot.press("b")
        assert app.notes[-1] == "Er is niets om naar terug te gaan"


async def test_follow_asks_which_when_an_answer_refers_to_several(make_app, loaded, ui, doc):
    from parsers.model import XRef

    doc.xrefs += [XRef(**{"from": "VOLT-1", "to": "SP-4", "text": "vraag 4", "start": 0, "end": 4}),
                  XRef(**{"from": "VOLT-1", "to": "SP-3", "text": "vraag 3", "start": 0, "end": 4}),
                  XRef(**{"from": "VOLT-1", "to": "SP-4", "text": "dat antwoord", "start": 0, "end": 4})]
    app = make_app(doc)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        screen.goto(5)
        await pilot.pause()
        assert screen.nav.current.id == "VOLT-1"
        await pilot.press("f")
        view = app.screen
        assert ui.shown(view, ".view-title") == "Welke verwijzing volgen? (2)"
        ol = view.query_one(".view-list")
        assert [ol.get_option_at_index(i).prompt.plain for i in range(ol.option_count)] == [
            "SP-4  “vraag 4”\n    Kan de regering aangeven welk bedrag is besteed aan materieel van: a. Amerikaanse…",
            "SP-3  “vraag 3”\n    Welk percentage gaat naar Nederlandse bedrijven?",
        ]
        box = view.query_one(".dialog").region
        assert box.x > 0 and box.right < SIZE[0]  # centred, like every dialog
        await pilot.press("escape")
        assert app.screen is screen and screen.nav.current.id == "VOLT-1"
        await pilot.press("f", "down", "enter")
        assert app.screen is screen and screen.nav.current.id == "SP-3"
        assert app.notes[-1] == "Verwijzing gevolgd: VOLT-1 → SP-3; b gaat terug"
        await pilot.press("b")
        assert screen.nav.current.id == "VOLT-1"


async def test_xref_and_marks_styled(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        screen.goto(3)
        await pilot.pause()
        content = screen.query_one("#answer-pane").body.visual
        styled = {content.plain[s.start:s.end]: str(s.style) for s in content.spans}
        assert styled["€ 6,5 miljard"] == "bold $text-success"
        assert styled["Kamerstuk 36725 X nr. 6"] == "underline $text-accent"
        screen.goto(4)
        await pilot.pause()
        content = screen.query_one("#answer-pane").body.visual
        assert [(content.plain[s.start:s.end], str(s.style)) for s in content.spans] == [
            ("Zie antwoord vraag 4", "bold italic underline $text-warning")]


async def test_copy_answer_and_both(make_app, loaded, monkeypatch):
    monkeypatch.delenv("TMUX", raising=False)
    monkeypatch.delenv("STY", raising=False)
    monkeypatch.delenv("VTE_VERSION", raising=False)
    monkeypatch.setenv("TERM_PROGRAM", "kitty")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("y")
        text = "Defensie weegt af. Zie [@click=app.quit]hier[/] en de balans."
        assert app.clipboard == text
        assert app.notes[-1] == f"Antwoord SP-1 gekopieerd ({len(text)} tekens)"
        screen.goto(3)
        await pilot.press("Y")
        assert app.clipboard.startswith("Vraag 4\nKan de regering aangeven")
        assert "\n\nAntwoord 4\nAntwoord 4a.\n\nIn de beantwoording" in app.clipboard
        assert app.clipboard.endswith(
            "Bron: Kamerstuk 36 800 K, F (Nota naar aanleiding van het tweede verslag, Eerste Kamer, "
            "19 juni 2026); fractie SP, vraag 4 (SP-4); hand.txt\n")
        assert app.notes[-1].startswith("Vraag en antwoord SP-4 gekopieerd (")


async def test_copy_mentions_fallback_when_osc52_unreliable(make_app, loaded, monkeypatch):
    monkeypatch.setenv("TERM_PROGRAM", "Apple_Terminal")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("y")
        assert app.notes[-1].endswith(
            f"(macOS Terminal negeert OSC 52); anders: vragenronde show {app.path} SP-1")


async def test_citations_view_enter_jumps(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("c")
        view = app.screen
        assert type(view).__name__ == "CitationsView"
        assert ui.shown(view, ".view-title") == "Aangehaalde documenten (1)"
        ol = view.query_one(".view-list")
        assert ol.get_option_at_index(0).prompt.plain == (
            "Kamerstuk 36725 X nr. 6  ×1  SP-4\n    https://zoek.officielebekendmakingen.nl/kst-36725-X-6.html")
        await pilot.press("enter")
        assert app.screen is screen
        assert screen.nav.current.id == "SP-4"
        await pilot.press("b")
        assert screen.nav.current.id == "SP-1"


async def test_figures_view_enter_jumps(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("F")
        view = app.screen
        assert ui.shown(view, ".view-title") == "Cijfers (2)"
        ol = view.query_one(".view-list")
        assert ol.get_option_at_index(0).prompt.plain == "€ 6,5 miljard  = 6500000000 EUR  SP-4"
        assert ol.get_option_at_index(1).prompt.plain == "37%  = 37 %  SP-3"
        await pilot.press("down", "enter")
        assert screen.nav.current.id == "SP-3"
        await pilot.press("F", "escape")
        assert app.screen is screen


async def test_toggle_outline(make_app, loaded):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        outline = screen.query_one("#outline")
        assert outline.display and outline.outer_size.width == 34
        wide = screen.query_one("#qa").size.width
        await pilot.press("o")
        assert not outline.display
        assert screen.query_one("#qa").size.width == wide + 34
        await pilot.press("o")
        assert outline.display


async def test_outline_lists_factions_marks_and_follows(make_app, loaded):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        outline = screen.query_one("#outline")
        prompts = [outline.get_option_at_index(i).prompt.plain for i in range(outline.option_count)]
        assert prompts[0] == "Document"
        assert prompts[1] == "SP (5)"
        assert prompts[3].startswith("  2 ∅  Welke informatiecategorieën")
        assert prompts[4].startswith("  3 …  Welk percentage")
        assert prompts[6].startswith("  5 →  Kan de regering deze")
        assert prompts[7] == "VOLT (2)"
        assert prompts[10] == "Visseren-Hamakers (1)"
        await pilot.press("J")
        assert outline.highlighted == 8
        await pilot.click("#outline", offset=(5, 5))  # border + rows Document, SP, 1, 2, 3
        assert screen.nav.current.id == "SP-3"


async def test_ascii_marks(make_app, loaded):
    app = make_app(ascii=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        outline = screen.query_one("#outline")
        assert outline.get_option_at_index(6).prompt.plain.startswith("  5 -> Kan")
        assert outline.get_option_at_index(3).prompt.plain.startswith("  2 -- Welke")
        assert app.has_class("-ascii")


async def test_help_screen(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("question_mark")
        help_text = ui.shown(app.screen, "#help-text")
        assert "\nj, down          volgende vraag\n" in help_text
        assert "\nf                volg de verwijzing in het antwoord (‘Zie antwoord vraag 4’); " in help_text
        assert "verwijzing naar een ander antwoord (f volgt haar)" in help_text
        await pilot.press("escape")
        assert app.screen is screen


@pytest.mark.parametrize("key", ["q", "ctrl+c"])
async def test_quit_keys(make_app, loaded, key):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running


async def test_q_types_into_search(make_app, loaded):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", "q", "b")
        assert app.is_running
        assert screen.query_one("#search-input", Input).value == "qb"


async def test_command_palette_goes_to_question(make_app, loaded):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"vraag VOLT-2")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.nav.current.id == "VOLT-2"


async def test_keys_typed_right_after_slash_go_into_search(make_app, loaded):
    from textual import events

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        for key, char in [("slash", "/"), ("b", "b"), ("a", "a"), ("slash", "/"), ("l", "l")]:
            app.post_message(events.Key(key, char))  # no waiting in between
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one("#search-input", Input).value == "ba/l"
        assert screen.nav.current.id == "SP-1" and app.notes == []


async def test_command_palette_faction_and_copy(make_app, loaded):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot)
        await pilot.press("ctrl+p", *"fractie VOLT")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.nav.current.id == "VOLT-1"
        await pilot.press("ctrl+p", *"kopieer antwoord")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.clipboard == "Goed."
