"""The typed model of a parsed question round.

This is the public form of a parse: ``vragenronde dump`` prints
``Document.to_jsonable()``, the cache stores it, and the reader renders it.
The field names documented in ``docs/dump-format.md`` are stable; fields may be
added, never renamed.

Offsets (``start``/``end``) are Python string indices into the text named by
``field`` of the question named by ``question`` (or the document ``intro`` /
``closing`` when ``question`` is null), so a renderer can highlight a span
without parsing again.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from .lookups import QuestionLookups
from .version import SCHEMA_VERSION as SCHEMA_VERSION  # re-exported: the model's version

Kind = Literal[
    "nota-naar-aanleiding-van-verslag",
    "memorie-van-antwoord",
    "voorlopig-verslag",
    "verslag-schriftelijk-overleg",
    "lijst-van-vragen-en-antwoorden",
    "kamervragen",
    "mededeling",
    "unknown",
]

Status = Literal["answered", "by-reference", "deferred", "missing"]

#: Where a span sits: the question text, the answer text, the cover letter
#: (``intro``), the closing text, or the document title.
Field_ = Literal["question", "answer", "intro", "closing", "title"]


def _number(value: Decimal) -> int | float:
    """Serialise a Decimal as a JSON number (int when integral)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


JsonDecimal = Annotated[Decimal, PlainSerializer(_number, return_type=int | float)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Location(_Model):
    """Where something starts in the source: 1-based line, and page for PDFs."""

    line: int | None = None
    page: int | None = None


class Part(_Model):
    """A labelled sub-item (``a``, ``b``, ...) of a question or an answer.

    ``start``/``end`` delimit the part's text inside the parent's ``text``.
    """

    label: str
    text: str
    start: int
    end: int


class Answer(_Model):
    text: str
    parts: list[Part] = Field(default_factory=list)
    status: Status = "answered"
    #: Question numbers that share this answer (``Antwoord 3, 4 en 5``), else null.
    joint: list[int] | None = None
    #: The label as printed (``Antwoord 4a.``, ``Antwoord 3, 4 en 5``), if any.
    label: str | None = None
    location: Location = Field(default_factory=Location)
    #: For a joint answer: the id of the question that holds it (the first
    #: question of the group); null on that question itself and on answers of
    #: one question. The text is the same answer, repeated so that a script
    #: reading one question needs no lookup; it is one answer, shown once.
    shared_with: str | None = None


AuditResult = Literal["answered", "partly", "deferred", "by_reference", "unanswered"]
AskKind = Literal["amount", "list", "date", "position", "explanation"]


class PartAudit(_Model):
    """The audit of one question part: what it asks and whether the answer gives it.

    ``start``/``end`` delimit the part in the question's ``text``."""

    #: 1-based position among the question's asked parts.
    index: int
    #: The labelled sub-item (``a``, ``b``) the part stands in, if any.
    label: str | None = None
    text: str
    start: int
    end: int
    asks: AskKind
    result: AuditResult
    #: Why, in one short Dutch line (``vraagt om een bedrag; het antwoord noemt geen bedrag``).
    reason: str
    #: False when the result rests on a likely gap in the parse, not on the text.
    certain: bool = True


class Audit(_Model):
    """The answer audit of one question: a result per asked part and overall."""

    result: AuditResult
    reason: str
    certain: bool = True
    parts: list[PartAudit] = Field(default_factory=list)


class Question(_Model):
    id: str
    number: int
    text: str
    parts: list[Part] = Field(default_factory=list)
    answer: Answer | None = None
    #: The label as printed (``Vraag 3``, ``- 4.``), if any.
    label: str | None = None
    #: The topic heading the question stands under (``2. Papieren weg``), if any.
    section: str | None = None
    location: Location = Field(default_factory=Location)
    #: The answer audit (null in a document that holds no answers).
    audit: Audit | None = None


class Faction(_Model):
    """An ordered block of questions: one faction, a joint block, or (name null)
    a document without factions (Kamervragen, lijst van vragen)."""

    name: str | None
    #: The heading line as printed, e.g. ``De leden van de SP-fractie hebben ...``.
    heading: str | None = None
    #: Other factions named in a joint heading (``fracties van CDA, PVV en SP``).
    members: list[str] = Field(default_factory=list)
    #: Factions this one joins without own questions (``sluiten zich aan bij``).
    joins: list[str] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)


class Asker(_Model):
    name: str
    party: str | None = None


class Meta(_Model):
    kind: Kind = "unknown"
    document_type: str | None = None
    house: str | None = None
    dossier: str | None = None
    document_letter: str | None = None
    document_number: str | None = None
    publication_id: str | None = None
    session_year: str | None = None
    #: Date of the document (received / answered), ISO.
    date: _dt.date | None = None
    #: Date the questions were submitted (``ingezonden``), Kamervragen only.
    date_submitted: _dt.date | None = None
    title: str | None = None
    signatories: list[str] = Field(default_factory=list)
    askers: list[Asker] = Field(default_factory=list)
    addressees: list[str] = Field(default_factory=list)
    answerer: str | None = None
    zaak: str | None = None
    #: The sender's reference of a letter (``Onze referentie``, ``Ons kenmerk``).
    reference: str | None = None
    source_format: str | None = None
    source_name: str | None = None


class Figure(_Model):
    kind: Literal["money", "percent", "date", "quantity"]
    text: str
    #: Decimal value (money in units of ``unit``, percent 37 = 37 %); dates as ISO.
    value: JsonDecimal | _dt.date
    unit: str
    question: str | None = None
    field: Field_
    start: int
    end: int


class Citation(_Model):
    kind: Literal[
        "kamerstuk", "aanhangsel", "kenmerk", "zaak", "document", "motie",
        "brief", "dossier", "publicatie",
    ]
    text: str
    id: str
    url: str | None = None
    #: For motions and letters: the Kamerstuk id the text links them to.
    kamerstuk: str | None = None
    question: str | None = None
    field: Field_
    start: int
    end: int


class XRef(_Model):
    """A reference from one answer (or question) to another question's answer."""

    from_: str = Field(alias="from")
    to: str
    text: str
    field: Field_ = "answer"
    start: int = 0
    end: int = 0


class Notice(_Model):
    """A notice in place of answers: a *Mededeling* (the answer is delayed,
    or was given elsewhere). Its questions get an answer with status
    ``deferred`` and no text; the notice text is here, once."""

    kind: Literal["mededeling", "notice"] = "mededeling"
    #: The notice's opening line as printed (``Mededeling van Minister … (ontvangen …)``).
    label: str | None = None
    text: str
    #: Ids of the questions it concerns (all questions of the document when it names none).
    questions: list[str] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)


class Deadline(_Model):
    """When a commitment is due: the phrase as printed and its normalised date.

    ``due`` is the last day (``voor de zomer`` -> 1 July; ``eind dit jaar`` ->
    31 December of the answer's year); null when the phrase names no
    concrete time (``zo spoedig mogelijk``) or the year cannot be known."""

    text: str
    start: int
    end: int
    due: _dt.date | None = None
    #: ``date`` (a day), ``period`` (a season, quarter, month or year), ``event``
    #: (``bij de Voorjaarsnota``), ``relative`` (``binnen drie weken``) or ``vague``.
    kind: Literal["date", "period", "event", "relative", "vague"] = "period"


class Commitment(_Model):
    """A sentence in an answer where the answerer commits to an action (a *toezegging*).

    ``start``/``end`` delimit the sentence in the answer text of ``question``."""

    question: str | None
    field: Field_ = "answer"
    start: int
    end: int
    text: str
    #: The words that make it a commitment (``zal ik de Kamer … informeren``).
    trigger: str
    #: ``inform`` (the Kamer will be informed or sent something), ``return``
    #: (``kom ik op terug``), ``investigate`` (``onderzoeken``, ``verkennen``) or ``act``.
    action: Literal["inform", "return", "investigate", "act"] = "act"
    #: Who committed: the answerer as the document names them.
    who: str | None = None
    deadline: Deadline | None = None


class Heading(_Model):
    """A topic or section heading (``2.3 Uitvoering``, ``Algemeen``).

    ``question`` is the first question under it; a heading before the first
    question (or in a document without questions) has ``question`` null and
    ``start`` its offset in ``intro``."""

    text: str
    question: str | None = None
    start: int | None = None
    location: Location = Field(default_factory=Location)


class FootnoteRef(_Model):
    """Where a footnote's reference mark stood: at ``start`` in ``field`` of
    question ``question`` (``intro`` / ``closing`` when ``question`` is
    null). The mark itself is not in the text; ``key`` is its key in
    ``Document.footnotes`` (the number as printed)."""

    key: str
    question: str | None = None
    field: Field_ = "answer"
    start: int = 0


class Check(_Model):
    """A structure check that did not pass, with where it applies.

    ``code`` is stable (see docs/dump-format.md); ``message`` is one English
    line; ``params`` holds the facts in the message for other languages."""

    code: str
    message: str
    severity: Literal["error", "warning", "info"] = "warning"
    question: str | None = None
    line: int | None = None
    page: int | None = None
    params: dict[str, str] = Field(default_factory=dict)


class Accounting(_Model):
    """Text accounting: the words the reader gave the recogniser and where
    they ended up. ``lost`` words were found in no place; they are added to
    ``report.unplaced`` so that nothing is dropped silently."""

    words_in: int = 0
    words_placed: int = 0
    words_set_aside: int = 0
    words_lost: int = 0


class Unplaced(_Model):
    text: str
    line: int | None = None
    page: int | None = None
    reason: str = ""


class Report(_Model):
    unplaced: list[Unplaced] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    questions_without_answer: list[str] = Field(default_factory=list)
    answers_without_question: list[str] = Field(default_factory=list)
    #: 0..1: how sure the recogniser is about the structure it found.
    confidence: float = 0.0
    #: The grammar that found the structure (the base of the confidence):
    #: ``kamervragen``, ``lijst``, ``nota-numbered``, ``nota-prose``, ``reply``,
    #: ``questions-only``, ``fallback``; empty for a document without questions.
    grammar: str = ""
    #: Structure checks that did not pass (numbering gaps, unreadable labels, ...).
    checks: list[Check] = Field(default_factory=list)
    accounting: Accounting = Field(default_factory=Accounting)


class Document(QuestionLookups, _Model):
    schema_version: int = SCHEMA_VERSION
    meta: Meta = Field(default_factory=Meta)
    #: Text before the first question block (cover letter, introduction).
    intro: str = ""
    factions: list[Faction] = Field(default_factory=list)
    #: Text after the last answer (signature, closing remarks).
    closing: str = ""
    footnotes: dict[str, str] = Field(default_factory=dict)
    #: Where each footnote's reference mark stood, for the formats that say
    #: so (DOCX, ODT, PDF, XML, HTML), in document order.
    footnote_refs: list[FootnoteRef] = Field(default_factory=list)
    #: Notices in place of answers (Mededelingen).
    notices: list[Notice] = Field(default_factory=list)
    #: Topic and section headings in document order.
    headings: list[Heading] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    xrefs: list[XRef] = Field(default_factory=list)
    #: Commitments (toezeggingen) found in the answers, in document order.
    commitments: list[Commitment] = Field(default_factory=list)
    report: Report = Field(default_factory=Report)

    # -- convenience (questions() and question(qid): QuestionLookups) -------
    def to_jsonable(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)
