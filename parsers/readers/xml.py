"""officielebekendmakingen XML (OP schema, ``op-xsd-2012/2014``) -> ``Source``.

Two families are read:

* ``kamerstuk`` (nota, verslag, lijst, memorie van antwoord): the head
  (``kamerstukkop``, ``dossier``, ``stuk/stuknr`` + ``titel``,
  ``datumtekst``) becomes title and meta blocks written as the printed
  document shows them (``36 500 Titel``, ``Nr. 6 NOTA ...``,
  ``Ontvangen 12 maart 2024``), so the text-based recognisers still work;
  ``al``, ``tussenkop``, ``divisie/kop``, ``lijst/li`` and tables become
  paragraph, heading and list blocks.
* ``kamervragen`` (also the older ``vragen``/``omschr``/``nummer``
  notation): ``vraag``/``antwoord`` give role-tagged blocks, the label
  (``nr``, ``nummer``, ``vraagnummer``, or ``<al>Vraag 1</al>``) as its own
  ``question-label``/``answer-label`` block; the ``kamervraagomschrijving``
  sentences are plain blocks near the top; ``kamervraagopmerking`` is a
  ``mededeling`` when it is one.

Footnotes (``noot``) go to ``Source.footnotes`` keyed by their number, and
the marker is removed from the running text, so a footnote number never
glues onto a word or a figure; where it stood goes to ``Source.footnote_refs``
(a private-use stand-in carries it through the paragraph's text until the
block is made). ``extref``/``dossierref`` keep their visible
text. What the XML states explicitly (dossier, number, dates, house,
vergaderjaar, publication id) is put into ``Source.meta``.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET

from ..source import Block, Source
from .markup_common import (
    REF, REF_OPEN, Seg, clean, flat, house_of, iso_date, label_kind, meta_from_pairs, ref_mark, session_year,
    style_of, take_refs,
)
from .limits import check_blocks
from .markup_xml import parse_xml
from .markup_tables import CellSpec, grid_rows
from .tables import is_qa_table, table_blocks
from .xml_tags import _BLOCK_TAGS, _HANDLED, _HEADINGS, _NR_TAGS, _OMSCHR, _QA, _SKIP



def read_xml(data: bytes, name: str = "") -> Source:
    """Read an OB XML publication (bytes) into a ``Source``, as a stream."""
    from .xml_stream import read_stream

    name = name or "<xml>"
    reader = _Reader({}, name)
    reader.has_answers = has_answer_element(data)
    read_stream(data, name, reader)
    src = Source(blocks=reader.blocks, format="xml", name=name, footnotes=reader.footnotes,
                 footnote_refs=reader.footnote_refs(), meta=reader.final_meta(), warnings=reader.warnings)
    if not src.blocks:
        src.warnings.append("the XML holds no text paragraphs")
    return src


def read_xml_tree(data: bytes, name: str = "") -> Source:
    """The same as :func:`read_xml`, from a whole tree (for comparison in tests)."""
    name = name or "<xml>"
    root, lines = parse_xml(data, name)
    reader = _Reader(lines, name)
    reader.collect_meta(root)
    reader.walk(root, None)
    src = Source(blocks=reader.blocks, format="xml", name=name, footnotes=reader.footnotes,
                 footnote_refs=reader.footnote_refs(), meta=reader.final_meta(), warnings=reader.warnings)
    if not src.blocks:
        src.warnings.append("the XML holds no text paragraphs")
    return src


#: The parts of a ``naam`` (in an ``ondertekening``): words of their own.
_NAME_PARTS = {"voornaam", "voorletters", "tussenvoegsel", "achternaam", "titel-naam", "functie"}

_ANSWER_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?antwoord[\s/>]")


def has_answer_element(data: bytes) -> bool:
    """Whether the XML has an ``antwoord`` element (looked up in the bytes
    before the stream is read: a ``kamervraagopmerking`` is a Mededeling
    only in a document without answers, and it comes first)."""
    enc = None
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        enc = "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc = "utf-16"
    elif data[:2] in (b"<\x00", b"\x00<"):
        enc = "utf-16-le" if data[:1] == b"<" else "utf-16-be"
    if enc is not None:
        data = data.decode(enc, errors="replace").encode("utf-8")
    return bool(_ANSWER_TAG.search(data))




class _Reader:
    def __init__(self, lines: dict[int, int], name: str = "<xml>") -> None:
        self.lines = lines
        self.name = name
        self.pairs: list[tuple[str, str]] = []
        self.blocks: list[Block] = []
        self.footnotes: dict[str, str] = {}
        #: (block, offset, footnote key) of each mark (blocks may still be
        #: moved: a stuk's title goes before its content); see footnote_refs()
        self.refs: list[tuple[Block, int, str]] = []
        self.meta: dict[str, str] = {}
        self.derived: dict[str, str] = {}
        self.warnings: list[str] = []
        self.count = {"question": 0, "answer": 0}
        self.has_answers = False
        self.kind = ""
        #: inside a table cell: footnote marks stay in the text until the table is laid out
        self.keep_marks = False

    # -- metadata ------------------------------------------------------
    def collect_meta(self, root: ET.Element) -> None:
        pairs = [(m.get("name", ""), m.get("content", "")) for m in root.iter("meta")]
        self.meta = meta_from_pairs(pairs)
        self.has_answers = any(e.tag == "antwoord" for e in root.iter())
        for el in root.iter():
            if el.tag in ("kamervragen", "vragen"):
                self.kind = "kamervragen"
                break
            if el.tag == "kamerstuk":
                self.kind = "kamerstuk"
                break

    def footnote_refs(self) -> list[tuple[int, int, str]]:
        """``Source.footnote_refs``: (block index, offset, key) of each mark."""
        where = {id(b): i for i, b in enumerate(self.blocks)}
        return [(where[id(b)], at, key) for b, at, key in self.refs if id(b) in where]

    def final_meta(self) -> dict[str, str]:
        d = self.derived
        if "publication_id" not in d and d.get("_number"):
            num, house, year = d["_number"], d.get("house"), d.get("session_year")
            if re.fullmatch(r"\d{4}Z\d{5}", num):
                d["publication_id"] = f"kv-tk-{num}"
                d.setdefault("zaak", num)
            elif num.isdigit() and house and year:
                d["publication_id"] = f"ah-{'ek' if house.startswith('Eerste') else 'tk'}-{year.replace('-', '')}-{num}"
        if "publication_id" not in d and d.get("dossier"):
            nr = d.get("document_letter") or d.get("document_number")
            if nr:
                d["publication_id"] = f"kst-{d['dossier']}-{nr}"
        out = dict(self.meta)
        for k, v in d.items():
            if not k.startswith("_"):
                out.setdefault(k, v)
        return out

    # -- inline text ---------------------------------------------------
    def inline(self, el: ET.Element, bold: bool = False, italic: bool = False) -> list[Seg]:
        segs: list[Seg] = []
        if el.text:
            segs.append(Seg(el.text, bold, italic))
        for ch in el:
            tag = ch.tag
            if tag == "noot":
                key = self.footnote(ch)
                segs.append(Seg(ref_mark(key), bold, italic))  # where the mark stood
            elif tag == "br":
                segs.append(Seg("\n", bold, italic))
            elif tag in _SKIP:
                pass
            elif tag == "nadruk":
                t = ch.get("type", "")
                segs += self.inline(ch, bold or "vet" in t, italic or "cur" in t)
            elif tag in _NAME_PARTS:
                if segs and segs[-1].text and not segs[-1].text[-1].isspace():
                    segs.append(Seg(" ", bold, italic))  # <voorletters>F.</voorletters><achternaam>…
                segs += self.inline(ch, bold, italic)
            else:
                segs += self.inline(ch, bold, italic)
            if ch.tail:
                segs.append(Seg(ch.tail, bold, italic))
        return segs

    def text_of(self, el: ET.Element) -> str:
        return flat(REF.sub("", style_of(self.inline(el))[0]))

    def footnote(self, el: ET.Element) -> str:
        nr_el = el.find("noot.nr")
        key = flat("".join(nr_el.itertext())) if nr_el is not None else ""
        if not key:
            key = el.get("id") or str(len(self.footnotes) + 1)
        parts = [style_of(self.inline(a))[0] for a in el if a.tag == "noot.al"]
        if not parts:
            parts = [flat("".join(el.itertext()))]
        self.footnotes[key] = "\n".join(REF.sub("", p) for p in parts if p)
        return key

    # -- blocks --------------------------------------------------------
    def emit(self, el: ET.Element, text: str, role=None, *, bold=False, italic=False,
             heading=False, list_item=False, label=None) -> None:
        text = clean(text)
        found: list[tuple[int, str]] = []
        if REF_OPEN in text and not self.keep_marks:  # footnote marks: out of the text, their places recorded
            text, found = take_refs(text)
        if not text:
            return
        block = Block(text=text, line=self.lines.get(id(el)), bold=bold, italic=italic,
                      heading=heading, list_item=list_item, role=role, label=label)
        self.refs += [(block, at, key) for at, key in found]
        self.blocks.append(block)
        check_blocks(self.name, len(self.blocks))

    def para(self, el: ET.Element, role, *, heading=False, list_item=False, prefix="") -> None:
        text, bold, italic = style_of(self.inline(el))
        if heading and "vet" in el.get("kopopmaak", ""):
            bold = True
        if prefix:
            text = f"{prefix} {text}" if text else prefix
        self.emit(el, text, role, bold=bold, italic=italic, heading=heading, list_item=list_item)

    def walk(self, el: ET.Element, role) -> None:
        tag = el.tag
        handler = getattr(self, "_" + tag) if tag in _HANDLED else None
        if tag in _SKIP:
            return
        if tag in _QA:
            self.qa(el, _QA[tag])
        elif tag in _OMSCHR:
            self.omschrijving(el)
        elif handler is not None:
            handler(el, role)
        elif tag in _HEADINGS:
            self.para(el, role, heading=True)
        elif _has_own_text(el):
            self.para(el, role)
        else:
            for ch in el:
                self.walk(ch, role)

    def _al(self, el: ET.Element, role) -> None:
        self.para(el, role)

    def _noot(self, el: ET.Element, role) -> None:
        self.footnote(el)

    def _kamerstukkop(self, el: ET.Element, role) -> None:
        for ch in el:
            if ch.tag != "tekstregel":
                self.walk(ch, role)  # e.g. a kamervraagnummer inside the head
                continue
            text = self.text_of(ch)
            what = ch.get("inhoud", "")
            if what == "vergaderjaar" or re.match(r"Vergaderjaar", text, re.I):
                if session_year(text):
                    self.derived.setdefault("session_year", session_year(text))
            if house_of(text):
                self.derived.setdefault("house", house_of(text))
            self.emit(ch, text, "meta")

    _kamervraagkop = _kamerstukkop

    def _dossier(self, el: ET.Element, role) -> None:
        nr = el.find(".//dossiernr")
        extra = [c for c in el.iter() if "toevoeging" in c.tag]
        num = flat("".join(nr.itertext())) if nr is not None else ""
        if extra:
            num = f"{num} {flat(''.join(extra[0].itertext()))}".strip()
        title_el = el.find("titel")
        title = self.text_of(title_el) if title_el is not None else ""
        if num:
            self.derived.setdefault("dossier", _dossier_id(num))
        if title:
            self.derived.setdefault("title", title)
        self.emit(el, f"{num} {title}".strip(), "title")

    def _stuk(self, el: ET.Element, role) -> None:
        nr_el, title_el = el.find("stuknr"), el.find("titel")
        self.stuk_title(el, nr_el, title_el)
        for ch in el:
            if ch is not nr_el and ch is not title_el:
                self.walk(ch, role)

    def stuk_title(self, el: ET.Element, nr_el: ET.Element | None, title_el: ET.Element | None) -> None:
        """The ``Nr. 6 NOTA ...`` title block of a ``stuk`` and what it tells."""
        nr = self.text_of(nr_el) if nr_el is not None else ""
        title = self.text_of(title_el) if title_el is not None else ""
        m = re.search(r"(\d+|[A-Z]{1,3})\s*$", nr)
        if m:
            key = "document_number" if m[1].isdigit() else "document_letter"
            self.derived.setdefault(key, m[1])
        if title:
            self.derived.setdefault("document_type", flat(title).lower())
        if nr or title:
            self.emit(nr_el if nr_el is not None else el, f"{nr} {title}".strip(), "title", heading=True)

    def _datumtekst(self, el: ET.Element, role) -> None:
        d = el.find(".//datum")
        iso = iso_date(d.get("isodatum")) if d is not None else None
        if iso:
            self.derived.setdefault("date", iso)
        self.emit(el, self.text_of(el), "meta")

    def _kop(self, el: ET.Element, role) -> None:
        parts = [self.text_of(c) for c in el if c.tag not in _SKIP]
        if not len(el):
            parts = [self.text_of(el)]
        bold = style_of(self.inline(el))[1]
        self.emit(el, " ".join(p for p in parts if p), role, heading=True, bold=bold)

    def _lijst(self, el: ET.Element, role) -> None:
        for li in el:
            if li.tag == "li":
                self._li(li, role)
            else:
                self.walk(li, role)

    def _li(self, el: ET.Element, role) -> None:
        nr_el = el.find("li.nr")
        prefix = self.text_of(nr_el) if nr_el is not None else ""
        first = True
        for ch in el:
            if ch is nr_el:
                continue
            if ch.tag == "al" and first:
                self.para(ch, role, list_item=True, prefix=prefix)
                first = False
            elif ch.tag == "al":
                self.para(ch, role, list_item=True)
            else:
                self.walk(ch, role)
        if first:
            text = (el.text or "").strip()
            self.emit(el, f"{prefix} {text}".strip(), role, list_item=True)

    def _table(self, el: ET.Element, role) -> None:
        """A CALS table: its rows placed on the grid (``namest``/``nameend``,
        ``morerows``) and laid out as DOCX tables are (:func:`.tables.table_blocks`)."""
        for ch in el:
            if ch.tag == "title":
                self.para(ch, role, heading=True)
        for tg in [c for c in el if c.tag == "tgroup"] or [el]:
            names = {cs.get("colname"): i for i, cs in enumerate(c for c in tg if c.tag == "colspec")
                     if cs.get("colname")}
            row_els = [row for part in tg if part.tag in ("thead", "tbody", "tfoot") for row in part if row.tag == "row"]
            cells = grid_rows([[self._entry(e, names, role) for e in row if e.tag == "entry"] for row in row_els])
            if not is_qa_table(cells):  # any other table: a block per row, its cells joined by `` | ``
                for row in row_els:
                    self._row(row, role)
                continue
            for block in table_blocks(cells, self.warnings):
                found: list[tuple[int, str]] = []
                if REF_OPEN in block.text:
                    block.text, found = take_refs(block.text)
                if not block.text:
                    continue
                block.role = block.role or role
                self.refs += [(block, at, key) for at, key in found]
                self.blocks.append(block)
                check_blocks(self.name, len(self.blocks))

    def _entry(self, el: ET.Element, names: dict[str, int], role) -> CellSpec:
        start = names.get(el.get("namest") or el.get("colname") or "")
        end = names.get(el.get("nameend") or "")
        span = end - start + 1 if start is not None and end is not None and end >= start else 1
        try:
            more = max(0, min(int(el.get("morerows") or 0), 1000))
        except ValueError:
            more = 0
        saved, self.blocks, self.keep_marks = self.blocks, [], True
        try:
            if any(c.tag in _BLOCK_TAGS for c in el):
                for ch in el:
                    self.walk(ch, role)
            else:
                self.para(el, role)
            blocks = self.blocks
        finally:
            self.blocks, self.keep_marks = saved, False
        return CellSpec(blocks=blocks, span=span, more_rows=more, col=start)

    def _row(self, el: ET.Element, role) -> None:
        cells = [self.text_of(c) for c in el if c.tag == "entry"]
        self.emit(el, " | ".join(c for c in cells), role)

    def _ondertekening(self, el: ET.Element, role) -> None:
        if not len(el):
            self.para(el, role)
        for ch in el:
            self.emit(ch, self.text_of(ch), role)

    def _kamervraagnummer(self, el: ET.Element, role) -> None:
        self.derived.setdefault("_number", self.text_of(el).replace(" ", ""))

    def _kamervraagopmerking(self, el: ET.Element, role) -> None:
        text = self.text_of(el)
        is_mededeling = not self.has_answers or text.lower().startswith("mededeling")
        sub_role = "mededeling" if is_mededeling else role
        if any(c.tag == "al" for c in el):
            for ch in el:
                self.walk(ch, sub_role)
        else:
            self.para(el, sub_role)

    def omschrijving(self, el: ET.Element) -> None:
        d = el.find(".//datum")
        iso = iso_date(d.get("isodatum")) if d is not None else None
        typ = el.get("type", "")
        if iso:
            key = "date_submitted" if typ == "vraag" or (not typ and "ingezonden" in self.text_of(el)) else "date"
            self.derived.setdefault(key, iso)
        subject = el.find(".//kamervraagonderwerp")
        if subject is not None and typ != "antwoord":
            self.derived.setdefault("title", self.text_of(subject))
        self.emit(el, self.text_of(el))

    def qa(self, el: ET.Element, kind: str) -> None:
        """A ``vraag`` or ``antwoord``: the label block, then its paragraphs."""
        children = [c for c in el if c.tag not in _SKIP]
        label_el, label = None, None
        for ch in children:
            if ch.tag in _NR_TAGS:
                found = label_kind(self.text_of(ch), kind)
                label_el, label = ch, found[1] if found else self.text_of(ch)
                break
        if label_el is None and children and children[0].tag == "al":
            found = label_kind(self.text_of(children[0]), kind)
            if found:
                label_el, label = children[0], found[1]
        self.count[kind] += 1
        if label is None:
            word = "Vraag" if kind == "question" else "Antwoord"
            label = f"{word} {self.count[kind]}"
            self.warnings.append(f"{el.tag} without a number at line {self.lines.get(id(el))}; numbered {label} by position")
        self.emit(label_el if label_el is not None else el, label, f"{kind}-label", label=label)
        if not [c for c in children if c is not label_el] and _has_own_text(el):
            self.para(el, kind)
        for ch in children:
            if ch is not label_el:
                self.walk(ch, kind)


def _has_own_text(el: ET.Element) -> bool:
    if el.text and el.text.strip():
        return True
    return any(ch.tail and ch.tail.strip() for ch in el)


def _dossier_id(num: str) -> str:
    """``36 500`` -> ``36500``; ``36 800 K`` -> ``36800-K``; ``21 501-32`` -> ``21501-32``."""
    m = re.match(r"^(\d{1,3}\s?\d{3}(?:-[\dA-Z]+)?)(?:\s+([A-Z]{1,4}|[IVXL]+))?$", flat(num))
    if not m:
        return re.sub(r"\s", "", num)
    base = re.sub(r"\s", "", m[1])
    return f"{base}-{m[2]}" if m[2] else base
