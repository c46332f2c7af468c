"""Property-based tests: random text and mutated real documents.

For every input the parse either returns a Document or raises the project's
own ``ParseError`` (nothing else), finishes within a time bound that grows
with the input size, and keeps the content invariant of
:mod:`tests.content_check` (every word ends up somewhere, nothing is in two
places). Mutations of the real documents: deleted lines, shuffled
paragraphs, broken numbering, injected page furniture, duplicated and
garbled lines.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parsers
from parsers import ParseError
from parsers.readers.text import read_text_bytes
from tests import content_check
from tests.corpus import SAMPLES, SHARED

CORPUS = SHARED / "corpus"
RAW = CORPUS / "learninglion-aanhangsel-2023-2024" / "pdftotext-raw"
LAYOUT = CORPUS / "learninglion-aanhangsel-2023-2024" / "pdftotext-layout"


def _documents() -> list[Path]:
    files = [CORPUS / "eerstekamer-36800-K-F.txt"]
    files += sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*.md"))
    files += sorted(RAW.glob("*.txt"))[:8] + sorted(LAYOUT.glob("*.txt"))[:3]
    return [f for f in files if f.is_file()]


DOCUMENTS = _documents()
TEXTS = {f.name: f.read_text(encoding="utf-8") for f in DOCUMENTS}

#: Seconds allowed for a parse: a fixed start-up part plus a per-character
#: part. Measured: about 2 µs per character; the bound allows 25 times that.
BASE_SECONDS = 3.0
SECONDS_PER_CHAR = 50e-6


def bound(text: str) -> float:
    return BASE_SECONDS + SECONDS_PER_CHAR * len(text)


def parse_checked(text: str, name: str = "prop.txt"):
    """Parse ``text``: a Document (invariant checked) or None for a ParseError.

    Any other exception fails the test; so does a parse slower than ``bound``.
    """
    start = time.perf_counter()
    try:
        doc = parsers.parse_text(text, name)
    except ParseError as exc:
        message = str(exc)
        assert message and "\n" not in message
        return None
    finally:
        elapsed = time.perf_counter() - start
        assert elapsed < bound(text), f"parse of {len(text)} chars took {elapsed:.2f}s"
    content_check.check(text, doc)
    doc.to_jsonable()  # the dump must work for any parse
    return doc


# -- the real documents, unmodified ----------------------------------------------

@pytest.mark.parametrize("name", sorted(TEXTS))
def test_real_documents_keep_every_word_in_one_place(name):
    doc = parse_checked(TEXTS[name], name)
    assert doc is not None
    # samples named ``*-geen-ronde*`` are documents that hold no round
    assert bool(doc.questions()) is ("geen-ronde" not in name)


# -- random text --------------------------------------------------------------------

LABELS = st.sampled_from([
    "Vraag 1", "Vraag 2", "Antwoord 1", "Antwoord 2", "Antwoord 3, 4 en 5", "1.", "2.", "- 3.", "a.", "b)",
    "De leden van de SP-fractie hebben onderstaande vragen gesteld:", "Antwoord 4a.",
    "De leden van de VVD-fractie vragen de regering", "Reactie van de bewindspersoon",
    "LIJST VAN VRAGEN EN ANTWOORDEN", "NOTA NAAR AANLEIDING VAN HET VERSLAG", "De minister van Defensie,",
    "Aanhangsel van de Handelingen", "Mededeling van de minister", "**Vraag 1**", "# Kop", "?", "\u00ad",
])
LINE = st.one_of(LABELS, st.text(max_size=80), st.text(alphabet="abc .?:-\n\t\r", max_size=40))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, max_size=40), st.sampled_from(["\n", "\n\n", "\r\n", "\r"]))
def test_random_text_never_raises_anything_but_parse_error(lines, sep):
    parse_checked(sep.join(lines))


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_are_read_or_refused_with_parse_error(data):
    try:
        source = read_text_bytes(data, name="prop.txt")
    except ParseError as exc:
        assert str(exc).startswith("prop.txt: ")
        return
    start = time.perf_counter()
    try:
        parsers.parse_source(source)
    except ParseError:
        pass
    assert time.perf_counter() - start < bound(data.decode("latin-1"))


# -- mutations of the real documents ------------------------------------------------

FURNITURE = [
    "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", "ISSN 0921 - 7398", "’s-Gravenhage 2024",
    "Eerste Kamer, vergaderjaar 2025–2026, 36 800 K, F", "ah-tk-20232024-1314", "3", "2 3",
    "kst-36800-K-F", "Pagina 4 van 12",
]


def _paragraphs(text: str) -> list[str]:
    return re.split(r"\n\s*\n", text)


def mutate(text: str, ops: list[tuple[str, int]]) -> str:
    """Apply mutation ``ops`` (name, seed) to ``text``."""
    for op, seed in ops:
        rnd = random.Random(seed)
        lines = text.split("\n")
        if op == "delete-lines" and lines:
            at = rnd.randrange(len(lines))
            del lines[at: at + rnd.randint(1, 5)]
            text = "\n".join(lines)
        elif op == "shuffle-paragraphs":
            paras = _paragraphs(text)
            i, j = rnd.randrange(len(paras)), rnd.randrange(len(paras))
            paras[i], paras[j] = paras[j], paras[i]
            text = "\n\n".join(paras)
        elif op == "break-numbering":
            text = re.sub(r"(?m)^(\s*(?:-\s*)?)(\d{1,3})([.)])",
                          lambda m: m[1] + (str(rnd.randint(0, 40)) if rnd.random() < 0.3 else m[2]) + m[3], text)
            text = re.sub(r"(?m)^(Vraag|Antwoord) (\d+)",
                          lambda m: f"{m[1]} {rnd.randint(0, 12)}" if rnd.random() < 0.3 else m[0], text)
        elif op == "furniture":
            for _ in range(rnd.randint(1, 6)):
                lines.insert(rnd.randrange(len(lines) + 1), rnd.choice(FURNITURE))
            text = "\n".join(lines)
        elif op == "duplicate-line" and lines:
            at = rnd.randrange(len(lines))
            lines.insert(at, lines[at])
            text = "\n".join(lines)
        elif op == "garble":
            chars = list(text)
            for _ in range(rnd.randint(1, 20)):
                if chars:
                    chars[rnd.randrange(len(chars))] = rnd.choice("\x1b\x07\x00\u202e?:.-*#\t\r ")
            text = "".join(chars)
        elif op == "truncate":
            text = text[: rnd.randrange(len(text) + 1)]
    return text


OPS = st.lists(
    st.tuples(st.sampled_from(["delete-lines", "shuffle-paragraphs", "break-numbering", "furniture",
                               "duplicate-line", "garble", "truncate"]),
              st.integers(0, 2**32)),
    min_size=1, max_size=5,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(TEXTS)), OPS)
def test_mutated_documents_parse_or_fail_cleanly_and_keep_their_words(name, ops):
    parse_checked(mutate(TEXTS[name], ops), name)


# -- time grows with size, not worse ------------------------------------------------

def test_parse_time_is_bounded_by_input_size():
    text = TEXTS["eerstekamer-36800-K-F.txt"]
    parsers.parse_text(text, "warm-up")
    timings = {}
    for n in (1, 8, 32):
        big = text * n
        start = time.perf_counter()
        doc = parsers.parse_text(big, "big.txt")
        timings[n] = time.perf_counter() - start
        assert len(doc.questions()) == 26 * n
        assert timings[n] < bound(big), timings
    # linear, with a generous factor: 32 copies take at most 32 * 4 times one copy
    assert timings[32] < 32 * 4 * max(timings[1], 0.02), timings


def test_pathological_lines_are_fast():
    cases = [
        "a" * 200_000, "- " * 50_000, "1. " * 50_000, ("Vraag 1\n" * 20_000), ("x-\n" * 30_000),
        "De leden van de " * 10_000 + "fractie", ("(" * 30_000), ("?" * 100_000), "\u202e" * 50_000,
        ". " * 80_000, ("a\n\n" * 40_000),
    ]
    for text in cases:
        parse_checked(text)
