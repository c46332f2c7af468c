"""One pypdf ``Font`` per font of a document, not one per page.

pypdf's ``extract_text`` builds a ``Font`` (encoding, ``/ToUnicode`` map,
glyph widths) for every font of a page's resources, on every page, although
the pages of a document share their fonts: the same indirect object, which
the reader resolves to the same dictionary every time. While
:func:`fonts_per_document` is active (on this thread or task), the ``Font``
of a dictionary already seen in the document is reused.

A ``Font`` depends only on its dictionary and the objects it points to, all
read from the same file, and text extraction does not change it (pypdf sets
``space_width`` to the same default each page): the text and positions are
the same (``tests/test_pdf_fonts.py``). With another pypdf, whose fonts are
built differently, nothing is patched and nothing changes.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

#: Font dictionary id -> (the dictionary, kept so its id stays its own; its Font).
_CACHE: ContextVar[dict | None] = ContextVar("pdf_font_cache", default=None)
_installed = False


def _install() -> bool:
    """Wrap ``Font.from_font_resource`` once; False if this pypdf has none."""
    global _installed
    if _installed:
        return True
    try:
        from pypdf.generic._font import Font
    except ImportError:
        return False
    original = Font.__dict__.get("from_font_resource")
    if not isinstance(original, classmethod):
        return False
    build = original.__func__

    def from_font_resource(cls, pdf_font_dict):
        cache = _CACHE.get()
        if cache is None or cls is not Font:
            return build(cls, pdf_font_dict)
        hit = cache.get(id(pdf_font_dict))
        if hit is not None and hit[0] is pdf_font_dict:
            return hit[1]
        font = build(cls, pdf_font_dict)
        cache[id(pdf_font_dict)] = (pdf_font_dict, font)
        return font

    Font.from_font_resource = classmethod(from_font_resource)
    _installed = True
    return True


@contextmanager
def fonts_per_document():
    """Reuse each font's ``Font`` across the pages read inside this block
    (and read literal strings in one slice: :func:`install_string_reader`)."""
    install_string_reader()
    if not _install():
        yield
        return
    token = _CACHE.set({})
    try:
        yield
    finally:
        _CACHE.reset(token)


# -- literal strings ---------------------------------------------------------------

_SPECIAL = None  # compiled on install: the first ``(``, ``)`` or ``\`` after a position
_strings_installed = False


def install_string_reader() -> bool:
    """Read a PDF literal string ``(…)`` without nesting or escapes in one
    slice instead of byte by byte (most ``Tj`` operands); any other string,
    and any stream that is not in memory, goes to pypdf's own reader. The
    bytes, the string object and the stream position after it are the same."""
    global _SPECIAL, _strings_installed
    if _strings_installed:
        return True
    import io
    import re

    try:
        from pypdf.generic import _data_structures as ds
        from pypdf.generic._utils import create_string_object
    except ImportError:
        return False
    original = getattr(ds, "read_string_from_stream", None)
    if original is None or getattr(original, "__name__", "") != "read_string_from_stream":
        return False
    _SPECIAL = re.compile(rb"[()\\]")

    def read_string_from_stream(stream, forced_encoding=None):
        if type(stream) is io.BytesIO:
            start = stream.tell()
            with stream.getbuffer() as view:
                m = _SPECIAL.search(view, start + 1)
                if m is not None and view[m.start()] == 0x29:  # ``)``: no nesting, no escape before it
                    body = bytes(view[start + 1:m.start()])
                    end = m.end()
                else:
                    body = None
            if body is not None:
                stream.seek(end)
                return create_string_object(body, forced_encoding)
        return original(stream, forced_encoding)

    ds.read_string_from_stream = read_string_from_stream
    _strings_installed = True
    return True
