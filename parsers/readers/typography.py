"""Typesetting characters that carry no text: taken out as a file is read.

* a soft hyphen (U+00AD) is invisible unless it breaks a line; in the middle
  of a word it is removed (``staats\\u00adschuld`` is ``staatsschuld``), at a
  line end it becomes the hyphen it shows, so the line-joining rules undo it;
* the Latin ligatures U+FB00–U+FB06 (``ﬁ``, ``ﬂ``, ``ﬃ`` from a PDF's font)
  become their letters, so ``ontheﬃng`` is found as ``ontheffing``.

Both keep every word: the text accounting counts the same words before and
after.
"""

from __future__ import annotations

import re

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
_ANY = re.compile("[\u00ad\ufb00-\ufb06]")
_SHY_AT_BREAK = re.compile("\u00ad[ \t]*\n")


def untypeset(text: str) -> str:
    """``text`` without soft hyphens and ligature characters (see the module docstring)."""
    if not _ANY.search(text):
        return text
    text = _SHY_AT_BREAK.sub("-\n", text).replace("\u00ad", "")
    for lig, letters in _LIGATURES.items():
        text = text.replace(lig, letters)
    return text
