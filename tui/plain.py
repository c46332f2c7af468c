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

import re

from .i18n import N_, _
from .plain_parts import (
    all_questions, audit_line, copy_notices, footnote_lines, group_label, joint_group, keys_of,
    marks_inserted, notices_for, number_list, refs_in, same_text_runs,
)
from .publication import dutch_date, provenance_line
from .safe_text import safe_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # the model is not imported at run time: a light document
    # (parsers.light) has the same attributes, without pydantic
    from parsers.model import Answer, Document, Faction, Part, Question

__all__ = ["dutch_date", "provenance", "render_answer", "render_question", "render_show"]

_NO_ANSWER = {
    "deferred": N_("(het antwoord is uitgesteld)"),
    "missing": N_("(geen antwoord in dit document)"),
}


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


def _marked(text: str, a: int, b: int, refs) -> str:
    """``text[a:b]`` with the footnote marks ``[1]`` that stand in it (a mark
    at ``b`` ends the slice; one at 0 opens the text)."""
    inside = [r for r in refs if a < r.start <= b or r.start == a == 0]
    if not inside:
        return text[a:b]
    shifted = [_Ref(r.key, r.start - a) for r in inside]
    return marks_inserted(text[a:b], shifted)


class _Ref:
    __slots__ = ("key", "start")

    def __init__(self, key: str, start: int) -> None:
        self.key, self.start = key, start


def _with_parts(text: str, parts: list[Part], heading, refs=()) -> list[str]:
    """Paragraphs of ``text`` with ``parts`` set apart under ``heading(part,
    body)``, footnote marks ``refs`` put back as ``[1]``.

    Text between parts (a printed label, stray markup) is kept unless it is
    only the next part's label.
    """
    refs = list(refs)
    if not parts:
        whole = _marked(text, 0, len(text), refs).strip()
        return [whole] if whole else []
    parts = sorted(parts, key=lambda p: p.start)
    out: list[str] = []
    pos = 0
    for part in parts:
        gap = _strip_label(_marked(text, pos, max(pos, part.start), refs), part.label)
        if gap:
            out.append(gap)
        body = _marked(text, part.start, part.end, refs) if any(
            part.start < r.start <= part.end for r in refs) else part.text
        out.append(heading(part, body.strip()))
        pos = max(pos, part.end)
    rest = _marked(text, pos, len(text), refs).strip() if pos < len(text) else ""
    if rest:
        out.append(rest)
    return out


def render_question(q: Question, doc: Document | None = None) -> str:
    """The question text with its parts labelled ``a.``, ``b.`` ... and its
    footnote marks ``[1]`` (given ``doc``)."""
    refs = refs_in(doc, q.id, "question") if doc is not None else ()
    paras = _with_parts(q.text, q.parts, lambda p, body: f"{p.label}. {body}", refs)
    # A lead-in and its parts read as one block, like the printed list.
    return safe_text("\n".join(paras))


def render_answer(q: Question, a: Answer | None, doc: Document | None = None, head: str | None = None) -> str:
    """``Antwoord:`` and the answer, parts headed ``Antwoord 4a.``, footnote
    marks ``[1]``; a notice (Mededeling) that concerns the question after it,
    or in place of an answer that has no text (given ``doc``)."""
    notices = notices_for(doc, q.id) if doc is not None else []
    if head is None:
        head = _("Antwoord:")
        if a is not None and a.joint and len(a.joint) > 1:
            nums = [str(n) for n in a.joint]
            head = _("Antwoord (op de vragen {numbers} en {last} samen):").format(
                numbers=", ".join(nums[:-1]), last=nums[-1])
    if a is None:
        paras = []
    else:
        refs = refs_in(doc, q.id, "answer") if doc is not None else ()
        paras = _with_parts(a.text, a.parts, lambda p, body: f"Antwoord {q.number}{p.label}.\n{body}", refs)
    if notices:
        paras.append(copy_notices(notices))
    if not paras:
        status = a.status if a is not None else "missing"
        paras = [_(_NO_ANSWER.get(status, _NO_ANSWER["missing"]))]
    return safe_text(head + "\n\n" + "\n\n".join(paras))


def render_show(doc: Document, q: Question) -> str:
    """The whole ``show`` output for question ``q`` of ``doc`` (ends with a newline).

    A question answered jointly with others shows its group once: each
    question under its label (``Vraag 1``, ``Vragen 4–6`` for one text
    printed for several), the answer once. Then the footnotes of the texts
    shown (``[1] …``), the answer audit per question and where it comes
    from (``Bron: …``, as the reader's ``Y`` copies it).
    """
    group = joint_group(all_questions(doc), q)
    blocks = [provenance(doc, q)]
    if len(group) > 1:
        for run in same_text_runs(group):
            label = _("Vraag {number}").format(number=run[0].number) if len(run) == 1 else group_label(run)
            blocks.append(safe_text(label) + "\n" + render_question(run[0], doc))
        holder = group[0]
        head = _("Antwoord op vragen {numbers}:").format(numbers=number_list([m.number for m in group]))
        blocks.append(render_answer(holder, holder.answer, doc, head))
    else:
        blocks += [render_question(q, doc), render_answer(q, q.answer, doc)]
    keys = keys_of(doc, [m.id for m in group])
    if keys:
        blocks.append(footnote_lines(doc, keys))
    audits = [line for m in group if (line := audit_line(m, numbered=len(group) > 1))]
    if audits:
        blocks.append("\n".join(audits))
    faction = _faction_of(doc, q)
    blocks.append(provenance_line(doc, group, faction.name if faction is not None else None))
    return "\n\n".join(blocks) + "\n"
