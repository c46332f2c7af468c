"""Write a screenshot (SVG text) to a new file, never over an existing one."""

from __future__ import annotations

import os
from pathlib import Path


def save_svg(svg: str, folder: Path, stem: str) -> Path:
    """Write ``svg`` to ``folder/stem.svg`` (``stem-2.svg`` … when taken).

    The file is created exclusively and without following a link, so an
    existing file, link or pipe of that name is never written to. Raises
    OSError when the folder cannot be written.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for n in range(1, 1000):
        path = folder / (f"{stem}.svg" if n == 1 else f"{stem}-{n}.svg")
        try:
            fd = os.open(path, flags, 0o644)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(svg)
        return path
    raise FileExistsError(f"{folder / stem}.svg")
