"""The records the PDF layout passes share: a positioned text fragment and a line of them.

In a module of their own so that :mod:`.pdf_layout` (which builds them) and
:mod:`.pdf_furniture` / :mod:`.pdf_notes` (which read them) all depend on
this one and not on each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Frag:
    """One text run as pypdf reports it."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False
    italic: bool = False
    page: int = 1


@dataclass
class Line:
    """One baseline of fragments on a page, with what the layout passes learn of it."""

    frags: list[Frag]
    page: int
    y: float
    size: float = 0.0
    text: str = ""
    bold: bool = False
    italic: bool = False
    x: float = 0.0
    number: int = 0
    #: Footnote numbers found glued in the text (``regeldruk.3``).
    refs: list[str] = field(default_factory=list)
    #: Footnote numbers set as superscript fragments.
    sup: list[str] = field(default_factory=list)
    #: A question number printed left of the body column on this baseline.
    margin: str | None = None
    #: Ends in a number set far right (a table-of-contents or table row).
    row: bool = False
    #: On a page in two columns: 0 above them, 1 left, 2 right, 3 below (see :mod:`.pdf_columns`).
    column: int = 0
