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
from .lijst_labels import Label, answer_label, numbers

#: A heading over all the answers: ``Antwoorden``, ``Antwoord op de vragen``,
#: ``Beantwoording``, alone in its paragraph.
ANSWERS_HEAD = re.compile(
    r"^\s*(?:Antwoord(?:en)?(?:\s+op\s+(?:de\s+)?(?:(?:schriftelijke|gestelde)\s+)?(?:Kamer)?vragen)?|"
    r"Beantwoording(?:\s+(?:van\s+)?(?:de\s+)?(?:(?:schriftelijke|gestelde)\s+)?(?:Kamer)?vragen)?)\s*[.:]?\s*$", re.I)


#: ``3 en 4. Text``: a joint answer's bare numbers before its text.
_GROUP = re.compile(r"^\s*(?P<label>\d{1,3}(?:\s*(?:,|en|&|t/m|tot\s+en\s+met|[–—-])\s*\d{1,3})+\s*[.:)])\s+(?P<rest>\S.*)$",
                    re.S)


def opener(it: Item, lab: Label | None) -> tuple[list[int], str, str] | None:
    """The numbers an item would open an answer with, its printed label and
    the text after it: an answer label with numbers, or bare numbers
    (``1.``, ``1`` alone, ``2 en 3``, ``3 en 4. Text``)."""
    a = answer_label(it.lines[0])
    if a and a[1]:
        return a[1], a[0], a[2]
    m = _GROUP.match(it.lines[0])
    if m and numbers(m["label"]):
        return numbers(m["label"]), m["label"].strip(), "\n".join([m["rest"].strip(), *it.lines[1:]])
    if lab is not None and lab.family == "number" and lab.nums:
        return lab.nums, lab.label, lab.text
    return None


def _answer_nums(it: Item, lab: Label | None) -> list[int] | None:
    got = opener(it, lab)
    return got[0] if got else None


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
    return pick(cands, min(asked))


def pick(cands: list[tuple[int, list[int]]], first: int) -> dict[int, list[int]]:
    """Of the numbered paragraphs ``cands`` (index, numbers) of an answers'
    run, those that open the answers ``first``, ``first + 1`` … in sequence."""
    out: dict[int, list[int]] = {}
    want = first
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


def run_item(reader, i: int, it: Item) -> int:
    """An item of the answers' run (questions listed first) for the lijst
    ``reader``: an answer opened by its number goes to that question;
    returns the item its label took (a number alone in its paragraph), else -1."""
    if i == reader.run_at:
        reader.run_map = run_numbers(reader.body, reader.labels, i, reader.seen)
    nums = reader.run_map.get(i)
    if nums is None:
        if reader.run_cur is not None:
            reader.run_cur.a.append(it.text)
        else:  # the heading over the answers: a document heading, as in a letter
            reader.intro.append(it)
        return -1
    cur = reader.run_cur = next(g for g in reader.groups if nums[0] in g.nums)
    a = answer_label(it.lines[0])
    if a and a[1]:
        reader.answer_label(cur, it, *a)
        return -1
    _, label, text = opener(it, reader.labels[i])
    cur.answering, cur.a_item, cur.a_label, cur.a_nums = True, it, label, nums if len(nums) > 1 else []
    if text:
        cur.a.append(text)
    return reader.takes.get(i, -1) if reader.labels[i] is not None and reader.labels[i].family == "number" else -1
