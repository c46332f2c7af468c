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
  heading (a short title before the next marker);
* numbers that break the sequence (``Tabel 1``, ``2/16``, ``vragen1``,
  amounts, list items inside answers) are left in the text;
* a question without an answer label runs from its label to the end of its
  first run of sentences that end in ``?``; the answer follows. A question
  with no ``?`` is reported (its answer start is then only guessed at a wide
  gap of spaces, where a line break was, and the guess is reported);
* in a faction paragraph the question runs through the sentences about the
  members (``De leden …``, ``Deze leden …``, ``Zij vragen …``, ``…?``); the
  answer starts at the first sentence in another voice;
* part labels ``a.`` ``b)`` inside a question start a new line.

Labels are emitted on a line of their own, as the line-structured layouts
print them, so every grammar reads the result as it reads ordinary text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .flat_furniture import Cut, find_cuts

#: A line at least this long with several structure tokens has no usable
#: line structure; so has any line of :data:`VERY_LONG` characters.
LONG = 400
VERY_LONG = 2000

_NUMS = r"\d{1,6}(?:\s*(?:,\s*|\s+en\s+|\s*&\s*|\s*t/m\s*|\s+tot\s+en\s+met\s+|\s*[-–—]\s*|\s+)\d{1,6}(?![\d/]))*"
_TOKENS = re.compile(
    r"\bVraag\s+\d|\bAntwoord(?:\s+op\s+vraag)?(?:\s*\d+|\s*:|\s+(?=[A-Z]))|\bVragen\s+van\s+(?:het|de)\s+l"
    r"|\bMededeling\s+van\b|\bReactie\s+van\s+de\b|\bDe\s+leden\s+van\s+de\b"
    r"|[.?!:]\*{0,2}\s+(?:[-–•]\s+)?\d{1,4}[.)]?\s+[A-Z]|(?<![\w/])\d{1,3}/\d{1,3}(?![\w/])"
)
_CAND = re.compile(
    # every candidate starts with a capital, a digit or a list marker: the
    # lookahead lets the engine skip all other positions quickly
    r"(?=[A-Z0-9*\-–•▪·])(?:"
    r"(?P<meta>\b(?:Vragen\s+van\s+(?:het\s+lid|de\s+leden)\b|Antwoord\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b"
    r"|Mededeling\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b))"
    r"|(?P<table>\bNr\.?\s+Vraag\s+Antwoord\b)"
    r"|(?P<year>\bVergaderjaar\s+\d{4}\s*[-–]\s*\d{4})"
    rf"|(?P<vraag>\bVra(?:ag|gen)(?:\s+nr\.?)?\s*(?P<vnums>{_NUMS})(?P<vpart>[a-h](?![\w]))?(?:\s*[.:])?)(?=\s|$)"
    r"|(?P<vraag0>\bVraag\s*[.:]?)(?=\s+(?:\*\*)?[A-Z“\"‘'«])"
    rf"|(?P<antw>\bAntwoord(?:\s+op\s+(?:de\s+)?vra(?:ag|gen)|\s+vra(?:ag|gen))?(?:\s*(?P<anums>{_NUMS}))?"
    r"\s*(?P<apart>[a-h](?![\w]))?\s*(?P<acolon>[.:])?)(?=\s|$)"
    r"|(?P<reactie>\bReactie\s+van\s+(?:de\s+|het\s+)?(?:bewindspersoon|minister|staatssecretaris|regering|kabinet)\s*:?)(?=\s|$)"
    r"|(?P<faction>\b(?:(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot)\s+(?:vragen\s+)?de|De)\s+(?:leden|fractieleden)\s+van\s+de\b"
    r"|\bVragen\s+en\s+opmerkingen\s+van\s+de\b)"
    r"|(?P<sign>\b(?:De\s+(?:[Mm]inister|[Ss]taatssecretaris|[Vv]oorzitter|(?:adjunct-)?[Gg]riffier)\s+(?:van|voor)\b"
    r"(?:\s+[\w’'-]+){0,8}?,(?=\s+(?:[A-Z]|De\s))|Hoogachtend\b))"
    r"|(?P<upper>(?:\*\*)?\b[A-Z][A-Z’'-]+(?![a-z])(?:\s+(?:[A-Z][A-Z’',-]*(?![a-z]))){3,}(?:\*\*)?)"
    r"|(?P<number>(?<![\w/.,€$(:-])(?:[-–•*▪·]\s+)?(?P<num>\d{1,6})(?P<punct>[.)])?)(?=\s+(?:\*\*)?[“\"‘'(«]?[A-Z])"
    r")"
)
#: Words after which a number is a reference, not a question number.
_REFERENCE_WORD = re.compile(
    r"\b(?:artikel|lid|nr|nummer|no|hoofdstuk|paragraaf|bijlage|tabel|figuur|stap|fase|punt|vraag|antwoord|pagina"
    r"|blz|week|versie|optie|scenario|variant|categorie|groep|niveau|motie|Kamerstuk|stuk)\.?\s*$",
    re.I,
)
_TITLE_WORD = re.compile(
    r"\b(?:NOTA|MEMORIE|VERSLAG|LIJST|BRIEF|VRAGEN|ANTWOORDEN?|MEDEDELING|INBRENG|REACTIE|BEANTWOORDING)\b")
#: The EK letter or TK number printed before a title: ``F **NOTA …``, ``Nr. 12 LIJST …``.
_TITLE_PREFIX = re.compile(r"(?<![\w.])(?:[A-Z]{1,3}|Nr\.\s*\d+)\s+(?:\*\*)?$")
_LIST_HEAD = re.compile(r"\b(?:onderstaande|volgende|navolgende)\s+vragen\b", re.I)
_PART = re.compile(r"(?<![\w.*])(?:[-–•]\s*|\*\s+)?\(?(?P<p>[a-h])[.)](?=\s+\S)")
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
_BOLD_CLOSE = re.compile(r"(?<=\S)\*\*(?=\s|$)")
_NEXT_QUESTION = re.compile(
    r"(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Vervolgens|Ten\s+slotte|Tenslotte)\s+"
    r"(?:vragen|willen|verzoeken)\s+(?:deze|de)\s+leden\b"
)
_SENTENCE = re.compile(r"[.?!](?:[*”\"’'»)\]]|\d{1,2}(?=\s))*(?=\s+(?![a-zà-ÿ])\S|\s*$)")


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
    flat = 0
    for line in lines:
        n = len(line.strip())
        if n >= VERY_LONG or (n >= LONG and _count_tokens(line) >= 2):
            flat += n
    return flat > 0.5 * total


def _count_tokens(line: str) -> int:
    count = 0
    for _ in _TOKENS.finditer(line):
        count += 1
        if count >= 2:
            break
    return count


@dataclass
class _Bound:
    pos: int
    kind: str
    end: int  # end of the label (== pos when there is none)
    label: str = ""
    nums: tuple[int, ...] = ()


class _Text:
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
    refs = _TRAILING_REFS.search(s, max(0, j - 40), j + 1)
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


def _nums(raw: str) -> tuple[int, ...] | None:
    """``3, 4 en 5`` -> (3, 4, 5); ``6 tot en met 8`` -> (6, 7, 8); a missing
    comma (``3 4``) only between consecutive numbers. None when the numbers
    do not continue (then the label is only its first number)."""
    out: list[int] = []
    sep = ""
    for m in re.finditer(r"(\d+)(\D*)", raw):
        n = int(m[1])
        if out:
            rng = bool(re.search(r"t/m|tot|[-–—]", sep))
            if n <= out[-1] or (not sep.strip() and n != out[-1] + 1):
                return None
            if rng and n <= out[-1] + 200:
                out.extend(range(out[-1] + 1, n + 1))
            else:
                out.append(n)
        else:
            out.append(n)
        sep = m[2]
    return tuple(out) if out else None


def _label_prefix(m: re.Match[str], group: str, nums_group: str) -> tuple[int, tuple[int, ...]] | None:
    """End offset and numbers of a label, cut back to its rising numbers."""
    raw = m[nums_group]
    nums = _nums(raw)
    if nums is not None:
        return m.end(group), nums
    first = re.match(r"\d+", raw)
    assert first is not None
    return m.start(nums_group) + first.end(), (int(first[0]),)


class _Segmenter:
    """One left-to-right pass over the candidates, keeping the question
    sequence (expected next number) and the heading sequence."""

    def __init__(self, t: _Text) -> None:
        self.t = t
        self.s = t.s
        self.bounds: list[_Bound] = []
        self.family: str | None = None
        self.expect = 1
        self.head_expect = 1
        self.restart_ok = False
        self.open_q = False
        self.seen: set[int] = set()
        self.warnings: list[str] = []

    def run(self) -> list[_Bound]:
        cands = list(_CAND.finditer(self.s))
        numbered_vraag = any(m["vraag"] for m in cands)
        strong = [m.start() for m in cands if not m["number"] or self.t.after_break(m.start())]
        labels = [m.start() for m in cands if not (m["faction"] or m["sign"] or m["upper"])
                  and (not m["number"] or self.t.after_break(m.start()))]
        for m in cands:
            kind = next(k for k in ("meta", "year", "table", "vraag", "vraag0", "antw", "reactie", "faction", "sign", "upper",
                                    "number") if m[k] is not None)
            getattr(self, "_" + kind)(m, _next(strong, m.start(), len(self.s)), _next(labels, m.start(), len(self.s)),
                                      numbered_vraag)
        for pos in (m.start() for m in re.finditer("\n", self.s)):
            self.bounds.append(_Bound(pos + 1, "line", pos + 1))
        self.bounds.sort(key=lambda b: b.pos)
        return self.bounds

    def _add(self, m: re.Match[str], kind: str, end: int | None = None, nums: tuple[int, ...] = ()) -> None:
        start = m.start()
        end = m.end() if end is None else end
        if self.bounds and self.bounds[-1].pos == start:
            return
        self.bounds.append(_Bound(start, kind, end, self.s[start:end].strip(), nums))

    def _question(self, m: re.Match[str], kind: str, nums: tuple[int, ...], end: int) -> None:
        self._add(m, kind, end, nums)
        restart = self.restart_ok and nums[0] == 1
        self.expect = max(nums) + 1 if restart else max(self.expect, max(nums) + 1)
        if restart:
            self.seen.clear()
        self.seen.update(nums)
        self.open_q = True
        self.restart_ok = False

    def _fits(self, n: int) -> bool:
        return n == self.expect or (self.restart_ok and n == 1)

    def _meta(self, m, nxt, nxt_label, numbered) -> None:
        self._add(m, "meta", m.start())

    def _table(self, m, nxt, nxt_label, numbered) -> None:
        """``Nr Vraag Antwoord``: a table's header; its rows start with the numbers."""
        self._add(m, "heading", m.end())

    def _after_heading(self, pos: int) -> bool:
        last = self.bounds[-1] if self.bounds else None
        return bool(last and last.kind in ("heading", "upper") and last.end <= pos
                    and not self.s[last.end:pos].strip())

    def _year(self, m, nxt, nxt_label, numbered) -> None:
        """``Vergaderjaar 2025-2026``: the title block's line; the dossier
        line (``36 800 K Vaststelling …``) follows on a line of its own."""
        if not self.seen:
            self._add(m, "heading", m.end())

    def _vraag(self, m, nxt, nxt_label, numbered) -> None:
        end, nums = _label_prefix(m, "vraag", "vnums")
        n = nums[0]
        if n in self.seen:
            return
        label_like = self.t.after_break(m.start()) or bool(re.match(r"\s+[A-Z“\"‘'«]", self.s[end:end + 20]))
        # a gap ahead (a number lost), or a question answered out of order
        if self._fits(n) or (self.expect < n <= self.expect + 5 and label_like) or (
                n < self.expect and self.t.after_break(m.start()) and label_like):
            if self.family is None:
                self.family = "vraag"
            self._question(m, "vraag", nums, end)

    def _vraag0(self, m, nxt, nxt_label, numbered) -> None:
        if not numbered and self.family is None and self.expect == 1:
            self.family = "vraag0"
            self._question(m, "vraag0", (1,), m.end())

    def _antw(self, m, nxt, nxt_label, numbered) -> None:
        if m["anums"]:
            end, nums = _label_prefix(m, "antw", "anums")
            current = self.open_q and nums[0] in self.bounds[-1].nums
            if nums[0] in self.seen and (current or self.t.after_break(m.start())):
                self._add(m, "antw", end, nums)
                self.open_q = False
            return
        rest = self.s[m.end():m.end() + 3].lstrip()
        if self.open_q and self.t.after_break(m.start()) and (m["acolon"] or m["apart"] or (rest[:1].isupper() or rest[:1] in "“\"‘'«(" or
                                                            rest[:1].isdigit())):
            self._add(m, "antw")
            self.open_q = False

    def _reactie(self, m, nxt, nxt_label, numbered) -> None:
        if self.seen or self.open_q or self.t.after_break(m.start()):
            self._add(m, "antw")
            self.open_q = False

    def _faction(self, m, nxt, nxt_label, numbered) -> None:
        prev = self.bounds[-1] if self.bounds else None
        if prev and prev.kind in ("vraag", "number") and not self.s[prev.end:m.start()].strip(" -–•*"):
            return  # the faction phrase is the question's own text
        if self.family == "number" and self.open_q and not self._faction_heading(m):
            return  # inside a numbered question (or its unlabelled answer)
        if m[0].startswith("Vragen"):
            self._add(m, "heading", _vso_heading_end(self.s, m.end()))
        else:
            self._add(m, "faction", m.start())
        self.restart_ok = m[0].startswith("De")
        self.open_q = False

    def _faction_heading(self, m: re.Match[str]) -> bool:
        """``De leden van de X-fractie hebben onderstaande vragen gesteld:``:
        a faction's heading over numbered questions."""
        end = _SENTENCE.search(self.s, m.end(), m.end() + 2000)
        stop = end.end() if end else len(self.s)
        sentence = self.s[m.start():stop]
        after = self.s[stop:stop + 12]
        return (sentence.rstrip(" *").endswith(":") or bool(_LIST_HEAD.search(sentence))
                or bool(re.match(r"\s*(?:[-–•*]\s+)?1[.)]?\s", after)))

    def _sign(self, m, nxt, nxt_label, numbered) -> None:
        if self.t.after_break(m.start()):
            self._add(m, "sign", m.start())
            self.open_q = False

    def _upper(self, m, nxt, nxt_label, numbered) -> None:
        """A document title in capitals (``F NOTA NAAR AANLEIDING VAN HET
        VERSLAG``, ``Nr. 12 LIJST VAN VRAGEN EN ANTWOORDEN``, ``BRIEF VAN DE
        MINISTER …``) is a paragraph, with the EK letter or TK number before
        it; other capitals (``UW KENMERK ONS KENMERK``) stay in the text."""
        words = re.findall(r"[A-Z][A-Z’'-]+", m[0])
        if len(words) < 3 or not _TITLE_WORD.search(m[0]):
            return
        start = m.start()
        before = _TITLE_PREFIX.search(self.s, max(0, start - 12), start)
        if before:
            start = before.start()
        if self.bounds and self.bounds[-1].pos >= start:
            return
        self.bounds.append(_Bound(start, "upper", m.end(), self.s[start:m.end()].strip()))

    def _number(self, m, nxt, nxt_label, numbered) -> None:
        if self.family in ("vraag", "vraag0"):
            return
        n = int(m["num"])
        seg = self.s[m.end():min(nxt, m.end() + 400)]
        words = seg.split()
        headlike = 1 <= len(words) <= 12 and not re.search(r"[.?!;:]\W*\s", seg + " ")
        answer_next = bool(re.match(r"\s*(?:Antwoord\b(?!\s+van)|Reactie\s+van\b)",
                                    self.s[nxt_label:nxt_label + 40]))
        asks = "?" in self.s[m.end():min(nxt_label, m.end() + 3000)] or answer_next
        if not self.t.after_break(m.start()) and not self._after_heading(m.start()):
            # no sentence end before it (a title, ``zie het antwoord op vraag 7``
            # without a full stop): ``N.`` in sequence before a question
            # sentence, or ``N`` before a question right before its answer label
            question = self.s[m.end():min(nxt_label, m.end() + 3000)]
            first = next((x for x in _SENTENCE.finditer(question) if ends_sentence(question, x.start())), None)
            one = question[:first.end()] if first else question
            # a wide gap of spaces is where a converter lost a line break
            wide = self.s[max(0, m.start() - 3):m.start()].isspace() and m.start() >= 3
            dotted = ((m["punct"] or wide) and self._fits(n) and "?" in one
                      and not _REFERENCE_WORD.search(self.s[max(0, m.start() - 16):m.start()]))
            bare = answer_next and self._fits(n) and re.fullmatch(r"[^.!?]*\?\W*", question.strip())
            if not (dotted or bare):
                return
        if self._fits(n) and not headlike and asks:
            self.family = self.family or "number"
            self._question(m, "number", (n,), m.end())
        elif n == self.head_expect and headlike and m["punct"] == ".":
            self.head_expect += 1
            self._add(m, "heading", m.start())


def _sentences(text: str) -> list[re.Match[str]]:
    """Sentence ends in ``text`` (not after an abbreviation or initial)."""
    return [m for m in _SENTENCE.finditer(text) if ends_sentence(text, m.start())]


def _vso_heading_end(s: str, at: int) -> int:
    """End of ``Vragen en opmerkingen van de leden van de PVV(-fractie)``:
    the first name is taken, further words only while they look like party
    names (``GroenLinks-PvdA``, ``D66``, ``en CDA``), not a sentence's
    first word (``In``, ``Ja.``)."""
    m = re.match(r"\s+(?:(?:leden|fractieleden)\s+van\s+)?(?:de\s+|het\s+)?", s[at:at + 200])
    pos = at + (m.end() if m else 0)
    first = True
    for w in re.finditer(r"\S+", s[pos:pos + 200]):
        word = w[0].rstrip(",;:")
        party = bool(re.search(r"[A-Z0-9].*[A-Z0-9]|-fractie$", word)) or word in ("en", "van", "de", "het")
        if not first and not party:
            return pos + w.start()
        first = False
        if w[0].endswith((":", ".")):
            return pos + w.end()
    return pos


def _next(positions: list[int], pos: int, default: int) -> int:
    i = bisect.bisect_right(positions, pos)
    return positions[i] if i < len(positions) else default


def _split_question(text: str) -> int | None:
    """Where the answer starts in a question paragraph without an answer
    label: after its first run of sentences that end in ``?`` (sentences in
    the members' voice right after it still belong to the question; in
    markdown the bold question ends at its closing ``**``). ``-1`` when
    nothing follows the question; None when no such run is found."""
    q = None
    prev = 0
    for m in _sentences(text):
        if "?" in m[0]:
            q = m.end()
        elif q is not None:
            if not _MEMBERS.match(text[prev:m.end()].strip()):
                break
            q = m.end()
        prev = m.end()
    if q is None:
        return None
    first = text.find("?")
    close = _BOLD_CLOSE.search(text, first)
    if close and close.end() > q and text[close.end():].strip():
        q = close.end()
    return q if text[q:].strip() else -1


def _split_faction(text: str) -> list[int]:
    """Offsets where a faction paragraph changes voice: from the members'
    question to the answer, and back at ``Deze leden`` / ``Zij vragen``."""
    out: list[int] = []
    asking = True
    start = 0
    ends = [m.end() for m in _sentences(text)]
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


def _parts(text: str) -> list[str]:
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


def segment(text: str) -> Flat:
    """Paragraphs of ``text`` (see the module docstring)."""
    cuts = find_cuts(text)
    t = _Text(text, cuts)
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
        body = re.sub(rf"^{num}\s*", "", " ".join(p for p, _ in pieces)).strip()
        if num in out.footnotes or not body:
            out.dropped.append((" ".join(p for p, _ in pieces), pieces[0][1], f"footnote {num} (page bottom)"))
        else:
            out.footnotes[num] = body
    seg = _Segmenter(t)
    bounds = seg.run()
    s = t.s
    spans: list[tuple[int, int, _Bound | None]] = []
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


def _emit(out: Flat, t: _Text, start: int, end: int, b: _Bound | None, labelled: bool, seg: _Segmenter) -> None:
    s = t.s
    kind = b.kind if b else "text"

    def put(a: int, z: int, lines: list[str] | None = None, answer: bool = False) -> None:
        body = " ".join(s[a:z].split())
        if lines is None:
            lines = [body] if body else []
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
            cut = _split_question(s[rest_at:end])
            if cut is None:
                cut = _no_question_mark(s, rest_at, end, b, seg.warnings)
            elif cut < 0:
                cut = None  # nothing after the question: no answer given here
            if cut is not None:
                q = s[rest_at:rest_at + cut]
                put(b.pos, rest_at + cut, ([head] if head else []) + _parts(q))
                put(rest_at + cut, end, answer=True)
                return
        if kind == "antw":
            put(b.pos, b.end)  # an answer label is a paragraph of its own
            put(b.end, end)
            return
        put(b.pos, end, ([head] if head else []) + _parts(s[rest_at:end]))
        return
    if kind in ("upper", "heading"):
        assert b is not None
        put(start, b.end)
        put(b.end, end)
        return
    if kind == "faction" and not labelled:
        text = s[start:end]
        marks = [0, *_split_faction(text), len(text)]
        for a, z in zip(marks, marks[1:]):
            put(start + a, start + z)
        return
    put(start, end)


def _no_question_mark(s: str, a: int, z: int, b: _Bound, warnings: list[str]) -> int | None:
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
