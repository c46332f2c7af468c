"""Commitments (toezeggingen) in answers and their deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import parse_path
from parsers.annotate.commitments import find_commitments
from parsers.annotate.deadlines import find_deadline, prinsjesdag
from tests.corpus import SAMPLES

SPRING = dt.date(2024, 3, 20)
AUTUMN = dt.date(2024, 11, 18)


@pytest.mark.parametrize("sentence, ref, text, due, kind", [
    ("Ik informeer uw Kamer voor de zomer.", SPRING, "voor de zomer", dt.date(2024, 7, 1), "period"),
    ("Ik informeer uw Kamer voor de zomer.", AUTUMN, "voor de zomer", dt.date(2025, 7, 1), "period"),
    ("Uw Kamer wordt voor het zomerreces geïnformeerd.", SPRING, "voor het zomerreces", dt.date(2024, 7, 1), "period"),
    ("Ik kom daar na de zomer op terug.", SPRING, "na de zomer", dt.date(2024, 12, 31), "period"),
    ("In de Stand van Defensie van dit najaar.", SPRING, "van dit najaar", dt.date(2024, 12, 31), "period"),
    ("zal ik de Kamer hierover eind 2025 informeren", SPRING, "eind 2025", dt.date(2025, 12, 31), "period"),
    ("ik zal de Kamer eind dit jaar informeren", AUTUMN, "eind dit jaar", dt.date(2024, 12, 31), "period"),
    ("begin volgend jaar stuur ik een brief", AUTUMN, "begin volgend jaar", dt.date(2025, 3, 31), "period"),
    ("in het eerste kwartaal van 2026", SPRING, "in het eerste kwartaal van 2026", dt.date(2026, 3, 31), "period"),
    ("in de loop van 2025", SPRING, "in de loop van 2025", dt.date(2025, 12, 31), "period"),
    ("uiterlijk 1 juli", SPRING, "uiterlijk 1 juli", dt.date(2024, 7, 1), "date"),
    ("voor september", SPRING, "voor september", dt.date(2024, 9, 1), "period"),
    ("eind maart", AUTUMN, "eind maart", dt.date(2025, 3, 31), "period"),
    ("binnen drie weken", SPRING, "binnen drie weken", dt.date(2024, 4, 10), "relative"),
    ("bij de Voorjaarsnota", SPRING, "bij de Voorjaarsnota", dt.date(2024, 6, 1), "event"),
    ("bij de begroting", SPRING, "bij de begroting", dt.date(2024, 9, 17), "event"),
    ("zo spoedig mogelijk", SPRING, "zo spoedig mogelijk", None, "vague"),
    ("eind dit jaar", None, "eind dit jaar", None, "period"),
])
def test_a_deadline_is_normalised_to_its_last_day(sentence, ref, text, due, kind):
    d = find_deadline(sentence, ref)
    assert (d.text, d.due, d.kind) == (text, due, kind)
    assert sentence[d.start:d.end] == d.text


def test_a_dated_letter_or_a_start_is_not_a_deadline():
    assert find_deadline("In de Kamerbrief van 15 december jl. is aangegeven dat ik informeer.", SPRING) is None
    assert find_deadline("Met ingang van 2026 wordt uw Kamer per project geïnformeerd.", SPRING) is None
    assert find_deadline("In mei 2023 is de procedure gestart.", SPRING) is None


def test_prinsjesdag_is_the_third_tuesday_of_september():
    assert [prinsjesdag(y) for y in (2024, 2025, 2026)] == [
        dt.date(2024, 9, 17), dt.date(2025, 9, 16), dt.date(2026, 9, 15)]


@pytest.mark.parametrize("sentence, action", [
    ("Op de precieze impact kom ik na de zomer terug.", "return"),
    ("Conform de toezegging zal ik de Kamer hierover eind 2024 nader informeren.", "inform"),
    ("Uw Kamer wordt hier voor het zomerreces over geïnformeerd.", "inform"),
    ("In de Stand van Defensie van dit najaar wordt uw Kamer hierover nader geïnformeerd.", "inform"),
    ("Binnenkort ontvangt uw Kamer de Defensienota 2026.", "inform"),
    ("Zodra de resultaten gereed zijn, wordt de kabinetsreactie zo spoedig mogelijk naar uw Kamer gestuurd.", "inform"),
    ("Mijn ministerie zal daarom ook onderzoeken welke instrumenten het Rijk kan inzetten.", "investigate"),
    ("Samen met de coalitie zal het kabinet tijdens COP29 uiteenzetten welke stappen zijn gezet.", "act"),
    ("Ja, ik ben bereid te onderzoeken hoe de risico's kunnen worden verminderd.", "investigate"),
    ("Ik ben daarnaast voornemens te onderzoeken hoe dit in beeld kan worden gebracht.", "investigate"),
    ("Na de zomer maken we de balans op en besluiten we hoe verder.", "act"),
    ("Het rapport zal op korte termijn met uw Kamer gedeeld worden.", "inform"),
])
def test_a_commitment_sentence(sentence, action):
    found = find_commitments(sentence, SPRING)
    assert [(c.text, c.action) for c in found] == [(sentence, action)]


@pytest.mark.parametrize("sentence", [
    "Ik zal mij daar vanuit mijn rol ook voor blijven inzetten.",
    "Mocht blijken dat meer nodig is, dan zal ik niet schromen om maatregelen in te zetten.",
    "Daarvoor zal ik ingaan op de rol die het Rijk heeft.",
    "Ik ga ervan uit dat de partijen zich aan de afspraken houden.",
    "Daarnaast zal Gasunie onderzoeken of er alternatieven zijn.",
    "De EU zal ook een nieuwe NDC voor 2035 indienen.",
    "In de brief van 27 juni jl. heeft mijn ambtsvoorganger uw Kamer geïnformeerd.",
    "Alleen wanneer de belangen in het geding zijn, zal Defensie informatie vertrouwelijk verstrekken.",
    "Dit zal naar verwachting leiden tot lagere kosten.",
    "Ik zal de Kamer hierover niet informeren.",
])
def test_not_a_commitment(sentence):
    assert find_commitments(sentence, SPRING) == []


def test_commitments_in_a_parsed_document_are_spans_with_who_and_deadline():
    doc = parse_path(SAMPLES / "memorie-van-antwoord-ek.txt")
    (c,) = doc.commitments
    answer = doc.question(c.question).answer.text
    assert answer[c.start:c.end] == c.text
    assert (c.question, c.action, c.trigger) == ("VVD-2", "inform", "informeer ik uw Kamer")
    assert (c.deadline.text, c.deadline.due, c.deadline.kind) == ("voor 1 juli 2027", dt.date(2027, 7, 1), "date")
    assert answer[c.deadline.start:c.deadline.end] == c.deadline.text
    assert c.who == doc.meta.answerer or c.who == "; ".join(doc.meta.signatories)
    dumped = doc.to_jsonable()["commitments"][0]
    assert list(dumped) == ["question", "field", "start", "end", "text", "trigger", "action", "who", "deadline"]
    assert dumped["deadline"]["due"] == "2027-07-01"


def test_a_joint_answer_gives_its_commitment_once():
    doc = parse_path(SAMPLES / "kamervragen-aanhangsel.pdf")
    texts = [c.text for c in doc.commitments]
    assert len(texts) == len(set(texts))
