"""Kamervragen layouts found by probing with self-written documents in the
real formats (issue 12): each sample below is a small document in the
format, and each fact asserted is read from it by hand.

* PyPDF2 text: labels without a space (``Vraag5``), the page's running
  footer glued to the next label (``…, Aanhangsel 1Vraag5``) and a footnote
  on a line of its own with a space after its number (``1 De Telegraaf, …``);
* OB HTML whose answers are headed by ``p.nummer`` with a set of numbers
  (``2 en 3``);
* older OB XML (``vragen``/``omschr``/``nummer``/``toelicht``) with the
  answer's cover line between the questions and the answers;
* text copied from a PDF with ligatures (``ﬁ``), soft hyphens and
  non-breaking spaces in the labels.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parsers import parse_path, parse_text
from parsers.readers.markup_common import label_kind
from parsers.readers.typography import untypeset

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _answers(doc):
    return [(q.id, q.answer.joint if q.answer else None, q.answer.shared_with if q.answer else None)
            for q in doc.questions()]


def test_pypdf_text_glued_footer_label_and_spaced_footnote():
    doc = parse_path(SAMPLES / "kamervragen-pypdf-lijmwerk.txt")
    m = doc.meta
    assert (m.publication_id, m.date_submitted, m.date) == (
        "ah-tk-20232024-1877", dt.date(2024, 4, 22), dt.date(2024, 5, 16))
    assert [(a.name, a.party) for a in m.askers] == [("Van Haga", "Groep Van Haga")]
    assert m.answerer == "Minister Van Rij (Financiën)"
    assert [(q.id, q.label) for q in doc.questions()] == [
        ("1", "Vraag1"), ("2", "Vraag2"), ("3", "Vraag3 en 4"), ("4", "Vraag3 en 4"), ("5", "Vraag5")]
    assert _answers(doc) == [("1", None, None), ("2", None, None), ("3", [3, 4], None), ("4", [3, 4], "3"),
                             ("5", None, None)]
    # the label after the footer opens question 5; the footnote is not answer text
    assert doc.question("4").answer.text == "Ja, de belasting stijgt met 5 cent per kubieke meter."
    assert doc.question("5").text == "Bent u bereid de verhoging te schrappen?"
    assert (doc.question("5").answer.label, doc.question("5").answer.text) == ("Antwoord5", "Nee.")
    reasons = {u.text: u.reason for u in doc.report.unplaced}
    assert reasons["1 De Telegraaf, 20 april 2024."] == "footnote 1"
    assert reasons["Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1"] == "page furniture (running footer)"
    assert doc.report.checks == [] and doc.report.accounting.words_lost == 0


def test_spaced_number_in_running_text_is_not_a_footnote():
    # a footnote mark the converter put at a line start (``DSA.\n2 Artikelen``)
    # is followed by more text, not by the page's footer
    text = ("Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6 maart 2024).\n"
            "Vraag 1\nKlopt dit?\nAntwoord 1\nDe Commissie onderzoekt dat.\n2 Artikelen 74 en\n"
            "76 van de verordening geven de Commissie die bevoegdheid.\n"
            "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\nVraag 2\nEn nu?\nAntwoord 2\nNee.\n")
    doc = parse_text(text, "v.txt")
    assert doc.question("1").answer.text == (
        "De Commissie onderzoekt dat.\n2 Artikelen 74 en 76 van de verordening geven de Commissie die bevoegdheid.")
    assert not any(u.reason.startswith("footnote") for u in doc.report.unplaced)


def test_ob_html_answers_headed_by_a_set_of_numbers():
    doc = parse_path(SAMPLES / "kamervragen-ah-nummer.html")
    m = doc.meta
    assert (m.publication_id, m.date_submitted, m.date) == (
        "ah-tk-20242025-1102", dt.date(2025, 1, 14), dt.date(2025, 2, 4))
    assert [(a.name, a.party) for a in m.askers] == [("Tielen", "VVD"), ("Daniëlle Jansen", "NSC")]
    assert _answers(doc) == [("1", None, None), ("2", [2, 3], None), ("3", [2, 3], "2"), ("4", None, None)]
    assert doc.question("3").answer.label == "Antwoord 2 en 3"
    assert doc.question("2").answer.text.startswith("In 2024 hebben 14 van de 110 huisartsenposten")
    assert doc.question("1").text.startswith("“Huisartsen stoppen met avonddiensten” – bent u bekend")
    assert doc.question("4").answer.text == "Ik ben hierover al in overleg."
    assert doc.footnotes == {"1": "NOS, 12 januari 2025.", "2": "Kamerstuk 29 247, nr. 450."}
    assert doc.report.unplaced == [] and doc.report.warnings == []


@pytest.mark.parametrize("text, kind, label", [
    ("2 en 3", "answer", "Antwoord 2 en 3"),
    ("4, 5 en 6", "answer", "Antwoord 4, 5 en 6"),
    ("6–8", "question", "Vraag 6–8"),
    ("7", "answer", "Antwoord 7"),
])
def test_bare_number_sets_are_labels(text, kind, label):
    assert label_kind(text, kind) == (kind, label)


def test_older_ob_xml_answer_cover_line_between_questions_and_answers():
    doc = parse_path(SAMPLES / "kamervragen-ah-oud.xml")
    m = doc.meta
    assert (m.publication_id, m.date_submitted, m.date, m.title) == (
        "ah-tk-20082009-2231", dt.date(2009, 3, 12), dt.date(2009, 4, 2), "De aanschaf van de JSF")
    assert m.answerer == "minister Van Middelkoop (Defensie)"
    assert [(q.id, q.text, q.answer.text) for q in doc.questions()] == [
        ("1", "Klopt het dat de kosten van de testtoestellen met 20 procent zijn gestegen?",
         "Nee. De kosten zijn met 12 procent gestegen."),
        ("2", "Wanneer ontvangt de Kamer de volgende voortgangsrapportage?",
         "De Kamer ontvangt de rapportage voor 1 juni 2009."),
    ]
    assert doc.intro.endswith("Antwoord van minister Van Middelkoop (Defensie). (Ontvangen 2 april 2009)")
    assert "Toelichting: deze vragen zijn een aanvulling" in doc.intro
    assert doc.footnotes == {"1": "Aanhangsel Handelingen, vergaderjaar 2008–2009, nr. 1505."}


def test_ligatures_soft_hyphens_and_nbsp_labels():
    doc = parse_path(SAMPLES / "kamervragen-ligaturen.txt")
    assert doc.meta.title == "De files op de A12"
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Paternotte", "D66"), ("Van der Werf", "D66")]
    assert doc.question("2").text.startswith("Hoeveel fileuren stonden er in 2023")
    assert doc.question("5").text == "Welke tijdelijke maatregelen neemt u om de doorstroming te verbeteren?"
    assert _answers(doc) == [
        ("1", None, None), ("2", [2, 3, 4], None), ("3", [2, 3, 4], "2"), ("4", [2, 3, 4], "2"), ("5", None, None),
        ("6", [6, 7, 8], None), ("7", [6, 7, 8], "6"), ("8", [6, 7, 8], "6")]
    assert doc.question("2").answer.label == "Antwoord 2 – 4"
    assert doc.question("7").label == "Vraag 6 t/m 8"
    assert (doc.question("8").answer.status, doc.question("8").answer.text) == (
        "by-reference", "Zie het antwoord op vraag 5.")
    d = parse_text("Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6\u00a0maart 2024).\n\n"
                   "Vraag\u00a01\nEen?\n\nVraag 2\nTwee?\n\nAntwoord\u00a01\u00a0–\u00a02\nSamen.\n", "v.txt")
    assert _answers(d) == [("1", [1, 2], None), ("2", [1, 2], "1")]
    assert d.meta.date_submitted == dt.date(2024, 3, 6)


def test_untypeset():
    assert untypeset("ﬁles en ﬂuctuaties") == "files en fluctuaties"
    assert untypeset("ver\u00adbeteren") == "verbeteren"
    assert untypeset("door\u00ad\nstroming") == "door-\nstroming"  # a break there: the hyphen it shows, for the line join


# -- lettered sub-questions ----------------------------------------------------

def test_lettered_sub_questions_and_their_answers_text():
    doc = parse_path(SAMPLES / "kamervragen-deelvragen.txt")
    m = doc.meta
    assert (m.publication_id, m.date_submitted, m.date) == (
        "ah-tk-20232024-2214", dt.date(2024, 5, 14), dt.date(2024, 6, 11))
    assert [(a.name, a.party) for a in m.askers] == [
        ("Kostić", "PvdD"), ("Bromet", "GroenLinks-PvdA"), ("Boswijk", "CDA")]
    q2 = doc.question("2")
    # the quoted question of the article stays inside question 2
    assert q2.text.startswith("In het bericht stelt een pluimveehouder: “Waarom wordt er niet eerder gevaccineerd?”")
    assert [(p.label, p.text) for p in q2.parts] == [
        ("a", "Hoeveel bedrijven zijn sinds 2021 geruimd?"), ("b", "Wat waren de kosten daarvan?"),
        ("c", "Welk deel daarvan is door de sector zelf betaald?")]
    assert all(q2.text[p.start:p.end] == p.text for p in q2.parts)
    assert [(p.label, p.text) for p in q2.answer.parts] == [
        ("a", "Sinds oktober 2021 zijn 132 bedrijven geruimd."), ("b", "De kosten bedroegen circa € 180 miljoen."),
        ("c", "Het Diergezondheidsfonds wordt voor 50 procent door de sector gevuld.")]
    # each item is judged on its own answer item: a on its count, b on its amount
    by_label = {p.label: (p.result, p.reason) for p in q2.audit.parts if p.label}
    assert by_label["a"] == ("answered", "noemt ‘132 bedrijven’")
    assert by_label["b"] == ("answered", "noemt ‘€ 180 miljoen’")
    assert _answers(doc) == [
        ("1", None, None), ("2", None, None), ("3", [3, 4], None), ("4", [3, 4], "3"), ("5", [5, 6, 7], None),
        ("6", [5, 6, 7], "5"), ("7", [5, 6, 7], "5"), ("8", None, None), ("9", None, None)]
    assert doc.question("6").label == "Vragen 5 tot en met 7"
    assert doc.question("7").answer.label == "Antwoord op vragen 5 tot en met 7"
    assert (doc.question("8").answer.status, doc.question("8").answer.text) == ("by-reference", "Zie antwoord op vraag 2.")
    # the answers stop at 8: question 9 has none, and the page's footnote is not in 8
    assert doc.question("9").answer is None and doc.report.questions_without_answer == ["9"]
    assert doc.question("8").text == "Kunt u deze vragen beantwoorden vóór het commissiedebat Dierziekten van 20 juni 2024?"
    assert [p for q in doc.questions() if q.id != "2" for p in q.parts] == []


def test_ob_xml_nested_list_in_a_question():
    doc = parse_path(SAMPLES / "kamervragen-ah-lijst.xml")
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Dassen", "Volt"), ("Vijlbrief", "Volt"), ("Boswijk", "Volt")]
    q2 = doc.question("2")
    assert [p.label for p in q2.parts] == ["a", "b"]
    assert q2.parts[1].text == ("hoeveel overtredingen zijn vastgesteld, waaronder:\n\n– overtredingen door Nederlandse "
                                "bedrijven;\n\n– overtredingen door dochterondernemingen?")
    assert q2.answer.parts == []  # the answer has no lettered items
    assert _answers(doc) == [("1", None, None), ("2", None, None), ("3", [3, 4], None), ("4", [3, 4], "3"),
                             ("5", None, None), ("6", None, None)]
    assert doc.question("5").answer.status == "by-reference"
    assert doc.question("6").answer is None
    assert doc.footnotes == {"1": "NRC, 28 november 2024."}


@pytest.mark.parametrize("text, labels", [
    ("Vraagt u:\na. dit;\nb. dat?", ["a", "b"]),
    ("a. alleen één onderdeel?", []),  # one lone item is no list
    ("Vraagt u:\nb. dit;\nc. dat?", []),  # does not start at a
    ("Vraagt u:\n(a) dit;\n(b) dat;\n(c) zus?", ["a", "b", "c"]),
])
def test_lettered_parts(text, labels):
    from parsers.recognise.kamervragen_parts import lettered_parts
    assert [p.label for p in lettered_parts(text)] == labels


# -- a further set of questions restarts at 1 ----------------------------------

def test_follow_up_questions_restart_their_numbers_in_a_second_block():
    doc = parse_path(SAMPLES / "kamervragen-vervolgvragen.txt")
    assert (doc.meta.date_submitted, doc.meta.date) == (dt.date(2024, 4, 18), dt.date(2024, 5, 21))
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Omtzigt", "NSC")]
    assert [(f.name, f.heading, [q.id for q in f.questions]) for f in doc.factions] == [
        (None, None, ["1", "2"]), (None, "Vervolgvragen", ["2-1", "2-2"])]
    assert [(q.number, q.label, q.answer.text) for q in doc.questions()] == [
        (1, "Vraag 1", "Op 1 mei 2024 wachtten 18.400 ouders op een integrale beoordeling."),
        (2, "Vraag 2", "Naar verwachting eind 2027."),
        (1, "Vraag 1", "De beoordeling vergt een zorgvuldig dossieronderzoek."),
        (2, "Vraag 2", "Ja, dit jaar worden 200 extra medewerkers geworven."),
    ]
    assert doc.question("2-1").text == "Waarom duurt de integrale beoordeling gemiddeld meer dan een jaar?"
    assert doc.report.unplaced == [] and doc.report.warnings == [] and doc.report.checks == []


def test_letter_answering_two_sets_numbered_without_labels():
    doc = parse_path(SAMPLES / "kamervragen-brief-twee-sets.txt")
    assert (doc.meta.zaak, doc.meta.date_submitted) == ("2024Z08001", dt.date(2024, 5, 6))
    second = doc.factions[1]
    assert second.heading == ("Vragen van het lid Kostić (PvdD) aan de minister van Landbouw, Natuur en "
                              "Voedselkwaliteit over de vogelgriep (vervolgvragen) (ingezonden 16 mei 2024)")
    assert [(q.id, q.label, q.text, q.answer.text) for q in doc.questions()] == [
        ("1", "1.", "Hoeveel bedrijven zijn dit jaar geruimd?", "Dit jaar zijn 14 bedrijven geruimd."),
        ("2", "2.", "Wat kostte dat?", "Circa € 9 miljoen."),
        ("2-1", "1.", "Waarom is er niet eerder gevaccineerd?", "Vaccinatie was tot 2023 in de EU niet toegestaan."),
        ("2-2", "2.", "Wanneer start de vaccinatie?", "In het voorjaar van 2025."),
    ]


def test_a_repeated_first_label_without_answers_is_no_second_set():
    # questions only: a second 'Vraag 1' is a misprint kept aside, not a new set
    text = ("Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6 maart 2024).\n\n"
            "Vraag 1\nEen?\n\nVraag 2\nTwee?\n\nVraag 1\nNog een?\n")
    doc = parse_text(text, "v.txt")
    assert len(doc.factions) == 1 and [q.id for q in doc.questions()] == ["1", "2"]
    assert [u.reason for u in doc.report.unplaced] == ["second text labelled 'Vraag 1'"]


def test_pypdf_head_with_lost_spaces_before_parentheses_and_quotes():
    doc = parse_path(SAMPLES / "kamervragen-pypdf-kop.txt")
    m = doc.meta
    assert [(a.name, a.party) for a in m.askers] == [("Kisteman", "VVD"), ("Vedder", "CDA")]
    assert m.answerer == "Minister Adriaansens (Economische Zaken en Klimaat)"
    assert m.title == "Het bericht «Netbeheerders kunnen vraag niet bijbenen»"
    assert (m.date_submitted, m.date) == (dt.date(2024, 3, 4), dt.date(2024, 4, 2))
    assert [(q.id, q.label, q.answer.label, q.answer.text) for q in doc.questions()] == [
        ("1", "Vraag 1", "Antwoord 1", "Ja."),
        ("2", "Vraag 2", "Antwoord op vraag 2", "Op 1 maart 2024 stonden 8.100 bedrijven op de wachtlijst."),
        ("3", "Vraag 3", "Antwoord op vraag 3", "Gemiddeld ruim twee jaar."),
    ]
    assert doc.report.checks == []


def test_letter_signed_with_a_full_name_before_the_questions():
    doc = parse_path(SAMPLES / "kamervragen-brief-ondertekend.docx")
    m = doc.meta
    assert (m.signatories, m.answerer) == (["Barry Madlener"], "minister van Infrastructuur en Waterstaat")
    assert (m.zaak, m.date_submitted) == ("2024Z09876", dt.date(2024, 6, 4))
    assert [(a.name, a.party) for a in m.askers] == [("Bromet", "GroenLinks-PvdA"), ("Kröger", "GroenLinks-PvdA")]
    assert _answers(doc) == [("1", None, None), ("2", [2, 3], None), ("3", [2, 3], "2"), ("4", None, None)]
    assert [q.text for q in doc.questions()][1:3] == ["Hoeveel stikstof stootte Schiphol in 2023 uit?",
                                                      "Hoeveel was vergund?"]
    assert doc.question("3").answer.text == "In 2023 was de uitstoot 520 ton; vergund was 450 ton."
    assert doc.question("4").answer.text == "Ik heb de ILT gevraagd handhavend op te treden."


def test_aanhangsel_number_under_the_head_gives_the_publication_id():
    text = (
        "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\nAanhangsel van de Handelingen\n\n"
        "Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n\n412\n"
        "Vragen van het lid Bikker (ChristenUnie) aan de Minister van Justitie en\nVeiligheid over de wachttijden bij "
        "het Centraal Justitieel Incassobureau\n(ingezonden 2 oktober 2024).\n"
        "Mededeling van Minister Van Weel (Justitie en Veiligheid) (ontvangen\n23 oktober 2024).\n"
        "De vragen van het lid Bikker (ChristenUnie) over de wachttijden bij het\nCentraal Justitieel Incassobureau "
        "(2024Z14872) kunnen niet binnen de\ngebruikelijke termijn van drie weken worden beantwoord, omdat voor de\n"
        "beantwoording informatie nodig is van het CJIB.\nVraag 1\nBent u bekend met het bericht?\nVraag 2\n"
        "Hoeveel zaken liggen er op de plank?\n")
    doc = parse_text(text, "mededeling.txt")
    m = doc.meta
    assert (m.kind, m.publication_id, m.document_number, m.session_year, m.zaak) == (
        "mededeling", "ah-tk-20242025-412", "412", "2024-2025", "2024Z14872")
    assert (m.date_submitted, m.date) == (dt.date(2024, 10, 2), dt.date(2024, 10, 23))
    [notice] = doc.notices
    assert notice.questions == ["1", "2"] and notice.text.startswith("De vragen van het lid Bikker (ChristenUnie)")
    assert [q.answer.status for q in doc.questions()] == ["deferred", "deferred"]
    # without the Aanhangsel head a lone number is no publication number
    plain = parse_text(text.split("412\n", 1)[1], "m.txt")
    assert (plain.meta.publication_id, plain.meta.document_number) == (None, None)


def test_split_answers_are_parts_of_one_answer():
    doc = parse_path(SAMPLES / "kamervragen-gesplitst-antwoord.txt")
    q2 = doc.question("2")
    assert [(p.label, p.text) for p in q2.parts] == [
        ("a", "Hoeveel ouders kregen hun toeslag te laat?"), ("b", "Hoe lang was de vertraging gemiddeld?")]
    a = q2.answer
    assert (a.label, a.text) == ("Antwoord 2a", "Het ging om 4.300 ouders.\n\nGemiddeld drie weken.")
    assert [(p.label, a.text[p.start:p.end]) for p in a.parts] == [
        ("a", "Het ging om 4.300 ouders."), ("b", "Gemiddeld drie weken.")]
    assert doc.report.warnings == []  # not 'more than one answer'
    assert [(p.label, p.result) for p in q2.audit.parts] == [("a", "answered"), ("b", "answered")]
    assert doc.question("3").answer.text == "Ja, met € 50 per maand vertraging."


def test_numbered_letter_keeps_numbered_lists_inside_its_answers():
    text = ("Vragen van het lid Van der Werf (D66) aan de minister van Onderwijs, Cultuur en Wetenschap over de "
            "lerarenopleidingen (ingezonden 11 maart 2024).\n\n"
            "1. Hoeveel studenten begonnen in 2023 aan een lerarenopleiding?\n\nAntwoord:\n"
            "In 2023 begonnen 9.800 studenten. Dat aantal is opgebouwd uit:\n1. 6.200 studenten aan de pabo;\n"
            "2. 3.600 studenten aan een tweedegraads opleiding.\n\n"
            "2. Welke maatregelen neemt u om de uitval te verminderen?\n\nAntwoord:\nIk neem drie maatregelen:\n"
            "1. betere begeleiding in het eerste jaar;\n2. meer stageplaatsen;\n3. een bonus voor afgestudeerden.\n\n"
            "3. Wanneer informeert u de Kamer over de resultaten?\n\nAntwoord:\nVoor de zomer van 2025.\n")
    doc = parse_text(text, "brief.txt")
    assert [(q.id, q.label) for q in doc.questions()] == [("1", "1."), ("2", "2."), ("3", "3.")]
    assert doc.question("1").answer.text == (
        "In 2023 begonnen 9.800 studenten. Dat aantal is opgebouwd uit:\n1. 6.200 studenten aan de pabo;\n"
        "2. 3.600 studenten aan een tweedegraads opleiding.")
    assert doc.question("2").answer.text.endswith("3. een bonus voor afgestudeerden.")
    assert doc.question("3").answer.text == "Voor de zomer van 2025."


def test_zaak_of_earlier_questions_in_a_toelichting_is_not_the_documents():
    text = ("Vragen van het lid Dijk (SP) aan de Minister van Sociale Zaken en Werkgelegenheid over de hoogte van het "
            "minimumloon (ingezonden 2 april 2024).\nToelichting:\nDeze vragen dienen ter aanvulling op eerdere vragen "
            "terzake van het lid Dijk\n(SP), ingezonden 12 januari 2024 (vraagnummer 2024Z00123).\n"
            "Antwoord van Minister Van Gennip (Sociale Zaken en Werkgelegenheid)\n(ontvangen 25 april 2024).\n"
            "Vraag 1\nHoeveel mensen verdienen het minimumloon?\nAntwoord 1\nCirca 550.000 werknemers.\n")
    doc = parse_text(text, "ah.txt")
    assert (doc.meta.zaak, doc.meta.date_submitted, doc.meta.date) == (None, dt.date(2024, 4, 2), dt.date(2024, 4, 25))
    assert "Toelichting:" in doc.intro and doc.question("1").answer.text == "Circa 550.000 werknemers."
    own = parse_text(text.replace("Toelichting:", "2024Z05511\nToelichting:"), "ah.txt")
    assert own.meta.zaak == "2024Z05511"


HEAD = ("Vragen van het lid Van Haga (Groep Van Haga) aan de Minister van Justitie en Veiligheid over de intocht "
        "(ingezonden 20 november 2023).\nAntwoord van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid) "
        "(ontvangen 20 februari 2024).\n")


def test_page_bottom_notes_after_a_marker_that_closed_the_answer_block():
    # pdftotext raw: the answer's paragraph ends with the first note's number;
    # the notes (with the next number between them) and the first-page block
    # follow before the footer
    text = HEAD + ("Vraag 1\nKent u het bericht?1\nAntwoord 1\nJa.\nVraag 2\nWat vindt u ervan?2\nAntwoord 2\n"
                   "Het is aan het lokale gezag om dit in goede banen te leiden.\n1\n\n"
                   "Hart van Nederland, 17 november 2023 (https://www.hartvannederland.nl/regio/\n"
                   "sinterklaasintocht-afgelast).\n2\nAD, 16 november 2023 (https://www.ad.nl/rijswijk/intocht/).\n\n"
                   "ah-tk-20232024-1076\nISSN 0921 - 7398\n’s-Gravenhage 2024\n\n"
                   "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\n1\n\nVraag 3\nEn nu?\nAntwoord 3\nNee.\n")
    doc = parse_text(text, "ah.txt")
    assert doc.question("2").answer.text == "Het is aan het lokale gezag om dit in goede banen te leiden."
    notes = [u.text for u in doc.report.unplaced if u.reason == "footnote (page bottom)"]
    assert notes[0].startswith("Hart van Nederland") and notes[-1].startswith("AD, 16 november 2023")
    assert doc.question("3").answer.text == "Nee."


def test_pypdf_note_number_on_its_own_line_before_the_footer():
    # PyPDF2 text has no blank lines: number, note, footer
    text = HEAD + ("Vraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n7\nKamerstukken II 2023–24, 29 509, nr. 80.\n"
                   "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3\nVraag 2\nEn nu?\nAntwoord 2\nNee.\n")
    doc = parse_text(text, "ah.txt")
    assert [(q.id, q.answer.text) for q in doc.questions()] == [("1", "Ja."), ("2", "Nee.")]
    assert ("footnote (page bottom)", "Kamerstukken II 2023–24, 29 509, nr. 80.") in [
        (u.reason, u.text) for u in doc.report.unplaced]


def test_a_joint_answer_joined_to_an_earlier_answer_says_it_is_shared():
    text = HEAD + ("Vraag 1\nEen?\nAntwoord 1\nJa.\nVraag 2\nTwee?\nVraag 3\nDrie?\nAntwoord 1 en 3\nSamen.\n"
                   "Antwoord 2\nNee.\n")
    doc = parse_text(text, "ah.txt")
    assert [(q.id, q.answer.text, q.answer.joint) for q in doc.questions()] == [
        ("1", "Ja.\n\nSamen.", [1, 3]), ("2", "Nee.", None), ("3", "Samen.", [1, 3])]
    assert doc.report.warnings == ["question 1 has more than one answer; the texts were joined"]
