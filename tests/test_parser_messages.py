"""The parsers' messages for the user are Dutch, like the interface, and
follow ``--lang en``: a ``ParseError`` keeps its Dutch template and
parameters (``parsers.messages.Message``), the interface formats the
catalog's English. The error for bad input stays one line, exit status 2."""

from __future__ import annotations

import os

import pytest

from parsers import ParseError, parse_path
from parsers.library.scan import skipped_note
from parsers.messages import Message
from tui import i18n
from tui.cli import main


@pytest.fixture(autouse=True)
def _dutch_afterwards():
    yield
    i18n.set_language("nl")


def test_parse_error_is_dutch_and_remembers_its_template(tmp_path):
    p = tmp_path / "leeg.txt"
    p.write_bytes(b"")
    with pytest.raises(ParseError) as err:
        parse_path(p)
    assert str(err.value) == "leeg.txt: het document is leeg; er is niets te lezen"
    assert err.value.message.template == "{name}: het document is leeg; er is niets te lezen"
    i18n.set_language("en")
    assert i18n.localise(err.value) == "leeg.txt: the document is empty; nothing to read"


@pytest.mark.parametrize("lang, line", [
    ("nl", "vragenronde: leeg.txt: het document is leeg; er is niets te lezen\n"),
    ("en", "vragenronde: leeg.txt: the document is empty; nothing to read\n"),
])
def test_command_line_error_is_one_line_in_the_chosen_language(tmp_path, capsys, monkeypatch, lang, line):
    (tmp_path / "leeg.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(tmp_path / ".cache"))
    assert main(["--lang", lang, "show", "leeg.txt"]) == 2
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", line)


def test_a_reason_inside_a_message_is_translated_with_it(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with pytest.raises(ParseError) as err:
        parse_path(fifo)
    assert str(err.value) == f"{fifo}: is een named pipe (FIFO), geen document; alleen gewone bestanden worden gelezen"
    i18n.set_language("en")
    assert i18n.localise(err.value) == f"{fifo}: is a named pipe (FIFO), not a document; only regular files are read"


def test_notes_of_the_library_scan_follow_the_language():
    note = skipped_note(["a.txt", "b.pdf"])
    assert note == "2 items overgeslagen die geen gewoon bestand zijn (FIFO, socket of apparaat): a.txt, b.pdf"
    i18n.set_language("en")
    assert i18n.localise(note) == "skipped 2 entries that are not a regular file (FIFO, socket or device): a.txt, b.pdf"


def test_a_message_is_a_plain_string_for_data_and_pickles():
    import json
    import pickle

    m = Message("{name}: kapot", name="x")
    assert (m, json.dumps(m), pickle.loads(pickle.dumps(m)).template) == ("x: kapot", '"x: kapot"', "{name}: kapot")
    # text that is not a catalog message is shown as it is
    i18n.set_language("en")
    assert i18n.localise("iets onbekends") == "iets onbekends"
