"""Command palette (ctrl+p) provider for the reader.

Offers "Go to question …" for every question, "Go to faction …" for every
faction block, the copy commands and the views. Displays are Content built
from plain text (Textual's ``Matcher.highlight`` parses markup, which would
be wrong for document text).
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.style import Style

from .highlight import safe_text
from .widgets.outline import faction_title, first_words

_MATCH = Style(reverse=True)


def _display(text: str, offsets=()) -> Content:
    content = Content(text)
    for offset in offsets:
        if 0 <= offset < len(text) and not text[offset].isspace():
            content = content.stylize(_MATCH, offset, offset + 1)
    return content


class ReaderCommands(Provider):
    """Commands for the document shown on the active reader screen."""

    def _reader(self):
        screen = self.screen
        if getattr(screen, "nav", None) is None or getattr(screen, "state", "") != "ready":
            return None
        return screen

    def _commands(self) -> list[tuple[str, object, str]]:
        reader = self._reader()
        if reader is None:
            return []
        out: list[tuple[str, object, str]] = [
            ("Copy answer", partial(reader.run_action, "copy_answer"), "Copy the current answer (y)"),
            ("Copy question and answer", partial(reader.run_action, "copy_both"), "With a provenance line (Y)"),
            ("Show cited documents", partial(reader.run_action, "citations"), "Citations view (c)"),
            ("Show figures", partial(reader.run_action, "figures"), "Figures view (F)"),
            ("Toggle outline", partial(reader.run_action, "toggle_outline"), "Show or hide the outline (o)"),
            ("Search in document", partial(reader.run_action, "search"), "Search (/)"),
        ]
        nav = reader.nav
        seen: set[int] = set()
        for index, fi in enumerate(nav.faction_of):
            if fi in seen:
                continue
            seen.add(fi)
            name = safe_text(faction_title(nav.doc.factions[fi]))
            out.append((f"Go to faction {name}", partial(reader.goto, index, remember=True), "First question of the block"))
        for index, q in enumerate(nav.questions):
            title = f"Go to question {safe_text(q.id)}: {first_words(q.text, 50)}"
            out.append((title, partial(reader.goto, index, remember=True), ""))
        return out

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands()[:12]:
            yield DiscoveryHit(_display(name), callback, text=name, help=help_text or None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, name)
            if score > 0:
                yield Hit(score, _display(name, offsets), callback, text=name, help=help_text or None)
