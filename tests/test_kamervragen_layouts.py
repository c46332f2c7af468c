"""Kamervragen layouts beyond the plain ``Vraag N``/``Antwoord N`` round.

Each committed sample (samples/kamervragen-*) and each small text below
shows one layout: joint and non-contiguous labels with any separator (and a
missing one), notices (Mededelingen) in three layouts, letters whose Word
numbering was lost, web-page text whose answer labels were stripped, and
the letterhead of a ministry letter. The facts asserted are read from the
documents by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parsers import parse_path, parse_text
from parsers.recognise.kamervragen import numbers
from parsers.recognise.kamervragen_clean import Ln
from parsers.recognise.kamervragen_labels import read_label
from parsers.recognise.kamervragen_notice import status_of

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _askers(doc):
    return [(a.name, a.party) for a in doc.meta.askers]


def _answers(doc):
    return [(q.id, q.answer.joint, q.answer.shared_with) for q in doc.questions()]


def _codes(doc):
    return [(c.code, c.severity, c.question) for c in doc.report.checks]


# -- the label grammar ------------------------------------------------------

@pytest.mark.parametrize("text, kind, nums, printed, repaired", [
    ("Vraag 3", "Q", [3], "Vraag 3", False),
    ("Vragen 3 tot en met 6", "Q", [3, 4, 5, 6], "Vragen 3 tot en met 6", False),
    ("Vraag 4, 5 6 en 7", "Q", [4, 5, 6, 7], "Vraag 4, 5 6 en 7", True),
    ("Vraag 1 en 4", "Q", [1, 4], "Vraag 1 en 4", False),
    ("Vraag 2 – 4", "Q", [2, 3, 4], "Vraag 2 – 4", False),
    ("Antwoord 3, 4 en 5:", "A", [3, 4, 5], "Antwoord 3, 4 en 5", False),
    ("Antwoorden 5 en 6", "A", [5, 6], "Antwoorden 5 en 6", False),
    ("Antwoord op vraag 1, 3 en 5", "A", [1, 3, 5], "Antwoord op vraag 1, 3 en 5", False),
    ("Antwoord op de vragen 2 en 7", "A", [2, 7], "Antwoord op de vragen 2 en 7", False),
    ("Antwoord vraag 4-7:", "A", [4, 5, 6, 7], "Antwoord vraag 4-7", False),
    ("Antwoord vragen 1,2,3,4 en 5", "A", [1, 2, 3, 4, 5], "Antwoord vragen 1,2,3,4 en 5", False),
    ("Antwoord vraag 8 t/m 10", "A", [8, 9, 10], "Antwoord vraag 8 t/m 10", False),
    ("Antwoord 2; 4 & 6", "A", [2, 4, 6], "Antwoord 2; 4 & 6", False),
    ("Antwoord", "A", None, "Antwoord", False),
    ("Antwoord:", "A", None, "Antwoord", False),
    ("Mededeling", "N", None, "Mededeling", False),
])
def test_label_families(text, kind, nums, printed, repaired):
    lab = read_label(Ln(text, 1, None, 0))
    assert (lab.kind, lab.nums, lab.printed, lab.repaired, lab.unreadable, lab.rest) == (
        kind, nums, printed, repaired, False, "")


def test_label_followed_by_text_on_its_line():
    lab = read_label(Ln("Vraag 4, 5 6 en 7 Welke maatregelen neemt u?", 1, None, 0))
    assert (lab.nums, lab.printed, lab.rest, lab.repaired) == (
        [4, 5, 6, 7], "Vraag 4, 5 6 en 7", "Welke maatregelen neemt u?", True)
    lab = read_label(Ln("Antwoord 2: Ja, dat klopt.", 1, None, 0))
    assert (lab.kind, lab.nums, lab.rest) == ("A", [2], "Ja, dat klopt.")
    lab = read_label(Ln("Antwoord: Nee.", 1, None, 0))
    assert (lab.kind, lab.nums, lab.printed, lab.rest) == ("A", None, "Antwoord", "Nee.")


@pytest.mark.parametrize("text", [
    "Vraag 3 van het lid Jansen ging hierover.",  # running text, not a label
    "Antwoord van Minister Jansen (Financiën) (ontvangen 2 mei 2024).",
    "Vragen 2024Z18659",
    "Antwoord 3 is eerder gegeven in de brief.",
])
def test_not_labels(text):
    assert read_label(Ln(text, 1, None, 0)) is None


def test_unreadable_labels_are_marked():
    lab = read_label(Ln("Vraag l2", 1, None, 0))
    assert (lab.kind, lab.nums, lab.unreadable) == ("Q", None, True)
    lab = read_label(Ln("Antwoord 1O", 1, None, 0))
    assert (lab.kind, lab.nums, lab.unreadable) == ("A", None, True)
    lab = read_label(Ln("Vraag l2 Kunt u de monitor sturen?", 1, None, 0))
    assert (lab.kind, lab.nums, lab.printed, lab.rest, lab.unreadable) == (
        "Q", None, "Vraag l2", "Kunt u de monitor sturen?", True)


def test_numbers_keep_printed_sets():
    assert numbers("1, 3 en 5") == [1, 3, 5]
    assert numbers("4, 5 6 en 7") == [4, 5, 6, 7]
    assert numbers("3 tot en met 6") == [3, 4, 5, 6]
    assert numbers("5en 6") == [5, 6]  # PyPDF2 lost the space


# -- joint and non-contiguous groups ------------------------------------------

def test_joint_labels_sample_text():
    doc = parse_path(SAMPLES / "kamervragen-gezamenlijke-antwoorden.txt")
    m = doc.meta
    assert (m.kind, m.publication_id, m.date_submitted, m.date) == (
        "kamervragen", "ah-tk-20232024-7777", dt.date(2024, 3, 4), dt.date(2024, 3, 25))
    assert _askers(doc) == [("Dobbe", "SP"), ("Dijk", "SP")]
    assert m.addressees == ["Minister van Volksgezondheid, Welzijn en Sport", "Staatssecretaris van Financiën"]
    assert m.answerer == "Minister Kuipers (Volksgezondheid, Welzijn en Sport)"
    assert [q.number for q in doc.questions()] == list(range(1, 13))
    assert _answers(doc) == [
        ("1", [1, 3, 5], None), ("2", None, None), ("3", [1, 3, 5], "1"), ("4", [4, 6, 7], None),
        ("5", [1, 3, 5], "1"), ("6", [4, 6, 7], "4"), ("7", [4, 6, 7], "4"), ("8", [8, 9, 10], None),
        ("9", [8, 9, 10], "8"), ("10", [8, 9, 10], "8"), ("11", None, None), ("12", None, None),
    ]
    # asked together: one text per number, the group's printed label on each
    assert {q.label for q in doc.questions()[3:7]} == {"Vraag 4, 5 6 en 7"}
    assert doc.question("7").text == doc.question("4").text
    assert doc.question("4").text.startswith("Welke maatregelen neemt u? Wanneer treden zij in werking?")
    assert doc.question("5").answer.label == "Antwoord op vraag 1, 3 en 5"
    assert doc.question("1").answer.text.startswith("Ja, ik ken het bericht.")
    assert doc.question("9").answer.label == "Antwoord vraag 8 t/m 10"
    assert doc.question("8").label == "Vragen 8 tot en met 10"
    # the label glued to the running footer (``…, Aanhangsel 1Vraag 11``)
    assert doc.question("11").text == "Kunt u deze vragen binnen drie weken beantwoorden?"
    assert _codes(doc) == [("label-repaired", "info", "4"), ("label-unreadable", "warning", "12")]
    assert doc.report.checks[0].params == {"label": "Vraag 4, 5 6 en 7", "numbers": "4, 5, 6, 7"}
    assert (doc.question("12").label, doc.question("12").answer.text) == ("Vraag l2", "Ja, jaarlijks in het voorjaar.")
    # clean text: a reference number and a compound split by the line end,
    # a sentence split by a page break
    assert doc.question("2").answer.text.endswith("zo blijkt uit de monitor (Kamerstuk 31 765, nr. 489).")
    assert doc.question("4").answer.text.startswith(
        "De middelen voor de Wmo 2015 worden verhoogd met € 40 miljoen. Zorgaanbieders richten een "
        "compliance-functie in.")
    assert doc.report.unplaced and all(u.reason.startswith("page furniture") for u in doc.report.unplaced)


def test_joint_labels_sample_pdf():
    doc = parse_path(SAMPLES / "kamervragen-gezamenlijk.pdf")
    assert _askers(doc) == [("Faber-van de Klashorst", "PVV")]
    assert (doc.meta.date_submitted, doc.meta.date) == (dt.date(2024, 4, 2), dt.date(2024, 4, 23))
    assert [q.number for q in doc.questions()] == list(range(1, 8))
    assert _answers(doc) == [
        ("1", [1, 3, 5], None), ("2", None, None), ("3", [1, 3, 5], "1"), ("4", [4, 6, 7], None),
        ("5", [1, 3, 5], "1"), ("6", [4, 6, 7], "4"), ("7", [4, 6, 7], "4"),
    ]
    assert doc.question("6").text == ("Welke maatregelen neemt u? Wanneer treden zij in werking? Wat kosten zij? "
                                      "Hoe houdt u de Kamer op de hoogte?")
    assert doc.question("3").answer.text.startswith("Ja. De gemiddelde wachttijd is negen maanden.")
    assert _codes(doc) == [("label-repaired", "info", "4")]
    assert doc.report.checks[0].page == 1


def test_answer_before_the_question_it_names_and_bare_answer_for_a_group():
    text = (
        "Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6 maart 2024).\n"
        "Antwoord van Minister Heinen (Financiën) (ontvangen 18 maart 2024).\n\n"
        "Vraag 1\nEen?\n\nAntwoord 1 en 2\nSamen.\n\nVraag 2\nTwee?\n\n"
        "Vraag 3 t/m 5\nDrie? Vier? Vijf?\n\nAntwoord\nIn één keer.\n"
    )
    doc = parse_text(text, "brief.txt")
    assert _answers(doc) == [("1", [1, 2], None), ("2", [1, 2], "1"), ("3", [3, 4, 5], None),
                             ("4", [3, 4, 5], "3"), ("5", [3, 4, 5], "3")]
    assert doc.question("5").answer.text == "In één keer." and doc.question("5").answer.label == "Antwoord"


def test_duplicate_question_label_before_the_next_answer_is_renumbered():
    text = (
        "Vragen van het lid Jansen (SP) aan de Minister van Financiën (ingezonden 6 maart 2024).\n\n"
        "Vraag 1\nEen?\n\nAntwoord 1\nJa.\n\nVraag 1\nTwee?\n\nAntwoord 2\nNee.\n"
    )
    doc = parse_text(text, "brief.txt")
    assert [(q.id, q.label, q.text, q.answer.text) for q in doc.questions()] == [
        ("1", "Vraag 1", "Een?", "Ja."), ("2", "Vraag 1", "Twee?", "Nee.")]
    assert _codes(doc) == [("label-renumbered", "warning", "2")]


# -- Mededelingen ---------------------------------------------------------

def test_mededeling_after_the_questions_answered_elsewhere():
    doc = parse_path(SAMPLES / "kamervragen-mededeling-verwijzing.txt")
    m = doc.meta
    assert (m.kind, m.zaak, m.date_submitted, m.date) == (
        "mededeling", "2024Z06543", dt.date(2024, 4, 12), dt.date(2024, 5, 3))
    assert _askers(doc) == [("Kröger", "GroenLinks-PvdA")]  # ``(GroenLinks-PvdA) et al.``
    assert m.addressees == ["Minister voor Klimaat en Energie"] and m.title == "Netcongestie in Noord-Holland"
    [notice] = doc.notices
    assert notice.label == "Mededeling van Minister Jetten (Klimaat en Energie) (ontvangen 3 mei 2024)."
    assert notice.text.startswith("De vragen van het lid Kröger (GroenLinks-PvdA) over netcongestie in Noord-Holland")
    assert notice.text.endswith("Voor de beantwoording verwijs ik u graag naar die brief.")
    assert notice.questions == ["1", "2", "3"]
    assert [(q.id, q.answer.status, q.answer.text) for q in doc.questions()] == [
        ("1", "by-reference", ""), ("2", "by-reference", ""), ("3", "by-reference", "")]
    assert doc.question("3").text == "Welke maatregelen neemt u om de wachtlijst te verkorten?"


def test_mededeling_letter_without_opening_line():
    doc = parse_path(SAMPLES / "kamervragen-uitstel.docx")
    m = doc.meta
    assert (m.kind, m.document_type, m.date, m.date_submitted, m.reference) == (
        "mededeling", "mededeling", dt.date(2024, 5, 14), dt.date(2024, 4, 19), "DGA / 24598765")
    assert _askers(doc) == [("Van der Plas", "BBB")]
    assert (m.answerer, m.signatories) == ("minister van Landbouw, Natuur en Voedselkwaliteit", ["P.H.M. Adema"])
    assert doc.questions() == []
    [notice] = doc.notices
    assert (notice.label, notice.questions) == (None, [])
    assert notice.text.startswith("Hierbij deel ik u mee dat de vragen van het lid Van der Plas (BBB)")
    assert notice.text.endswith("Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.")
    assert doc.intro.endswith("Geachte voorzitter,") and "termijn" not in doc.intro
    assert doc.closing == "De minister van Landbouw, Natuur en Voedselkwaliteit,\n\nP.H.M. Adema"


@pytest.mark.parametrize("text, status", [
    ("De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.", "deferred"),
    ("De beantwoording vergt meer tijd. Ik zal de antwoorden zo spoedig mogelijk toezenden.", "deferred"),
    ("De vragen zijn beantwoord in mijn brief van 3 april 2024 (Kamerstuk 29 023, nr. 501).", "by-reference"),
    ("Voor de beantwoording verwijs ik naar de voortgangsbrief.", "by-reference"),
])
def test_notice_status(text, status):
    assert status_of(text) == status


# -- numbers absent, labels stripped, letterheads --------------------------------

def test_letter_without_word_numbers_gets_numbers_by_position():
    doc = parse_path(SAMPLES / "kamervragen-brief-zonder-nummers.txt")
    m = doc.meta
    assert (m.date, m.date_submitted, m.reference, m.title) == (
        dt.date(2024, 3, 12), dt.date(2024, 2, 20), "DGA / 24512345", "Het transport van kalveren")
    assert _askers(doc) == [("Kostić", "PvdD")]  # the subject names her without party, the cover line with it
    assert m.addressees == ["Minister van Landbouw, Natuur en Voedselkwaliteit", "Minister van Infrastructuur en Waterstaat"]
    assert [(q.id, q.label, q.answer.label) for q in doc.questions()] == [
        ("1", None, "Antwoord"), ("2", None, "Antwoord"), ("3", None, "Antwoord")]
    assert doc.question("1").text == "Bent u bekend met het bericht «Kalveren urenlang in de hitte vervoerd»?"
    assert doc.question("3").answer.text.startswith("Nee. Ik zet in op Europese regels")
    assert doc.intro.endswith("over het transport van kalveren (ingezonden 20 februari 2024).")
    assert doc.closing == "De minister van Landbouw, Natuur en Voedselkwaliteit,\n\nP.H.M. Adema"
    assert _codes(doc) == [("numbers-inferred", "warning", "1")]
    assert doc.report.confidence < 0.8


def test_letter_with_word_numbering_docx():
    doc = parse_path(SAMPLES / "kamervragen-brief-nummering.docx")
    m = doc.meta
    assert (m.date, m.date_submitted, m.reference, m.title) == (
        dt.date(2024, 6, 3), dt.date(2024, 5, 8), "2024-0000312345", "Geboortezorg")
    assert _askers(doc) == [("Bikker", "ChristenUnie"), ("Ceder", "ChristenUnie")]
    assert [q.number for q in doc.questions()] == [1, 2, 3]
    assert doc.question("2").text == "Hoeveel zwangere vrouwen verblijven in een azc?"
    assert doc.question("2").answer.text == "Op 1 mei 2024 waren dat er 640."
    assert m.signatories == ["C. Helder"]


def test_web_page_text_with_stripped_answer_labels():
    doc = parse_path(SAMPLES / "kamervragen-webpagina.txt")
    m = doc.meta
    assert _askers(doc) == [("Dobbe", "SP"), ("Dijk", "SP")]
    assert (m.zaak, m.date_submitted, m.date, m.title) == (
        "2024Z02011", dt.date(2024, 2, 8), dt.date(2024, 2, 28), "De eigen bijdrage in de wijkverpleging")
    assert m.answerer == "Minister Helder (Langdurige Zorg en Sport)"
    assert [(q.id, q.text[:30], q.answer.text[:30]) for q in doc.questions()] == [
        ("1", "Kent u het bericht «Eigen bijd", "Ja."),
        ("2", "Hoeveel mensen zien af van wij", "Daar zijn geen cijfers over. H"),
        ("3", "Bent u bereid de eigen bijdrag", "Nee. De wijkverpleging kent ge"),
    ]
    assert _codes(doc) == [("answers-unlabelled", "info", None)]


def test_questions_only_letter_is_not_split_into_answers():
    text = (
        "2024Z18891\n\n(ingezonden 20 november 2024)\n\n"
        "Vragen van het lid Tseggai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over escortbureaus\n\n"
        "Kent u het bericht? 1)\n\nIn het bericht staat dat de vergunning is verleend.\n\n"
        "Deelt u de mening dat dat niet had mogen gebeuren? Zo nee, waarom niet?\n\n"
        "1) Pointer, 17 november 2024, Escortbureau kreeg vergunning.\n"
    )
    doc = parse_text(text, "vragen.docx.txt")
    assert [(q.id, q.text, q.answer) for q in doc.questions()] == [
        ("1", "Kent u het bericht?", None),
        ("2", "In het bericht staat dat de vergunning is verleend.\n\nDeelt u de mening dat dat niet had mogen "
              "gebeuren? Zo nee, waarom niet?", None)]
    # the source is footnote 1, its mark ``1)`` a reference after question 1
    assert doc.closing == ""
    assert doc.footnotes == {"1": "Pointer, 17 november 2024, Escortbureau kreeg vergunning."}
    assert [(r.key, r.question, r.field, r.start) for r in doc.footnote_refs] == [
        ("1", "1", "question", len("Kent u het bericht?"))]
    assert (doc.meta.zaak, doc.meta.date_submitted) == ("2024Z18891", dt.date(2024, 11, 20))
    assert _codes(doc) == [("numbers-inferred", "warning", "1"), ("questions-only", "info", None)]


@pytest.mark.parametrize("line, askers", [
    ("Vragen van de leden Kröger en Thijssen (GroenLinks-PvdA) aan de Minister van Financiën.",
     [("Kröger", "GroenLinks-PvdA"), ("Thijssen", "GroenLinks-PvdA")]),  # party after the last name only
    ("Vragen van het lid Kröger (GL-PvdA) et al. aan de Minister van Financiën.", [("Kröger", "GL-PvdA")]),
    ("Mondelinge vragen van het lid Krul (CDA) aan de Minister voor Economische Zaken (ingezonden 19 november 2024)",
     [("Krul", "CDA")]),
    ("Vragen van het lid Faber-van de Klashorst(PVV) aan de Minister van Financiën.", [("Faber-van de Klashorst", "PVV")]),
    ("Op 6 november jl. hebben de leden Gabriëls en Bromet (beiden GroenLinks-PvdA) schriftelijke vragen gesteld "
     "aan de minister van Financiën.", [("Gabriëls", "GroenLinks-PvdA"), ("Bromet", "GroenLinks-PvdA")]),
])
def test_askers_from_every_phrase(line, askers):
    doc = parse_text(line + "\n\nVraag 1\nKlopt dit?\n\nAntwoord 1\nJa.\n", "v.txt")
    assert _askers(doc) == askers


def test_addressees_and_letterhead_dates():
    text = (
        "Den Haag, 12 maart 2024\n\n"
        "Vragen van het lid Jansen (SP) aan de minister van Justitie en Veiligheid en van Landbouw, Visserij, "
        "Voedselzekerheid en Natuur en de Minister en Staatssecretaris vanBinnenlandse Zaken (ingezonden 1 maart\n"
        "2024).\n\nVraag 1\nKlopt dit?\n\nAntwoord 1\nJa.\n"
    )
    doc = parse_text(text, "v.txt")
    assert doc.meta.addressees == [
        "Minister van Justitie en Veiligheid", "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
        "Minister van Binnenlandse Zaken", "Staatssecretaris van Binnenlandse Zaken"]
    assert (doc.meta.date, doc.meta.date_submitted) == (dt.date(2024, 3, 12), dt.date(2024, 3, 1))


OLDER_HEAD = ("Aanhangsel van de Handelingen\nVragen gesteld door de leden der Kamer, met de daarop door de "
              "regering gegeven antwoorden\n\n876\nVragen van het lid Van Gerven (SP) aan de minister van "
              "Volksgezondheid, Welzijn en Sport over wachtlijsten. (Ingezonden 10 december 2010)\n\n"
              "1\nKent u het bericht «Wachtlijsten lopen op»?\n\n2\nHoeveel kinderen staan op een wachtlijst?\n\n")
OLDER_COVER = ("Antwoord van staatssecretaris Veldhuijzen van Zanten-Hyllner (Volksgezondheid,\n"
               "Welzijn en Sport). (Ontvangen 12 januari 2011)\n\n")


def test_older_aanhangsel_answers_repeat_the_numbers_after_a_cover_line():
    d = parse_text(OLDER_HEAD + OLDER_COVER + "1\nJa.\n\n2\nOp 1 december 2010 stonden 3.456 kinderen op een wachtlijst.\n")
    assert [(q.id, q.text, q.answer.text, q.answer.label) for q in d.questions()] == [
        ("1", "Kent u het bericht «Wachtlijsten lopen op»?", "Ja.", "1"),
        ("2", "Hoeveel kinderen staan op een wachtlijst?",
         "Op 1 december 2010 stonden 3.456 kinderen op een wachtlijst.", "2"),
    ]
    assert d.intro.endswith("(Ontvangen 12 januari 2011)")  # the cover line is document head
    assert d.meta.date == dt.date(2011, 1, 12)
    assert d.meta.date_submitted == dt.date(2010, 12, 10)
    assert d.meta.answerer == "staatssecretaris Veldhuijzen van Zanten-Hyllner (Volksgezondheid, Welzijn en Sport)"
    assert d.report.checks == [] and d.report.confidence == 1.0


def test_older_aanhangsel_with_one_unnumbered_answer_answers_all_questions():
    d = parse_text(OLDER_HEAD + OLDER_COVER + "Ja, dat bericht ken ik. Er staan 3.456 kinderen op een wachtlijst.\n")
    answers = [q.answer for q in d.questions()]
    assert [a.text for a in answers] == ["Ja, dat bericht ken ik. Er staan 3.456 kinderen op een wachtlijst."] * 2
    assert [a.joint for a in answers] == [[1, 2], [1, 2]]
    assert [a.shared_with for a in answers] == [None, "1"]
    check = d.report.checks[0]
    assert (check.code, check.severity, check.params) == ("joint-by-position", "info", {"questions": "1, 2"})
    assert d.intro.endswith("(Ontvangen 12 januari 2011)")


def test_older_aanhangsel_sample():
    d = parse_path(SAMPLES / "kamervragen-aanhangsel-oud.txt")
    assert [q.id for q in d.questions()] == ["1", "2", "3"]
    assert d.question("3").answer.text.startswith("Ja, ik zal de provincies vragen")
    assert d.meta.askers[0].name == "Van Gerven" and d.meta.askers[0].party == "SP"
    assert d.meta.title == "Wachtlijsten in de jeugdzorg"  # up to '(Ingezonden', in any case


@pytest.mark.parametrize("mark", ["[1]", "[1 ]", "[ 1 ]", "1)"])
def test_source_notes_after_the_last_answer_are_closing_in_every_marker_form(mark):
    d = parse_text("Vragen van het lid Jansen (SP) aan de minister van Defensie (ingezonden 3 maart 2025).\n\n"
                   "Vraag 1\n\nKent u het bericht «Tekort»?\n\nAntwoord 1\n\nJa.\n\n"
                   f"{mark} NOS, 10 januari 2024.\n")
    assert d.question("1").answer.text == "Ja."
    assert d.closing == f"{mark} NOS, 10 januari 2024."
