"""Make folders really read-only for one child process, also when the tests run as root.

Root ignores permission bits, so as root :func:`read_only` runs the child in
a private mount namespace (``unshare -m``) where each folder is bind-mounted
over itself read-only: writes fail with ``EROFS`` for that child only, and
the mounts vanish with it. As any other user it removes the write bits for
the duration of the ``with`` block instead.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Wrap = Callable[[list[str]], list[str]]


def _mount_namespace_works() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


MOUNTS = _mount_namespace_works()


@contextmanager
def read_only(*folders: Path) -> Iterator[Wrap]:
    """Yield ``wrap(cmd)``: the command with ``folders`` read-only while it runs."""
    if MOUNTS:
        steps = [f"mount --bind {shlex.quote(str(d))} {shlex.quote(str(d))} && "
                 f"mount -o remount,bind,ro {shlex.quote(str(d))}" for d in folders]
        script = " && ".join([*steps, 'exec "$@"'])
        yield lambda cmd: ["unshare", "-m", "sh", "-c", script, "sh", *cmd]
        return
    modes = {d: d.stat().st_mode for d in folders}
    try:
        for d in folders:
            d.chmod(0o555)
        yield lambda cmd: cmd
    finally:
        for d, mode in modes.items():
            d.chmod(mode)
