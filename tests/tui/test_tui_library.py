"""The folder document list: rows, counts, open and return."""

from __future__ import annotations

from parsers.errors import ParseError

from tui.app import create_app
from tui.screens.library import LibraryScreen, find_documents


def make_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["a.txt", "sub/b.md", "c.pdf", "notes.csv", ".hidden/x.txt", "d.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    return tmp_path


def test_find_documents_lists_supported_files_only(tmp_path):
    folder = make_folder(tmp_path)
    assert [p.relative_to(folder).as_posix() for p in find_documents(folder)] == [
        "a.txt", "c.pdf", "d.txt", "sub/b.md"]


async def test_library_rows_open_and_return(tmp_path, doc, ui):
    folder = make_folder(tmp_path)

    def parser(path):
        if path.name == "c.pdf":
            raise ParseError("c.pdf: not a PDF file")
        return doc

    app = create_app(folder, parser=parser)
    app.animation_level = "none"
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        ol = library.query_one("#library-list")
        rows = [ol.get_option_at_index(i).prompt.plain for i in range(ol.option_count)]
        assert rows == [
            "a.txt     txt  nota n.a.v. verslag     8 q",
            "c.pdf     pdf  error",
            "d.txt     txt  nota n.a.v. verslag     8 q",
            "sub/b.md  md   nota n.a.v. verslag     8 q",
        ]
        assert ui.shown(library, "#library-status") == "4 documents"
        await pilot.press("down", "down", "enter")
        reader = app.screen
        assert reader.path.name == "d.txt"
        await pilot.pause()
        assert reader.state == "ready" and reader.nav.current.id == "SP-1"
        await pilot.press("escape")
        assert app.screen is library
        assert ol.highlighted == 2
        await pilot.press("enter")
        reader = app.screen
        await pilot.pause()
        await pilot.press("j", "f")  # SP-2 has no reference: stays
        await pilot.press("backspace")  # empty history: back to the list
        assert app.screen is library and ol.highlighted == 2


async def test_empty_folder(tmp_path, ui):
    app = create_app(tmp_path, parser=lambda p: None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        ol = app.screen.query_one("#library-list")
        assert ol.get_option_at_index(0).prompt.plain == (
            "No supported documents (.txt, .md, .pdf, .xml, .html, .docx)")
