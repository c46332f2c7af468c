"""User configuration in the app: remapped keys, and the cache warning."""

from __future__ import annotations

import json

from tui.app import create_app


async def test_keymap_file_remaps_a_binding_by_id(tmp_path, monkeypatch, doc, loaded):
    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"next-question": "x", "no-such-binding": "z"}), encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(keymap))
    app = create_app("hand.txt", parser=lambda _p: doc)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("x")
        assert screen.nav.current.id == "SP-2"
        await pilot.press("j")  # the default key is replaced, not kept
        assert screen.nav.current.id == "SP-2"
        messages = [n.message for n in app._notifications]
        assert f"toetsenindeling {keymap}: onbekende binding-ids no-such-binding" in messages


async def test_broken_keymap_file_is_reported_and_ignored(tmp_path, monkeypatch, doc, loaded):
    keymap = tmp_path / "keymap.json"
    keymap.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(keymap))
    app = create_app("hand.txt", parser=lambda _p: doc)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")
        assert screen.nav.current.id == "SP-2"
        (message,) = [n.message for n in app._notifications]
        assert message.startswith(f"toetsenindeling {keymap} genegeerd: JSONDecodeError")


async def test_unwritable_cache_is_said_once_in_the_app(tmp_path, monkeypatch, loaded):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("VRAGENRONDE_KEYMAP", raising=False)
    sample = tmp_path / "doc.txt"
    sample.write_text(
        "Nr. 3 LIJST VAN VRAGEN EN ANTWOORDEN\n\n1\nHoeveel?\n\nAntwoord:\nVeel.\n", encoding="utf-8")
    app = create_app(sample)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        assert screen.nav.current.id == "1"
        warnings = [n.message for n in app._notifications if n.message.startswith("cache disabled")]
        assert len(warnings) == 1
        assert str(blocker / "cache") in warnings[0]


def test_layout_is_in_tcss_files_not_inline_css():
    """Styles live in tui/*.tcss (loaded by the app or, lazily, by a screen's
    CSS_PATH); no widget or screen carries inline DEFAULT_CSS or CSS."""
    import re

    from pathlib import Path

    tui = Path(__file__).resolve().parents[2] / "tui"
    inline = re.compile(r"^\s+(DEFAULT_CSS|CSS)\s*[:=]", re.MULTILINE)
    found = [str(p.relative_to(tui)) for p in sorted(tui.rglob("*.py")) if inline.search(p.read_text(encoding="utf-8"))]
    assert found == []
    from tui.screens import DIALOGS_TCSS, LIBRARY_VIEWS_TCSS
    from tui.screens.library_register import RegisterScreen
    from tui.screens.library_report import ReportScreen
    from tui.screens.library_search import LibrarySearchScreen

    assert DIALOGS_TCSS.is_file() and LIBRARY_VIEWS_TCSS.is_file()
    for screen in (LibrarySearchScreen, RegisterScreen, ReportScreen):
        assert screen.CSS_PATH == LIBRARY_VIEWS_TCSS
        assert screen.__name__ in LIBRARY_VIEWS_TCSS.read_text(encoding="utf-8")
