"""Command palette (ctrl+p): the reader's commands, its questions and factions,
and the app's own commands (theme, keys, screenshot, quit), all in the
interface's language.

A question's entry is ``Vraag 4 · SP-4 · SP: Kan de regering …``: its
number, id and faction, then enough of its text to tell it from the others.
Matching ranks the label first: typing ``4`` or ``sp-4`` puts that question
on top (an exact number or id, then a label containing the words, then a
label matching letter by letter), and only then entries whose text matches.

Displays are Content built from plain text (Textual's ``Matcher.highlight``
parses markup, which would be wrong for document text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import Callable

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.style import Style
from textual.widgets.option_list import Option

from .highlight import safe_text
from .i18n import _
from .widgets.outline import faction_title

_MATCH = Style(reverse=True)
#: Entries shown before anything is typed (the commands and the first factions).
DISCOVER = 20


@dataclass(frozen=True)
class Entry:
    """One palette entry: ``label`` (what ranks first), ``text`` after it,
    ``exact`` names that match the whole query best (a number, an id)."""

    label: str
    text: str
    callback: Callable[[], object]
    help: str = ""
    exact: tuple[str, ...] = ()

    @property
    def display(self) -> str:
        return f"{self.label}: {self.text}" if self.text else self.label


def _display(text: str, offsets=()) -> Content:
    content = Content(text)
    for offset in offsets:
        if 0 <= offset < len(text) and not text[offset].isspace():
            content = content.stylize(_MATCH, offset, offset + 1)
    return content


def _squash(text: str) -> str:
    """Lower case without spaces and punctuation: ``SP-4`` and ``sp 4`` agree."""
    return re.sub(r"[\W_]+", "", text).casefold()


def rank(entry: Entry, query: str, fuzzy: Callable[[str, str], tuple[float, list[int]]]
         ) -> tuple[float, list[int]]:
    """(score, offsets of the match in ``entry.display``); score 0 for no match.

    Tiers, each above all of the next: the query is the entry's number or id;
    the label contains the query; the text contains it; the label matches
    letter by letter; the text does.
    """
    want = _squash(query)
    words = query.strip().casefold()
    label, display = entry.label, entry.display
    score, offsets = fuzzy(query, label)
    if score > 0 and want and any(want == _squash(name) for name in entry.exact):
        tier = 4000.0
    elif score > 0 and words in label.casefold():
        tier = 3000.0
    elif words and words in display.casefold():
        score, offsets = fuzzy(query, display)
        tier = 2000.0
    elif score > 0:
        tier = 1000.0
    else:
        score, offsets = fuzzy(query, display)
        tier = 0.0
    return (tier + score, list(offsets)) if score > 0 else (0.0, [])


def distinct_texts(texts: list[str], limits: list[int]) -> list[str]:
    """Each text on one line, cut after its limit, but longer where two would
    otherwise look the same (up to four times the limit)."""
    flat = [" ".join(safe_text(t).split()) for t in texts]
    cut = list(limits)
    for _round in range(3):
        shown: dict[str, list[int]] = {}
        for i, text in enumerate(flat):
            shown.setdefault(text[:cut[i]], []).append(i)
        clashes = [i for group in shown.values() if len(group) > 1 for i in group]
        if not clashes:
            break
        for i in clashes:
            cut[i] *= 2
    return [t if len(t) <= n else t[: n - 1].rstrip() + "…" for t, n in zip(flat, cut)]


def reader_entries(reader, width: int = 80) -> list[Entry]:
    """The reader's commands, then a 'go to' entry per faction and question
    (a question's text cut to fit one line of a ``width`` wide palette)."""
    run = reader.run_action
    out = [
        Entry(_("Kopieer antwoord"), "", partial(run, "copy_answer"), _("Kopieer het huidige antwoord (y)")),
        Entry(_("Kopieer vraag en antwoord"), "", partial(run, "copy_both"), _("Met een regel over de bron (Y)")),
        Entry(_("Toon aangehaalde documenten"), "", partial(run, "citations"), _("Bronnen (c)")),
        Entry(_("Toon cijfers"), "", partial(run, "figures"), _("Cijfers (F)")),
        Entry(_("Toon het parse-rapport"), "", partial(run, "parse_report"),
              _("Controles en niet-geplaatste tekst (r)")),
        Entry(_("Toon het document"), "", partial(run, "document_head"),
              _("Soort, publicatie, vragenstellers, datums, inleiding en slot (d)")),
        Entry(_("Toon voetnoten"), "", partial(run, "footnotes"), _("Voetnoten (v)")),
        Entry(_("Toon toezeggingen"), "", partial(run, "commitments"),
              _("Toezeggingen in de antwoorden (T)")),
        Entry(_("Volgende open deelvraag"), "", partial(run, "next_open"),
              _("Deels beantwoord, uitgesteld of onbeantwoord (u)")),
        Entry(_("Vorige open deelvraag"), "", partial(run, "previous_open"), _("Vorige open deelvraag (U)")),
        Entry(_("Overzicht tonen of verbergen"), "", partial(run, "toggle_outline"), _("Het overzicht links (o)")),
        Entry(_("Zoek in het document"), "", partial(run, "search"), _("Zoeken (/)")),
    ]
    nav = reader.nav
    seen: set[int] = set()
    for index, fi in enumerate(nav.faction_of):
        if fi in seen:
            continue
        seen.add(fi)
        name = safe_text(faction_title(nav.doc.factions[fi]))
        out.append(Entry(_("Ga naar fractie {name}").format(name=name), "",
                         partial(reader.goto, index, remember=True), _("Eerste vraag van het blok"),
                         exact=(name,)))
    labels = []
    for index, q in enumerate(nav.questions):
        # ``Vraag 4 · SP-4 · SP``; an id that is the number and a block without a name are not repeated
        block = nav.doc.factions[nav.faction_of[index]]
        bits = [_("Vraag {number}").format(number=q.number), safe_text(q.id),
                safe_text(faction_title(block)) if block.name else ""]
        labels.append(" · ".join(b for b in dict.fromkeys(bits) if b and b != str(q.number)))
    # the palette's list is the screen less its margins, borders and a scroll bar
    limits = [max(16, width - 10 - len(label)) for label in labels]
    texts = distinct_texts([q.text for q in nav.questions], limits)
    for index, (q, label, text) in enumerate(zip(nav.questions, labels, texts)):
        out.append(Entry(label, text, partial(reader.goto, index, remember=True),
                         exact=(str(q.number), safe_text(q.id), _("Vraag {number}").format(number=q.number))))
    return out


def library_entries(library) -> list[Entry]:
    """The library's commands: the register, the overview, searching everywhere."""
    run = library.run_action
    return [
        Entry(_("Toon het register van toezeggingen"), "", partial(run, "commitments"),
              _("Toezeggingen in alle documenten, met filters (t)")),
        Entry(_("Toon het overzicht"), "", partial(run, "report"),
              _("Per fractie, vragensteller, ministerie of maand (r)")),
        Entry(_("Zoek in alle documenten"), "", partial(run, "search"), _("Zoek overal (ctrl+f)")),
    ]


class ReaderCommands(Provider):
    """Commands for the active screen: the reader's when it shows a document,
    the library's on its document list, and the app's own (theme, keys,
    screenshot, quit) everywhere."""

    def _entries(self) -> list[Entry]:
        from .screens.library import LibraryScreen

        screen = self.screen
        out: list[Entry] = []
        if getattr(screen, "nav", None) is not None and getattr(screen, "state", "") == "ready":
            out = reader_entries(screen, self.app.size.width)
        elif isinstance(screen, LibraryScreen):
            out = library_entries(screen)
        app_entries = [Entry(c.title, "", c.callback, c.help) for c in self.app.get_system_commands(screen)]
        # the app's commands after the reader's own, before its questions
        split = next((i for i, e in enumerate(out) if e.exact), len(out))
        return out[:split] + app_entries + out[split:]

    async def discover(self) -> Hits:
        for entry in self._entries()[:DISCOVER]:
            yield DiscoveryHit(_display(entry.display), entry.callback, text=entry.display,
                               help=entry.help or None)

    async def search(self, query: str) -> Hits:
        fuzzy = self.matcher(query).fuzzy_search.match
        for entry in self._entries():
            score, offsets = rank(entry, query, fuzzy)
            if score > 0:
                yield Hit(score, _display(entry.display, offsets), entry.callback,
                          text=entry.display, help=entry.help or None)


class Palette(CommandPalette):
    """Textual's command palette with its own words in the interface's language."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual 8.2.8's method (pinned in pyproject.toml) with the
        # "No matches found" line translated.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(_("Geen overeenkomsten"), style="not bold")),
                           disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
