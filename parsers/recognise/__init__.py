"""The structure recogniser: a ``Source`` in, factions/questions/answers out.

``detect_kind`` reads the title lines and markers; then one grammar runs:

* ``kamervragen``: labelled ``Vraag N`` / ``Antwoord N`` (Aanhangsel, letters);
* ``lijst``: a committee's numbered list of questions and answers;
* ``nota``: faction blocks (nota n.a.v. verslag, memorie van antwoord, VSO).

A document of no known kind that still holds a clean numbered round (questions
1..N, each a question sentence, most of them answered) is read by the lijst
grammar in its strict form (the general numbered-Q&A fallback) and reported
as a ``lijst-van-vragen-en-antwoorden`` with a warning that says so.

A document in which no grammar finds questions is returned as plain text in
``intro`` with ``kind`` ``unknown`` and a report warning: nothing is invented.
"""

from __future__ import annotations

from dataclasses import replace

from ..footnote_marks import take_marks
from ..model import Unplaced
from ..source import Block, Source
from .kind import declares_non_round, detect_kind
from .meta import read_letter_fields, read_meta
from .reflow import needs_reflow, reflow, strip_furniture
from .structure import Structure


def recognise(source: Source) -> Structure:
    """The structure of ``source``; text a reader or the reflow set aside
    (page furniture) is listed in the structure's ``unplaced``."""
    source, notes = resegment(source)
    meta = read_meta(source)
    kind = detect_kind(source, meta)
    meta.kind = kind
    if kind not in ("kamervragen", "mededeling"):  # that grammar reads its letterhead itself
        read_letter_fields(source, meta)
    if kind not in ("kamervragen", "mededeling"):  # that grammar cleans its own lines
        source = reflow(source) if needs_reflow(source) else strip_furniture(source)
        source, marks = _take_glued_marks(source)
    else:
        marks = []
    st = _grammar(source, meta, kind, fallback=not declares_non_round(source, meta))
    st.footnotes = dict(source.footnotes)
    st.footnote_marks = marks
    st.warnings[:0] = notes
    st.unplaced[:0] = [
        Unplaced(text=text, line=line, reason=reason if reason.startswith(("page furniture", "footnote"))
                 else f"page furniture ({reason})")
        for text, line, reason in source.dropped
    ]
    return st


def _take_glued_marks(source: Source) -> tuple[Source, list[tuple[str, int, str]]]:
    """``source`` without the footnote marks still glued to its words
    (``Rijkswaterstaat.1``) for footnotes the reader or the reflow found and
    whose mark no reader placed; the marks as (block text, offset, key), for
    ``Document.footnote_refs``. The Kamervragen grammar does the same in its
    own line cleaning; numbers that are no footnote's key stay."""
    keys = set(source.footnotes) - {key for _, _, key in source.footnote_refs}
    if not keys:
        return source, []
    blocks = [replace(b) for b in source.blocks]
    found = take_marks(blocks, keys)
    if not found:
        return source, []
    out = replace(source, blocks=blocks, footnote_refs=[])
    return out, [(blocks[i].text, at, key) for i, at, key, _ in found]


def resegment(source: Source) -> tuple[Source, list[str]]:
    """A document that a PDF, DOCX, HTML or XML reader delivered as one to
    three blocks of text without line structure (everything in one paragraph
    or cell) is re-segmented on tokens, as the text reader does for flat text.
    Returns the source and the warnings to report; footnotes found in the
    text are set aside with their number as the reason."""
    if source.format == "text" or not 0 < len(source.blocks) <= 3 or any(b.role for b in source.blocks):
        return source, []
    from ..readers.flat import is_flat, segment

    text = "\n".join(b.text for b in source.blocks)
    if not is_flat(text):
        return source, []
    flat = segment(text)
    page = source.blocks[0].page
    blocks = [Block(text=para, page=page, role="answer" if i in flat.answers else None)
              for i, (para, _) in enumerate(flat.paragraphs)]
    notes = [(body, None, f"footnote {num}") for num, body in flat.footnotes.items()]
    out = Source(blocks=blocks, format=source.format, name=source.name, footnotes=dict(source.footnotes),
                 meta=dict(source.meta), dropped=[*source.dropped, *flat.dropped, *notes],
                 warnings=list(source.warnings))
    return out, [f"text without line structure: re-segmented into {len(blocks)} paragraphs at labels and numbers",
                 *flat.warnings]


def _grammar(source: Source, meta, kind, fallback: bool = True) -> Structure:
    st: Structure | None = None
    if kind in ("kamervragen", "mededeling"):
        from .kamervragen import recognise_kamervragen

        st = recognise_kamervragen(source, meta)
    elif kind == "lijst-van-vragen-en-antwoorden":
        from .lijst import recognise_lijst

        st = recognise_lijst(source, meta)
    elif kind != "unknown":
        from .nota import recognise_nota

        st = recognise_nota(source, meta)
        if not _has_questions(st):
            # a round of a known kind without faction phrases: the committee
            # asks numbered questions, as in a lijst van vragen
            from .lijst import recognise_lijst

            alt = recognise_lijst(source, meta)
            if _has_questions(alt):
                alt.warnings.append("no faction blocks found; questions read as one numbered list")
                st = alt
    if st is None and kind == "unknown" and fallback:  # not in a motion, bill, memorie van toelichting
        from .lijst import recognise_lijst

        # on a copy: a try that finds nothing leaves no signatories behind
        alt = recognise_lijst(source, meta.model_copy(deep=True), strict=True)
        if _has_questions(alt):
            alt.meta.kind = "lijst-van-vragen-en-antwoorden"
            alt.warnings.insert(0, "no known layout; read as a numbered list of questions and answers")
            alt.grammar = "fallback"
            return alt
    if st is None or not (any(f.questions for f in st.factions) or st.notices):
        # a notice without printed questions (a Mededeling letter) is kept
        return plain(source, meta, st)
    if not st.grammar:
        st.grammar = _grammar_name(kind, st)
    return st


def _grammar_name(kind, st: Structure) -> str:
    """The grammar that found ``st`` (the base of the confidence, see checks.py)."""
    if kind in ("kamervragen", "mededeling"):
        return "kamervragen"
    if kind == "lijst-van-vragen-en-antwoorden" or all(f.name is None for f in st.factions):
        return "lijst"
    if kind == "voorlopig-verslag":
        return "questions-only"
    if all(q.label for f in st.factions for q in f.questions):
        return "nota-numbered"
    return "nota-prose"


def _has_questions(st: Structure | None) -> bool:
    return st is not None and any(f.questions for f in st.factions)


def plain(source: Source, meta, previous: Structure | None = None) -> Structure:
    """The whole text as ``intro``: for documents that hold no question round."""
    if meta.kind != "mededeling":
        meta.kind = "unknown"
    from .headings import text_headings

    text = "\n\n".join(b.text for b in source.blocks)
    if not meta.signatories:  # a memorie van toelichting, a letter: who signs it
        from .items import items
        from .signature import signatories, split_closing

        its = items(source.blocks)
        meta.signatories = list(dict.fromkeys(signatories(split_closing(its, 0)[0])))
    warnings = list(previous.warnings) if previous else []
    warnings.append("no questions recognised; the document is shown as plain text")
    return Structure(meta=meta, intro=text, warnings=warnings, confidence=0.0,
                     headings=text_headings(source.blocks))
