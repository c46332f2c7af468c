"""Splits inside one paragraph of text without line structure: where a
question ends and its answer starts, where a faction paragraph changes voice,
and the part labels of a question."""

from __future__ import annotations

import re

from .flat_scan import Bound
from .flat_sentences import ends_sentence, sentences

_PART = re.compile(r"(?<![\w.*])(?:[-–•]\s*|\*\s+)?\(?(?P<p>[a-h])[.)](?=\s+\S)")
_ASKING = re.compile(
    r"^(?:(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Vervolgens|Bovendien|Graag|Ten\s+slotte|Tenslotte|Daarbij"
    r"|Wel|Nog)\s+(?:\w+\s+){0,2}?)?(?:de\s+|deze\s+|die\s+)?(?:leden|fractieleden|fractie|zij)\b"
    r"|\b(?:vragen|vraagt|verzoeken|willen|wensen)\s+(?:de\s+|deze\s+)?(?:leden|fractieleden)\b",
    re.I,
)
_OPENER = re.compile(
    r"^(?:(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Vervolgens|Bovendien|Ten\s+slotte|Tenslotte)"
    r"\s+(?:vragen|willen|verzoeken|wensen)\s+)?(?:deze\s+leden|zij\s+(?:vragen|willen|verzoeken))\b"
    r"|^(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Vervolgens)\s+(?:vragen|willen|verzoeken)\s+deze\s+leden\b",
    re.I,
)
#: A sentence in the members' voice (``Naar mening van de leden van de
#: SP-fractie …``), not the government's.
_MEMBERS = re.compile(
    r"(?!(?:De\s+regering|Het\s+kabinet|Ik|Wij|We|De\s+[Mm]inister|De\s+[Ss]taatssecretaris)\b)"
    r"(?:\S+\s+){0,5}?(?:de|deze|De|Deze)\s+(?:leden|fractieleden)\b"
)
_VOICE_START = re.compile(
    r"\s*(?:\d{1,4}[.)]?\s+)?(?:\*\*)?(?:De\s+(?:leden|fractieleden)\s+van\s+de|Deze\s+(?:leden|fractieleden)|Het\s+lid\s+van\s+de"
    r"|(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Ten\s+slotte|Vervolgens|Tenslotte)\s+(?:vragen|willen|verzoeken)"
    r"\s+(?:de|deze)\s+(?:leden|fractieleden))\b")
_BOLD_CLOSE = re.compile(r"(?<=\S)\*\*(?=\s|$)")
_NEXT_QUESTION = re.compile(
    r"(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Vervolgens|Ten\s+slotte|Tenslotte)\s+"
    r"(?:vragen|willen|verzoeken)\s+(?:deze|de)\s+leden\b"
)


def split_question(text: str, breaks: list[int] | tuple[int, ...] = ()) -> int | None:
    """Where the answer starts in a question paragraph without an answer
    label: after its first run of sentences that end in ``?`` (sentences in
    the members' voice right after it still belong to the question; in
    markdown the bold question ends at its closing ``**``). ``-1`` when
    nothing follows the question; None when no such run is found.

    ``breaks`` are the positions where page furniture was cut out: a ``?``
    right before one ends its sentence even when OCR dirt in lower case
    follows the page break (``tijdpad)? 5/22 … n& 2) De minister …``)."""
    ends = [(m.end(), "?" in m[0]) for m in sentences(text)]
    for b in breaks:
        j = b - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] == "?" and all(e != j + 1 for e, _ in ends):
            ends.append((j + 1, True))
    ends.sort()
    q = None
    prev = 0
    for end, asks in ends:
        if asks:
            q = end
        elif q is not None:
            if not _MEMBERS.match(text[prev:end].strip()):
                break
            q = end
        prev = end
    if q is None:
        return None
    first = text.find("?")
    close = _BOLD_CLOSE.search(text, first)
    if close and close.end() > q and text[close.end():].strip():
        q = close.end()
    return q if text[q:].strip() else -1


def split_voice(text: str) -> int | None:
    """Where the answer starts in a question paragraph without ``?`` that
    opens in the members' voice (``De leden … vragen hoeveel …``, ``Het lid
    … vraagt of …``): at the first sentence in another voice. ``-1`` when
    the whole paragraph is the members'; None when it does not open so."""
    if not _VOICE_START.match(text):
        return None
    start = 0
    for m in sentences(text):
        sentence = text[start:m.end()].strip()
        if start and sentence and not (sentence.endswith("?") or _ASKING.search(sentence[:200])
                                       or _VOICE_START.match(sentence)):
            while start < len(text) and text[start].isspace():
                start += 1
            return start
        start = m.end()
    return -1


def split_faction(text: str) -> list[int]:
    """Offsets where a faction paragraph changes voice: from the members'
    question to the answer, and back at ``Deze leden`` / ``Zij vragen``."""
    out: list[int] = []
    asking = True
    start = 0
    ends = [m.end() for m in sentences(text)]
    for end in ends:
        sentence = text[start:end].strip()
        if not sentence:
            start = end
            continue
        if asking:
            if _NEXT_QUESTION.match(sentence):
                out.append(start)  # ``Voorts vragen deze leden …``: the next question
            elif not (sentence.endswith("?") or re.search(r"\?\W{0,3}$", sentence) or _ASKING.search(sentence[:200])):
                out.append(start)
                asking = False
        elif _OPENER.match(sentence) or _NEXT_QUESTION.match(sentence):
            out.append(start)
            asking = True
        start = end
    return [o for o in out if text[:o].strip() and text[o:].strip()]


def parts(text: str) -> list[str]:
    """A question's text as lines, a new line at each part label ``a.``,
    ``b)`` … (in order, after ``:``, ``;``, ``?`` or ``,``)."""
    lines: list[str] = []
    last = 0
    want = "a"
    for m in _PART.finditer(text):
        if m["p"] != want:
            continue
        before = text[last:m.start()].rstrip()
        if before and not ends_sentence(before, len(before) - 1) and before[-1:] != ",":
            continue
        if before.strip():
            lines.append(before.strip())
        last = m.start()
        want = chr(ord(want) + 1)
    lines.append(text[last:].strip())
    return [ln for ln in lines if ln]


def no_question_mark(s: str, a: int, z: int, b: Bound, warnings: list[str]) -> int | None:
    """A question paragraph with no run of ``?`` sentences: the answer start
    is guessed only at a wide gap of spaces (where a line break was), and
    either way reported."""
    num = ", ".join(map(str, b.nums)) or "?"
    where = f"question {num} (text without line structure)"
    if "?" in s[a:z]:
        warnings.append(f"{where}: no sentence starts after its question mark; "
                        "its answer could not be told apart and stays in the question")
        return None
    gap = _wide_gap(s, a, z)
    if gap is None:
        warnings.append(f"{where} has no question mark; its answer could not be told apart and stays in the question")
        return None
    warnings.append(f"{where} has no question mark; its answer is taken to start at a wide gap: "
                    f"{' '.join(s[gap:gap + 40].split())!r}")
    return gap - a


def _wide_gap(s: str, a: int, z: int) -> int | None:
    """The first gap of three or more spaces after a sentence end in
    ``s[a:z]``: converters leave those where a line break was."""
    for m in re.finditer(r"\s{3,}(?=\S)", s[a:z]):
        if ends_sentence(s, a + m.start() - 1) and s[a:a + m.start()].strip():
            return a + m.end()
    return None
