"""TK nota naar aanleiding van het verslag: numbered questions (in the margin
of the PDF, alone on their line in pdftotext, in front of the question in
HTML), six factions, labelled and unlabelled answers, a joint answer,
section headings and a table of contents. The same document in three
formats gives the same facts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from parsers import parse_path, parse_text
from parsers.recognise.answer_labels import parse_numbers

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FORMATS = ["nota-tk-marge.pdf", "nota-tk-marge-pdftotext.txt", "nota-tk-marge.html"]

#: (faction block, joins) in document order.
BLOCKS = [
    ("VVD", []), ("GroenLinks-PvdA", []), ("NSC", []), ("CDA", ["NSC"]), ("CDA+SP", []), ("SP", []),
    ("BBB", []), ("GroenLinks-PvdA", []), ("VVD", []),
]
#: id -> (number, question start, answer start, answer label)
QUESTIONS = {
    "VVD-1": (1, "De leden van de VVD-fractie vragen hoeveel", "Naar verwachting moeten circa 8.000", "Antwoord"),
    "VVD-2": (2, "Deze leden vragen voorts waarom", "Het Handelsregister bevat niet de gegevens", None),
    "GroenLinks-PvdA-3": (3, "De leden van de GroenLinks-PvdA-fractie vragen hoe", "De registratie kost een kleine", None),
    "GroenLinks-PvdA-4": (4, "Deze leden vragen ook of de registratie kosteloos is.", "De registratie kost een kleine",
                          None),
    "GroenLinks-PvdA-5": (5, "Tot slot vragen deze leden wanneer", "De registratie kost een kleine", None),
    "NSC-6": (6, "De leden van de NSC-fractie vragen of ook solistisch", "Ja. Ook solisten moeten", "Antwoord"),
    "CDA+SP-7": (7, "De leden van de fracties van het CDA en de SP vragen", "Het BIG-register registreert", None),
    "SP-8": (8, "De leden van de SP-fractie vragen welke sancties", "De Inspectie Gezondheidszorg en Jeugd", "Antwoord"),
    "BBB-9": (9, "Het lid van de BBB-fractie vraagt of", "Ja. De regionale zorgkantoren", None),
    "GroenLinks-PvdA-10": (10, "De leden van de GL-PvdA-fractie vragen of", "De naam, het adres en het soort zorg",
                           "Antwoord"),
    "VVD-11": (11, "De leden van de VVD-fractie vragen tot slot", "Ja. Artikel 12 van het wetsvoorstel", None),
}
SECTIONS = {"VVD-1": "2. Doel en reikwijdte", "GroenLinks-PvdA-5": "2. Doel en reikwijdte",
            "NSC-6": "2.1 Reikwijdte", "CDA+SP-7": "2.1 Reikwijdte", "SP-8": "3. Uitvoering", "VVD-11": "3. Uitvoering"}


@pytest.fixture(scope="module", params=FORMATS)
def doc(request):
    return parse_path(SAMPLES / request.param)


def test_samples_are_what_the_tools_write():
    sys.path.insert(0, str(SAMPLES / "tools"))
    try:
        import make_pdf
        import nota_tk
    finally:
        sys.path.pop(0)
    pages, text = make_pdf.nota_layout()
    assert make_pdf.build(pages, make_pdf.NOTA_FONTS) == (SAMPLES / "nota-tk-marge.pdf").read_bytes()
    assert text == (SAMPLES / "nota-tk-marge-pdftotext.txt").read_text(encoding="utf-8")
    assert nota_tk.html_form() == (SAMPLES / "nota-tk-marge.html").read_text(encoding="utf-8")


def test_kind_and_meta(doc):
    m = doc.meta
    assert (m.kind, m.dossier, m.document_number, m.publication_id) == (
        "nota-naar-aanleiding-van-verslag", "36999", "6", "kst-36999-6")
    assert m.title == "Regels over de registratie van zorgaanbieders (Wet registratie zorgaanbieders)"
    assert m.house == "Tweede Kamer"


def test_faction_blocks_in_order(doc):
    assert [(f.name, f.joins) for f in doc.factions] == BLOCKS
    joint = next(f for f in doc.factions if f.name == "CDA+SP")
    assert joint.members == ["CDA", "SP"]
    join = next(f for f in doc.factions if f.joins)
    assert join.heading == "De leden van de CDA-fractie sluiten zich aan bij de vragen van de NSC-fractie."
    assert join.questions == []
    # six factions ask: VVD, GroenLinks-PvdA (also written GL-PvdA), NSC, CDA and SP jointly, SP, BBB
    askers = {f.name for f in doc.factions if f.questions}
    assert askers == {"VVD", "GroenLinks-PvdA", "NSC", "CDA+SP", "SP", "BBB"}


def test_every_question_number_text_and_answer_start(doc):
    qs = doc.questions()
    assert [q.id for q in qs] == list(QUESTIONS)
    for q in qs:
        number, q_start, a_start, label = QUESTIONS[q.id]
        assert q.number == number and q.label.rstrip(".") == str(number)
        assert q.text.startswith(q_start), q.id
        assert not q.text[:3].strip().rstrip(".").isdigit()  # the number is not in the text
        assert q.answer is not None and q.answer.text.startswith(a_start), q.id
        assert (q.answer.label or "").rstrip(":") == (label or ""), q.id
    assert doc.question("NSC-6").answer.label == "Antwoord:"
    for qid, section in SECTIONS.items():
        assert doc.question(qid).section == section


@pytest.mark.parametrize(("name", "label"), [
    ("nota-tk-marge.pdf", "10"), ("nota-tk-marge-pdftotext.txt", "10"), ("nota-tk-marge.html", "10.")])
def test_question_label_is_the_number_as_printed(name, label):
    assert parse_path(SAMPLES / name).question("GroenLinks-PvdA-10").label == label


def test_answers_end_before_the_next_faction_or_signature(doc):
    assert doc.question("NSC-6").answer.text == (
        "Ja. Ook solisten moeten zich registreren, tenzij zij uitsluitend in loondienst werken.")
    assert doc.question("VVD-11").answer.text == (
        "Ja. Artikel 12 van het wetsvoorstel bepaalt dat de wet binnen vijf jaar na de inwerkingtreding "
        "wordt geëvalueerd.")
    assert doc.closing.split() == "De Minister van Volksgezondheid, Welzijn en Sport, J. de Vries".split()
    assert doc.meta.signatories == ["J. de Vries"]


def test_joint_answer_after_three_questions(doc):
    group = [doc.question(f"GroenLinks-PvdA-{n}") for n in (3, 4, 5)]
    text = ("De registratie kost een kleine zorgaanbieder naar schatting een uur en is kosteloos. De wet treedt "
            "naar verwachting op 1 januari 2026 in werking.")
    for q in group:
        assert q.answer.text == text
        assert q.answer.joint == [3, 4, 5]
    assert [q.answer.shared_with for q in group] == [None, "GroenLinks-PvdA-3", "GroenLinks-PvdA-3"]
    others = [q for q in doc.questions() if q not in group]
    assert all(q.answer.joint is None and q.answer.shared_with is None for q in others)
    check = next(c for c in doc.report.checks if c.code == "joint-by-position")
    assert (check.severity, check.question, check.params) == ("info", "GroenLinks-PvdA-3", {"questions": "3, 4, 5"})


def test_headings_with_their_place(doc):
    heads = [(h.text, h.question) for h in doc.headings]
    assert heads[-4:] == [("1. Inleiding", None), ("2. Doel en reikwijdte", "VVD-1"), ("2.1 Reikwijdte", "NSC-6"),
                          ("3. Uitvoering", "SP-8")]
    for h in doc.headings:
        if h.question is None:
            assert doc.intro[h.start:h.start + len(h.text)] == h.text
    # the table of contents is text of the intro, not headings, not questions
    assert all("Inleiding 1" not in h.text and "|" not in h.text for h in doc.headings)
    assert "Inhoudsopgave" in doc.intro and "2.1 Reikwijdte" in doc.intro
    assert "Met dit wetsvoorstel wordt een openbaar register" in doc.intro


def test_pdf_furniture_and_footnote():
    doc = parse_path(SAMPLES / "nota-tk-marge.pdf")
    reasons = {(u.text, u.reason) for u in doc.report.unplaced}
    assert reasons >= {
        ("2", "page furniture (page 1: chamber numeral)"),
        ("Tweede Kamer der Staten-Generaal", "page furniture (page 1: masthead)"),
        ("36 999 Regels over de registratie van zorgaanbieders", "page furniture (page 1: title block (dossier number and title))"),
        ("Nr. 6", "page furniture (page 1: document number)"),
        ("kst-36999-6", "page furniture (page 1: first-page publication block)"),
        ("Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 2", "page furniture (page 2: running header/footer)"),
        ("1", "page furniture (page 1: footnote reference 1)"),
    }
    assert {u.reason for u in doc.report.unplaced} <= {r for _, r in reasons} | {
        "page furniture (page 1: title block (dossier number and title))",
        "page furniture (page 1: masthead)", "page furniture (page 1: first-page publication block)",
        "page furniture (page 1: running header/footer)", "page furniture (page 3: running header/footer)"}
    assert doc.footnotes == {"1": "Kamerstukken II 2022/23, 36 200 XVI, nr. 12."}
    answer = doc.question("VVD-2").answer.text
    assert "wordt verleend. Een koppeling" in answer  # the reference left the sentence
    assert "adresgegevens twee keer" in answer  # hyphenated at the line end, rejoined across the page
    assert doc.intro.startswith("NOTA NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 14 mei 2024")


def test_text_form_loses_the_running_footers():
    doc = parse_path(SAMPLES / "nota-tk-marge-pdftotext.txt")
    assert not any("vergaderjaar" in q.answer.text for q in doc.questions())
    assert ("Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 1", "page furniture (running footer)") in {
        (u.text, u.reason) for u in doc.report.unplaced}


# -- variants as text -------------------------------------------------------------
HEAD = "NOTA NAAR AANLEIDING VAN HET VERSLAG\n\n"


def _nota(body: str):
    return parse_text(HEAD + body)


def test_labelled_joint_answer_names_its_questions():
    doc = _nota(
        "1. Inleiding\n\n"
        "1. De leden van de SP-fractie vragen waarom de termijn zes weken is.\n\n"
        "Antwoord\n\nOmdat de Awb dat voorschrijft.\n\n"
        "2. Deze leden vragen ook wie de kosten draagt.\n\n"
        "3. Deze leden vragen of gemeenten worden gecompenseerd.\n\n"
        "4. Zij vragen tot slot wanneer de evaluatie komt.\n\n"
        "Antwoord op de vragen 2, 3 en 4\n\n"
        "Het Rijk draagt de kosten en compenseert gemeenten; de evaluatie volgt in 2027.\n\n"
        "5. De leden van de PVV-fractie vragen of de wet ook voor Caribisch Nederland geldt.\n\n"
        "Antwoord: Nee, de wet geldt alleen voor het Europese deel van Nederland.\n"
    )
    assert [q.id for q in doc.questions()] == ["SP-1", "SP-2", "SP-3", "SP-4", "PVV-5"]
    sp1, sp2, sp3, sp4, pvv5 = doc.questions()
    assert sp1.answer.text == "Omdat de Awb dat voorschrijft." and sp1.answer.joint is None
    for q in (sp2, sp3, sp4):
        assert q.answer.text == "Het Rijk draagt de kosten en compenseert gemeenten; de evaluatie volgt in 2027."
        assert q.answer.joint == [2, 3, 4] and q.answer.label == "Antwoord op de vragen 2, 3 en 4"
    assert [q.answer.shared_with for q in (sp2, sp3, sp4)] == [None, "SP-2", "SP-2"]
    assert pvv5.answer.text == "Nee, de wet geldt alleen voor het Europese deel van Nederland."
    assert pvv5.answer.label == "Antwoord:"
    assert not any(c.code == "joint-by-position" for c in doc.report.checks)
    assert [(h.text, h.question) for h in doc.headings] == [
        ("NOTA NAAR AANLEIDING VAN HET VERSLAG", None), ("1. Inleiding", "SP-1")]


def test_reactie_label_numbered_list_in_answer_and_spelling_kept_from_first_use():
    doc = _nota(
        "1. De leden van de GL-PvdA-fractie vragen welke gevolgen de wet heeft.\n\n"
        "Reactie van de bewindspersoon\n\nDe wet heeft drie gevolgen:\n"
        "1. kortere termijnen;\n2. minder kosten;\n3. meer toezicht.\n\n"
        "2. De leden van de GroenLinks-PvdA-fractie vragen of de Raad van State heeft geadviseerd.\n\n"
        "Ja, op 3 maart 2024.\n"
    )
    assert [q.id for q in doc.questions()] == ["GL-PvdA-1", "GL-PvdA-2"]
    first = doc.question("GL-PvdA-1").answer
    assert first.label == "Reactie van de bewindspersoon"
    assert first.text.startswith("De wet heeft drie gevolgen:") and "3. meer toezicht." in first.text
    assert [f.name for f in doc.factions] == ["GL-PvdA"]


def test_section_heading_number_is_not_a_question_even_in_sequence():
    doc = _nota(
        "1. De leden van de VVD-fractie vragen of de regering de wet wil toelichten.\n\n"
        "De regering licht de wet graag toe.\n\n"
        "2. Uitvoering\n\n"
        "2. De leden van de VVD-fractie vragen wie de wet uitvoert.\n\n"
        "De Belastingdienst.\n"
    )
    assert [(q.id, q.section) for q in doc.questions()] == [("VVD-1", None), ("VVD-2", "2. Uitvoering")]
    assert doc.question("VVD-1").answer.text == "De regering licht de wet graag toe."
    assert [(h.text, h.question) for h in doc.headings] == [
        ("NOTA NAAR AANLEIDING VAN HET VERSLAG", None), ("2. Uitvoering", "VVD-2")]


def test_join_without_a_named_faction_joins_the_last_one():
    doc = _nota(
        "1. De leden van de D66-fractie vragen naar de kosten.\n\nDie zijn laag.\n\n"
        "De leden van de Volt-fractie sluiten zich aan bij deze vragen.\n\n"
        "2. De leden van de JA21-fractie vragen naar de baten.\n\nDie zijn hoog.\n"
    )
    assert [(f.name, f.joins, len(f.questions)) for f in doc.factions] == [
        ("D66", [], 1), ("Volt", ["D66"], 0), ("JA21", [], 1)]
    assert doc.question("D66-1").answer.text == "Die zijn laag."


@pytest.mark.parametrize(("text", "numbers"), [
    ("3, 4 en 5", [3, 4, 5]), ("3 t/m 5", [3, 4, 5]), ("3 tot en met 6", [3, 4, 5, 6]), ("4, 5 6 en 7", [4, 5, 6, 7]),
    ("1, 3 en 5", [1, 3, 5]), ("10-12", [10, 11, 12]), ("7", [7]),
])
def test_parse_numbers(text, numbers):
    assert parse_numbers(text) == numbers


def test_faction_sub_headings_in_a_numbered_nota():
    doc = _nota(
        "VVD-fractie\n\n"
        "1. Deze leden vragen hoe lang de procedure duurt.\n\nZes weken.\n\n"
        "2. Zij vragen of dat korter kan.\n\nNee.\n\n"
        "Vragen en opmerkingen van de leden van de PvdD-fractie\n\n"
        "3. Deze leden vragen naar de gevolgen voor de natuur.\n\nDie zijn beperkt.\n"
    )
    assert [(f.name, f.heading, [q.id for q in f.questions]) for f in doc.factions] == [
        ("VVD", "VVD-fractie", ["VVD-1", "VVD-2"]),
        ("PvdD", "Vragen en opmerkingen van de leden van de PvdD-fractie", ["PvdD-3"]),
    ]
    assert [q.answer.text for q in doc.questions()] == ["Zes weken.", "Nee.", "Die zijn beperkt."]


# -- unnumbered prose (memorie van antwoord / nota without numbers) -----------------
PROSE = """MEMORIE VAN ANTWOORD

Ontvangen 2 april 2024

Inhoudsopgave
1. Algemeen 1
2. Uitvoering 2

De regering dankt de leden voor hun vragen.

1. Algemeen

De leden van de GL-PvdA-fractie vragen waarom de wet nodig is.

Antwoord: De wet is nodig omdat de huidige regels verouderd zijn.

Deze leden vragen voorts wat de wet kost.

Antwoord
De wet kost 3 miljoen euro per jaar.

De leden van de GroenLinks-PvdA-fractie vragen ook naar de uitvoering.

De uitvoering ligt bij de gemeenten.

De leden van de fracties van het CDA en de ChristenUnie vragen of de wet tijdelijk is.

Reactie van de bewindspersoon

Nee, de wet geldt voor onbepaalde tijd.

De leden van de SGP-fractie sluiten zich aan bij deze vragen.

2. Uitvoering

Het lid van de 50PLUS-fractie vraagt wie toezicht houdt.

De inspectie houdt toezicht.

De Minister van Binnenlandse Zaken,

A. Jansen
"""


def test_prose_labels_factions_joins_and_headings():
    doc = parse_text(PROSE, name="mva.txt")
    assert doc.meta.kind == "memorie-van-antwoord"
    assert [(f.name, f.members, f.joins, [q.id for q in f.questions]) for f in doc.factions] == [
        ("GL-PvdA", [], [], ["GL-PvdA-1", "GL-PvdA-2", "GL-PvdA-3"]),
        ("CDA+ChristenUnie", ["CDA", "ChristenUnie"], [], ["CDA+ChristenUnie-1"]),
        ("SGP", [], ["CDA+ChristenUnie"], []),
        ("50PLUS", [], [], ["50PLUS-1"]),
    ]
    answers = [(q.answer.label, q.answer.text) for q in doc.questions()]
    assert answers == [
        ("Antwoord:", "De wet is nodig omdat de huidige regels verouderd zijn."),
        ("Antwoord", "De wet kost 3 miljoen euro per jaar."),
        (None, "De uitvoering ligt bij de gemeenten."),
        ("Reactie van de bewindspersoon", "Nee, de wet geldt voor onbepaalde tijd."),
        (None, "De inspectie houdt toezicht."),
    ]
    assert doc.question("GL-PvdA-3").text.startswith("De leden van de GroenLinks-PvdA-fractie vragen ook")
    assert [(h.text, h.question) for h in doc.headings] == [
        ("MEMORIE VAN ANTWOORD", None), ("1. Algemeen", "GL-PvdA-1"), ("2. Uitvoering", "50PLUS-1")]
    assert doc.intro.startswith("MEMORIE VAN ANTWOORD") and "2. Uitvoering 2" in doc.intro
    assert doc.meta.signatories == ["A. Jansen"] and doc.report.unplaced == []


def test_numbered_list_in_a_prose_nota_does_not_make_it_numbered():
    doc = _nota(
        "De leden van de VVD-fractie vragen welke adviezen zijn gevraagd.\n\n"
        "Er zijn twee adviezen gevraagd:\n\n"
        "1. de Raad van State, over de vragen die de leden stelden;\n\n"
        "2. de Autoriteit Persoonsgegevens, op verzoek van de fractie.\n\n"
        "De leden van de SP-fractie vragen wanneer de adviezen komen.\n\nIn juni.\n\n"
        "De leden van de PVV-fractie vragen of de adviezen openbaar worden.\n\nJa.\n"
    )
    assert [q.id for q in doc.questions()] == ["VVD-1", "SP-1", "PVV-1"]
    assert "2. de Autoriteit Persoonsgegevens" in doc.question("VVD-1").answer.text


def test_margin_number_on_the_first_line_without_a_dot():
    doc = _nota(
        "12 De leden van de D66-fractie vragen hoe vaak\nde regeling wordt gebruikt.\n\nJaarlijks 400 keer.\n\n"
        "13 Deze leden vragen ook wat dat kost.\n\nCirca € 2 miljoen.\n"
    )
    assert [(q.id, q.number, q.text, q.answer.text) for q in doc.questions()] == [
        ("D66-12", 12, "De leden van de D66-fractie vragen hoe vaak de regeling wordt gebruikt.", "Jaarlijks 400 keer."),
        ("D66-13", 13, "Deze leden vragen ook wat dat kost.", "Circa € 2 miljoen."),
    ]
