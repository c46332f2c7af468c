"""Write ``parsers/light_classes.py`` from the pydantic model (``make light``).

The cache's fast path (:mod:`parsers.light`) reads a cached document into
plain classes so that a warm start never imports pydantic. Their field lists
and converters are not written by hand: this script derives them from
:mod:`parsers.model`, so a model field is written once, in the model, and
carried over by running

    .venv/bin/python tools/gen_light.py        # or: make light

``tests/test_light.py`` fails with that command while the generated file is
stale. ``--check`` exits 1 (and writes nothing) when it is.

Each model class ``X`` becomes ``LightX`` with ``FIELDS`` (the JSON keys in
model order, aliases where the model has one), ``RENAME`` (alias -> attribute
name) and ``CONVERT`` (keys whose JSON value is not the attribute value:
nested models, lists and optionals of them, dates, Decimals). Plain mixins
of a model class (``QuestionLookups``) are kept; ``Document`` is the root
(it keeps its JSON for ``to_jsonable``). The file ends with ``SHAPE``: every
class's fields and their types in one string, part of the cache key, so that
entries written for another shape are never read.

A type the converters do not know stops the script with a message naming
the field: add a converter to :mod:`parsers.light_base` and a case below.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import types
import typing
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pydantic import BaseModel  # noqa: E402

from parsers import model  # noqa: E402

TARGET = ROOT / "parsers" / "light_classes.py"
COMMAND = ".venv/bin/python tools/gen_light.py  (or: make light)"
#: The model class whose light form keeps its JSON (``to_jsonable``).
ROOT_CLASS = "Document"
_PLAIN = (str, int, float, bool, type(None))


class UnknownType(Exception):
    """A field type without a converter."""


def model_classes(module: types.ModuleType = model) -> list[type[BaseModel]]:
    """The public model classes of ``module``, in the order it defines them,
    except that a class comes after every class its fields use (the light
    classes refer to each other when they are defined)."""
    found = [cls for name, cls in vars(module).items()
             if isinstance(cls, type) and issubclass(cls, BaseModel)
             and cls.__module__ == module.__name__ and not name.startswith("_")]
    ordered: list[type[BaseModel]] = []

    def place(cls: type[BaseModel], path: tuple = ()) -> None:
        if cls in ordered or cls in path:
            return
        for info in cls.model_fields.values():
            for used in _models_in(info.annotation):
                if used in found:
                    place(used, (*path, cls))
        ordered.append(cls)

    for cls in found:
        place(cls)
    return ordered


def _models_in(ann) -> list[type[BaseModel]]:
    """The model classes a field type mentions."""
    ann = _strip(ann)
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return [ann]
    return [m for arg in typing.get_args(ann) for m in _models_in(arg)]


def _strip(ann):
    while typing.get_origin(ann) is typing.Annotated:
        ann = typing.get_args(ann)[0]
    return ann


def _is_union(ann) -> bool:
    return typing.get_origin(ann) in (typing.Union, types.UnionType)


def converter(ann, where: str) -> str | None:
    """The converter expression for a field of type ``ann``, None when the JSON
    value is the attribute value already."""
    ann = _strip(ann)
    origin, args = typing.get_origin(ann), typing.get_args(ann)
    if ann in _PLAIN or origin is typing.Literal:
        return None
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return f"Light{ann.__name__}"
    if ann is dt.date:
        return "date_value"
    if ann is Decimal:
        return "decimal_value"
    if origin is list:
        inner = converter(args[0], where)
        return f"list_of({inner})" if inner else None
    if origin is dict:
        if any(converter(a, where) for a in args):
            raise UnknownType(f"{where}: dict values need no conversion, got {ann!r}")
        return None
    if _is_union(ann):
        present = [_strip(a) for a in args if a is not type(None)]
        if set(present) == {Decimal, dt.date}:
            inner = "decimal_or_date"
        elif len(present) == 1:
            inner = converter(present[0], where)
        elif all(converter(a, where) is None for a in present):
            inner = None
        else:
            raise UnknownType(f"{where}: no converter for the union {ann!r}")
        if inner and len(present) < len(args):
            return f"optional({inner})"
        return inner
    raise UnknownType(f"{where}: no converter for {ann!r}")


def type_text(ann) -> str:
    """A short, stable spelling of a field type for ``SHAPE``."""
    ann = _strip(ann)
    origin, args = typing.get_origin(ann), typing.get_args(ann)
    if origin is typing.Literal:
        return "Literal[" + ",".join(repr(a) for a in args) + "]"
    if _is_union(ann):
        return "|".join(type_text(a) for a in args)
    if origin is not None:
        return f"{origin.__name__}[{','.join(type_text(a) for a in args)}]"
    return "None" if ann is type(None) else ann.__name__


def _literal(head: str, items: list[str], tail: str) -> list[str]:
    """``head item, item, ... tail`` on one line, or wrapped at 96 columns."""
    line = f"    {head}{', '.join(items)}{tail}"
    if len(line) <= 96:
        return [line]
    lines, current = [], f"    {head}"
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else tail)
        if len(current) + len(piece) + 1 > 96 and current.strip() != head.strip():
            lines.append(current.rstrip())
            current = " " * (4 + len(head))
        current += piece + " "
    lines.append(current.rstrip())
    return lines


def _mixins(cls: type[BaseModel]) -> list[type]:
    return [b for b in cls.__bases__ if not issubclass(b, BaseModel)]


def render(module: types.ModuleType = model) -> str:
    """The text of ``parsers/light_classes.py`` for the model in ``module``."""
    classes = model_classes(module)
    imports = sorted({(m.__module__, m.__name__) for cls in classes for m in _mixins(cls)})
    out = [
        '"""GENERATED from parsers/model.py by tools/gen_light.py: do not edit.',
        "",
        "The light (pydantic-free) class of every model class; see parsers/light.py.",
        f"After changing the model, run: {COMMAND}",
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    out += [f"from {mod.replace('parsers.', '.', 1)} import {name}" for mod, name in imports]
    out += ["from .light_base import (  # noqa: F401  (not every converter is in use)",
            "    LightBase, LightRoot, date_value, decimal_or_date, decimal_value, list_of, optional,",
            ")", ""]
    shape = []
    for cls in classes:
        name = cls.__name__
        fields, convert, rename, typed = [], {}, {}, []
        for attr, info in cls.model_fields.items():
            key = info.alias or attr
            fields.append(key)
            if key != attr:
                rename[key] = attr
            fn = converter(info.annotation, f"{name}.{attr}")
            if fn:
                convert[key] = fn
            typed.append(f"{key}={type_text(info.annotation)}")
        shape.append(f"{name}:{','.join(typed)}")
        base = "LightRoot" if name == ROOT_CLASS else "LightBase"
        bases = ", ".join([m.__name__ for m in _mixins(cls)] + [base])
        out += ["", f"class Light{name}({bases}):",
                f'    """:class:`parsers.model.{name}` without pydantic."""', "",
                ]
        out += _literal("FIELDS = (", [repr(f) for f in fields], ",)" if len(fields) == 1 else ")")
        if convert:
            out += _literal("CONVERT = {", [f"{k!r}: {v}" for k, v in convert.items()], "}")
        if rename:
            out += _literal("RENAME = {", [f"{k!r}: {v!r}" for k, v in rename.items()], "}")
        out.append("")
    out += ["", "#: Every light class by the name of the model class it stands for.",
            "LIGHT_CLASSES: dict[str, type[LightBase]] = {"]
    out += [f"    {c.__name__!r}: Light{c.__name__}," for c in classes]
    out += ["}", "",
            "#: Every class's fields and types: part of the cache key (parsers/cache.py).",
            "SHAPE = (" ]
    out += [f"    {(s + (';' if i < len(shape) - 1 else ''))!r}" for i, s in enumerate(shape)]
    out += [")", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is stale; write nothing")
    opts = ap.parse_args(argv)
    try:
        text = render()
    except UnknownType as exc:
        print(f"gen_light: {exc}", file=sys.stderr)
        return 2
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if opts.check:
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is stale; run: {COMMAND}", file=sys.stderr)
            return 1
        return 0
    if current != text:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
