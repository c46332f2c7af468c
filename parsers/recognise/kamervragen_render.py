"""Lines of a Kamervragen group back to clean paragraphs.

Readers hand over text as lines that a page or a converter wrapped. A line
break is kept only where the document meant one:

* between paragraphs (blocks), unless the paragraph plainly goes on in the
  next block (it ends in a comma or a word such as ``de`` that cannot end
  a sentence, or the next block starts in lower case): a page break or a
  Word line break inside a sentence;
* before a list item (``- …``, ``a. …``, ``2) …``, ``(iv) …``), but not
  before a reference number that only looks like one (``nr.`` / ``489)``);
* after a short line that ends a sentence (not after an abbreviation such
  as ``nr.`` or ``o.a.``, nor after the ``://`` of a wrapped URL).

Everything else is joined with :func:`join_hyphenated`, which also rejoins
a compound whose hyphen opened the next line (``compliance`` / ``-functie``).
Text from converters that drop line breaks but keep the hyphen
(``beant-woording``) is de-hyphenated where the document spells the word
without it elsewhere.
"""

from __future__ import annotations

import re

from .kamervragen_clean import Ln
from .unwrap import Joiner, join_hyphenated

_ITEM = re.compile(r"^\s*(?:[-–•*▪·]\s+|[a-z][.)]\s+|\d{1,2}[.)]\s+|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+)")
#: Words after which a sentence cannot end: a break after them is a wrap.
_GOES_ON = {
    "de", "het", "een", "van", "voor", "en", "of", "in", "op", "te", "met", "door", "aan", "om",
    "bij", "naar", "dat", "die", "als", "uit", "over", "tot", "onder", "tussen", "zoals", "waarin",
    "waarbij", "maar", "ook", "nog", "is", "zijn", "wordt", "worden", "heeft", "hebben", "kan",
    "kunnen", "u", "uw", "ik", "mijn", "deze", "dit", "er", "niet", "the", "of", "and",
}
_ABBREV = re.compile(
    r"(?:\b(?:nrs?|nr|art|blz|pag|p|jl|bijv|ca|incl|excl|resp|zgn|dhr|mevr|mw|mr|dr|drs|prof|ir|ing|"
    r"St|Stb|Stcrt|vgl|evt|etc|e\.a|o\.a|m\.b\.t|t\.a\.v|i\.v\.m|m\.n|d\.w\.z|z\.g|a\.s|o\.m|e\.d|c\.s)\.)$"
)
_REF_END = re.compile(r"\b(?:nrs?\.?|nummers?|art\.|artikel|lid|blz\.|pagina|p\.|Stb\.|Stcrt\.|Kamerstuk(?:ken)?)$", re.I)
_SENTENCE_END = re.compile(r"[.?!:;]\W*$")
_INLINE_HYPHEN = re.compile(r"(?<![\w-])([^\W\d_]{2,})-([^\W\d_]{2,})(?![\w-])")


def render(lines: list[Ln], vocab: set[str] | None = None, inline_hyphens: bool = False) -> str:
    """``lines`` as text: paragraphs separated by a blank line, list items
    and short sentence-ending lines on lines of their own, wraps joined."""
    paras: list[str] = []
    cur = Joiner("", vocab)  # linear however many lines a paragraph has
    prev: Ln | None = None
    full = max((len(ln.text.strip()) for ln in lines), default=0)
    for ln in lines:
        text = ln.text.strip()
        if inline_hyphens and vocab:
            text = _INLINE_HYPHEN.sub(lambda m: _inline(m, vocab), text)
        if prev is None:
            cur = Joiner(text, vocab)
        elif ln.block != prev.block:
            if cur and goes_on(cur.tail(), text):
                cur.join(text)
            else:
                if cur:
                    paras.append(str(cur))
                cur = Joiner(text, vocab)
        elif is_item(text, cur.tail()) or (_ends_sentence(prev.text) and len(prev.text.strip()) < 0.75 * full
                                           and not text[:1].islower()):
            cur.newline(text)
        else:
            cur.join(text)
        prev = ln
    if cur:
        paras.append(str(cur))
    return "\n\n".join(p for p in paras if p.strip())


def is_item(text: str, before: str) -> bool:
    """``text`` opens a list item (and is not a number that ``before`` refers to)."""
    if not _ITEM.match(text):
        return False
    return not (text[:1].isdigit() and _REF_END.search(before.rstrip()))


def goes_on(before: str, text: str) -> bool:
    """A paragraph ``before`` that is continued by the next block ``text``."""
    before = before.rstrip()
    if not before or not text or _ITEM.match(text) or _SENTENCE_END.search(before) and not _ABBREV.search(before):
        return False
    if re.match(r"^(?:Geachte|Hooggeachte|Beste)\b[^.]{0,60},$", before):
        return False  # a salutation stands on its own
    if before.endswith(",") and len(text) < 40 and text[0].isupper():
        return False  # a signature or an address: ``De minister van …,`` / ``P.H.M. Adema``
    if before.endswith((",", "-")) or text[0].islower() or _REF_END.search(before):
        return True
    last = re.findall(r"[^\W\d_]+$", before)
    return bool(last) and last[0] in _GOES_ON


def _ends_sentence(text: str) -> bool:
    text = text.rstrip()
    if not _SENTENCE_END.search(text) or text.endswith("://") or _ABBREV.search(text):
        return False
    return not _REF_END.search(text)


def _inline(m: re.Match[str], vocab: set[str]) -> str:
    """``beant-woording`` -> ``beantwoording`` when the document spells it so."""
    a, b = m[1], m[2]
    if a[-1].islower() and b[0].islower() and (a + b).casefold() in vocab:
        return a + b
    return m[0]
