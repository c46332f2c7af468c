"""Format readers: a file in, a :class:`~parsers.source.Source` out.

The format is sniffed from the first bytes (``%PDF``, a zip, ``<?xml``,
``<html``, an OLE2 or RTF header) before the file name's extension is
trusted, so a renamed file is read for what it is, and a file that is none
of these (or an old Word ``.doc``) is refused with a one-line
:class:`~parsers.errors.ParseError`.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import ParseError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:  # the library's folder scan imports SUPPORTED, and needs no Source
    from ..source import Source

#: Larger files are refused: no real question round comes near this, and it
#: bounds the time and memory one parse can take.
MAX_BYTES = 64 * 1024 * 1024

_CHUNK = 1 << 20

SUPPORTED = (".txt", ".md", ".text", ".pdf", ".xml", ".html", ".htm", ".docx", ".odt")


def read_bytes_of(path: Path) -> bytes:
    """Read ``path`` with the checks every reader needs; one-line errors."""
    name = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ParseError(f"{name}: no such file") from None
    except OSError as exc:
        raise ParseError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if path.is_dir():
        raise ParseError(f"{name}: is a folder, not a document")
    if st.st_size > MAX_BYTES:
        raise ParseError(
            f"{name}: file is {st.st_size // (1024 * 1024)} MB; "
            f"vragenronde reads documents up to {MAX_BYTES // (1024 * 1024)} MB"
        )
    try:
        with open(path, "rb") as fh:
            # in chunks: ``read(MAX_BYTES + 1)`` would allocate 64 MB for every file
            chunks: list[bytes] = []
            total = 0
            while total <= MAX_BYTES and (chunk := fh.read(_CHUNK)):
                chunks.append(chunk)
                total += len(chunk)
            data = b"".join(chunks)
    except PermissionError:
        raise ParseError(f"{name}: permission denied") from None
    except FileNotFoundError:
        raise ParseError(f"{name}: no such file (it disappeared while being read)") from None
    except OSError as exc:
        raise ParseError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ParseError(f"{name}: file grew beyond {MAX_BYTES // (1024 * 1024)} MB while reading")
    return data


def sniff(data: bytes, suffix: str) -> str:
    """The format of ``data``: pdf, docx, odt, ole (legacy Office), rtf, xml, html or text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "odt" if b"mimetypeapplication/vnd.oasis.opendocument" in data[:200] else "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"  # Word 97-2003 .doc, .xls, .ppt, encrypted .docx
    if head.startswith(b"{\\rtf"):
        return "rtf"
    low = head[:512].lower()
    if low.startswith(b"<!doctype html") or low.startswith(b"<html") or b"<html" in low[:300]:
        return "html"
    if low.startswith((b"<?xml", b"<officiele-publicatie", b"<kamer", b"<!doctype officiele-publicatie", b"<vragen")):
        return "xml" if b"<html" not in low else "html"
    if suffix == ".pdf" and data:
        return "pdf-bad"
    return "text"


def read_path(path: str | os.PathLike[str]) -> Source:
    """Read any supported file into a ``Source``."""
    path = Path(path)
    data = read_bytes_of(path)
    fmt = sniff(data, path.suffix.lower())
    name = path.name
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name=name)
    if fmt == "pdf-bad":
        raise ParseError(f"{name}: not a PDF file (it has a .pdf name but no PDF header)")
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
