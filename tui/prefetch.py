"""The start document parsed in a child process while the reader starts.

``vragenronde FILE`` with a cold cache used to import Textual, then the
parser, then parse, all in one process, one after the other (the parse
worker is a thread, and Python runs one thread at a time): importing the
parser and parsing cost more than Textual's whole start. :func:`start`,
called before Textual is imported, forks a child that looks the file up in
the cache and, on a miss, imports the parser, parses, sends the document's
dump JSON (the cache entry's payload) through a pipe and then writes the
cache entry. Meanwhile the parent imports Textual and builds the reader, on
another core. The reader's start-up cache lookup (``tui.app``) takes the
JSON and shows the document as it shows a cached one (light classes, no
pydantic in the parent); nothing is parsed on the UI thread.

Only where it can help and is safe: a regular file the cache has no entry
for, Linux (``os.fork``), at least two usable cores, and no thread running
yet in this process. Anything
else, or a child that fails (a parse error, a crash, a kill), and the
reader parses in its thread worker as before, which also gives the error
message. The child never writes to the terminal (its stdin, stdout and
stderr are ``/dev/null``) and dies at once on ctrl+c (default ``SIGINT``);
the parent reaps it as soon as it has finished, and :func:`finish` (at the
reader's end) stops and reaps one still running, so no zombie stays behind.

The messages on the pipe: one byte (``H`` the cache has it, ``D`` the dump
JSON follows, ``F`` the parse failed, ``W`` a cache warning follows), eight
bytes of length, the data.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path

__all__ = ["Prefetch", "finish", "start", "take"]

_HEADER = 9
#: How long :func:`finish` lets a child that has sent its document finish
#: writing the cache entry before stopping it.
FINISH_SECONDS = 2.0

_started: Prefetch | None = None


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _threads_running() -> bool:
    threading_module = sys.modules.get("threading")
    return threading_module is not None and threading_module.active_count() > 1


def possible() -> bool:
    """Whether a child may be forked here (Linux, two cores, no other thread)."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork") and _usable_cores() >= 2
            and not _threads_running())


def start(path: str | os.PathLike[str], no_cache: bool) -> Prefetch | None:
    """Fork the child for the file at ``path`` if :func:`possible`; None otherwise."""
    global _started
    path = Path(path)
    try:
        if _started is not None or not possible() or not path.is_file() or _in_cache(path, no_cache):
            return None
    except Exception:  # noqa: BLE001 - never in the way of the reader's own start
        return None
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(path, no_cache, write_end)
    os.close(write_end)
    _started = Prefetch(path, pid, read_end)
    return _started


def _in_cache(path: Path, no_cache: bool) -> bool:
    """Whether the cache has an entry for ``path`` (then the reader's own
    lookup reads it, as fast as the child could, and no child is needed)."""
    if no_cache:
        return False
    from parsers.cache import default_cache

    cache = default_cache()
    key = cache.key(path) if cache.enabled else None
    return key is not None and cache.entry_path(key).is_file()


def take(path: str | os.PathLike[str]) -> Prefetch | None:
    """The child started for ``path`` (once; None for any other path)."""
    global _started
    found = _started
    if found is None or found.taken or found.path != Path(path):
        return None
    found.taken = True
    return found


def finish() -> None:
    """Stop and reap the child, if one was started (the reader has ended)."""
    global _started
    found, _started = _started, None
    if found is not None:
        found.stop()


# -- the child ----------------------------------------------------------------

def _child(path: Path, no_cache: bool, fd: int) -> None:
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDWR)
        for target in (0, 1, 2):
            os.dup2(null, target)
        status = _child_work(path, no_cache, fd)
    except BaseException:  # noqa: BLE001 - the parent parses again and reports
        try:
            _send(fd, b"F", b"")
        except BaseException:  # noqa: BLE001
            pass
    finally:
        os._exit(status)


def _child_work(path: Path, no_cache: bool, fd: int) -> int:
    from parsers.cache import default_cache, entry_payload

    cache = default_cache(no_cache)
    key = cache.key(path) if cache is not None and cache.enabled else None
    if key is not None and cache.has(key):
        _send(fd, b"H", b"")
        return 0
    from parsers.pipeline import parse_source
    from parsers.readers import read_path

    try:
        doc = parse_source(read_path(path))
    except Exception:  # noqa: BLE001 - the reader's own parse says what is wrong
        _send(fd, b"F", b"")
        return 1
    payload = entry_payload(doc)
    _send(fd, b"D", payload)
    # then store it, as Cache.load does: only if the file did not change meanwhile
    if key is not None and cache.key(path) == key:
        cache.store_payload(key, payload)
        if cache.warning:
            _send(fd, b"W", cache.warning.encode("utf-8", "replace"))
    return 0


def _send(fd: int, kind: bytes, data: bytes) -> None:
    message = memoryview(kind + len(data).to_bytes(8, "big") + data)
    while message:
        message = message[os.write(fd, message):]


# -- the parent ---------------------------------------------------------------

class Prefetch:
    """A forked child working on ``path``; the parent reads its answer."""

    def __init__(self, path: Path, pid: int, fd: int) -> None:
        self.path = path
        self.pid = pid
        self.taken = False
        #: Resource use of the child once reaped (``os.wait4``), else None.
        self.rusage = None
        self.warning: str | None = None
        self._fd: int | None = fd
        self._answered = False
        self._lock = threading.Lock()

    def payload(self) -> bytes | None:
        """Wait for the child's answer: the dump JSON of the parse, or None
        (the cache has the document, the parse failed, the child is gone)."""
        while True:
            kind, data = self._receive()
            if kind is None or kind in (b"H", b"F"):
                self._answered = True
                return None
            if kind == b"D":
                self._answered = True
                return data

    def close(self) -> str | None:
        """After :meth:`payload`: read what the child says until it ends (a
        cache warning, returned), and reap it."""
        while True:
            kind, data = self._receive()
            if kind is None:
                break
            if kind == b"W":
                self.warning = data.decode("utf-8", "replace")
        self._reap(block=True)
        return self.warning

    def stop(self) -> None:
        """End the child: at once while it still parses, else after at most
        :data:`FINISH_SECONDS` of writing the cache entry; then reap it."""
        import time

        if self._answered:
            deadline = time.monotonic() + FINISH_SECONDS
            while not self._reap(block=False) and time.monotonic() < deadline:
                time.sleep(0.01)
        with self._lock:
            if self.rusage is None:
                try:
                    os.kill(self.pid, signal.SIGKILL)  # not reaped yet: the pid is still this child's
                except ProcessLookupError:
                    pass
        self._reap(block=True)
        if not self.taken:  # else the reader's lookup reads to the end and closes it
            self._close_fd()

    def _receive(self) -> tuple[bytes | None, bytes]:
        header = self._read(_HEADER)
        if header is None:
            self._close_fd()
            return None, b""
        data = self._read(int.from_bytes(header[1:], "big"))
        if data is None:
            self._close_fd()
            return None, b""
        return header[:1], data

    def _read(self, n: int) -> bytes | None:
        chunks, missing = [], n
        while missing:
            fd = self._fd
            if fd is None:
                return None
            try:
                chunk = os.read(fd, min(missing, 1 << 20))
            except OSError:
                return None
            if not chunk:
                return None
            chunks.append(chunk)
            missing -= len(chunk)
        return b"".join(chunks)

    def _close_fd(self) -> None:
        with self._lock:
            fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def _reap(self, block: bool) -> bool:
        """Collect the child's exit (waiting for it with ``block``); True once reaped."""
        with self._lock:
            if self.rusage is not None:
                return True
            try:
                pid, _status, rusage = os.wait4(self.pid, 0 if block else os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere
                pid, rusage = self.pid, ()
            if pid == 0:
                return False
            self.rusage = rusage
            return True
