"""The parse report (``r``): every structure check and every piece of
unplaced text, each with where it is; Enter goes to the question it
concerns.

A check names its question (``report.checks[].question``) or only a line
(and page) in the source; then the place is the last question that starts
at or before that line. Unplaced text (``report.unplaced``) has a line at
most, and is placed the same way. Rows before the first question (the
cover letter, the first-page furniture) have no question to go to.
"""

from __future__ import annotations

from textual.content import Content, Span

from ..check_messages import check_message, decimal, severity_word, unplaced_reason
from ..fit import cut_end
from ..i18n import N_, _
from .views import ListView_, _flat


def _key(line: int | None, page: int | None) -> tuple[int, int] | None:
    if line is None:
        return None
    return (page or 0, line)


def question_at_line(doc, line: int | None, page: int | None = None) -> str | None:
    """The id of the last question starting at or before ``line`` (on ``page``)."""
    here = _key(line, page)
    if here is None:
        return None
    found = None
    for faction in doc.factions:
        for q in faction.questions:
            at = _key(q.location.line, q.location.page if page is not None else None)
            if at is not None and at <= here:
                found = q.id
    return found


def place(check_or_text, doc) -> str | None:
    """The question a check or an unplaced text concerns, if any."""
    qid = getattr(check_or_text, "question", None)
    if qid and doc.question(qid) is not None:
        return qid
    return question_at_line(doc, check_or_text.line, check_or_text.page)


def where(line: int | None, page: int | None) -> str:
    """``p. 2, r. 33`` / ``r. 33`` / ``""``."""
    bits = []
    if page is not None:
        bits.append(_("p. {page}").format(page=page))
    if line is not None:
        bits.append(_("r. {line}").format(line=line))
    return ", ".join(bits)


MARKS = {"error": "✖", "warning": "!", "info": "i"}


def check_row(check, target: str | None, width: int) -> Content:
    """``! Waarschuwing · vraag 12 · r. 46`` over the message, within ``width``."""
    sev = severity_word(check.severity)
    mark = MARKS.get(check.severity, "!")
    bits = [f"{mark} {sev[:1].upper()}{sev[1:]}"]
    if target:
        bits.append(_("vraag {id}").format(id=_flat(target)))
    loc = where(check.line, check.page)
    if loc:
        bits.append(loc)
    head = cut_end(" · ".join(bits), width)
    body = cut_end("    " + check_message(check), width)
    return Content(f"{head}\n{body}", [Span(0, min(len(head), len(bits[0])), "bold")])


def unplaced_row(item, target: str | None, width: int) -> Content:
    """``Niet geplaatst · paginaopmaak · r. 2`` over the first words of the text."""
    bits = [_("Niet geplaatst"), unplaced_reason(item.reason)]
    if target:
        bits.append(_("bij vraag {id}").format(id=_flat(target)))
    loc = where(item.line, item.page)
    if loc:
        bits.append(loc)
    head = cut_end(" · ".join(bits), width)
    body = cut_end("    “" + _flat(item.text) + "”", width)
    return Content(f"{head}\n{body}", [Span(0, min(len(head), len(bits[0])), "bold")])


class ParseReportView(ListView_):
    """Checks first (in the parser's order), then unplaced text."""

    TITLE_TEXT = N_("Parse-rapport")
    EMPTY_TEXT = N_("Het parse-rapport is leeg: alle controles zijn geslaagd en alle tekst is geplaatst.")

    def __init__(self, doc) -> None:
        super().__init__(doc)
        report = doc.report
        self.items = [(c, place(c, doc)) for c in report.checks]
        self.items += [(u, place(u, doc)) for u in report.unplaced]
        self.n_checks = len(report.checks)

    def title_text(self) -> str:
        return _("Parse-rapport · zekerheid {confidence}").format(
            confidence=decimal(self.doc.report.confidence))

    def rows(self, width: int):
        out = []
        for n, (item, target) in enumerate(self.items):
            row = check_row(item, target, width) if n < self.n_checks else unplaced_row(item, target, width)
            out.append((row, target))
        return out

    def detail(self, index: int) -> str:
        item, _target = self.items[index]
        if index < self.n_checks:
            return check_message(item)
        return " ".join(item.text.split())
