"""The key bar at the bottom: what it shows, at which width, and when it changes."""

from __future__ import annotations

import json

import pytest

from tui.widgets.keybar import KeyBar

FULL = ("j Next  k Prev  / Search  y Copy  f Follow ref  b Back  c Citations  : Jump  "
        "J/] Next faction  K/[ Prev faction  o Outline  ? Help  q Quit  ^p palette")


def bar_text(screen) -> str:
    bar = screen.query_one(KeyBar)
    return bar.render().plain.strip()


async def test_a_wide_bar_shows_every_shown_binding_in_order(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(pilot)
        assert bar_text(screen) == FULL
        assert ui.screen_text(app).splitlines()[-1].strip() == FULL


@pytest.mark.parametrize("width, shown", [
    (120, "j Next  k Prev  / Search  y Copy  f Follow ref  b Back  c Citations  : Jump  "
          "o Outline  ? Help  q Quit  ^p palette"),
    (80, "j Next  k Prev  / Search  y Copy  f Follow ref  ? Help  q Quit  ^p palette"),
    (40, "j Next  ? Help  q Quit  ^p palette"),
])
async def test_a_narrow_bar_keeps_help_quit_and_the_palette(make_app, loaded, ui, width, shown):
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        await loaded(pilot)
        assert ui.screen_text(app).splitlines()[-1].strip() == shown


async def test_the_bar_follows_the_focus_and_the_keymap(make_app, loaded, tmp_path, monkeypatch):
    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"copy-answer": "ctrl+y"}), encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(keymap))
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(pilot)
        assert "^y Copy" in bar_text(screen) and " y Copy" not in bar_text(screen)
        await pilot.press("slash")
        await pilot.pause()
        # typing goes to the search input: the letter keys are not offered
        assert bar_text(screen) == "^p palette"
        await pilot.press("escape")
        await pilot.pause()
        assert bar_text(screen).startswith("j Next  k Prev  / Search  ^y Copy")


async def test_key_and_description_styles_differ_and_survive_no_color(make_app, loaded, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(pilot)
        content = screen.query_one(KeyBar).render()
        key_span = next(s for s in content.spans if content.plain[s.start:s.end] == " j ")
        assert key_span.style.bold  # keys are bold, not only coloured
