"""The document head: what the document is, who asked, who answered, when,
and its cover letter and closing.

Shown in the reader's panes when the ``Document`` entry at the top of the
outline is chosen (or ``d``): the facts of ``doc.meta`` in the question
pane, the intro (cover letter, introduction) and the closing (signatures)
in the answer pane. Document text is Content with explicit spans, never
markup.
"""

from __future__ import annotations

from textual.content import Content, Span

from ..highlight import safe_text
from ..i18n import _
from ..plain import dutch_date
from ..publication import askers_text, kind_word, publication_name, publication_url


def _flat(text: str | None) -> str:
    return " ".join(safe_text(text or "").split())


def head_facts(doc) -> list[tuple[str, str]]:
    """(label, value) for every fact of the document that is known."""
    m = doc.meta
    rows = [
        (_("Soort"), kind_word(m)),
        (_("Titel"), _flat(m.title)),
        (_("Publicatie"), publication_name(m) or ""),
        (_("Publicatie-id"), _flat(m.publication_id)),
        (_("Kamer"), _flat(m.house)),
        (_("Vergaderjaar"), _flat(m.session_year)),
        (_("Vragen van"), askers_text(m)),
        (_("Aan"), "; ".join(_flat(a) for a in m.addressees)),
        (_("Beantwoord door"), _flat(m.answerer)),
        (_("Ingezonden"), dutch_date(m.date_submitted) if m.date_submitted else ""),
        (_("Datum"), dutch_date(m.date) if m.date else ""),
        (_("Kenmerk"), _flat(m.reference)),
        (_("Zaak"), _flat(m.zaak)),
        (_("Ondertekend door"), "; ".join(_flat(s) for s in m.signatories)),
        (_("Adres"), publication_url(m) or ""),
        (_("Bestand"), _flat(m.source_name) + (f" ({_flat(m.source_format)})" if m.source_format else "")),
    ]
    return [(label, value) for label, value in rows if value.strip(" ()")]


def render_head_facts(doc) -> Content:
    """``Soort: Kamervragen`` … one fact a line, the labels bold."""
    lines = []
    for label, value in head_facts(doc):
        head = f"{label}:"
        lines.append(Content(f"{head} {value}", [Span(0, len(head), "bold")]))
    return Content("\n").join(lines) if lines else Content(_("Over dit document is niets bekend."))


def render_intro_closing(doc) -> Content:
    """The intro, then ``Slot`` and the closing; a note when there is neither."""
    pieces: list[Content] = []
    intro = (doc.intro or "").strip()
    closing = (doc.closing or "").strip()
    if intro:
        head = _("Inleiding")
        pieces += [Content(head, [Span(0, len(head), "bold")]), Content(safe_text(intro))]
    if closing:
        head = _("Slot")
        pieces += [Content(head, [Span(0, len(head), "bold")]), Content(safe_text(closing))]
    from .footnotes import block_text, unmarked_keys

    loose = unmarked_keys(doc)
    if loose:  # footnotes whose mark the parse did not place
        head = _("Voetnoten")
        pieces += [Content(head, [Span(0, len(head), "bold")]), Content(block_text(doc, loose))]
    if not pieces:
        note = _("Het document heeft geen inleiding en geen slot.")
        return Content(note, [Span(0, len(note), "italic")])
    return Content("\n\n").join(pieces)


def head_title() -> Content:
    text = _("Document")
    return Content(text, [Span(0, len(text), "bold")])


def intro_title() -> Content:
    text = _("Inleiding en slot")
    return Content(text, [Span(0, len(text), "bold")])
