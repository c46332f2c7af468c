"""Terminal safety in a real terminal (tmux): document text controls nothing.

The hostile document carries OSC 52 (set the clipboard), OSC 2 (set the
window title), CSI 2J (clear the screen), BEL, a bidi override and Textual
markup. tmux is set to accept OSC 52 into a paste buffer and to let programs
rename the pane, so a sequence that reached the terminal would leave a
buffer, change ``#{pane_title}`` or wipe the marker printed before the
command. Skipped only when tmux is not installed (CI installs it).
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.corpus import ROOT
from tests.tmux_util import TMUX, Tmux

pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")

TITLE = "onveranderd"
DOCUMENT = """LIJST VAN VRAGEN EN ANTWOORDEN

Vraag 1
Kan de minister \x1b]52;c;aGk=\x07reageren\u202e op [@click=app.quit]hier[/] en [bold]vet[/bold]?

Antwoord 1
Ja.\x1b[2J Zie \x1b]2;GEKAAPT\x07 en \x1b]8;;https://evil.example/\x1b\\klik\x1b]8;;\x1b\\ verder.\x07
"""


@pytest.fixture
def term(tmp_path):
    doc = tmp_path / "vijandig.txt"
    doc.write_text(DOCUMENT, encoding="utf-8")
    t = Tmux(tmp_path / "tmux.sock", width=140, height=40)
    env = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color", "PS1": "$ ",
           "VRAGENRONDE_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    t.env, t.doc = env, doc
    yield t
    t.close()


def _vragenronde() -> str:
    exe = os.path.join(os.path.dirname(sys.executable), "vragenronde")
    return exe if os.path.exists(exe) else f"{sys.executable} -m tui.cli"


def _untouched(t: Tmux) -> None:
    assert t.buffers() == [], "an OSC 52 from the document reached tmux"
    assert t.pane("#{pane_title}") == TITLE, "an OSC 2 from the document renamed the pane"


def test_show_in_a_real_terminal(term):
    cmd = (f"printf '\\033]2;{TITLE}\\007'; echo BEGIN-MARKER; "
           f"{_vragenronde()} show {term.doc} 1; echo END-MARKER")
    term.start(cmd, env=term.env, cwd=ROOT)
    screen = term.wait_for(lambda s: "\nEND-MARKER" in s, what="show to finish")
    assert "BEGIN-MARKER" in screen  # CSI 2J did not clear the screen
    flat = " ".join(term.capture(join=True).split())
    assert "␛]52;c;aGk=␇reageren<U+202E> op [@click=app.quit]hier[/] en [bold]vet[/bold]?" in flat
    assert "Ja.␛[2J Zie ␛]2;GEKAAPT␇ en ␛]8;;https://evil.example/␛\\klik␛]8;;␛\\ verder.␇" in flat
    _untouched(term)


def test_dump_in_a_real_terminal(term):
    cmd = f"printf '\\033]2;{TITLE}\\007'; echo BEGIN-MARKER; {_vragenronde()} dump {term.doc}; echo END-MARKER"
    term.start(cmd, env=term.env, cwd=ROOT)
    screen = term.wait_for(lambda s: "\nEND-MARKER" in s, what="dump to finish")
    assert "BEGIN-MARKER" in screen
    assert "\\u001b]52;c;aGk=\\u0007" in term.capture(join=True)
    _untouched(term)


def test_reader_in_a_real_terminal(term):
    cmd = f"printf '\\033]2;{TITLE}\\007'; {_vragenronde()} --no-cache {term.doc}; echo READER-CLOSED"
    term.start(cmd, env=term.env, cwd=ROOT)
    screen = term.wait_for(lambda s: "]52;c;aGk=" in s and "verder." in s, what="the reader to show Vraag 1")
    flat = " ".join(screen.split())
    assert "[@click=app.quit]hier[/]" in flat and "[bold]vet[/bold]" in flat
    assert "[2J" in flat and "]2;GEKAAPT" in flat
    _untouched(term)
    term.press("q")
    term.wait_for(lambda s: "READER-CLOSED" in s, what="the reader to quit")
    _untouched(term)


def test_the_checks_would_see_a_raw_sequence(term):
    """Control: the same sequences printed raw do reach tmux, so the checks above can fail."""
    cmd = f"printf '\\033]2;{TITLE}\\007'; printf '\\033]52;c;aGk=\\007\\033]2;GEKAAPT\\007'; echo RAW-DONE"
    term.start(cmd, env=term.env, cwd=ROOT)
    term.wait_for(lambda s: "\nRAW-DONE" in s, what="printf to finish")
    assert term.buffers() != []
    assert term.pane("#{pane_title}") == "GEKAAPT"
