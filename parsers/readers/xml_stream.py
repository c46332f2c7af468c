"""Read OB XML as a stream: keep whole only the elements a handler needs.

The XML reader (:mod:`.xml`) decides per element what it becomes. Most
elements that make blocks (``al``, ``kop``, ``vraag``, ``antwoord``,
``lijst``, ``noot``, the head elements ...) are read from their whole
subtree, which is small; the elements around them (``officiele-publicatie``,
``kamerstuk``, ``stuk``, ``divisie``, ``tekst`` ...) only pass their children
on. So only those *units* are built as ``ElementTree`` elements while the
expat events stream by; each is handed to the reader as soon as it ends and
then freed. Memory is proportional to the largest unit, not the document,
and a unit with more than :data:`~.limits.MAX_UNIT_NODES` nodes is refused.

A pass-through element that turns out to have text of its own (mixed
content, which OB XML does not use there) becomes a unit from that text on:
the children already handed over stay separate blocks; the rest, with the
child just before the text, is read as one paragraph. No text is lost.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from . import limits
from .limits import too_big_element
from .markup_xml import stream_xml
from .xml_tags import _HANDLED, _HEADINGS, _OMSCHR, _QA, _SKIP

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol

    from ..source import Block

    class ElementReader(Protocol):
        """What the stream needs of the reader (``xml._Reader``)."""

        blocks: list[Block]
        derived: dict[str, str]
        lines: dict[int, int]
        pairs: list[tuple[str, str]]
        meta: object

        def stuk_title(self, el: ET.Element, nr: object, title: object) -> None: ...
        def walk(self, el: ET.Element, role: str | None) -> None: ...

_TITLE_FACTS = ("document_number", "document_letter", "document_type")

#: Elements read as a whole (besides ``stuk``, which passes its children on).
_UNITS = (set(_QA) | _OMSCHR | _HEADINGS | _HANDLED) - {"stuk"}


class _Frame:
    """An open element: ``kind`` is ``skip``, ``pass`` (children handed on),
    ``stuk``, ``unit`` (the root of a kept subtree), ``part`` (inside one) or
    ``mixed`` (a pass-through element become a unit)."""

    __slots__ = ("kind", "el", "role", "pending", "tail", "held", "at", "known")

    def __init__(self, kind: str, el: ET.Element | None = None, role=None) -> None:
        self.kind = kind
        self.el = el
        self.role = role
        #: A finished child whose tail is not known yet (``pass`` frames).
        self.pending: ET.Element | None = None
        self.tail: list[str] = []
        #: ``stuk``: its first ``stuknr`` and ``titel``, kept for the title block,
        #: which goes where the ``stuk`` started (``at``) once it has ended.
        self.held: dict[str, ET.Element] = {}
        self.at = 0
        #: ``stuk``: the derived facts known when it started.
        self.known: set[str] = set()


class _Stream:
    def __init__(self, reader: ElementReader, name: str) -> None:
        self.reader = reader
        self.name = name
        self.frames: list[_Frame] = []
        self.text: list[str] = []
        self.nodes = 0

    # -- expat events ----------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str], line: int) -> None:
        r = self.reader
        if self.text:
            self._flush_text()
        if tag == "meta":
            r.pairs.append((attrs.get("name", ""), attrs.get("content", "")))
        if not r.kind:
            if tag in ("kamervragen", "vragen"):
                r.kind = "kamervragen"
            elif tag == "kamerstuk":
                r.kind = "kamerstuk"
        parent = self.frames[-1] if self.frames else None
        if parent is None:
            self.frames.append(self._open(tag, attrs, line, None))
            return
        kind = parent.kind
        if kind in ("unit", "part", "mixed"):
            self.nodes += 1
            if self.nodes > limits.MAX_UNIT_NODES:
                unit = next(f.el for f in reversed(self.frames) if f.kind in ("unit", "mixed"))
                raise too_big_element(self.name, f"<{unit.tag}>-element", r.lines.get(id(unit)))
            el = ET.SubElement(parent.el, tag, attrs)
            r.lines[id(el)] = line
            self.frames.append(_Frame("part", el))
        elif kind == "skip":
            self.frames.append(_Frame("skip"))
        elif kind == "pass":
            self._settle(parent)
            self.frames.append(self._open(tag, attrs, line, parent.role))
        else:  # stuk
            unit = tag in ("stuknr", "titel") and tag not in parent.held
            self.frames.append(self._open(tag, attrs, line, parent.role, unit=unit))

    def data(self, text: str) -> None:
        self.text.append(text)

    def end(self, tag: str) -> None:
        if self.text:
            self._flush_text()
        frame = self.frames.pop()
        kind = frame.kind
        if kind in ("unit", "mixed"):
            self._finished(frame.el, frame.role)
        elif kind == "pass":
            self._settle(frame)
        elif kind == "stuk":
            self._title(frame)

    # -- frames --------------------------------------------------------
    def _open(self, tag: str, attrs: dict[str, str], line: int, role, unit: bool = False) -> _Frame:
        if tag in _SKIP:
            return _Frame("skip")
        el = ET.Element(tag, attrs)
        self.reader.lines[id(el)] = line
        if tag == "stuk" and not unit:
            frame = _Frame("stuk", el, role)
            frame.at = len(self.reader.blocks)
            frame.known = set(self.reader.derived)
            return frame
        if unit or tag in _UNITS:
            self.nodes = 1
            return _Frame("unit", el, role)
        return _Frame("pass", el, role)

    def _flush_text(self) -> None:
        text = "".join(self.text)
        self.text = []
        frame = self.frames[-1] if self.frames else None
        if frame is None:
            return
        kind = frame.kind
        if kind in ("unit", "part", "mixed"):
            el = frame.el
            if len(el):
                last = el[-1]
                last.tail = (last.tail or "") + text
            else:
                el.text = (el.text or "") + text
        elif kind == "pass":
            if text.strip():
                self._mix(frame, text)
            elif frame.pending is not None:
                frame.tail.append(text)

    def _mix(self, frame: _Frame, text: str) -> None:
        """A pass-through element has text of its own: a unit from here on."""
        el = frame.el
        if frame.pending is not None:
            child = frame.pending
            child.tail = "".join(frame.tail) + text
            el.append(child)
            frame.pending, frame.tail = None, []
        else:
            el.text = (el.text or "") + text
        frame.kind = "mixed"
        self.nodes = 1

    def _finished(self, el: ET.Element, role) -> None:
        """A unit (or mixed element) ended: hand it over, or keep it pending
        in a pass-through parent until its tail is known."""
        parent = self.frames[-1] if self.frames else None
        if parent is not None and parent.kind == "pass":
            parent.pending = el
            parent.tail = []
        elif parent is not None and parent.kind == "stuk" and el.tag in ("stuknr", "titel") \
                and el.tag not in parent.held:
            parent.held[el.tag] = el
        else:
            self._hand_over(el, role)

    def _settle(self, frame: _Frame) -> None:
        if frame.pending is not None:
            el, frame.pending, frame.tail = frame.pending, None, []
            self._hand_over(el, frame.role)

    def _title(self, frame: _Frame) -> None:
        """The title block of an ended ``stuk``, put before its content."""
        blocks, derived = self.reader.blocks, self.reader.derived
        after = blocks[frame.at:]
        del blocks[frame.at:]
        # what a nested stuk set meanwhile comes after this title, as in the document
        later = {k: derived.pop(k) for k in _TITLE_FACTS if k in derived and k not in frame.known}
        self.reader.stuk_title(frame.el, frame.held.get("stuknr"), frame.held.get("titel"))
        for k, v in later.items():
            derived.setdefault(k, v)
        blocks.extend(after)
        for el in frame.held.values():
            self._forget(el)
        frame.held = {}

    def _hand_over(self, el: ET.Element, role) -> None:
        self.reader.walk(el, role)
        self._forget(el)

    def _forget(self, el: ET.Element) -> None:
        lines = self.reader.lines
        for e in el.iter():
            lines.pop(id(e), None)


def read_stream(data: bytes, name: str, reader: ElementReader) -> None:
    """Feed the XML ``data`` through ``reader`` unit by unit (see module doc)."""
    from .markup_common import meta_from_pairs

    stream = _Stream(reader, name)
    stream_xml(data, name, stream.start, stream.end, stream.data)
    reader.meta = meta_from_pairs(reader.pairs)
