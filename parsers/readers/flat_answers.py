"""Questions listed first, then the answers, in text without line structure
(issue 12): ``Vragen 1. … 3. … Antwoorden 1. … 2 en 3 …``.

The handlers :class:`~parsers.readers.flat_scan.Scanner` calls for an
answers heading (``Antwoorden``, ``Antwoord op de vragen`` before ``1``) and
for a joint answer's bare numbers (``2 en 3``) in the answers' run; after
the heading the answers repeat the question numbers, read as after the
older Aanhangsel's cover line.
"""

from __future__ import annotations

import re


class AnswersRun:
    """Mixin of the scanner: its state (``bounds``, ``seen``, ``family``,
    ``answer_expect``, ``open_q``) and its candidate patterns ``cand``/``antw``."""

    def _anshead(self, m, nxt, nxt_label, numbered) -> None:
        """``Antwoorden`` / ``Antwoord op de vragen`` before ``1.`` after
        numbered questions none of which has its answer yet: the questions
        were listed first and the answers repeat their numbers."""
        answered = any(b.kind in ("antw", "anum") for b in self.bounds)
        if self.family == "number" and 1 in self.seen and len(self.seen) > 1 and not answered:
            self._add(m, "heading", m.end())
            self.answer_expect = 1
            self.open_q = False
            return
        again = self.antw.match(self.s, m.start())
        if again:  # not that layout: read as before (``Antwoord op de vragen 1 …``)
            self._antw(again, nxt, nxt_label, numbered)

    def _tail(self, m: re.Match[str]) -> re.Match[str] | None:
        """The number candidate at the last number of a group match."""
        at = m.start() + max(x.start() for x in re.finditer(r"\d+", m[0]))
        nm = self.cand.match(self.s, at)
        return nm if nm is not None and nm["number"] is not None else None

    def _agroup(self, m, nxt, nxt_label, numbered) -> None:
        """``2 en 3`` opening a joint answer in the answers' run (after the
        cover line or an answers heading); else its last number as ever."""
        nums = tuple(int(x) for x in re.findall(r"\d+", m[0]))
        if (self.answer_expect and nums[0] == self.answer_expect and set(nums) <= self.seen
                and self.t.after_break(m.start())):
            self._add(m, "anum", m.end(), nums)
            self.answer_expect = max(nums) + 1
            return
        tail = self._tail(m)
        if tail is not None:
            self._number(tail, nxt, nxt_label, numbered)
