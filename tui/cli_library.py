"""The ``search`` and ``export`` commands of the ``vragenronde`` command line.

::

    vragenronde search FOLDER QUERY... [--json] [--limit N]
    vragenronde export PATH [--format md|csv|json] [--question ID | --faction NAME]
                            [--table figures|citations|audit|commitments]
    vragenronde export FOLDER [--format md|csv|json] [--query Q] [--limit N]
    ... [--output FILE [--force]]

``search`` first brings the folder's index up to date (progress on stderr
when it is a terminal; one line per file that failed), then prints one hit
per line, best first: the document path (the folder as given joined with the
path inside it), a tab, the question id, a tab, the snippet with ``[...]``
around the matched words (``Mededeling: `` before it when the words are in a
notice concerning the question). ``--json`` prints a JSON list of hits instead.
Exit status, like grep: 0 when something was found, 1 when nothing was (no
output, or ``[]`` with ``--json``), 2 for an error (a bad query, a missing
or unreadable folder; also, after the hits, when folders inside could not
be read: they are named on stderr).

``export`` of a file writes the document, one question or one faction's
questions, or one of its tables (figures, citations, audit, commitments;
CSV unless ``--format json``), to stdout. ``export`` of a
folder writes the hits of ``--query`` as a list (one row per question), or
without ``--query`` the library list (one row per document). With
``--output FILE`` the export goes to FILE instead (``DIR/`` or an existing
folder: a default name inside it) through
:func:`parsers.library.export_file.write_export`: an existing FILE needs
``--force``, the exported document itself is never overwritten, links are
not followed and only regular files are written.

Messages and help are in the interface's language (:mod:`tui.i18n`);
messages made by the parsers and the library (a bad query, an unreadable
file) are passed on as they are. The query language is described in
:mod:`parsers.library.query`. All
document text written as plain text goes through
:func:`tui.safe_text.safe_text`; JSON escapes control characters itself.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .i18n import _, localise
from .safe_text import safe_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:
    import argparse

__all__ = ["EXIT_FOUND", "EXIT_NOT_FOUND", "add_subcommands", "cmd_export", "cmd_search", "fast_search_args"]

EXIT_FOUND = 0
EXIT_NOT_FOUND = 1
EXIT_ERROR = 2
_PROG = "vragenronde"


def _error(message: str) -> Exception:
    """A one-line user error. ``ParseError`` because ``tui.cli.main`` prints it as
    such under any import name (``python -m tui.cli`` makes ``tui.cli`` a second
    module whose ``CliError`` the running ``main`` would not catch)."""
    from parsers.errors import ParseError

    return ParseError(message)


def _write(text: str) -> None:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    data = text.encode(encoding, "replace")
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode(encoding))
    else:
        sys.stdout.flush()
        buffer.write(data)
    sys.stdout.flush()


def _note(message: str) -> None:
    try:
        sys.stderr.write(f"{_PROG}: {' '.join(safe_text(message).split())}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _path_text(path: str) -> str:
    """A path for one output line: no raw tab or line break, controls made visible."""
    return safe_text(path.replace("\t", "\u2409").replace("\n", "\u240a"))


class _Progress:
    """``indexing 3/120 path`` on one rewritten stderr line, only on a terminal."""

    def __init__(self) -> None:
        try:
            self.tty = sys.stderr.isatty()
        except (AttributeError, ValueError):
            self.tty = False
        self.shown = False

    def __call__(self, done: int, total: int, rel: str) -> None:
        if not self.tty or total == 0:
            return
        line = _("indexeren {done}/{total} {path}").format(done=done, total=total, path=rel) if rel else ""
        sys.stderr.write("\r\x1b[K" + safe_text(line)[:200])
        sys.stderr.flush()
        self.shown = bool(rel)


def _open_library(folder_arg: str, no_cache: bool):
    """Index the folder (new and changed files only) and return the Library."""
    from parsers.library import Library
    from parsers.library.scan import skipped_note

    folder = Path(folder_arg)
    if not folder.exists():
        raise _error(_("{path}: map bestaat niet").format(path=folder_arg))
    if not folder.is_dir():
        raise _error(_("{path}: is een bestand; {prog} search, export --query, report en commitments "
                       "lezen een map").format(path=folder_arg, prog=_PROG))
    lib = Library(folder, no_cache=no_cache)
    if lib.warning:
        _note(localise(lib.warning))
    progress = _Progress()
    waiting = _("wacht op een andere {prog} die {folder} indexeert").format(prog=_PROG, folder=folder_arg)
    lib.refresh(progress=progress, on_wait=(lambda: _note(waiting)) if progress.tty else None, listing=False)
    for rel, error in lib.stats.failures:
        _note(_("{path}: mislukt: {error}").format(path=os.path.join(folder_arg, rel), error=error))
    unreadable = lib.stats.unreadable_note(folder_arg)
    if unreadable:
        _note(localise(unreadable))
    skipped = skipped_note(lib.stats.skipped)
    if skipped:
        _note(f"{folder_arg}: {localise(skipped)}")
    if lib.cache is not None and lib.cache.warning:
        _note(lib.cache.warning)
    return lib


def _parse(query: str, limit: int):
    """The parsed query; checked before any indexing so a typo costs nothing."""
    from parsers.library import QueryError, parse_query

    if limit < 1:
        raise _error(_("--limit moet 1 of meer zijn"))
    try:
        return parse_query(query)
    except QueryError as exc:
        raise _error(str(exc)) from None


def _search(lib, query, limit: int):
    from parsers.library import QueryError

    try:
        return lib.search(query, limit=limit)
    except QueryError as exc:
        raise _error(str(exc)) from None


def cmd_search(args: argparse.Namespace) -> int:
    """Print the hits of a query in a folder, best first; exit 1 when none."""
    query = _parse(" ".join(args.query), args.limit)
    lib = _open_library(args.folder, args.no_cache)
    try:
        hits = _search(lib, query, args.limit)
    finally:
        lib.close()
    partial = bool(lib.stats.unreadable)
    if args.json:
        from parsers.library.export import to_json

        items = []
        for h in hits:
            item = h.to_jsonable()
            item["path"] = os.path.join(args.folder, h.rel)
            items.append(item)
        _write(to_json(items))
    elif hits:
        notice = _("Mededeling") + ": "
        lines = [f"{_path_text(os.path.join(args.folder, h.rel))}\t{safe_text(h.question_id or '')}"
                 f"\t{notice if h.field == 'notice' else ''}{safe_text(h.marked())}" for h in hits]
        _write("\n".join(lines) + "\n")
    if partial:
        return EXIT_ERROR
    return EXIT_FOUND if hits else EXIT_NOT_FOUND


def _export_folder(args: argparse.Namespace) -> tuple[str, list[Path], bool]:
    """The folder's export, the documents it was made from, and whether
    folders in it could not be read."""
    from parsers.library import export_entries, export_rows

    for flag in ("question", "faction", "table"):
        if getattr(args, flag) is not None:
            raise _error(_("--{option} vraagt om een document, niet een map").format(option=flag))
    query = _parse(args.query, args.limit) if args.query is not None else None
    lib = _open_library(args.path, args.no_cache)
    try:
        entries = lib.entries()
        sources = [e.path for e in entries]
        partial = bool(lib.stats.unreadable)
        if query is None:
            return export_entries(entries, args.format), sources, partial
        hits = _search(lib, query, args.limit)
        rows = lib.question_rows(hits)
        for row in rows:
            row["document"] = os.path.join(args.path, row["document"])
        return export_rows(rows, args.format, title=_("Zoeken: {query}").format(query=args.query), tr=_), \
            sources, partial
    finally:
        lib.close()


def cmd_export(args: argparse.Namespace) -> int:
    """Export a document, a question, a faction, a table, or a folder's search results."""
    from parsers import parse_path
    from parsers.cache import default_cache
    from parsers.library import ExportError, export_document

    path = Path(args.path)
    if args.format is None:  # a table is data: CSV unless asked otherwise
        args.format = "csv" if args.table is not None else "md"
    if not path.exists():
        raise _error(_("{path}: bestand of map bestaat niet").format(path=args.path))
    partial = False
    try:
        if path.is_dir():
            text, sources, partial = _export_folder(args)
            stem = f"search-{args.query}" if args.query is not None else f"{path.resolve().name}-list"
        else:
            sources = [path]
            stem = "-".join(x for x in (path.stem, args.question, args.faction, args.table) if x)
            if args.query is not None:
                raise _error(_("--query vraagt om een map; gebruik voor één document --question of --faction"))
            cache = default_cache(args.no_cache)
            doc = parse_path(path, cache=cache)
            if cache is not None and cache.warning:
                _note(cache.warning)
            text = export_document(doc, args.format, name=args.path, question=args.question,
                                   faction=args.faction, table=args.table, tr=_)
    except ExportError as exc:
        raise _error(f"{args.path}: {exc}") from None
    if args.output is None:
        if args.force:
            raise _error(_("--force hoort bij --output BESTAND"))
        _write(text if args.format == "json" else safe_text(text))
    else:
        _write_file(args, text, sources, stem)
    return EXIT_ERROR if partial else 0


def _write_file(args: argparse.Namespace, text: str, sources: list[Path], stem: str) -> None:
    """``--output``: write the export to a file, never destroying anything."""
    from parsers.library.export_file import (
        ExportExists, file_stem, resolve_target, wants_folder, write_export,
    )
    from parsers.library import ExportError

    target = resolve_target(args.output, file_stem(stem), args.format)
    try:
        write_export(target, text, overwrite=args.force, sources=sources,
                     create_folder=wants_folder(args.output))
    except ExportExists:
        raise _error(_("{path} bestaat al; voeg --force toe om het te vervangen").format(path=target)) from None
    except ExportError as exc:
        raise _error(str(exc)) from None
    _note(_("geëxporteerd naar {path}").format(path=target))


def _limit(text: str) -> int:
    """``--limit``: a whole number from 1 to the library's maximum."""
    from parsers.library.index import MAX_LIMIT

    try:
        value = int(text.strip())
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_LIMIT:
        import argparse

        raise argparse.ArgumentTypeError(_("moet een geheel getal van 1 tot en met {max} zijn, niet {value}").format(
            max=MAX_LIMIT, value=repr(text[:30])))
    return value


def _words_may_start_with_dash(parser: argparse.ArgumentParser) -> None:
    """Let ``parser`` take ``-regering`` as a query word rather than an unknown
    option: a word with one leading dash that names none of its options is a
    positional argument (``--`` still ends the options, as usual)."""
    base = type(parser)

    class _Words(base):  # type: ignore[misc, valid-type]
        def _parse_optional(self, arg_string):  # argparse's hook: None means positional
            if (arg_string.startswith("-") and not arg_string.startswith("--")
                    and len(arg_string) > 1 and not arg_string[1:2].isdigit()
                    and arg_string not in self._option_string_actions
                    and arg_string[:2] not in self._option_string_actions):
                return None
            return super()._parse_optional(arg_string)

    parser.__class__ = _Words


def add_subcommands(subparsers, parents=(), only: str | None = None) -> None:
    """Add ``search`` and ``export`` (or only the one named ``only``) to an
    argparse subparsers object.

    ``parents`` are parent parsers (the command line's common options); when
    none are given, ``--no-cache`` is added here. Help texts are made in the
    interface's language, so call this after :func:`tui.i18n.set_language`.
    """
    parents = list(parents)

    def common(p: argparse.ArgumentParser) -> None:
        if not parents:
            p.add_argument("--no-cache", action="store_true",
                           help=_("opnieuw inlezen; de index alleen in het geheugen houden"))

    if only in (None, "search"):
        _add_search(subparsers, parents, common)
    if only in (None, "export"):
        _add_export(subparsers, parents, common)


#: ``search --limit`` when not given.
SEARCH_LIMIT = 100


def fast_search_args(words: list[str]):
    """What argparse makes of ``search WORDS`` when WORDS is a folder and a
    query without a single word that starts with ``-`` (no option, no
    ``--``, no ``-word``), else None. The usual search thereby needs no
    argparse (importing and building it is a tenth of a search); every other
    command line, help and every error still go through argparse
    (``tests/test_cli_fast.py`` compares the two)."""
    if len(words) < 2 or any(word.startswith("-") for word in words):
        return None
    from types import SimpleNamespace

    return SimpleNamespace(command="search", folder=words[0], query=list(words[1:]), json=False,
                           limit=SEARCH_LIMIT, no_cache=False, lang=None, run=cmd_search)


def _add_search(subparsers, parents, common) -> None:
    p = subparsers.add_parser(
        "search", parents=parents, help=_("zoek in een map met documenten (één treffer per regel)"),
        description=_("Zoek in elk document onder MAP. Afsluitstatus 0: treffers gevonden; "
                      "1: geen treffers; 2: fout (ook als een map erin niet gelezen kon worden). "
                      "Zoektaal: woorden, \"zinnen\", begin*, AND/OR/NOT, haakjes, en filters "
                      "faction:SP in:answers in:questions kind:kamervragen dossier:36800-K "
                      "status:by-reference year:2026. Een woord dat met - begint, wordt gezocht "
                      "(-regering); na -- hoort elk woord bij de zoekopdracht ({prog} search MAP -- --json).")
        .format(prog=_PROG))
    _words_may_start_with_dash(p)
    common(p)
    p.add_argument("folder", metavar=_("MAP"), help=_("een map met documenten"))
    p.add_argument("query", metavar=_("ZOEKOPDRACHT"), nargs="+",
                   help=_("wat je zoekt (de woorden worden samengevoegd)"))
    p.add_argument("--json", action="store_true", help=_("druk de treffers af als JSON-lijst"))
    p.add_argument("--limit", type=_limit, default=SEARCH_LIMIT, metavar="N",
                   help=_("hoogstens N treffers (standaard 100)"))
    p.set_defaults(run=cmd_search)


def _add_export(subparsers, parents, common) -> None:
    p = subparsers.add_parser(
        "export", parents=parents, help=_("exporteer een document, vraag, fractie of zoekresultaten"),
        description=_("Exporteer PAD (een document) of, met --query, de treffers in PAD (een map); "
                      "een map zonder --query geeft de lijst van haar documenten. "
                      "Een zoekopdracht mag met - beginnen (--query -regering)."))
    _words_may_start_with_dash(p)
    common(p)
    p.add_argument("path", metavar=_("PAD"), help=_("een document of een map"))
    p.add_argument("--format", choices=("md", "csv", "json"), default=None,
                   help=_("uitvoerformaat (standaard md; csv voor een tabel)"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--question", metavar="ID", help=_("alleen deze vraag (bijv. SP-4)"))
    which.add_argument("--faction", metavar=_("NAAM"), help=_("alleen de vragen van deze fractie"))
    p.add_argument("--table", choices=("figures", "citations", "audit", "commitments"),
                   help=_("in plaats daarvan de tabel van cijfers, citaten, antwoordcontrole of "
                          "toezeggingen (csv of json)"))
    p.add_argument("--query", metavar="Q", help=_("exporteer de treffers van deze zoekopdracht (alleen een map)"))
    p.add_argument("--limit", type=_limit, default=1000, metavar="N",
                   help=_("hoogstens N treffers met --query (standaard 1000)"))
    p.add_argument("-o", "--output", metavar=_("BESTAND"),
                   help=_("schrijf naar BESTAND in plaats van naar het scherm (MAP/ of een map: een "
                          "standaardnaam daarin); een bestaand BESTAND blijft staan, tenzij --force "
                          "gegeven is"))
    p.add_argument("--force", action="store_true",
                   help=_("met --output: vervang een bestaand BESTAND (nooit het geëxporteerde document)"))
    p.set_defaults(run=cmd_export)
