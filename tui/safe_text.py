"""Make document text safe to print on a terminal.

Document text is data from an untrusted file. Written raw to a terminal, a
control character can do things: ``ESC ] 52 ; c ; ... BEL`` replaces the
clipboard, ``ESC ] 8 ;;`` plants a hyperlink, CSI sequences move the cursor or
recolour the screen, backspace and carriage return overwrite what was shown,
and the Unicode bidi controls (the marks U+061C, U+200E, U+200F, the
embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069) reorder
what the reader sees; the line and paragraph separators U+2028, U+2029 break
lines where the text has none, and U+206A-U+206F are deprecated format
controls.

:func:`safe_text` turns every such character into a visible placeholder and
keeps everything else (``\\n`` and ``\\t`` included) unchanged:

* C0 controls U+0000-U+001F become the Unicode "control picture" for them
  (U+2400-U+241F, so ESC shows as ``␛`` and BEL as ``␇``); DEL becomes ``␡``;
* C1 controls U+0080-U+009F, the bidi controls, the separators and the
  deprecated format controls become ``<U+XXXX>``.

The rest of an escape sequence is plain printable text, so after the ESC is
replaced nothing is left for the terminal to interpret.

:func:`sanitize` is the same-length variant for text whose span offsets must
stay valid (the reader highlights figures and citations by offset): one
character in, one character out, C1 and bidi controls becoming U+FFFD.

This module is a pure helper: it imports neither rich nor textual, so the
plain-text CLI and the Textual reader share it.
"""

from __future__ import annotations

__all__ = ["UNSAFE", "is_safe", "safe_text", "sanitize"]

#: Characters kept as they are although they are controls.
_KEEP = frozenset("\n\t")

#: Bidi marks, embeddings, overrides and isolates; line/paragraph separators;
#: deprecated format controls.
_BIDI = [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x2070)]


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x20):
        if chr(cp) not in _KEEP:
            table[cp] = chr(0x2400 + cp)
    table[0x7F] = "\u2421"
    for cp in [*range(0x80, 0xA0), *_BIDI]:
        table[cp] = f"<U+{cp:04X}>"
    return table


_TABLE = _build_table()
_SAME_LENGTH = {cp: (rep if len(rep) == 1 else "\ufffd") for cp, rep in _TABLE.items()}

#: Every code point :func:`safe_text` replaces.
UNSAFE: frozenset[str] = frozenset(chr(cp) for cp in _TABLE)


def safe_text(text: str) -> str:
    """``text`` with every terminal control character made visible.

    >>> safe_text("a\\x1b]52;c;aGk=\\x07b")
    'a␛]52;c;aGk=␇b'
    >>> safe_text("line\\n\\tnext\\u202e")
    'line\\n\\tnext<U+202E>'
    """
    return text.translate(_TABLE)


def sanitize(text: str) -> str:
    """Like :func:`safe_text` but length-preserving: offsets into ``text`` stay valid.

    >>> sanitize("a\x1bb\u202ec\x9b")
    'a␛b\ufffdc\ufffd'
    """
    return text.translate(_SAME_LENGTH)


def is_safe(text: str) -> bool:
    """True when ``text`` holds no character :func:`safe_text` would replace."""
    return UNSAFE.isdisjoint(text)
