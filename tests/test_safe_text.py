"""tui.safe_text: terminal control characters become visible placeholders."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from tests.corpus import ROOT
from tui.safe_text import UNSAFE, is_safe, safe_text, sanitize


def test_osc52_clipboard_sequence_is_defused():
    assert safe_text("a\x1b]52;c;aGk=\x07b") == "a\u241b]52;c;aGk=\u2407b"


def test_osc8_hyperlink_and_csi_are_defused():
    assert safe_text("\x1b]8;;http://x\x1b\\y\x1b]8;;\x1b\\") == (
        "␛]8;;http://x␛\\y␛]8;;␛\\"
    )
    assert safe_text("\x1b[2J\x1b[31mred") == "␛[2J␛[31mred"


def test_c0_controls_become_control_pictures():
    assert safe_text("\x00\x08\x0d\x7f") == "\u2400\u2408\u240d\u2421"


def test_newline_and_tab_are_kept():
    assert safe_text("a\nb\tc") == "a\nb\tc"


def test_c1_controls_become_code_points():
    assert safe_text("x\x9b31my\x9d") == "x<U+009B>31my<U+009D>"


def test_bidi_overrides_and_isolates_become_code_points():
    assert safe_text("a\u202eb\u2066c\u2069") == "a<U+202E>b<U+2066>c<U+2069>"
    for cp in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
        assert safe_text(chr(cp)) == f"<U+{cp:04X}>"


def test_bidi_marks_separators_and_format_controls_become_code_points():
    """Issue 17 row 15: the Arabic letter mark, LRM/RLM, the line and paragraph
    separators and the deprecated format controls were printed raw."""
    for cp in (0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x206A, 0x2070)):
        assert safe_text(f"a{chr(cp)}b") == f"a<U+{cp:04X}>b"
        assert sanitize(chr(cp)) == "\ufffd"
        assert not is_safe(chr(cp))
    # joiners and no-break spaces are text, not controls
    assert is_safe("\u200c\u200d\u00a0\u202f")


def test_ordinary_dutch_text_and_markup_lookalikes_are_unchanged():
    text = "Israëliëse € 6,5 miljard – 37% [bold]x[/bold] ‘quote’ ĳ"
    assert safe_text(text) == text
    assert is_safe(text)


def test_is_safe_detects_controls():
    assert not is_safe("ok\x1b")
    assert not is_safe("\u202d")
    assert is_safe("ok\n\t")


@given(st.text())
def test_output_never_contains_unsafe_characters(text):
    out = safe_text(text)
    assert UNSAFE.isdisjoint(out)
    assert out.count("\n") == text.count("\n")


def test_module_imports_neither_rich_nor_textual():
    code = (
        "import sys, tui.safe_text, tui.plain\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'textual'))\n"
        "print(bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_sanitize_keeps_length_for_span_offsets():
    assert sanitize("a\x1b]52;c;x\x07\u202eb\x9b\n\t") == "a␛]52;c;x␇\ufffdb\ufffd\n\t"


@given(st.text())
def test_sanitize_is_safe_and_same_length(text):
    out = sanitize(text)
    assert len(out) == len(text) and is_safe(out)
