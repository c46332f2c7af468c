"""Text builders for the reader: header, pane titles, status line, copy text.

Pure functions from model objects to :class:`~textual.content.Content` or
plain strings, so the screen stays small and tests can check them directly.
"""

from __future__ import annotations

from textual.content import Content, Span

from ..highlight import Mark, Rendered, doc_marks, render_field, safe_text
from .outline import faction_title, status_of

STATUS_WORDS = {
    "by-reference": "answered by reference",
    "deferred": "answer deferred",
    "missing": "no answer",
}


def header_text(doc, fallback: str = "") -> str:
    """House, dossier, letter/number, document type and date, one line."""
    m = doc.meta
    ident = " ".join(x for x in (m.dossier, m.document_letter) if x)
    if m.document_number:
        ident = f"{ident} nr. {m.document_number}".strip()
    bits = [m.house, ident, m.document_type, m.date.isoformat() if m.date else None]
    line = " · ".join(safe_text(b) for b in bits if b)
    return line or safe_text(m.source_name or fallback)


def header_content(doc, fallback: str = "") -> Content:
    """The header as Content: the identification line, then the title."""
    line = header_text(doc, fallback)
    title = " ".join(safe_text(doc.meta.title or "").split())
    text = line + (f"\n{title}" if title else "")
    return Content(text, [Span(0, len(line), "bold")])


def question_title(question, faction) -> Content:
    """``Vraag 4 · SP · SP-4``."""
    head = f"Vraag {question.number}"
    text = f"{head} · {safe_text(faction_title(faction))} · {safe_text(question.id)}"
    return Content(text, [Span(0, len(head), "bold")])


def answer_title(question) -> Content:
    """``Antwoord 4`` plus the status when not simply answered."""
    head = f"Antwoord {question.number}"
    status = status_of(question)
    text = head + (f" ({STATUS_WORDS[status]})" if status in STATUS_WORDS else "")
    return Content(text, [Span(0, len(head), "bold")])


def render_question(doc, question, hits: list[Mark]) -> Rendered:
    """The question text with part labels ``a.`` and its marks."""
    marks = doc_marks(doc, question.id, "question") + hits
    return render_field(question.text, question.parts, lambda label: f"{label}.", marks)


def render_answer(doc, question, hits: list[Mark]) -> Rendered:
    """The answer text with part labels ``Antwoord 4a.`` and its marks."""
    answer = question.answer
    if answer is None:
        note = "No answer was found for this question."
        return Rendered(Content(note, [Span(0, len(note), "italic")]), [])
    marks = doc_marks(doc, question.id, "answer") + hits
    number = question.number
    return render_field(answer.text, answer.parts, lambda label: f"Antwoord {number}{label}.", marks)


def provenance(doc, question, faction) -> str:
    """One line saying where a copied question and answer come from."""
    m = doc.meta
    bits = [
        m.house,
        " ".join(x for x in (f"Kamerstuk {m.dossier}" if m.dossier else None, m.document_letter) if x),
        m.document_type,
        m.date.isoformat() if m.date else None,
        m.source_name,
    ]
    where = ", ".join(b for b in bits if b)
    return f"Bron: {where}; {faction_title(faction)}, vraag {question.number} ({question.id})"


def copy_answer_text(question) -> str:
    """The answer as copied by ``y``."""
    return question.answer.text.strip() if question.answer else ""


def copy_both_text(doc, question, faction) -> str:
    """Question, answer and provenance as copied by ``Y``."""
    answer = question.answer.text.strip() if question.answer else "(no answer)"
    return (
        f"Vraag {question.number}\n{question.text.strip()}\n\n"
        f"Antwoord {question.number}\n{answer}\n\n{provenance(doc, question, faction)}\n"
    )
