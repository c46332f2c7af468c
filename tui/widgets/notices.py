"""Notices (*Mededelingen*) in the answer pane.

A Mededeling stands in place of answers: the answer is delayed, or was given
elsewhere (``doc.notices``, each with the ids of the questions it concerns;
an empty list means every question). The parse gives those questions an
answer with status ``deferred`` or ``by-reference`` and no text; the reader
shows the notice there, with its opening line as printed, instead of
"geen antwoord". The text is document data: Content with explicit spans,
never markup.
"""

from __future__ import annotations

from textual.content import Content, Span

from ..highlight import safe_text
from ..i18n import _
from ..plain_parts import copy_notices, notice_text, notices_for  # noqa: F401 (used by the reader)


def render_notices(notices, hits=()) -> Content:
    """``Mededeling`` (bold), the opening line (italic) and the text of each
    notice, with the search ``hits`` (Marks, offsets in its plain text)."""
    pieces: list[Content] = []
    for notice in notices:
        label = safe_text(" ".join((notice.label or "").split()))
        if not label.casefold().startswith("mededeling"):  # the printed line says it already
            head = _("Mededeling")
            pieces.append(Content(head, [Span(0, len(head), "bold")]))
        if label:
            pieces.append(Content(label, [Span(0, len(label), "bold italic")]))
        pieces.append(Content(safe_text(notice.text.strip())))
    content = Content("\n\n").join(pieces)
    if hits:
        from ..highlight import STYLES

        length = len(content.plain)
        content = Content(content.plain, list(content.spans) + [
            Span(h.start, h.end, STYLES[h.kind]) for h in hits if 0 <= h.start < h.end <= length])
    return content


def notices_plain(notices) -> str:
    """The notices' text as the answer pane shows it (what search looks through)."""
    return render_notices(notices).plain
