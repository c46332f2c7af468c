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
is built into the argument parser (:mod:`tui.cli_args`); a plain ``search
FOLDER WORDS`` needs no argparse at all. The program (:func:`run`) ends at
once after ``search``, ``show`` and ``dump``. ``tests/test_import_budget.py``
holds each command to an import budget, ``benchmarks/bench_cli.py`` times them.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from .cli_base import (  # noqa: F401  (CliError, _Exit and the writers are part of this module's face)
    EXIT_ERROR, EXIT_INTERRUPTED, PROG, CliError, _err, _Exit, _out_bytes, _out_text, _silence_stdout,
)
from .i18n import _, localise, set_language
from .safe_text import safe_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:
    import argparse

__all__ = ["CliError", "main", "run"]


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
    from . import prefetch, startup

    # a file not in the cache is parsed by a child process meanwhile, on
    # another core, while this one loads Textual (tui/prefetch.py)
    prefetch.start(path, args.no_cache)
    startup.pause()  # until the reader's first frame (tui/startup.py)
    try:
        try:
            from tui.app import run_app
        except ImportError:
            raise CliError(_("de lezer is niet beschikbaar")) from None
        status = run_app(path, no_cache=args.no_cache, plain=False, ascii=ascii_only)
    finally:
        startup.resume()
        prefetch.finish()
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


#: Every command; a first word that is one of these is that command.
COMMANDS = ("open", "dump", "show", "search", "export", "report", "commitments")


def build_parser(only: str | None = None):
    """The argparse parser with every subcommand, or with only the command
    ``only`` (:func:`tui.cli_args.build_parser`)."""
    from .cli_args import build_parser as build

    return build(only, {"open": cmd_open, "dump": cmd_dump, "show": cmd_show})


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


def _without_argparse(routed: list[str]):
    """The arguments of a command line so plain that argparse would only say
    what is obvious (``search FOLDER WORDS...`` without an option), or None:
    then argparse parses it (options, ``--help``, every error)."""
    if routed and routed[0] == "search":
        from .cli_library import fast_search_args

        return fast_search_args(routed[1:])
    return None


#: The command :func:`main` ran last (None before it parsed one).
_command: str | None = None


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        lang, argv = _take_lang(argv)
        set_language(lang)
        routed = _route(argv)
        only = routed[0] if routed and routed[0] in COMMANDS else None
        args = _without_argparse(routed) or build_parser(only).parse_args(routed)
        global _command
        _command = args.command
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


#: Commands after which :func:`run` ends the process at once: they hold no
#: file, connection or thread open when they return.
_QUICK_EXIT = frozenset({"search", "show", "dump"})


def run() -> None:
    """The ``vragenronde`` program: :func:`main`, then exit with its status.

    After ``search``, ``show`` and ``dump`` the process ends with
    ``os._exit`` once the output is flushed, skipping the interpreter's
    clean-up of every module and object (a fifth of a warm ``search``):
    nothing is left to finish. Not when another thread or a worker process
    may still be running (a large index refresh), and never for the reader.
    """
    global _command
    _command = None
    status = main()
    if _command in _QUICK_EXIT and _nothing_running():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            sys.exit(status)
        os._exit(status)
    sys.exit(status)


def _nothing_running() -> bool:
    """True when this process started no thread and no worker process."""
    if "multiprocessing" in sys.modules or "concurrent.futures.process" in sys.modules:
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


if __name__ == "__main__":
    run()
