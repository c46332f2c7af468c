"""The PDF reader's shortcuts give pypdf's own results.

``parsers.readers.pdf_fonts`` reuses a font's ``Font`` across the pages of a
document and reads plain literal strings in one slice. Both must change
nothing: the fragments of every page and every literal string read are the
same as without them.
"""

from __future__ import annotations

import io

import pypdf
import pytest
from pypdf.generic import _data_structures as ds
from pypdf.generic import _utils as pypdf_utils

from parsers.readers import pdf as pdf_reader
from parsers.readers.pdf_fonts import _CACHE, fonts_per_document, install_string_reader

from .corpus import SAMPLES, SHARED

PDFS = sorted(SAMPLES.glob("*.pdf"))
PDFS += sorted((SHARED / "corpus").rglob("*.pdf"))[:6] if (SHARED / "corpus").is_dir() else []


def _frags(data: bytes, cached: bool) -> list:
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    out = []
    if cached:
        with fonts_per_document():
            assert _CACHE.get() == {}
            for i, page in enumerate(reader.pages):
                out.append(pdf_reader._page_frags(page, i + 1))
            assert _CACHE.get(), "no font was kept for the next page"
    else:
        assert _CACHE.get() is None
        for i, page in enumerate(reader.pages):
            out.append(pdf_reader._page_frags(page, i + 1))
    return out


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_fonts_kept_per_document_give_the_same_fragments(path) -> None:
    data = path.read_bytes()
    assert _frags(data, cached=True) == _frags(data, cached=False)


def test_font_cache_is_only_active_inside_the_block() -> None:
    assert _CACHE.get() is None
    with fonts_per_document():
        assert _CACHE.get() == {}
    assert _CACHE.get() is None


STRINGS = [
    b"(Hello world) Tj", b"() Tj", b"(a(b)c) Tj", b"(a\\)b) Tj", b"(a\\(b) Tj", b"(\\101\\102C) Tj",
    b"(\\0053) Tj", b"(line\\\nbreak) Tj", b"(line\\\r\nbreak) Tj", b"(tab\\tnew\\n) Tj", b"(\\q odd) Tj",
    b"(\\777) Tj", "(caf\xe9) Tj".encode("latin-1"), b"(\xfe\xff\x00A\x00B) Tj", b"(nested (deep (er)) x) Tj",
    b"(trailing", b"(a)", b"(a\\",
]


@pytest.mark.parametrize("raw", STRINGS)
def test_string_reader_reads_what_pypdf_reads(raw: bytes) -> None:
    assert install_string_reader()
    fast = ds.read_string_from_stream
    slow = pypdf_utils.read_string_from_stream
    assert fast is not slow

    def run(fn):
        stream = io.BytesIO(b"xx " + raw)
        stream.seek(3)
        try:
            value = fn(stream)
        except Exception as exc:  # noqa: BLE001 - the same error type is what counts
            return ("error", type(exc)), None
        return (type(value), value, bytes(value.original_bytes) if hasattr(value, "original_bytes") else None), stream.tell()

    assert run(fast) == run(slow)


def test_string_reader_leaves_other_streams_to_pypdf() -> None:
    install_string_reader()

    class Stream(io.BytesIO):
        pass

    stream = Stream(b"(a(b)c) rest")
    assert ds.read_string_from_stream(stream) == "a(b)c"
    assert stream.tell() == len(b"(a(b)c)")
