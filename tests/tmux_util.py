"""Drive a real terminal with tmux, for tests that must see what a user sees.

Every :class:`Tmux` runs its own server on a private socket (``-S``) with no
configuration file (``-f /dev/null``), so it never touches the user's tmux.
Waiting is done by polling ``capture-pane`` until a condition holds (never a
fixed sleep); :meth:`Tmux.wait_for` fails with the last screen when the
condition does not come true in time.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

TMUX = shutil.which("tmux")


class Tmux:
    """One private tmux server with one session of ``width`` x ``height``."""

    def __init__(self, socket: Path, width: int = 120, height: int = 40) -> None:
        self.socket = socket
        self.width = width
        self.height = height
        self.session = "t"

    def tmux(self, *args: str, check: bool = True, input: bytes | None = None) -> str:
        """Run a tmux command against this server; returns its stdout."""
        run = subprocess.run([TMUX or "tmux", "-u", "-S", str(self.socket), "-f", "/dev/null", *args],
                             capture_output=True, input=input, timeout=20)
        if check and run.returncode != 0:
            raise RuntimeError(f"tmux {' '.join(args)}: {run.stderr.decode(errors='replace').strip()}")
        return run.stdout.decode("utf-8", errors="replace")

    def start(self, command: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
        """Start the session running ``command`` (kept open after it exits)."""
        args = ["new-session", "-d", "-s", self.session, "-x", str(self.width), "-y", str(self.height)]
        for key, value in (env or {}).items():
            args += ["-e", f"{key}={value}"]
        if cwd is not None:
            args += ["-c", str(cwd)]
        self.tmux(*args, "sh")
        self.tmux("set-option", "-g", "remain-on-exit", "on")
        self.tmux("set-option", "-g", "set-clipboard", "on")  # accept OSC 52 into a buffer
        self.tmux("set-option", "-g", "allow-rename", "on")
        self.tmux("set-option", "-g", "allow-passthrough", "off")
        self.send_text(command)
        self.tmux("send-keys", "-t", self.session, "Enter")

    def send_text(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def press(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.session, *keys)

    def capture(self, join: bool = False) -> str:
        """The visible screen as text (no escape sequences); ``join`` rejoins
        lines the terminal wrapped."""
        return self.tmux("capture-pane", "-p", *(["-J"] if join else []), "-t", self.session)

    def pane(self, fmt: str) -> str:
        """A tmux format of the pane, such as ``#{pane_title}``."""
        return self.tmux("display-message", "-p", "-t", self.session, fmt).strip()

    def buffers(self) -> list[str]:
        """Names of tmux paste buffers (an OSC 52 from the program would add one)."""
        return [ln for ln in self.tmux("list-buffers", "-F", "#{buffer_name}", check=False).splitlines() if ln]

    def wait_for(self, condition: Callable[[str], bool], timeout: float = 30.0, what: str = "") -> str:
        """Poll the screen until ``condition(screen)``; returns that screen."""
        deadline = time.monotonic() + timeout
        screen = ""
        delay = 0.02
        while time.monotonic() < deadline:
            screen = self.capture()
            if condition(screen):
                return screen
            time.sleep(delay)
            delay = min(delay * 1.5, 0.25)
        raise AssertionError(f"timed out waiting for {what or condition!r}; screen:\n{screen}")

    def close(self) -> None:
        self.tmux("kill-server", check=False)

    def __enter__(self) -> "Tmux":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
