"""Section headings, tables of contents and question numbers, told apart.

A TK nota prints numbered section headings (``1. Inleiding``, ``2.3
Uitvoering``) between numbered questions (``12. De leden van de ...``), and
often a table of contents whose rows end in page numbers. They look alike in
extracted text; they are told apart here by what follows the number (a short
title vs a question sentence), by the font (bold, italic) and by sequence
(see :class:`Numbering`).

Also :func:`text_headings`, the headings of a document that is not a round,
for the plain-text fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Heading, Location
from ..source import Block
from .items import Item, split_lines

#: ``12. rest`` / ``12) rest`` at the start of an item (also ``- 12.``).
NUMBERED = re.compile(r"^\s*(?:[-–•*]\s*)?(?P<num>\d{1,4})[.)]\s+(?P<rest>\S.*)$", re.S)
#: ``12 De leden van de ...``: a margin number that pdftotext put on the
#: question's first line, with no dot; only before a faction's question.
LOOSE = re.compile(
    r"^\s*(?P<num>\d{1,3})\s+(?P<rest>(?:De|Het|Deze|Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Zij)\s.*)$", re.S
)
_FACTION_WORDS = re.compile(r"\b(?:leden|lid|fractie|fracties)\b")
#: A number alone on its line (pdftotext prints margin numbers so).
BARE = re.compile(r"^\s*(?P<num>\d{1,4})\.?\s*$")
#: ``2.3 Uitvoering`` / ``2.3. Uitvoering``: a sub-section number.
SUBSECTION = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+\S")
#: ``II. ARTIKELSGEWIJS``, ``IV Financiële gevolgen``, ``A. Algemeen``.
ROMAN = re.compile(r"^\s*(?:[IVXL]{1,5}|[A-H])[.)]?\s+[A-Z]")
#: ``Artikel 3``, ``HOOFDSTUK 2``, ``§ 4``, ``Paragraaf 2.1``.
ARTICLE = re.compile(r"^\s*(?:Artikel|ARTIKEL|Hoofdstuk|HOOFDSTUK|Paragraaf|PARAGRAAF|§)\s*[\dIVXL]+[a-z]?\b")
#: Words a question (or a faction paragraph) opens with; never a title.
_ASKING = re.compile(
    r"^\s*(?:De|Het|Deze|Die|Zij|Ook|Voorts|Tevens|Daarnaast|Verder|Tot\s+slot|Tenslotte|Vervolgens|Kan|Kunt|Is|Zijn"
    r"|Wat|Wie|Waarom|Hoe|Welke|Wanneer|Waar|Heeft|Hebben|Wordt|Worden|Deelt|Acht|Vindt)\b.*\b"
    r"(?:vraa?g|vragen|vraagt|leden|lid|fractie|regering|minister|staatssecretaris)",
    re.I | re.S,
)
_TERMINAL = ".?!;:,"
#: One row of a table of contents: ``2.1 Reikwijdte 2`` / ``Inleiding .... 3``:
#: a title that starts with a capital (after its section number), then the
#: page number, then the next row or the end.
_ROW_START = r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-ZÀ-Ý]"
_TOC_ROW = re.compile(
    r"\s*(" + _ROW_START + r"[^\n|]*?)(?:\s*\.{2,})?\s*\|?\s+(\d{1,3})(?=\s+" + _ROW_START + r"|\s*$)"
)
_TOC_TITLE = re.compile(r"^\s*(?:Inhoudsopgave|Inhoud|INHOUDSOPGAVE|INHOUD)\s*(?:blz\.?|pagina)?\s*$")


#: Title-page lines that are not headings of the text: masthead, session year,
#: dates, the place-and-date line.
_MASTHEAD = re.compile(
    r"^\s*(?:(?:Tweede|Eerste)\s+Kamer\s+der\s+Staten-Generaal|Vergaderjaar\s+\d{4}|Ontvangen\b|Vastgesteld\b"
    r"|Den\s+Haag\b|[’']s-Gravenhage\b|Aan\s+de\s+(?:Voorzitter|Tweede|Eerste)\b"
    r"|\d{2}\s?\d{3}(?:[\s-]?[A-Z]{1,4})?\s*$|Nr\.\s*\d{1,4}\s*$)",
    re.I,
)


def is_masthead(text: str) -> bool:
    return bool(_MASTHEAD.match(text))


#: The document's own title line (``Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG``).
_DOC_TITLE = re.compile(
    r"^\s*(?:Nr\.\s*\d+\s+|[A-Z]{1,3}\s+)?(?:NOTA\b|MEMORIE\s+VAN|(?:NADER\s+)?(?:VOORLOPIG\s+)?VERSLAG\b|BRIEF\s+VAN"
    r"|LIJST\s+VAN\s+VRAGEN|VOORSTEL\s+VAN\s+WET|KONINKLIJKE\s+BOODSCHAP|NOTA\s+VAN\s+WIJZIGING)[A-Z ,.'()-]*$"
)


def is_doc_title(text: str) -> bool:
    return bool(_DOC_TITLE.match(" ".join(text.split())))


def looks_like_title(text: str, bold: bool = False) -> bool:
    """A short title line: one line, no sentence end, no question words."""
    flat = " ".join(text.split())
    if not flat or "\n" in text.strip() and not bold:
        return False
    if len(flat) > (120 if bold else 90):
        return False
    if flat[-1] in _TERMINAL or "?" in flat:
        return False
    return not _ASKING.match(flat) or bold and len(flat) < 60


def is_toc(it: Item) -> bool:
    """Rows of a table of contents: titles followed by page numbers."""
    if len(it.lines) == 1 and re.search(r"\S\s*\|\s*\d{1,3}\s*$", it.text):
        return True  # one row of a table of contents kept as a table row (HTML)
    flat = " ".join(it.text.split())
    pages: list[int] = []
    pos = 0
    while pos < len(flat):
        m = _TOC_ROW.match(flat, pos)
        if not m:
            return False
        pages.append(int(m[2]))
        pos = m.end()
    return len(pages) >= 2 and pages == sorted(pages)


def is_toc_title(it: Item) -> bool:
    return bool(_TOC_TITLE.match(it.text))


@dataclass
class Numbered:
    """An item that opens with a number: the number, the text after it and
    whether the reader saw the number in the margin (``Block.label``)."""

    number: int
    rest: list[str]
    margin: bool
    #: The number as printed (``12.``, ``12``).
    printed: str = ""


def numbered(it: Item) -> Numbered | None:
    """``12. text``, a margin number, or a bare number on the first line."""
    first = it.lines[0]
    m = NUMBERED.match(first)
    if m:
        margin = it.label is not None and it.role is None and it.label == m["num"]
        printed = m["num"] if margin else first[: m.start("rest")].strip().lstrip("-–•* ")
        return Numbered(int(m["num"]), [m["rest"].strip(), *it.lines[1:]], margin, printed)
    b = BARE.match(first)
    if b and len(it.lines) > 1:
        return Numbered(int(b["num"]), it.lines[1:], False, first.strip())
    loose = LOOSE.match(first)
    if loose and _FACTION_WORDS.search(" ".join(it.lines)[:200]):
        return Numbered(int(loose["num"]), [loose["rest"].strip(), *it.lines[1:]], False, loose["num"])
    return None


def is_section_heading(it: Item, num: Numbered | None = None) -> bool:
    """A section or topic heading (not a question, not body text)."""
    if it.role:
        return it.role in ("heading", "title")
    if is_toc(it):
        return False
    text = " ".join(it.text.split())
    if num is not None:
        body = " ".join(" ".join(num.rest).split())
        return looks_like_title(body, it.bold) and (it.bold or it.italic or it.heading or not num.margin)
    if it.heading:
        return True
    if len(it.lines) != 1 and not it.bold:
        return False
    if SUBSECTION.match(text) or ROMAN.match(text) or ARTICLE.match(text):
        return len(text) <= 120 and text[-1] not in ".?!;,"
    if text.isupper() and len(text) <= 90:
        return True
    return (it.bold or it.italic) and looks_like_title(text, it.bold)


#: What a numbered question says (a numbered list item in an answer does not).
_QUESTION_WORDS = re.compile(
    r"\?|\b(?:leden|lid|fractie|fracties|vragen|vraagt|vroegen|willen\s+weten|verzoeken|verzoekt)\b", re.I
)


def question_like(text: str) -> bool:
    return bool(_QUESTION_WORDS.search(text))


class Numbering:
    """The sequence of question numbers seen so far: a number that continues
    it is a question, one that continues the section numbering is a heading.

    With ``margin_only`` (the PDF reader saw margin numbers) only numbers in
    the margin open questions; otherwise the text after the number must read
    like a question (a ``?``, ``leden``, ``vragen`` ...), so a numbered list
    inside an answer stays in the answer.
    """

    def __init__(self, margin_only: bool = False) -> None:
        self.last_question = 0
        self.last_section = 0
        self.margin_only = margin_only

    def question_fits(self, n: int) -> bool:
        return n == self.last_question + 1 or (self.last_question == 0 and n >= 1) or n > self.last_question

    def section_fits(self, n: int) -> bool:
        return n == self.last_section + 1 or n == self.last_section

    def classify(self, it: Item, num: Numbered) -> str:
        """``question``, ``heading`` or ``text`` for a numbered item."""
        title = is_section_heading(it, num)
        if title and (not num.margin or self.section_fits(num.number) or it.bold):
            self.last_section = num.number
            return "heading"
        asks = num.margin if self.margin_only else (num.margin or question_like(" ".join(num.rest)))
        if asks and self.question_fits(num.number):
            self.last_question = num.number
            return "question"
        if title:
            self.last_section = num.number
            return "heading"
        return "text"


def heading_text(it: Item) -> str:
    return " ".join(it.text.split())


def text_headings(blocks: list[Block], joiner: str = "\n\n") -> list[Heading]:
    """Headings of a document shown as plain text (``intro`` = the blocks
    joined by ``joiner``): bold, large, numbered or capitalised title lines,
    with their offset in that text. Tables of contents are not headings."""
    out: list[Heading] = []
    pos = 0
    in_toc = False
    typeset = any(b.bold or b.italic or b.heading or b.role in ("heading", "title") for b in blocks)
    for i, b in enumerate(blocks):
        it = Item(lines=split_lines(b) or [b.text], line=b.line, page=b.page, bold=b.bold, italic=b.italic,
                  heading=b.heading, role=b.role, label=b.label)
        if is_toc_title(it):
            in_toc = True
        elif in_toc and not is_toc(it):
            in_toc = False
        if not in_toc and not is_toc(it) and (is_plain_heading(b, it) or not typeset and _title_line(blocks, i)):
            out.append(Heading(text=_unemphasised(b.text), start=pos, location=Location(line=b.line, page=b.page)))
        pos += len(b.text) + len(joiner)
    return out


#: The end of a paragraph that a title line stands after or before.
_PARAGRAPH_END = re.compile(r"[.?!:;)»”]$")


def _title_line(blocks: list[Block], i: int) -> bool:
    """In text without typography (plain text), an unnumbered title line: a
    short line alone in its paragraph (``Vergunningverlening``, ``Tot
    slot``), capitalised, without a sentence end, between two paragraphs
    that end as sentences, the one after it a longer paragraph of text."""
    if not 0 < i < len(blocks) - 1:
        return False
    text = " ".join(blocks[i].text.split())
    if "\n" in blocks[i].text.strip() or len(text) > 60 or len(text.split()) > 8 or not text[:1].isupper():
        return False
    if not looks_like_title(text) or is_masthead(text) or text[-1] in ",:;" or re.search(r"\d", text):
        return False
    before = " ".join(blocks[i - 1].text.split())
    after = " ".join(blocks[i + 1].text.split())
    return bool(_PARAGRAPH_END.search(before) and _PARAGRAPH_END.search(after)
                and len(after) >= max(60, 2 * len(text)) and len(after.split()) >= 8)


#: Markdown emphasis around a whole line (``*2.1 Doel*``, ``_Algemeen_``).
_EMPHASIS = re.compile(r"^([*_])(?!\1)(.+)\1$")


def _unemphasised(text: str) -> str:
    flat = " ".join(text.split())
    m = _EMPHASIS.match(flat)
    return m[2].strip() if m else flat


def is_plain_heading(block: Block, it: Item | None = None) -> bool:
    """Is ``block`` a heading of a document shown as plain text? Markdown
    emphasis around the whole line counts as italic."""
    flat = " ".join(block.text.split())
    m = _EMPHASIS.match(flat)
    if m:
        block = Block(text=m[2].strip(), line=block.line, page=block.page, bold=block.bold, italic=True,
                      heading=block.heading, role=block.role, label=block.label)
        it = None
    if it is None:
        it = Item(lines=split_lines(block) or [block.text], line=block.line, page=block.page, bold=block.bold,
                  italic=block.italic, heading=block.heading, role=block.role, label=block.label)
    return _plain_heading(it)


def _plain_heading(it: Item) -> bool:
    text = " ".join(it.text.split())
    if not text or len(text) > 120 or "\n" in it.text.strip() or is_masthead(text):
        return False
    if it.role in ("heading", "title") or it.heading:
        return True
    num = numbered(it)
    if num is not None:
        rest = " ".join(" ".join(num.rest).split())
        return it.bold or it.italic or (len(rest) <= 60 and rest[:1].isupper() and looks_like_title(rest))
    return is_section_heading(it) and (it.bold or it.italic or it.heading or bool(
        SUBSECTION.match(text) or ROMAN.match(text) or ARTICLE.match(text) or text.isupper()))
