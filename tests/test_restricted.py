"""Restricted machines: read-only home, no HOME, a TMPDIR that cannot be written.

Each case runs the command line in a child process (``dump``, ``show`` and
the plain mode) and the reader in tmux, and checks that the document still
opens, that the user is told once why there is no caching, and that nothing
is written. The read-only folders are really read-only, also as root
(``tests/restrict.py``).

The last test proves that nothing is written outside the cache folder: with
a writable HOME, TMPDIR and working folder it snapshots all three (and the
cache folder) before and after ``dump``, ``show``, the plain mode and a
reader session in tmux; only the cache folder may change.
``PYTHONDONTWRITEBYTECODE=1`` keeps Python's own ``__pycache__`` files of this
checkout out of the picture (an installed copy has them from installation).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus import ROOT, SHARED, need_shared

pytestmark = need_shared
from tests.restrict import read_only
from tests.tmux_util import TMUX, Tmux

SEED = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"
CLI = [sys.executable, "-m", "tui.cli"]


def _env(home: Path | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("HOME", "XDG_CACHE_HOME", "VRAGENRONDE_CACHE_DIR", "TMPDIR")}
    if home is not None:
        env["HOME"] = str(home)
    env.update({"PYTHONDONTWRITEBYTECODE": "1", "LANG": "C.UTF-8", "LC_ALL": "", **extra})
    return env


def _run(args: list[str], env: dict[str, str], wrap=lambda c: c, cwd: Path = ROOT,
         prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(wrap([*(prefix or CLI), *args]), capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=120)


def _three_commands(env, wrap=lambda c: c, prefix=None):
    """dump, show and the plain mode of the seed; returns their results."""
    return [_run(args, env, wrap, prefix=prefix) for args in
            (["dump", str(SEED)], ["show", str(SEED), "SP-4"], ["--plain", str(SEED)])]


def _check_outputs(runs) -> None:
    dump, show, plain = runs
    assert [r.returncode for r in runs] == [0, 0, 0]
    assert dump.stdout.count('"id":"SP-') + dump.stdout.count('"id":"VOLT-') > 0
    assert show.stdout.startswith("SP-4 · Kamerstuk 36800-K F · 19 juni 2026 · fractie SP")
    assert plain.stdout.count("\nAntwoord:\n") == 26


def test_read_only_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    with read_only(home) as wrap:
        runs = _three_commands(_env(home), wrap)
    _check_outputs(runs)
    cache = home / ".cache" / "vragenronde"
    expected = f"vragenronde: cache disabled: {cache} is not writable (Read-only file system)\n"
    if not os.geteuid() == 0:
        expected = f"vragenronde: cache disabled: {cache} is not writable (Permission denied)\n"
    assert [r.stderr for r in runs] == [expected] * 3
    assert list(home.iterdir()) == []


def test_read_only_cache_folder_named_by_the_user(tmp_path):
    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    cache.mkdir()
    with read_only(cache) as wrap:
        runs = _three_commands(_env(home, VRAGENRONDE_CACHE_DIR=str(cache)), wrap)
    _check_outputs(runs)
    reason = "Read-only file system" if os.geteuid() == 0 else "Permission denied"
    assert {r.stderr for r in runs} == {
        f"vragenronde: cache disabled: {cache} is not writable ({reason})\n"}
    assert list(cache.iterdir()) == [] and list(home.iterdir()) == []


#: Start the command line as an account without a home folder: HOME unset and
#: no passwd entry (``pwd.getpwuid`` fails, as for an arbitrary container uid).
_NO_PASSWD = (
    "import pwd, sys\n"
    "def _missing(uid): raise KeyError(f'getpwuid(): uid not found: {uid}')\n"
    "pwd.getpwuid = _missing\n"
    "from tui.cli import main\n"
    "sys.exit(main())\n"
)


def test_home_unset_and_no_home_folder(tmp_path):
    env = _env(None)
    runs = _three_commands(env, prefix=[sys.executable, "-c", _NO_PASSWD])
    _check_outputs(runs)
    assert {r.stderr for r in runs} == {
        "vragenronde: cache disabled: no home folder to put it in "
        "(set HOME or VRAGENRONDE_CACHE_DIR)\n"}


def test_unwritable_tmpdir_does_not_matter(tmp_path):
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    with read_only(tmp) as wrap:
        runs = _three_commands(_env(home, TMPDIR=str(tmp)), wrap)
        missing = _three_commands(_env(home, TMPDIR=str(tmp_path / "no-such-folder")), wrap)
    for group in (runs, missing):
        _check_outputs(group)
        assert [r.stderr for r in group] == ["", "", ""]
    entries = list((home / ".cache" / "vragenronde" / "v1").iterdir())
    assert len(entries) == 1 and entries[0].suffix == ".json"  # the cache still works
    assert list(tmp.iterdir()) == []


def _snapshot(*folders: Path) -> dict[str, tuple]:
    """Every path under ``folders`` with its type, size and mtime."""
    out = {}
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            for name in dirs + files:
                p = Path(root, name)
                st = p.lstat()
                out[str(p)] = (st.st_mode, st.st_size, st.st_mtime_ns)
    return out


def _reader_in_tmux(sock: Path, env: dict[str, str], cwd: Path, wrap=lambda c: c) -> str:
    """Open the seed in the reader in tmux, wait for its first question, quit.

    Returns the screen showing the document.
    """
    keep = ("HOME", "TMPDIR", "VRAGENRONDE_CACHE_DIR", "PYTHONDONTWRITEBYTECODE", "PATH", "LANG")
    assigns = [f"{k}={v}" for k, v in env.items() if k in keep]
    cmd = shlex.join(wrap(["env", "-u", "HOME", "TERM=xterm-256color", *assigns,
                           f"PYTHONPATH={ROOT}", *CLI, str(SEED)]))
    with Tmux(sock, width=120, height=36) as t:
        t.start(f"cd {shlex.quote(str(cwd))} && {cmd}; echo EXIT=$?")
        screen = t.wait_for(lambda s: "Kan de regering reflecteren" in s, timeout=60,
                            what="the reader showing the seed")
        t.press("q")
        end = t.wait_for(lambda s: re.search(r"^EXIT=\d+$", s, re.M) is not None, timeout=20,
                         what="the reader to quit")
        assert re.search(r"^EXIT=0$", end, re.M), end
        return screen


@pytest.mark.tmux
@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_reader_opens_with_read_only_home(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    with read_only(home) as wrap:
        screen = _reader_in_tmux(tmp_path / "s", _env(home), tmp_path, wrap)
    assert "Traceback" not in screen
    assert list(home.iterdir()) == []


@pytest.mark.tmux
@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_nothing_is_written_outside_the_cache_folder(tmp_path):
    home, tmp, work, cache = (tmp_path / n for n in ("home", "tmp", "work", "cache"))
    for d in (home, tmp, work):
        d.mkdir()
    env = _env(home, TMPDIR=str(tmp), VRAGENRONDE_CACHE_DIR=str(cache))
    before = _snapshot(home, tmp, work, ROOT / "samples")
    runs = [_run(args, env, cwd=work) for args in
            (["dump", str(SEED)], ["show", str(SEED), "SP-4"], ["--plain", str(SEED)])]
    _check_outputs(runs)
    _reader_in_tmux(tmp_path / "s", env, work)
    assert _snapshot(home, tmp, work, ROOT / "samples") == before
    assert sorted(p.name for p in cache.iterdir()) == ["v1"]
    assert [p.suffix for p in (cache / "v1").iterdir()] == [".json"]
