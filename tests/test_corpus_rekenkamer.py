"""181 Algemene Rekenkamer answer letters stored as one-line OCR text.

For every letter the question numbers found must equal an independent count,
computed here by simple regular expressions and not by the parser:

* the numbers of ``Vraag N`` labels (``Vraag3`` glued by OCR included,
  ``Vraag .1`` with an OCR speck before the number, and ``4/15Vraag 4`` glued
  to a page number: no word boundary is required before ``Vraag``, only no
  letter);
* in a letter with one unnumbered ``Vraag`` label: question 1;
* otherwise numbered questions: ``N`` / ``N.`` before a capital, with a ``?``
  in the next 600 characters, taken in sequence 1, 2, 3, …;
* otherwise, after the list title ``Antwoorden Algemene Rekenkamer bij vragen
  van …``, questions without numbers: 1, 2, … for each run of ``?`` with an
  answer sentence (a ``. ``) between it and the run before; with no ``?``
  after it, one question per ``Reactie Algemene Rekenkamer bij mondelinge
  vragen van … over …`` heading.

No letter with a ``Vraag 1`` may end as kind ``unknown``; every word of every
letter must land in a place the reader shows (``tests/content_check.py``).
No known failures are needed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import parsers
from tests import content_check
from tests.corpus import SHARED, need_shared

pytestmark = need_shared

FOLDER = SHARED / "corpus" / "rekenkamer-answer-lists"
FILES = sorted(FOLDER.glob("*.txt")) if FOLDER.is_dir() else []


def independent_numbers(text: str) -> list[int]:
    """The question numbers of a letter, by regular expression only."""
    nums = sorted({int(n) for n in re.findall(r"(?<![A-Za-z])Vraag\s*(?:\.\s?)?(\d{1,3})\b", text)})
    if nums:
        return nums
    if re.search(r"(?<![A-Za-z])Vraag\s+(?=[A-Z])", text):
        return [1]
    seq: list[int] = []
    for m in re.finditer(r"(?<![\w/.,])(\d{1,3})\.?\s+(?=[A-Z])", text):
        if int(m[1]) == len(seq) + 1 and "?" in text[m.end():m.end() + 600]:
            seq.append(int(m[1]))
    if seq:
        return seq
    title = re.search(r"(?:Antwoorden|Reactie) Algemene Rekenkamer bij (?:mondelinge )?vragen van", text)
    if not title:
        return []
    after = text[title.end():]
    if "?" not in after:
        return list(range(1, len(re.findall(r"Reactie Algemene Rekenkamer bij mondelinge vragen van", text)) + 1))
    pieces = after.split("?")[:-1]
    return list(range(1, 2 + sum(1 for p in pieces[1:] if ". " in p)))


def test_the_corpus_is_there():
    assert len(FILES) == 181


@pytest.mark.parametrize("path", FILES, ids=[p.name[:40] for p in FILES])
def test_letter_questions_match_the_independent_count(path: Path):
    text = path.read_text(encoding="utf-8")
    doc = parsers.parse_path(path)
    want = independent_numbers(text)
    assert sorted(q.number for q in doc.questions()) == want
    if re.search(r"(?<![A-Za-z])Vraag\s*1\b", text):
        assert doc.meta.kind == "lijst-van-vragen-en-antwoorden"
    content_check.check(text, doc)


def test_the_letters_hold_thousands_of_questions_nearly_all_answered():
    total = answered = 0
    unanswered_reported = True
    for path in FILES:
        doc = parsers.parse_path(path)
        for q in doc.questions():
            total += 1
            if q.answer and q.answer.text.strip():
                answered += 1
            elif not any(f"question {q.number} " in w or f"questions {q.number}," in w for w in doc.report.warnings):
                unanswered_reported = False
    assert total == 2239  # 2233, three labels with an OCR speck (Vraag .1, Vraag .11), three without number
    assert answered == 2237  # two without: their questions lack a "?" (reported below)
    # a question left without an answer always has a warning that says why
    assert unanswered_reported


def test_a_letter_with_joint_answers_and_page_furniture():
    # questions 1 and 2 are printed one after the other; one answer follows both
    path = next(FOLDER.glob("133-*.txt"))
    doc = parsers.parse_path(path)
    q1, q2 = doc.question("1"), doc.question("2")
    assert q1.text.startswith("Hoe zou het toezicht van de minister voor Justitie en Veiligheid")
    assert q2.text.startswith("Heeft de ARK aanbevelingen die ertoe kunnen leiden")
    assert q1.answer.joint == [1, 2] and q2.answer.shared_with == "1"
    assert q1.answer.text.startswith("Op basis van het staatsrecht maakt de Rekenkamer geen onderscheid")
    assert ("page furniture (page number 2/5)") in {u.reason for u in doc.report.unplaced}
    assert "Geachte mevrouw Bergkamp" in doc.intro


def test_labels_glued_to_page_numbers_are_found():
    # OCR glued page numbers to labels (``4/15Vraag 4``): the page number is
    # furniture and the label opens its question
    path = next(FOLDER.glob("060-*.txt"))
    text = path.read_text(encoding="utf-8")
    assert "4/15Vraag 4" in text and "3/15Vraag 2" in text
    doc = parsers.parse_path(path)
    assert [q.number for q in doc.questions()] == list(range(1, 32))
    assert doc.question("4").text.startswith("Hoeveel is de werkelijke lastendruk in Nederland")
    assert doc.question("4").answer.text.startswith("Wij hebben niet onderzocht hoeveel de werkelijke")
    reasons = [u.reason for u in doc.report.unplaced]
    assert "page furniture (page number 4/15)" in reasons and "page furniture (page number 6/15)" in reasons
