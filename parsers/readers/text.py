"""Plain text and markdown, as converters leave it (pdftotext, PyPDF, pandoc).

Decoding: a BOM decides (UTF-8, UTF-16, UTF-32); else UTF-8; else Windows-1252
(a superset of Latin-1 for printable text). Binary data is refused.
Line endings ``\\r\\n`` and ``\\r`` become ``\\n``.

Structure: one ``Block`` per paragraph (lines between blank lines), keeping
its inner line breaks for the recogniser. Markdown emphasis markers ``**``
are removed and flag the block as bold; ``#`` headings become heading blocks;
pipe tables, footnotes (``[^1]``) and backslash escapes are read as
Markdown (:mod:`.markdown`); footnotes typed after the last paragraph
(``1) NRC, …``) and their marks as :mod:`.text_notes` reads them.

Text without usable line structure (a whole document on one line, as some
converters and OCR leave it) is first re-segmented into paragraphs at its
labels, numbers and faction phrases (:mod:`.flat`); page furniture found
there goes to ``Source.dropped``, footnotes to ``Source.footnotes``, and a
paragraph where an unlabelled answer starts (after a question's run of
``?`` sentences) gets the role ``answer``.
"""

from __future__ import annotations

import codecs
import re

from ..errors import ParseError
from ..messages import N_
from ..source import Block, Source
from . import markdown
from .flat import is_flat, segment
from .text_notes import take_trailing_notes
from .typography import untypeset

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding). Raises ParseError on binary."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise ParseError(N_("{name}: kapotte {encoding}-tekst (ongeldige bytes na de BOM)"), name=name,
                                 encoding=enc.upper()) from None
    sample = data[:65536]
    if b"\x00" in sample:
        raise ParseError(N_("{name}: binaire gegevens, geen tekstdocument (bevat NUL-bytes)"), name=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > max(8, len(sample) // 50):
        raise ParseError(N_("{name}: binaire gegevens, geen tekstdocument"), name=name)
    return data.decode("cp1252", errors="replace"), "cp1252"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_bytes(data: bytes, name: str = "") -> Source:
    text, encoding = decode(data, name or "<input>")
    src = read_text_string(text, name=name)
    if encoding not in ("utf-8", "utf-8-sig"):
        src.warnings.append(f"decoded as {encoding}")
    return src


def read_text_string(text: str, name: str = "") -> Source:
    text = normalise_newlines(text).replace("\ufeff", "")
    text = untypeset(text)  # soft hyphens, ligatures
    if not text.strip():
        if not text:
            raise ParseError(N_("{name}: het document is leeg; er is niets te lezen"), name=name or "<input>")
        raise ParseError(N_("{name}: het document bevat alleen witruimte; er is niets te lezen"), name=name or "<input>")
    if is_flat(text):
        return _read_flat(text, name)
    blocks: list[Block] = []
    para: list[str] = []
    start = 0
    notes: dict[str, str] = {}
    warnings: list[str] = []
    md = markdown.is_markdown_name(name)

    def flush() -> None:
        if not para:
            return
        table = markdown.table(para, start, warnings) if "|" in para[0] else None
        note = markdown.footnote_definition("\n".join(para)) if para[0].startswith("[^") else None
        if table is not None:
            blocks.extend(table)
        elif note is not None:
            notes[note[0]] = note[1]
        else:
            _add_block(blocks, [markdown.unescape(ln) for ln in para] if md else para, start)
        para.clear()

    for i, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not para:
                start = i
            para.append(line.rstrip())
        else:
            flush()
    flush()
    refs = markdown.take_references(blocks, notes) if notes else []
    if not notes:
        notes, refs = take_trailing_notes(blocks)
    return Source(blocks=blocks, format="text", name=name, footnotes=notes, footnote_refs=refs, warnings=warnings)


def _add_block(blocks: list[Block], para: list[str], start: int) -> bool:
    """One paragraph as a block: ``**`` removed (bold), ``#`` heading."""
    raw = "\n".join(para)
    bold = "**" in raw or "__" in raw and raw.strip().startswith("__")
    body = raw.replace("**", "")
    heading = bool(_MD_HEADING.match(body)) and len(para) == 1
    if heading:
        body = _MD_HEADING.sub("", body)
    if body.strip():
        blocks.append(Block(text=body, line=start, bold=bold, heading=heading))
        return True
    return False


def _read_flat(text: str, name: str) -> Source:
    """Text without line structure: paragraphs from :func:`.flat.segment`."""
    flat = segment(text)
    blocks: list[Block] = []
    for i, (para, line) in enumerate(flat.paragraphs):
        if _add_block(blocks, para.split("\n"), line) and i in flat.answers:
            blocks[-1].role = "answer"
    warnings = [f"text without line structure: re-segmented into {len(blocks)} paragraphs at labels and numbers",
                *flat.warnings]
    return Source(blocks=blocks, format="text", name=name, footnotes=flat.footnotes, dropped=flat.dropped,
                  warnings=warnings)
