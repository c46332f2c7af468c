"""Start of the vragenronde one-file build (written into the zipapp as ``__main__.py``).

The one-file build is a shiv zipapp. Python cannot import the compiled parts
of orjson and pydantic-core from inside a zip, so shiv unpacks the bundled
packages once, on first run, and reuses them afterwards. Shiv would unpack
into ``~/.shiv``; this start-up code chooses the user's cache folder instead,
trying in turn:

1. ``$VRAGENRONDE_CACHE_DIR/onefile``
2. ``$XDG_CACHE_HOME/vragenronde/onefile`` (an absolute ``XDG_CACHE_HOME`` only)
3. ``~/.cache/vragenronde/onefile`` (``~/Library/Caches/...`` on macOS)

A folder where this build is already unpacked is used even when it is
read-only; otherwise the first folder that can be created and written.
When none can, it prints one line and exits with status 2, writing nothing.

Only the standard library is used: nothing else is importable yet.
"""

import json
import os
import sys
import tempfile
import zipfile
from pathlib import Path

_NAME = "vragenronde"


def _candidates():
    """The cache folders to try, best first, without duplicates."""
    seen = []
    env = os.environ.get("VRAGENRONDE_CACHE_DIR", "").strip()
    if env:
        seen.append(Path(env).expanduser() / "onefile")
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if xdg and os.path.isabs(xdg):
        seen.append(Path(xdg) / _NAME / "onefile")
    home = os.path.expanduser("~")
    if os.path.isabs(home):
        base = Path(home) / ("Library/Caches" if sys.platform == "darwin" else ".cache")
        seen.append(base / _NAME / "onefile")
    out = []
    for path in seen:
        if path not in out:
            out.append(path)
    return out


def _writable(folder):
    """True when ``folder`` exists (or can be made) and a file can be created in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = tempfile.mkdtemp(prefix=".probe-", dir=folder)
        os.rmdir(probe)
    except OSError:
        return False
    return True


def choose_root(archive_path):
    """The folder shiv should unpack into, or None when there is none."""
    with zipfile.ZipFile(archive_path) as archive:
        build_id = json.loads(archive.read("environment.json").decode("utf-8"))["build_id"]
    unpacked = f"{Path(archive_path).resolve().name}_{build_id}"
    candidates = _candidates()
    for root in candidates:
        if (root / unpacked / "site-packages").is_dir():
            return root
    for root in candidates:
        if _writable(root):
            return root
    return None


def main():
    """Point shiv at the cache folder, then let shiv unpack and run the reader."""
    root = choose_root(sys.argv[0])
    if root is None:
        sys.stderr.write(
            f"{_NAME}: cannot unpack the one-file build: no writable cache folder "
            "(set VRAGENRONDE_CACHE_DIR to a folder you can write)\n"
        )
        sys.exit(2)
    os.environ["SHIV_ROOT"] = str(root)
    import _bootstrap  # shiv's runtime, stored beside this file in the zipapp

    _bootstrap.bootstrap()


main()
