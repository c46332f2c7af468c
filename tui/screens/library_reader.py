"""The reader inside a library: open at a search hit, cited-by, linked citations.

:func:`open_in_reader` pushes a :class:`~tui.screens.reader.ReaderScreen`
that knows its library (``reader.library``, ``reader.library_rel``); with
a question and words it lands on that question with the words highlighted
by the reader's own in-document search (``n``/``N`` step through them).
:class:`LibraryLinks` is mixed into the reader: ``C`` lists the library
documents citing this one, ``c`` marks cited documents that are in the
library ("in library") and opens them, ``e`` exports.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual.binding import Binding
from textual.content import Content, Span
from textual.widgets import OptionList

from ..highlight import find_all, safe_text
from .navigation import SEARCH_FIELDS, Hit, field_text
from .views import CitationsView, ListView_, cited_documents, citation_line

IN_LIBRARY = "in library"


def open_in_reader(app, library, folder, rel: str, question: str | None = None,
                   words: list[str] | None = None):
    """Push a reader on library document ``rel``; returns the reader screen."""
    from .reader import ReaderScreen

    reader = ReaderScreen(Path(folder) / rel)
    reader.library = library
    reader.library_rel = rel
    if question or words:
        reader.after_load = partial(show_found, question=question, words=list(words or []))
    app.push_screen(reader)
    return reader


def find_words(nav, words: list[str]) -> list[Hit]:
    """Every occurrence of any of ``words`` (case-insensitive), in reading order."""
    hits: list[Hit] = []
    for index, q in enumerate(nav.questions):
        for name in SEARCH_FIELDS:
            text = field_text(q, name)
            spans = sorted({s for w in words for s in find_all(text, w)})
            end = -1
            for s, e in spans:  # drop overlaps (one word inside another)
                if s >= end:
                    hits.append(Hit(index, name, s, e))
                    end = e
    return hits


def show_found(reader, question: str | None, words: list[str]) -> None:
    """Go to ``question`` in a loaded reader and highlight ``words`` there."""
    nav = reader.nav
    target = nav.index_of(question) if question else None
    if question and target is None:
        reader.notify(f"No question {question} in this document", severity="warning", markup=False)
    target = nav.index if target is None else target
    if words:
        nav.hits = find_words(nav, words)
        nav.query = " ".join(words)
        here = [n for n, h in enumerate(nav.hits) if h.index == target]
        later = [n for n, h in enumerate(nav.hits) if h.index >= target]
        nav.hit_index = (here or later or [0])[0] if nav.hits else -1
    reader.goto(target)


class CitedByView(ListView_):
    """Library documents citing the current one; Enter opens one."""

    DEFAULT_CSS = "CitedByView { align: center middle; }"
    TITLE_TEXT = "Cited by"
    EMPTY_TEXT = "No other document in the library cites this one."

    def __init__(self, publication_id: str, citing: list) -> None:
        super().__init__(None)
        self.publication_id = publication_id
        self.citing = citing
        self.TITLE_TEXT = f"Cited by ({safe_text(publication_id)}): library documents"

    def rows(self):
        out = []
        for c in self.citing:
            rel = safe_text(c.rel)
            title = " ".join(safe_text(c.title or "").split())
            where = ", ".join(safe_text(q) for q in c.questions) or "outside the questions"
            text = f"{rel}  {title}\n    cites it in {where}"
            out.append((Content(text, [Span(0, len(rel), "bold")]), (c.rel, c.questions[0] if c.questions else None)))
        return out

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        event.prevent_default()  # not the base class handler too
        self.dismiss(self.targets[event.option_index])


class LibraryCitationsView(CitationsView):
    """Cited documents; those in the library are marked and open with Enter or ``o``."""

    BINDINGS = [
        Binding("o", "open_cited", "Open document", id="view-open-cited"),
        Binding("g", "goto_place", "Go to place", id="view-goto-place"),
    ]

    def __init__(self, doc, linked: dict[str, str]) -> None:
        super().__init__(doc)
        #: citation id -> rel of the library document it names
        self.linked = linked
        self.items = cited_documents(doc)

    def rows(self):
        out = []
        for item in self.items:
            line = citation_line(item)
            rel = self.linked.get(item.id)
            if rel is not None:
                mark = f"{IN_LIBRARY}: {safe_text(rel)}  "
                line = Content(mark, [Span(0, len(IN_LIBRARY), "bold reverse")]) + line
            out.append((line, next((p for p in item.places if p), None)))
        return out

    def _highlighted(self) -> int | None:
        ol = self.query(OptionList)
        return ol.first().highlighted if ol else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        event.prevent_default()  # not the base class handler too
        rel = self.linked.get(self.items[event.option_index].id)
        if rel is not None:
            self.dismiss(("open", rel))
        else:
            self.action_goto_place()

    def action_open_cited(self) -> None:
        index = self._highlighted()
        if index is None:
            return
        item = self.items[index]
        rel = self.linked.get(item.id)
        if rel is None:
            self.notify(f"{item.text} is not in the library", markup=False)
            return
        self.dismiss(("open", rel))

    def action_goto_place(self) -> None:
        index = self._highlighted()
        if index is None:
            return
        target = self.targets[index]
        if target is None:
            self.notify("That is not in a question (it is in the introduction or closing)", markup=False)
            return
        self.dismiss(("jump", target))


def linked_citations(doc, resolved: dict[str, str]) -> dict[str, str]:
    """Citation id -> library rel, for citations whose id or Kamerstuk is in ``resolved``."""
    out: dict[str, str] = {}
    for cit in doc.citations:
        for target in (cit.id, cit.kamerstuk):
            rel = resolved.get(target.casefold()) if target else None
            if rel is not None and cit.id not in out:
                out[cit.id] = rel
    return out


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

    def _open_other(self, rel: str, question: str | None = None) -> None:
        open_in_reader(self.app, self.library, self.library.folder, rel, question)

    def open_library_citations(self) -> None:
        """The citations view with library documents marked (``c``)."""
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
            self.notify("Cited by needs a library: open a folder (vragenronde FOLDER)", markup=False)
            return
        if not self._ready():
            return
        pub = self.doc.meta.publication_id
        if not pub:
            self.notify("This document has no publication id, so no citation can point to it",
                        severity="warning", markup=False)
            return
        citing = [c for c in self.library.cited_by(pub) if c.rel != self.library_rel]

        def done(result) -> None:
            if result:
                self._open_other(*result)

        self.app.push_screen(CitedByView(pub, citing), done)

    def action_export(self) -> None:
        """``e``: export the question, faction or document."""
        from .library_export import export_from_reader

        export_from_reader(self)
