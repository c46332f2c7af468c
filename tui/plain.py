"""Plain-text rendering of one question and its answer (``vragenronde show``).

The output is meant for pipes and the clipboard: no colour, no markup, no
wrapping, and every piece of document text passed through
:func:`tui.safe_text.safe_text`. Layout::

    SP-4 · Kamerstuk 36800-K F · 19 juni 2026 · fractie SP · vraag 4

    De regering stelt voorts ... materieel van:
    a. Amerikaanse producenten en leveranciers;
    b. Israëliëse producenten en leveranciers?

    Antwoord:

    Antwoord 4a.
    In de beantwoording ...

Like :mod:`tui.safe_text` this module imports neither rich nor textual.
"""

from __future__ import annotations

import datetime as dt
import re

from .i18n import N_, _
from .safe_text import safe_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # the model is not imported at run time: a light document
    # (parsers.light) has the same attributes, without pydantic
    from parsers.model import Answer, Document, Faction, Part, Question

__all__ = ["dutch_date", "provenance", "render_answer", "render_question", "render_show"]

_MONTHS = (
    N_("januari"), N_("februari"), N_("maart"), N_("april"), N_("mei"), N_("juni"),
    N_("juli"), N_("augustus"), N_("september"), N_("oktober"), N_("november"), N_("december"),
)

_NO_ANSWER = {
    "deferred": N_("(het antwoord is uitgesteld)"),
    "missing": N_("(geen antwoord in dit document)"),
}


def dutch_date(day: dt.date) -> str:
    """``19 juni 2026`` (the month in the interface's language)."""
    return f"{day.day} {_(_MONTHS[day.month - 1])} {day.year}"


def _faction_of(doc: Document, q: Question) -> Faction | None:
    for f in doc.factions:
        if any(x is q for x in f.questions):
            return f
    for f in doc.factions:
        if any(x.id == q.id for x in f.questions):
            return f
    return None


def document_reference(doc: Document) -> str | None:
    """``Kamerstuk 36800-K F`` / ``… nr. 12``, else the publication id."""
    m = doc.meta
    if m.dossier:
        ref = f"Kamerstuk {m.dossier}"
        if m.document_letter:
            ref += f" {m.document_letter}"
        elif m.document_number:
            ref += f" nr. {m.document_number}"
        return ref
    return m.publication_id


def provenance(doc: Document, q: Question) -> str:
    """The header line: id, document, date, faction and number as available."""
    m = doc.meta
    bits = [q.id]
    ref = document_reference(doc)
    if ref:
        bits.append(ref)
    elif m.source_name:
        bits.append(m.source_name)
    if m.date:
        bits.append(dutch_date(m.date))
    faction = _faction_of(doc, q)
    if faction is not None and faction.name:
        bits.append(_("fractie {name}").format(name=faction.name))
    bits.append(_("vraag {number}").format(number=q.number))
    return safe_text(" · ".join(bits))


def _label_tail(label: str) -> re.Pattern[str]:
    """A part label as printed at the end of the text before the part."""
    return re.compile(
        r"(?:\bAntwoord\s+\d+\s*|(?:^|(?<=\s))(?:[-*•]\s*)?\(?)"
        + re.escape(label)
        + r"\s*[.):]?\s*$",
        re.IGNORECASE,
    )


def _strip_label(text: str, label: str | None) -> str:
    """``text`` without a trailing printed label for part ``label``."""
    if label is None:
        return text.strip()
    return _label_tail(label).sub("", text.rstrip()).strip()


def _with_parts(text: str, parts: list[Part], heading) -> list[str]:
    """Paragraphs of ``text`` with ``parts`` set apart under ``heading(part)``.

    Text between parts (a printed label, stray markup) is kept unless it is
    only the next part's label.
    """
    if not parts:
        return [text.strip()] if text.strip() else []
    parts = sorted(parts, key=lambda p: p.start)
    out: list[str] = []
    pos = 0
    for part in parts:
        gap = _strip_label(text[pos:max(pos, part.start)], part.label)
        if gap:
            out.append(gap)
        out.append(heading(part))
        pos = max(pos, part.end)
    rest = text[pos:].strip()
    if rest:
        out.append(rest)
    return out


def render_question(q: Question) -> str:
    """The question text with its parts labelled ``a.``, ``b.`` ..."""
    paras = _with_parts(q.text, q.parts, lambda p: f"{p.label}. {p.text.strip()}")
    # A lead-in and its parts read as one block, like the printed list.
    return safe_text("\n".join(paras))


def render_answer(q: Question, a: Answer | None) -> str:
    """``Antwoord:`` and the answer, parts headed ``Antwoord 4a.``."""
    if a is None:
        return _("Antwoord:") + "\n\n" + _(_NO_ANSWER["missing"])
    head = _("Antwoord:")
    if a.joint and len(a.joint) > 1:
        nums = [str(n) for n in a.joint]
        head = _("Antwoord (op de vragen {numbers} en {last} samen):").format(
            numbers=", ".join(nums[:-1]), last=nums[-1])
    paras = _with_parts(
        a.text, a.parts, lambda p: f"Antwoord {q.number}{p.label}.\n{p.text.strip()}"
    )
    if not paras:
        paras = [_(_NO_ANSWER.get(a.status, _NO_ANSWER["missing"]))]
    return safe_text(head + "\n\n" + "\n\n".join(paras))


def render_show(doc: Document, q: Question) -> str:
    """The whole ``show`` output for question ``q`` of ``doc`` (ends with a newline)."""
    return "\n\n".join([provenance(doc, q), render_question(q), render_answer(q, q.answer)]) + "\n"
