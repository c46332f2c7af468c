"""Reader -> recogniser -> annotators: the whole parse of one file."""

from __future__ import annotations

from pathlib import Path

from .accounting import account
from .annotate import annotate
from .checks import check
from .footnote_refs import place_footnote_refs
from .model import Document, Report
from .readers import read_path
from .readers.text import read_text_string
from .recognise import recognise
from .source import Source

from .version import PARSER_VERSION  # noqa: F401  (re-exported)


def parse_source(source: Source) -> Document:
    """Recognise the structure of ``source`` and annotate it."""
    st = recognise(source)
    meta = st.meta
    meta.source_format = source.format
    meta.source_name = source.name or None
    report = Report(
        unplaced=st.unplaced,
        warnings=[*source.warnings, *st.warnings],
        confidence=round(st.confidence, 2),
        checks=st.checks,
    )
    doc = Document(
        meta=meta, intro=st.intro, factions=st.factions, closing=st.closing,
        footnotes={**source.footnotes, **st.footnotes}, notices=st.notices, headings=st.headings, report=report,
    )
    doc.footnote_refs = place_footnote_refs(source, doc, st.footnote_marks)
    annotate(doc)
    account(source, doc)
    return check(doc, st.grammar)


def parse_text(text: str, name: str = "<text>") -> Document:
    """Parse a question round given as a string (plain text or markdown)."""
    return parse_source(read_text_string(text, name=name))


def parse_path(path: str | Path, *, cache: object = None) -> Document:
    """Parse the file at ``path``.

    ``cache`` is a :class:`parsers.cache.Cache` (or None for no cache).
    Raises :class:`ParseError` with a one-line message for bad input.
    """
    path = Path(path)
    if cache is not None:
        return cache.load(path, lambda: parse_source(read_path(path)))  # type: ignore[attr-defined]
    return parse_source(read_path(path))
