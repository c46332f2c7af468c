"""Limits on what one document may hold, far above any real question round.

The largest real rounds (a nota naar aanleiding van het verslag of a few
hundred pages, a lijst van vragen of some 1,500 questions) have a few
thousand to some 20,000 paragraphs. A document with more than
:data:`MAX_BLOCKS` paragraphs, or a markup element holding more than
:data:`MAX_UNIT_NODES` nodes that must be kept together (a table row, a
footnote), is refused with one line while it is being read, before its size
can cost time or memory. The readers count as they go.
"""

from __future__ import annotations

from ..errors import ParseError

#: Paragraphs (``Source`` blocks) one document may have.
MAX_BLOCKS = 100_000
#: Nodes (elements and text runs) one element read as a whole may hold.
MAX_UNIT_NODES = 100_000


def too_many_blocks(name: str) -> ParseError:
    """The error for a document with more than :data:`MAX_BLOCKS` paragraphs."""
    return ParseError(
        f"{name}: more than {MAX_BLOCKS:,} paragraphs; no real question round has that many, "
        f"so the document is not read"
    )


def too_big_element(name: str, what: str, line: int | None) -> ParseError:
    """The error for one element (``what``) holding more than :data:`MAX_UNIT_NODES` nodes."""
    where = f" at line {line}" if line else ""
    return ParseError(
        f"{name}: one {what}{where} holds more than {MAX_UNIT_NODES:,} elements; "
        f"no real question round has that, so the document is not read"
    )


def check_blocks(name: str, count: int) -> None:
    """Raise :func:`too_many_blocks` when ``count`` is over the limit."""
    if count > MAX_BLOCKS:
        raise too_many_blocks(name)
