"""Safe XML parsing for the XML and DOCX readers (stdlib expat only).

Input is untrusted, so the parser refuses what XML can do beyond markup:

* any entity declaration (``<!ENTITY``), internal or external, is refused
  before or while parsing: this stops entity-expansion bombs ("billion
  laughs") and external entities that would read a local file or a URL;
* parameter entities and external DTD subsets are never loaded;
* nesting deeper than :data:`MAX_DEPTH` is refused, so the recursive readers
  cannot overflow the stack.

UTF-32 documents (which expat cannot decode) are transcoded to UTF-8 first;
UTF-16 and UTF-8 are read by expat itself. :func:`parse_xml` builds a tree
(the DOCX reader's small parts); :func:`stream_xml` only reports events, for
readers that keep what they need and nothing more.

Namespaces are reduced to local names (``w:p`` and ``{ns}p`` become ``p``),
and every element's 1-based source line is recorded.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

from ..errors import ParseError
from ..messages import N_, Message

#: Deeper nesting than this is refused (real publications stay below 30).
MAX_DEPTH = 200

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


class _Refused(Exception):
    """Raised from an expat handler to stop parsing."""


def entity_message(name: str) -> str:
    return Message(N_("{name}: XML met entiteitsdeclaraties wordt geweigerd (mogelijke entity-expansion-aanval)"),
                   name=name)


def _has_entity_decl(data: bytes) -> bool:
    if _ENTITY_DECL.search(data):
        return True
    # UTF-16/32 documents hide the ASCII pattern between NUL bytes.
    return b"\x00" in data[:4] and bool(_ENTITY_DECL.search(data.replace(b"\x00", b"")))


def local(tag: str) -> str:
    """``{uri}p`` / ``uri p`` -> ``p``."""
    return tag.rsplit(" ", 1)[-1].rsplit("}", 1)[-1]


def _prepare(data: bytes, name: str) -> tuple[bytes, str | None]:
    """Refuse entity declarations; transcode UTF-32 (which expat cannot read)
    to UTF-8. Returns the bytes for expat and the encoding to impose on it."""
    if _has_entity_decl(data):
        raise ParseError(entity_message(name))
    for bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):
        if data.startswith(bom):
            try:
                return data.decode("utf-32").encode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                raise ParseError(N_("{name}: kapotte UTF-32-XML (ongeldige bytes na de BOM)"), name=name) from None
    return data, None


def _run(data: bytes, name: str, start, end, text) -> None:
    """Parse ``data`` with expat, calling ``start(tag, attrs, line)``,
    ``end(tag)`` and ``text(data)`` with local names; one-line errors."""
    data, encoding = _prepare(data, name)
    depth = 0
    parser = expat.ParserCreate(encoding, namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args: object) -> None:
        raise _Refused(entity_message(name))

    def refuse_external(*_args: object) -> int:
        raise _Refused(Message(N_("{name}: XML met een externe entiteit wordt geweigerd (die zou buiten het document "
                                  "lezen)"), name=name))

    def on_start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise _Refused(Message(N_("{name}: XML die dieper dan {depth} niveaus genest is, wordt geweigerd"), name=name,
                                   depth=MAX_DEPTH))
        start(local(tag), {local(k): v for k, v in attrs.items()}, parser.CurrentLineNumber)

    def on_end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        end(local(tag))

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    parser.CharacterDataHandler = text
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse_external
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        raise ParseError(exc.args[0]) from None
    except expat.ExpatError as exc:
        reason = expat.ErrorString(exc.code) if exc.code else str(exc)
        raise ParseError(N_("{name}: geen welgevormde XML (regel {line}, kolom {column}: {reason})"), name=name,
                         line=exc.lineno, column=exc.offset + 1, reason=reason) from None
    except LookupError as exc:  # an encoding declaration Python does not know
        raise ParseError(N_("{name}: XML in een onbekende tekenset ({error})"), name=name, error=str(exc)) from None


def stream_xml(data: bytes, name: str, start, end, text) -> None:
    """Parse ``data`` safely as a stream of events, building no tree:
    ``start(tag, attrs, line)``, ``end(tag)`` and ``text(data)``, with local
    names. The handlers may raise :class:`ParseError` to stop. Raises
    :class:`ParseError` (one line) for malformed XML, entity declarations,
    external entities and absurd nesting."""
    _run(data, name, start, end, text)


def parse_xml(data: bytes, name: str) -> tuple[ET.Element, dict[int, int]]:
    """Parse ``data`` safely; returns the root and ``{id(element): line}``.

    Raises :class:`ParseError` (one line) for malformed XML, entity
    declarations, external entities and absurd nesting.
    """
    builder = ET.TreeBuilder()
    lines: dict[int, int] = {}

    def start(tag: str, attrs: dict[str, str], line: int) -> None:
        lines[id(builder.start(tag, attrs))] = line

    _run(data, name, start, builder.end, builder.data)
    try:
        root = builder.close()
    except AssertionError:  # TreeBuilder: no root element
        raise ParseError(N_("{name}: XML zonder hoofdelement"), name=name) from None
    return root, lines
