"""Unit tests of the pure parts: highlighting, navigation, clipboard."""

from __future__ import annotations

import base64

from parsers.model import Part

from tui import clipboard
from tui.highlight import Mark, build_content, find_all, render_field, safe_text, segments
from tui.screens.navigation import Navigator


class FakeApp:
    def __init__(self):
        self.copied = []
        self.written = []
        self._driver = self
        self.is_headless = False

    def copy_to_clipboard(self, text):
        self.copied.append(text)

    def write(self, data):
        self.written.append(data)


def test_content_never_parses_markup():
    content = build_content("[bold]x[/bold] [@click=app.quit]q[/]")
    assert content.plain == "[bold]x[/bold] [@click=app.quit]q[/]"
    assert content.spans == []


def test_marks_become_spans_with_distinct_attributes():
    text = "Kamerstuk 1 kost € 5 volgens antwoord 4"
    content = build_content(text, [Mark(0, 11, "citation"), Mark(17, 20, "figure"), Mark(29, 39, "xref"),
                                   Mark(50, 60, "hit")])
    assert [(s.start, s.end, s.style) for s in content.spans] == [
        (17, 20, "bold $text-success"), (0, 11, "underline $text-accent"),
        (29, 39, "bold italic underline $text-warning")]  # out-of-range mark dropped


def test_safe_text_keeps_length_and_removes_escapes():
    raw = "a\x1b]52;c;eA==\x07b\u202ec\r"
    out = safe_text(raw)
    assert len(out) == len(raw)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out and "\r" not in out
    assert out.startswith("a") and "]52;c;eA==" in out


def test_segments_drop_printed_labels():
    text = "Kan de regering:\n- a. eerste;\n- b. tweede?"
    parts = [Part(label="a", text="eerste;", start=text.index("eerste"), end=text.index("eerste") + 7),
             Part(label="b", text="tweede?", start=text.index("tweede"), end=len(text))]
    segs = segments(text, parts, lambda label: f"{label}.")
    assert [(text[s.start:s.end], s.label) for s in segs] == [
        ("Kan de regering:", None), ("eerste;", "a."), ("tweede?", "b.")]
    rendered = render_field(text, parts, lambda label: f"{label}.", [Mark(text.index("tweede"), len(text), "figure")])
    assert rendered.content.plain == "Kan de regering:\n\na. eerste;\n\nb. tweede?"
    assert rendered.display_offset(text.index("tweede")) == rendered.content.plain.index("tweede")
    figure = [s for s in rendered.content.spans if s.style == "bold $text-success"][0]
    assert rendered.content.plain[figure.start:figure.end] == "tweede?"


def test_find_all_is_case_insensitive():
    assert find_all("Balans en balans", "BALANS") == [(0, 6), (10, 16)]
    assert find_all("Straße strasse", "straße") == [(0, 6)]
    assert find_all("abc", "") == []


def test_navigator_resolve_and_factions(doc):
    nav = Navigator.for_document(doc)
    assert nav.resolve("sp-4") == 3
    assert nav.resolve("4") == 3
    nav.go(5)  # VOLT-1
    assert nav.resolve("2") == 6  # VOLT-2, within the current faction
    assert nav.resolve("#1") == 5
    assert nav.resolve("5") == 4  # only SP has a 5
    assert nav.resolve("banana") is None
    assert nav.faction_step(1) == 7
    assert nav.faction_step(-1) == 0
    nav.go(7)
    assert nav.faction_step(1) == 7  # last block: stays


def test_navigator_back_stack(doc):
    nav = Navigator.for_document(doc)
    assert nav.go(3, remember=True)
    assert nav.go(4, remember=True)
    assert nav.back() == 3 and nav.back() == 0 and nav.back() is None


def test_navigator_search_starts_after_current_and_wraps(doc):
    nav = Navigator.for_document(doc)
    nav.go(6)  # VOLT-2
    assert nav.search("balans") == 3
    assert nav.hit.index == 0  # nothing at or after VOLT-2: wraps to SP-1
    assert nav.step_hit(-1).index == 5
    assert nav.step_hit(1).index == 0


def test_osc52_and_wrappers():
    seq = clipboard.osc52("hé")
    assert seq == "\x1b]52;c;" + base64.b64encode("hé".encode()).decode() + "\a"
    assert clipboard.tmux_wrap(seq) == "\x1bPtmux;\x1b\x1b]52;c;aMOp\a\x1b\\"
    wrapped = clipboard.screen_wrap("x" * 200)
    assert wrapped.startswith("\x1bP\x1b]52;c;") and wrapped.endswith("\x1bP\a\x1b\\")
    pieces = [c.removesuffix("\x1b\\").removeprefix("\x1b]52;c;") for c in wrapped.split("\x1bP")[1:-1]]
    assert all(len(p) <= 76 for p in pieces)
    assert base64.b64decode("".join(pieces)) == b"x" * 200


def test_copy_in_tmux_uses_passthrough_and_load_buffer(monkeypatch):
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: "/usr/bin/tmux")
    calls = []

    class Done:
        returncode = 0

    def run(cmd, **kw):
        calls.append((cmd, kw["input"]))
        return Done()

    app = FakeApp()
    result = clipboard.copy_text(app, "a\x1b[31mb\x00c\nd", env={"TMUX": "/tmp/t,1,0"}, run=run)
    assert result.text == "a␛[31mb␀c\nd"
    assert app.copied == ["a␛[31mb␀c\nd"]
    assert app.written == [clipboard.tmux_wrap(clipboard.osc52("a␛[31mb␀c\nd"))]
    assert calls == [(["tmux", "load-buffer", "-w", "-"], "a␛[31mb␀c\nd".encode())]
    assert result.methods == ["osc52", "tmux-passthrough", "tmux-buffer"]
    assert result.caveat is None


def test_copy_in_screen_and_caveats():
    app = FakeApp()
    result = clipboard.copy_text(app, "x", env={"STY": "123.pts"})
    assert result.methods == ["osc52", "screen-passthrough"]
    assert result.caveat == "GNU screen geeft OSC 52 misschien niet door"
    assert clipboard.unreliable_reason({"VTE_VERSION": "7000"}) == (
        "VTE-terminals (GNOME Terminal en andere) negeren OSC 52")
    assert clipboard.unreliable_reason({}, 200_000) == "de tekst is groot (200000 tekens)"
    assert clipboard.unreliable_reason({"TERM": "xterm-kitty"}) is None
