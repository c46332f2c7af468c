"""Write an export to a file without ever destroying anything.

:func:`resolve_target` turns what the user typed into a path: empty means a
new numbered name in the current folder, a name ending in ``/`` (or an
existing folder) means the default name inside that folder, a name without
an extension gets the format's.

:func:`write_export` then writes the text so that:

* an existing target is replaced only with ``overwrite`` (the app asks
  first, the command line needs ``--force``); otherwise
  :class:`ExportExists` is raised;
* a document being exported (``sources``) is never the target, not even
  through a symbolic or hard link, also with ``overwrite``;
* only regular files are written: a folder, FIFO, device or socket at the
  target is refused before anything is opened, so a FIFO cannot block;
* links are not followed: the text goes to a new temporary file in the
  target's folder (``O_EXCL``, created by :func:`tempfile.mkstemp`) which is
  then linked (no overwrite: fails if the name appeared meanwhile) or
  renamed (overwrite) into place; a symbolic link at the target is replaced,
  never written through;
* a failure leaves no partial file behind.

Errors are :class:`~parsers.library.export.ExportError` with one line that
names the path and the reason.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .export import ExportError

__all__ = ["ExportExists", "default_path", "file_stem", "resolve_target", "wants_folder", "write_export"]


class ExportExists(ExportError):
    """The target exists; write again with ``overwrite=True`` to replace it."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} exists")
        self.path = path


def file_stem(text: str) -> str:
    """``text`` made safe as a file name stem (letters, digits, ``.-_``)."""
    stem = re.sub(r"[^\w.-]+", "-", text, flags=re.ASCII).strip("-.")
    return stem[:80] or "export"


def wants_folder(typed: str) -> bool:
    """True when the typed name ends with a path separator (``newdir/``)."""
    typed = typed.strip()
    return typed.endswith("/") or (os.altsep is not None and typed.endswith(os.altsep)) \
        or typed.endswith(os.sep)


def default_path(stem: str, fmt: str, folder: Path) -> Path:
    """``<folder>/<stem>.<fmt>``, numbered (``-2``, ``-3`` …) while that name is taken
    (by anything, a dangling link too)."""
    path = folder / f"{stem}.{fmt}"
    n = 2
    while os.path.lexists(path):
        path = folder / f"{stem}-{n}.{fmt}"
        n += 1
    return path


def resolve_target(typed: str, stem: str, fmt: str, cwd: Path | None = None) -> Path:
    """Where to write for the name the user typed (relative to ``cwd``)."""
    cwd = Path.cwd() if cwd is None else Path(cwd)
    text = typed.strip()
    if not text:
        return default_path(stem, fmt, cwd)
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = cwd / path
    if wants_folder(text) or _is_dir(path):
        return default_path(stem, fmt, path)
    return path if path.suffix else path.with_name(f"{path.name}.{fmt}")


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except (OSError, ValueError):
        return False


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
          (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _umask() -> int:
    """The process umask, read without changing it (other threads create files too)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _same(path: Path, st: os.stat_result, sources: Iterable[str | Path]) -> bool:
    """Whether ``path`` (lstat ``st``) is, or links to, one of ``sources``."""
    try:
        target = os.stat(path)  # follows a link: the file it leads to
    except OSError:
        target = None
    for source in sources:
        try:
            s = os.stat(source)
        except OSError:
            continue
        for t in (st, target):
            if t is not None and (t.st_dev, t.st_ino) == (s.st_dev, s.st_ino):
                return True
    return False


def write_export(path: str | Path, text: str, *, overwrite: bool = False,
                 sources: Iterable[str | Path] = (), create_folder: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` safely (see the module); returns the path.

    ``create_folder`` creates the target's folder when it is missing (for a
    name typed with a trailing ``/``). Raises :class:`ExportExists` or
    :class:`~parsers.library.export.ExportError`.
    """
    path = Path(path)
    folder = path.parent
    if create_folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"cannot create the folder {folder}: {_reason(exc)}") from None
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {_reason(exc)}") from None
    if st is not None:
        if _same(path, st, sources):
            raise ExportError(f"{path} is the document being exported; choose another name")
        for test, kind in _KINDS:
            if test(st.st_mode):
                raise ExportError(f"{path} is {kind}, not a regular file; choose another name")
        if not overwrite:
            raise ExportExists(path)
    mode = (st.st_mode & 0o7777) if st is not None and stat.S_ISREG(st.st_mode) else 0o666 & ~_umask()
    data = text.encode("utf-8")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name[:100]}.", suffix=".part")
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            os.fchmod(fh.fileno(), mode)
        _place(Path(tmp), path, overwrite)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {_reason(exc)}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def _place(tmp: Path, path: Path, overwrite: bool) -> None:
    """Move the finished temporary file to ``path``."""
    if overwrite:
        os.replace(tmp, path)  # replaces a file or link entry; never writes through it
        return
    try:
        os.link(tmp, path, follow_symlinks=False)  # fails when the name exists, whatever it is
    except FileExistsError:
        raise ExportExists(path) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if os.path.lexists(path):  # a file system without hard links: check, then rename
            raise ExportExists(path) from None
        os.replace(tmp, path)
