"""The import budget of each command line command on a warm cache (issue 14).

``vragenronde show``, ``dump`` and ``search`` answered from the cache (or an
up-to-date index) must start as little more than the interpreter does. Each
runs here as ``python -X importtime -m tui.cli ...`` in a fresh process, and
its import report is held to a budget:

* modules it must not import at all: pydantic and the model, the parse
  pipeline (readers, recognisers, annotators), textual and rich, orjson,
  platformdirs, and the standard library's heavy ones (dataclasses and the
  ``inspect`` it pulls in, typing, importlib.metadata, tempfile, shutil);
* the import time of everything it imports beyond ``python -c pass``: at
  most :data:`BUDGET` times the import time of ``python -c pass`` itself,
  both the best of a few runs in the same test (a ratio measured side by
  side, not a wall-clock limit); ``search`` has a stricter list and budget
  (:data:`SEARCH_FORBIDDEN`, :data:`SEARCH_BUDGET`).

Each test first checks the command's output, so that the budget is measured
on the path a user takes (a cache hit), not on an error.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus import ROOT, SAMPLES

#: Top-level packages and modules a warm command must never import.
FORBIDDEN = (
    "pydantic", "pydantic_core", "annotated_types", "textual", "rich", "orjson", "platformdirs",
    "pypdf", "dataclasses", "inspect", "typing", "importlib.metadata", "tempfile", "shutil",
    "parsers.model", "parsers.pipeline", "parsers.recognise", "parsers.annotate",
    "parsers.accounting", "parsers.checks", "parsers.source", "parsers.readers.text",
    "parsers.readers.pdf", "parsers.library.export",
)
#: Import time beyond ``python -c pass``, as a multiple of ``python -c pass``'s own
#: (about 1x now; importing the model with pydantic alone adds more than 5x).
BUDGET = 2.0
#: ``search`` on an up-to-date index: no argparse (a plain command line; with
#: it gettext and locale), no hashlib (OpenSSL; the index file's name is
#: hashed by Python's own SHA-256), no threading, no audit register; and its
#: imports at most this many times those of ``python -c pass`` (about 0.5x
#: now; 1.5x leaves room for a busy machine, where 1x failed once at load 8).
SEARCH_FORBIDDEN = ("argparse", "gettext", "locale", "hashlib", "_hashlib", "threading",
                    "parsers.library.register")
SEARCH_BUDGET = 1.5
RUNS = 3
DOC = SAMPLES / "memorie-van-antwoord-ek.txt"
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")


def importtime(args: list[str], env: dict) -> tuple[dict[str, int], subprocess.CompletedProcess]:
    """Self import time (µs) of each module ``python -X importtime ARGS`` imports."""
    run = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120)
    modules = {m[4]: int(m[1]) for m in _LINE.finditer(run.stderr)}
    return modules, run


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    """A user's environment: a home folder (so the default cache folder), bytecode
    cached in a temporary folder (as an installed package has it)."""
    tmp = tmp_path_factory.mktemp("budget")
    env = {k: v for k, v in os.environ.items()
           if k not in ("VRAGENRONDE_CACHE_DIR", "XDG_CACHE_HOME", "PYTHONDONTWRITEBYTECODE")}
    env.update(HOME=str(tmp / "home"), PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
    (tmp / "home").mkdir()
    return env


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("library")
    # six text samples, those that hold the word searched for most first (an
    # Aanhangsel has it once, in its head, where search does not look)
    texts = sorted(SAMPLES.glob("*.txt"), key=lambda p: (-p.read_text(encoding="utf-8").count("regering"), p.name))
    for sample in texts[:6]:
        shutil.copy(sample, target)
    return target


@pytest.fixture(scope="module")
def baseline(env) -> int:
    """The import time of ``python -c pass`` (best of RUNS), in µs."""
    return min(sum(importtime(["-c", "pass"], env)[0].values()) for _ in range(RUNS))


def check_budget(args: list[str], env: dict, baseline: int, expect: str, forbidden: tuple[str, ...] = (),
                 budget: float = BUDGET) -> dict[str, int]:
    """Run ``vragenronde ARGS`` RUNS times; check output, forbidden modules and time."""
    base_modules = set(importtime(["-c", "pass"], env)[0])
    best = None
    for _ in range(RUNS):
        modules, run = importtime(["-m", "tui.cli", *args], env)
        assert run.returncode == 0, run.stderr[-2000:]
        assert expect in run.stdout
        extra = {m: t for m, t in modules.items() if m not in base_modules}
        banned = FORBIDDEN + forbidden
        heavy = sorted(m for m in extra if m in banned or m.split(".")[0] in banned)
        assert heavy == [], f"vragenronde {args[0]} imports {heavy}"
        if best is None or sum(extra.values()) < sum(best.values()):
            best = extra
    spent = sum(best.values())
    top = ", ".join(f"{m} {t / 1000:.1f} ms" for m, t in sorted(best.items(), key=lambda x: -x[1])[:6])
    assert spent <= budget * baseline, (
        f"vragenronde {args[0]} imports {spent / 1000:.1f} ms beyond python -c pass, "
        f"more than {budget}x its {baseline / 1000:.1f} ms; most: {top}")
    return best


def warm(args: list[str], env: dict) -> None:
    run = subprocess.run([sys.executable, "-m", "tui.cli", *args], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]


def test_show_of_a_cached_document(env, baseline):
    warm(["dump", str(DOC)], env)
    check_budget(["show", str(DOC), "SP-1"], env, baseline, expect="SP-1")


def test_show_id_list_of_a_cached_document(env, baseline):
    warm(["dump", str(DOC)], env)
    check_budget(["show", str(DOC)], env, baseline, expect="SP-1\t")


def test_dump_of_a_cached_document(env, baseline):
    warm(["dump", str(DOC)], env)
    check_budget(["dump", str(DOC)], env, baseline, expect='"schema_version"')


def test_search_of_an_indexed_folder(env, folder, baseline):
    warm(["search", str(folder), "regering"], env)
    check_budget(["search", str(folder), "regering"], env, baseline, expect="\t",
                 forbidden=SEARCH_FORBIDDEN, budget=SEARCH_BUDGET)


def test_a_cache_miss_still_parses(env, tmp_path):
    """The budget is for the warm path only: a new file is parsed (and cached)."""
    doc = tmp_path / DOC.name
    doc.write_bytes(DOC.read_bytes() + b"\n")  # bytes no cache has seen
    modules, run = importtime(["-m", "tui.cli", "show", str(doc)], env)
    assert run.returncode == 0 and "SP-1\t" in run.stdout
    assert "parsers.pipeline" in modules and "pydantic" in modules
    modules, run = importtime(["-m", "tui.cli", "show", str(doc)], env)
    assert "parsers.pipeline" not in modules
