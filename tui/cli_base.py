"""What every part of the command line shares: the program's name, its exit
statuses, the errors that end a command, and writing to the terminal.

A module of its own (without argparse) so that :mod:`tui.cli` and the
argument parser (:mod:`tui.cli_args`) raise and catch the same classes also
when the command line runs as ``python -m tui.cli`` (then ``tui.cli`` is
loaded twice: once as ``__main__``).
"""

from __future__ import annotations

import os
import sys

from .safe_text import safe_text

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
