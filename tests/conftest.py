"""Shared test fixtures (keep small; append new fixtures at the end)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from tests.corpus import SHARED

SEED = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"


@pytest.fixture
def seed_path() -> Path:
    """The seed document (EK 36 800 K, F), as plain text (skips without ../shared)."""
    if not SEED.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    return SEED


# Property tests explore new random examples on every run; CI replays a fixed
# set so that a green run means the same as the last one (locally failures are
# kept in .hypothesis/ and replayed first).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


# The interface speaks Dutch unless the locale asks for English (tui/i18n.py).
# Tests assert the Dutch default whatever the machine's locale, also in the
# subprocesses they start (they inherit LANGUAGE); a test of English sets
# the language itself (--lang en, LANGUAGE=en, or the `english` fixture).
os.environ["LANGUAGE"] = "nl"


@pytest.fixture(autouse=True)
def _interface_language_reset():
    """Each test starts in the environment's language (a test or a command
    line run in-process may have switched it)."""
    from tui import i18n

    i18n.set_language(None)
    yield
    i18n.set_language(None)


@pytest.fixture
def english():
    """The interface in English for this test."""
    from tui import i18n

    i18n.set_language("en")
    yield
    i18n.set_language(None)
