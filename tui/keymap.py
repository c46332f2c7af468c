"""User key remapping by binding id.

Every binding of the reader has an id (``tui/bindings.py``). A JSON file maps
ids to keys, Textual's keymap format::

    {"next-question": "j,down,ctrl+n", "copy-answer": "y,ctrl+y"}

It is read from ``$VRAGENRONDE_KEYMAP`` when set, else
``$XDG_CONFIG_HOME/vragenronde/keymap.json`` (``~/.config/...``). A missing
file means the defaults; a broken one is reported in one line and ignored.
Reading it never writes anything.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

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


def load_keymap(known_ids: Callable[[], set[str]]) -> tuple[dict[str, str], str | None]:
    """(keymap, problem): the user's remapping and a one-line problem, if any.

    ``known_ids`` gives the binding ids; it is called only when there is a
    file to check (collecting them imports every screen's bindings).
    """
    path = keymap_path()
    if path is None or not path.is_file():
        return {}, None
    import json  # only with a keymap file

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return {}, f"keymap {path} ignored: {type(exc).__name__}: {exc}".splitlines()[0]
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        return {}, f"keymap {path} ignored: it must map binding ids to key strings"
    ids = known_ids()
    unknown = sorted(set(data) - ids)
    keymap = {k: v for k, v in data.items() if k in ids and v.strip()}
    problem = f"keymap {path}: unknown binding ids {', '.join(unknown)}" if unknown else None
    return keymap, problem
