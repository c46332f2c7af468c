"""Text builders for the reader: header, pane titles, status line, copy text.

Pure functions from model objects to :class:`~textual.content.Content` or
plain strings, so the screen stays small and tests can check them directly.
"""

from __future__ import annotations

from textual.content import Content, Span

from ..highlight import Extended, Mark, Rendered, doc_marks, safe_text
from ..i18n import N_, _
from .footnotes import copy_lines, keys_of, refs_in, render_marked, text_with_markers
from .notices import copy_notices, notices_for, render_notices
from .outline import faction_title, status_of

#: How an answer's status is said (catalog ids; "answered" goes unsaid in titles).
STATUS_WORDS = {
    "answered": N_("beantwoord"),
    "by-reference": N_("beantwoord met een verwijzing"),
    "deferred": N_("antwoord uitgesteld"),
    "missing": N_("geen antwoord"),
}


def status_label(status: str) -> str:
    """An answer status (``by-reference`` …) in words, in the interface's language."""
    return _(STATUS_WORDS[status]) if status in STATUS_WORDS else status


def _header_bits(doc, askers_limit: int | None, kind: str = "full") -> list[str]:
    from ..plain import dutch_date
    from ..publication import askers_text, kind_word, publication_name

    m = doc.meta
    said = {"full": kind_word(m), "short": kind_word(m, short=True)}.get(kind)
    bits = [said, publication_name(m), askers_text(m, limit=askers_limit),
            dutch_date(m.date) if m.date else None]
    return [safe_text(b) for b in bits if b]


def header_text(doc, fallback: str = "") -> str:
    """``kind · publication · askers · date``: what the document is, as far
    as it is known (``Kamervragen · Aanhangsel Handelingen II 2023/24, nr.
    7777 · Dobbe en Dijk (SP) · 25 maart 2024``)."""
    line = " · ".join(_header_bits(doc, 3))
    return line or safe_text(doc.meta.source_name or fallback)


def header_content(doc, fallback: str = "", width: int | None = None) -> Content:
    """The header as one line: the identification (bold), then the title.

    Within ``width`` cells it is said shorter rather than cut: without the
    title, then with the kind said short (``Nota n.a.v. het verslag``) and
    the first asker ``c.s.``, then without the kind; CSS
    cuts what still does not fit with ``…`` (``text-overflow: ellipsis``).
    It never wraps."""
    title = " ".join(safe_text(doc.meta.title or "").split())
    line = header_text(doc, fallback)
    tries = [(line, title), (line, "")]
    tries.append((" · ".join(_header_bits(doc, 1, kind="short")) or line, ""))
    tries.append((" · ".join(_header_bits(doc, 1, kind="none")) or line, ""))
    for ident, tail in tries:
        text = ident + (f" · {tail}" if tail else "")
        if width is None or len(text) <= width:
            break
    return Content(text, [Span(0, len(ident), "bold")])


def question_title(question, faction) -> Content:
    """``Vraag 4 · SP · SP-4``; ``Vraag 4`` alone in a block without a
    name whose ids are the numbers (Kamervragen)."""
    head = _("Vraag {number}").format(number=question.number)
    bits = [head]
    if faction is not None and faction.name:
        bits.append(safe_text(faction_title(faction)))
    if question.id != str(question.number):
        bits.append(safe_text(question.id))
    text = " · ".join(bits)
    return Content(text, [Span(0, len(head), "bold")])


def answer_title(question, doc=None) -> Content:
    """``Antwoord 4`` plus the status when not simply answered; ``Mededeling``
    when a notice stands in place of the answer."""
    head = _("Antwoord {number}").format(number=question.number)
    if doc is not None and notice_only(doc, question):
        head = _("Mededeling")
    status = status_of(question)
    text = head + (f" ({status_label(status)})" if status in STATUS_WORDS and status != "answered" else "")
    return Content(text, [Span(0, len(head), "bold")])


def render_question(doc, question, hits: list[Mark]) -> Rendered:
    """The question text with part labels ``a.`` and its marks."""
    marks = doc_marks(doc, question.id, "question") + hits
    return render_marked(doc, question.id, "question", question.text, question.parts, lambda label: f"{label}.", marks)


def notice_only(doc, question) -> bool:
    """A notice stands in place of the answer (no answer text of its own)."""
    answer = question.answer
    return (answer is None or not answer.text.strip()) and bool(notices_for(doc, question.id))


def render_answer(doc, question, hits: list[Mark], notice_hits: list[Mark] = ()) -> Rendered:
    """The answer text with part labels ``Antwoord 4a.`` and its marks,
    and after it any notice (Mededeling) that concerns the question (with
    its search ``notice_hits``)."""
    answer = question.answer
    notices = notices_for(doc, question.id)
    if answer is None or (notices and not answer.text.strip()):
        if notices:
            return Rendered(render_notices(notices, notice_hits), [])
        note = _("Voor deze vraag is geen antwoord gevonden.")
        return Rendered(Content(note, [Span(0, len(note), "italic")]), [])
    marks = doc_marks(doc, question.id, "answer") + hits
    number = question.number
    rendered = render_marked(doc, question.id, "answer", answer.text, answer.parts,
                             lambda label: f"Antwoord {number}{label}.", marks)
    if notices:
        rendered = Extended(rendered, Content("\n\n").join([rendered.content, render_notices(notices, notice_hits)]))
    return rendered


def plain_body(doc) -> str:
    """A document without questions as text: intro, notices, closing."""
    notices = copy_notices(doc.notices) if getattr(doc, "notices", None) else ""
    return "\n\n".join(t.strip() for t in (doc.intro, notices, doc.closing) if t and t.strip())


def provenance(doc, question, faction, group=None) -> str:
    """One line saying where a copied question and answer come from
    (:func:`tui.publication.provenance_line`)."""
    from ..publication import provenance_line

    return provenance_line(doc, group or [question], faction.name if faction is not None else None)


def copy_answer_text(question, doc=None, footnotes: bool = True) -> str:
    """The answer as copied by ``y``: with its footnote marks ``[1]`` and,
    under it, its footnotes as ``[1] …`` lines; with the notices that
    concern it."""
    text = ""
    if question.answer:
        text = question.answer.text
        if doc is not None:
            text = text_with_markers(text, refs_in(doc, question.id, "answer"))
        text = text.strip()
    if doc is None:
        return text
    notices = notices_for(doc, question.id)
    if notices:
        text = "\n\n".join(t for t in (text, copy_notices(notices)) if t)
    keys = keys_of(doc, [question.id], ("answer",))
    if footnotes and keys:
        text += "\n\n" + copy_lines(doc, keys)
    return text


def copy_question_text(question, doc) -> str:
    """The question text with its footnote marks ``[1]``."""
    return text_with_markers(question.text, refs_in(doc, question.id, "question")).strip()


def copy_both_text(doc, question, faction, group=None) -> str:
    """Question, answer, their footnotes and provenance as copied by ``Y``;
    for a ``group`` answered jointly, each question under its label and the
    answer once."""
    answer = copy_answer_text(question, doc, footnotes=False) or _("(geen antwoord)")
    members = group if group and len(group) > 1 else [question]
    keys = keys_of(doc, [q.id for q in members])
    notes = f"{copy_lines(doc, keys)}\n\n" if keys else ""
    if len(members) > 1:
        from .joint import copy_group_text

        texts = [copy_question_text(q, doc) for q in members]
        return copy_group_text(members, answer, texts) + f"\n\n{notes}{provenance(doc, question, faction, group)}\n"
    # a Mededeling in place of the answer is copied under its own heading, not as "Antwoord 2"
    answer_head = "" if notice_only(doc, question) else _("Antwoord {number}").format(number=question.number) + "\n"
    return (
        _("Vraag {number}").format(number=question.number) + f"\n{copy_question_text(question, doc)}\n\n"
        + answer_head + f"{answer}\n\n"
        + notes + f"{provenance(doc, question, faction)}\n"
    )
