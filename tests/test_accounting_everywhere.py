"""Every sample and every corpus document, in every format: no word lost.

The text accounting (``parsers/accounting.py``) counts each word a reader
produced against the places of the parse. Here it must balance for every
file the project has: the samples (text, Markdown, PDF, HTML, XML, DOCX,
ODT), the PDFs and converter texts of the shared corpus, the DOCX letters,
the one-line Rekenkamer lists and every row of the Limburg table. Documents
that are no round (motions, a bill, a memorie van toelichting) find no
questions; the answer lists find some, except the ones named in
``KNOWN_NO_QUESTIONS`` with the reason.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import parsers
from parsers.readers import SUPPORTED
from tests.corpus import SAMPLES, SHARED, need_shared

CORPUS = SHARED / "corpus"

#: Answer letters in which no grammar finds questions yet, with the reason.
#: The test fails when one of them starts to find questions: then remove it.
KNOWN_NO_QUESTIONS = {
    # answers grouped under topic headings that name the questions they answer
    # ('Budgetrecht van het parlement (antwoord vragen 2,3,9,26,27,28)'); the
    # 29 questions themselves are not printed, so there is no question text
    "082-2018-06-11": "answers per topic naming question numbers; the questions are not printed",
}
NEGATIVE = ("tk-kamerstukken-36450", "tk-moties", "geen-ronde")


def _files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return [p for p in sorted(root.rglob("*")) if p.is_file() and p.suffix.lower() in SUPPORTED
            and p.name != "MANIFEST.md"]


def _balanced(doc, name: str) -> None:
    acc = doc.report.accounting
    assert acc.words_in > 0, f"{name}: no words read"
    assert acc.words_lost == 0, f"{name}: {acc.words_lost} words lost"
    assert acc.words_placed + acc.words_set_aside == acc.words_in, name
    assert not [c for c in doc.report.checks if c.code == "text-lost"], name


@pytest.mark.parametrize("path", _files(SAMPLES), ids=lambda p: p.name)
def test_every_sample_keeps_every_word(path: Path):
    doc = parsers.parse_path(path)
    _balanced(doc, path.name)
    # a round shows questions, or the notice that its answers are delayed
    assert bool(doc.questions() or doc.notices) is not any(n in path.name for n in NEGATIVE)


@need_shared
def test_every_corpus_file_keeps_every_word_and_rounds_have_questions():
    files = _files(CORPUS)
    assert len(files) > 200
    empty = []
    for path in files:
        doc = parsers.parse_path(path)
        _balanced(doc, path.name)
        negative = any(n in str(path) for n in NEGATIVE)
        if negative:
            assert doc.questions() == [], f"{path.name} is no round"
        elif not doc.questions():
            empty.append(path.name[:14])
    assert sorted(empty) == sorted(KNOWN_NO_QUESTIONS)


@need_shared
def test_every_limburg_row_keeps_every_word():
    csv.field_size_limit(10**8)
    with (CORPUS / "kamervragen-limburg" / "questions.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 86
    for i, row in enumerate(rows):
        doc = parsers.parse_text(row["text_content"], row["name"] or f"row{i}.txt")
        _balanced(doc, f"row {i} ({row['name']})")


def test_squash_removes_what_the_pattern_removes():
    from parsers.accounting import _SQUASH, squash

    text = "maat-\n schappij\u00ad en\tdefensie\u2028uitgaven\x1c\u00a0a\u3000b\x85c\u200bd - e"
    assert squash(text) == _SQUASH.sub("", text) == "maatschappijendefensieuitgavenabc\u200bde"
