"""Folders and files the user may not read (issue 17, row 13).

Every permission problem names the path and the reason, with exit status 2:
a search or export of an unreadable folder, unreadable folders inside a
library (counted and named, the rest still searched), a document in a
folder the user may not enter. The children run with permission bits
enforced (:mod:`tests.unprivileged`), also when the tests run as root.
"""

from __future__ import annotations

import shutil
import textwrap

import pytest

from tests import unprivileged
from tests.corpus import SAMPLES

DOC = SAMPLES / "lijst-van-vragen-en-antwoorden-tk.txt"
OTHER = SAMPLES / "memorie-van-antwoord-ek.txt"


@pytest.fixture
def tree(tmp_path):
    """lib/ with two readable documents, closed/ (mode 000), listed-only/
    (mode 444: may be listed, not entered); locked/ (mode 000) with a document inside."""
    lib = tmp_path / "lib"
    for sub in ("", "open", "closed", "listed-only"):
        (lib / sub).mkdir(exist_ok=True)
    shutil.copy(DOC, lib / "lijst.txt")
    shutil.copy(OTHER, lib / "open" / "memorie.txt")
    shutil.copy(DOC, lib / "closed" / "hidden.txt")
    shutil.copy(DOC, lib / "listed-only" / "hidden.txt")
    locked = tmp_path / "locked" / "inner"
    locked.mkdir(parents=True)
    shutil.copy(DOC, locked / "doc.txt")
    modes = {lib / "closed": 0o000, lib / "listed-only": 0o444, tmp_path / "locked": 0o000}
    for path, mode in modes.items():
        path.chmod(mode)
    yield tmp_path
    for path in modes:
        path.chmod(0o755)


def run(tree, *args):
    env = {"VRAGENRONDE_CACHE_DIR": str(tree / "cache")}
    return unprivileged.cli(*args, env=env, cwd=tree)


UNREADABLE = ("vragenronde: 2 mappen konden niet worden gelezen: lib/closed (permission denied), "
              "lib/listed-only (permission denied)\n")


def test_search_names_unreadable_folders_and_exits_2(tree):
    done = run(tree, "search", "lib", "separate", "brief")
    assert done.returncode == 2
    assert done.stdout.splitlines() == [
        "lib/lijst.txt\t3\tDe evaluatie volgt in een [separate] [brief], die ik voor 1 maart 2026 aan uw Kamer…",
        "lib/open/memorie.txt\tVVD-2\tOver de eerste resultaten informeer ik uw Kamer in een [separate] [brief] voor 1 juli 2027."]
    assert done.stderr == UNREADABLE
    again = run(tree, "search", "lib", "onvindbaar")  # said on every run, not only the first
    assert (again.returncode, again.stdout, again.stderr) == (2, "", UNREADABLE)


def test_export_of_a_library_with_unreadable_folders(tree):
    done = run(tree, "export", "lib", "--format", "csv")
    assert done.returncode == 2 and done.stderr == UNREADABLE
    assert [line.split(",")[0] for line in done.stdout.splitlines()] == ["path", "lijst.txt", "open/memorie.txt"]


@pytest.mark.parametrize("args", [
    ("search", "locked/inner", "brief"),
    ("export", "locked/inner"),
    ("export", "locked/inner", "--query", "brief"),
])
def test_a_folder_that_cannot_be_entered(tree, args):
    done = run(tree, *args)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", "vragenronde: locked/inner: permission denied\n")


def test_search_and_export_of_an_unreadable_folder(tree):
    lib = tree / "lib"
    lib.chmod(0o000)
    try:
        for args in (("search", "lib", "brief"), ("export", "lib"), ("export", "lib", "--query", "brief")):
            done = run(tree, *args)
            assert (done.returncode, done.stdout, done.stderr) == (
                2, "", "vragenronde: lib: kan de map niet lezen: permission denied\n"), args
    finally:
        lib.chmod(0o755)


@pytest.mark.parametrize("args", [
    ("show", "locked/inner/doc.txt"), ("show", "locked/inner/doc.txt", "3"),
    ("dump", "locked/inner/doc.txt"), ("export", "locked/inner/doc.txt"),
    ("open", "--plain", "locked/inner/doc.txt"), ("locked/inner/doc.txt",),
])
def test_a_document_in_a_folder_that_cannot_be_entered(tree, args):
    done = run(tree, *args)
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert done.stderr == "vragenronde: locked/inner/doc.txt: permission denied\n"


def test_an_unreadable_document(tree):
    doc = tree / "lib" / "lijst.txt"
    doc.chmod(0o000)
    try:
        done = run(tree, "show", "lib/lijst.txt")
        assert (done.returncode, done.stdout, done.stderr) == (
            2, "", "vragenronde: lib/lijst.txt: geen toegang\n")
        done = run(tree, "search", "lib", "brief")
        assert done.stderr.startswith("vragenronde: lib/lijst.txt: mislukt: lib/lijst.txt: geen toegang\n")
    finally:
        doc.chmod(0o644)


LIBRARY_APP = textwrap.dedent("""
    import asyncio, sys
    from tui.app import create_app
    from tui.screens.library import LibraryScreen

    async def main():
        app = create_app(sys.argv[1])
        app.animation_level = "none"
        async with app.run_test(size=(120, 30)) as pilot:
            for _ in range(600):
                await app.workers.wait_for_complete()
                await pilot.pause(0.05)
                screen = next(s for s in app.screen_stack if isinstance(s, LibraryScreen))
                if not screen.indexing:
                    break
            await pilot.pause(0.2)
            print(sorted(e.rel for e in screen.shown))
            print([n.message for n in app._notifications])

    asyncio.run(main())
""")


def test_library_screen_names_unreadable_folders(tree):
    done = unprivileged.run(["-c", LIBRARY_APP, "lib"], cwd=tree,
                            env={"VRAGENRONDE_CACHE_DIR": str(tree / "cache"), "VRAGENRONDE_KEYMAP": ""})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "['lijst.txt', 'open/memorie.txt']",
        "['2 mappen konden niet worden gelezen: lib/closed (permission denied), "
        "lib/listed-only (permission denied)']"]
