"""Pure helpers of the library list: columns, cells, sorting and filtering.

No widgets here: :class:`~parsers.library.DocEntry` rows in, plain strings
and :class:`rich.text.Text` cells out (DataTable parses plain ``str`` cells
as markup, so every cell is a ``Text`` built from sanitised document text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from rich.text import Text

from ..highlight import safe_text

#: Short labels for document kinds (the list is narrow).
KIND_LABELS = {
    "nota-naar-aanleiding-van-verslag": "nota n.a.v. verslag",
    "memorie-van-antwoord": "memorie van antwoord",
    "voorlopig-verslag": "voorlopig verslag",
    "verslag-schriftelijk-overleg": "verslag schr. overleg",
    "lijst-van-vragen-en-antwoorden": "lijst vragen/antw.",
}
HOUSE_LABELS = {"Eerste Kamer": "EK", "Tweede Kamer": "TK"}
TITLE_WIDTH = 40
ERROR_WIDTH = 48


def _one_line(text: str | None) -> str:
    return " ".join(safe_text(text or "").split())


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def state_text(entry) -> str:
    """``ok``, ``warnings (3)`` or ``failed: <error>`` (one line)."""
    if entry.state == "failed":
        return f"failed: {_one_line(entry.error)}"
    if entry.state == "warnings":
        return f"warnings ({entry.warnings})"
    return entry.state


def _natural(text: str | None) -> tuple:
    """Sort key putting ``9`` before ``10`` (dossiers, file names)."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.casefold())
                 for p in re.split(r"(\d+)", text or "") if p)


@dataclass(frozen=True)
class Column:
    """One list column: key, header, cell text and sort key of an entry."""

    key: str
    label: str
    cell: Callable
    sort: Callable
    numeric: bool = False


COLUMNS: list[Column] = [
    Column("kind", "Kind", lambda e: KIND_LABELS.get(e.kind, _one_line(e.kind)), lambda e: e.kind or ""),
    Column("house", "House", lambda e: HOUSE_LABELS.get(e.house or "", _one_line(e.house)),
           lambda e: e.house or "\uffff"),
    Column("dossier", "Dossier", lambda e: _one_line(e.label), lambda e: (_natural(e.dossier), _natural(e.letter))),
    Column("date", "Date", lambda e: e.date or "", lambda e: e.date or "0000"),
    Column("title", "Title", lambda e: _cut(_one_line(e.title), TITLE_WIDTH), lambda e: _one_line(e.title).casefold()),
    Column("factions", "Fr", lambda e: str(e.factions), lambda e: e.factions, numeric=True),
    Column("questions", "Q", lambda e: str(e.questions), lambda e: e.questions, numeric=True),
    Column("open", "Ref/Def", lambda e: f"{e.by_reference}/{e.deferred}",
           lambda e: (e.by_reference + e.deferred, e.by_reference), numeric=True),
    Column("state", "State", lambda e: _cut(state_text(e), ERROR_WIDTH),
           lambda e: ({"ok": 0, "warnings": 1, "failed": 2}.get(e.state, 3), e.warnings)),
    Column("file", "File", lambda e: _one_line(e.rel), lambda e: _natural(e.rel)),
]
COLUMN_KEYS = [c.key for c in COLUMNS]
_BY_KEY = {c.key: c for c in COLUMNS}


def row_cells(entry) -> list[Text]:
    """The cells of ``entry``'s row, as ``Text`` (never markup)."""
    cells = []
    for col in COLUMNS:
        style = ""
        if col.key == "state":
            style = {"failed": "bold red", "warnings": "yellow"}.get(entry.state, "")
        cells.append(Text(col.cell(entry), style=style, no_wrap=True,
                          justify="right" if col.numeric else "left"))
    return cells


def row_plain(entry) -> list[str]:
    """The cells of ``entry``'s row as plain strings (tests, export)."""
    return [col.cell(entry) for col in COLUMNS]


def sort_entries(entries: list, key: str, reverse: bool = False) -> list:
    """``entries`` sorted by column ``key`` (ties by file name)."""
    col = _BY_KEY[key]
    by_file = sorted(entries, key=lambda e: _natural(e.rel))
    return sorted(by_file, key=col.sort, reverse=reverse)


def matches(entry, text: str) -> bool:
    """Whether every word of ``text`` occurs (any case) in the entry's row,
    its publication id or its full title and error."""
    words = text.casefold().split()
    if not words:
        return True
    hay = " ".join([*row_plain(entry), entry.publication_id or "", _one_line(entry.title),
                    _one_line(entry.error), entry.kind or "", entry.house or ""]).casefold()
    return all(w in hay for w in words)


def filter_entries(entries: list, text: str) -> list:
    """The entries matching filter ``text`` (see :func:`matches`), order kept."""
    return [e for e in entries if matches(e, text)]


def detail_text(entry) -> str:
    """One line about the highlighted entry: path, publication id, title or error."""
    bits = [_one_line(entry.rel)]
    if entry.publication_id:
        bits.append(_one_line(entry.publication_id))
    if entry.state == "failed":
        bits.append(f"error: {_one_line(entry.error)}")
    else:
        if entry.title:
            bits.append(_one_line(entry.title))
        if entry.cited_by:
            bits.append(f"cited by {entry.cited_by} library document{'s' if entry.cited_by != 1 else ''}")
    return " · ".join(bits)
