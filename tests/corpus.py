"""Where the shared real-document corpus is, for tests that read it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
#: ``../shared`` beside the clone (CI puts it there).
SHARED = ROOT.parent / "shared"

need_shared = pytest.mark.skipif(
    not (SHARED / "corpus").is_dir(),
    reason="../shared/corpus is not beside this checkout",
)


def expected(name: str) -> dict:
    return json.loads((SHARED / "corpus" / name).read_text(encoding="utf-8"))
