"""The reader inside a library: open at a search hit, cited-by, linked citations.

:class:`LibraryLinks` is mixed into the reader.
``ReaderScreen.open_in_library(app, library, folder, rel, ...)`` pushes a
reader that knows its library (``reader.library``, ``reader.library_rel``);
with a question and words it lands on that question with the words
highlighted by the reader's own in-document search (``n``/``N`` step
through them). In the reader, ``C`` lists the library documents citing this
one, ``c`` marks cited documents that are in the library ("in library") and
opens them, ``e`` exports. The views themselves are in
:mod:`tui.screens.library_views`, imported when first used.

This module never imports the reader screen (the reader imports it): the
class method opens a new screen of the reader's own class.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from ..highlight import find_all
from ..i18n import _
from .navigation import SEARCH_FIELDS, SEARCH_ORDER, Hit, field_text


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """The places of ``words`` in ``text``, in order, overlaps dropped (one word inside another)."""
    out, end = [], -1
    for s, e in sorted({s for w in words for s in find_all(text, w)}):
        if s >= end:
            out.append((s, e))
            end = e
    return out


def find_words(nav, words: list[str]) -> list[Hit]:
    """Every occurrence of any of ``words`` (case-insensitive), in reading
    order: questions and answers (a joint answer once, at the question that
    holds it) and the notices (*Mededelingen*) under them, as the reader's
    own search finds them."""
    hits: list[Hit] = []
    notices = getattr(nav.doc, "notices", None)
    for index, q in enumerate(nav.questions):
        for name in SEARCH_FIELDS:
            if name == "answer" and nav.stop(index) != index:
                continue
            hits += [Hit(index, name, s, e) for s, e in _spans(field_text(q, name), words)]
        if notices and nav.stop(index) == index:
            from ..widgets.notices import notices_for, notices_plain

            shown = notices_for(nav.doc, q.id)
            if shown:
                hits += [Hit(index, "notice", s, e) for s, e in _spans(notices_plain(shown), words)]
    hits.sort(key=lambda h: (nav.stop(h.index), h.index, SEARCH_ORDER.get(h.field, 9), h.start))
    return hits


def show_found(reader, question: str | None, words: list[str], field: str | None = None) -> None:
    """Go to ``question`` in a loaded reader and highlight ``words`` there;
    the current hit is the first one there in ``field`` (``question``,
    ``answer``, ``notice``) when it has one."""
    if reader.state == "plain":  # no questions (a letter that only postpones them): the words in the text
        return reader.call_after_refresh(mark_plain, reader, words)  # once the text is mounted
    nav = reader.nav
    target = nav.index_of(question) if question else None
    if question and target is None:
        reader.notify(_("Vraag {id} staat niet in dit document").format(id=question), severity="warning", markup=False)
    target = nav.index if target is None else target
    if words:
        nav.hits = find_words(nav, words)
        nav.query = " ".join(words)
        stop = nav.stop(target)
        here = [n for n, h in enumerate(nav.hits) if nav.stop(h.index) == stop]
        there = [n for n in here if nav.hits[n].field == field]
        later = [n for n, h in enumerate(nav.hits) if nav.stop(h.index) >= stop]
        nav.hit_index = (there or here or later or [0])[0] if nav.hits else -1
    reader.goto(target)


def mark_plain(reader, words: list[str]) -> None:
    """Highlight ``words`` in the plain text of a reader without questions
    and scroll to the first."""
    from textual.content import Span

    from ..highlight import STYLES

    message = reader.query_one("#message")
    content = message.visual
    spans = _spans(content.plain, words)
    if not spans:
        return
    message.update(content.add_spans([Span(s, e, STYLES["hit"]) for s, e in spans]))

    def scroll(attempt: int = 0) -> None:
        pane = reader.query_one("#message-pane")
        width = message.content_region.width
        line = content[:spans[0][0]].get_height(message.styles, width) if width > 0 else 0
        y = max(0, line - 3)
        if (width <= 0 or y > pane.max_scroll_y) and attempt < 20:  # the text is not laid out yet
            reader.set_timer(0.05, lambda: scroll(attempt + 1))
            return
        pane.scroll_to(y=y, animate=False, immediate=True)

    reader.call_after_refresh(scroll)


class LibraryLinks:
    """Mixin for the reader: what it can do when opened from a library."""

    library = None
    library_rel: str | None = None
    #: Called with the reader once its document is shown (then cleared).
    after_load = None

    def run_after_load(self) -> None:
        hook, self.after_load = self.after_load, None
        if hook is not None:
            hook(self)

    @classmethod
    def open_in_library(cls, app, library, folder, rel: str, question: str | None = None,
                        words: list[str] | None = None, field: str | None = None):
        """Push a reader on library document ``rel``; returns the reader screen
        (at ``question``, ``words`` found, the current one in ``field``)."""
        reader = cls(Path(folder) / rel)
        reader.library = library
        reader.library_rel = rel
        if question or words:
            reader.after_load = partial(show_found, question=question, words=list(words or []), field=field)
        app.push_screen(reader)
        return reader

    def _open_other(self, rel: str, question: str | None = None) -> None:
        self.open_in_library(self.app, self.library, self.library.folder, rel, question)

    def open_library_citations(self) -> None:
        """The citations view with library documents marked (``c``)."""
        from .library_views import LibraryCitationsView, linked_citations

        resolved = self.library.resolved_citations(self.library_rel)
        view = LibraryCitationsView(self.doc, linked_citations(self.doc, resolved))

        def done(result) -> None:
            if result is None:
                return
            kind, value = result
            if kind == "open":
                self._open_other(value)
            else:
                self.jump_to_id(value)

        self.app.push_screen(view, done)

    def action_cited_by(self) -> None:
        """``C``: the library documents that cite this document."""
        if self.library is None:
            self.notify(_("Aangehaald door werkt in een bibliotheek: open een map (vragenronde MAP)"), markup=False)
            return
        if not self._ready():
            return
        pub = self.doc.meta.publication_id
        if not pub:
            self.notify(_("Dit document heeft geen publicatienummer, dus geen bron kan ernaar verwijzen"),
                        severity="warning", markup=False)
            return
        from .library_views import CitedByView

        citing = [c for c in self.library.cited_by(pub) if c.rel != self.library_rel]

        def done(result) -> None:
            if result:
                self._open_other(*result)

        self.app.push_screen(CitedByView(pub, citing), done)

    def action_export(self) -> None:
        """``e``: export the question, faction or document."""
        from .library_export import export_from_reader

        export_from_reader(self)
