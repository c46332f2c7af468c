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
from ..messages import N_

#: Paragraphs (``Source`` blocks) one document may have.
MAX_BLOCKS = 100_000
#: Nodes (elements and text runs) one element read as a whole may hold.
MAX_UNIT_NODES = 100_000


def too_many_blocks(name: str) -> ParseError:
    """The error for a document with more than :data:`MAX_BLOCKS` paragraphs."""
    return ParseError(N_("{name}: meer dan {limit} alinea's; geen echte vragenronde heeft er zoveel, "
                         "dus het document wordt niet gelezen"), name=name, limit=_thousands(MAX_BLOCKS))


def too_big_element(name: str, what: str, line: int | None) -> ParseError:
    """The error for one element (``what``) holding more than :data:`MAX_UNIT_NODES` nodes."""
    if line:
        return ParseError(N_("{name}: één {what} op regel {line} bevat meer dan {limit} elementen; geen echte "
                             "vragenronde heeft dat, dus het document wordt niet gelezen"),
                          name=name, what=what, line=line, limit=_thousands(MAX_UNIT_NODES))
    return ParseError(N_("{name}: één {what} bevat meer dan {limit} elementen; geen echte vragenronde heeft "
                         "dat, dus het document wordt niet gelezen"), name=name, what=what, limit=_thousands(MAX_UNIT_NODES))


def _thousands(n: int) -> str:
    """``100000`` -> ``100.000`` (the Dutch thousands separator)."""
    return f"{n:,}".replace(",", ".")


def check_blocks(name: str, count: int) -> None:
    """Raise :func:`too_many_blocks` when ``count`` is over the limit."""
    if count > MAX_BLOCKS:
        raise too_many_blocks(name)
