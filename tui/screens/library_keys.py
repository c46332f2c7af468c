"""The help of the library list and the library search.

The bindings themselves are in :mod:`tui.bindings` with the reader's. The
help screen (``?``) lists them with the reader keys that only work inside
a library.
"""

from __future__ import annotations

from textual.content import Content

from ..bindings import LIBRARY_BINDINGS, REGISTER_BINDINGS, REPORT_BINDINGS, SEARCH_BINDINGS
from ..i18n import N_, _
from .help import HelpScreen, _keys, bold_title, key_rows
from .library_model import COLUMNS

#: Keys that are not bindings of the list (widgets, reader, query language).
LIBRARY_HELP_EXTRA: list[tuple[str, str]] = [
    ("up, down, pgup, pgdn, Home, End", N_("bewegen in de lijst")),
    ("Escape, b", N_("in de lezer: terug naar de lijst of de zoekresultaten")),
    ("C", N_("in de lezer: documenten in de bibliotheek die dit document aanhalen")),
    ("c", N_("in de lezer: aangehaalde documenten; die 'in bibliotheek' openen met Enter of o")),
    ("e", N_("in de lezer: exporteer de vraag, de fractie of het document")),
    ("q, ctrl+c", N_("stoppen")),
]


def search_syntax() -> str:
    """The query language in brief (its words and filters are not translated)."""
    return _('Zoektaal: woorden (alle moeten voorkomen), "een zinsdeel", begin*, OR, NOT, (haakjes),\n'
             "faction:SP, in:questions / in:answers, kind:nota, dossier:36800-K, "
             "status:by-reference, year:2026")


def register_syntax() -> str:
    """The register's filter line in brief (its filter names are not translated)."""
    return _("Filter van de toezeggingen (t, dan /): ministry:Defensie, answerer:Minister, faction:SP, "
             "due-before:2026-07-01, overdue (of o); ook ministerie:, fractie:, voor:, te-laat; "
             "een waarde met spaties tussen aanhalingstekens; andere woorden moeten in de rij staan. "
             "Te laat: de termijn ligt vóór vandaag (of de belofte is nagekomen, is niet bekend).")


def library_help_content(width: int | None = None) -> Content:
    """The library help text as Content (no markup), made for ``width``."""
    rows = [(_keys(b), b.description) for b in LIBRARY_BINDINGS]
    search = _("(zoeken)")
    rows += [(f"{_keys(b)} {search}", b.description) for b in SEARCH_BINDINGS]
    register, report = _("(toezeggingen)"), _("(overzicht)")
    rows += [(f"{_keys(b)} {register}", b.tooltip or b.description) for b in REGISTER_BINDINGS]
    rows += [(f"{_keys(b)} {report}", b.tooltip or b.description) for b in REPORT_BINDINGS]
    rows += LIBRARY_HELP_EXTRA
    columns = ", ".join(_(column.name) for column in COLUMNS)
    lines = [bold_title(_("Toetsen van de bibliotheek")), *key_rows(rows, width), Content(""),
             Content(_("Sorteren (s) gaat de kolommen langs: {columns}; S keert om.").format(columns=columns)),
             Content(_("Filter (/) houdt de rijen die elk getypt woord bevatten; Escape wist het.")),
             Content(""), Content(search_syntax()), Content(""), Content(register_syntax())]
    return Content("\n").join(lines)


class LibraryHelpScreen(HelpScreen):
    """Lists the library keys; any of escape, q, ? closes it."""

    def content(self, width: int | None) -> Content:
        return library_help_content(width)
