"""Open a document safely: regular files only, size checked before any read.

Everything that reads a user's file (the readers, the parse cache's content
hash, the library's change check) goes through :func:`open_document`:

* ``stat`` first: a folder, a FIFO (named pipe), a socket or a device is
  refused with one line before anything is opened, so nothing blocks on a
  pipe with no writer or reads a device for ever;
* a file larger than the limit is refused before it is read or hashed (a
  30 GB sparse file costs one ``stat``, not minutes of hashing);
* the file is opened with ``O_NONBLOCK`` (a FIFO swapped in after the
  ``stat`` cannot block the ``open``) and the opened descriptor is checked
  again with ``fstat``, so a race between the check and the open is caught.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from ..errors import ParseError
from ..messages import N_, Message

#: Larger files are refused: no real question round comes near this, and it
#: bounds the time and memory one parse can take.
MAX_BYTES = 64 * 1024 * 1024

CHUNK = 1 << 20
#: ``<file>: <why it is not read>``.
_REASON = N_("{name}: {reason}")

_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
          | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None if regular."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return Message(N_("een named pipe (FIFO)"))
    if stat.S_ISSOCK(mode):
        return Message(N_("een socket"))
    if stat.S_ISCHR(mode):
        return Message(N_("een tekenapparaat (character device)"))
    if stat.S_ISBLK(mode):
        return Message(N_("een blokapparaat (block device)"))
    return Message(N_("geen gewoon bestand"))


def not_regular(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read, or None for a regular file."""
    kind = _kind(mode)
    if kind is None:
        return None
    if kind == "folder":
        return Message(N_("is een map, geen document"))
    return Message(N_("is {kind}, geen document; alleen gewone bestanden worden gelezen"), kind=kind)


def _too_big(size: int) -> str | None:
    if size <= MAX_BYTES:
        return None
    return Message(N_("het bestand is {size} MB; vragenronde leest documenten tot {limit} MB"),
                   size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))


def _os_reason(exc: OSError, opening: bool = True) -> str:
    """Why ``stat`` (``opening`` False) or ``open``/``read`` failed, in words."""
    if isinstance(exc, FileNotFoundError):
        return Message(N_("bestand bestaat niet"))
    if isinstance(exc, PermissionError) and opening:
        return Message(N_("geen toegang"))
    return Message(N_("kan niet lezen ({error})"), error=str(exc.strerror or exc))


def check(path: str | os.PathLike[str]) -> os.stat_result:
    """``stat`` ``path`` and refuse what is not a readable-sized regular file."""
    name = str(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise ParseError(_REASON, name=name, reason=_os_reason(exc, opening=False)) from None
    except ValueError:  # a NUL in the name
        raise ParseError(N_("{name}: geen geldige bestandsnaam"), name=name) from None
    reason = not_regular(st.st_mode) or _too_big(st.st_size)
    if reason:
        raise ParseError(_REASON, name=name, reason=reason)
    return st


def _chunks(path: str | os.PathLike[str], limit: int) -> Iterator[bytes]:
    """The bytes of ``path`` in chunks, after :func:`check`; at most ``limit + 1``
    bytes are read, so a file that grows while it is read is noticed."""
    name = str(path)
    check(path)
    try:
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise ParseError(N_("{name}: bestand bestaat niet (het verdween tijdens het lezen)"), name=name) from None
    except OSError as exc:
        raise ParseError(_REASON, name=name, reason=_os_reason(exc)) from None
    try:
        st = os.fstat(fd)
        reason = not_regular(st.st_mode) or _too_big(st.st_size)
        if reason:  # swapped for something else between the stat and the open
            raise ParseError(_REASON, name=name, reason=reason)
        total = 0
        while total <= limit:
            try:
                chunk = os.read(fd, CHUNK)
            except OSError as exc:
                raise ParseError(_REASON, name=name, reason=_os_reason(exc)) from None
            if not chunk:
                return
            total += len(chunk)
            yield chunk
    finally:
        os.close(fd)


def read_document(path: str | os.PathLike[str]) -> bytes:
    """All bytes of the regular file ``path``; one-line :class:`ParseError` else."""
    name = str(path)
    chunks = list(_chunks(path, MAX_BYTES))
    if sum(len(c) for c in chunks) > MAX_BYTES:
        raise ParseError(N_("{name}: het bestand groeide tijdens het lezen tot boven {limit} MB"), name=name,
                         limit=MAX_BYTES // (1024 * 1024))
    return b"".join(chunks)


def digest_document(path: str | os.PathLike[str]) -> str | None:
    """sha256 hex digest of the regular file ``path``, or None when it would
    not be read (missing, unreadable, not a regular file, too large): the
    size and type are checked before a single byte is hashed."""
    import hashlib  # here: scanning a library folder needs no hashing (OpenSSL loads slowly)

    h = hashlib.sha256()
    try:
        total = 0
        for chunk in _chunks(path, MAX_BYTES):
            total += len(chunk)
            h.update(chunk)
    except ParseError:
        return None
    if total > MAX_BYTES:
        return None
    return h.hexdigest()


def is_regular(path: Path) -> bool:
    """Whether ``path`` (symlinks followed) is a regular file; never raises."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
