"""What the reader adds to a question besides its text, as plain strings:
footnote marks and footnote lines, the notices (*Mededelingen*) that stand
in place of an answer, joint-answer groups, and the answer audit's result.

Shared by the reader's widgets (:mod:`tui.widgets.footnotes`,
:mod:`tui.widgets.notices`, :mod:`tui.widgets.joint`,
:mod:`tui.widgets.audit_marks`) and the plain output (``vragenronde show``
and ``--plain``, :mod:`tui.plain`, :mod:`tui.plain_doc`). Works on the full
model and on a light document (:mod:`parsers.light`) alike; like
:mod:`tui.plain` it imports neither rich nor textual (nor ``typing`` or
``dataclasses``: ``show`` from the cache stays fast).
"""

from __future__ import annotations

from .i18n import N_, _
from .safe_text import safe_text

# -- footnotes ------------------------------------------------------------------


def refs_in(doc, qid: str | None, field: str) -> list:
    """The footnote marks in ``field`` of question ``qid``, in text order."""
    refs = [r for r in getattr(doc, "footnote_refs", ()) if r.question == qid and r.field == field]
    return sorted(refs, key=lambda r: r.start)


def keys_of(doc, qids: list[str], fields=("question", "answer")) -> list[str]:
    """The footnote keys marked in ``fields`` of the questions ``qids``, in order, once each."""
    keys: list[str] = []
    for qid in qids:
        for field in fields:
            for r in refs_in(doc, qid, field):
                if r.key not in keys and r.key in doc.footnotes:
                    keys.append(r.key)
    return keys


def marks_inserted(text: str, refs) -> str:
    """``text`` with ``[key]`` where each footnote mark stood (not made safe)."""
    pieces, pos = [], 0
    for r in sorted((r for r in refs if 0 <= r.start <= len(text)), key=lambda r: r.start):
        pieces.append(text[pos:r.start])
        pieces.append(f"[{r.key}]")
        pos = r.start
    pieces.append(text[pos:])
    return "".join(pieces)


def footnote_lines(doc, keys: list[str]) -> str:
    """``[1] text`` a line per footnote (safe for the terminal)."""
    return "\n".join(f"[{safe_text(k)}] {' '.join(safe_text(doc.footnotes[k]).split())}" for k in keys)


# -- notices --------------------------------------------------------------------


def notices_for(doc, qid: str) -> list:
    """The notices that concern question ``qid``, in document order."""
    return [n for n in getattr(doc, "notices", ()) if not n.questions or qid in n.questions]


def notice_text(notice) -> str:
    """A notice as plain text: its opening line (if printed), then its text."""
    label = " ".join((notice.label or "").split())
    return "\n\n".join(t for t in (label, notice.text.strip()) if t)


def copy_notices(notices) -> str:
    """The notices as text, ``Mededeling`` over each unless its printed line says it."""
    out = []
    for n in notices:
        printed = (n.label or "").strip().casefold().startswith("mededeling")
        out.append(notice_text(n) if printed else _("Mededeling") + "\n" + notice_text(n))
    return "\n\n".join(out)


# -- joint answers --------------------------------------------------------------


def number_list(numbers: list[int]) -> str:
    """``3–6`` for a run of three or more, else ``1, 3 en 5`` / ``3 en 4``."""
    numbers = list(dict.fromkeys(numbers))
    if len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return f"{numbers[0]}–{numbers[-1]}"
    if len(numbers) == 1:
        return str(numbers[0])
    return _("{first} en {last}").format(first=", ".join(map(str, numbers[:-1])), last=numbers[-1])


def group_label(questions) -> str:
    """``Vragen 3–6``."""
    return _("Vragen {numbers}").format(numbers=number_list([q.number for q in questions]))


def same_text_runs(questions) -> list[list]:
    """Consecutive questions with the same text, together."""
    runs: list[list] = []
    for q in questions:
        if runs and " ".join(runs[-1][0].text.split()) == " ".join(q.text.split()):
            runs[-1].append(q)
        else:
            runs.append([q])
    return runs


def joint_stops(questions: list) -> list[int]:
    """For each question, the index of the question it is read at: the
    holder of its joint answer (``answer.shared_with``), else itself."""
    where = {q.id: i for i, q in enumerate(questions)}
    out = []
    for i, q in enumerate(questions):
        holder = where.get(q.answer.shared_with) if q.answer is not None and q.answer.shared_with else None
        # a holder is read at itself; a chain or a forward pointer is not followed
        ok = holder is not None and holder != i and questions[holder].answer is not None \
            and not questions[holder].answer.shared_with
        out.append(holder if ok else i)
    return out


def all_questions(doc) -> list:
    """The document's questions in reading order."""
    return [q for f in doc.factions for q in f.questions]


def joint_group(questions: list, question) -> list:
    """The questions read together with ``question`` (its joint-answer group,
    the holder first), or ``[question]``."""
    stops = joint_stops(questions)
    at = next((i for i, q in enumerate(questions) if q is question), None)
    if at is None:
        return [question]
    stop = stops[at]
    return [questions[stop]] + [q for i, q in enumerate(questions) if stops[i] == stop and i != stop]


# -- the answer audit -----------------------------------------------------------

#: An audit result in words (``unsure``: an ``unanswered`` the audit is not sure of).
AUDIT_WORDS: dict[str, str] = {
    "answered": N_("beantwoord"),
    "partly": N_("deels beantwoord"),
    "deferred": N_("uitgesteld"),
    "by_reference": N_("beantwoord met een verwijzing"),
    "unanswered": N_("onbeantwoord"),
    "unsure": N_("geen antwoord gevonden (controleer het document)"),
}


def result_key(result: str, certain: bool = True) -> str:
    """The mark key of an audit result: ``unsure`` for an uncertain ``unanswered``."""
    return "unsure" if result == "unanswered" and not certain else result


def result_words(result: str, certain: bool = True) -> str:
    """An audit result in words, in the interface's language."""
    key = result_key(result, certain)
    return _(AUDIT_WORDS[key]) if key in AUDIT_WORDS else result


def audit_line(question, numbered: bool = False) -> str | None:
    """``Antwoordcontrole: deels beantwoord — reason`` in one line (the
    reason is the document's analysis, in Dutch), None without an audit;
    ``numbered`` names the question (in a group)."""
    audit = getattr(question, "audit", None)
    if audit is None:
        return None
    head = _("Antwoordcontrole vraag {number}").format(number=question.number) if numbered \
        else _("Antwoordcontrole")
    reason = " ".join(safe_text(audit.reason).split())
    words = result_words(audit.result, audit.certain)
    return f"{head}: {words}" + (f" — {reason}" if reason else "")
