"""The WordprocessingML walker: paragraphs, runs, tables and text boxes -> blocks.

Used for the document body, headers and footnote bodies alike.

* Text: ``w:t``, ``w:tab`` (a space), ``w:br``/``w:cr`` (a line break),
  ``w:noBreakHyphen``; deleted text, field instructions, the shown value of
  page number fields (``PAGE``, ``NUMPAGES``), comments and embedded
  objects are skipped. Hyperlinks, insertions, content controls
  (``w:sdt``), ``w:customXml`` and simple fields are read through.
* Hints: ``bold``/``italic`` when every visible run is; ``heading`` for
  heading styles (``Heading 1``/``Kop1``/``Title``, also through
  ``w:basedOn``) and outline levels; ``list_item`` for numbered or bulleted
  paragraphs, whose number (:mod:`.docx_numbering`) starts the text.
* Text boxes (``w:txbxContent`` in ``w:drawing`` or VML ``w:pict``) are read
  as blocks after the paragraph that anchors them. Of an
  ``mc:AlternateContent`` only the first ``mc:Choice`` is read (else the
  ``mc:Fallback``): Word stores the same text box twice.
* An imported part (``w:altChunk``) is read in its place through the
  ``chunk`` callback the DOCX reader gives (:func:`.docx.read_docx`).
* Tables go through :func:`.tables.table_blocks` (cells kept apart; merged
  cells hold their text once).
* Footnote and endnote references become marks (see :mod:`.wp_common`);
  a custom mark (``w:customMarkFollows``) is the text that follows it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Protocol

from ..source import Block
from .docx_numbering import Numbering, Styles, val
from .markup_common import Seg, style_of
from .tables import MARK, Cell, table_blocks

SKIP = {"pPr", "rPr", "del", "moveFrom", "instrText", "delText", "commentReference", "fldChar",
        "footnoteRef", "endnoteRef", "annotationRef", "sectPr", "object", "tblPr", "tblGrid", "trPr",
        "tcPr", "sectPrChange", "pPrChange", "rPrChange", "commentRangeStart", "commentRangeEnd",
        "proofErr", "bookmarkStart", "bookmarkEnd", "lastRenderedPageBreak", "sdtPr", "sdtEndPr",
        "softHyphen", "separator", "continuationSeparator"}


#: Fields whose shown value is a page number (left out: it means nothing off the page).
_PAGE_FIELD = re.compile(r"^\s*(?:PAGE|NUMPAGES|SECTIONPAGES|PAGEREF)\b", re.I)


class NoteRefs(Protocol):
    def ref(self, kind: str, note_id: str, custom: str | None = None) -> str: ...


def choose(alt: ET.Element) -> ET.Element | None:
    """The one copy of an ``mc:AlternateContent`` to read."""
    return alt.find("Choice") if alt.find("Choice") is not None else alt.find("Fallback")


def text_boxes(el: ET.Element) -> list[ET.Element]:
    """The outermost ``w:txbxContent`` elements inside a drawing, once each."""
    out: list[ET.Element] = []
    for ch in el:
        if ch.tag == "txbxContent":
            out.append(ch)
        elif ch.tag == "AlternateContent":
            picked = choose(ch)
            if picked is not None:
                out.extend(text_boxes(picked))
        else:
            out.extend(text_boxes(ch))
    return out


def _on(el: ET.Element | None) -> bool:
    """A toggle property (``w:b``, ``w:i``) that is present and not switched off."""
    return el is not None and el.get("val", "true").lower() not in ("0", "false", "off", "none")


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _int_hex(text: str | None) -> int | None:
    try:
        return int(text, 16) if text else None
    except ValueError:
        return None


def _children(el: ET.Element, tag: str):
    """Children named ``tag``, also those wrapped in content controls or custom XML."""
    for ch in el:
        if ch.tag == tag:
            yield ch
        elif ch.tag in ("sdt", "sdtContent", "customXml", "smartTag"):
            yield from _children(ch, tag)


class BodyReader:
    """Walks a story (body, header, note) and collects its blocks."""

    def __init__(self, styles: Styles, numbering: Numbering, notes: NoteRefs | None = None,
                 ordinal: int = 0, chunk=None) -> None:
        #: ``chunk(relationship id) -> blocks`` of an imported part (``w:altChunk``), if given
        self.chunk = chunk
        self.styles = styles
        self.numbering = numbering
        self.notes = notes
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.ordinal = ordinal
        self._custom: tuple[str, str] | None = None
        self._fields: list[list] = []  # open complex fields: [instruction, in result part]

    # -- block level ---------------------------------------------------------
    def walk(self, el: ET.Element) -> None:
        for ch in el:
            tag = ch.tag
            if tag == "p":
                self.paragraph(ch)
            elif tag == "tbl":
                self.table(ch)
            elif tag == "AlternateContent":
                picked = choose(ch)
                if picked is not None:
                    self.walk(picked)
            elif tag == "altChunk":
                self.alt_chunk(ch.get("id", ""))
            elif tag not in SKIP:
                self.walk(ch)  # sdt/sdtContent, customXml, txbxContent, ...

    def paragraph(self, p: ET.Element) -> None:
        self.ordinal += 1
        line = self.ordinal
        self._fields = []  # a field left open by a damaged paragraph must not hide the next one
        ppr = p.find("pPr")
        style_id = (val(ppr.find("pStyle"), "") or "") if ppr is not None else ""
        heading = self.styles.heading(style_id)
        if ppr is not None and ppr.find("outlineLvl") is not None:
            heading = val(ppr.find("outlineLvl")) != "9"
        number, list_item, worded = self.numbering.paragraph(ppr.find("numPr") if ppr is not None else None,
                                                             style_id)
        segs: list[Seg] = []
        boxes: list[ET.Element] = []
        self.runs(p, segs, False, False, boxes)
        text, bold, italic = style_of(segs)
        if not MARK.sub("", text).strip() and not number:
            marks = "".join(MARK.findall(text))
            if marks and self.blocks:  # a paragraph of only a reference mark: keep it with the text before
                self.blocks[-1].text += marks
        else:
            if number:  # Word draws it: ``1. Kunt u``, or a worded label on its own line (``Vraag 1``)
                text = f"{number}{chr(10) if worded else ' '}{text}".strip()
            self.blocks.append(Block(text=text, line=line, bold=bold, italic=italic,
                                     heading=heading, list_item=list_item))
        for box in boxes:
            self.walk(box)

    def alt_chunk(self, rel_id: str) -> None:
        """An imported part (``w:altChunk``: HTML, text or another DOCX that Word
        merges in when it opens the file) read in its place."""
        if self.chunk is None:
            return
        for block in self.chunk(rel_id):
            self.ordinal += 1
            block.line = self.ordinal
            block.page = None
            self.blocks.append(block)

    def table(self, tbl: ET.Element) -> None:
        rows: list[list[Cell]] = []
        for tr in _children(tbl, "tr"):
            row: list[Cell] = []
            before = tr.find("trPr/gridBefore")
            if before is not None:
                row.append(Cell(span=max(1, _int(val(before), 1))))
            for tc in _children(tr, "tc"):
                saved, self.blocks = self.blocks, []
                self.walk(tc)
                span = tc.find("tcPr/gridSpan")
                vmerge = tc.find("tcPr/vMerge")
                merge = None if vmerge is None else ("restart" if val(vmerge) == "restart" else "continue")
                row.append(Cell(blocks=self.blocks, span=max(1, _int(val(span), 1)) if span is not None else 1,
                                nested=tc.find(".//tbl") is not None, merge=merge))
                self.blocks = saved
            rows.append(row)
        self.blocks.extend(table_blocks(rows, self.warnings))

    # -- run level -----------------------------------------------------------
    def runs(self, el: ET.Element, segs: list[Seg], bold: bool, italic: bool, boxes: list[ET.Element]) -> None:
        for ch in el:
            tag = ch.tag
            if tag == "fldChar":
                self._field_char(ch.get("fldCharType", ""))
                continue
            if tag == "instrText":
                if self._fields:
                    self._fields[-1][0] += ch.text or ""
                continue
            if tag in SKIP or tag == "p":
                continue
            if tag == "fldSimple" and _PAGE_FIELD.match(ch.get("instr", "")):
                continue
            if tag == "r":
                rpr = ch.find("rPr")
                b = _on(rpr.find("b")) if rpr is not None else False
                i = _on(rpr.find("i")) if rpr is not None else False
                self.runs(ch, segs, b, i, boxes)
            elif tag == "t":
                if any(result and _PAGE_FIELD.match(instr) for instr, result in self._fields):
                    continue  # the cached value of a page number field
                text = (ch.text or "").replace("\ue000", "").replace("\ue001", "")
                if self._custom is not None and text.strip():
                    kind, note_id = self._custom
                    self._custom = None
                    segs.append(self._mark(kind, note_id, text.strip()))
                else:
                    segs.append(Seg(text, bold, italic))
            elif tag == "tab":
                segs.append(Seg(" ", bold, italic))
            elif tag in ("br", "cr"):
                segs.append(Seg("\n", bold, italic))
            elif tag == "sym":  # a character from a symbol font; private-use (Wingdings) ones mean nothing as text
                code = _int_hex(ch.get("char"))
                if code is not None and 0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xF8FF:
                    segs.append(Seg(chr(code), bold, italic))
            elif tag == "noBreakHyphen":
                segs.append(Seg("-", bold, italic))
            elif tag in ("footnoteReference", "endnoteReference"):
                kind = "footnote" if tag == "footnoteReference" else "endnote"
                if _on(ch.find("customMarkFollows")) or ch.get("customMarkFollows", "0") in ("1", "true", "on"):
                    self._custom = (kind, ch.get("id", ""))
                else:
                    segs.append(self._mark(kind, ch.get("id", "")))
            elif tag in ("drawing", "pict"):
                boxes.extend(text_boxes(ch))
            elif tag == "AlternateContent":
                picked = choose(ch)
                if picked is not None:
                    self.runs(picked, segs, bold, italic, boxes)
            else:
                self.runs(ch, segs, bold, italic, boxes)  # hyperlink, ins, smartTag, fldSimple, sdt ...

    def _field_char(self, kind: str) -> None:
        """Track complex fields (``w:fldChar`` begin/separate/end) to know field results."""
        if kind == "begin":
            self._fields.append(["", False])
        elif kind == "separate" and self._fields:
            self._fields[-1][1] = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _mark(self, kind: str, note_id: str, custom: str | None = None) -> Seg:
        if self.notes is None:
            return Seg("", False, False)
        key = self.notes.ref(kind, note_id, custom)
        # bold/italic True: a mark never makes an all-bold paragraph look not bold
        return Seg(f"\ue000{key}\ue001", True, True)
