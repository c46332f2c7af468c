"""Tables of word-processor documents (DOCX, ODT) as readable blocks.

A reader hands over a table as rows of :class:`Cell` (the blocks it read
from the cell, nested tables already laid out) and gets blocks back, in
reading order, with every cell's text exactly once:

* **Question/answer tables** (a header row with a ``Vraag`` and an
  ``Antwoord`` column, optionally ``Nr``; or, without header, rows whose
  first cell is a question number and whose next cell asks a question):
  per row the question cell's first block becomes a ``question-label`` block
  whose ``label`` is the number cell's text (the number is not glued to the
  question text), further question paragraphs ``question`` blocks, other
  columns (``Blz.``, ``Bijlage``) a ``question`` block each, and the answer
  cell's first block an ``answer-label`` block (label = the column head)
  followed by ``answer`` blocks. The grammars then get number, question and
  answer apart, in reading order.
  An answer cell merged down over several rows (``w:vMerge``, ODF covered
  cells) answers all their questions: it follows the last of them, labelled
  with every number (``Antwoord 3 en 4``). A row of one cell spanning the
  table (a theme between questions) stays a plain block.
* **Field rows** (a short label cell and a value: ``Datum | 12 maart 2024``):
  one block ``Datum 12 maart 2024``, so letterhead facts read as one line.
* **Data tables** (every other row has two or more cells, each one short
  paragraph, like a table of figures): one block per row with the cells
  separated by `` | ``, so a row reads as a row.
* **Everything else** (layout tables of letterheads, Kamerstuk title blocks,
  cells with paragraphs or nested tables): each cell's blocks in reading
  order, one block per paragraph, as a PDF or text converter would give
  them; the grammars and header readers work on such lines.

Merged cells arrive once (the reader skips nothing: a ``vMerge``
continuation or ODF covered cell simply holds no text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..source import Block
from .markup_common import flat

_Q_HEAD = re.compile(r"^(?:vra(?:ag|gen)(?:stelling)?|questions?)$", re.I)
_A_HEAD = re.compile(r"^(?:antwoord(?:en)?|beantwoording|reactie|answers?)$", re.I)
_NR_HEAD = re.compile(r"^(?:nr|no|nummer|vraagnummer|volgnummer|#)?$", re.I)
_NUMBER = re.compile(r"^\s*(?:vraag\s*)?(\d{1,4}[a-z]?)\s*[.):]?\s*$", re.I)
#: reference columns of a begroting list: ``Bijlage``, ``Blz. (van)``, ``t/m``, ``Pagina``
_REF_HEAD = re.compile(r"^(?:bijlage|blz|blz\.? ?\(?van\)?|pagina'?s?|p|t/?m|tot en met|van|artikel)?$", re.I)
#: a paragraph that is only an answer label (``Antwoord:``, ``Antwoord 3 en 4``), or starts with one
_A_LINE = re.compile(r"^(antwoord(?:en)?(?: op (?:de )?vra(?:ag|gen))?(?: \d{1,4}(?:(?:,| en| t/m| tot en met|-|–) ?\d{1,4})*)?)"
                     r"\s*(?::\s*|$)", re.I)
_LEAD_NUMBER = re.compile(r"^\s*(\d{1,4})[.)]\s+\S")
#: a mark of a footnote reference inside a block's text (see docx.py)
MARK = re.compile("\ue000[^\ue001]*\ue001")


@dataclass
class Cell:
    """One table cell: its blocks, and how many grid columns it spans."""

    blocks: list[Block] = field(default_factory=list)
    span: int = 1
    nested: bool = False  # holds a nested table
    #: vertical merge: "restart" (first cell of a merged column run) or
    #: "continue" (covered by the cell above; holds no text of its own)
    merge: str | None = None

    @property
    def text(self) -> str:
        return flat(" ".join(b.text for b in self.blocks))


def _plain(text: str) -> str:
    return flat(MARK.sub("", text)).strip(" .:")


def _columns(row: list[Cell]) -> list[tuple[int, Cell]]:
    """(first grid column, cell) for each cell of a row."""
    out, col = [], 0
    for c in row:
        out.append((col, c))
        col += max(c.span, 1)
    return out


def _qa_header(row: list[Cell]) -> tuple[int | None, int, int | None, str] | None:
    """(number column, question column, answer column, answer head) if ``row``
    heads a Q/A table. A head of ``Nr | Vraag`` with only reference columns
    after it (``Bijlage``, ``Blz. (van)``, ``t/m``) heads a table whose answers
    are rows across the table that start with ``Antwoord``: no answer column."""
    heads = [(col, _plain(c.text)) for col, c in _columns(row)]
    q = next((col for col, t in heads if _Q_HEAD.match(t)), None)
    a = next((col for col, t in heads if _A_HEAD.match(t)), None)
    if q is None or any(len(t) > 40 for _, t in heads):
        return None
    nr = next((col for col, t in heads if col < q and t and _NR_HEAD.match(t)), None)
    if a is None and nr is not None and all(_REF_HEAD.match(t) for col, t in heads if col > q):
        return nr, q, None, "Antwoord"
    if a is None or a <= q:
        return None
    nr = next((col for col, t in heads if col < q and _NR_HEAD.match(t)), None)
    return nr, q, a, next(t for col, t in heads if col == a)


def _headerless_qa(rows: list[list[Cell]]) -> bool:
    """Rows of ``number | question? | answer`` without a header row."""
    filled = [r for r in rows if any(c.text for c in r)]
    if len(filled) < 2 or any(len(r) < 3 for r in filled):
        return False
    nums = [_NUMBER.match(_plain(r[0].text)) for r in filled]
    asks = sum("?" in r[1].text for r in filled)
    return all(nums) and asks * 2 >= len(filled)


def is_qa_table(rows: list[list[Cell]]) -> bool:
    """Whether ``rows`` make a question/answer table (a ``Vraag`` head, or
    numbered question rows without one)."""
    return _headerless_qa(rows) or any(_qa_header(r) for r in rows)


def table_blocks(rows: list[list[Cell]], warnings: list[str] | None = None) -> list[Block]:
    """Blocks for a table, in reading order (see the module docstring)."""
    out: list[Block] = []
    qa: _QA | None = None
    if rows and _headerless_qa(rows):
        qa = _QA(0, 1, _columns(rows[0])[-1][0], "Antwoord", warnings)
    data = _is_data_table(rows)
    for row in rows:
        head = None if qa else _qa_header(row)
        if head:
            qa = _QA(*head, warnings)
            out.append(Block(text=" | ".join(c.text for c in row if c.text), line=_line(row)))
            continue
        if qa:
            qa.row(row, out)
        else:
            _row(row, out, data)
    if qa:
        qa.flush(out)
    return out


def _line(row: list[Cell]) -> int | None:
    return next((b.line for c in row for b in c.blocks), None)


class _QA:
    """Lays out the rows of a question/answer table."""

    def __init__(self, nr_col: int | None, q_col: int, a_col: int, a_head: str,
                 warnings: list[str] | None) -> None:
        self.nr_col, self.q_col, self.a_col, self.a_head = nr_col, q_col, a_col, a_head
        self.warnings = warnings
        self.last = 0
        self.pending: Cell | None = None  # an answer cell merged down over following rows
        self.pending_nums: list[str] = []

    def row(self, row: list[Cell], out: list[Block]) -> None:
        filled = [c for c in row if c.text]
        if not filled:
            return
        by_col = dict(_columns(row))
        if len(filled) == 1 and (filled[0].span > 1 or len(row) == 1):
            self.flush(out)
            if self.last and _A_LINE.match(flat(filled[0].blocks[0].text)):
                self._answer_row(filled[0], out)  # ``Antwoord:`` across the table, under its question
                return
            # a theme row across the table: a heading between questions
            out.extend(Block(text=b.text, line=b.line, page=b.page, bold=b.bold, italic=b.italic, heading=True,
                             list_item=b.list_item) for b in filled[0].blocks)
            return
        number_cell = by_col.get(self.nr_col) if self.nr_col is not None else None
        question, answer = by_col.get(self.q_col), by_col.get(self.a_col)
        others = [c for c in by_col.values() if c not in (number_cell, question, answer) and c.text]
        if answer is None or answer.merge != "continue":
            self.flush(out)
        label = self._number(number_cell, question, row)
        q_blocks = question.blocks if question is not None else []
        if q_blocks and label:
            out.append(_with_role(q_blocks[0], "question-label", label))
            out.extend(_with_role(b, "question") for b in q_blocks[1:])
        elif label:
            out.append(Block(text=label, line=_line(row), role="question-label", label=label))
        else:
            out.extend(_with_role(b, "question") for b in q_blocks)
        for c in others:
            out.append(Block(text=c.text, line=_line([c]), role="question"))
        if answer is not None and answer.merge == "continue":
            if self.pending is not None and label:
                self.pending_nums.append(label)
            return
        if answer is not None and answer.merge == "restart":
            self.pending, self.pending_nums = answer, [label] if label else []
            return
        self._answer(answer, self.a_head, out)

    def _number(self, number_cell: Cell | None, question: Cell | None, row: list[Cell]) -> str:
        """The question number of a row: its number cell, else a number leading
        the question, else the next number (with a warning)."""
        label = _plain(number_cell.text) if number_cell is not None else ""
        if not label and question is not None and question.text:
            lead = _LEAD_NUMBER.match(question.text)
            if self.nr_col is None and lead:
                label = lead[1]
            else:
                label = str(self.last + 1)
                if self.warnings is not None:
                    self.warnings.append(f"table row without a question number at line {_line(row)}; "
                                         f"numbered {label} by position")
        m = _NUMBER.match(label)
        if m:
            self.last = int(re.match(r"\d+", m[1])[0])
        return label

    def _answer(self, answer: Cell | None, label: str, out: list[Block]) -> None:
        first = True
        for b in answer.blocks if answer is not None else []:
            out.append(_with_role(b, "answer-label" if first else "answer", label if first else None))
            first = False

    def _answer_row(self, cell: Cell, out: list[Block]) -> None:
        """A row across the table that starts with an answer label: the label
        (as printed) labels the answer; a paragraph that is only the label
        gives its words to the label."""
        first = cell.blocks[0]
        m = _A_LINE.match(flat(first.text))
        label = m[0].strip()  # as printed, with its colon
        rest = flat(first.text)[m.end():]
        blocks = list(cell.blocks[1:])
        if rest:
            blocks.insert(0, Block(text=rest, line=first.line, page=first.page, bold=first.bold,
                                   italic=first.italic, list_item=first.list_item))
        if not blocks:
            out.append(_with_role(first, "answer-label", label))
            return
        out.append(_with_role(blocks[0], "answer-label", label))
        out.extend(_with_role(b, "answer") for b in blocks[1:])

    def flush(self, out: list[Block]) -> None:
        """Emit a merged answer after the last question it covers."""
        if self.pending is None:
            return
        nums = [n for n in self.pending_nums if n]
        label = self.a_head
        if len(nums) > 1:
            label = f"{self.a_head} {', '.join(nums[:-1])} en {nums[-1]}"
        self._answer(self.pending, label, out)
        self.pending, self.pending_nums = None, []


def _with_role(b: Block, role: str, label: str | None = None) -> Block:
    return Block(text=b.text, line=b.line, page=b.page, bold=b.bold, italic=b.italic, heading=b.heading,
                 list_item=b.list_item, role=role, label=label)


#: Labels of letterhead and form fields, followed by their value.
FIELD_WORDS = re.compile(
    r"^(?:datum|betreft|onderwerp|ons\s+kenmerk|onze\s+referentie|uw\s+kenmerk|uw\s+referentie|"
    r"uw\s+brief(?:\s+van)?|kenmerk|referentie|projectnaam|zaaknummer|dossiernummer|bijlagen?|"
    r"ingezonden|ontvangen|vergaderjaar|aan|van|contactpersoon|telefoon|e-?mail)$",
    re.I,
)


def is_field_label(text: str) -> bool:
    """A label cell of a form-like row: a letterhead word (``Datum``, ``Ons
    kenmerk``) or a short label with a colon (``Naam:``)."""
    t = flat(MARK.sub("", text))
    bare = t.rstrip(" :")
    if FIELD_WORDS.match(bare):
        return True
    return t.endswith(":") and 0 < len(bare) <= 30 and len(bare.split()) <= 4 and not re.search(r"\d", bare)


def _field_row(filled: list[Cell]) -> bool:
    return (len(filled) == 2 and len(filled[0].blocks) == 1 and is_field_label(filled[0].text)
            and not filled[1].nested)


def _is_data_table(rows: list[list[Cell]]) -> bool:
    """Two or more rows of several short one-paragraph cells (fields rows aside)."""
    rest = [f for f in ([c for c in r if c.blocks] for r in rows) if f and not _field_row(f)]
    return len(rest) >= 2 and all(
        len(f) >= 2 and all(len(c.blocks) == 1 and not c.nested and len(c.text) <= 80 for c in f) for f in rest)


def _row(row: list[Cell], out: list[Block], data: bool) -> None:
    filled = [c for c in row if c.blocks]
    if _field_row(filled):
        key, value = filled[0].blocks[0], filled[1].blocks
        first = value[0]
        out.append(Block(text=f"{key.text} {first.text}", line=key.line, bold=key.bold and first.bold,
                         italic=key.italic and first.italic))
        out.extend(value[1:])
    elif data and len(filled) >= 2:
        blocks = [c.blocks[0] for c in filled]
        out.append(Block(text=" | ".join(b.text for b in blocks), line=blocks[0].line,
                         bold=all(b.bold for b in blocks), italic=all(b.italic for b in blocks)))
    else:
        for c in filled:
            out.extend(c.blocks)
