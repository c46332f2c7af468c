"""The full-screen reader in different terminals, read back from tmux with its attributes.

The seed is opened in tmux with ``TERM=linux`` (16 colours), 256 colours,
true colour and ``NO_COLOR``; ``capture-pane -e`` gives the screen with its
SGR attributes, which :func:`cells` decodes per character. For each terminal:

* figures, citations, cross-references and plain answer text differ in
  text attributes (bold, italic, underline, reverse), not only in colour;
* 16 colours: no 256-colour or RGB colour is sent; ``NO_COLOR``: no hue
  anywhere (Textual draws in greys);
* no letter or digit is drawn in its own background colour (invisible).

``--ascii`` (and a locale that is not UTF-8) must draw the reader with ASCII
characters only: no box-drawing or block characters.
"""

from __future__ import annotations

import re
import shlex
import sys
from dataclasses import dataclass, field

import pytest

from tests.corpus import ROOT, SHARED, need_shared
from tests.tmux_util import TMUX, Tmux

pytestmark = [pytest.mark.tmux, pytest.mark.skipif(TMUX is None, reason="tmux is not installed"), need_shared]

SEED = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"
_SGR = re.compile(r"\x1b\[([0-9;:]*)m")


@dataclass
class Attr:
    """The attributes of one cell."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    reverse: bool = False
    fg: str | None = None
    bg: str | None = None
    codes: set[str] = field(default_factory=set)

    def style(self) -> tuple[bool, bool, bool, bool]:
        return (self.bold, self.italic, self.underline, self.reverse)


def _apply(attr: Attr, params: str) -> Attr:
    new = Attr(attr.bold, attr.italic, attr.underline, attr.reverse, attr.fg, attr.bg, set())
    parts = [p for p in params.replace(":", ";").split(";")] or ["0"]
    i = 0
    while i < len(parts):
        p = int(parts[i] or 0)
        if p == 0:
            new = Attr()
        elif p == 1:
            new.bold = True
        elif p == 3:
            new.italic = True
        elif p in (4, 21):
            new.underline = True
        elif p == 7:
            new.reverse = True
        elif p == 22:
            new.bold = False
        elif p == 23:
            new.italic = False
        elif p == 24:
            new.underline = False
        elif p == 27:
            new.reverse = False
        elif p in (38, 48):
            mode = parts[i + 1] if i + 1 < len(parts) else ""
            n = 3 if mode == "2" else 1
            value = f"{p}:{';'.join(parts[i + 1:i + 2 + n])}"
            if p == 38:
                new.fg = value
            else:
                new.bg = value
            i += 1 + n
        elif 30 <= p <= 37 or 90 <= p <= 97:
            new.fg = str(p)
        elif 40 <= p <= 47 or 100 <= p <= 107:
            new.bg = str(p)
        elif p == 39:
            new.fg = None
        elif p == 49:
            new.bg = None
        i += 1
    new.codes = {params}
    return new


def cells(escaped: str) -> list[list[tuple[str, Attr]]]:
    """Each screen line as (character, attributes) pairs."""
    out = []
    attr = Attr()
    for line in escaped.split("\n"):
        row: list[tuple[str, Attr]] = []
        pos = 0
        for m in _SGR.finditer(line):
            row.extend((ch, attr) for ch in line[pos:m.start()] if ch != "\x1b")
            attr = _apply(attr, m.group(1))
            pos = m.end()
        row.extend((ch, attr) for ch in line[pos:])
        out.append(row)
    return out


def find(screen: list[list[tuple[str, Attr]]], token: str, after: str = "") -> list[Attr]:
    """The attributes of the first occurrence of ``token`` (after a line holding ``after``)."""
    started = not after
    for row in screen:
        text = "".join(ch for ch, _ in row)
        if not started:
            started = after in text
            continue
        at = text.find(token)
        if at >= 0:
            return [a for _, a in row[at:at + len(token)]]
    raise AssertionError(f"{token!r} not on screen")


TERMINALS = {
    "linux-16": {"TERM": "linux"},
    "256": {"TERM": "xterm-256color"},
    "truecolor": {"TERM": "xterm-256color", "COLORTERM": "truecolor"},
    "no-color": {"TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"},
}


def _open(t: Tmux, tmp_path, env: dict[str, str], *flags: str) -> None:
    assigns = [f"{k}={v}" for k, v in {"LANG": "C.UTF-8", **env}.items()]
    cmd = shlex.join(["env", "-u", "COLORTERM", "-u", "NO_COLOR", *assigns,
                      f"VRAGENRONDE_CACHE_DIR={tmp_path / 'cache'}",
                      sys.executable, "-m", "tui.cli", *flags, str(SEED)])
    t.start(f"cd {shlex.quote(str(ROOT))} && {cmd}")
    # new-session -x/-y is not always honoured for a detached session.
    t.tmux("resize-window", "-t", t.session, "-x", str(t.width), "-y", str(t.height))
    t.wait_for(lambda s: "Kan de regering reflecteren" in s, timeout=60, what="the seed")


def _escaped(t: Tmux) -> list[list[tuple[str, Attr]]]:
    return cells(t.tmux("capture-pane", "-p", "-e", "-t", t.session))


@pytest.mark.parametrize("name", list(TERMINALS))
def test_highlights_differ_in_style(tmp_path, name):
    with Tmux(tmp_path / "s", width=160, height=45) as t:
        _open(t, tmp_path, TERMINALS[name])
        for n in (2, 3, 4):  # SP-4: figures and citations in the answer
            t.press("j")
            t.wait_for(lambda s: f"SP-{n} · {n}/26" in s, what=f"question SP-{n}")
        t.wait_for(lambda s: "36725" in s, what="SP-4 with its citations")
        sp4 = _escaped(t)
        t.press("j")  # SP-5: its answer starts with a cross-reference
        t.wait_for(lambda s: "SP-5 · 5/26" in s and "Zie antwoord vraag 4" in s,
                   what="SP-5 with its cross-reference")
        sp5 = _escaped(t)
    figure = find(sp4, "6,5", after="Antwoord")
    citation = find(sp4, "36725", after="Antwoord")
    xref = find(sp5, "Zie antwoord vraag 4", after="Antwoord")
    body = find(sp4, "beantwoording", after="Antwoord")
    kinds = {"figure": figure, "citation": citation, "xref": xref, "body": body}
    styles = {k: {a.style() for a in v} for k, v in kinds.items()}
    assert all(len(s) == 1 for s in styles.values()), styles  # one style per token
    assert len({next(iter(s)) for s in styles.values()}) == 4, styles
    every = [a for row in sp4 + sp5 for _, a in row]
    if name == "linux-16":
        assert not [a.codes for a in every if (a.fg or "").startswith(("38:2", "38:5"))
                    or (a.bg or "").startswith(("48:2", "48:5"))]
    if name == "no-color":  # Textual turns colours to greys: no hue anywhere
        hues = {c for a in every for c in (a.fg, a.bg) if c and not _grey(c)}
        assert hues == set()
    for screen in (sp4, sp5):
        invisible = [ch for row in screen for ch, a in row
                     if ch.isalnum() and a.fg is not None and _same(a.fg, a.bg)]
        assert invisible == []


def _same(fg: str, bg: str | None) -> bool:
    """True when foreground ``fg`` and background ``bg`` are the same colour."""
    if bg is None:
        return False
    if fg.isdigit() and bg.isdigit():
        return int(fg) + 10 == int(bg)
    return fg.split(":", 1)[-1] == bg.split(":", 1)[-1]


def _grey(colour: str) -> bool:
    """True for the default colours, black, white, greys (RGB with r == g == b)."""
    if colour.startswith(("38:2;", "48:2;")):
        r, g, b = colour.split(";")[1:4]
        return r == g == b
    return colour in ("30", "37", "90", "97", "40", "47", "100", "107")


_NOT_ASCII = re.compile(r"[^\x20-\x7e]")


@pytest.mark.parametrize(("flags", "lang"), [(["--ascii"], "C.UTF-8"), ([], "C")])
def test_ascii_mode_draws_ascii_only(tmp_path, flags, lang):
    with Tmux(tmp_path / "s", width=120, height=36) as t:
        _open(t, tmp_path, {"TERM": "xterm-256color", "LANG": lang}, *flags)
        screen = t.capture()
    chrome = [ch for ch in _NOT_ASCII.findall(screen)
              if 0x2500 <= ord(ch) <= 0x259F or ch in "…→←↑↓•·▶▼"]
    assert chrome == [], sorted(set(chrome))
