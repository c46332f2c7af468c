"""Real Word documents (``../shared/corpus``) and the DOCX samples: exact facts.

The corpus facts were read from the files' own XML (``word/document.xml``,
``word/footnotes.xml``, ``word/header2.xml``): bold ``Vraag N`` and
``Antwoord op vraag N`` lines, the letterhead table (``Datum``), the askers
in the ``Onderwerp`` line, real footnotes (the ``[1]`` lists typed at the
end of two letters are text, not footnotes).
"""

from __future__ import annotations

import datetime as dt

import pytest

import parsers
from parsers.readers import read_path
from tests.corpus import SAMPLES, SHARED, need_shared
from tui import cli

LETTERS = SHARED / "corpus" / "ministry-answer-letters-docx"
MOTIES = SHARED / "corpus" / "tk-moties"


def _starts(doc, n=40):
    return [q.answer.text[:n] if q.answer else None for q in doc.questions()]


# -- ministry answer letters ---------------------------------------------------------

@need_shared
def test_eerdmans_letter():
    doc = parsers.parse_path(LETTERS / "eerdmans-me-arnhem.docx")
    m = doc.meta
    assert (m.kind, m.date, m.source_format) == ("kamervragen", dt.date(2024, 3, 24), "docx")
    assert [(a.name, a.party) for a in m.askers] == [("Eerdmans", "JA21")]
    qs = doc.questions()
    assert [(q.id, q.label) for q in qs] == [("1", "Vraag 1"), ("2", "Vraag 2"), ("3", "Vraag 3")]
    assert [q.answer.label for q in qs] == ["Antwoord op vraag 1", "Antwoord op vraag 2", "Antwoord op vraag 3"]
    assert _starts(doc) == ["Politiewerk is complex en weerbarstig. P", "Zoals ik bij de beantwoording van eerder",
                            "Hierover zijn geen cijfers bekend. Over "]
    assert doc.footnotes == {"1": "Aanhangsel van de Handelingen, vergaderjaar 2023-2024, nr. 1121."}
    assert "Datum 24 maart 2024" in doc.intro
    assert doc.report.unplaced == []


@need_shared
def test_teunissen_letter_joint_answer_footnotes_and_running_header():
    doc = parsers.parse_path(LETTERS / "teunissen-pvdd.docx")
    m = doc.meta
    assert (m.date, m.zaak) == (dt.date(2024, 8, 26), "2024Z11889")
    assert [(a.name, a.party) for a in m.askers] == [("Teunissen", "PvdD")]
    qs = doc.questions()
    assert [q.id for q in qs] == [str(n) for n in range(1, 23)]
    assert qs[0].text.startswith("Kent u de berichten ‘Agent schiet op politiehond tijdens arrestatie")
    assert qs[0].answer.text == "Ja."
    joint = [q for q in qs if q.id in ("11", "12", "13")]
    assert {q.answer.label for q in joint} == {"Antwoord op vragen 11, 12 en 13"}
    assert {q.answer.text[:45] for q in joint} == {"Laat ik vooropstellen dat elke vorm van diere"}
    assert list(doc.footnotes) == ["1", "2"]
    assert doc.footnotes["1"] == ("Zie ook de Verzamelbrief dierenwelzijn gezelschapsdieren van Minister Adema van "
                                  "Landbouw, Natuur en Voedselkwaliteit van 24 januari 2024 (Kamerstuk 28 286, nr. 1255).")
    # the header of pages 2+ carries a reference number the body does not (``Ons kenmerk -`` there)
    assert [(u.text, u.reason) for u in doc.report.unplaced] == [
        ("Ons kenmerk 5646209", "page furniture (running header)")]


@need_shared
def test_teunissen_footnote_marks_are_out_of_the_text_but_their_place_is_known():
    src = read_path(LETTERS / "teunissen-pvdd.docx")
    places = [(k, src.blocks[b].text[off - 26:off], src.blocks[b].text[off:off + 1])
              for b, off, k in src.footnote_refs]
    assert places == [("1", "huisvesting van werkhonden", "."), ("2", "schap voor hondengeleiders", ".")]


@need_shared
def test_wassenberg_letter():
    doc = parsers.parse_path(LETTERS / "wassenberg-pvdd.docx")
    m = doc.meta
    assert (m.date, m.zaak) == (dt.date(2023, 10, 18), "2023Z14759")
    assert [(a.name, a.party) for a in m.askers] == [("Wassenberg", "PvdD")]
    qs = doc.questions()
    assert [q.id for q in qs] == [str(n) for n in range(1, 15)]
    assert qs[9].answer.text == "Ja, zie ook het antwoord op vraag 9."
    assert qs[0].answer.text.startswith("Ik vind het vreselijk dat deze incidenten hebben plaatsgevonden")
    assert doc.footnotes == {}  # its [1]…[6] are typed text, not Word footnotes


# -- moties: negatives and the legacy .doc ---------------------------------------------

@need_shared
@pytest.mark.parametrize(("name", "title", "says"), [
    ("0787ced2-629a-4d32-ab8f-4b97a7680248.docx", "motie van het lid rikkers-oosterkamp",
     "verzoekt de regering om door het Zorginstituut"),
    ("09b97518-8d7c-4a90-a090-28e45bc44920.docx", "gewijzigde motie van het lid claassen",
     "verzoekt de regering in aanloop naar de wijziging"),
])
def test_moties_are_readable_text_without_questions(name, title, says):
    doc = parsers.parse_path(MOTIES / name)
    assert doc.questions() == []
    assert (doc.meta.kind, doc.meta.document_type, doc.meta.house) == ("unknown", title, "Tweede Kamer")
    assert says in doc.intro and "en gaat over tot de orde van de dag." in doc.intro


@need_shared
def test_legacy_doc_motie_gets_a_message_and_exit_2(capsys):
    status = cli.main(["dump", str(MOTIES / "ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc")])
    out = capsys.readouterr()
    assert (status, out.out) == (2, "")
    assert out.err == ("vragenronde: ca71487f-866a-43aa-a9d5-ec3e2c3a236c.doc: een oud Word-bestand "
                       "(.doc, Word 97–2003); sla het op als .docx of PDF en open dat\n")


# -- the DOCX samples ---------------------------------------------------------------------

def test_sample_letter_with_word_numbering():
    doc = parsers.parse_path(SAMPLES / "antwoordbrief-nummering.docx")
    m = doc.meta
    assert (m.kind, m.date, m.date_submitted, m.zaak) == (
        "kamervragen", dt.date(2024, 3, 12), dt.date(2024, 2, 20), "2024Z02211")
    assert [(a.name, a.party) for a in m.askers] == [("Van Dijk", "CDA")]
    qs = doc.questions()
    assert [(q.id, q.label) for q in qs] == [(str(n), f"{n}.") for n in range(1, 6)]
    assert qs[0].text == "Bent u bekend met het bericht «Uren in de wacht bij de Belastingtelefoon»?"
    assert _starts(doc, 30) == ["Ja.", "De gemiddelde wachttijd was 14", "De Belastingdienst neemt twee ",
                                "Dat klopt. Vanaf 1 juni 2024 i", "Dat klopt. Vanaf 1 juni 2024 i"]
    assert qs[3].answer.label == qs[4].answer.label == "Antwoord op vragen 4 en 5"
    lines = [ln for ln in qs[2].answer.text.split("\n") if ln]
    assert lines[1:3] == ["a) er worden 150 extra medewerkers geworven;", "b) de terugbelservice wordt uitgebreid."]
    # the annexes restart Word's list at 1 (w:startOverride)
    assert "1. Stand van de uitvoering, februari 2024" in qs[4].answer.text
    assert doc.footnotes == {"1": "De Telegraaf, 18 februari 2024.", "2": "Kamerstuk 31 066, nr. 1350."}
    for line in ("Ministerie van Financiën", "Datum 12 maart 2024", "Onze referentie 2024-0000061234",
                 "Betreft Antwoorden Kamervragen over wachttijden bij de Belastingtelefoon"):
        assert line in doc.intro.split("\n")
    assert doc.report.unplaced == []  # the running header repeats the letterhead; its page number is left out


def test_sample_answer_list_table():
    doc = parsers.parse_path(SAMPLES / "antwoordlijst-tabel.docx")
    # a committee's questions answered in a table: a lijst, not Kamervragen
    assert (doc.meta.kind, doc.meta.date, doc.meta.reference) == (
        "lijst-van-vragen-en-antwoorden", dt.date(2024, 4, 4), "24000321 R")
    qs = doc.questions()
    assert [(q.id, q.label) for q in qs] == [(str(n), str(n)) for n in range(1, 6)]
    assert [q.text for q in qs] == [
        "Hoeveel bruggen hebben achterstallig onderhoud?",
        "Hoeveel geld is in 2022 en 2023 aan onderhoud uitgegeven?",
        "Wanneer is het achterstallig onderhoud weggewerkt?",
        "Welke risico’s brengt dit uitstel mee?",
        "Waarom is de bedrijfsvoeringsparagraaf niet volledig?",
    ]
    assert qs[0].answer.text == "Volgens Rijkswaterstaat hebben 78 bruggen achterstallig onderhoud."
    assert [ln for ln in qs[1].answer.text.split("\n") if ln] == [
        "Minder dan begroot:", "Jaar | Begroot | Gerealiseerd", "2022 | € 2,1 mld | € 1,8 mld",
        "2023 | € 2,4 mld | € 1,9 mld", "Het verschil komt vooral door een tekort aan technisch personeel."]
    # the answer cell merged over rows 3 and 4 answers both, stored once in the document
    assert qs[2].answer.label == qs[3].answer.label == "Antwoord 3 en 4"
    assert qs[2].answer.text == "Rijkswaterstaat verwacht dat niet vóór 2035. Vragen 3 en 4 beantwoorden wij samen."
    # theme rows across the table are the sections of the questions under them
    assert [q.section for q in qs] == ["Thema: onderhoud van bruggen en sluizen"] * 4 + ["Thema: verantwoording"]
    assert [(h.text, h.question) for h in doc.headings] == [
        ("Thema: onderhoud van bruggen en sluizen", "1"), ("Thema: verantwoording", "5")]
    # the signature is the closing, not part of the last answer
    assert qs[4].answer.text == "Het ministerie heeft de gegevens over de inhuur van externen te laat aangeleverd."
    assert (doc.closing, doc.meta.signatories) == (
        "Algemene Rekenkamer\n\ndrs. P.J.H. van Huffelen, secretaris", ["P.J.H. van Huffelen"])
    assert doc.footnotes == {"1": "Zie ook Kamerstuk 36 560 XII, nr. 2."}
    assert doc.intro.split("\n\n")[:2] == ["Algemene Rekenkamer", "Lange Voorhout 8"]
    assert "Datum 4 april 2024" in doc.intro and "Ons kenmerk 24000321 R" in doc.intro
