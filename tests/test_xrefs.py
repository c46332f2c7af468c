"""Cross-references: the phrase finder on one string, and their resolution to
question ids by ``annotate`` on hand-built documents."""

from __future__ import annotations

import pytest

from parsers.annotate import annotate
from parsers.annotate.citations import find_citations
from parsers.annotate.xrefs import find_refs
from parsers.model import Answer, Document, Faction, Question

# (name, input, expected [(numbers, text, external)])
REFS = [
    ("zie-antwoord-vraag", "Zie antwoord vraag 4.", [((4,), "Zie antwoord vraag 4", False)]),
    ("zie-lowercase-in-parens", "gedeeld (zie antwoord vraag 4) en", [((4,), "zie antwoord vraag 4", False)]),
    ("het-antwoord-op", "De bedragen zijn vermeld in het antwoord op vraag 4.",
     [((4,), "het antwoord op vraag 4", False)]),
    ("zie-het-antwoord-op", "Zie het antwoord op vraag 7.", [((7,), "Zie het antwoord op vraag 7", False)]),
    ("mijn-antwoord-list", "Ik verwijs naar mijn antwoord 4, 5 en 6.", [((4, 5, 6), "mijn antwoord 4, 5 en 6", False)]),
    ("range-t/m", "zie het antwoord op vraag 2 t/m 4", [((2, 3, 4), "zie het antwoord op vraag 2 t/m 4", False)]),
    ("range-tot-en-met", "het antwoord op vraag 2 tot en met 4", [((2, 3, 4), "het antwoord op vraag 2 tot en met 4", False)]),
    ("zoals-in", "Zoals in het antwoord op vraag 2 is aangegeven, geldt",
     [((2,), "het antwoord op vraag 2", False)]),
    ("antwoorden-op-vragen", "Zie de antwoorden op vragen 2 en 3.", [((2, 3), "Zie de antwoorden op vragen 2 en 3", False)]),
    ("in-vraag-range", "zoals aangegeven in vraag 2 t/m 4", [((2, 3, 4), "in vraag 2 t/m 4", False)]),
    ("zie-vraag", "Zie vraag 3.", [((3,), "Zie vraag 3", False)]),
    ("antwoord-bij", "zie antwoord bij vraag 5.", [((5,), "zie antwoord bij vraag 5", False)]),
    ("sub-part", "Zie antwoord vraag 4a.", [((4,), "Zie antwoord vraag 4a", False)]),
    ("other-faction", "Zie antwoord vraag 3 van de leden van de CDA-fractie.", [((3,), "Zie antwoord vraag 3", False)]),
    ("beantwoording-after-kamerstuk",
     "in dezelfde Kamerstukken (Kamerstuk 36725 X nr. 6, Kamerstuk 36915 X nr. 4) ook voorbeelden genoemd "
     "(zie beantwoording vragen 36, 37, 41, 47, respectievelijk vragen 1 en 2).",
     [((36, 37, 41, 47), "zie beantwoording vragen 36, 37, 41, 47", True)]),
    ("vraag-of-cited-letter", "Zie het antwoord op vraag 3 van de brief van 17 juni 2025.",
     [((3,), "Zie het antwoord op vraag 3", True)]),
    ("right-after-kamerstuk", "(Kamerstuk 36725 X nr. 6, antwoord op vraag 3)", [((3,), "antwoord op vraag 3", True)]),
    ("earlier-round", "De risico's zijn beschreven in de beantwoording van de eerste set vragen "
     "(zie beantwoording vragen 12 en 13).", [((12, 13), "zie beantwoording vragen 12 en 13", True)]),
    ("feitelijke-vragen", "Zoals in het antwoord op vraag 7 van de feitelijke vragen is gemeld.",
     [((7,), "het antwoord op vraag 7", True)]),
    ("feitelijke-vragen-before", "In de feitelijke vragen is in het antwoord op vraag 7 gemeld dat",
     [((7,), "het antwoord op vraag 7", True)]),
    ("number-above-999", "Zie het antwoord op vraag 1007.", [((1007,), "Zie het antwoord op vraag 1007", False)]),
    ("range-past-9999", "zie de antwoorden op vragen 9998 t/m 10001",
     [((9998, 9999, 10000, 10001), "zie de antwoorden op vragen 9998 t/m 10001", False)]),
    ("citation-in-previous-sentence",
     "In de brief van 17 juni 2025 (Kamerstuk 36725 X nr. 6) is dit aangegeven (specifiek vragen 42 en 43). "
     "De bedragen zijn vermeld in het antwoord op vraag 4.",
     [((4,), "het antwoord op vraag 4", False)]),
]

# (name, input): no cross-reference
NOT_REFS = [
    ("specifiek-vragen", "(specifiek vragen 42 en 43)"),
    ("vragen-without-antwoord", "vragen 2 en 3 zijn gesteld"),
    ("respectievelijk", "respectievelijk vragen 1 en 2"),
    ("answer-label", "Antwoord 4a.\n\nIn de beantwoording"),
    ("answer-label-lijst", "Antwoord op vraag 1:\nJa, dat klopt."),
    ("zie-ook-aanhangsel", "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 594."),
    ("zie-pagina", "zie pagina 3"),
    ("antwoord-year", "in zijn antwoord 2025 genoemd"),
    ("antwoorden-year", "de antwoorden 2024 en 2025 verschillen"),
]


@pytest.mark.parametrize(("name", "text", "want"), REFS, ids=[c[0] for c in REFS])
def test_ref(name, text, want):
    got = find_refs(text, find_citations(text))
    assert [(r.numbers, r.text, r.external) for r in got] == want
    for r in got:
        assert text[r.start:r.end] == r.text


@pytest.mark.parametrize(("name", "text"), NOT_REFS, ids=[c[0] for c in NOT_REFS])
def test_not_a_ref(name, text):
    assert find_refs(text, find_citations(text)) == []


def test_faction_named_after_the_numbers():
    (ref,) = find_refs("Zie antwoord vraag 3 van de leden van de CDA-fractie.")
    assert ref.faction == "CDA"
    (ref,) = find_refs("zie het antwoord op vraag 2 van de Voltfractie")
    assert ref.faction == "Volt"


# -- resolution by annotate ------------------------------------------------------


def _q(fid: str, n: int, answer: str | None) -> Question:
    return Question(id=f"{fid}-{n}", number=n, text=f"Vraag {n}?",
                    answer=Answer(text=answer) if answer is not None else None)


def _doc(*blocks: tuple[str, list[str | None]]) -> Document:
    return Document(factions=[
        Faction(name=name, questions=[_q(name, i + 1, a) for i, a in enumerate(answers)])
        for name, answers in blocks
    ])


def _pairs(doc: Document) -> list[tuple[str, str, str]]:
    return [(x.from_, x.to, x.text) for x in doc.xrefs]


def test_resolve_within_block_and_keep_every_occurrence():
    doc = annotate(_doc(("SP", [
        "Ja.",
        "Zie antwoord vraag 1.",
        "Het bedrag staat in het antwoord op vraag 1 (zie antwoord vraag 1) en verder.",
    ])))
    assert _pairs(doc) == [
        ("SP-2", "SP-1", "Zie antwoord vraag 1"),
        ("SP-3", "SP-1", "het antwoord op vraag 1"),
        ("SP-3", "SP-1", "zie antwoord vraag 1"),
    ]
    text = doc.question("SP-3").answer.text
    for x in doc.xrefs[1:]:
        assert text[x.start:x.end] == x.text
        assert x.field == "answer"


def test_numbers_restart_per_faction():
    doc = annotate(_doc(("SP", ["Ja.", "Nee."]), ("VOLT", ["Ja.", "Zie antwoord vraag 1."])))
    assert _pairs(doc) == [("VOLT-2", "VOLT-1", "Zie antwoord vraag 1")]


def test_list_and_range_give_one_xref_per_target():
    doc = annotate(_doc(("SP", ["a", "b", "c", "d", "Zie de antwoorden op vraag 2 t/m 4."])))
    assert [(x.from_, x.to) for x in doc.xrefs] == [("SP-5", "SP-2"), ("SP-5", "SP-3"), ("SP-5", "SP-4")]


def test_self_reference_dropped():
    doc = annotate(_doc(("SP", ["Zie ook het antwoord op vraag 1 hieronder.", "Ja."])))
    assert doc.xrefs == []


def test_missing_target_gives_warning_not_xref():
    doc = annotate(_doc(("SP", ["Ja.", "Zie antwoord vraag 9."])))
    assert doc.xrefs == []
    assert doc.report.warnings == [
        "SP-2: 'Zie antwoord vraag 9' points to question 9, which is not in block SP"
    ]


def test_external_numbers_give_no_xref_and_no_warning():
    doc = annotate(_doc(("SP", [
        "Ja.",
        "Voorbeelden staan in Kamerstuk 36725 X nr. 6 (zie beantwoording vragen 1 en 2).",
    ])))
    assert doc.xrefs == []
    assert doc.report.warnings == []


def test_reference_to_another_faction():
    doc = annotate(_doc(("CDA", ["Ja.", "Nee.", "Misschien."]),
                        ("SP", ["Zie het antwoord op vraag 3 van de leden van de CDA-fractie."])))
    assert _pairs(doc) == [("SP-1", "CDA-3", "Zie het antwoord op vraag 3")]


def test_reference_to_unknown_faction_is_ignored():
    doc = annotate(_doc(("SP", ["Ja.", "Zie antwoord vraag 1 van de leden van de D66-fractie."])))
    assert doc.xrefs == []
    assert doc.report.warnings == []


def test_questions_are_not_scanned_for_xrefs():
    doc = _doc(("SP", ["Ja.", "Nee."]))
    doc.factions[0].questions[1].text = "In het antwoord op vraag 1 stelt de regering ... Klopt dat?"
    assert annotate(doc).xrefs == []
