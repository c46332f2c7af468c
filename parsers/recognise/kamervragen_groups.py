"""The label groups of a Kamervragen parse, and the checks on them.

A :class:`Group` is one label (``Vraag 3``, ``Antwoord 3 en 4``,
``Mededeling``) with the lines under it; ``set`` counts the sets of
questions in one document (a second set restarts its numbering at 1: the
follow-up questions answered in the same letter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Check
from .kamervragen_clean import Ln
from .kamervragen_labels import Label, bare_group, read_label
from .structure import Structure


@dataclass
class Group:
    kind: str  # "Q", "A" or "N"
    nums: list[int]
    label: str | None
    at: Ln
    lines: list[Ln] = field(default_factory=list)
    #: a label read with a lost separator / not read / numbers guessed
    repaired: bool = False
    unreadable: bool = False
    inferred: bool = False
    #: an unlabelled answer read as the answer to every question before it
    by_position: bool = False
    #: which set of questions (0: the first; a restart at 1 opens the next)
    set: int = 0

    def qid(self, n: int) -> str:
        """The question id of number ``n`` in this group's set."""
        return qid(self.set, n)


#: The heading over a further set: ``Vervolgvragen``, ``Vragen van het lid
#: X over Y (2024Z07123)``, ``Nadere vragen``: a short line that is not a
#: sentence, or the asking sentence itself.
_ASKING = re.compile(r"^\s*(?:(?:Nadere|Aanvullende|Schriftelijke|Mondelinge)\s+)?[Vv]ragen\s+van\s+(?:het\s+lid|de\s+leden)\b")


def asks_again(lines: list[Ln]) -> bool:
    """An asking sentence (``Vragen van het lid …``) ends ``lines``: a
    further set of questions follows."""
    return any(_ASKING.match(ln.text) for ln in lines[-4:])


_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.)]?(?:\s|$)")


def answers_restart(lines: list[Ln], k: int) -> bool:
    """The next numbered answer label after line ``k`` names question 1
    (a further set; ``Vraag 1`` twice before ``Antwoord 2`` is a misprint
    of ``Vraag 2``)."""
    for ln in lines[k + 1:k + 400]:
        lab = read_label(ln)
        if lab is not None and lab.kind == "A" and lab.nums:
            return 1 in lab.nums
    return True


def answers_run(lines: list[Ln], k: int, start: int) -> bool:
    """Line ``k`` opens a run of answers numbered from ``start`` on (``1.``,
    ``1`` alone or ``Antwoord 1``), and a second number of the run follows
    in order: the answers after a heading over them all."""
    expected, seen = start, 0
    for i in range(k, min(len(lines), k + 2000)):
        ln = lines[i]
        opens = i == k or ln.block != lines[i - 1].block or bool(re.search(r"[?.:!]\s*$", lines[i - 1].text))
        lab = read_label(ln, True, expected, opens, True)
        if lab is None or not lab.nums or lab.kind == "N":
            if i == k:
                return False
            continue
        if lab.kind == "Q" and not _NUMBER.match(ln.text) or lab.nums[0] != expected:
            return False  # a ``Vraag`` label or a number out of sequence
        seen += 1
        expected = max(lab.nums) + 1
        if seen >= 2:
            return True
    return False


_RUN_NUM = re.compile(r"^\s*(?P<n>\d{1,3})\s*(?:[.)]\s*$|[.)]\s+\S|$)")


def run_candidates(lines: list[Ln], start: int, asked: set[int], plain_text: bool) -> list[tuple[int, list[int]]]:
    """The paragraphs from ``start`` on that open with answer numbers
    (``1.``, ``1`` alone, ``2 en 3``, ``Antwoord 4``) of questions asked."""
    out = []
    for i in range(start, len(lines)):
        ln = lines[i]
        opens = i == start or ln.block != lines[i - 1].block or (
            plain_text and bool(re.search(r"[?.:!]\s*$", lines[i - 1].text)))
        if not opens:
            continue
        lab = read_label(ln)
        nums = lab.nums if lab is not None and lab.kind == "A" else bare_group(ln.text)
        if not nums and (m := _RUN_NUM.match(ln.text)):
            nums = [int(m["n"])]
        if nums and set(nums) <= asked:
            out.append((i, nums))
    return out


def run_label(ln: Ln, nums: list[int]) -> Label:
    """The answer label of a line of the answers' run that opens ``nums``."""
    lab = read_label(ln)
    if lab is not None and lab.kind == "A" and lab.nums:
        return lab
    m = re.match(r"^\s*\d{1,3}(?:\s*(?:,|;|&|t/m|t\.m\.|tot\s*en\s*met|[–—-]|en)\s*\d{1,3})*\s*[.:)]?", ln.text)
    end = m.end() if m else 0
    return Label("A", nums, ln.text[:end].strip(), ln.text[end:].strip())


def take_set_heading(lines: list[Ln]) -> list[Ln]:
    """The heading lines at the end of ``lines`` (the last answer before a
    further set of questions), taken out of them."""
    for k in range(len(lines) - 1, max(-1, len(lines) - 5), -1):
        if _ASKING.match(lines[k].text):
            head = lines[k:]
            del lines[k:]
            return head
    if lines and len(lines[-1].text.split()) <= 8 and not re.search(r"[.?!;:,]\s*$", lines[-1].text) and len(lines) > 1:
        return [lines.pop()]
    return []


def qid(set_no: int, n: int) -> str:
    """``3`` in the first set, ``2-3`` in the second."""
    return str(n) if set_no == 0 else f"{set_no + 1}-{n}"


def renumber_duplicates(groups: list[Group], st: Structure) -> None:
    """``Vraag 7`` printed twice where question 8 is missing and ``Antwoord 8``
    follows: the second label is a misprint of ``Vraag 8``."""
    asked = {n for g in groups if g.kind == "Q" for n in g.nums}
    answered = {n for g in groups if g.kind == "A" for n in g.nums}
    seen: set[int] = set()
    for i, g in enumerate(groups):
        if g.kind != "Q":
            continue
        if len(g.nums) == 1 and g.nums[0] in seen and g.nums[0] + 1 not in asked:
            n = g.nums[0] + 1
            nxt = next((h for h in groups[i + 1:] if h.kind in ("Q", "A")), None)
            if nxt is not None and nxt.kind == "A" and n in nxt.nums and n in answered:
                st.checks.append(Check(
                    code="label-renumbered", severity="warning", question=g.qid(n), line=g.at.line, page=g.at.page,
                    message=f"a second {g.label!r} stands where question {n} is expected and "
                            f"'Antwoord {n}' follows; read as question {n}",
                    params={"label": g.label or "", "number": str(n)},
                ))
                g.nums = [n]
                asked.add(n)
        seen.update(g.nums)



def checks(groups: list[Group], st: Structure) -> None:
    """Checks for labels the grammar had to repair, could not read, or guessed."""
    inferred = [g for g in groups if g.inferred]
    if inferred:
        nums = [g.nums[0] for g in inferred]
        st.checks.append(Check(
            code="numbers-inferred", severity="warning", question=inferred[0].qid(nums[0]),
            line=inferred[0].at.line, page=inferred[0].at.page,
            message=f"question numbers are not in the text; {len(nums)} questions numbered by position",
            params={"count": str(len(nums)), "numbers": ", ".join(map(str, nums))},
        ))
    for g in groups:
        first = g.qid(g.nums[0]) if g.nums else None
        if g.by_position:
            listed = ", ".join(map(str, g.nums))
            named = ", ".join(map(str, g.nums[:-1])) + f" and {g.nums[-1]}" if len(g.nums) > 1 else listed
            st.checks.append(Check(
                code="joint-by-position", severity="info", question=first, line=g.at.line, page=g.at.page,
                message=f"questions {named} have no answer of their own; the answer after them is read as "
                        "their joint answer",
                params={"questions": listed},
            ))
        if g.repaired:
            read = ", ".join(map(str, g.nums))
            st.checks.append(Check(
                code="label-repaired", severity="info", question=first, line=g.at.line, page=g.at.page,
                message=f"label {g.label!r} has a separator missing; read as {read}",
                params={"label": g.label or "", "numbers": read},
            ))
        if g.unreadable:
            what = f"question {first}" if g.kind == "Q" else f"the answer to question {first}"
            st.checks.append(Check(
                code="label-unreadable", severity="warning", question=first, line=g.at.line, page=g.at.page,
                message=f"label {g.label!r} could not be read; its text is kept as {what}",
                params={"label": g.label or ""},
            ))


