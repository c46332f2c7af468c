"""The runtime of :mod:`parsers.light`: the base class and the value converters.

The light classes themselves (one per model class, with its field list and
converters) are generated from :mod:`parsers.model` into
:mod:`parsers.light_classes` by ``tools/gen_light.py``; this module holds
what they are built from. Standard library only.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (the cache's fast path)
if TYPE_CHECKING:
    from typing import Any, Callable, ClassVar

    Convert = Callable[[Any], Any]

__all__ = ["LightBase", "LightRoot", "date_value", "decimal_or_date", "decimal_value",
           "list_of", "optional"]


def list_of(convert: Convert) -> Convert:
    """A converter of a JSON list whose items each go through ``convert``."""
    def each(items: Any) -> list:
        if not isinstance(items, list):
            raise ValueError(f"expected a list, got {type(items).__name__}")
        return [convert(item) for item in items]
    return each


def optional(convert: Convert) -> Convert:
    """``convert``, letting JSON null through as None."""
    return lambda value: None if value is None else convert(value)


def date_value(value: Any) -> _dt.date:
    """An ISO date string as a ``date``."""
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date, got {value!r}")
    return _dt.date.fromisoformat(value)


def decimal_value(value: Any) -> Decimal:
    """A JSON number as the model's ``Decimal`` (a float by its shortest repr,
    so ``0.1`` stays ``Decimal("0.1")``)."""
    if isinstance(value, bool):
        raise ValueError("a decimal cannot be a boolean")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        try:
            return Decimal(repr(value))
        except InvalidOperation as exc:  # pragma: no cover - JSON has no nan/inf
            raise ValueError(f"bad decimal {value!r}") from exc
    raise ValueError(f"bad decimal {value!r}")


def decimal_or_date(value: Any) -> Decimal | _dt.date:
    """A figure's value as the model has it: ISO text is a date, a number a Decimal."""
    if isinstance(value, str):
        return _dt.date.fromisoformat(value)
    return decimal_value(value)


class LightBase:
    """Attributes from one JSON object whose keys are exactly ``FIELDS``."""

    #: The JSON keys (aliases where the model has one), as the dump writes them.
    FIELDS: ClassVar[tuple[str, ...]] = ()
    #: Converters for keys whose JSON value is not the attribute value.
    CONVERT: ClassVar[dict[str, Convert]] = {}
    #: JSON key -> attribute name, where they differ (``from`` -> ``from_``).
    RENAME: ClassVar[dict[str, str]] = {}
    _KEYS: ClassVar[frozenset[str]] = frozenset()
    _CONVERT_ITEMS: ClassVar[tuple[tuple[str, Convert], ...]] = ()
    _RENAME_ITEMS: ClassVar[tuple[tuple[str, str], ...]] = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._KEYS = frozenset(cls.FIELDS)
        cls._CONVERT_ITEMS = tuple(cls.CONVERT.items())
        cls._RENAME_ITEMS = tuple(cls.RENAME.items())

    def __init__(self, data: Any) -> None:
        # every value copied at once, then only the few that need it converted:
        # a cached document is hundreds of these objects
        if not isinstance(data, dict) or data.keys() != self._KEYS:
            got = sorted(data) if isinstance(data, dict) else type(data).__name__
            raise ValueError(f"{type(self).__name__}: expected keys {sorted(self._KEYS)}, got {got}")
        attrs = self.__dict__
        attrs.update(data)
        for key, convert in self._CONVERT_ITEMS:
            attrs[key] = convert(attrs[key])
        for key, name in self._RENAME_ITEMS:
            attrs[name] = attrs.pop(key)

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in list(self.__dict__.items())[:3])
        return f"{type(self).__name__}({shown}, ...)"


class LightRoot(LightBase):
    """The document: also keeps the JSON it was read from, for the dump."""

    def __init__(self, data: Any) -> None:
        super().__init__(data)
        self._data = data

    def to_jsonable(self) -> dict:
        """The dump form (``vragenronde dump``), as the cache stored it (a copy)."""
        import copy

        return copy.deepcopy(self._data)
