"""Copying to the user's clipboard from a terminal app.

``App.copy_to_clipboard`` writes one bare OSC 52 sequence and keeps the text
in ``app.clipboard``. Terminal multiplexers swallow that unless configured,
so in addition:

* inside tmux (``$TMUX``): the OSC 52 is sent again wrapped in tmux's DCS
  passthrough, and the text is put in tmux's paste buffer with
  ``tmux load-buffer -w -`` (``-w`` also forwards it to the outer terminal);
* inside GNU screen (``$STY``): OSC 52 wrapped in screen's DCS passthrough,
  in chunks (screen limits the length of one string).

The copied text is plain: no control characters except newline and tab.
:func:`unreliable_reason` says when the copy may not reach the system
clipboard, so the app can point to ``vragenronde show PATH ID``.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import Callable, Mapping

from .highlight import plain_copy_text
from .i18n import _

#: tmux 3.3 silently drops OSC 52 payloads of about 1 MB; stay well below.
OSC52_LIMIT = 100_000
_SCREEN_CHUNK = 76


@dataclass
class CopyResult:
    """What a copy did: the text, how it was sent, and a caveat if any."""

    text: str
    methods: list[str] = field(default_factory=list)
    caveat: str | None = None

    @property
    def chars(self) -> int:
        return len(self.text)


def osc52(text: str) -> str:
    """The bare OSC 52 "set clipboard" sequence for ``text``."""
    return f"\x1b]52;c;{base64.b64encode(text.encode('utf-8')).decode('ascii')}\a"


def tmux_wrap(sequence: str) -> str:
    """``sequence`` in tmux DCS passthrough (ESC doubled inside)."""
    return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"


def screen_wrap(text: str) -> str:
    """OSC 52 for ``text`` in GNU screen DCS passthrough, chunked."""
    b64 = base64.b64encode(text.encode("utf-8")).decode("ascii")
    chunks = [b64[i:i + _SCREEN_CHUNK] for i in range(0, len(b64), _SCREEN_CHUNK)] or [""]
    out = ["\x1bP\x1b]52;c;" + chunks[0] + "\x1b\\"]
    out += ["\x1bP" + c + "\x1b\\" for c in chunks[1:]]
    out.append("\x1bP\a\x1b\\")
    return "".join(out)


def unreliable_reason(env: Mapping[str, str], size: int = 0) -> str | None:
    """Why OSC 52 may not reach the clipboard here, or None if it should."""
    if size > OSC52_LIMIT:
        return _("de tekst is groot ({n} tekens)").format(n=size)
    if env.get("TERM_PROGRAM") == "Apple_Terminal":
        return _("macOS Terminal negeert OSC 52")
    if env.get("VTE_VERSION"):
        return _("VTE-terminals (GNOME Terminal en andere) negeren OSC 52")
    if env.get("TERM") == "linux":
        return _("de Linux-console heeft geen klembord")
    if env.get("STY"):
        return _("GNU screen geeft OSC 52 misschien niet door")
    return None


def _write_raw(app, data: str) -> bool:
    driver = getattr(app, "_driver", None)
    if driver is None or getattr(app, "is_headless", False):
        return False
    try:
        driver.write(data)
    except Exception:
        return False
    return True


def _tmux_load_buffer(text: str, run: Callable) -> bool:
    if shutil.which("tmux") is None:
        return False
    try:
        done = run(
            ["tmux", "load-buffer", "-w", "-"], input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=2, check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return getattr(done, "returncode", 1) == 0


def copy_text(app, text: str, *, env: Mapping[str, str] | None = None,
              run: Callable = subprocess.run) -> CopyResult:
    """Copy ``text`` (made plain) by every means that fits this terminal."""
    env = os.environ if env is None else env
    plain = plain_copy_text(text)
    result = CopyResult(plain)
    app.copy_to_clipboard(plain)
    result.methods.append("osc52")
    if env.get("TMUX"):
        if len(plain) <= OSC52_LIMIT and _write_raw(app, tmux_wrap(osc52(plain))):
            result.methods.append("tmux-passthrough")
        if _tmux_load_buffer(plain, run):
            result.methods.append("tmux-buffer")
    elif env.get("STY"):
        if len(plain) <= OSC52_LIMIT and _write_raw(app, screen_wrap(plain)):
            result.methods.append("screen-passthrough")
    result.caveat = unreliable_reason(env, len(plain))
    return result
