"""A small, forgiving HTML tree for the HTML reader (stdlib ``html.parser``).

``decode_html`` picks the charset (BOM, ``<meta charset>``, ``http-equiv``
content type; else UTF-8 with a Windows-1252 fallback). ``build_tree``
returns a :class:`Node` tree with each element's source line. Tags that
never hold document text (``script``, ``style``, ``nav``, ``header``,
``footer``, ...) are dropped whole while building. Unclosed ``p``/``li``/
``td`` elements are closed the way browsers do, and stray end tags are ignored.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Elements whose whole content is dropped.
DROP = {"script", "style", "nav", "header", "footer", "noscript", "template", "form", "button",
        "svg", "iframe", "object", "select", "title"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}
#: A new one of these closes an open element of the listed kinds first.
_AUTO_CLOSE = {
    "p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"},
    "tr": {"tr", "td", "th"}, "td": {"td", "th"}, "th": {"td", "th"},
}
_BLOCKISH = {"div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
             "blockquote", "dl", "pre"}
_MAX_DEPTH = 250


@dataclass
class Node:
    """An element (``tag`` set) or a text node (``tag`` empty, ``text`` set)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list["Node"] = field(default_factory=list)
    text: str = ""
    line: int | None = None
    parent: "Node | None" = field(default=None, repr=False)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self):
        """This node and all descendants, in document order."""
        stack = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def find(self, pred) -> "Node | None":
        return next((n for n in self.iter() if n.tag and pred(n)), None)

    def text_content(self) -> str:
        return "".join(n.text for n in self.iter() if not n.tag)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML bytes; returns (text, encoding used)."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    head = data[:4096].decode("ascii", errors="replace")
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", head, re.I)
    if m:
        try:
            enc = codecs.lookup(m[1]).name
        except LookupError:
            enc = ""
        if enc in ("latin-1", "iso8859-1", "ascii"):
            enc = "cp1252"  # what browsers do with these labels
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]
        self.dropping = 0
        self.drop_tag = ""

    def handle_starttag(self, tag, attrs) -> None:
        if self.dropping:
            if tag == self.drop_tag:
                self.dropping += 1
            return
        if tag in DROP:
            self.dropping, self.drop_tag = 1, tag
            return
        closes = _AUTO_CLOSE.get(tag, set())
        if tag in _BLOCKISH:
            closes = closes | {"p"}
        while closes and self.stack[-1].tag in closes:
            self.stack.pop()
        node = Node(tag, {k: v or "" for k, v in attrs}, line=self.getpos()[0], parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < _MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if not self.dropping and tag not in VOID and self.stack[-1].tag == tag:
            self.stack.pop()
        elif self.dropping and tag == self.drop_tag:
            self.dropping -= 1

    def handle_endtag(self, tag) -> None:
        if self.dropping:
            if tag == self.drop_tag:
                self.dropping -= 1
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data) -> None:
        if self.dropping or not data:
            return
        parent = self.stack[-1]
        parent.children.append(Node("", text=data, line=self.getpos()[0], parent=parent))


def build_tree(text: str) -> Node:
    """Parse HTML text into a :class:`Node` tree (never raises on bad HTML)."""
    b = _Builder()
    b.feed(text)
    b.close()
    return b.root
