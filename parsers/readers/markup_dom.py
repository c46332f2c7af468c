"""HTML as a stream of events for the HTML reader, in linear time.

``decode_html`` picks the charset (a BOM, UTF-16 without one, ``<meta
charset>``, ``http-equiv`` content type; else UTF-8 with a Windows-1252
fallback).

:func:`tokens` splits HTML text into start tags, end tags and text with a
single forward scan: every character is looked at a bounded number of
times, whatever the input. (The standard library's ``html.parser`` takes
quadratic time on unterminated tags, comments and quoted attributes on the
Pythons this runs on: 100 KB of ``<a b=`` took minutes.) Character
references are decoded as ``html.unescape`` does. Markup left open at the
end of the file (a ``<`` whose tag never closes) is kept, from there on, as
plain text, with a warning, so no text disappears.

:class:`Events` turns the tokens into properly nested ``start``/``text``/
``end`` calls on a handler, the way a forgiving tree builder would: tags
that never hold document text (``script``, ``style``, ``nav``, ``header``,
``footer``, ...) are dropped whole, and so is any element whose ``role``,
``class`` or ``id`` names site furniture (a cookie banner, a menu, breadcrumbs,
a skip link, a sidebar, the site header or footer: :func:`furniture_element`); unclosed ``p``/``li``/``td`` elements
are closed the way browsers do; stray end tags are ignored; nesting deeper
than :data:`MAX_DEPTH` is flattened. No tree is built: the reader keeps only
what it needs (see :mod:`.html`). :class:`Node` is the small tree the reader
uses for the few elements it must see whole (a table row, a footnote).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from html import unescape

#: Elements whose whole content is dropped.
DROP = {"script", "style", "nav", "header", "footer", "noscript", "template", "form", "button",
        "svg", "iframe", "object", "select", "title"}
#: ARIA roles of site furniture around the document (menus, cookie dialogs, site header and footer).
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar"}
#: Class or id words of site furniture: a cookie banner, menus, breadcrumbs, a skip link, a
#: sidebar, the site header and footer (a whole word; OB's ``voet`` footnotes are text).
_DROP_NAMES = re.compile(
    r"^(?:cookie\S*|\S*-?consent|gdpr\S*|breadcrumbs?|skip-?links?|skip-to-content|navbar|nav|navigation"
    r"|(?:main-|site-|top-|mega-?)?menu|sidebar|(?:site-|page-)?(?:header|footer)|social-share|share-buttons)$",
    re.I)


def furniture_element(attrs: dict[str, str]) -> bool:
    """Does the element's ``role``, ``class`` or ``id`` name site furniture?"""
    if attrs.get("role", "").strip().lower() in _DROP_ROLES:
        return True
    names = attrs.get("class", "").split() + attrs.get("id", "").split()
    return any(_DROP_NAMES.match(n) for n in names)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}
#: Elements whose content is raw text up to their end tag (no markup inside).
RAW_TEXT = {"script", "style"}
#: A new one of these closes an open element of the listed kinds first.
_AUTO_CLOSE = {
    "p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"},
    "tr": {"tr", "td", "th"}, "td": {"td", "th"}, "th": {"td", "th"},
}
_BLOCKISH = {"div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
             "blockquote", "dl", "pre"}
MAX_DEPTH = 250


class Node:
    """An element (``tag`` set) or a text node (``tag`` empty, ``text`` set)."""

    __slots__ = ("tag", "attrs", "children", "text", "line", "parent")

    def __init__(self, tag: str, attrs: dict[str, str] | None = None, text: str = "",
                 line: int | None = None, parent: Node | None = None) -> None:
        self.tag = tag
        self.attrs = attrs or {}
        self.children: list[Node] = []
        self.text = text
        self.line = line
        self.parent = parent

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

    def find(self, pred) -> Node | None:
        return next((n for n in self.iter() if n.tag and pred(n)), None)

    def text_content(self) -> str:
        return "".join(n.text for n in self.iter() if not n.tag)


# -- decoding -------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML bytes; returns (text, encoding used)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    if data[:2] in (b"<\x00", b"\x00<"):  # UTF-16 without a BOM
        enc = "utf-16-le" if data[:1] == b"<" else "utf-16-be"
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
        if enc.startswith(("utf-16", "utf-32")):
            enc = ""  # the bytes are ASCII-compatible (the label was read): a wrong label
        if enc:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


# -- tokens ---------------------------------------------------------------------

_SPACE = "\t\n\r\f "
_NAME = re.compile(r"[a-zA-Z][^\t\n\r\f />]*")
_ATTR_NAME = re.compile(r"[^\t\n\r\f />][^\t\n\r\f /=>]*")
_UNQUOTED = re.compile(r"[^\t\n\r\f >]*")
_SKIP_SPACE = re.compile(r"[\t\n\r\f ]*")

START, END, TEXT, OPEN = "start", "end", "text", "open"


class _Unterminated(Exception):
    """A construct runs into the end of the text."""


def _raw_end(tag: str) -> re.Pattern[str]:
    return re.compile(rf"</{tag}[\t\n\r\f />]", re.I)


_RAW_END = {tag: _raw_end(tag) for tag in RAW_TEXT}


def _start_tag(text: str, i: int) -> tuple[str, dict[str, str], bool, int]:
    """The start tag at ``text[i] == "<"``: (name, attributes, self-closing, end).

    Each character is read once; a tag (or a quoted value) that never ends
    raises :class:`_Unterminated`.
    """
    m = _NAME.match(text, i + 1)
    assert m is not None
    name = m[0].lower()
    pos = m.end()
    attrs: dict[str, str] = {}
    n = len(text)
    slash = False
    while True:
        while pos < n and (text[pos] in _SPACE or text[pos] == "/"):
            slash = text[pos] == "/"
            pos += 1
        if pos >= n:
            raise _Unterminated
        if text[pos] == ">":
            return name, attrs, slash, pos + 1
        slash = False
        a = _ATTR_NAME.match(text, pos)
        assert a is not None
        key = a[0].lower()
        pos = _SKIP_SPACE.match(text, a.end()).end()
        value = ""
        if pos < n and text[pos] == "=":
            pos = _SKIP_SPACE.match(text, pos + 1).end()
            if pos < n and text[pos] in "\"'":
                close = text.find(text[pos], pos + 1)
                if close < 0:
                    raise _Unterminated
                value = text[pos + 1:close]
                pos = close + 1
            else:
                u = _UNQUOTED.match(text, pos)
                value = u[0]
                pos = u.end()
            value = unescape(value) if "&" in value else value
        attrs[key] = value


def tokens(text: str) -> Iterator[tuple]:
    """The tokens of ``text`` in order, each with its 1-based line:

    ``(START, line, name, attrs, self_closing)``, ``(END, line, name)``,
    ``(TEXT, line, text)`` (character references decoded) and, at most once
    and last, ``(OPEN, line, rest)``: markup open at the end of the file,
    with the raw rest of the text.
    """
    n = len(text)
    line = 1
    line_pos = 0  # newlines counted up to here

    def line_at(p: int) -> int:
        nonlocal line, line_pos
        line += text.count("\n", line_pos, p)
        line_pos = p
        return line

    start_text = 0
    scan = 0
    while True:
        i = text.find("<", scan)
        if i < 0 or i + 1 >= n:
            break
        nxt = text[i + 1]
        kind = None
        if nxt.isascii() and nxt.isalpha():
            kind = "start"
        elif nxt == "/":
            kind = "end"
        elif nxt in "!?":
            kind = "comment"
        if kind is None:  # a literal "<"
            scan = i + 1
            continue
        if i > start_text:
            yield (TEXT, line_at(start_text), unescape(text[start_text:i]))
        tag_line = line_at(i)
        try:
            if kind == "start":
                name, attrs, closing, end = _start_tag(text, i)
                yield (START, tag_line, name, attrs, closing)
                if name in RAW_TEXT and not closing:
                    m = _RAW_END[name].search(text, end)
                    if m is None:  # script or style to the end: never document text
                        yield (TEXT, line_at(end), text[end:])
                        return
                    raw = text[end:m.start()]
                    if raw:
                        yield (TEXT, line_at(end), raw)
                    end = m.start()  # the end tag is read next
            elif kind == "end":
                m = _NAME.match(text, i + 2)
                end = text.find(">", i + 2)
                if end < 0:
                    raise _Unterminated
                end += 1
                if m is not None and m.start() == i + 2:
                    yield (END, tag_line, m[0].lower())
                # "</>" and "</3 ...>" are ignored (a bogus comment)
            else:
                close = "-->" if text.startswith("<!--", i) else ">"
                end = text.find(close, i + (4 if close == "-->" else 2))
                if end < 0:
                    raise _Unterminated
                end += len(close)
        except _Unterminated:
            yield (OPEN, tag_line, text[i:])
            return
        scan = start_text = end
    if start_text < n:
        yield (TEXT, line_at(start_text), unescape(text[start_text:]))


# -- nesting ----------------------------------------------------------------------

class Events:
    """Feed tokens; call ``handler.start(tag, attrs, line)``, ``handler.text(
    text, line)`` and ``handler.end(tag)`` properly nested (see module doc).

    ``open_at`` is the line of markup left open at the end of
    the file, if any.
    """

    def __init__(self, handler) -> None:
        self.handler = handler
        self.stack: list[str] = []
        self.dropping = 0
        self.drop_tag = ""
        self.open_at: int | None = None

    def run(self, text: str) -> None:
        """Tokenise ``text`` and deliver every event, then close what is open."""
        for tok in tokens(text):
            kind = tok[0]
            if kind == TEXT:
                self._data(tok[2], tok[1])
            elif kind == START:
                self._start(tok[2], tok[3], tok[1], tok[4])
            elif kind == END:
                self._end(tok[2])
            else:  # the rest of the file, as text (dropped if inside a dropped element)
                self.open_at = tok[1]
                self._data(tok[2], tok[1])
        while self.stack:
            self.stack.pop()
            self.handler.end()

    def _data(self, data: str, line: int) -> None:
        if not self.dropping and data:
            self.handler.text(data, line)

    def _start(self, tag: str, attrs: dict[str, str], line: int, self_closing: bool) -> None:
        if self.dropping:
            if tag == self.drop_tag:
                self.dropping += 1
                if self_closing:
                    self.dropping -= 1
            return
        if tag in DROP or (attrs and tag not in VOID and tag not in ("html", "body", "main")
                           and furniture_element(attrs)):
            self.dropping, self.drop_tag = 1, tag
            if self_closing:
                self.dropping = 0
            return
        closes = _AUTO_CLOSE.get(tag, set())
        if tag in _BLOCKISH:
            closes = closes | {"p"}
        while closes and self.stack and self.stack[-1] in closes:
            self.stack.pop()
            self.handler.end()
        self.handler.start(tag, attrs, line)
        if tag not in VOID and len(self.stack) + 1 < MAX_DEPTH:
            self.stack.append(tag)
            if self_closing:
                self.stack.pop()
                self.handler.end()
        else:
            self.handler.end()
            if self_closing and tag not in VOID and self.stack and self.stack[-1] == tag:
                self.stack.pop()  # what the old tree builder did at the depth limit
                self.handler.end()

    def _end(self, tag: str) -> None:
        if self.dropping:
            if tag == self.drop_tag:
                self.dropping -= 1
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i] == tag:
                while len(self.stack) > i:
                    self.stack.pop()
                    self.handler.end()
                return
