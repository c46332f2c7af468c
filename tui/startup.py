"""Garbage collection while the reader starts.

Importing Textual and building the first screen allocate a few hundred
thousand objects that live as long as the process; Python's collector walks
them again and again meanwhile (about 55 ms of a warm start here, a tenth of
it). ``vragenronde FILE`` therefore pauses the collector just before it
loads the reader, :class:`tui.app.ReaderApp` freezes what is alive once
built (``gc.freeze()``: those objects are never walked again) and
:func:`resume` switches collection back on when the first frame is on
screen. Garbage made in that half second waits until then; cycles among the
objects frozen stay (start-up makes few, all small).

Only the reader's own start pauses collection: parsing (``dump``, a cold
open in the reader) always runs with it on.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Switch garbage collection off until :func:`resume` (if it is on now)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Switch garbage collection back on if :func:`pause` switched it off."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def paused() -> bool:
    """True while start-up has collection switched off."""
    return _paused
