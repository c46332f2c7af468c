"""Born-digital PDFs (SDU/Eerste Kamer typesetting) read with pypdf.

Why pypdf: pure Python, BSD-licensed, no required dependencies (4 MB), about
4 ms per page, and ``extract_text(visitor_text=...)`` exposes each text run's
font (``/BaseFont``, so bold) and position (text and current matrices, so y).
See ``docs/textual-and-pdf-notes.md`` section 6 for the measurements.

The reader works in three steps (layout in :mod:`.pdf_layout`):

1. every text run becomes a fragment with page, x, y, font size, bold;
2. fragments on the same baseline become lines; page furniture (running
   headers/footers, page numbers, the first-page ``kst-``/``ISSN`` block and
   the big chamber numeral) is dropped **by position and pattern** and listed
   in ``Source.dropped``; footnote bodies (small type at the page bottom,
   starting with a number) move to ``Source.footnotes``;
3. lines become paragraphs (``Block``) from vertical gaps, weight changes,
   labels and list items; line-end hyphenation is undone with
   :mod:`parsers.recognise.unwrap`.

Every failure is one line: damaged, encrypted or image-only PDFs.
"""

from __future__ import annotations

import io
import logging
from contextlib import contextmanager

from ..errors import ParseError
from ..messages import N_
from ..source import Source
from .pdf_fonts import fonts_per_document
from .pdf_layout import Frag, build_source

#: Hostile or absurd files: read at most this many pages.
MAX_PAGES = 2000

_BOLD = ("bold", "black", "semibold", "heavy")
_ITALIC = ("italic", "oblique")


@contextmanager
def _quiet_pypdf():
    """Silence pypdf's logging (font warnings) while we read; restore after."""
    log = logging.getLogger("pypdf")
    old = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(old)


def read_pdf(data: bytes, name: str = "") -> Source:
    """Read a PDF's text layer into a ``Source`` of paragraphs.

    Raises :class:`ParseError` (one line) for damaged, encrypted (with a
    password) and text-less PDFs.
    """
    name = name or "<pdf>"
    with _quiet_pypdf(), fonts_per_document():
        return _read(data, name)


def _open(data: bytes, name: str):
    import pypdf
    from pypdf.errors import DependencyError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    except Exception as exc:  # pypdf raises many types on broken input
        raise ParseError(_DAMAGED, name=name, why=_why(exc)) from None
    try:
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise ParseError(_DAMAGED, name=name, why=_why(exc)) from None
    if encrypted:
        try:
            ok = reader.decrypt("")
        except DependencyError:
            raise ParseError(N_("{name}: versleutelde PDF; om die te lezen is het pakket 'cryptography' nodig, "
                                "dat niet is geïnstalleerd"), name=name) from None
        except Exception as exc:
            raise ParseError(_DAMAGED, name=name, why=_why(exc)) from None
        if not ok:
            raise ParseError(N_("{name}: versleutelde PDF; vragenronde kan die niet lezen zonder het wachtwoord"), name=name)
        if _uses_aes(reader) and not _aes_available():
            # pypdf would open it and then fail on every string and page
            # ("damaged"), or silently find no text: say what is missing
            raise ParseError(N_("{name}: versleutelde PDF (AES); om die te lezen is het pakket 'cryptography' nodig, "
                                "dat niet is geïnstalleerd"), name=name)
    return reader


def _uses_aes(reader) -> bool:
    """Whether the PDF's encryption is AES (``/V 5``, or a crypt filter with
    ``/CFM /AESV2`` or ``/AESV3``)."""
    try:
        enc = reader.trailer["/Encrypt"].get_object()
        if int(enc.get("/V", 0)) >= 5:
            return True
        filters = enc.get("/CF") or {}
        return any(str(f.get_object().get("/CFM", "")) in ("/AESV2", "/AESV3") for f in filters.values())
    except Exception:
        return False


def _aes_available() -> bool:
    """Whether pypdf has an AES implementation (``cryptography`` or ``pycryptodome``)."""
    from importlib.util import find_spec

    return any(find_spec(m) is not None for m in ("cryptography", "Crypto"))


#: A PDF that pypdf cannot read, with pypdf's reason (English, from the library).
_DAMAGED = N_("{name}: beschadigde PDF ({why})")


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:120]


def _read(data: bytes, name: str) -> Source:
    reader = _open(data, name)
    try:
        pages = reader.pages
        count = len(pages)
    except Exception as exc:
        raise ParseError(_DAMAGED, name=name, why=_why(exc)) from None
    if count == 0:
        raise ParseError(N_("{name}: beschadigde PDF (geen pagina's)"), name=name)
    warnings: list[str] = []
    if count > MAX_PAGES:
        warnings.append(f"only the first {MAX_PAGES} of {count} pages were read")
    frags: list[Frag] = []
    heights: dict[int, float] = {}
    failed = 0
    for index in range(min(count, MAX_PAGES)):
        try:
            page = pages[index]
            heights[index + 1] = float(page.mediabox.height) or 842.0
            frags.extend(_page_frags(page, index + 1))
        except Exception as exc:
            failed += 1
            warnings.append(f"page {index + 1}: text could not be extracted ({_why(exc)})")
    if not any(f.text.strip() for f in frags):
        if failed == min(count, MAX_PAGES):
            raise ParseError(N_("{name}: beschadigde PDF (geen enkele pagina kon worden gelezen)"), name=name)
        raise ParseError(N_("{name}: de PDF heeft geen tekstlaag (gescande pagina's?); laat er eerst OCR op los"), name=name)
    src = build_source(frags, heights, name=name)
    src.warnings[:0] = warnings
    src.meta.update(_info(reader))
    return src


def _style(font_dict) -> tuple[bool, bool]:
    """(bold, italic) from a font's ``/BaseFont`` name."""
    font = ""
    if font_dict:
        try:
            font = str(font_dict.get("/BaseFont", ""))
        except Exception:
            font = ""
    low = font.casefold()
    return any(w in low for w in _BOLD), any(w in low for w in _ITALIC)


def _page_frags(page, number: int) -> list[Frag]:
    out: list[Frag] = []
    # (font dictionary, style) by id; the dictionary is kept so its id stays its own
    styles: dict[int, tuple[object, tuple[bool, bool]]] = {}

    def visit(text, cm, tm, font_dict, font_size):
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[2] * cm[1] + tm[3] * cm[3]) or abs(tm[0] * cm[0] + tm[1] * cm[2]) or 1.0
        size = abs(float(font_size or 0) * scale) or 1.0
        hit = styles.get(id(font_dict))
        if hit is None:
            hit = styles[id(font_dict)] = (font_dict, _style(font_dict))
        bold, italic = hit[1]
        if "\n" not in text:
            out.append(Frag(text, float(x), float(y), size, bold, italic, number))
            return
        for i, part in enumerate(text.split("\n")):
            if part:
                out.append(Frag(part, float(x), float(y) - i * size * 1.2, size, bold, italic, number))

    page.extract_text(visitor_text=visit)
    return out


def _info(reader) -> dict[str, str]:
    """PDF document info as free-form strings (``pdf_title``, ``pdf_subject``)."""
    out: dict[str, str] = {}
    try:
        info = reader.metadata or {}
        for key in ("/Title", "/Subject", "/Author", "/Producer"):
            value = info.get(key)
            if value and str(value).strip() not in ("", "None", "(unspecified)"):
                out["pdf_" + key[1:].lower()] = " ".join(str(value).split())
    except Exception:
        pass
    return out
