"""The ``vragenronde`` command line.

::

    vragenronde PATH [--plain] [--ascii] open the reader on a file or folder
                                         (plain text with --plain, TERM=dumb or
                                         output that is not a terminal)
    vragenronde dump PATH [--indent]     the parse as JSON (docs/dump-format.md)
    vragenronde show PATH [ID]           one question and its answer as plain text
                                         (without ID: the list of question ids)
    vragenronde search / export ...      see tui/cli_library.py
    vragenronde report / commitments ... see tui/cli_report.py

Every command takes ``--no-cache`` and ``--lang nl|en`` (the language of
messages and help, see :mod:`tui.i18n`; Dutch unless the locale is English). A first word that names a command is that
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

from .i18n import N_, _, localise, set_language
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


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout with the usage line in the interface's language."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # type: ignore[override]
        super().add_usage(usage, actions, groups, _("gebruik: ") if prefix is None else prefix)


#: argparse's own error messages (English in the standard library), in the
#: interface's language: pattern, message with the pattern's groups.
_ARGPARSE_ERRORS = [
    (re.compile(r"^the following arguments are required: (.*)$"), N_("de volgende argumenten ontbreken: {0}")),
    (re.compile(r"^unrecognized arguments: (.*)$"), N_("onbekende argumenten: {0}")),
    (re.compile(r"^argument (.*?): expected one argument$"), N_("{0} verwacht een waarde")),
    (re.compile(r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$"),
     N_("{0}: ongeldige keuze {1} (kies uit {2})")),
    (re.compile(r"^argument (.*?): invalid \w+ value: (.*)$"), N_("{0}: ongeldige waarde {1}")),
    (re.compile(r"^ambiguous option: (.*?) could match (.*)$"), N_("dubbelzinnige optie {0}: kan {1} zijn")),
    (re.compile(r"^argument (.*?): not allowed with argument (.*)$"), N_("{0} gaat niet samen met {1}")),
]
#: Any other error about one argument: the message is ours (an
#: ``ArgumentTypeError`` of a type function, already in the interface's
#: language); only argparse's English prefix goes.
_ARGUMENT_ERROR = re.compile(r"^argument (.*?): (.*)$", re.S)


def _argparse_message(message: str) -> str:
    """An argparse error message in the interface's language."""
    for pattern, text in _ARGPARSE_ERRORS:
        match = pattern.match(message)
        if match:
            return _(text).format(*match.groups())
    match = _ARGUMENT_ERROR.match(message)
    if match:
        return f"{match[1]}: {match[2]}"
    return message


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


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting, and speaks
    the interface's language in its help."""

    def __init__(self, *args, **kwargs) -> None:
        add_help = kwargs.pop("add_help", True)
        parents = kwargs.pop("parents", [])
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, add_help=False, **kwargs)
        # renamed before the parents' options join, so theirs land in these groups
        self._positionals.title = _("argumenten")
        self._optionals.title = _("opties")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=_("toon deze hulp en stop"))
        for parent in parents:  # as argparse does with ``parents=``
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_formatter(self) -> argparse.HelpFormatter:
        # the terminal width once per process: argparse makes a formatter for
        # every ``add_argument``, each asking the terminal (through shutil) again
        return self.formatter_class(prog=self.prog, width=_help_width())

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(_("{message} (zie {prog} --help)").format(
            message=_argparse_message(message), prog=self.prog))

    def exit(self, status: int = 0, message: str | None = None) -> None:  # type: ignore[override]
        if message:
            raise CliError(message.strip())
        raise _Exit(status)


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
#: controls, bidi controls, U+2028/9. ``dump`` writes them as ``\\uXXXX``.
_JSON_UNSAFE = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xaf]")


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
        raise CliError(_("{path}: is een map; {command} leest één document").format(path=path_arg, command=verb))
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
        raise CliError(_("{path}: bestand of map bestaat niet").format(path=args.path))
    if not (path.is_file() or path.is_dir()):
        raise CliError(_("{path}: geen bestand of map").format(path=args.path))
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
            raise CliError(_("de lezer is niet beschikbaar")) from None
        status = run_app(path, no_cache=args.no_cache, plain=False, ascii=ascii_only)
    finally:
        startup.resume()
    return status if isinstance(status, int) else 0


def _open_plain(path_arg: str, no_cache: bool, ascii_only: bool) -> int:
    """The plain mode: the document as text, or a folder's document list."""
    from .plain_doc import page, render_document

    path = Path(path_arg)
    if path.is_dir():
        from parsers.library.scan import scan_folder, skipped_note

        found = scan_folder(path)
        lines = [_("{n} documenten in {folder}:").format(n=len(found), folder=path_arg)]
        lines += [f"  {f.rel}" for f in found]
        if found.skipped:
            lines.append(localise(skipped_note(found.skipped)))
        lines.append(_("lees er een met: {command}").format(
            command=f"{PROG} --plain {Path(path_arg) / _('BESTAND')}"))
        _out_text(safe_text("\n".join(lines)) + "\n")
        return 0
    doc, _json = _load(path_arg, no_cache, "--plain")
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
        raise CliError(_("{path}: geen vragen gevonden in dit document").format(path=args.path))
    if args.id is None:
        _out_text(_id_list(doc))
        return 0
    q = _find_question(doc, args.id)
    if q is None:
        raise CliError(_('{path}: geen vraag "{id}"; de ids staan in: {command}').format(
            path=args.path, id=args.id, command=f"{PROG} show {args.path}"))
    from .plain import render_show

    _out_text(render_show(doc, q))
    return 0


def _not_built(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        raise CliError(_("{name} is nog niet beschikbaar").format(name=name))

    return run


# -- parser ------------------------------------------------------------------

def _version() -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version(PROG)
    except PackageNotFoundError:
        return _("onbekend")


class _VersionAction(argparse.Action):
    """``--version``: looks the version up only when asked (importlib.metadata
    costs more than the rest of building the parser)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or _("toon het versienummer en stop"))

    def __call__(self, parser, namespace, values, option_string=None):
        _out_text(f"{PROG} {_version()}\n")
        parser.exit()


#: Every command; a first word that is one of these is that command.
COMMANDS = ("open", "dump", "show", "search", "export", "report", "commitments")


def build_parser(only: str | None = None) -> _Parser:
    """The argparse parser with every subcommand, or with only the command
    ``only`` (what a command line that names it needs: building the others
    costs more than the rest of a warm ``show``)."""
    common = _Parser(add_help=False)
    common.add_argument("--no-cache", action="store_true",
                        help=_("opnieuw inlezen; de cache niet lezen of schrijven"))
    common.add_argument("--lang", metavar="nl|en",
                        help=_("taal van meldingen en hulp (standaard Nederlands; Engels bij een Engelse LANG)"))

    parser = _Parser(
        prog=PROG,
        description=_("Lees Nederlandse parlementaire vragenrondes in de terminal."),
        epilog=_("Zonder opdracht opent {prog} PAD de lezer op PAD "
                 "(schrijf ./dump om een bestand te openen dat heet als een opdracht).").format(prog=PROG),
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--lang", metavar="nl|en", help=_("taal van meldingen en hulp"))
    sub = parser.add_subparsers(dest="command", metavar=_("OPDRACHT"), parser_class=_Parser)

    def wanted(*names: str) -> bool:
        return only is None or only in names

    if wanted("open"):
        _add_open(sub, common)
    if wanted("dump"):
        _add_dump(sub, common)
    if wanted("show"):
        _add_show(sub, common)
    if wanted("search", "export"):
        _add_library(sub, common, only)
    if wanted("report", "commitments"):
        # the answer audit across a folder: tui/cli_report.py
        from .cli_report import add_subcommands as add_report_commands

        add_report_commands(sub, parents=[common])
    return parser


def _add_open(sub, common: _Parser) -> None:
    p = sub.add_parser("open", parents=[common], help=_("open de lezer (de standaard)"))
    p.add_argument("path", metavar=_("PAD"), help=_("een document of een map met documenten"))
    p.add_argument("--plain", action="store_true",
                   help=_("druk het document af als platte tekst (ook bij TERM=dumb of "
                          "als de uitvoer geen terminal is), via $PAGER als die is ingesteld"))
    p.add_argument("--ascii", action="store_true",
                   help=_("alleen ASCII-randen en -markeringen (ook als de locale geen UTF-8 is)"))
    p.set_defaults(run=cmd_open)


def _add_dump(sub, common: _Parser) -> None:
    p = sub.add_parser("dump", parents=[common], help=_("druk de ontleding af als JSON"))
    p.add_argument("path", metavar=_("PAD"), help=_("één document"))
    p.add_argument("--indent", action="store_true", help=_("laat de JSON inspringen (2 spaties)"))
    p.set_defaults(run=cmd_dump)


def _add_show(sub, common: _Parser) -> None:
    p = sub.add_parser("show", parents=[common],
                       help=_("druk een vraag en haar antwoord af als platte tekst"))
    p.add_argument("path", metavar=_("PAD"), help=_("één document"))
    p.add_argument("id", metavar="ID", nargs="?",
                   help=_("id van een vraag, zoals SP-4 (hoofdletters maken niet uit); "
                          "zonder id: de lijst van ids"))
    p.set_defaults(run=cmd_show)


def _add_library(sub, common: _Parser, only: str | None) -> None:
    """``search`` and ``export`` (tui/cli_library.py); stubs keep the names
    reserved as commands if that module is missing."""
    try:
        from .cli_library import add_subcommands
    except ImportError:
        for name in ("search", "export"):
            p = sub.add_parser(name, parents=[common], help=_("(nog niet beschikbaar)"))
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


def _take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """(``--lang`` value or None, the other arguments), wherever it stands.

    Taken out before parsing: the language must be set before the help
    texts are made, and its value must not be mistaken for a path.
    """
    from .i18n import LANGUAGES, normalise

    lang, rest, i = None, [], 0
    while i < len(argv):
        tok = argv[i]
        if tok == "--":
            rest += argv[i:]
            break
        if tok == "--lang" or tok.startswith("--lang="):
            if "=" in tok:
                value = tok.split("=", 1)[1]
            elif i + 1 < len(argv):
                value, i = argv[i + 1], i + 1
            else:
                value = ""
            lang = normalise(value)
            if lang is None:
                set_language(None)
                raise CliError(_("--lang: kies uit {known}, niet {value}").format(
                    known=", ".join(LANGUAGES), value=repr(value)))
        else:
            rest.append(tok)
        i += 1
    return lang, rest


def _is_parse_error(exc: BaseException) -> bool:
    """A ``parsers.ParseError`` (without importing the parsers just to ask)."""
    errors = sys.modules.get("parsers.errors")
    return errors is not None and isinstance(exc, errors.ParseError)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        lang, argv = _take_lang(argv)
        set_language(lang)
        routed = _route(argv)
        only = routed[0] if routed and routed[0] in COMMANDS else None
        args = build_parser(only).parse_args(routed)
        if args.command is None:
            raise CliError(_("geef een bestand of map om te lezen (zie {prog} --help)").format(prog=PROG))
        return args.run(args)
    except _Exit as done:
        return done.status
    except CliError as exc:
        _err(str(exc))
    except KeyboardInterrupt:
        _err(_("onderbroken"))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        _err(_("uitvoer te vroeg gesloten (broken pipe)"))
    except OSError as exc:  # e.g. a path inside a folder the user may not enter
        if exc.filename is None or os.environ.get("VRAGENRONDE_DEBUG"):
            _internal(exc)
        else:
            _err(f"{exc.filename}: {(exc.strerror or str(exc)).lower()}")
    except Exception as exc:  # never a traceback for the user
        if _is_parse_error(exc):
            _err(localise(exc))
        else:
            _internal(exc)
    return EXIT_ERROR


def _internal(exc: Exception) -> None:
    """An unexpected error: one line (the traceback with ``VRAGENRONDE_DEBUG``)."""
    if os.environ.get("VRAGENRONDE_DEBUG"):
        raise exc
    _err(_("interne fout: {error_type}: {error}").format(error_type=type(exc).__name__, error=exc))


if __name__ == "__main__":
    sys.exit(main())
