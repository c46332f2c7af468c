"""The token pass over text without line structure: where paragraphs start.

One left-to-right pass over candidate tokens (labels, faction phrases,
titles, signatures, numbers) keeps the question sequence (the expected next
number, with a restart per faction) and the heading sequence, and accepts a
token only where it fits: ``Tabel 1``, ``vragen1``, ``2/16`` and amounts
never continue the sequence after a sentence end.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .flat_answers import AnswersRun
from .flat_sentences import SENTENCE, FlatText, ends_sentence
from .flat_sets import further_set

_NUMS = r"\d{1,6}(?:\s*(?:,\s*|\s+en\s+|\s*&\s*|\s*t/m\s*|\s+tot\s+en\s+met\s+|\s*[-–—]\s*|\s+)\d{1,6}(?![\d/]))*"
#: An answer label (``Antwoord 3.``, ``Antwoord op vraag 2:``, ``Antwoord:``).
_ANTW_PAT = (
    rf"(?P<antw>(?<![^\W\d_])Antwoord(?:\s+op\s+(?:de\s+)?vra(?:ag|gen)|\s+vra(?:ag|gen))?(?:\s*(?P<anums>{_NUMS}))?"
    # a split answer's letter is glued to its number (``Antwoord 4a.``);
    # ``Antwoord 2 a. Sinds …`` is answer 2 opening with its item a
    r"(?P<apart>(?<=\d)[a-h](?![\w])|(?<=Antwoord)\s*[a-h](?![\w]))?\s*(?P<acolon>[.:])?)(?=\s|$)"
)
_CAND = re.compile(
    # every candidate starts with a capital, a digit or a list marker: the
    # lookahead lets the engine skip all other positions quickly
    r"(?=[A-Z0-9*\-–•▪·])(?:"
    r"(?P<meta>\b(?:Vragen\s+van\s+(?:het\s+lid|de\s+leden)\b(?!\s+van\s+de\b)|Antwoord\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b"
    r"|Mededeling\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b))"
    r"|(?P<table>\bNr\.?\s+Vraag\s+Antwoord\b)"
    r"|(?P<year>\bVergaderjaar\s+\d{4}\s*[-–]\s*\d{4})"
    rf"|(?P<vraag>(?<![^\W\d_])Vra(?:ag|gen)(?:\s+nr\.?)?\s*(?P<vnums>{_NUMS})(?P<vpart>[a-h](?![\w]))?(?:\s*[.:])?)(?=\s|$)"
    # ``Vraag l2``: OCR read a digit as a letter (``l``/``I`` for 1, ``O`` for 0);
    # ``Vraag .1``: OCR put a speck before the number
    r"|(?P<vraagx>(?<![^\W\d_])Vraag\s+(?P<xnum>\.\s?\d{1,3}|(?:\.\s?)?(?=[0-9lIO]*\d)[0-9lIO]{2,3}|(?:\.\s?)?[lI]))"
    r"(?=\s+(?:\*\*)?[A-Z“\"‘'«])"
    r"|(?P<vraag0>(?<![^\W\d_])Vraag\s*[.:]?)(?=\s+(?:\*\*)?[A-Z“\"‘'«])"
    # a heading over all the answers, after all the questions (``Antwoorden 1. Ja. 2. …``)
    r"|(?P<anshead>(?<![^\W\d_])(?:Antwoorden|Beantwoording|Antwoord(?:en)?\s+op\s+de\s+(?:gestelde\s+|schriftelijke\s+)?vragen)"
    r"\s*[.:]?)(?=\s+1[.)]?\s)"
    r"|" + _ANTW_PAT +
    r"|(?P<reactie>\bReactie\s+van\s+(?:de\s+|het\s+)?(?:[Bb]ewindspersoon|[Mm]inister|[Ss]taatssecretaris|[Rr]egering"
    r"|[Kk]abinet)\s*:?)(?=\s|$)"
    r"|(?P<faction>\b(?:(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot)\s+(?:vragen\s+)?de|De)\s+(?:leden|fractieleden)\s+van\s+de\b"
    r"|\bVragen\s+en\s+opmerkingen\s+van\s+de\b|\bVragen\s+van\s+de\s+leden\s+van\s+de\b"
    r"|\bReactie\s+op\s+de\s+(?:vragen\s+en\s+opmerkingen|vragen|inbreng)\s+van\s+de\b)"
    r"|(?P<sign>\b(?:De\s+(?:[Mm]inister|[Ss]taatssecretaris|[Vv]oorzitter|(?:adjunct-)?[Gg]riffier)\s+(?:van|voor)\b"
    r"(?:\s+[\w’'-]+){0,8}?,(?=\s+(?:[A-Z]|De\s))|Hoogachtend\b))"
    r"|(?P<upper>(?:\*\*)?\b[A-Z][A-Z’'-]+(?![a-z])(?:\s+(?:[A-Z][A-Z’',-]*(?![a-z]))){3,}(?:\*\*)?)"
    # ``2 en 3 Dat is …``: a joint answer's bare numbers in the answers' run
    r"|(?P<agroup>(?<![\w/.,€$(:-])\d{1,3}(?:\s*(?:,|en|&|t/m)\s*\d{1,3})+[.:)]?)(?=\s+(?:\*\*)?[“\"‘'(«]?[A-Z])"
    r"|(?P<number>(?<![\w/.,€$(:-])(?:[-–•*▪·]\s+)?(?P<num>\d{1,6})(?P<punct>[.)])?)(?=\s+(?:\*\*)?[“\"‘'(«]?[A-Z])"
    r")"
)
#: Words after which a number is a reference, not a question number.
_ANTW = re.compile(_ANTW_PAT)
_ANSWERS_LATER = re.compile(r"\?\W*\s(?:Antwoorden|Antwoord(?:en)?\s+op\s+de\s+(?:gestelde\s+|schriftelijke\s+)?vragen)"
                            r"\s*[.:]?\s+1[.)]?\s")
_REFERENCE_WORD = re.compile(
    r"\b(?:artikel|lid|nr|nummer|no|hoofdstuk|paragraaf|bijlage|tabel|figuur|stap|fase|punt|vraag|antwoord|pagina"
    r"|blz|week|versie|optie|scenario|variant|categorie|groep|niveau|motie|Kamerstuk|stuk)\.?\s*$",
    re.I,
)
_TITLE_WORD = re.compile(
    r"\b(?:NOTA|MEMORIE|VERSLAG|LIJST|BRIEF|VRAGEN|ANTWOORDEN?|MEDEDELING|INBRENG|REACTIE|BEANTWOORDING)\b")
#: The EK letter or TK number printed before a title (``F **NOTA …``,
#: ``Nr. 12 LIJST …``), with a markdown heading mark before it (``# E …``).
_TITLE_PREFIX = re.compile(r"(?:#{1,6}\s+)?(?<![\w.])(?:[A-Z]{1,3}|Nr\.\s*\d+)\s+(?:\*\*)?$")
_OCR_DIGITS = str.maketrans("lIO", "110")
#: The members' voice opening a question: ``De leden van de``, ``Deze
#: leden``, ``Het lid van de``, ``Tot slot vragen deze leden``.
_VOICE = re.compile(
    r"\s+(?:\*\*)?(?:De\s+(?:leden|fractieleden)\s+van\s+de|Deze\s+(?:leden|fractieleden)|Het\s+lid\s+van\s+de"
    r"|(?:Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Ten\s+slotte|Vervolgens|Tenslotte)\s+(?:vragen|willen|verzoeken)"
    r"\s+(?:de|deze)\s+(?:leden|fractieleden))\b")
_LIST_HEAD = re.compile(r"\b(?:onderstaande|volgende|navolgende)\s+vragen\b", re.I)


@dataclass
class Bound:
    pos: int
    kind: str
    end: int  # end of the label (== pos when there is none)
    label: str = ""
    nums: tuple[int, ...] = ()


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


class Scanner(AnswersRun):
    """One left-to-right pass over the candidates, keeping the question
    sequence (expected next number) and the heading sequence."""

    cand = _CAND
    antw = _ANTW

    def __init__(self, t: FlatText) -> None:
        self.t = t
        self.s = t.s
        self.bounds: list[Bound] = []
        self.family: str | None = None
        self.expect = 1
        self.head_expect = 1
        self.restart_ok = False
        self.open_q = False
        self.seen: set[int] = set()
        #: After an ``Antwoord van …`` cover line: the next repeated number.
        self.answer_expect = 0
        self.warnings: list[str] = []

    def run(self) -> list[Bound]:
        found = list(_CAND.finditer(self.s))
        # a group of numbers is read as its last number (a candidate of its
        # own) except by ``_agroup``, in the answers' run
        cands = [x for m in found for x in ([m] if m["agroup"] is None else [self._tail(m)] if self._tail(m) else [])]
        numbered_vraag = any(m["vraag"] for m in cands)
        strong = [m.start() for m in cands if not m["number"] or self.t.after_break(m.start())]
        labels = [m.start() for m in cands if not (m["faction"] or m["sign"] or m["upper"])
                  and (not m["number"] or self.t.after_break(m.start()))]
        # numbers that open a paragraph after a sentence end, by value: a bare
        # number in running text is a question number when the next one follows so
        self.numbers_at: dict[int, list[int]] = {}
        for m in cands:
            if m["number"] and self.t.after_break(m.start()):
                self.numbers_at.setdefault(int(m["num"]), []).append(m.start())
        for m in found:
            kind = next(k for k in ("meta", "year", "table", "anshead", "vraag", "vraagx", "vraag0", "antw", "reactie", "faction", "sign", "upper",
                                    "agroup", "number") if m[k] is not None)
            getattr(self, "_" + kind)(m, _next(strong, m.start(), len(self.s)), _next(labels, m.start(), len(self.s)),
                                      numbered_vraag)
        for pos in (m.start() for m in re.finditer("\n", self.s)):
            self.bounds.append(Bound(pos + 1, "line", pos + 1))
        self.bounds.sort(key=lambda b: b.pos)
        return self.bounds

    def _add(self, m: re.Match[str], kind: str, end: int | None = None, nums: tuple[int, ...] = ()) -> None:
        start = m.start()
        end = m.end() if end is None else end
        if self.bounds and self.bounds[-1].pos == start:
            return
        self.bounds.append(Bound(start, kind, end, self.s[start:end].strip(), nums))

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
        if m[0].startswith("Vragen") and self.seen and len(self.bounds) > 1 and self.bounds[-2].kind == "antw":
            self.restart_ok = True  # a further set's asking sentence: its numbers restart at 1
        if m[0].startswith("Antwoord") and self.family == "number" and self.seen:
            # the older Aanhangsel: after ``Antwoord van de minister …`` the
            # answers repeat the bare question numbers 1, 2, 3 …
            self.answer_expect = 1
            self.open_q = False

    def _answer_number(self, m: re.Match[str]) -> bool:
        """An answer's repeated question number after the cover line: the
        next one, after a sentence end or before the next one."""
        n = int(m["num"])
        if n != self.answer_expect or n not in self.seen or m["punct"] == ")":
            return False
        if not (self.t.after_break(m.start()) or self._after_heading(m.start())
                or self._followed_by(n + 1, m.end(), m.end() + 3000)):
            return False
        self._add(m, "anum", m.end(), (n,))
        self.answer_expect += 1
        return True

    def _table(self, m, nxt, nxt_label, numbered) -> None:
        """``Nr Vraag Antwoord``: a table's header; its rows start with the numbers."""
        self._add(m, "heading", m.end())

    def _followed_by(self, n: int, lo: int, hi: int) -> bool:
        """Does number ``n`` open a paragraph between ``lo`` and ``hi``?"""
        at = self.numbers_at.get(n, [])
        i = bisect.bisect_left(at, lo)
        return i < len(at) and at[i] < hi

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
        if m[0].startswith("Vragen") and nums == (1,) and not self.seen and _ANSWERS_LATER.search(self.s, end):
            # ``Vragen 1. Kunt u …? 2. … Antwoorden 1. …``: a heading over
            # questions listed first, not a label naming question 1
            at = m.start("vnums")
            self.bounds.append(Bound(m.start(), "heading", at, self.s[m.start():at].strip()))
            num = _CAND.match(self.s, at)
            if num is not None and num["number"] is not None:
                self._number(num, nxt, nxt_label, numbered)
            return
        if n in self.seen:
            last = self.bounds[-1] if self.bounds else None
            head = further_set(self.s, m.start(), end, bool(last and last.kind == "antw")) if n == 1 else None
            if head is None:
                return
            if head < m.start():
                self.bounds.append(Bound(head, "heading", m.start(), self.s[head:m.start()].strip()))
            self.restart_ok = True
        # ``Vragen 3 en 4 beantwoorden wij samen.``: a sentence, not a label
        prose = bool(re.match(r"\s+[a-zà-ÿ]{2,}\b(?![:/.])", self.s[end:end + 20]))
        label_like = (self.t.after_break(m.start()) and not prose) or bool(
            re.match(r"\s+[A-Z“\"‘'«]", self.s[end:end + 20]))
        if prose and not self._fits(n):
            return
        # a gap ahead (a number lost), or a question answered out of order
        # the first label of an excerpt (``Vraag 1001``) counts when its own answer label follows
        first = (not self.seen and label_like and not prose
                 and re.search(rf"\bAntwoord(?:\s+op\s+vraag)?\s+{n}\b", self.s[end:end + 3000]) is not None)
        if self._fits(n) or first or (self.expect < n <= self.expect + 5 and label_like) or (
                n < self.expect and self.t.after_break(m.start()) and label_like):
            if self.family is None:
                self.family = "vraag"
            self._question(m, "vraag", nums, end)

    def _vraagx(self, m, nxt, nxt_label, numbered) -> None:
        """``Vraag l2``, ``Vraag .12``: read as 12 only where 12 is the next question."""
        n = int(m["xnum"].lstrip(". ").translate(_OCR_DIGITS))
        if self.family in (None, "vraag") and self._fits(n) and n not in self.seen:
            self.family = "vraag"
            self._question(m, "vraag", (n,), m.end())

    def _vraag0(self, m, nxt, nxt_label, numbered) -> None:
        if not numbered and self.family is None and self.expect == 1:
            self.family = "vraag0"
            self._question(m, "vraag0", (1,), m.end())

    def _antw(self, m, nxt, nxt_label, numbered) -> None:
        if m["anums"]:
            end, nums = _label_prefix(m, "antw", "anums")
            current = self.open_q and nums[0] in self.bounds[-1].nums
            if nums[0] in self.seen and (current or self.t.after_break(m.start()) or self._after_cover(m.start())):
                self._add(m, "antw", end, nums)
                self.open_q = False
            return
        rest = self.s[m.end():m.end() + 3].lstrip()
        label = m["acolon"] or m["apart"] or rest[:1].isupper() or rest[:1] in "“\"‘'«(" or rest[:1].isdigit()
        if not (label and self.t.after_break(m.start())):
            return
        if not self.open_q:
            if self.family not in (None, "bare") or (self.bounds and self.bounds[-1].kind == "faction"):
                return  # after a faction's paragraph its voice tells the answer (flat_split)
            start = self._asked_before(m.start())
            if start is None:
                return
            # an unnumbered question right before the label: its own paragraph
            self.family = "bare"
            if not self.bounds or start > self.bounds[-1].pos:
                self.bounds.append(Bound(start, "text", start))
        self._add(m, "antw")
        self.open_q = False

    def _after_cover(self, pos: int) -> bool:
        """Right after the answers' cover line ``Antwoord van minister …
        (Ontvangen 2 april 2009)``, printed between questions and answers."""
        prev = self.bounds[-1] if self.bounds else None
        return (prev is not None and prev.kind == "meta" and self.s.startswith("Antwoord", prev.pos)
                and self.s[prev.pos:pos].rstrip().endswith(")") and "ntvangen" in self.s[prev.pos:pos])

    def _asked_before(self, pos: int) -> int | None:
        """Where the run of sentences ending in ``?`` right before ``pos``
        starts (``Deelt u …? Zo nee, waarom niet? Antwoord``), not before
        the last paragraph start; None when the text before does not end in ``?``."""
        lo = max(self.bounds[-1].end if self.bounds else 0, pos - 3000)
        ends = [x.end() for x in SENTENCE.finditer(self.s, lo, pos) if ends_sentence(self.s, x.start())]
        if not ends or self.s[ends[-1]:pos].strip() or "?" not in self.s[ends[-1] - 3:ends[-1]]:
            return None
        start = lo
        for i in range(len(ends) - 1, 0, -1):
            if "?" not in self.s[ends[i - 1] - 3:ends[i - 1]]:
                start = ends[i - 1]
                break
        while start < pos and self.s[start].isspace():
            start += 1
        return start

    def _reactie(self, m, nxt, nxt_label, numbered) -> None:
        lo = max(0, m.start() - 12)
        part = re.search(r"[.?!:]\s+([IVX]{1,4}\.?)\s+$", self.s[lo:m.start()])
        if part and self.bounds:
            # ``II Reactie van de bewindspersoon``: the part of a VSO with the replies, a heading
            start = lo + part.start(1)
            self.bounds.append(Bound(start, "heading", m.end(), self.s[start:m.end()].strip()))
            self.open_q = False
            return
        if self.seen or self.open_q or self.t.after_break(m.start()):
            self._add(m, "antw")
            self.open_q = False

    def _faction(self, m, nxt, nxt_label, numbered) -> None:
        prev = self.bounds[-1] if self.bounds else None
        if prev and prev.kind in ("vraag", "number") and not self.s[prev.end:m.start()].strip(" -–•*"):
            return  # the faction phrase is the question's own text
        if self.family == "number" and self.open_q and not self._faction_heading(m):
            return  # inside a numbered question (or its unlabelled answer)
        lo = max(0, m.start() - 80)
        title = re.search(r"(?<=[^\W\d_])[.?!]\s+([A-ZÀ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,5})\s+$", self.s[lo:m.start()])
        if title and m[0].startswith("De") and (not self.bounds or self.bounds[-1].pos < lo + title.start(1)):
            # a topic title between an answer's last sentence and the next faction (``… daarvoor in. Oekraïne De
            # leden van de CDA-fractie …``): a heading of its own
            start = lo + title.start(1)
            self.bounds.append(Bound(start, "heading", lo + title.end(1), title[1]))
        if m[0].startswith(("Vragen", "Reactie")):
            self._add(m, "heading", _vso_heading_end(self.s, m.end()))
        else:
            self._add(m, "faction", m.start())
        self.restart_ok = True  # a new block (``De leden …`` or ``Vragen en opmerkingen van de …``) may number from 1
        self.open_q = False

    def _faction_heading(self, m: re.Match[str]) -> bool:
        """``De leden van de X-fractie hebben onderstaande vragen gesteld:``:
        a faction's heading over numbered questions; ``Vragen (en opmerkingen)
        van de leden van de X-fractie`` is always a heading."""
        if m[0].startswith(("Vragen", "Reactie")):
            return True
        end = SENTENCE.search(self.s, m.end(), m.end() + 2000)
        stop = end.end() if end else len(self.s)
        sentence = self.s[m.start():stop]
        after = self.s[stop:stop + 12]
        return (sentence.rstrip(" *").endswith(":") or bool(_LIST_HEAD.search(sentence))
                or bool(re.match(r"\s*(?:[-–•*]\s+)?1[.)]?\s", after)))

    def _sign(self, m, nxt, nxt_label, numbered) -> None:
        if self.t.after_break(m.start()):
            self._add(m, "sign", m.end())  # the role on a line of its own, the name after it
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
        before = _TITLE_PREFIX.search(self.s, max(0, start - 20), start)
        if before:
            start = before.start()
        if self.bounds and self.bounds[-1].pos >= start:
            return
        self.bounds.append(Bound(start, "upper", m.end(), self.s[start:m.end()].strip()))

    def _number(self, m, nxt, nxt_label, numbered) -> None:
        if self.family in ("vraag", "vraag0"):
            return
        if self.answer_expect:
            self._answer_number(m)
            return
        n = int(m["num"])
        seg = self.s[m.end():min(nxt, m.end() + 400)]
        if n != self.expect:  # a title ends where the next question's number stands (``1. Procedure 3 Blijft …``)
            nxt_q = re.search(rf"\s{self.expect}[.)]?\s", seg)
            seg = seg[:nxt_q.start()] if nxt_q else seg
        words = seg.split()
        headlike = 1 <= len(words) <= 12 and not re.search(r"[.?!;:]\W*\s", seg + " ")
        answer_next = bool(re.match(r"\s*(?:Antwoord\b(?!\s+van)|Reactie\s+van\b)",
                                    self.s[nxt_label:nxt_label + 40]))
        asks = "?" in self.s[m.end():min(nxt_label, m.end() + 3000)] or answer_next
        # a margin number before the members' question (``1 De leden van de
        # VVD-fractie vragen hoeveel …``): an indirect question has no ``?``
        voiced = m["punct"] != ")" and bool(_VOICE.match(self.s, m.end())) and not _REFERENCE_WORD.search(
            self.s[max(0, m.start() - 16):m.start()])
        if not self.t.after_break(m.start()) and not self._after_heading(m.start()):
            # no sentence end before it (a title, ``zie het antwoord op vraag 7``
            # without a full stop): ``N.`` in sequence before a question
            # sentence, or ``N`` before a question right before its answer label
            question = self.s[m.end():min(nxt_label, m.end() + 3000)]
            first = next((x for x in SENTENCE.finditer(question) if ends_sentence(question, x.start())), None)
            one = question[:first.end()] if first else question
            # a wide gap of spaces is where a converter lost a line break
            wide = self.s[max(0, m.start() - 3):m.start()].isspace() and m.start() >= 3
            dotted = ((m["punct"] or wide) and self._fits(n) and "?" in one
                      and not _REFERENCE_WORD.search(self.s[max(0, m.start() - 16):m.start()]))
            bare = answer_next and self._fits(n) and re.fullmatch(r"[^.!?]*\?\W*", question.strip())
            # ``02011 1 Kent u …? Ja. 2 Hoeveel …``: the next number follows after a sentence end
            chained = (self._fits(n) and one.rstrip(" *”\"’'»)").endswith("?")
                       and not _REFERENCE_WORD.search(self.s[max(0, m.start() - 16):m.start()])
                       and self._followed_by(n + 1, m.end() + len(one), m.end() + 3000))
            if not (dotted or bare or chained or (voiced and self._fits(n))):
                return
        if self._fits(n) and not headlike and (asks or voiced):
            self.family = self.family or "number"
            self._question(m, "number", (n,), m.end())
        elif n == self.head_expect and headlike and m["punct"] == ".":
            self.head_expect += 1
            self._add(m, "heading", m.start())


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
