"""The one-line banner over a document whose structure is uncertain.

When ``report.confidence`` is below :data:`THRESHOLD` the reader shows, under
the header, ``Structuur onzeker (0,72): 2 waarschuwingen — r: parse-rapport``
(the key is whatever the ``parse-report`` binding is mapped to). The banner
is mounted only for such documents, so the first frame of a sure one does
without it. Like the header it is one line, shortened with ``…``.
"""

from __future__ import annotations

from textual.content import Content, Span
from textual.widgets import Static

from ..check_messages import decimal
from ..i18n import _, ngettext

#: Below this confidence the banner is shown (``parsers/checks.py`` keeps a
#: document with a missing number or an unreadable label under it).
THRESHOLD = 0.8


def needs_banner(doc) -> bool:
    """Whether ``doc``'s structure is uncertain enough to say so."""
    return doc.report.confidence < THRESHOLD


def banner_text(doc, key: str = "r") -> str:
    """``Structuur onzeker (0,72): 2 waarschuwingen — r: parse-rapport``."""
    checks = doc.report.checks
    serious = sum(1 for c in checks if c.severity in ("warning", "error"))
    head = _("Structuur onzeker ({confidence})").format(confidence=decimal(doc.report.confidence))
    if serious:
        count = ngettext("{n} waarschuwing", "{n} waarschuwingen", serious).format(n=serious)
    elif checks:
        count = ngettext("{n} opmerking", "{n} opmerkingen", len(checks)).format(n=len(checks))
    else:
        count = ""
    text = head + (f": {count}" if count else "")
    return text + " — " + _("{key}: parse-rapport").format(key=key)


class ConfidenceBanner(Static):
    """The banner line; its text is Content (never markup)."""

    def __init__(self, doc, key: str = "r") -> None:
        text = banner_text(doc, key)
        head = text.split(":", 1)[0].split(" — ", 1)[0]
        super().__init__(Content(text, [Span(0, len(head), "bold")]), id="confidence-banner", markup=False)
