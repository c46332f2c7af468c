"""What a user types into a search never crashes (issue 17, rows 2 and 14).

Deeply nested brackets and long chains of NOT get a clear message (in the
parser, on the command line and in the library screen); an absurd
``--limit`` is refused in one line; a query starting with ``-`` is a query.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.library import Library, QueryError, parse_query
from parsers.library.query import MAX_DEPTH
from tests.test_library_index import build_folder
from tui import cli

DEEP = f"the query nests too deeply: at most {MAX_DEPTH} brackets and NOTs inside each other"


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(d))
    return d


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Library:
    root = tmp_path_factory.mktemp("q")
    lib = Library(build_folder(root), root / "cache")
    lib.refresh()
    return lib


def call(capsys, *args) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize("query", [
    "(" * 300 + "brief" + ")" * 300,
    "(" * 5000,
    "NOT " * 2000 + "brief",
    "brief " + "NOT (a OR " * 40 + "b" + ")" * 40,
])
def test_deep_nesting_is_a_query_error(query):
    with pytest.raises(QueryError) as err:
        parse_query(query)
    assert str(err.value) == DEEP


def test_nesting_up_to_the_limit_searches(library):
    n = MAX_DEPTH
    # every shape at the limit compiles to something FTS5 accepts
    for query in ["(a " * n + "brief" + ")" * n, "in:answers " + "(a OR " * n + "brief" + ")" * n,
                  "brief " + "NOT (a " * (n // 2) + "b" + ")" * (n // 2),
                  "(x OR (y " * (n // 2) + "(brief OR z)" + "))" * (n // 2)]:
        library.search(query)
    assert [h.question_id for h in library.search("(" * n + "separate brief" + ")" * n)] == ["3", "VVD-2"]
    with pytest.raises(QueryError, match="nests too deeply"):
        library.search("(" * (n + 1) + "brief" + ")" * (n + 1))


def test_long_flat_queries_search(library):
    brief = [h.question_id for h in library.search("brief")]
    assert len(brief) == 4
    assert [h.question_id for h in library.search("brief " + " ".join(f"NOT w{i}" for i in range(2000)))] == brief
    assert library.search(" OR ".join(f"w{i}" for i in range(5000))) == []


def test_a_huge_limit_is_capped_in_the_library(library):
    assert len(library.search("brief", limit=99999999999999999999)) == 4


def test_cli_deep_query_is_one_line_exit_2(tmp_path, capsys):
    folder = build_folder(tmp_path)
    assert call(capsys, "search", folder, "(" * 300 + "brief" + ")" * 300) == (
        2, "", f"vragenronde: {DEEP}\n")
    assert call(capsys, "search", folder, "NOT " * 2000 + "brief") == (2, "", f"vragenronde: {DEEP}\n")
    assert call(capsys, "export", folder, "--query", "(" * 300) == (2, "", f"vragenronde: {DEEP}\n")


@pytest.mark.parametrize("value", ["99999999999999999999", "0", "-3", "veel"])
def test_cli_limit_out_of_range(tmp_path, capsys, value):
    folder = build_folder(tmp_path)
    status, out, err = call(capsys, "search", folder, "brief", f"--limit={value}")
    assert (status, out) == (2, "")
    assert err == (f"vragenronde: --limit: moet een geheel getal van 1 tot en met 1000000 zijn, "
                   f"niet '{value}' (zie vragenronde search --help)\n")
    status, out, err = call(capsys, "--lang", "en", "search", folder, "brief", f"--limit={value}")
    assert (status, out) == (2, "")
    assert err == (f"vragenronde: --limit: must be a whole number from 1 to 1000000, "
                   f"not '{value}' (see vragenronde search --help)\n")
    status, _, err = call(capsys, "export", folder, "--query", "brief", "--limit", "1" + "0" * 40)
    assert status == 2 and "moet een geheel getal van 1 tot en met 1000000 zijn" in err


def test_cli_query_starting_with_a_dash(tmp_path, capsys):
    folder = build_folder(tmp_path)
    plain = call(capsys, "search", folder, "separate")
    assert plain[0] == 0 and plain[1].count("\n") == 2
    assert call(capsys, "search", folder, "-separate")[:2] == plain[:2]
    assert call(capsys, "search", folder, "--", "-separate")[:2] == plain[:2]
    # after -- an option-like word is part of the query, not an option
    assert call(capsys, "search", folder, "--", "separate", "--json")[:2] == (1, "")
    status, out, _ = call(capsys, "search", "--json", folder, "-separate")
    assert status == 0 and out.startswith("[")
    status, out, err = call(capsys, "export", folder, "--query", "-separate", "--format", "csv")
    assert status == 0 and out.count("\n") == 3, err
    # an unknown long option is still an error, a known short one still an option
    assert call(capsys, "search", folder, "brief", "--jsn")[0] == 2
    assert call(capsys, "search", folder, "-h")[0] == 0


def test_search_help_mentions_dash_queries(capsys):
    status, out, _ = call(capsys, "search", "--help")
    assert status == 0
    assert ("Een woord dat met - begint, wordt gezocht (-regering); na -- hoort elk woord bij de "
            "zoekopdracht (vragenronde search MAP -- --json)") in " ".join(out.split())
    status, out, _ = call(capsys, "search", "--help", "--lang", "en")
    assert status == 0
    assert ("A word starting with - is searched for (-regering); after -- every word is part of the "
            "query (vragenronde search FOLDER -- --json)") in " ".join(out.split())


async def test_library_screen_reports_a_deep_query(tmp_path, monkeypatch):
    from tests.tui.test_tui_library import make, wait_indexed

    folder = build_folder(tmp_path)
    app = make(folder)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await wait_indexed(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause()
        search = app.screen
        search.run_search("(" * 300 + "brief" + ")" * 300)
        await pilot.pause()
        status = str(search.query_one("#search-status").render())
        assert status == DEEP
        search.run_search("NOT " * 2000 + "brief")
        await pilot.pause()
        assert str(search.query_one("#search-status").render()) == DEEP
        assert app.is_running and screen.library is not None
