"""The answer audit in the reader: outline marks, the note under the answer,
the open parts that ``u`` / ``U`` step through.

The audit itself is the parser's (``question.audit``, see
``docs/dump-format.md``): a result per asked part of a question, with a
short Dutch reason. Here it is only shown:

* a one-cell mark per question in the outline (``✓`` answered, ``½`` partly,
  ``→`` deferred, ``↗`` by reference, ``✗`` unanswered, ``?`` no answer
  found, which may be a gap in the parse), ASCII in ascii mode;
* under the answer, for the parts that are not plainly answered, what the
  audit found (``deelvraag 2 · deels: vraagt om een bedrag; het antwoord
  noemt geen bedrag``);
* :func:`open_places`: every open part (partly, deferred, unanswered) of a
  document in reading order, for the next/previous open part keys.

A question without an audit (a document that holds no answers) keeps the
answer status mark of :mod:`.outline`. The reasons are the document's
analysis in Dutch (data, like document text: never translated, never markup).
"""

from __future__ import annotations

from textual.content import Content, Span

from ..highlight import Extended, Rendered, safe_text
from ..i18n import _
from ..plain_parts import AUDIT_WORDS, result_key, result_words  # noqa: F401 (used by the reader)

#: Outline mark per audit result: (unicode, ascii). "unsure" is an
#: ``unanswered`` the audit is not sure of (no answer found for the question).
AUDIT_MARKS: dict[str, tuple[str, str]] = {
    "answered": ("✓", "+"),
    "partly": ("½", "~"),
    "deferred": ("→", ">"),
    "by_reference": ("↗", "^"),
    "unanswered": ("✗", "x"),
    "unsure": ("?", "?"),
}

#: The results ``u`` / ``U`` stop at.
OPEN_RESULTS = frozenset({"partly", "deferred", "unanswered"})


def audit_key(question) -> str | None:
    """The question's audit result as a mark key, None without an audit."""
    audit = getattr(question, "audit", None)
    if audit is None:
        return None
    return result_key(audit.result, audit.certain)


def audit_mark(question, ascii_only: bool = False) -> str:
    """The outline mark of ``question``'s audit result ("" without an audit:
    the outline then marks the answer status)."""
    pair = AUDIT_MARKS.get(audit_key(question) or "")
    return "" if pair is None else pair[1 if ascii_only else 0]


def legend(ascii_only: bool = False) -> str:
    """What the outline marks mean (for the help screen), in the current mode."""
    marks = ", ".join(f"{pair[1 if ascii_only else 0]} {_(AUDIT_WORDS[key])}"
                      for key, pair in AUDIT_MARKS.items())
    return _("Tekens in het overzicht (antwoordcontrole): {marks}").format(marks=marks)


# -- open parts ---------------------------------------------------------------

def open_places(questions, stop_of: list[int] | None = None) -> list[tuple[int, int]]:
    """(question index, part position in ``audit.parts``) of every open part,
    in reading order: a joint-answer group (``stop_of``, see
    :func:`tui.plain_parts.joint_stops`) is read at its first question, its
    members after it, and a member whose text the group shows once (the same
    text as the member before it) has no places of its own."""
    stop_of = list(range(len(questions))) if stop_of is None else stop_of
    out = []
    for qi, q in enumerate(questions):
        audit = getattr(q, "audit", None)
        if audit is None or _shown_before(questions, stop_of, qi):
            continue
        out.extend((qi, pi) for pi, p in enumerate(audit.parts) if p.result in OPEN_RESULTS)
    return sorted(out, key=lambda p: (stop_of[p[0]], p))


def _shown_before(questions, stop_of: list[int], qi: int) -> bool:
    """Whether question ``qi``'s text is shown once with the group member before it."""
    before = [i for i in range(qi) if stop_of[i] == stop_of[qi]]
    return bool(before) and " ".join(questions[before[-1]].text.split()) == " ".join(questions[qi].text.split())


def step_open(places: list[tuple[int, int]], here: tuple[int, int | None], step: int,
              stop_of: list[int] | None = None) -> tuple[int, int] | None:
    """The open part after (``step`` 1) or before (-1) ``here``, None at the end.

    ``here`` is (question index, part position) when the reader stands on an
    open part, or (question index, None) on a question as such: then the
    next one is in a later question and the previous one in an earlier one
    (the note under the answer already shows the current question's parts).
    With ``stop_of`` the order is the reading order of :func:`open_places`
    and a question as such is its whole joint-answer group.
    """
    stop = (lambda qi: stop_of[qi]) if stop_of is not None else (lambda qi: qi)
    qi, pi = here

    def key(place):
        return (stop(place[0]), *place)

    if step > 0:
        at = (stop(qi), qi, pi) if pi is not None else (stop(qi), float("inf"))
        return next((p for p in places if key(p) > at), None)
    at = (stop(qi), qi, pi) if pi is not None else (stop(qi), -1)
    return next((p for p in reversed(places) if key(p) < at), None)


def group_audited(questions):
    """The question of a joint-answer group whose audit result is the most
    open (unanswered, then no answer found, deferred, partly, by reference,
    answered): the group's outline mark. The first on a tie; None without audits."""
    rank = {"unanswered": 5, "unsure": 4, "deferred": 3, "partly": 2, "by_reference": 1, "answered": 0}
    audited = [q for q in questions if audit_key(q) is not None]
    return max(audited, key=lambda q: rank.get(audit_key(q), 0), default=None)


def part_name(part) -> str:
    """``deelvraag 2`` or ``deelvraag 2 (b)``."""
    name = _("deelvraag {n}").format(n=part.index)
    return f"{name} ({safe_text(part.label)})" if part.label else name


def part_summary(question, part) -> str:
    """One line about an audited part: ``SP-4, deelvraag 2 (b) · deels beantwoord: reason``."""
    return (f"{safe_text(question.id)}, {part_name(part)} · {result_words(part.result, part.certain)}: "
            f"{' '.join(safe_text(part.reason).split())}")


# -- the note under the answer ------------------------------------------------

#: Styles of the note: its heading, and the part names in it.
NOTE_HEAD = "bold"
NOTE_PART = "bold"
NOTE_BODY = "$text-muted"


def audit_note(question, numbered: bool = False) -> Content | None:
    """What the audit found for the parts not plainly answered, or None.

    ``Antwoordcontrole: deels beantwoord`` and a line per such part:
    ``• deelvraag 2 (b) · deels beantwoord: vraagt om een bedrag; …``; a
    question of one part gets only its reason (``• het antwoord volgt
    later``); ``numbered`` names the question in the heading (in a joint
    group). A question whose parts are all answered gets no note, nor an
    answer that only refers elsewhere (``Zie antwoord vraag 4.``): its title
    says so already, and ``f`` follows the reference; nor a question that a
    Mededeling defers (the notice is shown in its place).
    """
    audit = getattr(question, "audit", None)
    if audit is None or (audit.result == "answered" and all(p.result == "answered" for p in audit.parts)):
        return None
    answer = getattr(question, "answer", None)
    if audit.result == "by_reference" and answer is not None and answer.status == "by-reference":
        return None
    if audit.result == "deferred" and (answer is None or not answer.text.strip()):
        return None  # a Mededeling defers it: the pane shows that notice under its own title
    head = _("Antwoordcontrole: {result}").format(result=result_words(audit.result, audit.certain))
    if numbered:  # in a joint-answer group: which question
        head = _("Antwoordcontrole vraag {number}").format(number=question.number) + ": " \
            + result_words(audit.result, audit.certain)
    pieces = [Content(head, [Span(0, len(head), NOTE_HEAD)])]
    if len(audit.parts) <= 1:  # the heading says the result: only the reason
        reason = " ".join(safe_text(audit.parts[0].reason if audit.parts else audit.reason).split())
        pieces.append(Content(f"• {reason}", [Span(2, 2 + len(reason), NOTE_BODY)]))
        return Content("\n").join(pieces)
    for part in (p for p in audit.parts if p.result != "answered"):
        name = part_name(part)
        lead = f"• {name} · {result_words(part.result, part.certain)}: "
        reason = " ".join(safe_text(part.reason).split())
        pieces.append(Content(lead + reason, [Span(2, 2 + len(name), NOTE_PART),
                                               Span(len(lead), len(lead) + len(reason), NOTE_BODY)]))
    return Content("\n").join(pieces)


def with_audit(rendered: Rendered, question, group=None) -> Rendered:
    """``rendered`` (an answer) with the audit note under it; the offsets of
    the answer text are unchanged (the note comes after it). For the joint
    answer of ``group`` (its questions, the holder first) a note per question
    the group shows (``Antwoordcontrole vraag 3: …``; a text shown once for
    several questions, once); a group of one text gets the note of one question."""
    if group is not None and len(group) > 1:
        from ..plain_parts import same_text_runs

        runs = same_text_runs(group)
        notes = [n for run in runs if (n := audit_note(run[0], numbered=True)) is not None]
        if len(runs) == 1:
            note = audit_note(question)
        else:
            note = Content("\n\n").join(notes) if notes else None
    else:
        note = audit_note(question)
    if note is None:
        return rendered
    sep = Content("\n\n") if rendered.content.plain else Content("")
    return Extended(rendered, Content("").join([rendered.content, sep, note]))
