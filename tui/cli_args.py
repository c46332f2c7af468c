"""The argument parser of the ``vragenronde`` command line (argparse).

:func:`build_parser` builds every command, or only the one a command line
names; :mod:`tui.cli` builds it only when it needs it (a plain ``search
FOLDER WORDS`` does without argparse, see :func:`tui.cli_library.fast_search_args`).
Help and argparse's own error messages are in the interface's language.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable

from .cli_base import PROG, CliError, _Exit, _out_text
from .i18n import N_, _

__all__ = ["build_parser"]


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


def _not_built(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        raise CliError(_("{name} is nog niet beschikbaar").format(name=name))

    return run



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


def build_parser(only: str | None, commands: dict[str, Callable]) -> _Parser:
    """The argparse parser with every subcommand, or with only the command
    ``only`` (what a command line that names it needs: building the others
    costs more than the rest of a warm ``show``). ``commands`` gives the
    functions of ``open``, ``dump`` and ``show`` (:mod:`tui.cli`'s)."""
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
        _add_open(sub, common, commands["open"])
    if wanted("dump"):
        _add_dump(sub, common, commands["dump"])
    if wanted("show"):
        _add_show(sub, common, commands["show"])
    if wanted("search", "export"):
        _add_library(sub, common, only)
    if wanted("report", "commitments"):
        # the answer audit across a folder: tui/cli_report.py
        from .cli_report import add_subcommands as add_report_commands

        add_report_commands(sub, parents=[common])
    return parser


def _add_open(sub, common: _Parser, command: Callable) -> None:
    p = sub.add_parser("open", parents=[common], help=_("open de lezer (de standaard)"))
    p.add_argument("path", metavar=_("PAD"), help=_("een document of een map met documenten"))
    p.add_argument("--plain", action="store_true",
                   help=_("druk het document af als platte tekst (ook bij TERM=dumb of "
                          "als de uitvoer geen terminal is), via $PAGER als die is ingesteld"))
    p.add_argument("--ascii", action="store_true",
                   help=_("alleen ASCII-randen en -markeringen (ook als de locale geen UTF-8 is)"))
    p.set_defaults(run=command)


def _add_dump(sub, common: _Parser, command: Callable) -> None:
    p = sub.add_parser("dump", parents=[common], help=_("druk de ontleding af als JSON"))
    p.add_argument("path", metavar=_("PAD"), help=_("één document"))
    p.add_argument("--indent", action="store_true", help=_("laat de JSON inspringen (2 spaties)"))
    p.set_defaults(run=command)


def _add_show(sub, common: _Parser, command: Callable) -> None:
    p = sub.add_parser("show", parents=[common],
                       help=_("druk een vraag en haar antwoord af als platte tekst"))
    p.add_argument("path", metavar=_("PAD"), help=_("één document"))
    p.add_argument("id", metavar="ID", nargs="?",
                   help=_("id van een vraag, zoals SP-4 (hoofdletters maken niet uit); "
                          "zonder id: de lijst van ids"))
    p.set_defaults(run=command)


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
