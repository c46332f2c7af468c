"""Join hard-wrapped lines into paragraphs, undoing end-of-line hyphenation.

Typeset Dutch text breaks words at line ends (``financi-`` / ``ële``) but
also wraps lines right after a real hyphen (``defensie-`` / ``uitgaven``,
``Staten-`` / ``Generaal``). :func:`join_hyphenated` decides which one it is:

* the next word starts with a capital or a digit, or the first part ends in
  a capital or digit (``ICT-`` / ``project``): a real hyphen;
* the next word is ``en``/``of``/``tot`` (``land- en tuinbouw``): a
  suspended compound, kept with its space;
* the document itself spells the word elsewhere with or without the hyphen
  (``vocabulary``): follow the document;
* the two vowels that meet would read as one sound (``e`` + ``u`` in
  ``defensie-uitgaven``, ``o`` + ``o`` in ``auto-ongeluk``): Dutch spelling
  requires a hyphen there, so it is real (except ``-ieel`` adjectives such as
  ``materi-eel``);
* otherwise the hyphen was inserted by the typesetter and is removed.

A hyphen that opens the next line (``compliance`` / ``-functie``) belongs to
a compound and is joined without a space.

Both the PDF reader and the grammars use these helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_VOWELS = "aeiouy"
#: Vowel pairs that Dutch reads as one sound; a compound boundary between them
#: is spelled with a hyphen.
_DIGRAPHS = {
    "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo",
    "ou", "ui", "uu", "ij",
}
_SUSPENDED = {"en", "of", "tot", "noch", "dan"}
_WORD_TAIL = re.compile(r"([\w'’]+)-$")
_WORD_HEAD = re.compile(r"^([\w'’]+)")
_URL = re.compile(r"^(?:\(?https?://|\(?www\.)|^\(?[\w.-]+\.(?:nl|com|org|eu|int|gov)/", re.I)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")


def vocabulary(text: str) -> set[str]:
    """Lower-cased words of ``text``, with and without their hyphens.

    Used to decide line-end hyphens from the document's own spelling.
    """
    words = {w.casefold() for w in _WORDS.findall(text)}
    return words


def join_hyphenated(left: str, right: str, vocab: Iterable[str] | None = None) -> str:
    """Join two wrapped lines; ``left`` may end in a hyphen.

    >>> join_hyphenated("financi-", "ële kaders")
    'financiële kaders'
    >>> join_hyphenated("het aandeel van defensie-", "uitgaven dat")
    'het aandeel van defensie-uitgaven dat'
    >>> join_hyphenated("Staten-", "Generaal")
    'Staten-Generaal'
    >>> join_hyphenated("een compliance", "-functie")
    'een compliance-functie'
    """
    left = left.rstrip()
    right = right.lstrip()
    if not left:
        return right
    if not right:
        return left
    if right[0] == "-" and len(right) > 1 and right[1].isalpha() and left[-1].isalpha():
        # the hyphen of a compound opened the next line: ``compliance`` / ``-functie``
        return left + right
    last = left.rsplit(None, 1)[-1]
    if _URL.search(last):
        # URLs wrap anywhere: never drop or add characters inside one
        return left + right if last.endswith(("-", "/", "_", ".", "=", "?", "&")) else f"{left} {right}"
    if not left.endswith("-") or len(left) < 2 or not left[-2].isalpha():
        return f"{left} {right}"
    tail_m = _WORD_TAIL.search(left)
    head_m = _WORD_HEAD.match(right)
    if not tail_m or not head_m:
        return f"{left} {right}"
    a, b = tail_m[1], head_m[1]
    if b.casefold() in _SUSPENDED and right[len(b):len(b) + 1] in (" ", ""):
        return f"{left} {right}"
    if keep_hyphen(a, b, vocab):
        return left + right
    return left[:-1] + right


def keep_hyphen(a: str, b: str, vocab: Iterable[str] | None = None) -> bool:
    """Whether the hyphen in ``a-`` + ``b`` (wrapped at a line end) is real."""
    if b[0].isupper() or b[0].isdigit() or a[-1].isupper() or a[-1].isdigit():
        return True
    if vocab is not None:
        words = vocab if isinstance(vocab, (set, frozenset, dict)) else set(vocab)
        hyph = f"{a}-{b}".casefold()
        joined = f"{a}{b}".casefold()
        if hyph in words and joined not in words:
            return True
        if joined in words and hyph not in words:
            return False
    x, y = a[-1].casefold(), b[0].casefold()
    if x in _VOWELS and y in _VOWELS and x + y in _DIGRAPHS:
        if x == "i" and b.casefold().startswith("ee"):
            return False  # materi-eel, financi-eel: -ieel adjectives
        return True
    return False


def unwrap(lines: list[str], vocab: Iterable[str] | None = None) -> str:
    """Join hard-wrapped ``lines`` of one paragraph into one line of text."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        out = join_hyphenated(out, line, vocab) if out else line
    return out
