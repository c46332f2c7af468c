"""A parsed document read back from the cache without pydantic.

Opening a cached document is the reader's most common start. Importing
pydantic and building the model's validators costs more than everything
else a warm start does, so the reader's fast path reads a cache entry into
these plain classes instead: the same attribute names, types and
convenience methods as :class:`parsers.model.Document` and its parts
(``doc.factions[0].questions[3].answer.text``, ``doc.question("SP-4")``,
``figure.value`` as ``Decimal`` or ``date``, ``xref.from_``), read-only by
convention, no validation.

They are built only from a cache entry whose checksum matched, i.e. from
JSON that this package wrote from a validated :class:`~parsers.model.Document`
of the same schema version; any surprise in the data (a missing or extra
key, a wrong type) raises :class:`ValueError` and the caller parses again.
``tests/test_light.py`` keeps the field lists equal to the model's and
checks that every sample and corpus document reads back equal.

This module imports only the standard library.
"""

from __future__ import annotations

import copy
import datetime as _dt
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, ClassVar

from .lookups import QuestionLookups

__all__ = ["LightDocument", "light_document"]

Convert = Callable[[Any], Any]


def _list_of(convert: Convert) -> Convert:
    def each(items: Any) -> list:
        if not isinstance(items, list):
            raise ValueError(f"expected a list, got {type(items).__name__}")
        return [convert(item) for item in items]
    return each


def _optional(convert: Convert) -> Convert:
    return lambda value: None if value is None else convert(value)


def _date(value: Any) -> _dt.date:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date, got {value!r}")
    return _dt.date.fromisoformat(value)


def _figure_value(value: Any) -> Decimal | _dt.date:
    """A figure's value as the model has it: ISO text is a date, a number a Decimal."""
    if isinstance(value, bool):
        raise ValueError("a figure value cannot be a boolean")
    if isinstance(value, str):
        return _dt.date.fromisoformat(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        try:
            return Decimal(repr(value))
        except InvalidOperation as exc:  # pragma: no cover - orjson never yields nan/inf
            raise ValueError(f"bad figure value {value!r}") from exc
    raise ValueError(f"bad figure value {value!r}")


class _Light:
    """Base: attributes from one JSON object whose keys are exactly ``FIELDS``."""

    #: The JSON keys (aliases where the model has one), as the dump writes them.
    FIELDS: ClassVar[tuple[str, ...]] = ()
    #: Converters for keys whose JSON value is not the attribute value.
    CONVERT: ClassVar[dict[str, Convert]] = {}
    #: JSON key -> attribute name, where they differ (``from`` -> ``from_``).
    RENAME: ClassVar[dict[str, str]] = {}
    _KEYS: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._KEYS = frozenset(cls.FIELDS)

    def __init__(self, data: Any) -> None:
        if not isinstance(data, dict) or data.keys() != self._KEYS:
            got = sorted(data) if isinstance(data, dict) else type(data).__name__
            raise ValueError(f"{type(self).__name__}: expected keys {sorted(self._KEYS)}, got {got}")
        attrs = self.__dict__
        convert, rename = self.CONVERT, self.RENAME
        for key, value in data.items():
            fn = convert.get(key)
            attrs[rename.get(key, key)] = fn(value) if fn is not None else value

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in list(self.__dict__.items())[:3])
        return f"{type(self).__name__}({shown}, ...)"


def _one(cls: type[_Light]) -> Convert:
    return cls


class LightLocation(_Light):
    FIELDS = ("line", "page")


class LightPart(_Light):
    FIELDS = ("label", "text", "start", "end")


_parts = _list_of(LightPart)
_location = _one(LightLocation)


class LightAnswer(_Light):
    FIELDS = ("text", "parts", "status", "joint", "label", "location", "shared_with")
    CONVERT = {"parts": _parts, "location": _location}


class LightPartAudit(_Light):
    FIELDS = ("index", "label", "text", "start", "end", "asks", "result", "reason", "certain")


class LightAudit(_Light):
    FIELDS = ("result", "reason", "certain", "parts")
    CONVERT = {"parts": _list_of(LightPartAudit)}


class LightQuestion(_Light):
    FIELDS = ("id", "number", "text", "parts", "answer", "label", "section", "location", "audit")
    CONVERT = {"parts": _parts, "answer": _optional(LightAnswer), "location": _location,
               "audit": _optional(LightAudit)}


class LightFaction(_Light):
    FIELDS = ("name", "heading", "members", "joins", "questions", "location")
    CONVERT = {"questions": _list_of(LightQuestion), "location": _location}


class LightAsker(_Light):
    FIELDS = ("name", "party")


class LightMeta(_Light):
    FIELDS = (
        "kind", "document_type", "house", "dossier", "document_letter", "document_number",
        "publication_id", "session_year", "date", "date_submitted", "title", "signatories",
        "askers", "addressees", "answerer", "zaak", "reference", "source_format", "source_name",
    )
    CONVERT = {"date": _optional(_date), "date_submitted": _optional(_date),
               "askers": _list_of(LightAsker)}


class LightFigure(_Light):
    FIELDS = ("kind", "text", "value", "unit", "question", "field", "start", "end")
    CONVERT = {"value": _figure_value}


class LightCitation(_Light):
    FIELDS = ("kind", "text", "id", "url", "kamerstuk", "question", "field", "start", "end")


class LightXRef(_Light):
    FIELDS = ("from", "to", "text", "field", "start", "end")
    RENAME = {"from": "from_"}


class LightNotice(_Light):
    FIELDS = ("kind", "label", "text", "questions", "location")
    CONVERT = {"location": _location}


class LightDeadline(_Light):
    FIELDS = ("text", "start", "end", "due", "kind")
    CONVERT = {"due": _optional(_date)}


class LightCommitment(_Light):
    FIELDS = ("question", "field", "start", "end", "text", "trigger", "action", "who", "deadline")
    CONVERT = {"deadline": _optional(LightDeadline)}


class LightHeading(_Light):
    FIELDS = ("text", "question", "start", "location")
    CONVERT = {"location": _location}


class LightCheck(_Light):
    FIELDS = ("code", "message", "severity", "question", "line", "page", "params")


class LightAccounting(_Light):
    FIELDS = ("words_in", "words_placed", "words_set_aside", "words_lost")


class LightUnplaced(_Light):
    FIELDS = ("text", "line", "page", "reason")


class LightReport(_Light):
    FIELDS = ("unplaced", "warnings", "questions_without_answer", "answers_without_question",
              "confidence", "checks", "accounting")
    CONVERT = {"unplaced": _list_of(LightUnplaced), "checks": _list_of(LightCheck),
               "accounting": LightAccounting}


class LightDocument(QuestionLookups, _Light):
    """A cached :class:`parsers.model.Document`, read without pydantic."""

    FIELDS = ("schema_version", "meta", "intro", "factions", "closing", "footnotes", "notices",
              "headings", "figures", "citations", "xrefs", "commitments", "report")
    CONVERT = {
        "meta": LightMeta, "factions": _list_of(LightFaction), "figures": _list_of(LightFigure),
        "commitments": _list_of(LightCommitment),
        "notices": _list_of(LightNotice), "headings": _list_of(LightHeading),
        "citations": _list_of(LightCitation), "xrefs": _list_of(LightXRef), "report": LightReport,
    }

    def __init__(self, data: Any) -> None:
        super().__init__(data)
        self._data = data

    def to_jsonable(self) -> dict:
        """The dump form (``vragenronde dump``), as the cache stored it (a copy)."""
        return copy.deepcopy(self._data)


#: Every light class by the name of the model class it stands for.
LIGHT_CLASSES: dict[str, type[_Light]] = {
    cls.__name__.removeprefix("Light"): cls
    for cls in (LightLocation, LightPart, LightAnswer, LightQuestion, LightFaction, LightAsker,
                LightMeta, LightFigure, LightCitation, LightXRef, LightNotice, LightHeading,
                LightPartAudit, LightAudit, LightDeadline, LightCommitment,
                LightCheck, LightAccounting, LightUnplaced, LightReport,
                LightDocument)
}


#: Every class's field list in one string: part of the cache key, so that a
#: field added to the model (and so here: ``tests/test_light.py``) makes
#: every older entry a miss instead of one only the slow path can read.
SHAPE = ";".join(f"{name}:{','.join(cls.FIELDS)}" for name, cls in sorted(LIGHT_CLASSES.items()))


def light_document(data: Any, schema_version: int) -> LightDocument:
    """``data`` (a dump dict) as a :class:`LightDocument`; ValueError if it does not fit."""
    doc = LightDocument(data)
    if doc.schema_version != schema_version:
        raise ValueError(f"schema version {doc.schema_version!r}, expected {schema_version}")
    return doc
