"""What a format reader hands to the structure recogniser.

Every reader (text, PDF, HTML, XML, DOCX) turns a file into a ``Source``: an
ordered list of ``Block`` paragraphs with their source location and the few
typographic hints the recogniser can use (bold, a heading, a list item, a
semantic role when the format carries one, such as an XML ``<vraag>``).
Page furniture that a reader removed is listed in ``dropped`` so the parse
report can say what was left out and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal[
    "question-label", "answer-label", "question", "answer", "heading",
    "title", "meta", "mededeling", None,
]


@dataclass(slots=True)
class Block:
    """One paragraph (or one list item) of source text."""

    text: str
    line: int | None = None
    page: int | None = None
    #: The whole block is set in bold (PDF font weight, ``**...**``, ``<b>``).
    bold: bool = False
    italic: bool = False
    heading: bool = False
    list_item: bool = False
    #: Semantic role given by the format itself (XML/HTML elements).
    role: Role = None
    #: For role-tagged blocks: the label as printed (``Vraag 3, 4 en 5``).
    label: str | None = None


@dataclass
class Source:
    blocks: list[Block]
    format: str
    name: str = ""
    footnotes: dict[str, str] = field(default_factory=dict)
    #: Format metadata (XML ``metadata``, PDF info), free-form strings.
    meta: dict[str, str] = field(default_factory=dict)
    #: Text a reader removed on purpose (page furniture), with a reason.
    dropped: list[tuple[str, int | None, str]] = field(default_factory=list)
    #: Footnote references a reader took out of the text (DOCX, ODT, PDF,
    #: XML, HTML): (block index, offset in that block's text, key in
    #: ``footnotes``). The offset is where the marker stood; the parse places
    #: it in the question texts (``Document.footnote_refs``).
    footnote_refs: list[tuple[int, int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
