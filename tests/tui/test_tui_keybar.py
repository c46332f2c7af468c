"""The key bar at the bottom: what it shows, at which width, and when it changes."""

from __future__ import annotations

import json

import pytest

from tui.widgets.keybar import KeyBar

FULL = ("j Volgende  k Vorige  / Zoeken  y Kopieer  f Verwijzing  b Terug  c Bronnen  : Ga naar  "
        "J Volg. fractie  K Vor. fractie  o Overzicht  ? Help  q Stop  ^p palet")
FULL_EN = ("j Next  k Prev  / Search  y Copy  f Follow ref  b Back  c Citations  : Jump  "
           "J Next faction  K Prev faction  o Outline  ? Help  q Quit  ^p palette")


def bar_text(screen) -> str:
    bar = screen.query_one(KeyBar)
    return bar.render().plain.strip()


async def test_a_wide_bar_shows_every_shown_binding_in_order(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(pilot)
        assert bar_text(screen) == FULL
        assert ui.screen_text(app).splitlines()[-1].strip() == FULL


async def test_the_bar_in_english(make_app, loaded, ui, english):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await loaded(pilot)
        assert ui.screen_text(app).splitlines()[-1].strip() == FULL_EN


@pytest.mark.parametrize("width, shown", [
    (120, "j Volgende  k Vorige  / Zoeken  y Kopieer  f Verwijzing  b Terug  c Bronnen  : Ga naar  "
          "? Help  q Stop  ^p palet"),
    # hints go from the end: "b Terug" would fit, but not after the dropped "f Verwijzing"
    (80, "j Volgende  k Vorige  / Zoeken  y Kopieer  ? Help  q Stop  ^p palet"),
    (40, "j Volgende  ? Help  q Stop  ^p palet"),
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
        assert "^y Kopieer" in bar_text(screen) and " y Kopieer" not in bar_text(screen)
        await pilot.press("slash")
        await pilot.pause()
        # typing goes to the search input: the letter keys are not offered
        assert bar_text(screen) == "^p palet"
        await pilot.press("escape")
        await pilot.pause()
        assert bar_text(screen).startswith("j Volgende  k Vorige  / Zoeken  ^y Kopieer")


async def test_key_and_description_styles_differ_and_survive_no_color(make_app, loaded, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(pilot)
        content = screen.query_one(KeyBar).render()
        key_span = next(s for s in content.spans if content.plain[s.start:s.end] == " j ")
        assert key_span.style.bold  # keys are bold, not only coloured
