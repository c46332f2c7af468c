"""Golden files: the JSON dump of every sample, compared in full.

Each file in ``samples/`` has its reviewed dump in ``tests/golden/<name>.json``.
A change in any reader, grammar or annotator that changes a dump fails here
with the first differing path; after checking that the new output is right,
regenerate with ``VRAGENRONDE_UPDATE_GOLDEN=1 make test`` and review the diff.
"""

from __future__ import annotations

import json
import os

import pytest

import parsers
from tests.corpus import SAMPLES

GOLDEN = SAMPLES.parent / "tests" / "golden"
NAMES = sorted(p.name for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))


def _first_difference(a, b, path="$"):
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'golden' if key in b else 'parse'}"
            diff = _first_difference(a[key], b[key], f"{path}.{key}")
            if diff:
                return diff
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            diff = _first_difference(x, y, f"{path}[{i}]")
            if diff:
                return diff
        return None if len(a) == len(b) else f"{path}: {len(a)} items != {len(b)}"
    return None if a == b else f"{path}: {a!r} != {b!r}"


def test_every_sample_has_a_golden_file():
    assert NAMES, "samples/ is empty"
    missing = [n for n in NAMES if not (GOLDEN / f"{n}.json").exists()]
    if os.environ.get("VRAGENRONDE_UPDATE_GOLDEN"):
        return
    assert missing == []


@pytest.mark.parametrize("name", NAMES)
def test_sample_dump_matches_golden(name):
    got = parsers.parse_path(SAMPLES / name).to_jsonable()
    target = GOLDEN / f"{name}.json"
    if os.environ.get("VRAGENRONDE_UPDATE_GOLDEN"):
        target.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    want = json.loads(target.read_text(encoding="utf-8"))
    assert _first_difference(got, want) is None, _first_difference(got, want)
