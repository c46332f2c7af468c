"""Document text never controls the terminal, and markup in it stays literal.

A real text document carries the hostile sequences: OSC 52 (set the
clipboard), OSC 8 (plant a hyperlink), CSI (clear the screen), BEL,
backspace, a bidi override, and Rich/Textual markup (``[@click=app.quit]``,
``[bold]``). They must come out as visible placeholders (control pictures
such as ``␛`` / ``␇``, or ``<U+202E>``) in ``show`` and ``export``, be
escaped by ``dump`` (JSON keeps them, as ``\\u001b``), reach the clipboard
without raw controls, and be drawn harmlessly by the Textual reader.
"""

from __future__ import annotations

import io
import json

import pytest

import parsers
from parsers.model import Answer, Document, Faction, Meta, Question
from tui.safe_text import UNSAFE, safe_text

OSC52 = "\x1b]52;c;aGk=\x07"
OSC8 = "\x1b]8;;https://evil.example/\x1b\\klik\x1b]8;;\x1b\\"
CSI = "\x1b[2J"
BIDI = "\u202e"
MARKUP = "[@click=app.quit]hier[/] en [bold]vet[/bold]"

QUESTION = f"Kan de minister {OSC52}reageren{BIDI} op {MARKUP}?"
ANSWER = f"Ja.{CSI} Zie {OSC8} en\x08\x08 verder{BIDI}.\x07"

DOCUMENT = f"""LIJST VAN VRAGEN EN ANTWOORDEN

Vraag 1
{QUESTION}

Antwoord 1
{ANSWER}
"""


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "vijandig.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    return path


def run_cli(capsysbinary, *argv) -> tuple[int, str, str]:
    from tui.cli import main

    status = main([*argv])
    out, err = capsysbinary.readouterr()
    return status, out.decode("utf-8"), err.decode("utf-8")


def assert_terminal_safe(text: str) -> None:
    bad = sorted({f"U+{ord(c):04X}" for c in text if c in UNSAFE})
    assert bad == [], f"raw control characters reach the terminal: {bad}"


def test_the_parse_keeps_the_characters_as_data(hostile):
    doc = parsers.parse_path(hostile)
    q = doc.question("1")
    assert q is not None and OSC52 in q.text and MARKUP in q.text
    assert CSI in q.answer.text and BIDI in q.answer.text


def test_show_prints_placeholders(hostile, capsysbinary):
    status, out, err = run_cli(capsysbinary, "show", "--no-cache", str(hostile), "1")
    assert (status, err) == (0, "")
    assert_terminal_safe(out)
    assert "␛]52;c;aGk=␇reageren<U+202E>" in out
    assert "Ja.␛[2J Zie ␛]8;;https://evil.example/␛\\klik␛]8;;␛\\ en␈␈ verder<U+202E>.␇" in out
    assert MARKUP in out  # markup is plain text here


def test_show_without_id_lists_ids_safely(hostile, capsysbinary):
    status, out, _ = run_cli(capsysbinary, "show", "--no-cache", str(hostile))
    assert status == 0
    assert_terminal_safe(out)
    assert out.startswith("1\tKan de minister ␛]52;c;aGk=␇reageren<U+202E>")


def test_dump_keeps_the_characters_escaped_as_json(hostile, capsysbinary):
    status, out, _ = run_cli(capsysbinary, "dump", "--no-cache", str(hostile))
    assert status == 0
    assert_terminal_safe(out)
    assert "\\u001b]52;c;aGk=\\u0007" in out and "\\u202e" in out
    data = json.loads(out)
    q = data["factions"][0]["questions"][0]
    assert q["text"] == QUESTION and q["answer"]["text"] == ANSWER


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_export_is_terminal_safe(hostile, capsysbinary, fmt):
    status, out, err = run_cli(capsysbinary, "export", "--no-cache", str(hostile), "--format", fmt)
    assert (status, err) == (0, "")
    assert_terminal_safe(out)
    if fmt == "json":
        assert "\\u001b]52;c;aGk=\\u0007" in out
    else:
        assert "␛]52;c;aGk=␇reageren<U+202E>" in out
        assert MARKUP in out


def test_error_messages_with_control_characters_in_the_file_name(tmp_path, capsysbinary):
    path = tmp_path / "leeg\x1b[2J.txt"
    path.write_bytes(b"")
    status, out, err = run_cli(capsysbinary, "dump", "--no-cache", str(path))
    assert status == 2 and out == ""
    assert_terminal_safe(err)
    assert err == "vragenronde: leeg␛[2J.txt: het document is leeg; er is niets te lezen\n"


# -- the Textual reader ----------------------------------------------------------------

def hostile_document() -> Document:
    q = Question(id="1", number=1, label="Vraag 1", text=QUESTION, answer=Answer(text=ANSWER))
    return Document(meta=Meta(kind="kamervragen", title=f"Titel {CSI}{BIDI}", source_name="vijandig.txt"),
                    intro=f"Inleiding {OSC52}", factions=[Faction(name=None, questions=[q])])


def screen_text(app) -> str:
    """The whole screen as the user sees it (what the compositor draws)."""
    from rich.console import Console

    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), record=True,
                      color_system=None, legacy_windows=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


async def loaded(app, pilot):
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if getattr(app.screen, "state", "loading") != "loading":
            return app.screen
    raise AssertionError("the document never finished loading")


def make_app(tmp_path, document: Document | None = None):
    from tui.app import create_app

    path = tmp_path / "vijandig.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    app = create_app(path, no_cache=True, parser=(lambda p: document) if document else None)
    app.animation_level = "none"
    return app


@pytest.mark.parametrize("source", ["hand-built", "parsed"])
async def test_reader_draws_placeholders_and_literal_markup(tmp_path, source):
    app = make_app(tmp_path, hostile_document() if source == "hand-built" else None)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(app, pilot)
        assert screen.state == "ready"
        text = screen_text(app)
        assert_terminal_safe(text)
        flat = " ".join(text.split())
        assert "[@click=app.quit]hier[/] en [bold]vet[/bold]" in flat
        for visible in ("]52;c;aGk=", "[2J", "]8;;https://evil.example/"):
            assert visible in flat
        # each ESC/BEL/bidi is drawn as a visible placeholder, not dropped
        assert "Ja.\ufffd[2J" in flat or "Ja.␛[2J" in flat
        assert "reageren\ufffd op" in flat or "reageren<U+202E> op" in flat


async def test_clicking_markup_in_a_document_does_nothing(tmp_path):
    app = make_app(tmp_path, hostile_document())
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await loaded(app, pilot)
        text = screen_text(app)
        row = next(i for i, line in enumerate(text.splitlines()) if "[@click=app.quit]" in line)
        col = text.splitlines()[row].index("[@click=app.quit]") + 18
        await pilot.click(offset=(col, row))
        await pilot.pause()
        assert app.is_running and app.return_code is None and screen.state == "ready"


async def test_copied_answer_holds_no_raw_control_characters(tmp_path):
    app = make_app(tmp_path, hostile_document())
    async with app.run_test(size=(160, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("y")
        await pilot.pause()
        copied = app.clipboard
    assert "verder" in copied
    assert_terminal_safe(copied)


async def test_copied_answer_shows_the_control_characters_as_placeholders(tmp_path):
    """Like ``show``: a copy must not silently lose characters of the answer."""
    app = make_app(tmp_path, hostile_document())
    async with app.run_test(size=(160, 40)) as pilot:
        await loaded(app, pilot)
        await pilot.press("y")
        await pilot.pause()
        copied = app.clipboard
    assert safe_text(ANSWER) in copied
