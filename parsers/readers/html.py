"""officielebekendmakingen HTML (and plain HTML) -> ``Source``.

The document text is taken from ``div.stuk`` (a ``div`` with class ``stuk``
or a class starting with ``stuk``), else ``main.global-main`` / ``main``,
else ``div#main-column``, else ``body``; navigation, headers, footers,
scripts and styles are dropped.

* ``div.vraag`` / ``div.antwoord``: the heading (``h2`` ``Vraag 1``) or
  ``p.nummer`` (``1``) becomes a ``question-label`` / ``answer-label``
  block; OB heads answers with ``Vraag 1`` too, which is normalised to
  ``Antwoord 1``. The paragraphs get role ``question`` / ``answer``.
* ``h1.kamervraagomschrijving_kop`` and the other header sentences are
  plain blocks; ``div.kamervraagopmerking`` is a ``mededeling`` when the
  page has no answers or the text is one.
* Footnotes (``div.voet``/``div.noot`` with ``span.nootnum``) go to
  ``Source.footnotes``; inline references (``a.nootnum``, ``sup`` links)
  are removed from the running text, and where they stood goes to
  ``Source.footnote_refs``.
* Every ``p``, heading, list item, table row and loose text run is a block;
  a paragraph that starts with an inline element (``<a>``, ``<em>``, a
  footnote anchor) is kept (OpenKamer drops those). ``strong``/``b`` and
  ``em``/``i`` give the bold and italic hints; ``ol`` items get their number.

The page is read as a stream (:class:`~.markup_dom.Events`), not as a
tree: a first, cheap pass finds the container (and whether the page has
answers; it stops as soon as both are known), the second emits blocks as
their elements end. Only an element that must be seen whole is kept as a
small tree until it ends (a table row, a footnote, a ``sup``, a
``kamervraagopmerking``), so memory stays proportional to the text, and a
page with more paragraphs than any real round is refused while it is read
(:mod:`.limits`).
"""

from __future__ import annotations

import re

from ..errors import ParseError
from ..messages import N_
from ..source import Block, Source
from . import limits
from .limits import check_blocks, too_big_element
from .markup_common import REF, REF_OPEN, Run, Seg, flat, label_kind, meta_from_pairs, ref_mark, style_of, take_refs
from .markup_dom import Events, Node, decode_html
from .markup_tables import grid_rows, html_cell
from .tables import is_qa_table, table_blocks

_BLOCK = {"p", "div", "section", "article", "main", "aside", "blockquote", "h1", "h2", "h3", "h4", "h5",
          "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "pre",
          "figure", "figcaption", "caption", "hr", "address", "center", "body", "html"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BOLD = {"strong", "b"}
_ITALIC = {"em", "i", "cite"}
_FOOTNOTE_CLASSES = {"voet", "noot", "voetnoot", "footnote"}
_WS = re.compile(r"\s+")

#: The container tests, best first (see the module docstring).
_CONTAINERS = (
    lambda tag, cls, attrs: tag == "div" and "stuk" in cls,
    lambda tag, cls, attrs: tag == "div" and any(c.startswith("stuk") and c != "stuktitel" for c in cls),
    lambda tag, cls, attrs: tag == "main" and "global-main" in cls,
    lambda tag, cls, attrs: tag == "div" and attrs.get("id") == "main-column",
    lambda tag, cls, attrs: tag == "main",
    lambda tag, cls, attrs: tag == "body",
)


def read_html(data: bytes, name: str = "") -> Source:
    """Read an HTML page (bytes) into a ``Source``."""
    name = name or "<html>"
    text, encoding = decode_html(data)
    del data
    survey = _Survey()
    try:
        Events(survey).run(text)
    except _Known:
        pass
    reader = _Reader(name, survey.container(), survey.has_answers)
    events = Events(reader)
    events.run(text)
    reader.finish()
    src = Source(blocks=reader.blocks, format="html", name=name, footnotes=reader.footnotes,
                 footnote_refs=reader.refs, meta=meta_from_pairs(reader.pairs), warnings=reader.warnings)
    if events.open_at is not None:
        src.warnings.append(f"markup left open at line {events.open_at} runs to the end of the file; "
                            "the rest is read as plain text")
    if encoding not in ("utf-8", "utf-8-sig"):
        src.warnings.append(f"decoded as {encoding}")
    if not src.blocks:
        raise ParseError(N_("{name}: de HTML-pagina bevat geen documenttekst"), name=name)
    return src


class _Known(Exception):
    """The survey has found all it looks for."""


class _Survey:
    """First pass: the ordinal of the container element and whether any
    element has the class ``antwoord``; stops once the best container and an
    answer are found."""

    def __init__(self) -> None:
        self.count = 0
        self.first: list[int | None] = [None] * len(_CONTAINERS)
        self.has_answers = False

    def start(self, tag: str, attrs: dict[str, str], line: int) -> None:
        cls = set(attrs.get("class", "").split())
        if "antwoord" in cls:
            self.has_answers = True
        for k, test in enumerate(_CONTAINERS):
            if self.first[k] is None and test(tag, cls, attrs):
                self.first[k] = self.count
        self.count += 1
        if self.has_answers and self.first[0] is not None:
            raise _Known

    def text(self, text: str, line: int | None) -> None:
        pass

    def end(self) -> None:
        pass

    def container(self) -> int | None:
        """Ordinal of the container's start tag, or None for the whole page."""
        return next((k for k in self.first if k is not None), None)


def _is_footnote_tag(tag: str, cls: set[str]) -> bool:
    return tag in ("div", "p", "li", "aside") and bool(_FOOTNOTE_CLASSES & cls)


def _is_footnote(n: Node) -> bool:
    return _is_footnote_tag(n.tag, n.classes)


def _is_note_ref_start(cls: set[str]) -> bool:
    return "nootnum" in cls or any(c.startswith("supernote") for c in cls)


def _ref_key(n: Node) -> str:
    """The number a footnote mark shows (``1``, ``1)``, ``*``)."""
    return " ".join(n.text_content().split()).strip("()*[] ") or "?"


def _is_note_ref(n: Node) -> bool:
    """An inline footnote reference: ``a.nootnum``, ``span.nootnum``, ``<sup><a href="#n1">1</a></sup>``."""
    if _is_note_ref_start(n.classes):
        return True
    if n.tag == "sup":
        text = n.text_content().strip()
        return bool(re.fullmatch(r"\d{1,3}[*)]?", text)) and n.find(lambda c: c.tag == "a") is not None
    return False


class _Frame:
    """One open element of the container, and what its content feeds.

    ``kind``: ``outside`` (not in the container), ``flow`` (a block whose
    inline content makes paragraphs), ``inline`` (styled text for the
    nearest flow), ``list`` (``ul``/``ol``), ``unit`` (kept whole as a
    :class:`Node` until it ends).
    """

    __slots__ = ("kind", "ctx", "run", "first_line", "flow", "bold", "italic", "after",
                 "n", "style", "ordered", "node", "unit", "line", "footnote")

    def __init__(self, kind: str, ctx: dict | None = None) -> None:
        self.kind = kind
        self.ctx = ctx
        self.run: Run | None = None
        self.first_line: int | None = None
        self.flow: _Frame | None = None
        self.bold = self.italic = False
        self.after: dict | None = None
        self.n = 1
        self.style = "1"
        self.ordered = False
        self.node: Node | None = None
        self.unit: str = ""
        self.line: int | None = None
        self.footnote = False


class _Reader:
    """Second pass: blocks, footnotes and meta from the events of the page."""

    def __init__(self, name: str, container: int | None, has_answers: bool) -> None:
        self.name = name
        self.blocks: list[Block] = []
        self.footnotes: dict[str, str] = {}
        #: (block index, offset, key) of each footnote mark: Source.footnote_refs
        self.refs: list[tuple[int, int, str]] = []
        self.warnings: list[str] = []
        self.pairs: list[tuple[str, str]] = []
        self.has_answers = has_answers
        self.count = {"question": 0, "answer": 0}
        self.container = container
        self.ordinal = 0
        self.unit_nodes = 0
        self.unit_tag, self.unit_line = "", None
        #: footnote elements open outside the container (their footnotes are not collected)
        self.outer_notes = 0
        self.collect = True
        self.replaying = False
        if container is None:  # no container: the whole page flows
            root = _Frame("flow", {"role": None})
            root.run = Run()
            self.frames = [root]
        else:
            self.frames = [_Frame("outside")]

    # -- events --------------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str], line: int) -> None:
        ordinal = self.ordinal
        self.ordinal += 1
        if tag == "meta" and not self.replaying:
            self.pairs.append((attrs.get("name", "") or attrs.get("property", ""), attrs.get("content", "")))
        parent = self.frames[-1]
        kind = parent.kind
        if kind == "unit":
            self._unit_child(parent, tag, attrs, line)
        elif kind == "outside":
            if ordinal == self.container:
                self.collect = self.outer_notes == 0
                frame = self._flow({"role": None})
            else:
                frame = _Frame("outside")
                frame.footnote = _is_footnote_tag(tag, set(attrs.get("class", "").split()))
                self.outer_notes += frame.footnote
            self.frames.append(frame)
        elif kind == "flow":
            cls = set(attrs.get("class", "").split())
            if tag in _BLOCK or _is_footnote_tag(tag, cls):
                self._flush_run(parent)
                self._block(tag, attrs, cls, line, parent.ctx)
            else:
                if parent.first_line is None:
                    parent.first_line = line
                self._inline(tag, attrs, cls, line, False, False, parent)
        elif kind == "inline":
            self._inline(tag, attrs, set(attrs.get("class", "").split()), line,
                         parent.bold, parent.italic, parent.flow)
        else:  # list
            if tag == "li":
                prefix = _ol_number(parent.n, parent.style) if parent.ordered else None
                parent.n += 1
                ctx = {**parent.ctx, "list_item": True, "prefix": prefix}
                if _is_footnote_tag(tag, set(attrs.get("class", "").split())):
                    self._unit("item", tag, attrs, line, ctx)  # an item and a footnote
                else:
                    self.frames.append(self._flow(ctx))
            else:
                self._block(tag, attrs, set(attrs.get("class", "").split()), line, parent.ctx)

    def text(self, text: str, line: int | None) -> None:
        frame = self.frames[-1]
        kind = frame.kind
        if kind == "flow":
            if frame.first_line is None and text.strip():
                frame.first_line = line
            frame.run.add(_WS.sub(" ", text))
        elif kind == "inline":
            frame.flow.run.add(_WS.sub(" ", text), frame.bold, frame.italic)
        elif kind == "unit":
            self._count_unit(frame, line)
            frame.node.children.append(Node("", text=text, line=line, parent=frame.node))
        elif kind == "list" and text.strip():
            # text straight inside ul/ol (not in an li): browsers show it, so do we
            run = Run()
            run.add(_WS.sub(" ", text))
            self.flush_run(run, line, frame.ctx)
        # text outside the container is not document text

    def end(self) -> None:
        frame = self.frames.pop()
        kind = frame.kind
        if kind == "flow":
            self._flush_run(frame)
            if frame.unit == "table":
                self._table(frame)
            if frame.after is not None:
                frame.after["labelled"] = True  # a heading labels its vraag/antwoord
        elif kind == "unit":
            if frame.unit:  # the element the unit started with
                self._unit_done(frame)
        elif kind == "outside":
            self.outer_notes -= frame.footnote

    def finish(self) -> None:
        """Flush what is still open at the end (only the root, when it flows)."""
        while self.frames:
            self.end()

    # -- frames --------------------------------------------------------
    def _flow(self, ctx: dict, after: dict | None = None) -> _Frame:
        frame = _Frame("flow", ctx)
        frame.run = Run()
        frame.after = after
        return frame

    def _unit(self, unit: str, tag: str, attrs: dict[str, str], line: int, ctx: dict | None = None,
              flow: _Frame | None = None, bold: bool = False, italic: bool = False) -> None:
        frame = _Frame("unit", ctx)
        frame.unit = unit
        frame.node = Node(tag, attrs, line=line)
        frame.line = line
        frame.flow, frame.bold, frame.italic = flow, bold, italic
        self.unit_nodes = 1
        self.unit_tag, self.unit_line = tag, line
        self.frames.append(frame)

    def _count_unit(self, frame: _Frame, line: int | None) -> None:
        self.unit_nodes += 1
        if self.unit_nodes > limits.MAX_UNIT_NODES:
            raise too_big_element(self.name, f"<{self.unit_tag}>-element", self.unit_line)

    def _unit_child(self, parent: _Frame, tag: str, attrs: dict[str, str], line: int) -> None:
        self._count_unit(parent, line)
        node = Node(tag, attrs, line=line, parent=parent.node)
        parent.node.children.append(node)
        frame = _Frame("unit")
        frame.node = node
        self.frames.append(frame)

    def _block(self, tag: str, attrs: dict[str, str], cls: set[str], line: int, ctx: dict) -> None:
        """A block element in a flow (or list): what :meth:`start` pushes for it."""
        if _is_footnote_tag(tag, cls) or tag == "hr":
            self._unit("footnote" if tag != "hr" else "drop", tag, attrs, line)
        elif tag == "div" and ("vraag" in cls or "antwoord" in cls):
            kind = "question" if "vraag" in cls else "answer"
            self.frames.append(self._flow({"role": kind, "qa": {"kind": kind, "labelled": False}}))
        elif "kamervraagopmerking" in cls:
            self._unit("opmerking", tag, attrs, line, ctx)
        elif tag in _HEADINGS:
            self.frames.append(self._flow({**ctx, "heading": True}, after=ctx.get("qa")))
        elif tag == "p" and "nummer" in cls:
            self.frames.append(self._flow({**ctx, "nummer": True}))
        elif tag in ("ul", "ol"):
            frame = _Frame("list", ctx)
            frame.n = _int(attrs.get("start"), 1)
            frame.style = attrs.get("type", "1")
            frame.ordered = tag == "ol"
            self.frames.append(frame)
        elif tag == "tr":
            self._unit("tr", tag, attrs, line, ctx)
        elif tag == "table" and ctx.get("qa") is None:
            # rows are kept until the table ends, then laid out as one table
            frame = self._flow({**ctx, "table": []})
            frame.unit = "table"
            self.frames.append(frame)
        else:
            self.frames.append(self._flow(ctx))

    def _inline(self, tag: str, attrs: dict[str, str], cls: set[str], line: int, bold: bool,
                italic: bool, flow: _Frame) -> None:
        """An inline element: styled text for ``flow``'s run."""
        if tag == "br":
            flow.run.add("\n", bold, italic)
            self.frames.append(_Frame("unit"))  # no content; ended at once
        elif tag in ("img", "input"):
            self._unit("drop", tag, attrs, line)
        elif tag == "sup" or _is_footnote_tag(tag, cls) or _is_note_ref_start(cls):
            # kept whole: a footnote mark is put in the run as where it stood
            self._unit("inline", tag, attrs, line, flow=flow, bold=bold, italic=italic)
        else:
            frame = _Frame("inline")
            frame.flow = flow
            frame.bold = bold or tag in _BOLD
            frame.italic = italic or tag in _ITALIC
            self.frames.append(frame)

    def _unit_done(self, frame: _Frame) -> None:
        node = frame.node
        if frame.unit in ("opmerking", "item"):
            if frame.unit == "item":  # a list item with a footnote's class is both
                self._collect_footnotes(node)
                ctx = frame.ctx
            else:  # its role depends on its whole text
                text = " ".join(node.text_content().split())
                med = not self.has_answers or text.lower().startswith("mededeling")
                ctx = {**frame.ctx, "role": "mededeling" if med else frame.ctx.get("role")}
            # read it now, as the events it was kept from
            self.frames.append(self._flow(ctx))
            self.replaying, collect = True, self.collect
            if frame.unit == "item":
                self.collect = False  # footnotes inside a footnote are part of it
            for child in node.children:
                self._replay(child)
            self.replaying, self.collect = False, collect
            self.end()
            return
        self._collect_footnotes(node)
        if frame.unit == "inline" and not _is_note_ref(node):
            segs: list[Seg] = []
            self.inline_node(node, frame.bold, frame.italic, segs)
            frame.flow.run.add_segs(segs)
        elif frame.unit == "inline":  # a footnote mark: where it stood
            frame.flow.run.add_segs([Seg(ref_mark(_ref_key(node)))])
        elif frame.unit == "tr" and frame.ctx.get("table") is not None:
            frame.ctx["table"].append(node)
        elif frame.unit == "tr":
            self._row(node, frame.ctx)

    def _row(self, node: Node, ctx: dict) -> None:
        """A table row as one block, its cells joined by `` | ``."""
        cells = []
        for c in node.children:
            segs = []
            self.inline_node(c, False, False, segs)
            cell = style_of(segs)[0].replace("\n", " ")
            if c.tag in ("td", "th") or cell:  # text outside a cell is a cell too
                cells.append(cell)
        self.flush([Seg(" | ".join(cells))], node.line, ctx)

    def _replay(self, node: Node) -> None:
        """Deliver a kept subtree as events again."""
        stack: list[tuple[Node, bool]] = [(node, False)]
        while stack:
            n, done = stack.pop()
            if done:
                self.end()
            elif not n.tag:
                self.text(n.text, n.line)
            else:
                self.start(n.tag, n.attrs, n.line)
                stack.append((n, True))
                stack.extend((c, False) for c in reversed(n.children))

    # -- footnotes -----------------------------------------------------
    def _collect_footnotes(self, node: Node) -> None:
        """Footnotes in a kept subtree: each outermost footnote element."""
        if not self.collect:
            return
        stack = [node]
        while stack:
            n = stack.pop()
            if n.tag and _is_footnote(n):
                self._footnote(n)
                continue  # a footnote inside a footnote is part of it
            stack.extend(reversed(n.children))

    def _footnote(self, n: Node) -> None:
        num_node = n.find(lambda c: "nootnum" in c.classes)
        key = " ".join(num_node.text_content().split()) if num_node else ""
        inside = set()
        if num_node is not None:
            inside = {id(t) for t in num_node.iter()}
        body = " ".join(t.text for t in n.iter() if not t.tag and id(t) not in inside)
        body = " ".join(body.split())
        if not key:
            m = re.match(r"(\d{1,3})\s+(.*)", body, re.S)
            key, body = (m[1], m[2]) if m else (str(len(self.footnotes) + 1), body)
        self.footnotes[key.rstrip(".")] = body

    # -- inline --------------------------------------------------------
    def inline_node(self, node: Node, bold: bool, italic: bool, out: list[Seg]) -> None:
        """The inline text of a kept subtree (as a flow reads inline content)."""
        if not node.tag:
            out.append(Seg(_WS.sub(" ", node.text), bold, italic))
            return
        if node.tag == "br":
            out.append(Seg("\n", bold, italic))
            return
        if _is_note_ref(node):
            out.append(Seg(ref_mark(_ref_key(node)), bold, italic))  # where the mark stood
            return
        if node.tag in ("img", "input"):
            return
        b = bold or node.tag in _BOLD
        i = italic or node.tag in _ITALIC
        # a table read inline (nested in a cell): cells apart by `` | ``, rows by ``; ``
        sep = " | " if node.tag == "tr" else "; " if node.tag in ("table", "thead", "tbody", "tfoot") else ""
        first = True
        for ch in node.children:
            if ch.tag in ("td", "th", "tr") and sep:
                if not first:
                    out.append(Seg(sep, b, i))
                first = False
            elif ch.tag in _BLOCK and out and not out[-1].text[-1:].isspace():
                out.append(Seg(" ", b, i))  # ``<p>a</p><p>b</p>`` inline: two words, not ``ab``
            self.inline_node(ch, b, i, out)

    # -- blocks --------------------------------------------------------
    def _flush_run(self, frame: _Frame) -> None:
        if frame.run:
            self.flush_run(frame.run, frame.first_line, frame.ctx)
            frame.run = Run()
        frame.first_line = None

    def flush(self, segs: list[Seg], line: int | None, ctx: dict) -> None:
        run = Run()
        run.add_segs(segs)
        self.flush_run(run, line, ctx)

    def flush_run(self, run: Run, line: int | None, ctx: dict) -> None:
        text, bold, italic = run.style()
        found: list[tuple[int, str]] = []
        if REF_OPEN in text:  # footnote marks: out of the text, their places kept
            text, found = take_refs(text)
        if not text:
            return
        prefix = ctx.get("prefix")
        if prefix:
            ctx["prefix"] = None
            if not text.startswith(prefix):
                text = f"{prefix} {text}"
                found = [(at + len(prefix) + 1, key) for at, key in found]
        role = ctx.get("role")
        qa = ctx.get("qa")
        if qa is not None and not qa["labelled"]:
            qa["labelled"] = True
            label = label_kind(text, qa["kind"])
            if label and (ctx.get("heading") or ctx.get("nummer") or len(text) < 40):
                self.label(qa["kind"], label[1], line)
                return
            word = "Vraag" if qa["kind"] == "question" else "Antwoord"
            self.label(qa["kind"], f"{word} {self.count[qa['kind']] + 1}", line, synthetic=True)
        block = Block(text=text, line=line, bold=bold, italic=italic, role=role,
                      heading=bool(ctx.get("heading")), list_item=bool(ctx.get("list_item")))
        self.refs += [(len(self.blocks), at, key) for at, key in found]
        self._append(block)

    def _table(self, frame: _Frame) -> None:
        """The rows of a table that ended, laid out as :func:`.tables.table_blocks` does
        for DOCX and ODT (question/answer tables get roles; merged cells answer once)."""
        cells = grid_rows([[html_cell(c, self.inline_node) for c in tr.children if c.tag in ("td", "th")]
                           for tr in frame.ctx["table"]])
        if not is_qa_table(cells):  # any other table: a block per row, its cells joined by `` | ``
            for tr in frame.ctx["table"]:
                self._row(tr, frame.ctx)
            return
        for block in table_blocks(cells, self.warnings):
            found: list[tuple[int, str]] = []
            if REF_OPEN in block.text:
                block.text, found = take_refs(block.text)
            if not block.text:
                continue
            if block.role is None:
                block.role = frame.ctx.get("role")
            self.refs += [(len(self.blocks), at, key) for at, key in found]
            self._append(block)

    def label(self, kind: str, label: str, line: int | None, synthetic: bool = False) -> None:
        self.count[kind] += 1
        if synthetic:
            self.warnings.append(f"{'vraag' if kind == 'question' else 'antwoord'} without a number at line {line}; numbered {label} by position")
        self._append(Block(text=label, line=line, role=f"{kind}-label", label=label))

    def _append(self, block: Block) -> None:
        self.blocks.append(block)
        check_blocks(self.name, len(self.blocks))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


def _ol_number(n: int, style: str) -> str:
    if style in ("a", "A") and 1 <= n <= 26:
        c = chr(ord("a") + n - 1)
        return (c.upper() if style == "A" else c) + "."
    if style in ("i", "I"):
        r = _roman(n)
        return (r.upper() if style == "I" else r) + "."
    return f"{n}."


def _roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                 (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out, n = out + s, n - v
    return out
