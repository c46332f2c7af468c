"""Shared test fixtures (keep small; append new fixtures at the end)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path("/work/shared/corpus/eerstekamer-36800-K-F.txt")


@pytest.fixture
def seed_path() -> Path:
    """The seed document (EK 36 800 K, F), as plain text."""
    return SEED
