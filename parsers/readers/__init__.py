"""Format readers: a file in, a :class:`~parsers.source.Source` out.

Only regular files are read, and their size and type are checked before the
first byte (:mod:`.opening`). The encoding form is sniffed first (UTF-16 or
UTF-32 markup is still markup), then the format from the first bytes
(``%PDF``, a zip, ``<?xml``, ``<html``) before the file name's extension is
trusted, so a renamed file is read for what it is; an OLE2 (old Word
``.doc``, encrypted Office) or RTF file is refused with a one-line
:class:`~parsers.errors.ParseError` that says what to do, and a file that is
none of these is read as text.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from pathlib import Path

from ..errors import ParseError
from ..messages import N_
from .limits import check_blocks
from .opening import MAX_BYTES, read_document

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # the library's folder scan imports SUPPORTED, and needs no Source
    from ..source import Source

__all__ = ["MAX_BYTES", "SNIFFERS", "SUPPORTED", "read_bytes_of", "read_path", "sniff", "text_head"]

SUPPORTED = (".txt", ".md", ".text", ".pdf", ".xml", ".html", ".htm", ".docx", ".odt")

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_bytes_of(path: Path) -> bytes:
    """Read ``path`` with the checks every reader needs (a regular file of at
    most :data:`MAX_BYTES`, checked before the first byte is read); one-line
    :class:`ParseError` otherwise."""
    return read_document(path)


def text_head(data: bytes, size: int = 2048) -> bytes:
    """The start of ``data`` as ASCII-compatible bytes, whatever its encoding
    form: the encoding is sniffed before the format, so UTF-16 or UTF-32 XML
    or HTML (with a BOM, or with the NUL bytes of a ``<`` in UTF-16) is
    recognised as markup. A UTF-8 BOM is dropped."""
    raw = data[: size * 4]
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="ignore").encode("ascii", errors="replace")[:size]
    if raw[:2] in (b"<\x00", b"\x00<") and len(raw) >= 4:  # UTF-16 without a BOM
        enc = "utf-16-le" if raw[:1] == b"<" else "utf-16-be"
        return raw.decode(enc, errors="ignore").encode("ascii", errors="replace")[:size]
    return raw[:size]


def _pdf(head: bytes, suffix: str, data: bytes) -> str | None:
    return "pdf" if head.startswith(b"%PDF") else None


def _pdf_bad(head: bytes, suffix: str, data: bytes) -> str | None:
    return "pdf-bad" if suffix == ".pdf" and data else None


def _zip(head: bytes, suffix: str, data: bytes) -> str | None:
    if not head.startswith(b"PK\x03\x04"):
        return None
    return "odt" if b"mimetypeapplication/vnd.oasis.opendocument" in data[:200] else "docx"


def _office(head: bytes, suffix: str, data: bytes) -> str | None:
    """Formats refused with advice: OLE2 (Word 97-2003 ``.doc``, ``.xls``,
    ``.ppt``, encrypted ``.docx``) and RTF."""
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    return None


def _markup(head: bytes, suffix: str, data: bytes) -> str | None:
    low = head[:512].lower()
    if low.startswith(b"<!doctype html") or low.startswith(b"<html") or b"<html" in low[:300]:
        return "html"
    if low.startswith((b"<?xml", b"<officiele-publicatie", b"<kamer", b"<!doctype officiele-publicatie", b"<vragen")):
        return "xml" if b"<html" not in low else "html"
    return None


#: Format sniffers, asked in turn: ``(head, suffix, data) -> format or None``.
#: ``head`` is :func:`text_head` with leading white space removed. A reader
#: for a new format adds its sniffer here (before ``_pdf_bad``, which claims
#: any other file named ``.pdf``) and a branch in :func:`read_path`.
SNIFFERS: list[Callable[[bytes, str, bytes], str | None]] = [_pdf, _zip, _office, _markup, _pdf_bad]


def sniff(data: bytes, suffix: str) -> str:
    """The format of ``data``: pdf, docx, odt, ole (legacy Office), rtf, xml,
    html or text (or pdf-bad)."""
    head = text_head(data).lstrip(b" \t\r\n")
    for sniffer in SNIFFERS:
        found = sniffer(head, suffix, data)
        if found:
            return found
    return "text"


def read_path(path: str | os.PathLike[str]) -> Source:
    """Read any supported file into a ``Source``.

    A document with more paragraphs than :data:`~.limits.MAX_BLOCKS` is
    refused (the markup readers stop as soon as they pass the limit)."""
    path = Path(path)
    data = read_bytes_of(path)
    source = _read(data, path.suffix.lower(), path.name)
    check_blocks(path.name, len(source.blocks))
    return source


def _read(data: bytes, suffix: str, name: str) -> Source:
    fmt = sniff(data, suffix)
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name=name)
    if fmt == "pdf-bad":
        raise ParseError(N_("{name}: geen PDF-bestand (de naam eindigt op .pdf, maar de PDF-kop ontbreekt)"), name=name)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, name=name)
    if fmt in ("odt", "ole", "rtf"):
        from .office import read_office

        return read_office(fmt, data, name)
    if fmt == "xml":
        from .xml import read_xml

        return read_xml(data, name=name)
    if fmt == "html":
        from .html import read_html

        return read_html(data, name=name)
    from .text import read_text_bytes

    return read_text_bytes(data, name=name)
