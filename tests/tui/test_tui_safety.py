"""The app under hostile configuration and exports (issue 17): keymaps, export targets."""

from __future__ import annotations

from tui.app import create_app


async def test_nested_keymap_in_the_app(tmp_path, monkeypatch, doc, loaded):
    keymap = tmp_path / "keymap.json"
    keymap.write_text("[" * 100_000, encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(keymap))
    app = create_app("hand.txt", parser=lambda _p: doc)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")
        assert screen.nav.current.id == "SP-2"
        assert [n.message for n in app._notifications] == [
            f"keymap {keymap} ignored: it nests too deeply to be a keymap"]
