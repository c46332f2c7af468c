"""Prose faction grammar (placeholder, lands next)."""

from __future__ import annotations

from ..model import Meta
from .structure import Structure


def recognise_prose(its, meta: Meta) -> Structure:
    return Structure(meta=meta)
