"""Run a child process that permission bits really apply to, also when the tests run as root.

Root reads any file whatever its mode, through the capabilities
``CAP_DAC_OVERRIDE`` and ``CAP_DAC_READ_SEARCH``. As root, :func:`run`
starts the child with those two dropped (``setpriv --bounding-set``), so a
folder of mode 000 is as closed to it as to any user, while everything else
(the Python installation, the checkout) stays reachable. As any other user
the child simply runs as that user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
AS_ROOT = os.geteuid() == 0
_DROP = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def _prefix() -> list[str]:
    if not AS_ROOT:
        return []
    if shutil.which("setpriv") is None:
        pytest.fail("the tests run as root but setpriv (util-linux) is missing")
    return _DROP


def run(args: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``python args...`` from the checkout, bound by permission bits."""
    full_env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    return subprocess.run([*_prefix(), sys.executable, *args], cwd=cwd or ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``vragenronde args...`` (``python -m tui.cli``) bound by permission bits."""
    full_env = {"PYTHONPATH": str(ROOT), **(env or {})}
    return run(["-m", "tui.cli", *args], env=full_env, cwd=cwd)
