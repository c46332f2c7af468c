"""Library search, citations between documents (in library, cited by) and export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.content import Span

from parsers.library import export_document, export_entries, export_rows
from tui.app import create_app
from tui.highlight import STYLES
from tui.screens.library_views import CitedByView, LibraryCitationsView
from tui.screens.library_search import LibrarySearchScreen

from test_tui_library import SAMPLES, sample_folder, wait_indexed

LIJST = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2025-2026

36 512 Wijziging van de Wet op de huurtoeslag

Nr. 7 LIJST VAN VRAGEN EN ANTWOORDEN

Vastgesteld 2 april 2026

De vaste commissie voor Volkshuisvesting heeft een aantal vragen voorgelegd aan de Minister.

Vraag 1
Wat staat in de memorie van antwoord (Kamerstukken I 2025/26, 36 512, nr. C)?

Antwoord op vraag 1:
De memorie van antwoord beschrijft de terugvordering.

Vraag 2
Wanneer volgt de evaluatie?

Antwoord op vraag 2:
De evaluatie volgt in 2027.

De voorzitter van de commissie,
Jansen
"""


@pytest.fixture(autouse=True)
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    return out


def make(folder):
    app = create_app(folder)
    app.animation_level = "none"
    app.notes = []
    original = app.notify

    def notify(message, **kw):
        app.notes.append(message)
        return original(message, **kw)

    app.notify = notify
    return app


async def settle(pilot):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def citing_folder(tmp_path: Path) -> Path:
    """A lijst (kst-36512-7) citing kst-36512-C, and the memorie (kst-36512-C) citing it back."""
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "lijst.txt").write_text(LIJST, encoding="utf-8")
    shutil.copy(SAMPLES / "memorie-van-antwoord-ek.txt", folder / "memorie.txt")
    return folder


async def test_search_ranked_hits_and_open_at_question(tmp_path, ui):
    app = make(sample_folder(tmp_path))
    async with app.run_test(size=(140, 36)) as pilot:
        library = await wait_indexed(pilot)
        await pilot.press("ctrl+f")
        search = app.screen
        assert isinstance(search, LibrarySearchScreen)
        await pilot.press(*"regering", "enter")
        expected = library.library.search("regering", limit=200)
        assert len(expected) >= 5
        assert [(h.rel, h.question_id) for h in search.hits] == [(h.rel, h.question_id) for h in expected]
        assert [h.score for h in search.hits] == sorted((h.score for h in search.hits), reverse=True)
        ol = search.results
        assert ol.option_count == len(expected)
        first = expected[0]
        prompt = ol.get_option_at_index(0).prompt
        status = {"answered": "beantwoord", "by-reference": "beantwoord met een verwijzing",
                  "deferred": "antwoord uitgesteld"}[first.status]
        assert first.title  # every hit shows its document's title, bold, first
        head = (f"1. {' '.join(first.title.split())}\n"
                f"    {first.rel} · {first.question_id} · {first.faction} · {status}\n")
        lead = "    " + {"question": "vraag", "answer": "antwoord"}[first.field] + ": "
        assert prompt.plain == head + lead + first.snippet
        assert Span(3, head.index("\n"), "bold") in prompt.spans
        offset = len(head) + len(lead)
        start, end = first.spans[0]
        assert Span(offset + start, offset + end, STYLES["hit"]) in prompt.spans
        assert prompt.plain[offset + start:offset + end].casefold() == "regering"
        docs = len({h.rel for h in expected})
        assert ui.shown(search, "#search-status") == (
            f"{len(expected)} treffers in {docs} documenten voor “regering”, beste eerst · Enter opent · e exporteert")

        await pilot.press("down", "enter")
        await settle(pilot)
        reader = app.screen
        hit = expected[1]
        assert reader.path.name == Path(hit.rel).name and reader.state == "ready"
        assert reader.nav.current.id == hit.question_id
        current = reader.nav.hit
        assert current is not None and current.index == reader.nav.index and current.field == hit.field
        pane = reader.query_one("#question-pane" if hit.field == "question" else "#answer-pane")
        content = pane._rendered.content
        marked = [content.plain[s.start:s.end] for s in content.spans if s.style == STYLES["hit-current"]]
        assert [m.casefold() for m in marked] == ["regering"]
        assert "voor “regering”" in ui.shown(reader, "#status")
        await pilot.press("escape")  # closes the in-document search first
        assert app.screen is reader and reader.nav.query == ""
        await pilot.press("escape")
        assert app.screen is search and ol.highlighted == 1
        await pilot.press("slash", *"faction:", "enter")
        assert app.notes[-1] == 'faction: needs a value, e.g. faction:SP'
        await pilot.press("escape")
        assert app.screen is library


async def test_search_hits_on_a_small_screen_show_the_title_and_a_short_path(tmp_path, ui):
    app = make(sample_folder(tmp_path))
    async with app.run_test(size=(60, 24)) as pilot:
        library = await wait_indexed(pilot)
        await pilot.press("ctrl+f", *"regering", "enter")
        search = app.screen
        ol = search.results
        width = ol.scrollable_content_region.width
        titles = {e.rel: e.title for e in library.shown}
        for i, hit in enumerate(search.hits):
            first, second = ol.get_option_at_index(i).prompt.plain.split("\n")[:2]
            title = " ".join((titles[hit.rel] or "").split()) or hit.rel.rsplit("/", 1)[-1]
            assert first.startswith(f"{i + 1}. {title[:20]}")
            assert len(first) <= width and len(second) <= width
            assert second.startswith("    ")
            if len(hit.rel) > width - 30:  # shortened from the left: the file name stays
                assert second.startswith("    …") and hit.rel.rsplit("/", 1)[-1][-10:] in second
        assert any(second.startswith("    …") for second in
                   (ol.get_option_at_index(i).prompt.plain.split("\n")[1] for i in range(ol.option_count)))


async def test_search_finds_a_notice_and_opens_the_reader_on_it(tmp_path, ui):
    folder = tmp_path / "notices"
    folder.mkdir()
    for name in ("kamervragen-mededeling.txt", "kamervragen-mededeling-verwijzing.txt", "kamervragen-ah.xml"):
        shutil.copy(SAMPLES / name, folder / name)
    app = make(folder)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_indexed(pilot)
        await pilot.press("ctrl+f", *"gebruikelijke termijn", "enter")
        search = app.screen
        assert [(h.rel, h.question_id, h.field) for h in search.hits] == [("kamervragen-mededeling.txt", "1", "notice")]
        lines = search.results.get_option_at_index(0).prompt.plain.split("\n")
        assert lines[1:] == ["    kamervragen-mededeling.txt · 1 · antwoord uitgesteld",
                             "    mededeling: …De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord."]
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert reader.path.name == "kamervragen-mededeling.txt" and reader.nav.current.id == "1"
        assert reader.nav.hit.field == "notice"
        assert ui.title(reader, "#answer-pane") == "Mededeling (antwoord uitgesteld)"
        content = reader.query_one("#answer-pane")._rendered.content
        current = [content.plain[s.start:s.end] for s in content.spans if s.style == STYLES["hit-current"]]
        assert current == ["gebruikelijke"]
        await pilot.press("escape", "escape")
        assert app.screen is search


async def test_a_notice_without_questions_opens_with_the_words_marked(tmp_path):
    folder = tmp_path / "uitstel"
    folder.mkdir()
    shutil.copy(SAMPLES / "kamervragen-uitstel.docx", folder / "uitstel.docx")
    app = make(folder)
    async with app.run_test(size=(80, 16)) as pilot:
        await wait_indexed(pilot)
        await pilot.press("ctrl+f", *"voedselkwaliteit", "enter")
        search = app.screen
        assert [(h.rel, h.question_id, h.field) for h in search.hits] == [("uitstel.docx", None, "notice")]
        assert search.results.get_option_at_index(0).prompt.plain.split("\n")[1] == \
            "    uitstel.docx · antwoord uitgesteld"
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert reader.state == "plain"  # no questions: the letter as text
        pane = reader.query_one("#message-pane")
        for _ in range(40):
            await pilot.pause(0.05)
            if pane.scroll_y > 0:
                break
        content = reader.query_one("#message").visual
        assert [content.plain[s.start:s.end] for s in content.spans if s.style == STYLES["hit"]] == [
            "Voedselkwaliteit", "Voedselkwaliteit"]
        # scrolled to the first, a few lines above it (it is below the first screen)
        first = content.plain.index("Voedselkwaliteit")
        assert pane.scroll_y > 0 and "Mededeling" in content.plain[:first]


async def test_citations_in_library_and_cited_by(tmp_path, ui):
    app = make(citing_folder(tmp_path))
    async with app.run_test(size=(140, 36)) as pilot:
        library = await wait_indexed(pilot)
        assert [(e.rel, e.cited_by) for e in library.shown] == [("lijst.txt", 1), ("memorie.txt", 1)]
        await pilot.press("enter")
        await settle(pilot)
        lijst = app.screen
        assert lijst.library_rel == "lijst.txt"
        await pilot.press("c")
        view = app.screen
        assert isinstance(view, LibraryCitationsView)
        line = view.query_one(".view-list").get_option_at_index(0).prompt
        assert line.plain == ("in bibliotheek: memorie.txt  Kamerstukken I 2025/26, 36 512, nr. C  ×1  1\n"
                              "    https://zoek.officielebekendmakingen.nl/kst-36512-C.html")
        assert Span(0, 14, "bold reverse") in line.spans
        assert ui.shown(view, ".view-detail") == (
            "kst-36512-C\nhttps://zoek.officielebekendmakingen.nl/kst-36512-C.html\nin bibliotheek: memorie.txt")
        await pilot.press("enter")
        await settle(pilot)
        memorie = app.screen
        assert memorie.path.name == "memorie.txt" and memorie.library_rel == "memorie.txt"
        await pilot.press("c")
        rows = app.screen.query_one(".view-list")
        plain = [rows.get_option_at_index(i).prompt.plain for i in range(rows.option_count)]
        # the letter is linked through the Kamerstuk it is in (kst-36512-7, the lijst)
        assert [p.startswith("in bibliotheek: lijst.txt  ") for p in plain] == [True, True, False]
        await pilot.press("down", "down", "o")  # the third is not in the library
        assert app.notes[-1] == "Kamerstukken II 2024/25, 36 512, nr. 3 staat niet in de bibliotheek"
        await pilot.press("escape")
        await pilot.press("C")
        cited = app.screen
        assert isinstance(cited, CitedByView)
        option = cited.query_one(".view-list").get_option_at_index(0).prompt.plain
        assert option == "lijst.txt  Wijziging van de Wet op de huurtoeslag\n    haalt het aan in 1"
        await pilot.press("enter")
        await settle(pilot)
        back_in_lijst = app.screen
        assert back_in_lijst.path.name == "lijst.txt" and back_in_lijst.nav.current.id == "1"
        await pilot.press("escape")
        assert app.screen is memorie
        await pilot.press("escape")
        assert app.screen is lijst
        await pilot.press("escape")
        assert app.screen is library


async def test_cited_by_without_library_says_so(make_app):
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        assert app.notes[-1] == "Aangehaald door werkt in een bibliotheek: open een map (vragenronde MAP)"


async def test_export_from_reader(tmp_path, env):
    folder = citing_folder(tmp_path)
    app = make(folder)
    async with app.run_test(size=(140, 36)) as pilot:
        await wait_indexed(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        reader = app.screen
        assert reader.nav.current.id == "VVD-1"
        await pilot.press("e")
        options = app.screen.query_one("#export-list")
        labels = [options.get_option_at_index(i).prompt.plain for i in range(options.option_count)]
        assert labels[:4] == ["vraag VVD-1 als Markdown (.md)", "vraag VVD-1 als CSV (.csv)",
                              "vraag VVD-1 als JSON (.json)", "fractie VVD als Markdown (.md)"]
        assert labels[-1] == "het document als JSON (.json)"
        assert str(app.screen.query_one("#export-title").render()) == "Exporteren"
        assert len(labels) == 9
        await pilot.press("enter")
        path = env / "memorie-VVD-1.md"
        assert path.read_text(encoding="utf-8") == export_document(
            reader.doc, "md", name="memorie.txt", question="VVD-1")
        assert app.notes[-1] == f"Geëxporteerd: vraag VVD-1 (Markdown) naar {path}"
        assert app.screen is reader
        # a typed name; the document as JSON (the last option)
        await pilot.press("e", "end", "tab", *"whole", "enter")
        path = env / "whole.json"
        assert path.read_text(encoding="utf-8") == export_document(reader.doc, "json", name="memorie.txt")
        assert app.notes[-1] == f"Geëxporteerd: het document (JSON) naar {path}"
        # the faction as CSV, default name
        await pilot.press("e", "down", "down", "down", "down", "enter")
        path = env / "memorie-VVD.csv"
        assert path.read_text(encoding="utf-8") == export_document(
            reader.doc, "csv", name="memorie.txt", faction="VVD")
        # a name in a folder that does not exist: an error, the dialog stays
        await pilot.press("e", "tab", *"nope/x.md", "enter")
        assert app.notes[-1] == (f"Kan vraag VVD-1 niet exporteren: cannot write {env / 'nope/x.md'}: "
                                 "No such file or directory")  # the second half is the library's
        await pilot.press("escape")
        assert app.screen is reader


async def test_export_list_and_search_results(tmp_path, env, english):
    """In English this time (the dialog, the notifications, the search export's title)."""
    app = make(citing_folder(tmp_path))
    async with app.run_test(size=(140, 36)) as pilot:
        library = await wait_indexed(pilot)
        await pilot.press("e")
        options = app.screen.query_one("#export-list")
        assert options.get_option_at_index(0).prompt.plain == "the list of 2 documents as Markdown (.md)"
        assert app.screen.query_one("#export-path").placeholder == "file name (empty: library.md)"
        await pilot.press("enter")
        path = env / "library.md"
        assert path.read_text(encoding="utf-8") == export_entries(library.shown, "md")
        assert app.notes[-1] == f"Exported the list of 2 documents (Markdown) to {path}"
        await pilot.press("e", "tab", *"library.md", "enter")  # that name, typed: asked first
        assert str(app.screen.query_one("#confirm-question").render()) == f"{path} exists. Replace it?"
        assert str(app.screen.query_one("#confirm-hint").render()) == "y: replace it · n or Escape: keep it"
        await pilot.press("n")
        await pilot.pause()
        assert app.notes[-1] == f"Not exported: {path} exists"
        await pilot.press("escape")
        assert app.screen is library
        await pilot.press("e", "enter")  # the default name is never overwritten
        assert (env / "library-2.md").read_text(encoding="utf-8") == path.read_text(encoding="utf-8")
        await pilot.press("ctrl+f", *"terugvordering", "enter")
        search = app.screen
        assert sorted((h.rel, h.question_id) for h in search.hits) == [("lijst.txt", "1"), ("memorie.txt", "VVD-1")]
        assert search.hits == library.library.search("terugvordering", limit=200)
        await pilot.press("e", "down", "enter")
        path = env / "search-terugvordering.csv"
        expected = export_rows(library.library.question_rows(search.hits), "csv", title="Search: terugvordering")
        assert path.read_text(encoding="utf-8") == expected
        assert expected.splitlines()[0] == (
            "document,publication_id,kind,dossier,faction,question_id,number,status,question,answer,"
            "audit,audit_reason,footnotes,notice")
        assert len(expected.splitlines()) >= 3
        assert app.notes[-1] == f"Exported 2 search results (CSV) to {path}"


def test_a_long_snippet_wraps_under_its_lead_with_the_hits_kept():
    from parsers.library.search import Hit
    from tui.screens.library_search import hit_content

    snippet = "…De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord."
    hit = Hit(path=Path("x/kamervragen-mededeling.txt"), rel="kamervragen-mededeling.txt", question_id="1",
              faction=None, status="deferred", field="notice", snippet=snippet,
              spans=((snippet.index("termijn"), snippet.index("termijn") + 7),
                     (snippet.index("beantwoord"), snippet.index("beantwoord") + 10)),
              score=1.0, title="Wachttijden in de ggz")
    content = hit_content(1, hit, 50)
    # the snippet's further lines start under the lead, not at the left edge
    assert content.plain.split("\n") == [
        "1. Wachttijden in de ggz",
        "    …agen-mededeling.txt · 1 · antwoord uitgesteld",
        "    mededeling: …De vragen kunnen niet binnen de",
        "    gebruikelijke termijn worden beantwoord.",
    ]
    assert all(len(line) <= 50 for line in content.plain.split("\n"))
    marked = [content.plain[s.start:s.end] for s in content.spans if s.style == STYLES["hit"]]
    assert marked == ["termijn", "beantwoord"]
