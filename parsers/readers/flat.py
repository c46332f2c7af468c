"""Paragraphs back from text that has no usable line structure.

Converters and OCR sometimes put a whole document on one line (or a few very
long ones). The grammars read paragraphs and label lines, so such text is
re-segmented on *tokens* first (:func:`segment`):

* furniture and footnotes are taken out (``flat_furniture``), with a reason;
* a paragraph starts at a question label (``Vraag N``, ``Vragen 3 tot en met
  6``, combined ``Vraag 3, 4 en 5``, a single unnumbered ``Vraag``), an answer
  label (``Antwoord N``, ``Antwoord:``, ``Antwoord op vraag N``, ``Reactie van
  de bewindspersoon``), a faction phrase (``De leden van de X-fractie``), a
  metadata line (``Vragen van het lid``, ``Antwoord van de minister``,
  ``Mededeling van``), a signature (``De minister van …,``), a run of capitals
  (``BRIEF VAN DE MINISTER …``) and a numbered item ``N.`` / ``N)`` / bare
  ``N`` that continues the expected sequence, stands after a sentence end
  and before a capital, and opens a question (a ``?`` follows) or a section
  heading (a short title before the next marker); in running text such a
  number counts when the number after it opens a paragraph after a sentence
  end (``02011 1 Kent u …? Ja. 2 Hoeveel …``), and a margin number counts
  before the members' voice (``1 De leden van de VVD-fractie vragen hoeveel
  …``, ``9 Het lid van de BBB-fractie vraagt of …``: no ``?`` needed);
* ``Vraag l2`` / ``Vraag I`` (OCR read a digit as a letter) is a label where
  that number comes next; a label glued to digits (``15Vraag 4``) is one;
* a bare ``Antwoord`` after a run of sentences ending in ``?``, with no
  question open, answers that run as an unnumbered question;
* after an ``Antwoord van de minister …`` cover line that follows numbered
  questions, the answers repeat the bare numbers ``1 Ja. 2 …`` (the older
  Aanhangsel): each opens a paragraph, the number on its own line;
* numbers that break the sequence (``Tabel 1``, ``2/16``, ``vragen1``,
  amounts, list items inside answers) are left in the text;
* a question without an answer label runs from its label to the end of its
  first run of sentences that end in ``?``; the answer follows. A question
  without ``?`` in the members' voice ends at the first sentence in another
  voice. Any other question with no ``?`` is reported (its answer start is
  then only guessed at a wide gap of spaces, where a line break was, and the
  guess is reported);
* in a faction paragraph the question runs through the sentences about the
  members (``De leden …``, ``Deze leden …``, ``Zij vragen …``, ``…?``); the
  answer starts at the first sentence in another voice;
* part labels ``a.`` ``b)`` inside a question start a new line;
* with none of these, an answer list whose questions have no number or label
  (``flat_unnumbered``): its title, then each run of sentences ending in
  ``?`` a question and the text after it the answer, or topic headings
  (``Reactie … bij mondelinge vragen van … over …``) each over its answer.

Labels are emitted on a line of their own, as the line-structured layouts
print them, so every grammar reads the result as it reads ordinary text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .flat_furniture import find_cuts
from .flat_scan import Bound, Scanner
from .flat_sentences import FlatText
from .flat_split import no_question_mark, parts, split_faction, split_question, split_voice
from .flat_unnumbered import unnumbered

#: A signature's role, up to its comma (the names between the roles are lines of their own).
_ROLE = re.compile(r"(\b(?:De\s+(?:[Mm]inister|[Ss]taatssecretaris|[Vv]oorzitter|(?:adjunct-)?[Gg]riffier)\s+(?:van|voor)\b"
                   r"(?:\s+[\w’'-]+){0,8}?,|Hoogachtend\b,?))")

#: A line at least this long with several structure tokens has no usable
#: line structure; so has any line of :data:`VERY_LONG` characters.
LONG = 400
VERY_LONG = 2000

#: Structure tokens, as literals (counted with ``str.count``: fast on long lines) ...
_TOKEN_WORDS = ("Vraag ", "Antwoord", "Vragen van ", "Mededeling van ", "Reactie van de ", "De leden van de ")
#: ... and as patterns: a number after a sentence end before a capital, a page number.
_NUMBER_TOKEN = re.compile(r"[.?!:]\*{0,2}\s+(?:[-–•]\s+)?\d{1,4}[.)]?\s+[A-Z]")
_PAGE_TOKEN = re.compile(r"(?<![\w/])\d{1,3}/\d{1,3}(?![\w/])")
#: Bounds that open a question or an answer: without any, the text may be an
#: answer list whose questions have no number (``flat_unnumbered``).
_QUESTION_KINDS = frozenset({"vraag", "vraagx", "vraag0", "number", "antw", "anum", "faction", "reactie", "table"})


@dataclass
class Flat:
    """The re-segmented text: paragraphs (lines joined by ``\\n``) with the
    line of the original they start on, and what was taken out."""

    paragraphs: list[tuple[str, int]]
    #: Indexes of paragraphs that start an answer found by the question-mark
    #: rule (no label marks it): the grammars take them as answers.
    answers: set[int] = field(default_factory=set)
    dropped: list[tuple[str, int | None, str]] = field(default_factory=list)
    footnotes: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def is_flat(text: str) -> bool:
    """``text`` has no usable line structure: it is one to three lines, one
    of :data:`LONG` characters or with two structure tokens, or most of it
    stands on lines of
    :data:`VERY_LONG` characters, or of :data:`LONG` with two or more
    structure tokens (labels, numbered questions, faction phrases, page
    numbers)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    total = sum(len(ln.strip()) for ln in lines)
    if total == 0:
        return False
    if len(lines) <= 3 and any(len(ln) >= LONG or _count_tokens(ln) >= 2 for ln in lines):
        return True
    long = [ln for ln in lines if len(ln.strip()) >= LONG]
    left = sum(len(ln.strip()) for ln in long)
    if left <= 0.5 * total:
        return False  # most of the text stands on lines of paragraph length
    flat = 0
    for line in long:
        n = len(line.strip())
        left -= n
        if n >= VERY_LONG or _count_tokens(line) >= 2:
            flat += n
            if flat > 0.5 * total:
                return True
        elif flat + left <= 0.5 * total:
            return False
    return False


def _count_tokens(line: str) -> int:
    """Structure tokens on ``line``, counted up to two."""
    count = 0
    for word in _TOKEN_WORDS:
        count += line.count(word)
        if count >= 2:
            return 2
    for pat in (_NUMBER_TOKEN, _PAGE_TOKEN):
        if pat is _PAGE_TOKEN and "/" not in line:
            continue
        for _ in pat.finditer(line):
            count += 1
            if count >= 2:
                return 2
    return count


def segment(text: str) -> Flat:
    """Paragraphs of ``text`` (see the module docstring)."""
    cuts = find_cuts(text)
    t = FlatText(text, cuts)
    out = Flat(paragraphs=[])
    notes: dict[str, list[tuple[str, int]]] = {}
    for c in cuts:
        piece = " ".join(text[c.start:c.end].split())
        line = bisect.bisect_right(t.newlines, c.start - 1) + 1
        if c.note:
            notes.setdefault(c.note, []).append((piece, line))
        else:
            out.dropped.append((piece, line, c.reason))
    for num, pieces in notes.items():
        body = re.sub(rf"^(?:{num}\)|\[{num}\]|{num})\s*", "", " ".join(p for p, _ in pieces)).strip()
        if num in out.footnotes or not body:
            out.dropped.append((" ".join(p for p, _ in pieces), pieces[0][1], f"footnote {num} (page bottom)"))
        else:
            out.footnotes[num] = body
    seg = Scanner(t)
    bounds = seg.run()
    s = t.s
    if not any(b.kind in _QUESTION_KINDS for b in bounds):
        bare = unnumbered(t)
        if bare:  # an answer list whose questions have no number or label
            marks = [(0, "text"), *bare] if s[:bare[0][0]].strip() else bare
            for i, (a, kind) in enumerate(marks):
                z = marks[i + 1][0] if i + 1 < len(marks) else len(s)
                body = " ".join(s[a:z].split())
                if body:
                    if kind == "answer":
                        out.answers.add(len(out.paragraphs))
                    out.paragraphs.append((body, t.line_of(a)))
            out.warnings.extend(seg.warnings)
            return out
    spans: list[tuple[int, int, Bound | None]] = []
    first = bounds[0].pos if bounds else len(s)
    if s[:first].strip():
        spans.append((0, first, None))
    for i, b in enumerate(bounds):
        end = bounds[i + 1].pos if i + 1 < len(bounds) else len(s)
        if s[b.pos:end].strip():
            spans.append((b.pos, end, b))
    for i, (start, end, b) in enumerate(spans):
        nxt = spans[i + 1][2] if i + 1 < len(spans) else None
        labelled = nxt is not None and nxt.kind == "antw"
        _emit(out, t, start, end, b, labelled, seg)
    out.warnings.extend(seg.warnings)
    return out


def _emit(out: Flat, t: FlatText, start: int, end: int, b: Bound | None, labelled: bool, seg: Scanner) -> None:
    s = t.s
    kind = b.kind if b else "text"

    def put(a: int, z: int, lines: list[str] | None = None, answer: bool = False) -> None:
        if lines is None:
            body = " ".join(s[a:z].split())  # already one line of single spaces
            lines = [body] if body else []
        else:
            lines = [" ".join(x.split()) for x in lines if x.strip()]
        if lines:
            if answer:
                out.answers.add(len(out.paragraphs))
            out.paragraphs.append(("\n".join(lines), t.line_of(a)))

    if kind in ("vraag", "vraag0", "number", "antw"):
        assert b is not None
        head = " ".join(s[b.pos:b.end].split())
        rest_at = b.end
        if kind == "number" and re.search(r"[.)]$", head):
            head, rest_at = "", b.pos  # ``1. Kunt u …`` stays one line
        if kind in ("vraag", "vraag0", "number") and not labelled:
            cut = split_question(s[rest_at:end], [c - rest_at for c in t.cut_at if rest_at < c < end])
            if cut is None:
                cut = split_voice(s[rest_at:end])
            if cut is None:
                cut = no_question_mark(s, rest_at, end, b, seg.warnings)
            elif cut < 0:
                cut = None  # nothing after the question: no answer given here
            if cut is not None:
                q = s[rest_at:rest_at + cut]
                put(b.pos, rest_at + cut, ([head] if head else []) + parts(q))
                put(rest_at + cut, end, answer=True)
                return
        if kind == "antw":
            put(b.pos, b.end)  # an answer label is a paragraph of its own
            put(b.end, end)
            return
        put(b.pos, end, ([head] if head else []) + parts(s[rest_at:end]))
        return
    if kind == "anum":
        assert b is not None  # ``1`` on its line, the answer after it
        put(b.pos, end, [s[b.pos:b.end], s[b.end:end]])
        return
    if kind in ("upper", "heading"):
        assert b is not None
        put(start, b.end)
        put(b.end, end)
        return
    if kind == "sign" and b is not None and b.end > b.pos:
        # every ``De Minister van …,`` / ``De griffier van de commissie,`` on a line of its own, the name after it
        pieces = [x for x in _ROLE.split(s[start:end]) if x.strip()]
        put(start, end, pieces)
        return
    if kind == "faction" and not labelled:
        text = s[start:end]
        marks = [0, *split_faction(text), len(text)]
        for a, z in zip(marks, marks[1:]):
            put(start + a, start + z)
        return
    put(start, end)
