"""The answer audit: question parts, what they ask, and the verdict per part."""

from __future__ import annotations

import pytest

from parsers import parse_path
from parsers.annotate import answer_checks as chk
from parsers.annotate.asks import ask_kind, question_parts
from parsers.annotate.audit import audit_question
from parsers.model import Answer, Document, Faction, Notice, Part, Question
from tests.corpus import SAMPLES


# -- what is asked ------------------------------------------------------------

def test_follow_ups_join_the_question_they_depend_on():
    text = ("In het artikel staat dat het misgaat. Deelt u die mening? Zo ja, waarom? "
            "Zo nee, waarom niet? Hoeveel kost dat? Waarom wel of waarom niet? "
            "Graag een gedetailleerd antwoord.")
    assert [p.text for p in question_parts(text)] == [
        "Deelt u die mening? Zo ja, waarom? Zo nee, waarom niet?",
        "Hoeveel kost dat? Waarom wel of waarom niet? Graag een gedetailleerd antwoord.",
    ]


def test_an_indirect_request_is_a_part_and_context_is_not():
    text = ("De leden van de SP-fractie lezen dat de kosten stijgen. Zij vragen de regering "
            "hoeveel dat in 2026 kost. In antwoord op de vragen over X geeft het kabinet aan dat het kan.")
    parts = question_parts(text)
    assert [p.text for p in parts] == ["Zij vragen de regering hoeveel dat in 2026 kost."]
    assert text[parts[0].start:parts[0].end] == parts[0].text
    assert parts[0].kind == "amount"


def test_a_question_without_an_asking_sentence_is_one_part():
    parts = question_parts("  Graag uw reactie op het rapport  ")
    assert [(p.text, p.start) for p in parts] == [("Graag uw reactie op het rapport", 2)]


@pytest.mark.parametrize("sentence, kind", [
    ("Hoeveel meldingen zijn er in 2023 gedaan?", "amount"),
    ("Hoe vaak komt het voor dat agenten weigeren?", "amount"),
    ("Welk percentage van de uitgaven gaat naar Europa?", "amount"),
    ("Kunt u aangeven hoeveel subsidie is verstrekt?", "amount"),
    ("Bent u bereid om in beeld te brengen hoeveel hulpverleners er komen?", "amount"),
    ("Bent u daarom bereid te onderschrijven dat dit niet mag, ongeacht hoeveel geweld er is?", "position"),
    ("Wanneer stuurt u de evaluatie naar de Kamer?", "date"),
    ("Per wanneer moeten producenten de nieuwe norm gebruiken?", "date"),
    ("Bent u van mening dat dit kan, ook wanneer deze specifiek zijn voor een lidstaat?", "position"),
    ("Kunt u een overzicht geven van de projecten?", "list"),
    ("Welke maatregelen neemt u?", "list"),
    ("Deelt u de mening dat dit onwenselijk is? Zo nee, waarom niet?", "position"),
    ("Kunt u bevestigen dat het amendement in werking is getreden?", "position"),
    ("Kunt u aangeven of deze jongeren eerder zijn veroordeeld?", "position"),
    ("Kunt u zich de aflevering herinneren, waarin te zien was dat honden werden geslagen?", "position"),
    ("Kunt u onderbouwen waarom ervoor gekozen is?", "explanation"),
    ("Waarom is niet overwogen om deze groep te verwijzen?", "explanation"),
    ("Hoe reageert u op de stelling van de onderzoekers?", "explanation"),
])
def test_what_a_part_asks(sentence, kind):
    assert ask_kind(sentence) == kind


# -- what an answer holds -----------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Ja.", "Ja"), ("Nee, dat klopt niet.", "Nee"), ("Die mening deel ik niet.", "deel ik"),
    ("Ik deel die mening.", "Ik deel"), ("Het kabinet overweegt niet om in te trekken.", "Het kabinet overweegt niet"),
    ("Een dergelijk onderzoek is niet opportuun.", "is niet opportuun"),
    ("Het is belangrijk dat vuurwerk veilig wordt opgeslagen.", None),
])
def test_a_clear_position(text, found):
    assert chk.position(text) == found


def test_knowing_counts_as_a_position_only_for_a_question_about_knowing():
    assert chk.position("Het is mij bekend dat er lokale overheden zijn.") is None
    assert chk.position("Het is mij bekend dat er lokale overheden zijn.", knowing=True) == "Het is mij bekend"


@pytest.mark.parametrize("text, found", [
    ("Er zijn in Nederland drie zorgaanbieders die dit leveren.", "drie zorgaanbieders"),
    ("In 2023 zijn er 10 meldingen gedaan.", "10 meldingen"),
    ("Meldingen 2021 2022 2023 TOTAAL 12 17 40 66 73 74", "12 17 40 66 73 74"),
    ("Zoals beschreven in artikel 16 van de wet en in 2024 besproken.", None),
    ("De brief van 17 juni 2025 gaat hierop in.", None),
])
def test_an_amount_in_an_answer(text, found):
    assert chk.amount(text) == found


def test_times_refusals_and_unknowns():
    assert chk.moment("De consultatie loopt tot 20 maart 2024.") == "20 maart 2024"
    assert chk.moment("Deze zal voor het einde van dit jaar worden gepubliceerd.") == "einde van dit jaar"
    assert chk.moment("Dat gebeurt zo spoedig mogelijk.") is None
    assert chk.vague_moment("Dat gebeurt zo spoedig mogelijk.") == "zo spoedig mogelijk"
    sents = ["Ik kan, lopende het onderzoek, geen uitspraken doen over een strafzaak.",
             "Dit heeft te maken met het opsporingsbelang."]
    assert chk.refusals(sents) == [0]
    assert chk.not_known("Hierover zijn geen cijfers bekend.") == "geen cijfers"
    assert chk.not_known("Dit wordt niet centraal geregistreerd.") == "wordt niet centraal geregistreerd"


# -- the verdict per part -----------------------------------------------------

def _q(text: str, answer: str | None, status: str = "answered", **kw) -> Question:
    a = None if answer is None else Answer(text=answer, status=status)
    return Question(id=kw.pop("id", "1"), number=1, text=text, answer=a, **kw)


def test_an_amount_without_a_number_is_partly_with_a_reason():
    audit = audit_question(_q("Welk bedrag is hiermee gemoeid?", "Dat bedrag wordt later bepaald door de sector."))
    assert (audit.result, audit.reason) == ("partly", "vraagt om een bedrag; het antwoord noemt geen bedrag")
    p = audit.parts[0]
    assert (p.index, p.asks, p.start, p.end, p.certain) == (1, "amount", 0, 31, True)


def test_an_amount_that_is_not_known_says_so():
    audit = audit_question(_q("Hoeveel agenten raakten gewond?", "Dit wordt niet centraal geregistreerd."))
    assert audit.reason == ("vraagt om een aantal of bedrag; het antwoord zegt dat dit niet bekend is "
                            "(‘wordt niet centraal geregistreerd’)")


def test_each_part_is_judged_and_the_question_combines_them():
    q = _q("Bent u bekend met het bericht? Hoeveel gezinnen gaat het om? Waarom is dat zo?",
           "Ja. Het gaat om drie gezinnen. Dat komt door de strenge eisen die gelden voor evacuatie.")
    audit = audit_question(q)
    assert [(p.asks, p.result) for p in audit.parts] == [
        ("position", "answered"), ("amount", "answered"), ("explanation", "answered")]
    assert (audit.result, audit.reason) == ("answered", "alle deelvragen beantwoord")
    q = _q("Bent u bekend met het bericht? Welk percentage van de kosten is gedekt?",
           "Ja, het bericht is mij bekend. De kosten worden gedekt uit de begroting.")
    audit = audit_question(q)
    assert audit.result == "partly"
    assert audit.reason == ("1 van 2 deelvragen beantwoord; deelvraag 2: vraagt om een percentage; "
                            "het antwoord noemt geen percentage")


def test_a_refusal_is_unanswered_and_a_missing_answer_is_unsure():
    audit = audit_question(_q("Kunt u aangeven of deze jongeren eerder zijn veroordeeld?",
                              "Ik kan, lopende het onderzoek, geen uitspraken doen over een strafzaak. "
                              "Dit heeft te maken met het opsporingsbelang. Over de justitiële "
                              "documentatie van de verdachten kan ik eveneens geen uitspraken doen."))
    assert (audit.result, audit.certain) == ("unanswered", True)
    assert audit.reason.startswith("het antwoord gaat er niet op in (‘Ik kan, lopende het onderzoek")
    audit = audit_question(_q("Hoeveel kost het?", None))
    assert (audit.result, audit.certain) == ("unanswered", False)
    assert audit.parts[0].reason.startswith("geen antwoord gevonden bij deze vraag")


def test_deferred_by_reference_and_procedural():
    assert audit_question(_q("Wanneer komt de brief?", "", status="deferred")).result == "deferred"
    q = _q("Hoeveel kost het?", "Zie het antwoord op vraag 2.", status="by-reference")
    audit = audit_question(q, refs=["2"])
    assert (audit.result, audit.reason) == ("by_reference", "het antwoord verwijst naar het antwoord op vraag 2")
    audit = audit_question(_q("Bent u bereid de regels te wijzigen? Zo nee, waarom niet?",
                              "Ik bekijk of het nodig is de regels aan te scherpen. "
                              "Uw Kamer wordt hier voor het zomerreces over geïnformeerd."))
    assert audit.result == "deferred"
    assert audit.reason == ("vraagt om een standpunt (ja of nee); het antwoord stelt dit uit "
                            "(‘Uw Kamer wordt hier voor het zomerreces over geïnformeerd’)")
    audit = audit_question(_q("Kunt u deze vragen één voor één en binnen drie weken beantwoorden?",
                              "Helaas is dat niet gelukt vanwege de benodigde afstemming."))
    assert audit.result == "answered"


def test_a_labelled_answer_part_answers_the_same_labelled_question_part():
    text = "a. Hoeveel kost het? b. Wanneer begint het?"
    q = Question(id="1", number=1, text=text,
                 parts=[Part(label="a", text="Hoeveel kost het?", start=3, end=20),
                        Part(label="b", text="Wanneer begint het?", start=24, end=43)],
                 answer=Answer(text="a. Het kost 12 miljoen euro. b. Dat is nog niet bekend.",
                               parts=[Part(label="a", text="Het kost 12 miljoen euro.", start=3, end=28),
                                      Part(label="b", text="Dat is nog niet bekend.", start=32, end=55)]))
    audit = audit_question(q)
    assert [(p.label, p.result) for p in audit.parts] == [("a", "answered"), ("b", "partly")]


def test_a_document_of_questions_only_gets_no_audit_and_a_notice_defers():
    from parsers.annotate.audit import audit_document

    doc = Document(factions=[Faction(name=None, questions=[_q("Hoeveel kost het?", None, id="1"),
                                                           _q("Waarom?", None, id="2")])])
    audit_document(doc)
    assert [q.audit for q in doc.questions()] == [None, None]
    doc = Document(factions=[Faction(name=None, questions=[_q("Hoeveel kost het?", None, id="1")])],
                   notices=[Notice(text="De beantwoording duurt langer.", questions=["1"])])
    audit_document(doc)
    q = doc.questions()[0]
    assert (q.audit.result, q.audit.reason) == ("deferred", "een Mededeling stelt de beantwoording uit")


def test_the_audit_of_samples_in_the_dump():
    doc = parse_path(SAMPLES / "nota-ek-defensie.md")
    cda1 = doc.question("CDA-1").audit
    assert (cda1.result, cda1.reason) == ("answered", "noemt ‘€ 1,2 miljard’")
    assert doc.question("CDA-3").audit.reason == "het antwoord verwijst naar het antwoord op vraag CDA-1"
    doc = parse_path(SAMPLES / "kamervragen-mededeling.txt")
    assert {q.audit.result for q in doc.questions()} == {"deferred"}
    dumped = doc.to_jsonable()["factions"][0]["questions"][0]["audit"]
    assert list(dumped) == ["result", "reason", "certain", "parts"]
    assert list(dumped["parts"][0]) == ["index", "label", "text", "start", "end", "asks", "result",
                                        "reason", "certain"]
