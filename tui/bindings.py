"""Key bindings of the reader and the library, in one place (key bar, help
screens, keymap files, tests).

Every binding has an id so users can remap it with a keymap file. The order
is the key bar's: on a narrow terminal it drops hints from the end first
(keeping Help, Quit and the palette key), so the keys used most come first.
Descriptions (short, for the key bar) and tooltips (a full sentence, for
the help screen) are Dutch catalog ids (``N_``), translated where they are
shown, so the language can change after this import.
"""

from __future__ import annotations

from textual.binding import Binding

from .i18n import N_

READER_BINDINGS: list[Binding] = [
    Binding("j,down", "next_question", N_("Volgende"), id="next-question", tooltip=N_("volgende vraag")),
    Binding("k,up", "previous_question", N_("Vorige"), id="previous-question", tooltip=N_("vorige vraag")),
    # priority: the focus moves to the search input before the next key is
    # routed, so keys typed right after "/" land in the input
    Binding("slash", "search", N_("Zoeken"), id="search", key_display="/", priority=True,
            tooltip=N_("zoek in het document: Enter gaat naar de eerste treffer in of na de huidige vraag "
                       "(b gaat terug), Escape wist de treffers")),
    Binding("n", "next_hit", N_("Volgende treffer"), id="next-hit", show=False, tooltip=N_("volgende treffer")),
    Binding("N", "previous_hit", N_("Vorige treffer"), id="previous-hit", show=False, tooltip=N_("vorige treffer")),
    Binding("y", "copy_answer", N_("Kopieer"), id="copy-answer", tooltip=N_("kopieer het antwoord")),
    Binding("Y", "copy_both", N_("Kopieer V+A"), id="copy-both", show=False,
            tooltip=N_("kopieer vraag en antwoord met een regel over de bron")),
    Binding("f", "follow", N_("Verwijzing"), id="follow",
            tooltip=N_("volg de verwijzing in het antwoord (‘Zie antwoord vraag 4’); "
                       "verwijst het naar meer vragen, kies er een")),
    Binding("b,backspace", "back", N_("Terug"), id="back",
            tooltip=N_("terug naar waar je was (zoals in een browser); daarna naar de documentlijst")),
    Binding("c", "citations", N_("Bronnen"), id="citations",
            tooltip=N_("aangehaalde documenten (Enter gaat naar de plaats)")),
    Binding("colon,number_sign", "jump", N_("Ga naar"), id="jump", key_display=":", priority=True,
            tooltip=N_("ga naar een vraag: SP-4, of 4 in de huidige fractie")),
    Binding("J,right_square_bracket", "next_faction", N_("Volg. fractie"), id="next-faction", key_display="J",
            tooltip=N_("volgende fractie")),
    Binding("K,left_square_bracket", "previous_faction", N_("Vor. fractie"), id="previous-faction",
            key_display="K", tooltip=N_("vorige fractie")),
    Binding("g,home", "first_question", N_("Eerste"), id="first-question", show=False, tooltip=N_("eerste vraag")),
    Binding("G,end", "last_question", N_("Laatste"), id="last-question", show=False, tooltip=N_("laatste vraag")),
    Binding("F", "figures", N_("Cijfers"), id="figures", show=False,
            tooltip=N_("cijfers: bedragen, percentages, datums (Enter gaat naar de plaats)")),
    Binding("u", "next_open", N_("Open deelvraag"), id="next-open", show=False,
            tooltip=N_("volgende open deelvraag: deels beantwoord, uitgesteld of onbeantwoord volgens "
                       "de antwoordcontrole (de reden staat onder het antwoord)")),
    Binding("U", "previous_open", N_("Vorige open"), id="previous-open", show=False,
            tooltip=N_("vorige open deelvraag")),
    Binding("T", "commitments", N_("Toezeggingen"), id="commitments", show=False,
            tooltip=N_("toezeggingen in de antwoorden: termijn, wie, wat, vraag (Enter gaat naar de vraag)")),
    Binding("r", "parse_report", N_("Parse-rapport"), id="parse-report", show=False,
            tooltip=N_("parse-rapport: elke controle die niet slaagde en de niet-geplaatste tekst "
                       "(Enter gaat naar de vraag)")),
    Binding("d", "document_head", N_("Document"), id="document-head", show=False,
            tooltip=N_("het document zelf: soort, publicatie, vragenstellers, geadresseerden, datums, "
                       "inleiding en slot (nog eens d: terug naar de vraag)")),
    Binding("v", "footnotes", N_("Voetnoten"), id="footnotes", show=False,
            tooltip=N_("voetnoten van de vraag en het antwoord (in de tekst als [1]); zonder: alle "
                       "voetnoten van het document (Enter gaat naar de plaats)")),
    Binding("o", "toggle_outline", N_("Overzicht"), id="toggle-outline", tooltip=N_("overzicht tonen of verbergen")),
    Binding("C", "cited_by", N_("Aangehaald door"), id="cited-by", show=False,
            tooltip=N_("documenten in de bibliotheek die dit document aanhalen (geopend vanuit een map)")),
    Binding("e", "export", N_("Exporteer"), id="export", show=False,
            tooltip=N_("exporteer de vraag, de fractie of het document (Markdown, CSV, JSON)")),
    Binding("pagedown,space", "page_down", N_("Pagina omlaag"), id="page-down", show=False,
            tooltip=N_("scroll het antwoord een pagina omlaag")),
    Binding("pageup", "page_up", N_("Pagina omhoog"), id="page-up", show=False,
            tooltip=N_("scroll het antwoord een pagina omhoog")),
    Binding("t", "switch_scroll", N_("Paginatoetsen"), id="switch-scroll", show=False,
            tooltip=N_("de paginatoetsen scrollen de vraag in plaats van het antwoord, en terug")),
    Binding("escape", "escape", N_("Sluiten"), id="escape", show=False,
            tooltip=N_("sluit het zoeken; terug naar de documentlijst")),
    Binding("question_mark", "help", N_("Help"), id="help", key_display="?",
            tooltip=N_("deze hulp: elke toets, de markeringen en de tekens in het overzicht")),
]

#: Bindings on the App itself (every screen).
APP_BINDINGS: list[Binding] = [
    Binding("q", "quit", N_("Stop"), id="quit"),
    Binding("ctrl+c", "quit", N_("Stop"), id="quit-ctrl-c", show=False, priority=True),
]

#: The library's document list (tui/screens/library.py).
LIBRARY_BINDINGS: list[Binding] = [
    Binding("enter", "open", N_("Openen"), id="library-open"),
    Binding("slash,f", "filter", N_("Filter"), id="library-filter", key_display="/"),
    Binding("s", "sort_next", N_("Sorteer"), id="library-sort"),
    Binding("S", "sort_reverse", N_("Omkeren"), id="library-sort-reverse", show=False),
    Binding("ctrl+f", "search", N_("Zoek overal"), id="library-search", key_display="^f"),
    Binding("e", "export", N_("Exporteer"), id="library-export"),
    Binding("t", "commitments", N_("Toezeggingen"), id="library-commitments",
            tooltip=N_("het register van toezeggingen in alle documenten, met filters")),
    Binding("r", "report", N_("Rapport"), id="library-report",
            tooltip=N_("overzicht per fractie, vragensteller, ministerie of maand: vragen, "
                       "antwoordcontrole en toezeggingen")),
    Binding("ctrl+r", "reindex", N_("Opnieuw indexeren"), id="library-reindex", show=False, key_display="^r"),
    Binding("escape", "clear_filter", N_("Filter wissen"), id="library-clear-filter", show=False),
    Binding("question_mark", "help", N_("Help"), id="library-help", key_display="?"),
]

#: The library's search screen (tui/screens/library_search.py).
SEARCH_BINDINGS: list[Binding] = [
    Binding("enter", "open", N_("Openen"), id="library-search-open", show=False),
    Binding("slash,ctrl+f", "edit_query", N_("Zoekvraag bewerken"), id="library-search-edit", key_display="/"),
    Binding("e", "export", N_("Exporteer resultaten"), id="library-search-export"),
    Binding("escape", "close", N_("Terug"), id="library-search-close"),
    Binding("question_mark", "help", N_("Help"), id="library-search-help", key_display="?"),
]

#: The library's register of commitments (tui/screens/library_register.py).
REGISTER_BINDINGS: list[Binding] = [
    Binding("enter", "open", N_("Openen"), id="register-open", show=False),
    Binding("slash,f", "edit_filter", N_("Filter"), id="register-filter", key_display="/",
            tooltip=N_("filter: ministry:, answerer:, faction:, due-before:JJJJ-MM-DD, overdue, of woorden")),
    Binding("o", "toggle_overdue", N_("Te laat"), id="register-overdue",
            tooltip=N_("alleen de toezeggingen waarvan de termijn verstreken is, of alle")),
    Binding("escape", "close", N_("Terug"), id="register-close"),
    Binding("question_mark", "help", N_("Help"), id="register-help", key_display="?"),
]

#: The library's overview (tui/screens/library_report.py).
REPORT_BINDINGS: list[Binding] = [
    Binding("enter", "open", N_("Toezeggingen"), id="report-open", show=False,
            tooltip=N_("de toezeggingen van de fractie of het ministerie van de rij")),
    Binding("g", "next_grouping", N_("Groepering"), id="report-grouping",
            tooltip=N_("groepeer op fractie, vragensteller, ministerie of maand")),
    Binding("escape", "close", N_("Terug"), id="report-close"),
    Binding("question_mark", "help", N_("Help"), id="report-help", key_display="?"),
]

#: Extra help lines for keys that are not bindings of the reader screen.
HELP_EXTRA: list[tuple[str, str]] = [
    ("Enter", N_("openen (documentlijst, overzichten)")),
    ("ctrl+p", N_("opdrachtenpalet: ga naar een vraag of fractie, kopieer, overzichten, thema, schermafdruk")),
    ("q, ctrl+c", N_("stoppen")),
]


def all_binding_ids() -> set[str]:
    """Every binding id a keymap file may remap."""
    groups = [READER_BINDINGS, APP_BINDINGS, LIBRARY_BINDINGS, SEARCH_BINDINGS, REGISTER_BINDINGS,
              REPORT_BINDINGS]
    return {b.id for group in groups for b in group if b.id}
