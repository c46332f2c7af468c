"""DOCX (Word) -> ``Source``, with zipfile and the safe XML parser only.

One block per non-empty paragraph ``w:p`` (also inside tables and content
controls), in document order; ``Block.line`` is the paragraph's ordinal.

* Text: ``w:t``, ``w:tab`` (a space), ``w:br``/``w:cr`` (a line break),
  ``w:noBreakHyphen``; deleted text and field instructions are skipped.
* Hints: ``bold``/``italic`` when every visible run is; ``heading`` for
  heading styles (``Heading 1``/``Kop1``/``Title``) and outline levels.
* Word's automatic numbering (``w:numPr``) is drawn by Word, not stored in
  the text: the number is computed from ``word/numbering.xml`` (counters per
  list and level; ``%1.``, ``%2)``; decimal, letters, roman) and put in
  front of the paragraph text (``1. ...``). Bullets add no text but mark the
  block as a list item.
* Footnotes: references are removed from the text; ``word/footnotes.xml``
  bodies go to ``Source.footnotes`` under their displayed number.

Zip bombs are refused: any part whose declared unpacked size exceeds
:data:`MAX_PART` or whose compression ratio is absurd, and any part that
unpacks beyond its cap while reading.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib

from ..errors import ParseError
from ..source import Block, Source
from .markup_common import Seg, style_of
from .markup_xml import parse_xml

#: Largest unpacked size accepted for one part (document.xml, styles, ...).
MAX_PART = 50 * 1024 * 1024
#: Larger compression ratios (above 1 MB unpacked) are treated as a zip bomb.
MAX_RATIO = 200

_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*\d|^(?:title|titel)$", re.I)
_SKIP = {"pPr", "rPr", "del", "moveFrom", "instrText", "delText", "drawing", "pict", "object",
         "commentReference", "fldChar", "footnoteRef", "endnoteRef", "annotationRef", "sectPr"}


def read_docx(data: bytes, name: str = "") -> Source:
    """Read a DOCX file (bytes) into a ``Source``."""
    name = name or "<docx>"
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, NotImplementedError):
        raise ParseError(f"{name}: not a DOCX document (damaged or not a zip file)") from None
    with zf:
        if "word/document.xml" not in zf.namelist():
            raise ParseError(f"{name}: not a DOCX document (no word/document.xml)")
        doc = _part(zf, "word/document.xml", name)
        styles = _part(zf, "word/styles.xml", name)
        numbering = _part(zf, "word/numbering.xml", name)
        notes = _part(zf, "word/footnotes.xml", name)
    reader = _Reader(_style_info(styles, name), _Numbering(numbering, name), _footnote_bodies(notes, name))
    root, _ = parse_xml(doc, name)
    body = root.find("body")
    reader.walk(body if body is not None else root)
    src = Source(blocks=reader.blocks, format="docx", name=name, footnotes=reader.footnotes)
    if not src.blocks:
        raise ParseError(f"{name}: the DOCX document holds no text")
    return src


def _part(zf: zipfile.ZipFile, member: str, name: str) -> bytes | None:
    try:
        info = zf.getinfo(member)
    except KeyError:
        return None
    bomb = f"{name}: DOCX too large when unpacked (possible zip bomb)"
    if info.file_size > MAX_PART:
        raise ParseError(bomb)
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise ParseError(bomb)
    try:
        with zf.open(info) as fh:
            data = fh.read(MAX_PART + 1)
    except RuntimeError:  # encrypted entry
        raise ParseError(f"{name}: the DOCX document is encrypted or password-protected") from None
    except NotImplementedError:
        raise ParseError(f"{name}: the DOCX document uses an unsupported zip compression") from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise ParseError(f"{name}: damaged DOCX document ({member}: {exc})") from None
    if len(data) > MAX_PART:
        raise ParseError(bomb)
    return data


def _val(el: ET.Element | None, default: str | None = None) -> str | None:
    return el.get("val", default) if el is not None else default


def _on(el: ET.Element | None) -> bool:
    """A toggle property (``w:b``, ``w:i``) that is present and not switched off."""
    return el is not None and el.get("val", "true").lower() not in ("0", "false", "off", "none")


def _style_info(data: bytes | None, name: str) -> dict[str, tuple[bool, tuple[str, str] | None]]:
    """style id -> (is a heading, style-level numbering (numId, ilvl) or None)."""
    out: dict[str, tuple[bool, tuple[str, str] | None]] = {}
    if not data:
        return out
    root, _ = parse_xml(data, name)
    for st in root.iter("style"):
        sid = st.get("styleId", "")
        sname = _val(st.find("name"), "") or ""
        heading = bool(_HEADING_STYLE.match(sid) or _HEADING_STYLE.match(sname))
        num = st.find("pPr/numPr")
        num_ref = (_val(num.find("numId"), "0"), _val(num.find("ilvl"), "0")) if num is not None else None
        out[sid] = (heading, num_ref)
    return out


def _footnote_bodies(data: bytes | None, name: str) -> dict[str, str]:
    if not data:
        return {}
    root, _ = parse_xml(data, name)
    out = {}
    for fn in root.iter("footnote"):
        if fn.get("type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paras = [" ".join("".join(t.text or "" for t in p.iter("t")).split()) for p in fn.iter("p")]
        out[fn.get("id", "")] = "\n".join(p for p in paras if p)
    return out


class _Numbering:
    """Computes the numbers Word draws for ``w:numPr`` paragraphs."""

    def __init__(self, data: bytes | None, name: str) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNumId -> ilvl -> (fmt, text, start)
        self.nums: dict[str, str] = {}
        self.overrides: dict[tuple[str, int], int] = {}
        self.counters: dict[str, list[int]] = {}
        if not data:
            return
        root, _ = parse_xml(data, name)
        for an in root.iter("abstractNum"):
            lv = {}
            for lvl in an.iter("lvl"):
                ilvl = int(lvl.get("ilvl", "0") or 0)
                start = int(_val(lvl.find("start"), "1") or 1)
                lv[ilvl] = (_val(lvl.find("numFmt"), "decimal") or "decimal", _val(lvl.find("lvlText"), "") or "", start)
            self.levels[an.get("abstractNumId", "")] = lv
        for num in root.iter("num"):
            nid = num.get("numId", "")
            self.nums[nid] = _val(num.find("abstractNumId"), "") or ""
            for ov in num.iter("lvlOverride"):
                so = ov.find("startOverride")
                if so is not None:
                    self.overrides[(nid, int(ov.get("ilvl", "0") or 0))] = int(_val(so, "1") or 1)

    def _level(self, num_id: str, ilvl: int) -> tuple[str, str, int]:
        levels = self.levels.get(self.nums.get(num_id, ""), {})
        fmt, text, start = levels.get(ilvl, ("decimal", f"%{ilvl + 1}.", 1))
        return fmt, text, self.overrides.get((num_id, ilvl), start)

    def next(self, num_id: str, ilvl: int) -> tuple[str, bool]:
        """(number text to print, is a list item) for the next paragraph of this list."""
        if num_id in ("", "0"):
            return "", False
        ilvl = max(0, min(ilvl, 8))
        fmt, text, start = self._level(num_id, ilvl)
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] = (counters[ilvl] or start - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if fmt in ("bullet", "none"):
            return "", True

        def sub(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            f, _, s = self._level(num_id, k)
            return _format(counters[k] or s, f)

        return re.sub(r"%([1-9])", sub, text).strip(), True


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s, v = "", n
        for val, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                         (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while v >= val:
                s, v = s + sym, v - val
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class _Reader:
    def __init__(self, styles, numbering: _Numbering, notes: dict[str, str]) -> None:
        self.styles = styles
        self.numbering = numbering
        self.notes = notes
        self.blocks: list[Block] = []
        self.footnotes: dict[str, str] = {}
        self.ordinal = 0

    def walk(self, el: ET.Element) -> None:
        for ch in el:
            if ch.tag == "p":
                self.paragraph(ch)
            elif ch.tag not in _SKIP:
                self.walk(ch)  # tbl/tr/tc, sdt/sdtContent, customXml, ...

    def paragraph(self, p: ET.Element) -> None:
        self.ordinal += 1
        ppr = p.find("pPr")
        style_id = _val(ppr.find("pStyle"), "") if ppr is not None else ""
        heading, style_num = self.styles.get(style_id or "", (False, None))
        if ppr is not None and ppr.find("outlineLvl") is not None and _val(ppr.find("outlineLvl")) != "9":
            heading = True
        num_pr = ppr.find("numPr") if ppr is not None else None
        num_ref = style_num
        if num_pr is not None:
            num_ref = (_val(num_pr.find("numId"), "0") or "0", _val(num_pr.find("ilvl"), "0") or "0")
        number, list_item = ("", False)
        if num_ref is not None:
            number, list_item = self.numbering.next(num_ref[0], int(num_ref[1] or 0))
        segs: list[Seg] = []
        self.runs(p, segs, False, False)
        text, bold, italic = style_of(segs)
        if not text:
            return
        if number:
            text = f"{number} {text}"
        self.blocks.append(Block(text=text, line=self.ordinal, bold=bold, italic=italic,
                                 heading=heading, list_item=list_item))

    def runs(self, el: ET.Element, segs: list[Seg], bold: bool, italic: bool) -> None:
        for ch in el:
            tag = ch.tag
            if tag in _SKIP or tag == "p":
                continue
            if tag == "r":
                rpr = ch.find("rPr")
                b = _on(rpr.find("b")) if rpr is not None else False
                i = _on(rpr.find("i")) if rpr is not None else False
                self.runs(ch, segs, b, i)
            elif tag == "t":
                segs.append(Seg(ch.text or "", bold, italic))
            elif tag == "tab":
                segs.append(Seg(" ", bold, italic))
            elif tag in ("br", "cr"):
                segs.append(Seg("\n", bold, italic))
            elif tag == "noBreakHyphen":
                segs.append(Seg("-", bold, italic))
            elif tag == "footnoteReference":
                key = str(len(self.footnotes) + 1)
                self.footnotes[key] = self.notes.get(ch.get("id", ""), "")
            else:
                self.runs(ch, segs, bold, italic)  # hyperlink, ins, smartTag, fldSimple, sdt ...
