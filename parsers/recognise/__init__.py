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

from ..model import Unplaced
from ..source import Source
from .kind import detect_kind
from .meta import read_meta
from .reflow import needs_reflow, reflow, strip_furniture
from .structure import Structure


def recognise(source: Source) -> Structure:
    """The structure of ``source``; text a reader or the reflow set aside
    (page furniture) is listed in the structure's ``unplaced``."""
    meta = read_meta(source)
    kind = detect_kind(source, meta)
    meta.kind = kind
    if kind not in ("kamervragen", "mededeling"):  # that grammar cleans its own lines
        source = reflow(source) if needs_reflow(source) else strip_furniture(source)
    st = _grammar(source, meta, kind)
    st.unplaced[:0] = [
        Unplaced(text=text, line=line, reason=reason if reason.startswith(("page furniture", "footnote"))
                 else f"page furniture ({reason})")
        for text, line, reason in source.dropped
    ]
    return st


def _grammar(source: Source, meta, kind) -> Structure:
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
    if st is None and kind == "unknown":
        from .lijst import recognise_lijst

        alt = recognise_lijst(source, meta, strict=True)
        if _has_questions(alt):
            alt.meta.kind = "lijst-van-vragen-en-antwoorden"
            alt.warnings.insert(0, "no known layout; read as a numbered list of questions and answers")
            alt.confidence = min(alt.confidence, 0.6)  # a guess at the layout, not a known one
            return alt
    if st is None or not any(f.questions for f in st.factions):
        return plain(source, meta, st)
    return st


def _has_questions(st: Structure | None) -> bool:
    return st is not None and any(f.questions for f in st.factions)


def plain(source: Source, meta, previous: Structure | None = None) -> Structure:
    """The whole text as ``intro``: for documents that hold no question round."""
    if meta.kind != "mededeling":
        meta.kind = "unknown"
    text = "\n\n".join(b.text for b in source.blocks)
    warnings = list(previous.warnings) if previous else []
    warnings.append("no questions recognised; the document is shown as plain text")
    return Structure(meta=meta, intro=text, warnings=warnings, confidence=0.0)
