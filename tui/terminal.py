"""What the terminal can take: UTF-8 or not, a full-screen app or plain text.

Kept apart from :mod:`tui.plain_doc` so that ``vragenronde FILE`` can decide
how to open a document without loading the plain-text renderer (start-up
time). Standard library only.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

__all__ = ["locale_is_utf8", "wants_plain"]


def locale_is_utf8(environ: Mapping[str, str] | None = None) -> bool:
    """True when the locale (``LC_ALL``, else ``LC_CTYPE``, else ``LANG``) is UTF-8.

    Read from the environment rather than from Python's encodings. In the C
    or POSIX locale Python switches itself to UTF-8 at start-up (PEP 538 and
    540: it sets ``LC_CTYPE=C.UTF-8`` and UTF-8 mode), although the terminal
    may not show UTF-8; for this process (``environ`` None) UTF-8 mode that
    ``PYTHONUTF8=1`` did not ask for therefore means the C locale.
    """
    if environ is None:
        environ = os.environ
        if sys.flags.utf8_mode and environ.get("PYTHONUTF8") != "1":
            return False
    for var in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = environ.get(var, "")
        if value:
            norm = value.lower().replace("-", "").replace("_", "")
            return "utf8" in norm
    return False


def wants_plain(environ: Mapping[str, str] | None = None, stdout=None) -> str | None:
    """Why the full-screen reader cannot run here, or None when it can.

    ``TERM=dumb`` (or no ``TERM``), or stdout that is not a terminal.
    """
    env = os.environ if environ is None else environ
    stream = sys.stdout if stdout is None else stdout
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    if not tty:
        return "output is not a terminal"
    if env.get("TERM", "dumb") in ("", "dumb"):
        return "TERM is dumb"
    return None
