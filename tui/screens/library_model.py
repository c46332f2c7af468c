"""Pure helpers of the library list: columns, cells, sorting and filtering.

No widgets here: :class:`~parsers.library.DocEntry` rows in, plain strings
and :class:`rich.text.Text` cells out (DataTable parses plain ``str`` cells
as markup, so every cell is a ``Text`` built from sanitised document text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter
from typing import Callable

from rich.text import Text

from ..fit import cut_end, cut_start
from ..highlight import safe_text
from ..i18n import N_, _, ngettext

#: Short labels for document kinds (the list is narrow).
KIND_LABELS = {
    "nota-naar-aanleiding-van-verslag": "nota n.a.v. verslag",
    "memorie-van-antwoord": "memorie van antwoord",
    "voorlopig-verslag": "voorlopig verslag",
    "verslag-schriftelijk-overleg": "verslag schr. overleg",
    "lijst-van-vragen-en-antwoorden": "lijst vragen/antw.",
}
#: A document whose kind was not recognised (or that failed): a word of the interface.
UNKNOWN_KIND = N_("onbekend")
HOUSE_LABELS = {"Eerste Kamer": "EK", "Tweede Kamer": "TK"}
ERROR_WIDTH = 48


def _kind_label(kind: str | None) -> str:
    if kind == "unknown":
        return _(UNKNOWN_KIND)
    return KIND_LABELS.get(kind or "", _one_line(kind))


def _one_line(text: str | None) -> str:
    return " ".join(safe_text(text or "").split())


def _file_name(rel: str) -> str:
    """The file name of a library path (a document without a title)."""
    return _one_line(rel.rsplit("/", 1)[-1])


def state_text(entry) -> str:
    """``ok``, ``waarschuwingen (3)`` or ``mislukt: <error>`` (one line)."""
    if entry.state == "failed":
        return _("mislukt: {error}").format(error=_one_line(entry.error))
    if entry.state == "warnings":
        return _("waarschuwingen ({n})").format(n=entry.warnings)
    return _("ok") if entry.state == "ok" else entry.state


def _natural(text: str | None) -> tuple:
    """Sort key putting ``9`` before ``10`` (dossiers, file names)."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.casefold())
                 for p in re.split(r"(\d+)", text or "") if p)


_DIGITS = re.compile(r"\d+")


def _number(match: re.Match) -> str:
    digits = match.group()
    value = (digits.lstrip("0") or "0") if digits.isascii() else str(int(digits))
    return f"\x00{chr(len(value))}{value}"


def path_key(rel: str) -> str:
    """:func:`_natural` of a path as one string, in the same order (and equal
    for the same paths), about three times faster: a run of digits becomes
    NUL, its length and its value (no leading zeros), which sorts below any
    text as ``(0, …)`` sorts below ``(1, …)``; other text is case-folded.
    Only for paths: they never hold a NUL."""
    return _DIGITS.sub(_number, rel.casefold())


@dataclass(frozen=True)
class Column:
    """One list column: key, header (and its name in the help), cell text and
    sort key of an entry. Header and name are catalog ids (``N_``).

    Widths: ``widest`` is the most the column takes, ``narrowest`` the least
    (a flexible column is cut, with ``cut``, to what it gets); ``drop``
    orders the columns left out on a narrow screen (highest first; 0: never).
    ``fields``: the entry fields the cell is made of (the widths look at
    each different value once).
    """

    key: str
    label: str
    name: str
    cell: Callable
    sort: Callable
    numeric: bool = False
    widest: int = 30
    narrowest: int | None = None
    drop: int = 0
    cut: Callable[[str, int], str] = cut_end
    fields: tuple[str, ...] = ()


#: In list order: the title first, the file last (cut from the left: its
#: name is what tells files apart).
COLUMNS: list[Column] = [
    Column("title", N_("Titel"), N_("titel"), lambda e: _one_line(e.title) or _file_name(e.rel),
           lambda e: _one_line(e.title).casefold(),
           widest=60, narrowest=16, fields=("title", "rel")),
    Column("kind", N_("Soort"), N_("soort"), lambda e: _kind_label(e.kind),
           lambda e: e.kind or "", widest=21, narrowest=8, drop=4, fields=("kind",)),
    Column("house", N_("Kamer"), N_("Kamer"), lambda e: HOUSE_LABELS.get(e.house or "", _one_line(e.house)),
           lambda e: e.house or "\uffff", widest=5, drop=8, fields=("house",)),
    Column("dossier", N_("Dossier"), N_("dossier"), lambda e: _one_line(e.label),
           lambda e: (_natural(e.dossier), _natural(e.letter)), widest=16, narrowest=10, drop=3,
           fields=("dossier", "letter")),
    Column("date", N_("Datum"), N_("datum"), lambda e: e.date or "", lambda e: e.date or "0000", widest=10, drop=2,
           fields=("date",)),
    Column("factions", N_("Fr"), N_("fracties"), lambda e: str(e.factions), lambda e: e.factions,
           numeric=True, widest=4, drop=6, fields=("factions",)),
    Column("questions", N_("Vr"), N_("vragen"), lambda e: str(e.questions), lambda e: e.questions,
           numeric=True, widest=5, drop=5, fields=("questions",)),
    Column("open", N_("Verw/Uitg"), N_("verwezen/uitgesteld"), lambda e: f"{e.by_reference}/{e.deferred}",
           lambda e: (e.by_reference + e.deferred, e.by_reference), numeric=True, widest=9, drop=7,
           fields=("by_reference", "deferred")),
    Column("state", N_("Status"), N_("status"), lambda e: state_text(e),
           lambda e: ({"ok": 0, "warnings": 1, "failed": 2}.get(e.state, 3), e.warnings),
           widest=ERROR_WIDTH, narrowest=8, drop=1, fields=("state", "warnings", "error")),
    Column("file", N_("Bestand"), N_("bestand"), lambda e: _one_line(e.rel), lambda e: path_key(e.rel),
           widest=40, narrowest=12, cut=cut_start, fields=("rel",)),
]
COLUMN_KEYS = [c.key for c in COLUMNS]
_BY_KEY = {c.key: c for c in COLUMNS}
#: Cells of the table have one space of padding on each side.
PADDING = 2

Plan = list[tuple[Column, int]]


#: While the columns do not fit, these give way in turn (column, down to
#: width); then columns are left out (``drop``); then the last steps.
_YIELD = [("state", 10), ("title", 40), ("file", 24), ("kind", 12), ("dossier", 12),
          ("title", 28), ("file", 18)]
_LAST = [("title", 16), ("file", 12), ("state", 8)]


def plan_columns(entries: list, width: int) -> Plan:
    """(column, width) of the columns that fit in ``width`` cells, in order.

    Each column wants what its header and widest cell need (at most its
    ``widest``). While they do not fit, columns give way in the order of
    ``_YIELD``, then columns are left out by ``drop`` (highest first), then
    ``_LAST``. What is left over goes to the title, then to the file."""
    want, need = {}, {}
    for col in COLUMNS:
        need[col.key] = max(len(_(col.label)), longest_cell(entries, col), 1)
        want[col.key] = min(col.widest, need[col.key])
    shown = list(COLUMNS)

    def over() -> int:
        return sum(want[c.key] + PADDING for c in shown) - width

    def give_way(steps) -> None:
        for key, least in steps:
            if over() > 0 and _BY_KEY[key] in shown:
                want[key] = max(min(least, want[key]), want[key] - over())

    give_way(_YIELD)
    for col in sorted((c for c in COLUMNS if c.drop), key=lambda c: -c.drop):
        if over() <= 0:
            break
        shown.remove(col)
    give_way(_LAST)
    for key in ("title", "file"):
        if over() < 0 and _BY_KEY[key] in shown:
            want[key] += min(-over(), max(0, need[key] - want[key]))
    return [(c, want[c.key]) for c in shown]


def _lengths(entries: list, field: str) -> list[int]:
    return [len(x) if x else 0 for x in map(attrgetter(field), entries)]


#: For the columns whose cells differ in (nearly) every row: per entry, a
#: length its cell never exceeds (one line, controls shown one for one).
_BOUNDS = {
    "title": lambda es: list(map(max, _lengths(es, "title"), _lengths(es, "rel"))),
    "dossier": lambda es: [d + n + 1 for d, n in zip(_lengths(es, "dossier"), _lengths(es, "letter"))],
    "file": lambda es: _lengths(es, "rel"),
}


def longest_cell(entries: list, col: Column) -> int:
    """The length of ``col``'s longest cell over ``entries``.

    Each different value of the column's fields is looked at once; where
    they differ in nearly every row (title, dossier, file) the entries are
    taken longest first, until none left can be longer than the longest cell
    so far (:data:`_BOUNDS`)."""
    if col.key in _BOUNDS:
        bound = _BOUNDS[col.key](entries)
        best = 0
        for i in sorted(range(len(bound)), key=bound.__getitem__, reverse=True):
            if bound[i] <= best:
                break
            best = max(best, len(col.cell(entries[i])))
        return best
    each = dict(zip(map(attrgetter(*col.fields), entries), entries)).values()
    return max(map(len, map(col.cell, each)), default=0)


def row_cells(entry, plan: Plan) -> list[Text]:
    """The cells of ``entry``'s row for ``plan``, as ``Text`` (never markup),
    each cut to its column's width."""
    cells = []
    for col, width in plan:
        style = ""
        if col.key == "state":
            style = {"failed": "bold red", "warnings": "yellow"}.get(entry.state, "")
        cells.append(Text(col.cut(col.cell(entry), width), style=style, no_wrap=True,
                          justify="right" if col.numeric else "left"))
    return cells


def row_plain(entry) -> list[str]:
    """The whole cells of ``entry``'s row as plain strings (filter, tests)."""
    return [col.cell(entry) for col in COLUMNS]


def sort_entries(entries: list, key: str, reverse: bool = False) -> list:
    """``entries`` sorted by column ``key`` (ties by file name)."""
    col = _BY_KEY[key]
    by_file = sorted(entries, key=_BY_KEY["file"].sort, reverse=reverse and key == "file")
    if key == "file":  # sorted by the file once: the same order as sorting twice
        return by_file
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
    if not text.split():
        return list(entries)  # no filter: every entry (without a look at each)
    return [e for e in entries if matches(e, text)]


def detail_text(entry) -> str:
    """One line about the highlighted entry: path, publication id, title or error."""
    bits = [_one_line(entry.rel)]
    if entry.publication_id:
        bits.append(_one_line(entry.publication_id))
    if entry.state == "failed":
        bits.append(_("fout: {error}").format(error=_one_line(entry.error)))
    else:
        if entry.title:
            bits.append(_one_line(entry.title))
        if entry.cited_by:
            bits.append(ngettext("aangehaald door {n} document in de bibliotheek",
                                     "aangehaald door {n} documenten in de bibliotheek",
                                     entry.cited_by).format(n=entry.cited_by))
    return " · ".join(bits)
