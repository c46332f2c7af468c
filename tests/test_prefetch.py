"""tui.prefetch: the start document parsed by a forked child while the reader
starts (issue 14: the reader's cold start). Each test runs in a fresh
interpreter, as ``vragenronde FILE`` does (a fork needs a process without
threads)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.corpus import ROOT, SAMPLES

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
                                reason="the child is forked on Linux with two cores or more only")

DOC = SAMPLES / "memorie-van-antwoord-ek.txt"


def run(code: str, cache: Path, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout, env={**os.environ, "VRAGENRONDE_CACHE_DIR": str(cache)}, **kw)


def gone(pid: int) -> bool:
    """No process with this pid is left, not even a zombie."""
    return not Path(f"/proc/{pid}").exists()


CHILD = """
import json, sys
from pathlib import Path
from tui import prefetch
path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path({doc!r})
child = prefetch.start(path, no_cache={no_cache})
assert child is not None and prefetch.take(path) is child
payload = child.payload()
warning = child.close()
print(json.dumps({{"pid": child.pid, "payload": None if payload is None else payload.decode(),
                  "warning": warning, "reaped": child.rusage is not None}}))
"""


def test_a_cold_start_gets_the_parse_from_the_child_and_the_entry_is_written(tmp_path):
    from parsers.cache import Cache, entry_payload
    from parsers.pipeline import parse_path

    out = run(CHILD.format(doc=str(DOC), no_cache=False), tmp_path / "cache")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["payload"] == entry_payload(parse_path(DOC)).decode()
    assert got["reaped"] and got["warning"] is None and gone(got["pid"])
    cache = Cache(tmp_path / "cache")
    assert cache.load_light(DOC) is not None  # the child stored it
    # the next start: the cache has it, so no child (the reader reads the entry)
    again = run(f"from tui import prefetch; print(prefetch.start({str(DOC)!r}, False))", tmp_path / "cache")
    assert (again.returncode, again.stdout) == (0, "None\n")


def test_no_cache_still_parses_in_the_child_and_writes_nothing(tmp_path):
    out = run(CHILD.format(doc=str(DOC), no_cache=True), tmp_path / "cache")
    assert json.loads(out.stdout)["payload"].startswith('{"schema_version"')
    assert not (tmp_path / "cache").exists()


def test_bad_input_is_left_to_the_reader(tmp_path):
    """A file that does not parse: the child answers nothing; the reader's
    own parse (in its worker) gives the message."""
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"not a pdf at all")
    code = CHILD.format(doc=str(bad), no_cache=False)
    got = json.loads(run(code, tmp_path / "cache").stdout)
    assert got["payload"] is None and got["reaped"] and gone(got["pid"])


def test_a_failed_cache_write_sends_the_warning(tmp_path):
    """The child shows the document first and writes the entry after; when
    that fails (here: a full disk, simulated), its warning still reaches the
    parent."""
    code = """
import errno
from parsers.cache import Cache
def store_payload(self, key, payload):
    self._disable_unwritable(OSError(errno.ENOSPC, "No space left on device"))
Cache.store_payload = store_payload
""" + CHILD.format(doc=str(DOC), no_cache=False)
    got = json.loads(run(code, tmp_path / "cache").stdout)
    assert got["payload"] is not None and got["reaped"]
    assert got["warning"] == f"cache disabled: {tmp_path / 'cache'} is not writable (No space left on device)"


@pytest.mark.parametrize("why", ["one core", "a thread", "a folder", "twice"])
def test_no_child_where_it_cannot_help(tmp_path, why):
    code = f"""
import threading, time
from pathlib import Path
from tui import prefetch
path = Path({str(DOC)!r})
if {why!r} == "one core":
    prefetch._usable_cores = lambda: 1
elif {why!r} == "a thread":
    threading.Thread(target=time.sleep, args=(1,), daemon=True).start()
elif {why!r} == "a folder":
    path = path.parent
elif {why!r} == "twice":
    first = prefetch.start(path, False)
    assert first is not None
print(prefetch.start(path, False))
prefetch.finish()
"""
    out = run(code, tmp_path / "cache")
    assert (out.returncode, out.stdout) == (0, "None\n"), out.stderr


BIG = """
import sys, time
from pathlib import Path
from tui import prefetch
child = prefetch.start(Path(sys.argv[1]), no_cache=True)
print(child.pid, flush=True)
"""


def big_lijst(tmp_path: Path) -> Path:
    from benchmarks.synth import numbered_lijst

    path = tmp_path / "groot.txt"
    path.write_text(numbered_lijst(4000), encoding="utf-8")
    return path


def test_finish_stops_a_child_that_still_parses_and_reaps_it(tmp_path):
    code = BIG + """
time.sleep(0.3)
started = time.monotonic()
prefetch.finish()
print(round(time.monotonic() - started, 2), child.rusage is not None)
"""
    out = subprocess.run([sys.executable, "-c", code, str(big_lijst(tmp_path))], capture_output=True,
                         text=True, cwd=ROOT, timeout=120)
    pid, line = out.stdout.splitlines()
    seconds, reaped = line.split()
    assert reaped == "True" and float(seconds) < 1.0 and gone(int(pid))


def test_ctrl_c_ends_parent_and_child(tmp_path):
    """ctrl+c before the reader takes the terminal: SIGINT reaches the whole
    process group; the child dies quietly, the parent reaps it."""
    code = BIG + """
try:
    time.sleep(60)
except KeyboardInterrupt:
    prefetch.finish()
    print("interrupted", child.rusage is not None, flush=True)
"""
    proc = subprocess.Popen([sys.executable, "-c", code, str(big_lijst(tmp_path))], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True)
    pid = int(proc.stdout.readline())
    time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert out == "interrupted True\n" and err == ""
    assert gone(pid)


APP = """
import asyncio, sys
from pathlib import Path
from tui import prefetch
path = Path(sys.argv[1])
child = prefetch.start(path, no_cache=False)
from tui.app import create_app

async def main():
    app = create_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await pilot.pause(0.05)
            if app.screen.state != "loading":
                break
        doc = app.screen.doc
        print(app.screen.state, type(doc).__name__, [q.id for q in doc.questions()] if doc else None)
asyncio.run(main())
prefetch.finish()
print(child.rusage is not None)
"""


def test_the_reader_shows_the_childs_parse(tmp_path):
    from parsers.pipeline import parse_path

    out = subprocess.run(
        [sys.executable, "-c", APP, str(DOC)], capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "VRAGENRONDE_CACHE_DIR": str(tmp_path / "cache")})
    assert out.returncode == 0, out.stderr[-2000:]
    shown, reaped = out.stdout.splitlines()
    assert shown == f"ready LightDocument {[q.id for q in parse_path(DOC).questions()]}"
    assert reaped == "True"


def test_the_reader_reports_a_bad_file_after_the_child_gave_up(tmp_path):
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"not a pdf at all")
    out = subprocess.run([sys.executable, "-c", APP.replace("print(app.screen.state, type(doc).__name__, "
                                                             "[q.id for q in doc.questions()] if doc else None)",
                                                             "print(app.screen.state, app.screen.message_text)"),
                          str(bad)], capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={**os.environ, "VRAGENRONDE_CACHE_DIR": str(tmp_path / "cache")})
    assert out.returncode == 0, out.stderr[-2000:]
    first = out.stdout.splitlines()[0]
    assert first.startswith("error Kan kapot.pdf niet openen:")
