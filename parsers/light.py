"""A parsed document read back from the cache without pydantic.

Opening a cached document is the reader's most common start. Importing
pydantic and building the model's validators costs more than everything
else a warm start does, so the reader's fast path reads a cache entry into
these plain classes instead: the same attribute names, types and
convenience methods as :class:`parsers.model.Document` and its parts
(``doc.factions[0].questions[3].answer.text``, ``doc.question("SP-4")``,
``figure.value`` as ``Decimal`` or ``date``, ``xref.from_``), read-only by
convention, no validation.

The classes are generated from the model (``parsers/light_classes.py``,
written by ``tools/gen_light.py``; ``make light``), so a model field is
written once, in :mod:`parsers.model`; ``tests/test_light.py`` fails while
the generated file is stale and checks that every sample and corpus
document reads back equal.

They are built only from a cache entry whose checksum matched, i.e. from
JSON that this package wrote from a validated :class:`~parsers.model.Document`
of the same schema version; any surprise in the data (a missing or extra
key, a wrong type) raises :class:`ValueError` and the caller parses again.

This module imports only the standard library.
"""

from __future__ import annotations

from .light_classes import LIGHT_CLASSES, SHAPE, LightDocument

__all__ = ["LIGHT_CLASSES", "SHAPE", "LightDocument", "light_document"]


def light_document(data: object, schema_version: int) -> LightDocument:
    """``data`` (a dump dict) as a :class:`LightDocument`; ValueError if it does not fit."""
    doc = LightDocument(data)
    if doc.schema_version != schema_version:
        raise ValueError(f"schema version {doc.schema_version!r}, expected {schema_version}")
    return doc
