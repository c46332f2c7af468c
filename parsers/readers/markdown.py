"""The Markdown a converter writes (pandoc, or this program's own export),
read into the text reader's blocks.

* **Pipe tables** (``| Nr | Vraag | Antwoord |`` with a ``|---|`` line under
  the header): rows of cells, laid out by :func:`.tables.table_blocks` as a
  DOCX table is (a question/answer table gets its roles, a data table a
  block per row with the cells apart by `` | ``).
* **Footnotes**: a definition paragraph ``[^1]: text`` goes to
  ``Source.footnotes``; a reference ``[^1]`` in the text is taken out and
  where it stood recorded in ``Source.footnote_refs``.
* **Backslash escapes** (``\\*``, ``\\[``, ``\\'``) lose their backslash, in a
  file that is Markdown by its name (``.md``, ``.markdown``).
"""

from __future__ import annotations

import re

from ..source import Block
from .tables import Cell, table_blocks

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_NOTE_DEF = re.compile(r"^\[\^([^\]\s]{1,20})\]:\s*(.*)$", re.S)
_NOTE_REF = re.compile(r"\[\^([^\]\s]{1,20})\](?!:)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|'\"<>~])")


def is_markdown_name(name: str) -> bool:
    return name.lower().endswith((".md", ".markdown"))


def unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


def table_rows(lines: list[str], start: int) -> list[list[Cell]] | None:
    """The rows of a pipe table (``lines`` of one paragraph), or None."""
    if len(lines) < 2 or not _RULE.match(lines[1]) or "|" not in lines[0]:
        return None
    if not all(_ROW.match(ln) or k == 1 for k, ln in enumerate(lines)) and not all("|" in ln for ln in lines):
        return None
    rows: list[list[Cell]] = []
    for k, line in enumerate(lines):
        if k == 1:
            continue
        parts = _CELL_SPLIT.split(line.strip())
        if parts and not parts[0].strip():
            parts = parts[1:]
        if parts and not parts[-1].strip():
            parts = parts[:-1]
        cells = []
        for part in parts:
            text = part.strip().replace("\\|", "|").replace("<br>", "\n").replace("<br/>", "\n")
            cells.append(Cell(blocks=[Block(text=text, line=start + k)] if text else []))
        rows.append(cells)
    return rows


def table(lines: list[str], start: int, warnings: list[str]) -> list[Block] | None:
    rows = table_rows(lines, start)
    return None if rows is None else table_blocks(rows, warnings)


def footnote_definition(text: str) -> tuple[str, str] | None:
    """``[^1]: text`` -> (``1``, ``text``)."""
    m = _NOTE_DEF.match(text.strip())
    if not m:
        return None
    return m[1], " ".join(m[2].split())


def take_references(blocks: list[Block], notes: dict[str, str]) -> list[tuple[int, int, str]]:
    """Remove ``[^key]`` references to known notes from the blocks; their (block, offset, key)."""
    refs: list[tuple[int, int, str]] = []
    for i, b in enumerate(blocks):
        if "[^" not in b.text:
            continue
        out: list[str] = []
        pos = size = 0
        for m in _NOTE_REF.finditer(b.text):
            if m[1] not in notes:
                continue
            piece = b.text[pos:m.start()]
            out.append(piece)
            size += len(piece)
            refs.append((i, size, m[1]))
            pos = m.end()
        out.append(b.text[pos:])
        b.text = "".join(out)
    return refs
