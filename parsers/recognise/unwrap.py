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
    # finditer, not findall: the list of every word of a long document would
    # cost many times the text's size in memory at once
    return {m[0].casefold() for m in _WORDS.finditer(text)}


#: How much of the left text :func:`join_hyphenated` looks at: the decision
#: depends only on the last word, so joining costs the same however long the
#: paragraph already is (a word longer than this is only ever a URL).
_WINDOW = 1024


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

    To build a long paragraph line by line use :class:`Joiner`: this function
    copies ``left`` on every call.
    """
    left = left.rstrip()
    right = right.lstrip()
    if not left:
        return right
    if not right:
        return left
    drop, sep = _joint(left[-_WINDOW:], right, vocab)
    return (left[:-drop] if drop else left) + sep + right


def _joint(left: str, right: str, vocab: Iterable[str] | None) -> tuple[int, str]:
    """How ``right`` joins onto ``left`` (both stripped, non-empty): the number
    of characters to drop from the end of ``left`` (the typesetter's hyphen)
    and the separator to put between them."""
    if right[0] == "-" and len(right) > 1 and right[1].isalpha() and left[-1].isalpha():
        # the hyphen of a compound opened the next line: ``compliance`` / ``-functie``
        return 0, ""
    last = left.rsplit(None, 1)[-1]
    if _URL.search(last):
        # URLs wrap anywhere: never drop or add characters inside one
        return 0, "" if last.endswith(("-", "/", "_", ".", "=", "?", "&")) else " "
    if not left.endswith("-") or len(left) < 2 or not left[-2].isalpha():
        return 0, " "
    tail_m = _WORD_TAIL.search(last)
    head_m = _WORD_HEAD.match(right)
    if not tail_m or not head_m:
        return 0, " "
    a, b = tail_m[1], head_m[1]
    if b.casefold() in _SUSPENDED and right[len(b):len(b) + 1] in (" ", ""):
        return 0, " "
    if keep_hyphen(a, b, vocab):
        return 0, ""
    return 1, ""


class Joiner:
    """A paragraph built from wrapped lines in time linear in its length.

    ``join(line)`` adds a line the way :func:`join_hyphenated` would
    (de-hyphenated, or with a space); ``newline(line)`` keeps the line break;
    ``str(joiner)`` is the paragraph. Only the last :data:`_WINDOW`
    characters are ever looked at or copied.
    """

    def __init__(self, text: str = "", vocab: Iterable[str] | None = None) -> None:
        self._done: list[str] = []
        self._tail = text
        self._vocab = vocab

    def __bool__(self) -> bool:
        return bool(self._tail or self._done)

    def __str__(self) -> str:
        if self._done:
            self._tail = "".join([*self._done, self._tail])
            self._done = []
        return self._tail

    def _settle(self) -> None:
        if len(self._tail) > 4 * _WINDOW:
            self._done.append(self._tail[:-_WINDOW])
            self._tail = self._tail[-_WINDOW:]

    def tail(self) -> str:
        """The end of the paragraph so far (at least the last :data:`_WINDOW`
        characters): enough to decide how the next line joins."""
        return self._tail if len(self._tail) >= _WINDOW or not self._done else str(self)[-_WINDOW:]

    def join(self, text: str) -> None:
        """Add a wrapped line (see :func:`join_hyphenated`)."""
        if self._done and not self._tail.strip():
            str(self)  # only blank text in the window: look at all of it
        self._tail = join_hyphenated(self._tail, text, self._vocab)
        self._settle()

    def append(self, text: str) -> None:
        """Add ``text`` right after the paragraph, with nothing between."""
        self._tail += text
        self._settle()

    def newline(self, text: str) -> None:
        """Add a line after a line break."""
        self._tail += "\n" + text
        self._settle()


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
    out = Joiner(vocab=vocab)
    for line in lines:
        line = line.strip()
        if line:
            out.join(line)
    return str(out)
