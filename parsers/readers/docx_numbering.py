"""Word paragraph styles and automatic list numbering (``word/numbering.xml``).

Word draws list numbers; they are not in the paragraph text. This module
computes the number Word shows for each numbered paragraph:

* a paragraph's ``w:numPr`` (``w:numId`` + ``w:ilvl``), or the one of its
  paragraph style (``w:pStyle``, following ``w:basedOn``); a style's
  ``w:numPr`` without ``w:ilvl`` takes the level whose ``w:pStyle`` names the
  style; ``w:numId`` 0 switches numbering off;
* ``w:num`` -> ``w:abstractNum`` (also through ``w:numStyleLink``); levels
  with ``w:start``, ``w:numFmt`` (decimal, letters, roman, ``decimalZero``,
  bullet, none), ``w:lvlText`` (``%1.``, ``%1)``, ``%1.%2``), ``w:isLgl``
  and ``w:lvlRestart``;
* counters are kept per abstract list, as Word does: two ``w:num`` of the
  same abstract list continue each other unless one has a
  ``w:lvlOverride``/``w:startOverride``, which restarts the list where that
  ``w:num`` is first used. Deeper levels restart when a higher level
  advances.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from .markup_xml import parse_xml

_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*\d|^(?:title|titel)$", re.I)
LEVELS = 9


def val(el: ET.Element | None, default: str | None = None) -> str | None:
    """The ``w:val`` attribute of ``el`` (namespaces are already stripped)."""
    return el.get("val", default) if el is not None else default


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


@dataclass
class Style:
    """What the reader needs of one paragraph style."""

    heading: bool = False
    num_id: str | None = None
    ilvl: int | None = None
    based_on: str | None = None


class Styles:
    """Paragraph styles by id, with ``w:basedOn`` inheritance."""

    def __init__(self, data: bytes | None, name: str) -> None:
        self.by_id: dict[str, Style] = {}
        if not data:
            return
        root, _ = parse_xml(data, name)
        for st in root.iter("style"):
            sid = st.get("styleId", "")
            sname = val(st.find("name"), "") or ""
            num = st.find("pPr/numPr")
            self.by_id[sid] = Style(
                heading=bool(_HEADING_STYLE.match(sid) or _HEADING_STYLE.match(sname)
                             or (st.find("pPr/outlineLvl") is not None and val(st.find("pPr/outlineLvl")) != "9")),
                num_id=val(num.find("numId")) if num is not None else None,
                ilvl=_int(val(num.find("ilvl")), 0) if num is not None and num.find("ilvl") is not None else None,
                based_on=val(st.find("basedOn")),
            )

    def _chain(self, sid: str):
        seen = set()
        while sid and sid not in seen and sid in self.by_id:
            seen.add(sid)
            yield sid, self.by_id[sid]
            sid = self.by_id[sid].based_on or ""

    def heading(self, sid: str) -> bool:
        return any(st.heading for _, st in self._chain(sid))

    def numbering(self, sid: str) -> tuple[str, int | None, str] | None:
        """(numId, ilvl or None, the style that carries it) from the style chain."""
        for owner, st in self._chain(sid):
            if st.num_id is not None:
                return st.num_id, st.ilvl, owner
        return None


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    legal: bool = False
    #: restart after this (1-based) level advances; 0 = never; None = any higher level.
    restart: int | None = None
    style: str | None = None


class Numbering:
    """Computes the numbers Word draws for numbered paragraphs."""

    def __init__(self, data: bytes | None, name: str, styles: Styles) -> None:
        self.styles = styles
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNumId -> numbering style id
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        self.overrides: dict[str, dict[int, int]] = {}  # numId -> ilvl -> start
        self.counters: dict[str, list[int]] = {}  # abstractNumId -> counter per level
        self.used: set[str] = set()
        if not data:
            return
        root, _ = parse_xml(data, name)
        for an in root.iter("abstractNum"):
            aid = an.get("abstractNumId", "")
            link = val(an.find("numStyleLink"))
            if link:
                self.style_link[aid] = link
            levels: dict[int, Level] = {}
            for lvl in an.iter("lvl"):
                fmt = lvl.find("numFmt")
                if fmt is None:  # Word 2010+: numFmt inside mc:AlternateContent; use the fallback
                    fmt = lvl.find("AlternateContent/Fallback/numFmt")
                restart = lvl.find("lvlRestart")
                levels[_int(lvl.get("ilvl"), 0)] = Level(
                    fmt=val(fmt, "decimal") or "decimal",
                    text=val(lvl.find("lvlText"), "") or "",
                    start=_int(val(lvl.find("start")), 1),
                    legal=lvl.find("isLgl") is not None and val(lvl.find("isLgl"), "1") not in ("0", "false"),
                    restart=_int(val(restart), 0) if restart is not None else None,
                    style=val(lvl.find("pStyle")),
                )
            self.abstract[aid] = levels
        for num in root.iter("num"):
            nid = num.get("numId", "")
            self.nums[nid] = val(num.find("abstractNumId"), "") or ""
            for ov in num.iter("lvlOverride"):
                so = ov.find("startOverride")
                if so is not None:
                    self.overrides.setdefault(nid, {})[_int(ov.get("ilvl"), 0)] = _int(val(so), 1)

    def fresh(self) -> Numbering:
        """The same list definitions with counters of their own (for another story)."""
        other = Numbering.__new__(Numbering)
        other.__dict__.update(self.__dict__)
        other.counters, other.used = {}, set()
        return other

    def _abstract_id(self, num_id: str) -> str:
        aid = self.nums.get(num_id, "")
        for _ in range(3):  # numStyleLink -> numbering style -> its num -> abstractNum
            link = self.style_link.get(aid)
            if not link:
                break
            found = self.styles.numbering(link)
            if not found or found[0] not in self.nums:
                break
            aid = self.nums[found[0]]
        return aid

    def _level(self, aid: str, ilvl: int) -> Level:
        return self.abstract.get(aid, {}).get(ilvl) or Level(text=f"%{ilvl + 1}.")

    def paragraph(self, num_pr: ET.Element | None, style_id: str) -> tuple[str, bool, bool]:
        """(number text Word shows, is a list item, the number is a worded label
        such as ``Vraag 1``) for the next paragraph."""
        num_id: str | None = None
        ilvl: int | None = None
        from_style = self.styles.numbering(style_id) if style_id else None
        if num_pr is not None:
            num_id = val(num_pr.find("numId"))
            if num_pr.find("ilvl") is not None:
                ilvl = _int(val(num_pr.find("ilvl")), 0)
        if num_id is None and from_style:
            num_id = from_style[0]
        if ilvl is None and from_style:
            ilvl = from_style[1]
            if ilvl is None:  # the level that names this style
                aid = self._abstract_id(from_style[0])
                ilvl = next((k for k, lv in self.abstract.get(aid, {}).items() if lv.style == from_style[2]), 0)
        if num_id in (None, "", "0") or num_id not in self.nums:
            return "", False, False
        return self.next(num_id, ilvl or 0)

    def next(self, num_id: str, ilvl: int) -> tuple[str, bool, bool]:
        """Advance list ``num_id`` at level ``ilvl``; (number text, True, worded)."""
        ilvl = max(0, min(ilvl, LEVELS - 1))
        aid = self._abstract_id(num_id)
        counters = self.counters.setdefault(aid, [0] * LEVELS)
        if num_id not in self.used:
            self.used.add(num_id)
            for k, start in self.overrides.get(num_id, {}).items():
                if 0 <= k < LEVELS:
                    counters[k] = start - 1 if k == ilvl else 0
        level = self._level(aid, ilvl)
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else self._start(num_id, aid, ilvl)
        for deeper in range(ilvl + 1, LEVELS):
            restart = self._level(aid, deeper).restart
            if restart is None or (restart > 0 and ilvl < restart):
                counters[deeper] = 0
        if level.fmt in ("bullet", "none"):
            return "", True, False

        def sub(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            lv = self._level(aid, k)
            n = counters[k] or self._start(num_id, aid, k)
            return format_number(n, "decimal" if level.legal and k != ilvl else lv.fmt)

        worded = bool(re.search(r"[^\W\d_]{2}", re.sub(r"%[1-9]", "", level.text)))
        return re.sub(r"%([1-9])", sub, level.text).strip(), True, worded

    def _start(self, num_id: str, aid: str, ilvl: int) -> int:
        return self.overrides.get(num_id, {}).get(ilvl, self._level(aid, ilvl).start)


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_number(n: int, fmt: str) -> str:
    """``n`` in a Word/ODF number format (``lowerLetter``, ``upperRoman``, ...)."""
    if n <= 0 and fmt not in ("decimal", "decimalZero"):
        return str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman") and n < 4000:  # beyond that no roman numeral; decimal
        s, v = "", n
        for value, sym in _ROMAN:
            while v >= value:
                s, v = s + sym, v - value
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)
