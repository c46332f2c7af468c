"""Regressions found by using the reader in a real terminal."""

from __future__ import annotations

import pytest

from tui.app import create_app


async def test_fast_keys_settle_and_the_app_goes_idle(doc, loaded):
    """Fast j presses used to leave stale OptionHighlighted messages that the
    reader took as picks, and reader and outline then moved each other back
    and forth for ever (100% CPU while idle)."""
    app = create_app("hand.txt", parser=lambda _p: doc)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        renders = 0
        original = screen.show_current

        def counting() -> None:
            nonlocal renders
            renders += 1
            original()

        screen.show_current = counting
        for _ in range(4):  # no pause between presses: as fast as a key repeat
            screen.action_next_question()
        await pilot.pause(0.3)
        assert screen.nav.current.id == "SP-5"
        settled = renders
        await pilot.pause(0.5)
        assert renders == settled, "the reader kept re-rendering while idle"
        outline = screen.query_one("#outline")
        assert outline.question_at(outline.highlighted) == 4


async def test_long_question_can_be_scrolled_by_keyboard(doc, loaded, ui):
    """At 80x24 the panes stack and a long question is cut off: ``t`` makes
    the page keys scroll the question pane instead of the answer."""
    from parsers.model import Answer, Question

    long_q = "\n\n".join(f"Deelvraag {i}: hoe staat het met onderdeel {i}?" for i in range(1, 40))
    doc.factions[0].questions[0] = Question(id="SP-1", number=1, text=long_q, answer=Answer(text="Kort."))
    app = create_app("hand.txt", parser=lambda _p: doc)
    app.animation_level = "none"
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        qpane = screen.query_one("#question-pane")
        assert qpane.scroll_y == 0
        await pilot.press("pagedown")
        assert qpane.scroll_y == 0  # the answer pane scrolls by default
        await pilot.press("t", "pagedown")
        assert qpane.scroll_y > 0
        assert "paginatoetsen scrollen de vraag" in ui.shown(screen, "#status")
        await pilot.press("t")
        assert "paginatoetsen scrollen de vraag" not in ui.shown(screen, "#status")


async def test_outline_keeps_its_rendered_options_over_a_same_width_resize(make_app, loaded, ui):
    """Textual sends resizes of the same size while starting; re-rendering the
    outline for each was a visible part of the start-up time. A real width
    change still re-renders it (narrow layout, shorter lines)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        outline = screen.query_one("#outline")
        await pilot.pause()
        assert outline._option_render_cache  # rendered options are cached
        cached = dict(outline._option_render_cache._cache)
        await pilot.resize_terminal(120, 30)  # height only
        await pilot.pause()
        assert dict(outline._option_render_cache._cache) == cached
        await pilot.resize_terminal(90, 30)  # narrow: the outline is 26 wide
        await pilot.pause()
        assert outline.outer_size.width == 26
        # re-rendered for the new width: the ellipsis is at the new edge
        assert "│  3 …  Welk percentage …││" in ui.screen_text(app)


def _cells(strips) -> list[tuple[str, object]]:
    """What a terminal shows for ``strips``: each cell's character and style
    (mouse metadata and segment boundaries left out)."""
    return [(ch, seg.style.clear_meta_and_links() if seg.style else None)
            for strip in strips for seg in strip for ch in seg.text]


@pytest.mark.parametrize("size", [(160, 48), (90, 30)], ids=["wide", "narrow"])
async def test_outline_lines_drawn_directly_match_textuals_general_path(make_app, loaded, size):
    """The outline draws its one-line options itself (start-up time); every
    option, in every state it is drawn in, must give the cells OptionList's
    general path gives."""
    from textual.widgets import OptionList

    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await loaded(pilot)
        outline = screen.query_one("#outline")
        states = ["option-list--option", "option-list--option-highlighted",
                  "option-list--option-disabled", "option-list--option-hover"]
        compared = 0
        for option in outline.options:
            for state in states:
                style = outline.get_visual_style(state)
                outline._option_render_cache.clear()
                fast = outline._get_option_render(option, style)
                outline._option_render_cache.clear()
                general = OptionList._get_option_render(outline, option, style)
                assert _cells(fast) == _cells(general), (option.prompt.plain, state)
                compared += 1
        assert compared == 4 * outline.option_count == 4 * 12  # Document, 3 headings, 8 questions


@pytest.mark.parametrize("key, view", [("T", "Toezeggingen (2)"), ("question_mark", "j, down          volgende vraag")])
async def test_a_notification_does_not_lie_over_a_view(make_app, loaded, ui, key, view):
    """``u`` says in a notification what the audit found; opening a view
    (here ``T`` or help) right after left that toast over the view's list at
    80x24. A view clears the notifications about the reader below it."""
    from tests.tui.audit_doc import audited_doc

    app = make_app(audited_doc())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("u")
        await pilot.pause()
        assert app.notes[-1].startswith("1/4 · SP-2, deelvraag 1")
        # (headless, the toasts are not drawn: the app's list of shown notifications says it)
        assert [n.message for n in app._notifications] == [app.notes[-1]]
        await pilot.press(key)
        await pilot.pause(0.3)
        assert view in ui.screen_text(app)
        assert list(app._notifications) == []
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        # a notification after the view closes shows as before
        await pilot.press("u")
        await pilot.pause()
        assert [n.message for n in app._notifications] == [app.notes[-1]]
        assert app.notes[-1].startswith("2/4 · SP-3")


async def test_a_narrow_question_pane_shows_its_whole_short_question(make_app, loaded, ui):
    """Stacked (narrow) the question pane is as tall as its text, but the
    height was measured without the scroll bar's column and the text then
    wrapped in one column less: at 80x24 'Hoeveel mensen wachten op dit
    moment op thuiszorg?' (50 characters, the pane's width) showed one line
    of two, ending at 'op'."""
    from pathlib import Path

    from parsers import parse_path

    path = Path(__file__).resolve().parents[2] / "samples" / "kamervragen-gezamenlijke-antwoorden.txt"
    app = make_app(parse_path(path, cache=None), path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await loaded(pilot)
        pane = screen.query_one("#question-pane")
        for _ in range(len(screen.nav.stops)):
            await pilot.pause()
            body = pane.body.size.height
            # the whole text is in view unless the pane is at its largest (45%) and scrolls
            assert pane.scrollable_content_region.height >= body or pane.outer_size.height >= 9, \
                screen.nav.current.id
            await pilot.press("j")
        await pilot.press("g", "j")
        # a block without a name whose ids are the numbers: the title says no more
        # than the number (it said 'Vraag 2 · Vragen · 2')
        assert ui.title(screen, "#question-pane") == "Vraag 2"
        lines = ui.screen_text(app).splitlines()
        assert lines[3].split("│")[3].strip() == "Hoeveel mensen wachten op dit moment op"
        assert lines[4].split("│")[3].strip() == "thuiszorg?"


async def test_source_offsets_stay_right_with_footnote_marks_and_an_audit_note(make_app, loaded):
    """A footnote mark [1] shifts the answer's text; the audit note (and a
    notice) appended under it used to drop that shift, so a search hit after
    the mark was scrolled to and marked a few characters off."""
    from parsers.model import FootnoteRef, Notice
    from tests.tui.audit_doc import audited_doc
    from tests.tui.conftest import A4

    doc = audited_doc()
    doc.footnotes = {"1": "Noot bij het antwoord."}
    doc.footnote_refs = [FootnoteRef(key="1", question="SP-4", field="answer", start=A4.index(" is gemeld"))]
    doc.notices.append(Notice(text="Meer volgt.", questions=["SP-4"]))
    app = make_app(doc)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        screen.goto(3)
        await pilot.pause()
        rendered = screen.query_one("#answer-pane")._rendered
        plain = rendered.content.plain
        assert "nr. 6)[1] is gemeld" in plain and "Antwoordcontrole" in plain and "Meer volgt." in plain
        src = A4.index("Voor €430")
        at = rendered.display_offset(src)
        assert plain[at:at + 9] == "Voor €430"
