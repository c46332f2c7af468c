"""Helpers shared by the structured readers (OB XML, OB HTML, DOCX).

* :func:`clean` collapses the white space of pretty-printed markup;
* :func:`label_kind` tells whether a short line is a ``Vraag N`` /
  ``Antwoord N`` label (or a bare number) and normalises it;
* :func:`meta_from_pairs` maps OB metadata names (``DC.identifier``,
  ``OVERHEIDop.dossiernummer``, ...) to ``Source.meta`` keys, which are the
  field names of :class:`parsers.model.Meta`;
* :class:`Seg` / :func:`style_of` turn styled inline runs into one block text
  plus whole-block bold and italic hints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .typography import untypeset

_WS = re.compile(r"[ \t\r\f\v\u00a0\u2002\u2003\u2009\u200b]+")

#: ``Vraag 3``, ``Vraag 3, 4 en 5``, ``Antwoord 4a.``, ``Vragen 2 t/m 4``, ``Antwoord op vraag 1:``
LABEL_RE = re.compile(
    r"^(?P<word>Vra(?:ag|gen)|Antwoord(?:en)?)(?:\s+op\s+vra(?:ag|gen))?\s+"
    r"(?P<nums>\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|tot\s+en\s+met|[-–—])?\s*\d{1,3}[a-z]?)*)\s*[.:]?$",
    re.I,
)
#: a number (or a set of them: ``2 en 3``, ``4, 5``, ``6–8``) heading a
#: question or answer (OB HTML ``p.nummer``)
_BARE_NUMBER = re.compile(
    r"^(?P<nums>\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|tot\s+en\s+met|[-–—])\s*\d{1,3}[a-z]?)*)\s*[.:)]?$")


#: A footnote mark while the text of a paragraph is put together (private-use
#: characters, taken out again with the mark's place before a block is made).
REF_OPEN, REF_CLOSE = "\ue000", "\ue001"
REF = re.compile("\ue000([^\ue001]*)\ue001")


def take_refs(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` without its footnote marks, and (offset, key) of each."""
    out, found, length = [], [], 0
    pos = 0
    for m in REF.finditer(text):
        out.append(text[pos:m.start()])
        length += m.start() - pos
        found.append((length, m.group(1)))
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    lead = len(plain) - len(plain.lstrip())
    plain = plain.strip()
    return plain, [(max(0, min(len(plain), at - lead)), key) for at, key in found]


def ref_mark(key: str) -> str:
    """The stand-in for a footnote mark with ``key`` in text being put together."""
    return f"{REF_OPEN}{key}{REF_CLOSE}"


def clean(text: str) -> str:
    """Collapse runs of spaces/tabs and trim each line; keep explicit breaks."""
    lines = [_WS.sub(" ", line).strip() for line in untypeset(text.replace("\r\n", "\n")).split("\n")]
    out = "\n".join(line for line in lines if line)
    return out


def flat(text: str) -> str:
    """All white space (line breaks too) collapsed to single spaces."""
    return " ".join(text.split())


def label_kind(text: str, default: str) -> tuple[str, str] | None:
    """``("question"|"answer", normalised label)`` if ``text`` is a label.

    ``default`` ("question" or "answer") decides the word for a bare number
    (``3`` -> ``Vraag 3``) and the role of a label whose word disagrees with
    its container (OB HTML heads answers with ``Vraag 1``; that becomes
    ``Antwoord 1`` inside an answer).
    """
    t = flat(text)
    m = LABEL_RE.match(t)
    if m:
        nums = m["nums"]
        word = m["word"].lower()
        own = "answer" if word.startswith("antwoord") else "question"
        role = default or own
        if role == own:
            return role, t.rstrip(".:").strip()
        prefix = "Antwoord" if role == "answer" else ("Vragen" if word.endswith("en") else "Vraag")
        return role, f"{prefix} {nums}"
    b = _BARE_NUMBER.match(t)
    if b and default:
        return default, ("Antwoord " if default == "answer" else "Vraag ") + b["nums"]
    return None


def session_year(text: str) -> str | None:
    """``Vergaderjaar 2023–2024`` / ``2023-2024`` / ``20232024`` -> ``2023-2024``."""
    m = re.search(r"((?:19|20)\d\d)\s*[-–—/]?\s*((?:19|20)\d\d)", text)
    return f"{m[1]}-{m[2]}" if m else None


def iso_date(value: str | None) -> str | None:
    """``2024-03-06`` (or a longer ISO timestamp) -> ``2024-03-06``; else None."""
    if not value:
        return None
    m = re.match(r"\s*((?:19|20)\d\d-[01]\d-[0-3]\d)", value)
    return m[1] if m else None


def house_of(text: str) -> str | None:
    if re.search(r"Eerste\s*Kamer", text, re.I):
        return "Eerste Kamer"
    if re.search(r"Tweede\s*Kamer", text, re.I):
        return "Tweede Kamer"
    return None


# OB metadata name -> (Source.meta key, converter)
_META_KEYS: dict[str, tuple[str, object]] = {
    "dc.identifier": ("publication_id", str.strip),
    "dcterms.identifier": ("publication_id", str.strip),
    "overheidop.dossiernummer": ("dossier", lambda v: re.sub(r"\s", "", v)),
    "overheidop.vergaderjaar": ("session_year", session_year),
    "overheidop.datumontvangst": ("date", iso_date),
    "overheidop.datumindiening": ("date_submitted", iso_date),
    "overheidop.zaaknummer": ("zaak", str.strip),
    "dc.title": ("title", flat),
    "dcterms.title": ("title", flat),
    "dc.creator": ("house", house_of),
    "dcterms.creator": ("house", house_of),
}


def meta_from_pairs(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Map OB ``<meta name=... content=...>`` pairs to ``Source.meta``.

    ``OVERHEIDop.ondernummer`` becomes ``document_letter`` when it is letters
    (Eerste Kamer: ``F``, ``AB``), else ``document_number``. The first value
    of a key wins.
    """
    out: dict[str, str] = {}
    for raw_name, raw_value in pairs:
        key = raw_name.strip().lower()
        value = (raw_value or "").strip()
        if not value:
            continue
        if key == "overheidop.ondernummer":
            k = "document_letter" if value.isalpha() else "document_number"
            out.setdefault(k, value)
            continue
        if key not in _META_KEYS:
            continue
        field, conv = _META_KEYS[key]
        converted = conv(value)  # type: ignore[operator]
        if converted:
            out.setdefault(field, converted)
    return out


@dataclass
class Seg:
    """A piece of inline text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


def style_of(segs: list[Seg]) -> tuple[str, bool, bool]:
    """Joined text and whether *all* visible text is bold / italic."""
    text = clean("".join(s.text for s in segs))
    visible = [s for s in segs if s.text.strip()]
    bold = bool(visible) and all(s.bold for s in visible)
    italic = bool(visible) and all(s.italic for s in visible)
    return text, bold, italic


class Run:
    """Styled inline text collected piece by piece, as :func:`style_of` would
    see the same segments, in memory proportional to the text: pieces are
    joined every :data:`_JOIN_EVERY` additions, whatever their number."""

    __slots__ = ("_parts", "visible", "bold", "italic")

    _JOIN_EVERY = 512

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.visible = False
        self.bold = True
        self.italic = True

    def __bool__(self) -> bool:
        return bool(self._parts)

    def add(self, text: str, bold: bool = False, italic: bool = False) -> None:
        """Append a segment (see :class:`Seg`)."""
        if not text:
            return
        if text.strip():
            self.visible = True
            self.bold = self.bold and bold
            self.italic = self.italic and italic
        self._parts.append(text)
        if len(self._parts) >= self._JOIN_EVERY:
            self._parts = ["".join(self._parts)]

    def add_segs(self, segs: list[Seg]) -> None:
        for s in segs:
            self.add(s.text, s.bold, s.italic)

    def style(self) -> tuple[str, bool, bool]:
        """``(text, all bold, all italic)`` exactly as :func:`style_of`."""
        text = clean("".join(self._parts))
        return text, self.visible and self.bold, self.visible and self.italic
