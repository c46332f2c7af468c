"""The app under hostile configuration and exports (issue 17): keymaps, export targets."""

from __future__ import annotations

import os

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
            f"toetsenindeling {keymap} genegeerd: het is te diep genest voor een toetsenindeling"]


# -- exports never destroy (issue 17, rows 5, 6, 7 and 14) -----------------------

def _reader_app(tmp_path, monkeypatch):
    import shutil

    from tests.corpus import SAMPLES

    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    doc = work / "doc.txt"
    shutil.copy(SAMPLES / "kamervragen-antwoordbrief.txt", doc)
    app = create_app(doc)
    app.animation_level = "none"
    app.notes = []
    original = app.notify

    def notify(message, **kw):
        app.notes.append(message)
        return original(message, **kw)

    app.notify = notify
    return app, work, doc


async def _open_export(pilot, name: str | None = None):
    from tui.screens.library_export import ExportScreen

    await pilot.press("e")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ExportScreen)
    if name is not None:
        await pilot.press("tab", *name)
    await pilot.press("enter")
    await pilot.pause()


async def test_export_dialog_never_destroys(tmp_path, monkeypatch, loaded):
    from parsers.library import export_document
    from tui.screens.confirm import ConfirmScreen
    from tui.screens.library_export import ExportScreen

    app, work, doc = _reader_app(tmp_path, monkeypatch)
    original = doc.read_bytes()
    async with app.run_test(size=(140, 36)) as pilot:
        reader = await loaded(pilot)
        qid = reader.nav.current.id
        expected = export_document(reader.doc, "md", name="doc.txt", question=qid)

        # the document itself, by name: refused, also after a question
        await _open_export(pilot, "doc.txt")
        assert app.notes[-1] == (f"Kan vraag {qid} niet exporteren: {doc} is the document being "
                                 "exported; choose another name")
        assert isinstance(app.screen, ExportScreen) and doc.read_bytes() == original
        await pilot.press("escape")

        # an existing file: asked first; n keeps it, y replaces it
        old = work / "old.md"
        old.write_text("keep me", encoding="utf-8")
        await _open_export(pilot, "old.md")
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.query_one("#confirm-question").render()) == f"{old} bestaat al. Vervangen?"
        assert str(app.screen.query_one("#confirm-hint").render()) == "y: vervangen · n of Escape: laten staan"
        await pilot.press("n")
        await pilot.pause()
        assert app.notes[-1] == f"Niet geëxporteerd: {old} bestaat al"
        assert isinstance(app.screen, ExportScreen) and old.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert old.read_text(encoding="utf-8") == expected
        assert app.notes[-1] == f"Geëxporteerd: vraag {qid} (Markdown) naar {old}"
        assert app.screen is reader

        # a dangling link with the default name is neither followed nor replaced
        link = work / f"doc-{qid}.md"
        link.symlink_to(tmp_path / "elsewhere.md")
        await _open_export(pilot)
        assert (work / f"doc-{qid}-2.md").read_text(encoding="utf-8") == expected
        assert link.is_symlink() and not (tmp_path / "elsewhere.md").exists()

        # a link typed by name is replaced by a file after y, never written through
        await _open_export(pilot, link.name)
        await pilot.press("y")
        await pilot.pause()
        assert not link.is_symlink() and link.read_text(encoding="utf-8") == expected
        assert not (tmp_path / "elsewhere.md").exists()

        # a link to the document itself is refused
        (work / "alias.md").symlink_to(doc)
        await _open_export(pilot, "alias.md")
        assert app.notes[-1].endswith("alias.md is the document being exported; choose another name")
        assert doc.read_bytes() == original
        await pilot.press("escape")

        # a FIFO: an error at once, the app keeps running
        os.mkfifo(work / "pipe.md")
        await _open_export(pilot, "pipe.md")
        assert app.notes[-1] == (f"Kan vraag {qid} niet exporteren: {work / 'pipe.md'} is a named pipe "
                                 "(FIFO), not a regular file; choose another name")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("escape")
        assert app.screen is reader

        # a name ending in / is a folder (created), with the default name inside
        await _open_export(pilot, "newdir/")
        assert (work / "newdir" / f"doc-{qid}.md").read_text(encoding="utf-8") == expected
        assert not (work / "newdir.md").exists()
        assert doc.read_bytes() == original
        assert not list(work.glob(".*.part")) and not list((work / "newdir").glob(".*.part"))
