"""User key remapping by binding id.

Every binding of the reader has an id (``tui/bindings.py``). A JSON file maps
ids to keys, Textual's keymap format::

    {"next-question": "j,down,ctrl+n", "copy-answer": "y,ctrl+y"}

It is read from ``$VRAGENRONDE_KEYMAP`` when set, else
``$XDG_CONFIG_HOME/vragenronde/keymap.json`` (``~/.config/...``). A missing
file means the defaults; a broken one is reported in one line (in the
interface's language, :mod:`tui.i18n`) and ignored. Reading it never writes
anything.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Callable

from .i18n import _

ENV_VAR = "VRAGENRONDE_KEYMAP"


def keymap_path() -> Path | None:
    """Where the keymap file is looked for (None when no home is known)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    base = os.environ.get("XDG_CONFIG_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "vragenronde" / "keymap.json"
    home = os.environ.get("HOME")
    return Path(home) / ".config" / "vragenronde" / "keymap.json" if home else None


#: A keymap file larger than this is not read (a real one is a few hundred bytes).
MAX_BYTES = 256 * 1024


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return _("niet te lezen: {error}").format(error=exc.strerror.lower())
    if isinstance(exc, UnicodeDecodeError):
        return _("het is geen UTF-8-tekst")
    if isinstance(exc, RecursionError):
        return _("het is te diep genest voor een toetsenindeling")
    return f"{type(exc).__name__}: {exc}"


def _problem(path: object, reason: str) -> str:
    from .safe_text import safe_text

    return " ".join(safe_text(_("toetsenindeling {path} genegeerd: {reason}").format(
        path=path, reason=reason)).split())


def load_keymap(known_ids: Callable[[], set[str]]) -> tuple[dict[str, str], str | None]:
    """(keymap, problem): the user's remapping and a one-line problem, if any.

    ``known_ids`` gives the binding ids; it is called only when there is a
    file to check (collecting them imports every screen's bindings). Never
    raises: whatever is wrong with the file (permissions, not a regular file,
    too large, not JSON, nested too deeply, wrong types) gives an empty keymap
    and the problem in one line.
    """
    path = None
    try:
        path = keymap_path()
        if path is None:
            return {}, None
        try:
            st = path.stat()
        except (FileNotFoundError, NotADirectoryError):
            return {}, None
        if not stat.S_ISREG(st.st_mode):  # a folder, a FIFO (reading it would block) ...
            return {}, _problem(path, _("het is geen gewoon bestand"))
        if st.st_size > MAX_BYTES:
            return {}, _problem(path, _("het is groter dan {size} KB").format(size=MAX_BYTES // 1024))
        import json  # only with a keymap file

        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                 for k, v in data.items()):
            return {}, _problem(path, _("het moet binding-ids op toetsen afbeelden, bijv. {example}").format(
                example='{"next-question": "j,down"}'))
        ids = known_ids()
        unknown = sorted(set(data) - ids)
        keymap = {k: v for k, v in data.items() if k in ids and v.strip()}
        problem = None
        if unknown:
            from .safe_text import safe_text

            problem = " ".join(safe_text(_("toetsenindeling {path}: onbekende binding-ids {ids}").format(
                path=path, ids=", ".join(unknown))).split())
        return keymap, problem
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - a keymap never stops the app
        return {}, _problem(path if path is not None else _("bestand"), _reason(exc))
