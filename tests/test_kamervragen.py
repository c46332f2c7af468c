"""The Kamervragen grammar on small texts and the committed samples (no corpus)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from parsers import parse_path, parse_text
from parsers.recognise.kamervragen import numbers
from parsers.recognise.kamervragen_meta import parse_addressees, parse_askers
from parsers.source import Block, Source
from parsers.pipeline import parse_source

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _askers(doc):
    return [(a.name, a.party) for a in doc.meta.askers]


def test_numbers_of_combined_labels():
    assert numbers("3, 4 en 5") == [3, 4, 5]
    assert numbers("2, 3 4 en 5") == [2, 3, 4, 5]
    assert numbers("1 en 4") == [1, 4]
    assert numbers("2–4") == [2, 3, 4]
    assert numbers("9 t/m 11") == [9, 10, 11]
    assert numbers("4, 5, 7 en 8") == [4, 5, 7, 8]


def test_askers_variants():
    pairs = lambda who: [(a.name, a.party) for a in parse_askers(who)]  # noqa: E731
    assert pairs("Mutluer (GroenLinks-PvdA) en Kostić (PvdD)") == [("Mutluer", "GroenLinks-PvdA"), ("Kostić", "PvdD")]
    assert pairs("Slagt-Tichelman en Piri (beiden GroenLinks-PvdA)") == [
        ("Slagt-Tichelman", "GroenLinks-PvdA"), ("Piri", "GroenLinks-PvdA")]
    assert pairs("Sneller, Bamenga en Rooderkerk (allen D66)") == [
        ("Sneller", "D66"), ("Bamenga", "D66"), ("Rooderkerk", "D66")]
    assert pairs("Kröger en Thijssen (beiden GroenLinks-PvdA) en Teunissen (PvdD)") == [
        ("Kröger", "GroenLinks-PvdA"), ("Thijssen", "GroenLinks-PvdA"), ("Teunissen", "PvdD")]
    assert pairs("Van Haga (Groep Van Haga)") == [("Van Haga", "Groep Van Haga")]
    assert pairs("Faber-van de Klashorst(PVV)") == [("Faber-van de Klashorst", "PVV")]
    assert pairs("DaniëlleJansen (Nieuw Sociaal Contract)") == [("Daniëlle Jansen", "Nieuw Sociaal Contract")]
    assert pairs("Kostic ´ (PvdD)") == [("Kostić", "PvdD")]
    assert pairs("lid Inge van Dijk (CDA), Vijlbrief (D66)") == [("Inge van Dijk", "CDA"), ("Vijlbrief", "D66")]


def test_addressees_variants():
    assert parse_addressees("Minister van Onderwijs, Cultuur en Wetenschap") == [
        "Minister van Onderwijs, Cultuur en Wetenschap"]
    assert parse_addressees("Staatssecretaris van Financiën en de Minister voor Buitenlandse Handel") == [
        "Staatssecretaris van Financiën", "Minister voor Buitenlandse Handel"]
    assert parse_addressees("Ministers van Asiel en Migratie en van Volksgezondheid, Welzijn en Sport") == [
        "Minister van Asiel en Migratie", "Minister van Volksgezondheid, Welzijn en Sport"]


def test_pdftotext_sample():
    doc = parse_path(SAMPLES / "kamervragen-aanhangsel-pdftotext.txt")
    m = doc.meta
    assert m.kind == "kamervragen"
    assert (m.publication_id, m.session_year, m.document_number, m.house) == (
        "ah-tk-20232024-8888", "2023-2024", "8888", "Tweede Kamer")
    assert (m.date_submitted, m.date) == (dt.date(2024, 3, 6), dt.date(2024, 3, 25))
    assert _askers(doc) == [("Faber-van de Klashorst", "PVV")]
    assert m.addressees == ["Minister van Justitie en Veiligheid", "Staatssecretaris van Financiën"]
    assert m.answerer == "Staatssecretaris Van Rij (Financiën)"
    qs = doc.questions()
    assert [q.id for q in qs] == ["1", "2", "3", "4", "5", "6", "7"]
    assert doc.factions[0].name is None
    assert qs[0].text == "Kent u het bericht «Boetes blijven liggen»?"  # glued footnote 1 cut
    for q in qs[1:5]:
        assert q.label == "Vraag 2, 3 4 en 5"
        assert q.text.startswith("Hoeveel boetes bleven in 2023 liggen?")
        assert q.answer.joint == [2, 3, 4, 5]
        assert q.answer.label == "Antwoord 2, 3, 4 en 5"
        assert q.answer.text.endswith("zodat de financiële verwerking sneller gaat.")
        assert "NOS" not in q.text and "ISSN" not in q.answer.text
    # the footer glued to the label ("…, Aanhangsel 2Antwoord 6–7") is cut
    assert doc.question("7").answer.text == "Zie antwoord 2, 3, 4 en 5."
    assert doc.question("6").answer.joint == [6, 7]
    assert "Zie ook Aanhangsel Handelingen" in doc.intro
    reasons = [(u.reason, u.text) for u in doc.report.unplaced]
    assert ("footnote (page bottom)", "NOS, 1 maart 2024, «Boetes blijven liggen»") in reasons
    assert ("page furniture (running footer)", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2") in reasons
    assert ("page furniture (first-page publication block)", "ISSN 0921 - 7398") in reasons


def test_docx_letter_sample_styles_a_and_b():
    doc = parse_path(SAMPLES / "kamervragen-antwoordbrief.txt")
    m = doc.meta
    assert m.kind == "kamervragen"
    assert (m.zaak, m.document_number, m.date) == ("2024Z17972", "777", dt.date(2024, 11, 20))
    assert m.answerer == "minister Brekelmans (Defensie)"
    assert doc.intro.splitlines()[-1].startswith("Hierbij bied ik u de antwoorden aan")
    qs = doc.questions()
    assert [(q.id, q.label) for q in qs] == [("1", "1."), ("2", "2."), ("3", "3")]
    assert qs[0].text == "Kunt u bevestigen dat het bedrijf aanwezig is op de beurs?"
    assert qs[0].answer.text == "Ja."
    assert qs[1].answer.text == "Dat is niet bekend. De organisator maakt de lijst van standhouders niet openbaar."
    assert qs[2].text == "Welk beleid geldt voor de beurs?"
    assert qs[2].answer.text == "Het handelsbeleid van de Nederlandse overheid."
    assert doc.xrefs == []  # "Zie ook Aanhangsel …" in the intro is no cross-reference


def test_mededeling_sample():
    doc = parse_path(SAMPLES / "kamervragen-mededeling.txt")
    assert doc.meta.kind == "mededeling"
    assert doc.meta.answerer == "Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport)"
    assert doc.meta.date == dt.date(2024, 11, 15)
    assert [(q.id, q.answer.status, q.answer.text) for q in doc.questions()] == [
        ("1", "deferred", ""), ("2", "deferred", "")]
    [notice] = doc.notices
    assert notice.kind == "mededeling"
    assert notice.label == ("Mededeling van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport) "
                            "(ontvangen 15 november 2024).")
    assert notice.text == "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord."
    assert notice.questions == ["1", "2"]
    assert "Mededeling" not in doc.intro and "termijn" not in doc.intro
    assert doc.question("2").text == "Wanneer kan de Kamer de informatie verwachten?"


def test_answer_merging_separate_questions_and_wrapped_dates():
    text = (
        "Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6 maart\n2024).\n"
        "Antwoord van Minister Heinen (Financiën) (ontvangen\n18 november 2024).\n\n"
        "Vraag 1\nEen?\n\nVraag 2\nTwee?\n\nVraag 3\nDrie?\n\n"
        "Antwoord 1\nEen.\n\nAntwoord 2 en 3\nTwee en drie.\n"
    )
    doc = parse_text(text, "brief.txt")
    assert doc.meta.date_submitted == dt.date(2024, 3, 6)
    assert doc.meta.date == dt.date(2024, 11, 18)
    got = [(q.id, q.text, q.answer.text, q.answer.joint) for q in doc.questions()]
    assert got == [("1", "Een?", "Een.", None), ("2", "Twee?", "Twee en drie.", [2, 3]),
                   ("3", "Drie?", "Twee en drie.", [2, 3])]


def test_questions_only_and_unplaced_answer():
    text = (
        "Vragen gesteld door de leden der Kamer\n\n2024Z18659\n"
        "Vragen van de leden Slagt-Tichelman en Piri (beiden GroenLinks-PvdA) aan de Ministers van "
        "Asiel en Migratie en van Volksgezondheid, Welzijn en Sport over zorg (ingezonden 18 november 2024).\n\n"
        "Vraag 1\nKent u het rapport?\n\nVraag 2\nWat is uw reactie?\n\nAntwoord 9\nVerdwaald.\n"
    )
    doc = parse_text(text, "kv.txt")
    assert doc.meta.kind == "kamervragen"
    assert doc.meta.zaak == "2024Z18659"
    assert doc.meta.document_type == "schriftelijke vragen"
    assert [(q.id, q.text, q.answer) for q in doc.questions()] == [
        ("1", "Kent u het rapport?", None), ("2", "Wat is uw reactie?", None)]
    assert [(u.reason, u.text) for u in doc.report.unplaced] == [("Antwoord 9: no such question", "Antwoord 9\nVerdwaald.")]


def test_role_tagged_blocks_from_markup_readers():
    src = Source(
        blocks=[
            Block("Vragen van het lid Jansen (SP) aan de Minister van Defensie (ingezonden 1 mei 2024).", line=1),
            Block("Vraag 1", line=2, role="question-label", label="Vraag 1"),
            Block("Klopt dit?", line=3, role="question"),
            Block("Vraag 2 en 3", line=4, role="question-label", label="Vraag 2 en 3"),
            Block("En dat?", line=5, role="question"),
            Block("Antwoord 1", line=6, role="answer-label", label="Antwoord 1"),
            Block("Ja.", line=7, role="answer"),
            Block("Antwoord 2 en 3", line=8, role="answer-label", label="Antwoord 2 en 3"),
            Block("Nee.", line=9, role="answer"),
        ],
        format="xml", name="ah.xml",
    )
    doc = parse_source(src)
    got = [(q.id, q.label, q.text, q.answer.text, q.answer.joint, q.location.line) for q in doc.questions()]
    assert got == [
        ("1", "Vraag 1", "Klopt dit?", "Ja.", None, 2),
        ("2", "Vraag 2 en 3", "En dat?", "Nee.", [2, 3], 4),
        ("3", "Vraag 2 en 3", "En dat?", "Nee.", [2, 3], 4),
    ]
