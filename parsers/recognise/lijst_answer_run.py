"""Questions listed first, answers after them all (issue 12).

A ministry letter, an Aanhangsel or a lijst may print every question
(``Vragen`` / ``1. … 2. … 3. …`` or ``Vraag 1 … Vraag 3``) and then every
answer, the numbers restarting (``Antwoorden`` / ``1. … 2. … 3. …``, or
``Antwoord 1 … Antwoord 3``). :func:`answer_run` finds where that answer
run starts; :func:`run_numbers` says which paragraph after it opens which
answer, so that the answers are paired with the questions by number.

A numbered list inside an answer is not an answer: it restarts at the
first number inside an answer; a number that both continues that list and
is the next answer's counts as the answer only when no later paragraph
carries that number before the answer after it.
"""

from __future__ import annotations

import re

from .items import Item
from .lijst_labels import Label, answer_label

#: A heading over all the answers: ``Antwoorden``, ``Antwoord op de vragen``,
#: ``Beantwoording``, alone in its paragraph.
ANSWERS_HEAD = re.compile(
    r"^\s*(?:Antwoord(?:en)?(?:\s+op\s+(?:de\s+)?(?:(?:schriftelijke|gestelde)\s+)?(?:Kamer)?vragen)?|"
    r"Beantwoording(?:\s+(?:van\s+)?(?:de\s+)?(?:(?:schriftelijke|gestelde)\s+)?(?:Kamer)?vragen)?)\s*[.:]?\s*$", re.I)


def _answer_nums(it: Item, lab: Label | None) -> list[int] | None:
    """The numbers an item would open an answer with: an answer label with
    numbers, or a bare number (``1.``, ``1`` alone, ``2 en 3``)."""
    a = answer_label(it.lines[0])
    if a and a[1]:
        return a[1]
    if lab is not None and lab.family == "number" and lab.nums:
        return lab.nums
    return None


def answer_run(body: list[Item], labels: list[Label | None]) -> int | None:
    """The index of the answers' heading (or of the first answer, when a
    label ``Antwoord 1`` opens the run without one), after questions listed
    first; None when the document is not laid out so."""
    qs = [i for i, lab in enumerate(labels) if lab is not None and lab.nums and lab.family in ("vraag", "number")]
    if len(qs) < 2:
        return None
    first = labels[qs[0]].nums[0]
    expected, last_q = first, None
    for i in range(qs[0], len(body)):
        it, lab = body[i], labels[i]
        a = answer_label(it.lines[0])
        head = len(it.lines) == 1 and ANSWERS_HEAD.match(it.lines[0]) is not None
        if lab is not None and lab.nums and lab.family in ("vraag", "number") and lab.nums[0] == expected \
                and not (a and a[1]):
            expected, last_q = max(lab.nums) + 1, i
            continue
        if head or (a and a[1] and a[1][0] == first):
            if last_q is None or expected - first < 2:
                return None
            start = i + 1 if head else i
            return i if _runs(body, labels, start, first) else None
        if a:
            return None  # an answer label among the questions: answers follow each question
    return None


def _runs(body: list[Item], labels: list[Label | None], start: int, first: int) -> bool:
    """From ``start`` on, answers numbered ``first``, ``first + 1`` … (the first at ``start``)."""
    want, seen = first, 0
    for i in range(start, len(body)):
        nums = _answer_nums(body[i], labels[i])
        if nums and nums[0] == want:
            seen, want = seen + 1, max(nums) + 1
            if seen >= 2:
                return True
        elif i == start:
            return False
    return False


def run_numbers(body: list[Item], labels: list[Label | None], start: int, asked: set[int]) -> dict[int, list[int]]:
    """item index -> the question numbers whose answer it opens, from
    ``start`` on, in sequence; a list inside an answer is left in it."""
    cands = [(i, nums) for i in range(start, len(body))
             if (nums := _answer_nums(body[i], labels[i])) and set(nums) <= asked]
    out: dict[int, list[int]] = {}
    want = min(asked)
    inner = 0  # the next item of a numbered list inside the current answer (0: none)
    for k, (i, nums) in enumerate(cands):
        n = nums[0]
        if n == want:
            if inner == n and _later(cands, k, n):
                inner += 1  # the list's item: the answer's own number comes later
                continue
            out[i] = nums
            want, inner = max(nums) + 1, 0
        elif out and n == 1 and len(nums) == 1:
            inner = 2  # a list restarting at 1 inside the answer
        elif inner and n == inner:
            inner += 1
    return out


def _later(cands: list[tuple[int, list[int]]], k: int, n: int) -> bool:
    """Another paragraph numbered ``n`` after candidate ``k``, before any numbered ``n + 1``."""
    for _, nums in cands[k + 1:]:
        if nums[0] == n:
            return True
        if nums[0] == n + 1:
            return False
    return False
