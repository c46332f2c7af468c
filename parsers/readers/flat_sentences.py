"""Sentences in text without line structure: where one ends, and the
text with its furniture cut out, mapped back to the original lines."""

from __future__ import annotations

import bisect
import re

from .flat_furniture import Cut

_ABBREV = {
    "nr", "nrs", "blz", "p", "pp", "pag", "art", "artt", "jo", "vgl", "bijv", "ca", "resp", "mln", "mld", "mrd",
    "dhr", "mevr", "drs", "dr", "mr", "ir", "ing", "prof", "ds", "st", "zgn", "incl", "excl", "par", "hfdst",
    "hst", "bijl", "tel", "fig", "tab", "no", "stb", "stcrt", "sub", "lid", "jl", "a.s", "o.a", "t.a.v", "i.v.m",
    "m.b.t", "d.d", "e.a", "c.s", "n.a.v", "t.z.t", "z.s.m", "m.i.v", "i.p.v", "e.d", "o.m", "d.w.z", "bv",
}
#: Footnote references printed as separate tokens: ``bedoeld? 1) 2)``.
_TRAILING_REFS = re.compile(r"(?:\s+(?:\d{1,2}\)|\[\d{1,2}\]|\(\d{1,2}\)))+$")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
#: ``A`` / ``A.B`` / ``o.a``: an initial or an abbreviation with inner dots.
_INITIALS = re.compile(r"[^\W\d_]|(?:[^\W\d_]\.)+[^\W\d_]")
_CLOSERS = "*”\"’'»)]"
SENTENCE = re.compile(r"[.?!](?:[*”\"’'»)\]]|\d{1,2}(?=\s))*(?=\s+(?![a-zà-ÿ])\S|\s*$)")


class FlatText:
    """The text with furniture cut out, mapped back to original lines."""

    def __init__(self, text: str, cuts: list[Cut]) -> None:
        pieces: list[str] = []
        self.offsets: list[tuple[int, int]] = []  # (clean start, original start)
        self.cut_at: list[int] = []  # clean positions where something was cut
        pos = 0
        clean = 0
        for c in cuts:
            if c.start > pos:
                self.offsets.append((clean, pos))
                pieces.append(text[pos:c.start])
                clean += c.start - pos
            filler = "\n" if "\n" in text[c.start:c.end] else " "
            pieces.append(filler)
            self.cut_at.append(clean)
            clean += 1
            pos = c.end
        self.offsets.append((clean, pos))
        pieces.append(text[pos:])
        self.s = "".join(pieces)
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self._breaks: dict[int, bool] = {}
        self._starts = [a for a, _ in self.offsets]

    def line_of(self, clean_pos: int) -> int:
        i = max(0, bisect.bisect_right(self._starts, clean_pos) - 1)
        a, b = self.offsets[i]
        orig = b + max(0, clean_pos - a)
        return bisect.bisect_right(self.newlines, orig - 1) + 1 if orig else 1

    def after_break(self, pos: int) -> bool:
        """Does a sentence (or the text, a line, a page) end right before ``pos``?"""
        known = self._breaks.get(pos)
        if known is None:
            known = self._breaks[pos] = self._after_break(pos)
        return known

    def _after_break(self, pos: int) -> bool:
        s = self.s
        j = pos - 1
        while j >= 0 and s[j].isspace() and s[j] != "\n":
            j -= 1
        if j < 0 or s[j] == "\n":
            return True
        k = bisect.bisect_right(self.cut_at, pos) - 1
        if k >= 0 and self.cut_at[k] >= j:
            return True  # furniture was cut out here: a page break
        return ends_sentence(s, j)


def ends_sentence(s: str, j: int) -> bool:
    """Is the character at ``j`` (after closers and a glued footnote
    reference) a sentence end: ``?``, ``!``, ``:``, ``;`` or a full stop
    that does not end an abbreviation or an initial?"""
    # the references end in ``)`` or ``]``, at ``j`` or before a last line break
    e = min(j, len(s) - 1)
    c = s[e] if e >= 0 else ""
    refs = (_TRAILING_REFS.search(s, max(0, j - 40), j + 1)
            if c and (c in ")]" or c == "\n" and e > 0 and s[e - 1] in ")]") else None)
    k = refs.start() - 1 if refs else j
    while k >= 0 and s[k].isspace():
        k -= 1
    while k >= 0 and s[k] in _CLOSERS:
        k -= 1
    d = k
    while d >= 0 and s[d].isdigit() and k - d < 2:
        d -= 1
    if d < k and d >= 0 and s[d] in "?!.»”" and (d == 0 or not s[d - 1].isdigit()):
        k = d  # ``»?1`` / ``bni.1``: a footnote reference glued to the end
        while k >= 0 and s[k] in _CLOSERS:
            k -= 1
    if k < 0:
        return True
    c = s[k]
    if c in "?!:;":
        return True
    if c != ".":
        return False
    m = _WORD_BEFORE.search(s[max(0, k - 24):k])
    word = (m[1] if m else "").lower()
    if word in _ABBREV or _INITIALS.fullmatch(word):
        return False
    return True


def sentences(text: str) -> list[re.Match[str]]:
    """Sentence ends in ``text`` (not after an abbreviation or initial)."""
    return [m for m in SENTENCE.finditer(text) if ends_sentence(text, m.start())]
