"""DOCX (Word) -> ``Source``, with zipfile and the safe XML parser only.

One block per non-empty paragraph ``w:p`` in reading order (body text,
tables, text boxes, content controls); ``Block.line`` is the paragraph's
ordinal. The walking itself is in :mod:`.docx_body`, Word's list numbering
in :mod:`.docx_numbering`, table layout in :mod:`.tables`.

Around the body:

* **Letterhead**: the header Word prints on the first page (the ``first``
  header of the first section when it has ``w:titlePg``, else its
  ``default`` header) is read as blocks before the body. The headers and
  footers of the other pages repeat the letterhead: their lines that are not
  already in the text are listed in ``Source.dropped`` as running page
  furniture (page numbers alone are left out; even-page parts only count when
  ``w:evenAndOddHeaders`` is on). Label and value typed as two paragraphs
  (``Ons kenmerk`` / ``5303168``) become one block; a unique ``Datum <date>``
  line sets ``Source.meta["date"]``.
* **Footnotes and endnotes**: the reference mark is not kept in the text;
  the note body goes to ``Source.footnotes`` under the number Word prints
  (references counted in order from ``w:numStart``, in the ``w:numFmt`` of
  ``w:footnotePr``; endnotes default to ``i, ii, …``); separator notes are
  skipped; ``Source.footnote_refs`` records where each mark stood.

Zip bombs are refused: any part whose declared unpacked size exceeds
:data:`MAX_PART` or whose compression ratio is absurd, and any part that
unpacks beyond its cap while reading.
"""

from __future__ import annotations

import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile
import zlib

from ..errors import ParseError
from ..messages import N_, Message
from ..source import Block, Source
from .docx_body import BodyReader
from .docx_numbering import Numbering, Styles, format_number, val
from .markup_common import flat
from .markup_xml import parse_xml
from .tables import MARK
from .wp_common import PAGE_ONLY, join_fields, letter_date, take_marks, unique_key

#: Largest unpacked size accepted for one part (document.xml, styles, ...).
MAX_PART = 50 * 1024 * 1024
#: Larger compression ratios (above 1 MB unpacked) are treated as a zip bomb.
MAX_RATIO = 200
_NOTE_SKIP = ("separator", "continuationSeparator", "continuationNotice")


def read_docx(data: bytes, name: str = "", depth: int = 0) -> Source:
    """Read a DOCX file (bytes) into a ``Source``; ``depth`` counts DOCX parts
    imported into DOCX parts (``w:altChunk``)."""
    name = name or "<docx>"
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, NotImplementedError):
        raise ParseError(N_("{name}: geen DOCX-document (beschadigd of geen zip-bestand)"), name=name) from None
    with zf:
        if "word/document.xml" not in zf.namelist():
            raise ParseError(N_("{name}: geen DOCX-document (word/document.xml ontbreekt)"), name=name)
        doc = _part(zf, "word/document.xml", name)
        styles = Styles(_part(zf, "word/styles.xml", name), name)
        numbering = Numbering(_part(zf, "word/numbering.xml", name), name, styles)
        settings = _xml(_part(zf, "word/settings.xml", name), name)
        notes = _Notes(styles, numbering.fresh(), settings)
        notes.load("footnote", _xml(_part(zf, "word/footnotes.xml", name), name))
        notes.load("endnote", _xml(_part(zf, "word/endnotes.xml", name), name))
        root, _ = parse_xml(doc, name)
        body = root.find("body")
        rels = _rels(_part(zf, "word/_rels/document.xml.rels", name), name)
        warnings: list[str] = []
        reader = BodyReader(styles, numbering, notes,
                            chunk=lambda rid: _chunk(zf, rels.get(rid), name, depth, warnings, notes))
        reader.walk(body if body is not None else root)
        first, running = _header_parts(root, rels, settings)
        head = _story(zf, first, styles, numbering.fresh(), name) if first else []
        furniture = [(kind, _story(zf, part, styles, numbering.fresh(), name)) for kind, part in running]
    head = [b for b in join_fields(head) if not PAGE_ONLY.match(MARK.sub("", b.text))]
    blocks = join_fields(head + reader.blocks)
    refs = take_marks(blocks)
    src = Source(blocks=blocks, format="docx", name=name, footnotes=notes.footnotes, footnote_refs=refs,
                 warnings=reader.warnings + warnings)
    seen = {_key(b.text) for b in blocks}
    for kind, story in furniture:
        for b in join_fields(story):
            text = MARK.sub("", b.text).strip()
            if text and not PAGE_ONLY.match(text) and _key(text) not in seen:
                seen.add(_key(text))
                src.dropped.append((text, None, f"page furniture (running {kind})"))
    date = letter_date([b.text for b in blocks[:80]]) or letter_date([t for t, *_ in src.dropped])
    if date:
        src.meta["date"] = date
    if not src.blocks:
        raise ParseError(N_("{name}: het DOCX-document bevat geen tekst"), name=name)
    return src


def _chunk(zf: zipfile.ZipFile, part: str | None, name: str, depth: int, warnings: list[str],
           notes: _Notes) -> list[Block]:
    """The blocks of an imported part (``w:altChunk``): HTML, plain text or a
    DOCX, read by their own readers; its footnotes join the document's. Any
    other kind (RTF, MHT) is named in a warning, not dropped silently."""
    from .html import read_html
    from .text import read_text_bytes

    data = _part(zf, part, name) if part else None
    if not data:
        warnings.append(f"an imported part (w:altChunk) is missing: {part or '?'}")
        return []
    head = data[:512].lstrip().lower()
    try:
        if head.startswith(b"pk\x03\x04") and depth < 2:
            src = read_docx(data, f"{name}:{part}", depth + 1)
        elif b"<html" in head or b"<!doctype html" in head or part.lower().endswith((".html", ".htm", ".xhtml")):
            src = read_html(data, f"{name}:{part}")
        elif part.lower().endswith(".txt"):
            src = read_text_bytes(data, f"{name}:{part}")
        else:
            warnings.append(f"an imported part (w:altChunk) of an unread kind is left out: {part}")
            return []
    except ParseError as exc:
        warnings.append(f"an imported part (w:altChunk) could not be read: {part}: {exc}")
        return []
    for key, body in src.footnotes.items():
        notes.footnotes[unique_key(key, notes.footnotes, notes._dups)] = body
    warnings.extend(src.warnings)
    return [b for b in src.blocks if MARK.sub("", b.text).strip()]


def _key(text: str) -> str:
    return flat(MARK.sub("", text)).casefold()


def zip_part(zf: zipfile.ZipFile, member: str, name: str, kind: str = "DOCX") -> bytes | None:
    """One member of an office zip, with the zip-bomb and damage checks; None if absent."""
    try:
        info = zf.getinfo(member)
    except KeyError:
        return None
    bomb = Message(N_("{name}: {kind} te groot na uitpakken (mogelijk een zipbom)"), name=name, kind=kind)
    if info.file_size > MAX_PART:
        raise ParseError(bomb)
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise ParseError(bomb)
    try:
        with zf.open(info) as fh:
            data = fh.read(MAX_PART + 1)
    except RuntimeError:  # encrypted entry
        raise ParseError(N_("{name}: het {kind}-document is versleuteld of met een wachtwoord beveiligd"),
                         name=name, kind=kind) from None
    except NotImplementedError:
        raise ParseError(N_("{name}: het {kind}-document gebruikt een zipcompressie die niet wordt ondersteund"),
                         name=name, kind=kind) from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
        raise ParseError(N_("{name}: beschadigd {kind}-document ({member}: {error})"), name=name, kind=kind, member=member,
                         error=str(exc)) from None
    if len(data) > MAX_PART:
        raise ParseError(bomb)
    return data


_part = zip_part


def _xml(data: bytes | None, name: str) -> ET.Element | None:
    return parse_xml(data, name)[0] if data else None


def _rels(data: bytes | None, name: str) -> dict[str, str]:
    """Relationship id -> part name in the zip (``word/header1.xml``)."""
    root = _xml(data, name)
    out: dict[str, str] = {}
    if root is None:
        return out
    for rel in root.iter("Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
        out[rel.get("Id", "")] = path
    return out


def _header_parts(root: ET.Element, rels: dict[str, str], settings: ET.Element | None):
    """(the first page's header part or None, [(kind, part)] of the other shown headers/footers)."""
    even = settings is not None and settings.find("evenAndOddHeaders") is not None \
        and val(settings.find("evenAndOddHeaders"), "1") not in ("0", "false")
    skip_ids = {id(s) for ch in root.iter("sectPrChange") for s in ch.iter("sectPr")}
    sections = [s for s in root.iter("sectPr") if id(s) not in skip_ids]
    current: dict[tuple[str, str], str] = {}
    first_part: str | None = None
    shown: list[tuple[str, str]] = []
    for n, sect in enumerate(sections):
        for ref in list(sect.iter("headerReference")) + list(sect.iter("footerReference")):
            kind = "header" if ref.tag == "headerReference" else "footer"
            part = rels.get(ref.get("id", ""))
            if part:
                current[(kind, ref.get("type", "default"))] = part
        title_pg = sect.find("titlePg") is not None and val(sect.find("titlePg"), "1") not in ("0", "false")
        types = ["default"] + (["first"] if title_pg else []) + (["even"] if even else [])
        if n == 0:
            first_part = current.get(("header", "first" if title_pg else "default"))
        for kind in ("header", "footer"):
            for t in types:
                part = current.get((kind, t))
                if part and part != first_part and (kind, part) not in shown:
                    shown.append((kind, part))
    return first_part, shown


def _story(zf: zipfile.ZipFile, part: str, styles: Styles, numbering: Numbering, name: str) -> list[Block]:
    """The blocks of a header or footer part."""
    root = _xml(_part(zf, part, name), name)
    if root is None:
        return []
    reader = BodyReader(styles, numbering)
    reader.walk(root)
    return reader.blocks


class _Notes:
    """Footnote and endnote bodies, and the number Word prints for each reference."""

    def __init__(self, styles: Styles, numbering: Numbering, settings: ET.Element | None) -> None:
        self.styles = styles
        self.numbering = numbering  # lists inside notes count apart from the body's
        self.bodies: dict[tuple[str, str], str] = {}
        self.footnotes: dict[str, str] = {}
        self.count = {"footnote": 0, "endnote": 0}
        self._dups: dict[str, int] = {}
        self.fmt = {"footnote": ("decimal", 1), "endnote": ("lowerRoman", 1)}
        for kind in ("footnote", "endnote"):
            pr = settings.find(f"{kind}Pr") if settings is not None else None
            if pr is not None:
                fmt = val(pr.find("numFmt"), self.fmt[kind][0]) or self.fmt[kind][0]
                try:
                    start = int(val(pr.find("numStart"), "1") or 1)
                except ValueError:
                    start = 1
                self.fmt[kind] = (fmt, start)

    def load(self, kind: str, root: ET.Element | None) -> None:
        if root is None:
            return
        for note in root.iter(kind):
            if note.get("type") in _NOTE_SKIP:
                continue
            reader = BodyReader(self.styles, self.numbering)
            reader.walk(note)
            self.bodies[(kind, note.get("id", ""))] = "\n".join(MARK.sub("", b.text) for b in reader.blocks)

    def ref(self, kind: str, note_id: str, custom: str | None = None) -> str:
        """The key (printed number) of the next reference to note ``note_id``."""
        if custom:
            key = custom
        else:
            fmt, start = self.fmt[kind]
            key = format_number(start + self.count[kind], fmt)
            self.count[kind] += 1
        key = unique_key(key, self.footnotes, self._dups)  # an endnote ``i`` beside a footnote ``i``: keep both
        self.footnotes[key] = self.bodies.get((kind, note_id), "")
        return key
