"""``parsers`` is pure: parsing never imports textual, rich or tui.

Checked in a fresh interpreter, because this test session itself has imported
the user interface long before this test runs.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.corpus import ROOT, SAMPLES, SHARED, need_shared

SEED = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"

CHILD = r"""
import json, pkgutil, importlib, sys, tempfile
from pathlib import Path

import parsers
from parsers.cache import Cache

# every module of the package, including lazily imported readers
for info in pkgutil.walk_packages(parsers.__path__, "parsers."):
    importlib.import_module(info.name)

seed, samples = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
counts = {"text": len(parsers.parse_text(seed.read_text(encoding="utf-8"), seed.name).questions())}
with tempfile.TemporaryDirectory() as tmp:
    cache = Cache(Path(tmp))
    counts["path"] = len(parsers.parse_path(seed, cache=cache).questions())
    counts["cached"] = len(parsers.parse_path(seed, cache=cache).questions())
for sample in samples:
    counts[sample.name] = len(parsers.parse_path(sample).questions())
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich", "tui"))
print(json.dumps({"counts": counts, "bad": bad}))
"""


def _samples() -> list[str]:
    pdf = SHARED / "corpus" / "eerstekamer-36800-K-F.pdf"
    files = sorted(p for p in SAMPLES.glob("*") if p.is_file()) if SAMPLES.is_dir() else []
    return [str(p) for p in [pdf, *files]]


@need_shared
def test_parsing_imports_no_user_interface_module():
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(SEED), *_samples()],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout)
    assert result["bad"] == []
    counts = result["counts"]
    assert counts["text"] == counts["path"] == counts["cached"] == 26
    assert counts["eerstekamer-36800-K-F.pdf"] == 26
