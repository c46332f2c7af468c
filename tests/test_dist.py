"""The offline install and the one-file build work on a machine without network.

``tools/build_dist.py --platforms host --pythons host`` builds this machine's
wheelhouse and one-file build into a temporary folder (this needs the package
index, as ``make dist`` does; about a minute). Then, with networking switched
off for the process:

* a fresh virtualenv installs vragenronde from the wheelhouse alone
  (``pip install --no-index --find-links wheelhouse vragenronde``, with no pip
  configuration file or ``PIP_*`` variable adding other sources), and its
  ``vragenronde dump`` of the seed equals the development checkout's;
* the one-file build runs with the system ``python3`` (which has none of the
  dependencies), unpacks only into ``$HOME/.cache/vragenronde/onefile``,
  dumps the seed identically and opens the reader in tmux;
* with no writable cache folder it stops with one line; with only
  ``VRAGENRONDE_CACHE_DIR`` writable it uses that.

Networking is switched off with ``unshare -n`` (a new network namespace with
no interfaces but a down loopback) when running as root; otherwise a Python
audit hook that refuses every socket stands in (see :data:`ISOLATION`).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from tests.corpus import ROOT, SHARED, need_shared
from tests.restrict import read_only
from tests.tmux_util import TMUX, Tmux

SEED = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"
#: The build checks dump and show the seed: they run where ../shared is.
pytestmark = need_shared
SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin:/bin") or sys.executable

#: Python that refuses every network socket and name lookup (the local AF_UNIX
#: socket pair of asyncio's event loop stays allowed), then runs ``argv[1]``
#: as a script (or ``-m`` module).
_NO_SOCKETS = r"""
import runpy, socket, sys
def hook(event, args):
    if event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6):
        raise OSError(f"network is switched off for this test ({event})")
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                 "socket.gethostbyaddr", "urllib.Request"):
        raise OSError(f"network is switched off for this test ({event})")
sys.addaudithook(hook)
if sys.argv[1] == "-m":
    sys.argv = sys.argv[2:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    sys.argv = sys.argv[1:]
    runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _unshare_works() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


#: How the network is switched off: "unshare -n" or "audit hook".
ISOLATION = "unshare -n" if _unshare_works() else "audit hook"


def offline(python: str, *args: str) -> list[str]:
    """The command ``python ARGS`` with networking switched off."""
    if ISOLATION == "unshare -n":
        return ["unshare", "-n", python, *args]
    return [python, "-c", _NO_SOCKETS, *args]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A minimal environment: no pip configuration, no proxies, a private HOME."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "PIP_CONFIG_FILE": os.devnull, "PIP_NO_INPUT": "1", "PYTHONNOUSERSITE": "1"}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """This machine's wheelhouse and one-file build, built once for the module."""
    if ISOLATION != "unshare -n":
        warnings.warn("unshare -n is not available: network is switched off by an audit hook")
    out = tmp_path_factory.mktemp("dist")
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "build_dist.py"), "--out", str(out),
                          "--platforms", "host", "--pythons", "host"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def reference_dump() -> bytes:
    run = subprocess.run([sys.executable, "-m", "tui.cli", "dump", "--no-cache", str(SEED)],
                         cwd=ROOT, capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout


def _pyz(built: Path) -> Path:
    found = sorted(built.glob("vragenronde-*.pyz"))
    assert len(found) == 1, found
    return found[0]


def test_build_outputs(built):
    names = sorted(p.name for p in built.iterdir() if not p.name.startswith("."))
    version = names[0].split("-")[1]
    assert names == [f"vragenronde-{version}-py3-none-any.whl", f"vragenronde-{version}.tar.gz",
                     _pyz(built).name, "wheelhouse"]
    wheels = {p.name.split("-")[0].lower() for p in (built / "wheelhouse").glob("*.whl")}
    assert {"vragenronde", "textual", "rich", "pydantic", "pydantic_core", "orjson",
            "platformdirs", "pypdf"} <= wheels


def test_system_python_lacks_the_dependencies():
    """Else the one-file test would prove nothing."""
    run = subprocess.run([SYSTEM_PYTHON, "-I", "-c", "import textual"], capture_output=True)
    assert run.returncode != 0


def test_wheelhouse_installs_and_runs_offline(built, tmp_path, reference_dump):
    venv = tmp_path / "venv"
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(home)
    subprocess.run([SYSTEM_PYTHON, "-m", "venv", str(venv)], check=True, env=env, timeout=120)
    py = str(venv / "bin" / "python")
    install = subprocess.run(
        offline(py, "-m", "pip", "install", "--no-index", "--find-links",
                str(built / "wheelhouse"), "vragenronde"),
        capture_output=True, text=True, env=env, timeout=300)
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-2000:]
    script = venv / "bin" / "vragenronde"
    assert script.is_file()
    if ISOLATION == "unshare -n":
        cmd = ["unshare", "-n", str(script), "dump", str(SEED)]
    else:
        cmd = offline(py, "-m", "tui.cli", "dump", str(SEED))
    dump = subprocess.run(cmd, capture_output=True, env=env, cwd=tmp_path, timeout=120)
    assert (dump.returncode, dump.stderr) == (0, b"")
    assert dump.stdout == reference_dump
    doc = json.loads(dump.stdout)
    assert sum(len(f["questions"]) for f in doc["factions"]) == 26


def test_onefile_runs_offline_with_system_python(built, tmp_path, reference_dump):
    home = tmp_path / "home"
    home.mkdir()
    pyz = _pyz(built)
    env = clean_env(home)
    dump = subprocess.run(offline(SYSTEM_PYTHON, str(pyz), "dump", str(SEED)),
                          capture_output=True, env=env, cwd=tmp_path, timeout=180)
    assert (dump.returncode, dump.stderr) == (0, b"")
    assert dump.stdout == reference_dump
    # Written: the unpacked build and the parse cache, both under the cache folder only.
    assert sorted(p.name for p in home.iterdir()) == [".cache"]
    assert sorted(p.name for p in (home / ".cache").iterdir()) == ["vragenronde"]
    cache = home / ".cache" / "vragenronde"
    assert sorted(p.name for p in cache.iterdir()) == ["onefile", "v1"]
    unpacked = [p for p in (cache / "onefile").iterdir() if p.is_dir()]
    assert [p.name.rsplit("_", 1)[0] for p in unpacked] == [pyz.name]
    assert (unpacked[0] / "site-packages" / "tui" / "cli.py").is_file()
    # Second run: reuses the unpacked files and the parse cache.
    again = subprocess.run(offline(SYSTEM_PYTHON, str(pyz), "show", str(SEED), "SP-4"),
                           capture_output=True, env=env, cwd=tmp_path, timeout=120)
    assert (again.returncode, again.stderr) == (0, b"")
    assert again.stdout.startswith("SP-4 · Kamerstuk 36800-K F · 19 juni 2026 · fractie SP".encode())
    assert [p for p in (cache / "onefile").iterdir() if p.is_dir()] == unpacked


@pytest.mark.tmux
@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_onefile_starts_the_reader_in_tmux(built, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env(home, TERM="xterm-256color")
    cmd = shlex.join(["env", "-i", *(f"{k}={v}" for k, v in env.items()),
                      *offline(SYSTEM_PYTHON, str(_pyz(built)), str(SEED))])
    with Tmux(tmp_path / "tmux.sock", width=120, height=36) as t:
        t.start(f"{cmd}; echo EXIT=$?", cwd=tmp_path)
        screen = t.wait_for(lambda s: "SP-1" in s and "Kan de regering reflecteren" in s,
                            timeout=60, what="the seed's first question")
        assert "Traceback" not in screen
        t.press("q")
        t.wait_for(lambda s: "EXIT=0" in s, timeout=20, what="the reader to quit")


def test_onefile_without_a_writable_cache_folder(built, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    pyz = _pyz(built)
    env = clean_env(home)
    with read_only(home) as wrap:
        run = subprocess.run(wrap(offline(SYSTEM_PYTHON, str(pyz), "show", str(SEED))),
                             capture_output=True, text=True, env=env, timeout=120)
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == ("vragenronde: cannot unpack the one-file build: no writable cache "
                          "folder (set VRAGENRONDE_CACHE_DIR to a folder you can write)\n")
    assert list(home.iterdir()) == []


def test_onefile_falls_back_to_vragenronde_cache_dir(built, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    cache = tmp_path / "cache"
    env = clean_env(home, VRAGENRONDE_CACHE_DIR=str(cache))
    with read_only(home) as wrap:
        run = subprocess.run(wrap(offline(SYSTEM_PYTHON, str(_pyz(built)), "show", str(SEED))),
                             capture_output=True, text=True, env=env, timeout=180)
    assert (run.returncode, run.stderr) == (0, "")
    assert run.stdout.splitlines()[0].startswith("SP-1\tKan de regering reflecteren")
    assert sorted(p.name for p in cache.iterdir()) == ["onefile", "v1"]
    assert list(home.iterdir()) == []
