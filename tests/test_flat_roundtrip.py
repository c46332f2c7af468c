"""The one-line flattening test (issue 12): structure is found on tokens, not lines.

Every sample in ``samples/`` and every corpus document in ``../shared/corpus``
(text files as they are; PDF, DOCX, XML and HTML as the text our reader
extracts, blocks joined with spaces; every row of the Limburg CSV) is parsed
twice: as it is, and flattened onto one line. Both parses must find the same
questions (numbers, in order) with the same answer starts (first 40
characters, white space normalised), and the flat parse must keep every word
(``tests/content_check.py``).

A few cases cannot match for a principled reason; they are listed in
:data:`KNOWN_FAILURES` with the reason, and the test fails when one of them
starts to pass, so the list stays honest.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from parsers import parse_source, parse_text
from parsers.readers import read_path
from tests import content_check
from tests.corpus import SAMPLES, SHARED

CORPUS = SHARED / "corpus"
_TEXT = (".txt", ".md")
_DOCS = (".txt", ".md", ".pdf", ".docx", ".xml", ".html")

#: Limburg rows that hold only the questions (no answers yet), one per paragraph, unnumbered.
_SEVERAL = ("unnumbered questions without answers, one per paragraph, some of several '?' sentences "
            "('Op welke wijze …? Hoe worden …?'): on one line only the lost paragraph breaks told where a "
            "question ends")
_SINGLE = ("unnumbered questions without answers, one per paragraph, each one '?' sentence: on one line they are "
           "a run of '?' sentences without label or number; splitting at every '?' would cut the questions of "
           "several sentences in rows #11, #29, #38 and #72, so the run is not split")

#: Cases whose flat parse cannot match, and why.
KNOWN_FAILURES = {
    "samples/nota-ek-defensie.md": (
        "question 1 of the second faction continues after its '?' with text that ends in no sentence "
        "punctuation ('[bold] dit is gewone tekst, geen opmaak [/bold]'); on one line nothing marks where the "
        "answer 'Ja. …' starts, so the flat answer starts at '[bold] …'"),
    "samples/verslag-schriftelijk-overleg-ek.txt": (
        "the minister's reply letter answers the PVV's two questions in two paragraphs that the reply grammar "
        "pairs with the questions by paragraph; on one line the two answers are one paragraph, so both "
        "questions get the joint answer"),
    "samples/antwoordlijst-tabel.docx": (
        "the question numbers are the table's 'Nr.' cells, which the DOCX reader gives as block labels, not "
        "text, and questions 3 and 4 are two rows that share one answer cell; the flattened text has no "
        "numbers, and 'Wanneer …? Welke risico’s …?' cannot be told from one question of two sentences"),
    "samples/lijst-tabel.html": (
        "the question numbers are the table's 'Nr.' cells, given as block labels (not text), and one answer cell "
        "spans questions 3 and 4 (rowspan); the flattened text has no numbers to find"),
    "samples/lijst-tabel-bijlage.xml": (
        "the question numbers are the table's 'Nr' cells, given as block labels (not text); flattened, the "
        "numbers are gone and only 'Antwoord:' rows are left"),
    "samples/lijst-kolommen.pdf": (
        "the PDF table's question numbers are cut from the 'Nr' column into block labels; flattened, the "
        "numbers are gone"),
    "samples/verslag-schriftelijk-overleg-delen.txt": (
        "part II answers the VVD's two questions in two paragraphs that the reply grammar pairs with the "
        "questions by paragraph; on one line the two answers are one paragraph, so both questions get the joint "
        "answer (as verslag-schriftelijk-overleg-ek.txt)"),
    "kamervragen-limburg/questions.csv#11": "6 " + _SEVERAL,
    "kamervragen-limburg/questions.csv#29": "13 " + _SEVERAL,
    "kamervragen-limburg/questions.csv#38": "18 " + _SEVERAL,
    "kamervragen-limburg/questions.csv#39": "9 " + _SINGLE,
    "kamervragen-limburg/questions.csv#53": "7 " + _SINGLE,
    "kamervragen-limburg/questions.csv#58": "2 " + _SINGLE,
    "kamervragen-limburg/questions.csv#72": "11 " + _SEVERAL,
    "kamervragen-limburg/questions.csv#69": (
        "PyPDF2 text with footnote references printed as plain digits: the line parse keeps the footnote "
        "tail '(fbcdn.net)' in answer 10, the flat parse cuts the footnote at its URL but keeps the glued "
        "footnote number ('Ja 3https://…'); neither is the answer 'Ja' alone"),
}


def _files() -> list[tuple[str, Path]]:
    out = [(f"samples/{p.name}", p) for p in sorted(SAMPLES.iterdir())
           if p.is_file() and p.suffix in _DOCS]
    if CORPUS.is_dir():
        # the Rekenkamer letters are one line already: flattening them changes
        # nothing (tests/test_corpus_rekenkamer.py reads them)
        out += [(str(p.relative_to(CORPUS)), p) for p in sorted(CORPUS.rglob("*"))
                if p.is_file() and p.suffix in _DOCS and p.name != "MANIFEST.md"
                and "rekenkamer-answer-lists" not in p.parts]
    return out


def _rows() -> list[tuple[str, str]]:
    path = CORPUS / "kamervragen-limburg" / "questions.csv"
    if not path.is_file():
        return []
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as fh:
        return [(f"kamervragen-limburg/questions.csv#{i}", row["text_content"])
                for i, row in enumerate(csv.DictReader(fh)) if row["text_content"].strip()]


def one_line(text: str) -> str:
    return text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


def signature(doc) -> list[tuple[int, str]]:
    """Question numbers in order, each with the start of its answer."""
    return [(q.number, " ".join((q.answer.text if q.answer else "").split())[:40]) for q in doc.questions()]


def _compare(case: str, original, flat_text: str) -> None:
    flat = parse_text(flat_text, name=case)
    assert flat.report.warnings[0].startswith("text without line structure"), "the flat text was not re-segmented"
    want, got = signature(original), signature(flat)
    if case in KNOWN_FAILURES:
        assert got != want, f"{case} now matches: remove it from KNOWN_FAILURES ({KNOWN_FAILURES[case]})"
        return
    assert len(got) == len(want), f"{len(want)} questions, flat {len(got)}"
    assert got == want
    content_check.check(flat_text, flat)


@pytest.mark.parametrize("case,path", _files(), ids=[c for c, _ in _files()])
def test_flattened_file_parses_the_same(case: str, path: Path):
    if path.suffix in _TEXT:
        text = path.read_text(encoding="utf-8")
        original = parse_text(text, name=path.name)
        flat_text = one_line(text)
    else:
        source = read_path(path)
        original = parse_source(source)
        flat_text = one_line(" ".join(b.text for b in read_path(path).blocks))
    _compare(case, original, flat_text)


@pytest.mark.parametrize("case,text", _rows(), ids=[c for c, _ in _rows()])
def test_flattened_csv_row_parses_the_same(case: str, text: str):
    _compare(case, parse_text(text, name=case), one_line(text))


def test_every_known_failure_is_a_case():
    cases = {c for c, _ in _files()} | {c for c, _ in _rows()}
    listed = {c for c in KNOWN_FAILURES if c.startswith("samples/") or CORPUS.is_dir()}
    assert listed <= cases


def test_the_flattening_covers_every_kind():
    kinds = {parse_text(p.read_text(encoding="utf-8")).meta.kind
             for c, p in _files() if c.startswith("samples/") and p.suffix in _TEXT}
    assert {"kamervragen", "mededeling", "lijst-van-vragen-en-antwoorden", "memorie-van-antwoord",
            "nota-naar-aanleiding-van-verslag", "verslag-schriftelijk-overleg"} <= kinds
