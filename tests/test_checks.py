"""Structure checks, the confidence formula and the text accounting.

The checks (``parsers/checks.py``) must name each doubtful place with a
stable code and location, and the confidence must fall below 0.8 whenever a
question number is missing; the accounting (``parsers/accounting.py``) must
put every word the recogniser did not place into ``report.unplaced``.
"""

from __future__ import annotations

import pytest

from parsers import parse_text
from parsers.accounting import LOST_REASON, account
from parsers.checks import check, confidence
from parsers.model import Answer, Document, Faction, Question
from parsers.source import Block, Source


def _kamervragen(numbers: list[int], answered: set[int] | None = None) -> str:
    head = ("Vragen van het lid Jansen (SP) aan de Minister van Defensie over munitie "
            "(ingezonden 3 maart 2025).\n\n"
            "Antwoord van Minister Brekelmans (Defensie) (ontvangen 24 maart 2025).\n\n")
    body = []
    for n in numbers:
        body.append(f"Vraag {n}\n\nKunt u toelichten hoeveel munitie er in jaar {n} is gekocht?\n")
        if answered is None or n in answered:
            body.append(f"Antwoord {n}\n\nIn jaar {n} is voor 12 miljoen euro gekocht.\n")
    return head + "\n".join(body)


def _codes(doc: Document) -> list[str]:
    return [c.code for c in doc.report.checks]


def test_a_clean_labelled_round_has_no_checks_and_full_confidence():
    doc = parse_text(_kamervragen([1, 2, 3]))
    assert _codes(doc) == []
    assert doc.report.confidence == 1.0
    assert doc.report.accounting.words_lost == 0
    assert doc.report.accounting.words_in == doc.report.accounting.words_placed


def test_a_missing_number_is_a_gap_at_the_next_question_and_caps_confidence():
    doc = parse_text(_kamervragen([1, 2, 4, 5]))
    gaps = [c for c in doc.report.checks if c.code == "numbering-gap"]
    assert len(gaps) == 1
    gap = gaps[0]
    assert gap.question == "4"
    assert gap.params == {"missing": "3", "before": "4"}
    assert gap.message == "question 3 is missing before question 4"
    assert gap.line is not None
    assert doc.report.confidence < 0.8
    assert gap.message in doc.report.warnings


def test_a_run_of_missing_numbers_is_named_as_a_range():
    doc = parse_text(_kamervragen([1, 5]))
    gap = next(c for c in doc.report.checks if c.code == "numbering-gap")
    assert gap.params["missing"] == "2–4"


def test_unanswered_questions_are_checked_with_their_reason():
    doc = parse_text(_kamervragen([1, 2, 3], answered={1, 3}))
    missing = [c for c in doc.report.checks if c.code == "no-answer"]
    assert [(c.question, c.params["reason"], c.severity) for c in missing] == [("2", "none", "warning")]
    # two of three answered: 1.0 x (0.5 + 0.5 x 2/3)
    assert doc.report.confidence == pytest.approx(0.83, abs=0.005)


def test_a_questions_only_document_is_not_penalised_for_missing_answers():
    doc = parse_text(_kamervragen([1, 2], answered=set()))
    assert _codes(doc) == ["questions-only"]
    assert doc.report.confidence == 1.0


def _doc(numbers: list[int]) -> Document:
    qs = [Question(id=str(n), number=n, text=f"Vraag {n}?", label=f"Vraag {n}",
                   answer=Answer(text="Ja.")) for n in numbers]
    return Document(factions=[Faction(name=None, questions=qs)])


@pytest.mark.parametrize(
    ("numbers", "codes"),
    [
        ([1, 2, 3], []),
        ([1, 2, 2, 3], ["numbering-duplicate"]),
        ([1, 3, 2, 4], ["numbering-order"]),
        ([1, 3, 4], ["numbering-gap"]),
        ([2, 3, 4], ["numbering-start"]),
    ],
    ids=["sequence", "duplicate", "order", "gap", "start"],
)
def test_numbering_checks(numbers, codes):
    from parsers.checks import check

    doc = check(_doc(numbers), "kamervragen")
    assert _codes(doc) == codes


def test_a_question_label_inside_an_answer_is_reported():
    from parsers.checks import check

    doc = _doc([1, 2])
    doc.factions[0].questions[0].answer.text = "Ja.\nVraag 7\nWaarom niet meer?"
    doc = check(doc, "kamervragen")
    hidden = [c for c in doc.report.checks if c.code == "answer-contains-label"]
    assert [(c.question, c.params["label"]) for c in hidden] == [("1", "Vraag 7")]
    assert doc.report.confidence == pytest.approx(0.85)


@pytest.mark.parametrize("line", ["Vragen 2 en 3 worden samen beantwoord.", "Vraag 4 is hierboven al beantwoord.",
                                  "Vragen 5, 6 en 7 van het lid Dijk beantwoord ik gezamenlijk."])
def test_a_sentence_that_starts_with_vraag_n_is_not_a_hidden_label(line):
    """A joint-answer sentence at the start of a (table cell) answer names
    questions; it is no question label."""
    from parsers.checks import check

    doc = _doc([1, 2])
    doc.factions[0].questions[0].answer.text = f"{line}\nEr gaat 100 miljoen euro naar de N-wegen."
    assert [c.code for c in check(doc, "kamervragen").report.checks if c.code == "answer-contains-label"] == []


def test_numbers_printed_early_by_a_group_label_are_not_out_of_order():
    """``Vraag 1 en 4`` answered together, then ``Vraag 2``: the document's own order."""
    from parsers.checks import check

    doc = _doc([1, 4, 2, 3, 5])
    doc.factions[0].questions[0].label = doc.factions[0].questions[1].label = "Vraag 1 en 4"
    assert _codes(check(doc, "kamervragen")) == []


def test_confidence_is_zero_without_questions():
    assert confidence(Document(), "kamervragen") == 0.0


def test_words_the_grammar_did_not_place_are_added_to_unplaced():
    source = Source(blocks=[
        Block(text="Vraag 1", line=1), Block(text="Hoeveel kost het?", line=3),
        Block(text="Antwoord 1", line=5), Block(text="Het kost 12 euro.", line=7),
        Block(text="Een zin die de grammatica vergat.", line=9),
    ], format="text")
    q = Question(id="1", number=1, text="Hoeveel kost het?", label="Vraag 1",
                 answer=Answer(text="Het kost 12 euro.", label="Antwoord 1"))
    doc = account(source, Document(factions=[Faction(name=None, questions=[q])]))
    lost = [u for u in doc.report.unplaced if u.reason == LOST_REASON]
    assert [(u.text, u.line) for u in lost] == [("Een zin die de grammatica vergat", 9)]
    acc = doc.report.accounting
    assert (acc.words_in, acc.words_lost, acc.words_placed) == (17, 6, 11)
    assert [c.code for c in doc.report.checks] == ["text-lost"]


def _blocks(*blocks: tuple[str, list[int]]) -> Document:
    """Faction blocks with the given printed numbers (``1.`` labels)."""
    factions = [Faction(name=name, questions=[
        Question(id=f"{name}-{n}", number=n, text=f"Vraag {n}?", label=f"{n}.", answer=Answer(text="Ja."))
        for n in numbers]) for name, numbers in blocks]
    return Document(factions=factions)


@pytest.mark.parametrize(
    ("blocks", "codes"),
    [
        # EK nota: every faction numbers from 1
        ((("VVD", [1, 2]), ("SP", [1, 2, 3])), []),
        # TK nota: one numbering through the document, faction blocks continue it
        ((("VVD", [1, 2, 3]), ("SP", [4, 5]), ("CDA", [6])), []),
        # ... and a number missing between two blocks is a gap, not a new start
        ((("VVD", [1, 2, 3]), ("SP", [5, 6])), ["numbering-gap"]),
        # a block that goes back below the numbers before it starts anew
        ((("VVD", [1, 2, 3]), ("SP", [2, 3])), ["numbering-start"]),
    ],
)
def test_numbering_is_checked_per_block_or_through_the_document(blocks, codes):
    doc = check(_blocks(*blocks), "nota-numbered")
    assert _codes(doc) == codes
    if codes == ["numbering-gap"]:
        gap = doc.report.checks[0]
        assert gap.params == {"missing": "4", "before": "5"} and gap.question == "SP-5"
        assert gap.message == "question 4 is missing before question 5"
    assert doc.report.grammar == "nota-numbered"


def test_questions_answered_by_a_mededeling_that_refers_elsewhere_are_not_unanswered():
    text = ("Vragen van het lid Jansen (SP) aan de Minister van Defensie over munitie "
            "(ingezonden 3 maart 2025).\n\n"
            "Mededeling van Minister Brekelmans (Defensie) (ontvangen 24 maart 2025).\n\n"
            "Vraag 1\n\nHoeveel munitie is er gekocht?\n\nVraag 2\n\nWanneer komt de rest?\n\n"
            "Mededeling\n\nDe vragen van het lid Jansen zijn beantwoord in mijn brief van 20 maart 2025 "
            "(Kamerstuk 27 830, nr. 400). Voor de beantwoording verwijs ik u graag naar die brief.\n")
    doc = parse_text(text)
    assert [q.answer.status for q in doc.questions()] == ["by-reference", "by-reference"]
    assert doc.notices[0].questions == ["1", "2"]
    assert _codes(doc) == []
    assert doc.report.confidence == 1.0
