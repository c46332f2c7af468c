"""Regressions found by using the reader in a real terminal."""

from __future__ import annotations

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
