"""Case-insensitive patterns run as case-sensitive ones on the folded text.

A case-insensitive search costs the engine far more than a case-sensitive
one: it lowers every character it compares and cannot skip ahead to a
literal. :class:`Folded` keeps a pattern compiled both ways and searches
``fold(text)`` with the case-sensitive copy, then takes the real match from
the original pattern at the position found, so callers get the very match
(groups, text, offsets) that ``pattern.search(text)`` gives.

Why the two agree: ``fold`` lowers each character on its own (the simple
lower-case mapping Python's engine uses for a case-insensitive comparison,
and ``ı``→``i``, ``ſ``→``s``, the characters the engine also takes for
``i`` and ``s``) and keeps letters letters and spaces spaces, so ``\\w``,
``\\s`` and ``\\b`` see the same classes. Only a pattern without capitals
in its character classes, without inline flags and with Latin letters
only is run folded (its other capitals lowered). ``İ`` folds to ``i``, as
the engine reads it; a text whose folding changes its length (a combining
dot of its own, which the folding drops) is searched with the original
pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["Folded", "fold", "fold_lower"]

#: Characters a case-insensitive pattern matches to an ASCII letter that
#: ``str.lower`` does not give as that letter (``ı``, ``ſ``; ``İ`` lowers to
#: ``i`` and a combining dot).
_FOLD = {0x131: "i", 0x17F: "s", 0x307: None}


def fold(text: str) -> str:
    """``text`` in lower case for keyword pre-filters: a case-insensitive
    pattern that matches ``text`` matches letters whose folds are the
    keyword's, so a keyword missing from ``fold(text)`` is missing for the
    pattern too."""
    return fold_lower(text.lower())


def fold_lower(low: str) -> str:
    """:func:`fold` of a text given as ``text.lower()``."""
    if low.isascii() or ("ı" not in low and "ſ" not in low and "\u0307" not in low):
        return low
    return low.translate(_FOLD)


def _folded_source(rx: re.Pattern[str]) -> str | None:
    """The source of ``rx`` for the folded text, or None when it may not
    give the same matches there (see the module docstring): capitals become
    small letters outside character classes (where a case-insensitive
    pattern reads them so); a capital inside a class, an inline flag, a
    named or numbered character or a non-Latin letter keeps the original."""
    src = rx.pattern
    if not rx.flags & re.IGNORECASE:
        return None
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            nxt = src[i + 1:i + 2]
            if nxt in ("N", "x", "u", "U") or nxt.isdigit():
                return None  # named or numbered characters, back references
            out.append(src[i:i + 2])
            i += 2
            continue
        if ch == "(" and src[i + 1:i + 2] == "?" and src[i + 2:i + 3] not in (":", "=", "!", "<", "P"):
            return None  # inline flags, comments, conditionals
        if src.startswith("(?P", i):
            out.append("(?P")  # a named group (its name lowered, as where it is used)
            i += 3
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            i += 1
            if src[i:i + 1] == "^":
                out.append("^")
                i += 1
            if src[i:i + 1] == "]":
                out.append("]")  # a ``]`` first in a class is itself
                i += 1
            continue
        if ch == "]" and in_class:
            in_class = False
        elif ord(ch) >= 0x250 and (ch.isalpha() or ch != ch.lower()) or ch in "ıſ" \
                or ch != ch.lower() and (in_class or len(ch.lower()) != 1):
            return None
        out.append(ch.lower())
        i += 1
    return "".join(out)


class Folded:
    """A case-insensitive pattern searched on folded text (module docstring)."""

    __slots__ = ("rx", "low_rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        src = _folded_source(rx)
        try:
            self.low_rx = None if src is None else re.compile(src, rx.flags & ~re.IGNORECASE)
        except re.error:  # group names that differ only in case
            self.low_rx = None

    def search(self, text: str, low: str) -> re.Match[str] | None:
        """``rx.search(text)``; ``low`` is ``fold(text)``."""
        if self.low_rx is None or len(low) != len(text):
            return self.rx.search(text)
        m = self.low_rx.search(low)
        if m is None:
            return None
        # (never None by the argument above; the plain search if it were)
        return self.rx.match(text, m.start()) or self.rx.search(text)

    def finditer(self, text: str, low: str) -> Iterable[re.Match[str]]:
        """``rx.finditer(text)`` (as a list when folded); ``low`` is ``fold(text)``."""
        if self.low_rx is None or len(low) != len(text):
            return self.rx.finditer(text)
        match = self.rx.match
        out = [match(text, m.start()) for m in self.low_rx.finditer(low)]
        return out if all(out) else list(self.rx.finditer(text))
