"""No network, and no writes outside the cache: checked with an audit hook.

A child interpreter installs ``sys.addaudithook`` before importing anything
of the project, then parses every sample (and the shared PDFs) through the
cache and runs the Textual reader headless (``run_test``) on a file and on a
folder. The hook records every socket event (``socket.__new__``,
``connect``, ``bind``, ``getaddrinfo``, ``gethostbyname``, ``sendto`` ...)
and every ``open`` for writing.

* Parsing may open no socket at all.
* The app may create only the local ``AF_UNIX`` socket pair that asyncio's
  event loop uses to wake itself; no other socket, no name lookup, no
  connect.
* Files are written only inside the cache folder (``$VRAGENRONDE_CACHE_DIR``).

An audit hook cannot be removed, so this runs in a subprocess.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from tests.corpus import ROOT, SAMPLES, SHARED

CHILD = r"""
import json, os, socket, sys

events = {"phase": "import"}
log = []
WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def hook(event, args):
    if event.startswith("socket."):
        family = None
        if event == "socket.__new__" and len(args) > 1:
            family = int(args[1]) if isinstance(args[1], int) else str(args[1])
        log.append({"phase": events["phase"], "event": event, "family": family,
                    "args": repr(args[1:3])[:120]})
    elif event == "open" and len(args) >= 3:
        path, mode, flags = args[0], args[1], args[2]
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & WRITE)
        if writing and isinstance(path, (str, bytes, os.PathLike)):
            log.append({"phase": events["phase"], "event": "write", "path": os.fsdecode(path)})


sys.addaudithook(hook)

import asyncio
from pathlib import Path

events["phase"] = "parse"
import parsers
from parsers.cache import Cache

cache = Cache(Path(os.environ["VRAGENRONDE_CACHE_DIR"]))
counts = {}
for p in sys.argv[2:]:
    try:
        counts[Path(p).name] = len(parsers.parse_path(p, cache=cache).questions())
        counts[Path(p).name + "#cached"] = len(parsers.parse_path(p, cache=cache).questions())
    except parsers.ParseError as exc:
        counts[Path(p).name] = str(exc)

events["phase"] = "app"
from tui.app import create_app


async def run(path):
    app = create_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if getattr(app.screen, "state", None) not in (None, "loading"):
                break
        await pilot.press("j", "j", "J", "k", "question_mark")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        return type(app.screen).__name__, getattr(app.screen, "state", None)


screens = [asyncio.run(run(sys.argv[1])), asyncio.run(run(str(Path(sys.argv[1]).parent)))]
print(json.dumps({"log": log, "counts": counts, "screens": screens}))
"""


def _inputs() -> list[str]:
    files = sorted(p for p in SAMPLES.glob("*") if p.is_file())
    corpus = SHARED / "corpus"
    files += [corpus / "eerstekamer-36800-K-F.txt", corpus / "eerstekamer-36800-K-F.pdf"]
    files += sorted((corpus / "learninglion-aanhangsel-2023-2024" / "pdf").glob("*.pdf"))[:3]
    return [str(p) for p in files if p.is_file()]


def _run(tmp_path: Path) -> dict:
    cache_dir = tmp_path / "cache"
    env = {**os.environ, "VRAGENRONDE_CACHE_DIR": str(cache_dir), "HOME": str(tmp_path / "home"),
           "TEXTUAL": "", "PYTHONDONTWRITEBYTECODE": "1"}
    first = str(SAMPLES / "memorie-van-antwoord-ek.txt")
    run = subprocess.run([sys.executable, "-c", CHILD, first, *_inputs()], capture_output=True,
                         text=True, cwd=ROOT, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    result["cache_dir"] = str(cache_dir)
    return result


_RESULT: dict = {}


def result(tmp_path_factory) -> dict:
    if not _RESULT:
        _RESULT.update(_run(tmp_path_factory.mktemp("nonet")))
    return _RESULT


def test_every_sample_was_parsed_and_served_from_the_cache(tmp_path_factory):
    counts = result(tmp_path_factory)["counts"]
    names = [Path(p).name for p in _inputs()]
    for name in names:
        assert isinstance(counts[name], int), (name, counts[name])
        assert counts[name + "#cached"] == counts[name]
    if "eerstekamer-36800-K-F.pdf" in names:  # with ../shared beside the checkout
        assert counts["eerstekamer-36800-K-F.pdf"] == 26
    assert counts["nota-ek-defensie.md"] == 4


def test_parsing_opens_no_socket(tmp_path_factory):
    log = result(tmp_path_factory)["log"]
    assert [e for e in log if e["phase"] == "parse" and e["event"] != "write"] == []


def test_the_app_opens_no_network_socket(tmp_path_factory):
    res = result(tmp_path_factory)
    assert res["screens"] == [["ReaderScreen", "ready"], ["LibraryScreen", None]]
    bad = [e for e in res["log"] if e["phase"] == "app" and e["event"] != "write"
           and not (e["event"] == "socket.__new__" and e["family"] == int(socket.AF_UNIX))]
    assert bad == []


def test_nothing_is_written_outside_the_cache_folder(tmp_path_factory):
    res = result(tmp_path_factory)
    cache_dir = res["cache_dir"]
    writes = [e["path"] for e in res["log"] if e["event"] == "write"]
    outside = [p for p in writes if not p.startswith(cache_dir + os.sep) and p not in ("/dev/null", "/dev/tty")]
    assert outside == []
    assert any(p.startswith(cache_dir) for p in writes)  # the hook does see the cache writes
