"""OpenDocument text (ODT) -> ``Source``, with zipfile and the safe XML parser only.

Officiële bekendmakingen are also distributed as ODT. Read from
``content.xml`` (styles from ``styles.xml`` and the automatic styles):

* ``text:p`` and ``text:h`` (a heading) are blocks in reading order, also in
  sections, text boxes (``draw:frame``/``draw:text-box``, read after their
  paragraph) and tables; ``text:s``/``text:tab`` are spaces,
  ``text:line-break`` a line break; tracked deletions, annotations and page
  number fields are left out.
* Bold/italic hints from paragraph and span styles (``fo:font-weight``,
  ``fo:font-style``, following ``style:parent-style-name``).
* Lists (``text:list``/``text:list-item``): the number the office program
  shows is computed from the list style (``text:list-level-style-number``:
  ``style:num-format`` 1/a/A/i/I, ``num-prefix``/``num-suffix``,
  ``text:display-levels``, ``text:start-value``), with
  ``text:continue-numbering``, ``text:continue-list`` and a list item's
  ``text:start-value``; a cached ``text:number`` is used as printed. The
  number starts the block text (``1. Kunt u …``) and marks a list item.
* Footnotes and endnotes (``text:note``): the body goes to
  ``Source.footnotes`` under its citation as printed; the mark is not kept
  in the text and its place is recorded in ``Source.footnote_refs``.
* Tables: as in DOCX (:mod:`.tables`): cells kept apart, ``Nr | Vraag |
  Antwoord`` tables as number, question and answer, spanned and covered
  cells once.
* Page headers and footers (``style:master-page`` in ``styles.xml``) repeat
  on every page: their lines that are not in the body are listed in
  ``Source.dropped`` as running page furniture.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile

from ..errors import ParseError
from ..messages import N_, Message
from ..source import Block, Source
from .docx import zip_part
from .docx_numbering import format_number
from .markup_common import Seg, flat, style_of
from .markup_xml import parse_xml
from .tables import MARK, Cell, table_blocks
from .wp_common import PAGE_ONLY, join_fields, letter_date, take_marks, unique_key

_SKIP = {"tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "dde-connection-decls",
         "forms", "annotation", "annotation-end", "table-of-content-source", "alphabetical-index-source",
         "illustration-index-source", "user-index-source", "bibliography-source", "table-columns",
         "table-column", "table-header-columns", "soft-page-break", "bookmark", "bookmark-start",
         "bookmark-end", "reference-mark", "reference-mark-start", "reference-mark-end", "change",
         "change-start", "change-end", "page-number", "page-count", "number", "note-citation", "title", "desc",
         "image", "object", "object-ole"}
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_HEADING_NAME = re.compile(r"^(?:heading|kop)(?:[ _]|_20_)?\d|^(?:title|titel)$", re.I)
_OTHER_ODF = {"spreadsheet": N_("een OpenDocument-rekenblad (.ods)"),
              "presentation": N_("een OpenDocument-presentatie (.odp)"),
              "graphics": N_("een OpenDocument-tekening (.odg)")}


def read_odt(data: bytes, name: str = "") -> Source:
    """Read an ODT file (bytes) into a ``Source``."""
    name = name or "<odt>"
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, NotImplementedError):
        raise ParseError(N_("{name}: geen ODT-document (beschadigd of geen zip-bestand)"), name=name) from None
    with zf:
        mimetype = (zip_part(zf, "mimetype", name, "ODT") or b"").decode("ascii", "replace").strip()
        kind = mimetype.rsplit(".", 1)[-1]
        if kind in _OTHER_ODF:
            raise ParseError(N_("{name}: {what}, geen tekstdocument; sla het op als PDF en open dat"), name=name,
                                 what=Message(_OTHER_ODF[kind]))
        content = zip_part(zf, "content.xml", name, "ODT")
        if content is None:
            raise ParseError(N_("{name}: geen ODT-document (content.xml ontbreekt)"), name=name)
        styles_xml = zip_part(zf, "styles.xml", name, "ODT")
    root, _ = parse_xml(content, name)
    style_root = parse_xml(styles_xml, name)[0] if styles_xml else None
    styles = _Styles([r for r in (style_root, root) if r is not None])
    reader = _Reader(styles)
    text = root.find("body/text")
    reader.walk(text if text is not None else root)
    blocks = join_fields(reader.blocks)
    refs = take_marks(blocks)
    src = Source(blocks=blocks, format="odt", name=name, footnotes=reader.footnotes, footnote_refs=refs,
                 warnings=reader.warnings)
    seen = {flat(b.text).casefold() for b in blocks}
    for kind, story in _page_parts(style_root, styles):
        for b in join_fields(story):
            line = MARK.sub("", b.text).strip()
            if line and not PAGE_ONLY.match(line) and flat(line).casefold() not in seen:
                seen.add(flat(line).casefold())
                src.dropped.append((line, None, f"page furniture (running {kind})"))
    date = letter_date([b.text for b in blocks[:80]])
    if date:
        src.meta["date"] = date
    if not src.blocks:
        raise ParseError(N_("{name}: het ODT-document bevat geen tekst"), name=name)
    return src


def _page_parts(style_root: ET.Element | None, styles: _Styles):
    """(header|footer, blocks) of every master page's header and footer."""
    if style_root is None:
        return
    for mp in style_root.iter("master-page"):
        for part in mp:
            if part.tag.startswith(("header", "footer")):
                reader = _Reader(styles)
                reader.walk(part)
                yield ("header" if part.tag.startswith("header") else "footer"), reader.blocks


class _Styles:
    """Paragraph/text styles (bold, italic, heading, parent) and list styles."""

    def __init__(self, roots: list[ET.Element]) -> None:
        self.props: dict[str, dict[str, object]] = {}
        self.lists: dict[str, dict[int, dict[str, object]]] = {}
        for root in roots:
            for st in root.iter("style"):
                tp = st.find("text-properties")
                weight = tp.get("font-weight") if tp is not None else None
                slant = tp.get("font-style") if tp is not None else None
                self.props[st.get("name", "")] = {
                    "bold": None if weight is None else weight in ("bold", "600", "700", "800", "900"),
                    "italic": None if slant is None else slant in ("italic", "oblique"),
                    "parent": st.get("parent-style-name"),
                    "heading": bool(st.get("default-outline-level")) or bool(
                        _HEADING_NAME.match(st.get("display-name", "") or st.get("name", ""))),
                }
            for ls in root.iter("list-style"):
                levels: dict[int, dict[str, object]] = {}
                for lv in ls:
                    try:
                        level = int(lv.get("level", "1"))
                    except ValueError:
                        continue
                    numbered = lv.tag == "list-level-style-number"
                    levels[level] = {
                        "fmt": _FORMATS.get(lv.get("num-format", ""), "none") if numbered else "bullet",
                        "prefix": lv.get("num-prefix", ""), "suffix": lv.get("num-suffix", ""),
                        "display": _int(lv.get("display-levels"), 1), "start": _int(lv.get("start-value"), 1),
                    }
                self.lists[ls.get("name", "")] = levels

    def get(self, name: str | None, key: str):
        seen: set[str] = set()
        while name and name not in seen and name in self.props:
            seen.add(name)
            value = self.props[name][key]
            if value is not None and (key != "heading" or value):
                return value
            name = self.props[name]["parent"]  # type: ignore[assignment]
        return None

    def level(self, list_style: str, level: int) -> dict[str, object]:
        return self.lists.get(list_style, {}).get(level) or {"fmt": "decimal", "prefix": "", "suffix": ".",
                                                              "display": 1, "start": 1}


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


class _List:
    """The counters of one list (continued lists share it)."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.counters = [0] * 11

    def advance(self, styles: _Styles, level: int, start: int | None) -> str:
        level = max(1, min(level, 10))
        lv = styles.level(self.style, level)
        if start is not None:
            self.counters[level] = start
        elif self.counters[level]:
            self.counters[level] += 1
        else:
            self.counters[level] = int(lv["start"])  # type: ignore[arg-type]
        for deeper in range(level + 1, 11):
            self.counters[deeper] = 0
        if lv["fmt"] in ("bullet", "none"):
            return ""
        first = max(1, level - int(lv["display"]) + 1)  # type: ignore[arg-type]
        parts = []
        for k in range(first, level + 1):
            n = self.counters[k] or int(styles.level(self.style, k)["start"])  # type: ignore[arg-type]
            fmt = styles.level(self.style, k)["fmt"]
            parts.append(format_number(n, str(fmt) if fmt not in ("bullet", "none") else "decimal"))
        return f"{lv['prefix']}{'.'.join(parts)}{lv['suffix']}".strip()


class _Reader:
    """Walks ODF text content and collects blocks and notes."""

    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.blocks: list[Block] = []
        self.footnotes: dict[str, str] = {}
        self.warnings: list[str] = []
        self.ordinal = 0
        self.lists_by_id: dict[str, _List] = {}
        self.last_list: dict[str, _List] = {}
        self._dups: dict[str, int] = {}

    def walk(self, el: ET.Element) -> None:
        for ch in el:
            tag = ch.tag
            if tag in ("p", "h"):
                self.paragraph(ch)
            elif tag == "list":
                self.list(ch, 1, None)
            elif tag == "table":
                self.table(ch)
            elif tag not in _SKIP:
                self.walk(ch)  # section, index bodies, text boxes, ...

    def paragraph(self, p: ET.Element, number: str = "", list_item: bool = False) -> None:
        self.ordinal += 1
        line = self.ordinal
        style = p.get("style-name")
        cached = p.find("number")
        if cached is not None and (cached.text or "").strip():
            number = (cached.text or "").strip()
        segs: list[Seg] = []
        boxes: list[ET.Element] = []
        self.inline(p, segs, bool(self.styles.get(style, "bold")), bool(self.styles.get(style, "italic")), boxes,
                    top=True)
        text, bold, italic = style_of(segs)
        if MARK.sub("", text).strip() or number:
            if number:
                text = f"{number} {text}".strip()
            heading = p.tag == "h" or bool(self.styles.get(style, "heading"))
            self.blocks.append(Block(text=text, line=line, bold=bold, italic=italic, heading=heading,
                                     list_item=list_item))
        elif MARK.search(text) and self.blocks:
            self.blocks[-1].text += "".join(MARK.findall(text))
        for box in boxes:
            self.walk(box)

    def inline(self, el: ET.Element, segs: list[Seg], bold: bool, italic: bool, boxes: list[ET.Element],
               top: bool = False) -> None:
        if el.text:
            segs.append(Seg(el.text.replace("\ue000", "").replace("\ue001", ""), bold, italic))
        for ch in el:
            tag = ch.tag
            if tag == "span":
                b, i = self.styles.get(ch.get("style-name"), "bold"), self.styles.get(ch.get("style-name"), "italic")
                self.inline(ch, segs, bold if b is None else bool(b), italic if i is None else bool(i), boxes)
            elif tag == "s":
                segs.append(Seg(" " * max(1, min(_int(ch.get("c"), 1), 100)), bold, italic))
            elif tag == "tab":
                segs.append(Seg(" ", bold, italic))
            elif tag == "line-break":
                segs.append(Seg("\n", bold, italic))
            elif tag == "note":
                segs.append(self.note(ch))
            elif tag == "frame":
                boxes.extend(ch.iter("text-box"))
            elif tag not in _SKIP:
                self.inline(ch, segs, bold, italic, boxes)  # a, meta, date, sequence, ...
            if ch.tail:
                segs.append(Seg(ch.tail.replace("\ue000", "").replace("\ue001", ""), bold, italic))

    def note(self, note: ET.Element) -> Seg:
        """Keep a footnote's body and return the mark that stands for it."""
        cite = note.find("note-citation")
        key = ((cite.get("label") or "".join(cite.itertext())) if cite is not None else "").strip()
        key = key or str(len(self.footnotes) + 1)
        body = note.find("note-body")
        reader = _Reader(self.styles)
        if body is not None:
            reader.walk(body)
        key = unique_key(key, self.footnotes, self._dups)
        self.footnotes[key] = "\n".join(MARK.sub("", b.text) for b in reader.blocks)
        return Seg(f"\ue000{key}\ue001", True, True)

    def list(self, el: ET.Element, depth: int, inst: _List | None) -> None:
        if inst is None:
            style = el.get("style-name", "")
            cont = el.get("continue-list")
            if cont and cont in self.lists_by_id:
                inst = self.lists_by_id[cont]
            elif el.get("continue-numbering") == "true" and style in self.last_list:
                inst = self.last_list[style]
            else:
                inst = _List(style)
            self.last_list[inst.style] = inst
        if el.get("id"):
            self.lists_by_id[el.get("id", "")] = inst
        for item in el:
            if item.tag not in ("list-item", "list-header"):
                continue
            first = True
            for ch in item:
                if ch.tag in ("p", "h"):
                    number = ""
                    if first and item.tag == "list-item":
                        start = item.get("start-value")
                        number = inst.advance(self.styles, depth, _int(start, 1) if start else None)
                    self.paragraph(ch, number, list_item=True)
                    first = False
                elif ch.tag == "list":
                    self.list(ch, depth + 1, inst)
                    first = False
                elif ch.tag not in _SKIP:
                    self.walk(_wrap(ch))  # a table or section inside a list item

    def table(self, tbl: ET.Element) -> None:
        rows: list[list[Cell]] = []
        cover: dict[int, int] = {}  # column -> last row covered by a cell spanning rows from above
        for r, tr in enumerate(_rows(tbl)):
            row: list[Cell] = []
            col = 0
            skip = 0  # covered cells that belong to a column span
            for tc in tr:
                if tc.tag == "covered-table-cell":
                    if skip:
                        skip -= 1
                    elif cover.get(col, -1) >= r:
                        row.append(Cell(merge="continue"))
                    col += 1
                    continue
                if tc.tag != "table-cell":
                    continue
                span = min(max(1, _int(tc.get("number-columns-spanned"), 1)), 1000)
                down = max(1, _int(tc.get("number-rows-spanned"), 1))
                saved, self.blocks = self.blocks, []
                self.walk(tc)
                row.append(Cell(blocks=self.blocks, span=span, nested=tc.find(".//table") is not None,
                                merge="restart" if down > 1 else None))
                self.blocks = saved
                for k in range(col, col + span):
                    if down > 1:
                        cover[k] = r + down - 1
                    else:
                        cover.pop(k, None)
                skip = span - 1
                col += span
            rows.append(row)
        self.blocks.extend(table_blocks(rows, self.warnings))


def _wrap(el: ET.Element) -> ET.Element:
    """``el`` as the only child of a fresh element, to walk it as a block."""
    holder = ET.Element("wrap")
    holder.append(el)
    return holder


def _rows(tbl: ET.Element):
    for ch in tbl:
        if ch.tag == "table-row":
            yield ch
        elif ch.tag in ("table-header-rows", "table-rows", "table-row-group"):
            yield from _rows(ch)
