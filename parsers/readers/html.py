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
  are removed from the running text.
* Every ``p``, heading, list item, table row and loose text run is a block;
  a paragraph that starts with an inline element (``<a>``, ``<em>``, a
  footnote anchor) is kept (OpenKamer drops those). ``strong``/``b`` and
  ``em``/``i`` give the bold and italic hints; ``ol`` items get their number.
"""

from __future__ import annotations

import re

from ..errors import ParseError
from ..source import Block, Source
from .markup_common import Seg, label_kind, meta_from_pairs, style_of
from .markup_dom import Node, build_tree, decode_html

_BLOCK = {"p", "div", "section", "article", "main", "aside", "blockquote", "h1", "h2", "h3", "h4", "h5",
          "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "pre",
          "figure", "figcaption", "caption", "hr", "address", "center", "body", "html"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BOLD = {"strong", "b"}
_ITALIC = {"em", "i", "cite"}
_FOOTNOTE_CLASSES = {"voet", "noot", "voetnoot", "footnote"}


def read_html(data: bytes, name: str = "") -> Source:
    """Read an HTML page (bytes) into a ``Source``."""
    name = name or "<html>"
    text, encoding = decode_html(data)
    root = build_tree(text)
    reader = _Reader()
    pairs = [(n.attrs.get("name", "") or n.attrs.get("property", ""), n.attrs.get("content", ""))
             for n in root.iter() if n.tag == "meta"]
    reader.has_answers = any(n.tag and "antwoord" in n.classes for n in root.iter())
    container = find_container(root)
    reader.collect_footnotes(container)
    reader.flow(container, {"role": None})
    src = Source(blocks=reader.blocks, format="html", name=name, footnotes=reader.footnotes,
                 meta=meta_from_pairs(pairs), warnings=reader.warnings)
    if encoding not in ("utf-8", "utf-8-sig"):
        src.warnings.append(f"decoded as {encoding}")
    if not src.blocks:
        raise ParseError(f"{name}: the HTML page holds no document text")
    return src


def find_container(root: Node) -> Node:
    """The element that holds the publication text (see module docstring)."""
    tests = [
        lambda n: n.tag == "div" and "stuk" in n.classes,
        lambda n: n.tag == "div" and any(c.startswith("stuk") and c != "stuktitel" for c in n.classes),
        lambda n: n.tag == "main" and "global-main" in n.classes,
        lambda n: n.tag == "div" and n.attrs.get("id") == "main-column",
        lambda n: n.tag == "main",
        lambda n: n.tag == "body",
    ]
    for test in tests:
        found = root.find(test)
        if found is not None:
            return found
    return root


def _is_footnote(n: Node) -> bool:
    return n.tag in ("div", "p", "li", "aside") and bool(_FOOTNOTE_CLASSES & n.classes)


def _is_note_ref(n: Node) -> bool:
    """An inline footnote reference: ``a.nootnum``, ``span.nootnum``, ``<sup><a href="#n1">1</a></sup>``."""
    if "nootnum" in n.classes or any(c.startswith("supernote") for c in n.classes):
        return True
    if n.tag == "sup":
        text = n.text_content().strip()
        return bool(re.fullmatch(r"\d{1,3}[*)]?", text)) and n.find(lambda c: c.tag == "a") is not None
    return False


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.footnotes: dict[str, str] = {}
        self.warnings: list[str] = []
        self.has_answers = False
        self.count = {"question": 0, "answer": 0}

    # -- footnotes -----------------------------------------------------
    def collect_footnotes(self, container: Node) -> None:
        for n in container.iter():
            if n.tag and _is_footnote(n) and not any(_is_footnote(a) for a in _ancestors(n)):
                num_node = n.find(lambda c: "nootnum" in c.classes)
                key = " ".join(num_node.text_content().split()) if num_node else ""
                body = " ".join(
                    t.text for t in n.iter() if not t.tag and not _inside(t, num_node)
                )
                body = " ".join(body.split())
                if not key:
                    m = re.match(r"(\d{1,3})\s+(.*)", body, re.S)
                    key, body = (m[1], m[2]) if m else (str(len(self.footnotes) + 1), body)
                self.footnotes[key.rstrip(".")] = body

    # -- inline --------------------------------------------------------
    def inline(self, node: Node, bold: bool, italic: bool, out: list[Seg]) -> None:
        if not node.tag:
            out.append(Seg(re.sub(r"\s+", " ", node.text), bold, italic))
            return
        if node.tag == "br":
            out.append(Seg("\n", bold, italic))
            return
        if _is_note_ref(node) or node.tag in ("img", "input"):
            return
        b = bold or node.tag in _BOLD
        i = italic or node.tag in _ITALIC
        for ch in node.children:
            self.inline(ch, b, i, out)

    # -- blocks --------------------------------------------------------
    def flow(self, node: Node, ctx: dict) -> None:
        """Emit the children of ``node``: inline runs become paragraphs."""
        run: list[Seg] = []
        first_line = None
        for ch in node.children:
            if ch.tag and (ch.tag in _BLOCK or _is_footnote(ch)):
                self.flush(run, first_line, ctx)
                run, first_line = [], None
                self.block(ch, ctx)
            else:
                if first_line is None and (ch.tag or ch.text.strip()):
                    first_line = ch.line
                self.inline(ch, False, False, run)
        self.flush(run, first_line, ctx)

    def flush(self, segs: list[Seg], line: int | None, ctx: dict) -> None:
        text, bold, italic = style_of(segs)
        if not text:
            return
        prefix = ctx.get("prefix")
        if prefix:
            ctx["prefix"] = None
            if not text.startswith(prefix):
                text = f"{prefix} {text}"
        role = ctx.get("role")
        qa = ctx.get("qa")
        if qa is not None and not qa["labelled"]:
            qa["labelled"] = True
            found = label_kind(text, qa["kind"])
            if found and (ctx.get("heading") or ctx.get("nummer") or len(text) < 40):
                self.label(qa["kind"], found[1], line)
                return
            word = "Vraag" if qa["kind"] == "question" else "Antwoord"
            self.label(qa["kind"], f"{word} {self.count[qa['kind']] + 1}", line, synthetic=True)
        self.blocks.append(Block(text=text, line=line, bold=bold, italic=italic, role=role,
                                 heading=bool(ctx.get("heading")), list_item=bool(ctx.get("list_item"))))

    def label(self, kind: str, label: str, line: int | None, synthetic: bool = False) -> None:
        self.count[kind] += 1
        if synthetic:
            self.warnings.append(f"{'vraag' if kind == 'question' else 'antwoord'} without a number at line {line}; numbered {label} by position")
        self.blocks.append(Block(text=label, line=line, role=f"{kind}-label", label=label))

    def block(self, node: Node, ctx: dict) -> None:
        tag, cls = node.tag, node.classes
        if _is_footnote(node) or tag == "hr":
            return
        if tag == "div" and ("vraag" in cls or "antwoord" in cls):
            kind = "question" if "vraag" in cls else "answer"
            self.flow(node, {"role": kind, "qa": {"kind": kind, "labelled": False}})
            return
        if "kamervraagopmerking" in cls:
            text = " ".join(node.text_content().split())
            med = not self.has_answers or text.lower().startswith("mededeling")
            self.flow(node, {**ctx, "role": "mededeling" if med else ctx.get("role")})
            return
        if tag in _HEADINGS:
            self.flow(node, {**ctx, "heading": True})
            ctx_qa = ctx.get("qa")
            if ctx_qa is not None:
                ctx_qa["labelled"] = True
            return
        if tag == "p" and "nummer" in cls:
            self.flow(node, {**ctx, "nummer": True})
            return
        if tag in ("ul", "ol"):
            self.list_(node, ctx)
            return
        if tag == "tr":
            cells = []
            for c in node.children:
                if c.tag in ("td", "th"):
                    segs: list[Seg] = []
                    self.inline(c, False, False, segs)
                    cells.append(style_of(segs)[0].replace("\n", " "))
            self.flush([Seg(" | ".join(cells))], node.line, ctx)
            return
        self.flow(node, ctx)

    def list_(self, node: Node, ctx: dict) -> None:
        n = _int(node.attrs.get("start"), 1)
        style = node.attrs.get("type", "1")
        for li in node.children:
            if li.tag != "li":
                if li.tag:
                    self.block(li, ctx)
                continue
            prefix = _ol_number(n, style) if node.tag == "ol" else None
            self.flow(li, {**ctx, "list_item": True, "prefix": prefix})
            n += 1


def _ancestors(n: Node):
    p = n.parent
    while p is not None:
        yield p
        p = p.parent


def _inside(t: Node, anc: Node | None) -> bool:
    return anc is not None and any(a is anc for a in _ancestors(t))


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
