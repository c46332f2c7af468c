"""Cache trouble that ``tests/test_cache.py`` does not cover, end to end.

``test_cache.py`` covers corrupt, truncated, foreign and newer-schema entries,
write failures (ENOSPC/EROFS/EACCES, simulated) and two writer processes on
a hand-made document. Here, with real parses: an entry path that is a
folder, a cache folder that is really read-only (permissions enforced by
running as ``nobody``), and two ``vragenronde dump`` processes filling the
same entry at once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from parsers import parse_path
from parsers.cache import Cache
from tests.corpus import ROOT, SAMPLES

DOC = SAMPLES / "memorie-van-antwoord-ek.txt"


def test_entry_that_is_a_folder_still_gives_the_parse(tmp_path):
    cache = Cache(tmp_path / "cache")
    key = cache.key(DOC)
    cache.entry_path(key).mkdir(parents=True)
    doc = parse_path(DOC, cache=cache)
    assert doc == parse_path(DOC)
    assert cache.warning is not None and cache.warning.startswith(f"cache disabled: {tmp_path / 'cache'}")


def test_really_read_only_cache_folder():
    """As ``nobody`` (when run as root), with the cache folder not writable.

    The dropped user may not be able to enter the checkout (a clone inside a
    folder only root may enter), so the document is copied into the
    temporary folder and the parse runs once before the fork: every module
    it needs is imported while the process can still read them.
    """
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)
        doc_copy = Path(tmp) / DOC.name
        doc_copy.write_bytes(DOC.read_bytes())
        doc_copy.chmod(0o644)
        expected = parse_path(doc_copy)  # imports the readers and grammars now
        cdir = Path(tmp) / "cache"
        Cache(cdir)  # creates cdir/v1, owned by us
        for d in (cdir, cdir / "v1"):
            d.chmod(0o555)
        rfd, wfd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never returns into pytest
            code = 1
            try:
                os.close(rfd)
                if os.geteuid() == 0:
                    os.setgroups([])
                    os.setgid(65534)
                    os.setuid(65534)
                cache = Cache(cdir)
                doc = parse_path(doc_copy, cache=cache)
                again = parse_path(doc_copy, cache=cache)
                os.write(wfd, f"{len(doc.questions())}|{doc == again == expected}|{cache.warning}".encode())
                code = 0
            except BaseException as exc:  # say why in the assertion, not just "exit 1"
                os.write(wfd, f"child failed: {type(exc).__name__}: {exc}".encode())
            finally:
                os._exit(code)
        os.close(wfd)
        with os.fdopen(rfd, "rb") as fh:
            out = fh.read().decode()
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, out
        assert list((cdir / "v1").iterdir()) == []
    assert out == f"4|True|cache disabled: {cdir} is not writable (Permission denied)"


def test_two_processes_fill_the_same_entry_at_once(tmp_path):
    env = {**os.environ, "VRAGENRONDE_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "tui.cli", "dump", str(DOC)]
    procs = [subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0]
    assert [err for _, err in outs] == [b"", b"", b""]
    fresh = subprocess.run([*cmd, "--no-cache"], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert {out for out, _ in outs} == {fresh.stdout}
    entries = sorted(p.name for p in (tmp_path / "cache" / "v1").iterdir())
    assert len(entries) == 1 and entries[0].endswith(".json")  # no temp files left
    cached = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert cached.stdout == fresh.stdout
