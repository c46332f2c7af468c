"""The quick paths of ``vragenronde search`` (issue 14): a plain command line
without argparse, the process ending at once after the output, and the
library opened without the modules a search does not use."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.synth import numbered_lijst
from parsers.library import Library, index_path
from tests.corpus import ROOT
from tests.test_library_cli import cache_dir, folder  # noqa: F401  (fixtures: a cache per test, the library folder)
from tui import cli, cli_library


def by_argparse(argv: list[str]) -> dict:
    args = vars(cli.build_parser("search").parse_args(argv))
    assert args.pop("run") is cli_library.cmd_search
    return args


@pytest.mark.parametrize("words", [
    ["F", "drones"],
    ["F", "drones", "faction:SP", "OR", "(a", "b)"],
    ["map met spatie", "\"een zin\"", "year:2024"],
    ["F", ""],
    ["F", "dump"],
    ["F", "search"],
])
def test_a_plain_search_line_is_what_argparse_makes_of_it(words):
    fast = cli_library.fast_search_args(words)
    assert fast is not None
    args = vars(fast).copy()
    assert args.pop("run") is cli_library.cmd_search
    assert args == by_argparse(["search", *words])


@pytest.mark.parametrize("words", [
    [], ["F"], ["F", "-regering"], ["F", "--json", "x"], ["F", "x", "--limit", "3"],
    ["--no-cache", "F", "x"], ["F", "--", "--json"], ["-h"], ["F", "x", "-"],
])
def test_anything_else_goes_through_argparse(words):
    assert cli_library.fast_search_args(words) is None


def test_main_takes_the_plain_line_without_argparse(folder, capsys):
    """The plain line runs without importing argparse (checked in a fresh
    interpreter), and prints what the argparse path prints."""
    code = ("import sys; from tui.cli import main; status = main(sys.argv[1:]); "
            "print('argparse' in sys.modules, file=sys.stderr); sys.exit(status)")
    env = {**os.environ, "VRAGENRONDE_CACHE_DIR": os.environ["VRAGENRONDE_CACHE_DIR"]}
    plain = subprocess.run([sys.executable, "-c", code, "search", str(folder), "drones"],
                           capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert (plain.returncode, plain.stderr.splitlines()[-1]) == (0, "False")  # (after a line on broken.pdf)
    with_option = subprocess.run([sys.executable, "-c", code, "search", str(folder), "drones", "--limit", "5"],
                                 capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert (with_option.returncode, with_option.stderr) == (0, "True\n")  # (the index is up to date now)
    assert plain.stdout == with_option.stdout
    assert plain.stdout == f"{folder}/tk/defensie/cited.txt\t1\tHoeveel [drones] koopt Defensie in 2025?\n"


def run_program(*args, cache_dir: Path, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """``vragenronde ARGS`` as the console script runs it (``tui.cli:run``)."""
    return subprocess.run([sys.executable, "-c", "from tui.cli import run; run()", *map(str, args)],
                          stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT, timeout=120,
                          env={**os.environ, "VRAGENRONDE_CACHE_DIR": str(cache_dir)})


def test_run_ends_the_process_with_the_whole_output_and_the_status(folder, cache_dir, capsys):
    """After ``search`` the program ends at once (``os._exit``): the output is
    all there, to a pipe and to a file, and the exit status is main()'s."""
    (folder / "groot.txt").write_text(numbered_lijst(1500), encoding="utf-8")
    assert cli.main(["search", str(folder), "project", "--limit", "5000"]) == 0
    expected = capsys.readouterr().out.encode()
    assert expected.count(b"\n") > 1500 and len(expected) > 100_000  # more than a pipe holds
    piped = run_program("search", folder, "project", "--limit", "5000", cache_dir=cache_dir)
    assert (piped.returncode, piped.stdout) == (0, expected)
    with open(folder.parent / "out.txt", "wb") as fh:
        to_file = run_program("search", folder, "project", "--limit", "5000", cache_dir=cache_dir, stdout=fh)
    assert to_file.returncode == 0 and (folder.parent / "out.txt").read_bytes() == expected
    none = run_program("search", folder, "onvindbaar", cache_dir=cache_dir)
    assert (none.returncode, none.stdout, none.stderr) == (1, b"", b"")
    missing = run_program("search", folder / "nergens", "x", cache_dir=cache_dir)
    assert missing.returncode == 2 and missing.stderr == f"vragenronde: {folder / 'nergens'}: map bestaat niet\n".encode()


def test_run_after_a_closed_pipe_says_so_once(folder, cache_dir):
    """``vragenronde search … | head -1``: the reader goes away; one line on
    stderr, no traceback, also with the quick ending."""
    proc = subprocess.Popen([sys.executable, "-c", "from tui.cli import run; run()", "search", str(folder), "drones"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "VRAGENRONDE_CACHE_DIR": str(cache_dir)})
    proc.stdout.close()  # nobody reads
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert b"Traceback" not in err and b"Exception ignored" not in err
    assert err.splitlines()[-1] == b"vragenronde: uitvoer te vroeg gesloten (broken pipe)"  # (after broken.pdf's)


def test_the_index_file_name_is_the_sha256_of_the_folder(tmp_path):
    """index_path hashes without hashlib; the name is the same as with it (an
    index made before is found again)."""
    for folder in (tmp_path / "a", tmp_path / "map met é", Path("/")):
        key = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
        assert index_path(tmp_path, folder) == tmp_path / "library" / f"{key}.sqlite"


def test_a_python_without_fts5_gets_the_message(folder, monkeypatch, cache_dir):
    """FTS5 is asked of the opened index (no separate test database); a
    sqlite3 without it still gets the one-line message, for a new index and
    for one made earlier by a Python that had it."""
    from parsers.errors import ParseError
    from parsers.library import database, index

    Library(folder).close()  # an index made with FTS5
    real = database._connect

    def without_fts5(target):
        conn = real(":memory:") if target == ":memory:" else real(target)
        conn.execute("DROP TABLE IF EXISTS qfts")  # as if the module were missing: qfts unusable
        return conn

    monkeypatch.setattr(index, "fts5_available", lambda: False)
    monkeypatch.setattr(database, "_connect", without_fts5)
    for no_cache in (False, True):
        with pytest.raises(ParseError, match="FTS5"):
            Library(folder, no_cache=no_cache)
