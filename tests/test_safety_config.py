"""A keymap file is reported and ignored whatever is wrong with it (issue 17, rows 3 and 4).

Unreadable (permissions), not a regular file (folder, FIFO), too large, not
UTF-8, not JSON, nested too deeply, wrong types: the app starts with the
default keys and says in one notification why the file was ignored.
"""

from __future__ import annotations

import os
import textwrap

import pytest

from tests import unprivileged
from tui.keymap import MAX_BYTES, load_keymap

IDS = {"next-question", "previous-question"}


def load(monkeypatch, path) -> tuple[dict, str | None]:
    monkeypatch.setenv("VRAGENRONDE_KEYMAP", str(path))
    return load_keymap(lambda: IDS)


NOT_JSON = "JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
TYPES_NL = 'het moet binding-ids op toetsen afbeelden, bijv. {"next-question": "j,down"}'
TYPES_EN = 'it must map binding ids to key strings, e.g. {"next-question": "j,down"}'


@pytest.mark.parametrize("content, dutch, english", [
    (b"[" * 100_000, "het is te diep genest voor een toetsenindeling", "it nests too deeply to be a keymap"),
    (b'{"a": ' * 20_000, "het is te diep genest voor een toetsenindeling", "it nests too deeply to be a keymap"),
    (b'{"next-question": 5}', TYPES_NL, TYPES_EN),
    (b'["next-question", "j"]', TYPES_NL, TYPES_EN),
    (b'{"next-question": "\xff"}', "het is geen UTF-8-tekst", "it is not UTF-8 text"),
    (b"{not json", NOT_JSON, NOT_JSON),  # the JSON parser's own words
    (b" " * (MAX_BYTES + 1), "het is groter dan 256 KB", "it is larger than 256 KB"),
], ids=["brackets", "objects", "number", "list", "latin-1", "not-json", "large"])
def test_broken_keymap_files(tmp_path, monkeypatch, content, dutch, english):
    from tui import i18n

    path = tmp_path / "keymap.json"
    path.write_bytes(content)
    assert load(monkeypatch, path) == ({}, f"toetsenindeling {path} genegeerd: {dutch}")
    i18n.set_language("en")
    assert load(monkeypatch, path) == ({}, f"keymap {path} ignored: {english}")


def test_a_folder_or_fifo_is_not_read(tmp_path, monkeypatch):
    assert load(monkeypatch, tmp_path) == ({}, f"toetsenindeling {tmp_path} genegeerd: het is geen gewoon bestand")
    fifo = tmp_path / "keymap.json"
    os.mkfifo(fifo)
    assert load(monkeypatch, fifo) == ({}, f"toetsenindeling {fifo} genegeerd: het is geen gewoon bestand")


def test_missing_keymap_means_defaults(tmp_path, monkeypatch):
    assert load(monkeypatch, tmp_path / "none.json") == ({}, None)
    assert load(monkeypatch, tmp_path / "file" / "keymap.json") == ({}, None)
    monkeypatch.delenv("VRAGENRONDE_KEYMAP")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert load_keymap(lambda: IDS) == ({}, None)


def test_control_characters_in_the_path_are_shown_safely(tmp_path, monkeypatch):
    path = tmp_path / "key\x1b[31mmap.json"
    path.write_text("[]", encoding="utf-8")
    _keymap, problem = load(monkeypatch, path)
    assert "\x1b" not in problem and "key␛[31mmap.json" in problem


APP = textwrap.dedent("""
    import asyncio, sys
    from tui.app import create_app

    async def main():
        app = create_app(sys.argv[1], no_cache=True)
        app.animation_level = "none"
        async with app.run_test(size=(120, 30)) as pilot:
            for _ in range(50):
                await pilot.pause(0.1)
                if app._notifications:
                    break
            await pilot.press("j")
            print(repr([n.message for n in app._notifications]), app.is_running)

    asyncio.run(main())
""")


def test_unreadable_keymap_location_in_the_app(tmp_path):
    """HOME is a folder the user may not enter: the keymap cannot even be
    stat'ed. The reader and the library start, and say so."""
    from tests.corpus import SAMPLES

    home = tmp_path / "home"
    (home / ".config" / "vragenronde").mkdir(parents=True)
    keymap = home / ".config" / "vragenronde" / "keymap.json"
    keymap.write_text('{"next-question": "x"}', encoding="utf-8")
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.txt").write_bytes((SAMPLES / "kamervragen-antwoordbrief.txt").read_bytes())
    expected = f"['toetsenindeling {keymap} genegeerd: niet te lezen: permission denied'] True\n"
    home.chmod(0o000)
    try:
        for target in (str(lib / "a.txt"), str(lib)):
            done = unprivileged.run(["-c", APP, target], env={
                "HOME": str(home), "XDG_CONFIG_HOME": "", "VRAGENRONDE_KEYMAP": "",
                "VRAGENRONDE_CACHE_DIR": str(tmp_path / "cache")})
            assert (done.returncode, done.stdout) == (0, expected), done.stderr[-2000:]
    finally:
        home.chmod(0o755)
