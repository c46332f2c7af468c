"""Parsing the files of a library refresh on every core.

A cold index parses every file of the folder; parsing is pure computation
and each file is independent, so :func:`parse_all` hands the paths, a few at
a time (chunks, to keep the hand-over cheap), to a pool of worker processes
(``concurrent.futures.ProcessPoolExecutor``, started with ``spawn``: the
refresh may run in a thread of the reader, and forking a process with
threads is unsafe). The results come back **in the order of the paths**, so
the refresh stores them in the same order as on one core and the index is
the same. Only the parent writes to SQLite.

Workers ignore ctrl+c: the interrupt reaches the parent, which stops handing
out chunks, waits for the chunks already running (a few files), and then lets
the refresh store what was parsed and re-raise. Documents are sent back as
pickled models; a worker reads and writes the parse cache like the parent.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

#: Fewer files than this are parsed in the refresh's own process. Starting
#: the workers took 0.8-2.9 s on the project's shared 2-core machine and the
#: workers spend about 40% more CPU than one process (each imports and warms
#: up the parser; documents are pickled back), so with two idle cores the pool
#: only wins from roughly 450 files (one core parses ~5 ms per file).
MIN_FILES = 500
#: Files per task sent to a worker.
CHUNK = 4

_cache = None  # the parse cache of this worker process


def one_line(exc: BaseException) -> str:
    """A parse failure as the index records it: one line, at most 300 characters."""
    from ..errors import ParseError

    text = str(exc) if isinstance(exc, ParseError) else f"{type(exc).__name__}: {exc}"
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"


def default_workers() -> int:
    """The cores this process may use (``os.sched_getaffinity`` where there is one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _start_worker(cache_dir: str | None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # ctrl+c is the parent's to handle
    global _cache
    if cache_dir is not None:
        from ..cache import Cache

        _cache = Cache(Path(cache_dir))


def _parse_chunk(paths: list[str]) -> list[tuple[object, str | None]]:
    """(document or None, one-line error or None) for each path."""
    from ..pipeline import parse_path

    out: list[tuple[object, str | None]] = []
    for p in paths:
        try:
            out.append((parse_path(Path(p), cache=_cache), None))
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the library
            out.append((None, one_line(exc)))
    return out


def parse_all(paths: list[Path], cache_dir: str | None, workers: int,
              cancel: Callable[[], bool] | None = None) -> Iterator[tuple[object, str | None]]:
    """(document, error) for each of ``paths``, in order, parsed by ``workers``
    processes. Stops handing out work when ``cancel()`` returns True or the
    caller stops iterating (the chunks already running are finished first)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = [[str(p) for p in paths[i:i + CHUNK]] for i in range(0, len(paths), CHUNK)]
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(cache_dir,))
    running: deque = deque()
    handed = 0
    try:
        while running or handed < len(chunks):
            while handed < len(chunks) and len(running) < 2 * workers and not (cancel and cancel()):
                running.append(pool.submit(_parse_chunk, chunks[handed]))
                handed += 1
            if not running:
                return  # cancelled
            yield from running.popleft().result()
    finally:
        for future in running:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def results_of(paths: list[Path], parse: Callable | None, cache, workers: int | None,
               cancel: Callable[[], bool] | None = None) -> Iterator[tuple[object, str | None]]:
    """(document, error) for each of ``paths`` in order, for a refresh: from
    :func:`parse_all` for many files on more than one core, else parsed here,
    one at a time as they are asked for. ``parse`` None means
    :func:`parsers.parse_path` (a parse of one's own always runs here);
    ``workers`` None means every core."""
    workers = default_workers() if workers is None else max(1, workers)
    if parse is None and workers > 1 and len(paths) >= MIN_FILES:
        return _pooled(paths, cache, min(workers, len(paths)), cancel)
    return (_here(parse, p, cache) for p in paths)  # the parser is imported at the first file


def _pooled(paths: list[Path], cache, workers: int, cancel) -> Iterator[tuple[object, str | None]]:
    """:func:`parse_all`; if the pool cannot start or breaks (no ``spawn`` in
    this environment, a worker killed), the files not yet given are parsed
    here instead."""
    given = 0
    try:
        for item in parse_all(paths, None if cache is None else str(cache.directory), workers, cancel):
            yield item
            given += 1
        return
    except Exception:  # noqa: BLE001 - the pool, not a file: a failing file comes back as its error
        pass
    for p in paths[given:]:
        yield _here(None, p, cache)


def _here(parse: Callable | None, path: Path, cache) -> tuple[object, str | None]:
    """Parse ``path`` in this process (``parse`` None: :func:`parsers.parse_path`)."""
    if parse is None:
        from ..pipeline import parse_path as parse

    try:
        return parse(path, cache=cache), None
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the library
        return None, one_line(exc)
