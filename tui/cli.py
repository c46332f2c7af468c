"""The ``vragenronde`` command line.

::

    vragenronde PATH [--plain] [--ascii] open the reader on a file or folder
                                         (plain text with --plain, TERM=dumb or
                                         output that is not a terminal)
    vragenronde dump PATH [--indent]     the parse as JSON (docs/dump-format.md)
    vragenronde show PATH [ID]           one question and its answer as plain text
                                         (without ID: the list of question ids)
    vragenronde search / export ...      see tui/cli_library.py

Every command takes ``--no-cache``. A first word that names a command is that
command (``vragenronde dump``); anything else is a path to open, so a file
literally called ``dump`` is opened with ``vragenronde ./dump``.

Errors never show a traceback: one line ``vragenronde: <message>`` on stderr
and exit status 2 (130 after Ctrl-C). Set ``VRAGENRONDE_DEBUG=1`` to see the
traceback of an unexpected error. All document text written to the terminal
goes through :func:`tui.safe_text.safe_text`; the JSON of ``dump`` escapes
control characters itself.

The Textual reader (``tui.app``) is imported only to open it, so ``dump`` and
``show`` start fast and work without it. On a cache hit they import neither
pydantic nor the parser (:meth:`parsers.cache.Cache.load_light_entry`;
``dump`` prints the entry's JSON as it is), and only the command being run
is built into the argument parser: ``tests/test_import_budget.py`` holds each
command to an import budget, ``benchmarks/bench_cli.py`` times them.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from .safe_text import safe_text

__all__ = ["CliError", "main"]

PROG = "vragenronde"
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """An error for the user; ``str()`` is the one-line message."""


class _Exit(Exception):
    """argparse finished (``--help``, ``--version``) with this status."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting.

    Its help formatter gets the terminal width once per process: argparse
    makes a formatter for every ``add_argument``, each asking the terminal
    (through :mod:`shutil`) again.
    """

    def _get_formatter(self) -> argparse.HelpFormatter:
        return self.formatter_class(prog=self.prog, width=_help_width())

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(f"{message} (see {self.prog} --help)")

    def exit(self, status: int = 0, message: str | None = None) -> None:  # type: ignore[override]
        if message:
            raise CliError(message.strip())
        raise _Exit(status)


_WIDTH: list[int] = []


def _help_width() -> int:
    """The width argparse would use: ``$COLUMNS``, else the terminal's, else 80; minus 2."""
    if not _WIDTH:
        try:
            columns = int(os.environ["COLUMNS"])
        except (KeyError, ValueError):
            columns = 0
        if columns <= 0:
            try:
                columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
            except (AttributeError, ValueError, OSError):
                columns = 0
        _WIDTH.append((columns or 80) - 2)
    return _WIDTH[0]


# -- output ------------------------------------------------------------------

def _out_bytes(data: bytes) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        sys.stdout.flush()
        buffer.write(data)
    sys.stdout.flush()


def _out_text(text: str) -> None:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    _out_bytes(text.encode(encoding, "replace"))


def _err(message: str) -> None:
    line = " ".join(safe_text(message).split())
    try:
        sys.stderr.write(f"{PROG}: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so exit does not fail again."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError, AttributeError):
        pass


#: UTF-8 of characters JSON leaves raw but a terminal may act on: DEL, C1
#: controls, bidi overrides and isolates. ``dump`` writes them as ``\\uXXXX``.
_JSON_UNSAFE = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")


def _json_escape(match: re.Match[bytes]) -> bytes:
    return b"\\u%04x" % ord(match.group().decode("utf-8"))


def dump_bytes(doc: object, indent: bool = False, compact: bytes | None = None) -> bytes:
    """The ``dump`` JSON of ``doc`` (a Document or a LightDocument), ending with
    a newline. ``compact`` is that JSON without indent when the caller has it
    already (a cache entry, written by the same orjson call): then neither
    orjson nor the model is needed."""
    if compact is not None and not indent:
        data = compact + b"\n"
    else:
        import orjson

        opts = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
        data = orjson.dumps(doc.to_jsonable(), option=opts)  # type: ignore[attr-defined]
    return _JSON_UNSAFE.sub(_json_escape, data)


# -- commands ----------------------------------------------------------------

def _load(path_arg: str, no_cache: bool, verb: str):
    """One document for ``dump``/``show``/``--plain``; prints a cache warning once.

    A cached parse is read without pydantic or the parser
    (:meth:`parsers.cache.Cache.load_light_entry`) and returned as
    ``(LightDocument, its dump JSON)``; on a cache miss (or ``--no-cache``)
    the document is parsed: ``(Document, None)``.
    """
    path = Path(path_arg)
    if path.is_dir():
        raise CliError(f"{path_arg}: is a folder; {verb} reads one document")
    from parsers.cache import default_cache

    cache = default_cache(no_cache)
    if cache is not None:
        found = cache.load_light_entry(path)
        if found is not None:
            return found
    from parsers import parse_path

    doc = parse_path(path, cache=cache)
    if cache is not None and cache.warning:
        _err(cache.warning)
    return doc, None


def cmd_open(args: argparse.Namespace) -> int:
    """Open the Textual reader on a file or folder, or print it plainly.

    Plain text (``tui.plain_doc``) with ``--plain``, ``TERM=dumb`` or stdout
    that is not a terminal; ASCII borders and markers with ``--ascii`` or a
    locale that is not UTF-8.
    """
    path = Path(args.path)
    if not path.exists():
        raise CliError(f"{args.path}: no such file or folder")
    if not (path.is_file() or path.is_dir()):
        raise CliError(f"{args.path}: not a file or folder")
    from . import terminal

    ascii_only = args.ascii or not terminal.locale_is_utf8()
    if args.plain or terminal.wants_plain() is not None:
        return _open_plain(args.path, args.no_cache, ascii_only)
    from . import startup

    startup.pause()  # until the reader's first frame (tui/startup.py)
    try:
        try:
            from tui.app import run_app
        except ImportError:
            raise CliError("the reader is not available") from None
        status = run_app(path, no_cache=args.no_cache, plain=False, ascii=ascii_only)
    finally:
        startup.resume()
    return status if isinstance(status, int) else 0


def _open_plain(path_arg: str, no_cache: bool, ascii_only: bool) -> int:
    """The plain mode: the document as text, or a folder's document list."""
    from .plain_doc import page, render_document

    path = Path(path_arg)
    if path.is_dir():
        from parsers.library.scan import scan_folder

        found = scan_folder(path)
        lines = [f"{len(found)} documents in {path_arg}:"]
        lines += [f"  {f.rel}" for f in found]
        lines.append(f"read one with: {PROG} --plain {Path(path_arg) / 'FILE'}")
        _out_text(safe_text("\n".join(lines)) + "\n")
        return 0
    doc, _json = _load(path_arg, no_cache, "read")
    width = None
    if sys.stdout.isatty():
        import shutil

        width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)
    page(render_document(doc, ascii=ascii_only, width=width))
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    """Print the parse of one document as JSON."""
    doc, compact = _load(args.path, args.no_cache, "dump")
    _out_bytes(dump_bytes(doc, indent=args.indent, compact=compact))
    return 0


def _find_question(doc, qid: str):
    q = doc.question(qid.strip())
    if q is not None:
        return q

    def squash(s: str) -> str:
        return re.sub(r"[\W_]+", "", s).casefold()

    want = squash(qid)
    found = [x for x in doc.questions() if squash(x.id) == want]
    return found[0] if len(found) == 1 else None


def _id_list(doc) -> str:
    lines = []
    for q in doc.questions():
        first = " ".join(q.text.split())
        if len(first) > 70:
            first = first[:69].rstrip() + "…"
        lines.append(f"{q.id}\t{first}")
    return safe_text("\n".join(lines)) + "\n"


def cmd_show(args: argparse.Namespace) -> int:
    """Print one question and its answer as plain text (or, without ID, all ids)."""
    doc, _json = _load(args.path, args.no_cache, "show")
    if not doc.questions():
        raise CliError(f"{args.path}: no questions found in this document")
    if args.id is None:
        _out_text(_id_list(doc))
        return 0
    q = _find_question(doc, args.id)
    if q is None:
        raise CliError(
            f'{args.path}: no question "{args.id}"; '
            f"list the ids with: {PROG} show {args.path}"
        )
    from .plain import render_show

    _out_text(render_show(doc, q))
    return 0


def _not_built(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        raise CliError(f"{name} is not available yet")

    return run


# -- parser ------------------------------------------------------------------

def _version() -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version(PROG)
    except PackageNotFoundError:
        return "unknown"


class _VersionAction(argparse.Action):
    """``--version``: looks the version up only when asked (importlib.metadata
    costs more than the rest of building the parser)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show the version and exit"):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        _out_text(f"{PROG} {_version()}\n")
        parser.exit()


#: Every command; a first word that is one of these is that command.
COMMANDS = ("open", "dump", "show", "search", "export")


def build_parser(only: str | None = None) -> _Parser:
    """The argparse parser with every subcommand, or with only the command
    ``only`` (what a command line that names it needs: building the others
    costs more than the rest of a warm ``show``)."""
    common = _Parser(add_help=False)
    common.add_argument("--no-cache", action="store_true",
                        help="parse again; do not read or write the parse cache")

    parser = _Parser(
        prog=PROG,
        description="Read Dutch parliamentary question rounds in the terminal.",
        epilog=f"Without a command, {PROG} PATH opens the reader on PATH "
        f"(write ./dump to open a file named like a command).",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def wanted(name: str) -> bool:
        return only is None or only == name

    if wanted("open"):
        _add_open(sub, common)
    if wanted("dump"):
        _add_dump(sub, common)
    if wanted("show"):
        _add_show(sub, common)
    if wanted("search") or wanted("export"):
        _add_library(sub, common, only)
    return parser


def _add_open(sub, common: _Parser) -> None:
    p = sub.add_parser("open", parents=[common], help="open the reader (the default)")
    p.add_argument("path", metavar="PATH", help="a document or a folder of documents")
    p.add_argument("--plain", action="store_true",
                   help="print the document as plain text (also with TERM=dumb or "
                   "when output is not a terminal), through $PAGER if set")
    p.add_argument("--ascii", action="store_true",
                   help="ASCII borders and markers only (also when the locale is not UTF-8)")
    p.set_defaults(run=cmd_open)


def _add_dump(sub, common: _Parser) -> None:
    p = sub.add_parser("dump", parents=[common], help="print the parse as JSON")
    p.add_argument("path", metavar="PATH", help="one document")
    p.add_argument("--indent", action="store_true", help="indent the JSON (2 spaces)")
    p.set_defaults(run=cmd_dump)


def _add_show(sub, common: _Parser) -> None:
    p = sub.add_parser("show", parents=[common],
                       help="print a question and its answer as plain text")
    p.add_argument("path", metavar="PATH", help="one document")
    p.add_argument("id", metavar="ID", nargs="?",
                   help="question id such as SP-4 (any case); omit to list the ids")
    p.set_defaults(run=cmd_show)


def _add_library(sub, common: _Parser, only: str | None) -> None:
    """``search`` and ``export`` (tui/cli_library.py); stubs keep the names
    reserved as commands if that module is missing."""
    try:
        from .cli_library import add_subcommands
    except ImportError:
        for name in ("search", "export"):
            p = sub.add_parser(name, parents=[common], help="(not available yet)")
            p.add_argument("rest", nargs=argparse.REMAINDER)
            p.set_defaults(run=_not_built(name))
    else:
        add_subcommands(sub, parents=[common], only=only)


def _route(argv: list[str], commands: set[str] | tuple[str, ...] = COMMANDS) -> list[str]:
    """Insert ``open`` when the first word is a path rather than a command;
    put a command named after options first."""
    for i, tok in enumerate(argv):
        if tok == "--":
            break
        if tok.startswith("-"):
            if tok in ("-h", "--help", "--version"):
                return argv
            continue
        if tok in commands:  # options written before the command go after it
            return [tok, *argv[:i], *argv[i + 1:]]
        break
    return ["open", *argv] if argv else argv


def _is_parse_error(exc: BaseException) -> bool:
    """A ``parsers.ParseError`` (without importing the parsers just to ask)."""
    errors = sys.modules.get("parsers.errors")
    return errors is not None and isinstance(exc, errors.ParseError)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        routed = _route(argv)
        only = routed[0] if routed and routed[0] in COMMANDS else None
        args = build_parser(only).parse_args(routed)
        if args.command is None:
            raise CliError(f"give a file or folder to read (see {PROG} --help)")
        return args.run(args)
    except _Exit as done:
        return done.status
    except CliError as exc:
        _err(str(exc))
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        _err("output closed early (broken pipe)")
    except Exception as exc:  # never a traceback for the user
        if _is_parse_error(exc):
            _err(str(exc))
        elif os.environ.get("VRAGENRONDE_DEBUG"):
            raise
        else:
            _err(f"internal error: {type(exc).__name__}: {exc}")
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
