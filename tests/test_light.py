"""parsers.light: the cached document read without pydantic equals the model.

The light classes are generated from the pydantic model
(``tools/gen_light.py``); these tests fail while the generated file is stale,
check what the generator makes of each kind of field, and check on every
sample and corpus document that a cache round trip through the light path
gives the same values, of the same types, as the validated model.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import BaseModel

from parsers import model, parse_path
from parsers.cache import Cache
from parsers.light import LIGHT_CLASSES, LightDocument
from tests.corpus import ROOT, SAMPLES, SHARED, need_shared

MODEL_CLASSES = {
    name: cls for name, cls in vars(model).items()
    if isinstance(cls, type) and issubclass(cls, BaseModel) and cls.__module__ == model.__name__
    and not name.startswith("_")
}


def test_the_generated_light_classes_are_up_to_date():
    """A model field is written once, in parsers/model.py; this says how to carry it over."""
    from tools import gen_light

    current = gen_light.TARGET.read_text(encoding="utf-8")
    assert current == gen_light.render(), (
        f"parsers/light_classes.py is stale after a change to parsers/model.py; run: {gen_light.COMMAND}")


def test_every_model_class_has_a_light_class_with_the_same_fields():
    assert sorted(LIGHT_CLASSES) == sorted(MODEL_CLASSES)
    for name, cls in MODEL_CLASSES.items():
        keys = [f.alias or n for n, f in cls.model_fields.items()]
        assert list(LIGHT_CLASSES[name].FIELDS) == keys, name


def _fake_model(**classes):
    import types

    module = types.ModuleType("fake_model")
    for name, cls in classes.items():
        cls.__module__ = module.__name__
        setattr(module, name, cls)
    return module


def test_the_generator_carries_a_new_field_with_its_converter():
    from pydantic import Field

    from tools import gen_light

    class Inner(BaseModel):
        when: dt.date | None = None

    class Outer(BaseModel):
        name: str
        amount: Decimal
        inners: list[Inner] = Field(default_factory=list)
        from_: str = Field(alias="from")

    text = gen_light.render(_fake_model(Outer=Outer, Inner=Inner))  # used before defined
    assert text.index("class LightInner(") < text.index("class LightOuter(")
    assert "class LightInner(LightBase):" in text
    assert "    CONVERT = {'when': optional(date_value)}" in text
    assert "    FIELDS = ('name', 'amount', 'inners', 'from')" in text
    assert "    CONVERT = {'amount': decimal_value, 'inners': list_of(LightInner)}" in text
    assert "    RENAME = {'from': 'from_'}" in text
    assert "'Outer:name=str,amount=Decimal,inners=list[Inner],from=str'" in text


def test_the_generator_names_a_field_it_cannot_convert():
    from tools import gen_light

    class Odd(BaseModel):
        tags: set[int]

    with pytest.raises(gen_light.UnknownType, match=r"Odd\.tags: no converter for set\[int\]"):
        gen_light.render(_fake_model(Odd=Odd))


def same(expected, got, where: str = "doc") -> None:
    """Assert ``got`` (light) has every value of ``expected`` (model), typed alike."""
    if isinstance(expected, BaseModel):
        assert type(got).__name__ == "Light" + type(expected).__name__, where
        for name in type(expected).model_fields:
            same(getattr(expected, name), getattr(got, name), f"{where}.{name}")
    elif isinstance(expected, list):
        assert isinstance(got, list) and len(got) == len(expected), where
        for i, (e, g) in enumerate(zip(expected, got)):
            same(e, g, f"{where}[{i}]")
    else:
        assert type(got) is type(expected) and got == expected, f"{where}: {got!r} != {expected!r}"


def round_trip(path: Path, tmp_path: Path):
    cache = Cache(tmp_path / "cache")
    doc = parse_path(path, cache=cache)
    light = Cache(tmp_path / "cache").load_light(path)
    assert light is not None, path.name
    return doc, light


SAMPLE_FILES = sorted(p for p in SAMPLES.glob("*.*") if p.is_file())


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_a_sample_reads_back_equal(path, tmp_path):
    doc, light = round_trip(path, tmp_path)
    same(doc, light)
    assert light.to_jsonable() == doc.to_jsonable()
    assert [q.id for q in light.questions()] == [q.id for q in doc.questions()]


@need_shared
def test_the_seed_reads_back_equal_with_its_decimals_and_dates(tmp_path):
    doc, light = round_trip(SHARED / "corpus" / "eerstekamer-36800-K-F.txt", tmp_path)
    same(doc, light)
    values = {type(f.value) for f in light.figures}
    assert values == {Decimal, dt.date}
    assert light.question("SP-6").answer.text == doc.question("SP-6").answer.text
    assert light.question("nope") is None


@need_shared
def test_every_aanhangsel_pdf_reads_back_equal(tmp_path):
    pdfs = sorted((SHARED / "corpus" / "learninglion-aanhangsel-2023-2024").rglob("*.pdf"))
    assert pdfs
    for i, pdf in enumerate(pdfs):
        doc, light = round_trip(pdf, tmp_path / str(i))
        same(doc, light, pdf.name)


def test_figure_values_keep_their_decimal_digits(tmp_path):
    from parsers.light_base import decimal_or_date as _figure_value

    assert _figure_value(0.1) == Decimal("0.1")
    assert _figure_value(37.5) == Decimal("37.5")
    assert _figure_value(6500000000) == Decimal(6500000000)
    assert _figure_value("2025-06-17") == dt.date(2025, 6, 17)
    for bad in (True, None, [1], "37,5"):
        with pytest.raises(ValueError):
            _figure_value(bad)


def test_a_wrong_shape_is_a_value_error():
    with pytest.raises(ValueError, match="LightLocation: expected keys"):
        LightDocument.CONVERT["factions"]([{"name": None, "heading": None, "members": [], "joins": [],
                                            "questions": [], "location": {"line": 1}}])
    with pytest.raises(ValueError, match="expected a list"):
        LightDocument.CONVERT["figures"]({"kind": "money"})


CHILD = r"""
import json, sys
from pathlib import Path
from parsers.cache import Cache
doc = Cache(Path(sys.argv[1])).load_light(Path(sys.argv[2]))
print(json.dumps({"questions": len(doc.questions()),
                  "heavy": sorted(m for m in sys.modules if m.split(".")[0] in
                                  ("pydantic", "pydantic_core", "textual", "rich", "tui"))}))
"""


def test_the_light_path_imports_no_pydantic(tmp_path):
    """Checked in a fresh interpreter: the point of the light path is start-up time."""
    sample = SAMPLES / "memorie-van-antwoord-ek.txt"
    parse_path(sample, cache=Cache(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "cache"), str(sample)],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout) == {"questions": 4, "heavy": []}


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_exports_of_a_light_document_equal_those_of_the_model(path, tmp_path):
    """The reader exports (``e``) whatever document it shows, light or not."""
    from parsers.library import export_document

    doc, light = round_trip(path, tmp_path)
    for fmt in ("md", "csv", "json"):
        assert export_document(light, fmt, name=path.name) == export_document(doc, fmt, name=path.name)
    for table in ("figures", "citations"):
        assert (export_document(light, "csv", name=path.name, table=table)
                == export_document(doc, "csv", name=path.name, table=table))
    first = doc.questions()[0].id if doc.questions() else None
    if first:
        assert (export_document(light, "md", name=path.name, question=first)
                == export_document(doc, "md", name=path.name, question=first))


def test_a_new_model_field_changes_every_cache_key(tmp_path, monkeypatch):
    """Old entries must miss, not linger readable only by the slow path."""
    from parsers import light

    sample = SAMPLES / "memorie-van-antwoord-ek.txt"
    cache = Cache(tmp_path / "cache")
    before = cache.key(sample)
    monkeypatch.setattr(light, "SHAPE", light.SHAPE + ";Question:new_field")
    assert cache.key(sample) != before


def test_to_jsonable_gives_a_copy(tmp_path):
    doc, light_doc = round_trip(SAMPLES / "memorie-van-antwoord-ek.txt", tmp_path)
    dumped = light_doc.to_jsonable()
    dumped["factions"].clear()
    assert light_doc.to_jsonable() == doc.to_jsonable()
