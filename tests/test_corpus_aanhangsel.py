"""The 14 real Aanhangsel PDFs of the shared corpus, and their pdftotext text.

Facts per file were verified by reading the pdftotext output (not taken
from INDEX.tsv): publication id, question numbers, joint answers, askers,
dates and the first words of two answers.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.corpus import SHARED, need_shared

pytestmark = need_shared

from parsers import parse_path
from parsers.readers.pdf import read_pdf

BASE = SHARED / "corpus" / "learninglion-aanhangsel-2023-2024"
GL = "GroenLinks-PvdA"

# stem: (nr, questions, joint answers, askers, ingezonden, ontvangen, {answer: first words})
FACTS = {
    "00fe7edd-24c8-4857-98da-774ed3b06836": (1314, 6, [[3, 4, 5]], [("Mutluer", GL), ("Kostić", "PvdD")],
        "2024-03-06", "2024-03-25", {1: "Ja.", 3: "Het is van groot belang dat iedereen in Nederland"}),
    "01b2bcad-7296-43bb-bc44-e727fc69b23f": (2129, 9, [], [("Ceder", "ChristenUnie"), ("Dobbe", "SP")],
        "2024-06-05", "2024-06-28", {1: "Ja.", 3: "Ja."}),
    "1a2d8959-7ce1-411d-bffe-c78970ae8d6b": (2210, 13, [], [("Erkens", "VVD")], "2024-07-02", "2024-07-23",
        {1: "In de brief van 27 juni jl. heeft mijn ambtsvoorganger", 5: "De consequentie van de vertraging is dat"}),
    "1aa9bd01-68a1-4a4a-a808-5b0183bc217a": (1076, 5, [], [("Van Haga", "Groep Van Haga")], "2023-11-20",
        "2024-02-20", {1: "Ja, het is mij bekend dat in Enter en Rijswijk", 3: "Het is mij bekend dat KOZP"}),
    "1b0f0b98-7c34-418c-98dc-43de7930e685": (1786, 15, [[10, 11]], [("Hirsch", GL), ("Teunissen", "PvdA")],
        "2024-04-04", "2024-05-21", {1: "Ja.", 3: "Ja, ADSB en de Staat zijn momenteel bezig"}),
    "1b26915f-b542-4707-8495-b5c21f0edfe1": (1771, 6, [], [("Van Nispen", "SP")], "2024-03-29", "2024-05-17",
        {1: "Ja, het bericht is bekend.", 3: "De veiligheidsregio’s hebben zicht op"}),
    "1b38043f-a835-4a63-a135-42c593d3ba77": (1292, 10, [], [("Keijzer", "BBB")], "2024-03-11", "2024-03-21",
        {1: "De internetconsultatie loopt tot 20 maart 2024.", 3: "Ja. Het betreft in het onderhavige geval"}),
    "1b62ee8d-e406-4042-b7f5-7e235f7bd1c0": (1432, 6, [], [("Van Zanten", "BBB")], "2024-03-07", "2024-04-05",
        {1: "De spelregels voor de bis-periode 2025–2028", 3: "Het culturele veld is op verschillende manieren"}),
    "1b922783-f576-4df5-a031-ad0063d2afd4": (2395, 5, [], [("Crijns", "PVV")], "2024-08-15", "2024-08-30",
        {1: "Ja.", 3: "Voor jeugdigen is het belangrijk"}),
    "1bb0809b-f36a-48b7-9ef9-a96ed52c5b6d": (1949, 5, [[2, 3]], [("Faber-van de Klashorst", "PVV")],
        "2024-05-06", "2024-06-11", {1: "Daar ben ik mee bekend.", 5: "Het nemen van maatregelen tegen ouders"}),
    "1bd47dc8-229e-4a1a-a405-8e2672436e1f": (1893, 7, [], [("Klaver", GL)], "2024-04-18", "2024-06-03",
        {1: "Ja.", 3: "Nederland heeft samen met de andere EU-lidstaten"}),
    "1c0f765c-d7b4-455e-a241-35a4e9a9dc36": (1178, 9, [], [("Sneller", "D66")], "2024-01-16", "2024-03-07",
        {1: "Ja, het is mij bekend dat krachtige quantumcomputers", 3: "Het kabinet volgt de internationale"}),
    "1c7587f8-1c7c-4912-9319-290e19c99d85": (1980, 6, [], [("Dobbe", "SP")], "2024-05-07", "2024-06-13",
        {1: "Ik betreur het dat Buurtzorg deze ervaring heeft.", 4: "Omaha en de vragenlijst voor de cliëntprofielen"}),
    "1cf0c343-2da4-429d-8a6d-729da6008af1": (2168, 10, [], [("Erkens", "VVD")], "2024-06-18", "2024-07-17",
        {1: "Ja.", 3: "Ja. Het beleid houdt hier rekening mee"}),
}
FORMATS = {"pdf": "pdf/{}.pdf", "raw": "pdftotext-raw/{}.txt", "layout": "pdftotext-layout/{}.txt"}
FURNITURE = re.compile(r"ISSN|Gravenhage|ah-tk-\d|vergaderjaar 2023–2024, Aanhangsel|Aanhangsel\s*\d*\s*$", re.M)


def test_every_corpus_pdf_has_facts():
    assert sorted(p.stem for p in (BASE / "pdf").glob("*.pdf")) == sorted(FACTS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("stem", sorted(FACTS))
def test_aanhangsel(stem, fmt):
    nr, count, joints, askers, sent, received, starts = FACTS[stem]
    doc = parse_path(BASE / FORMATS[fmt].format(stem))
    m = doc.meta
    assert m.kind == "kamervragen"
    assert (m.publication_id, m.document_number, m.session_year, m.house) == (
        f"ah-tk-20232024-{nr}", str(nr), "2023-2024", "Tweede Kamer")
    assert [(a.name, a.party) for a in m.askers] == askers
    assert (m.date_submitted, m.date) == (dt.date.fromisoformat(sent), dt.date.fromisoformat(received))
    qs = doc.questions()
    assert [q.id for q in qs] == [str(n) for n in range(1, count + 1)]
    assert all(q.answer is not None and q.answer.text for q in qs)
    assert [q.answer.joint for q in qs if q.answer.joint and q.number == q.answer.joint[0]] == joints
    for n, words in starts.items():
        assert doc.question(str(n)).answer.text.startswith(words)
    for q in qs:
        for text in (q.text, q.answer.text):
            assert not FURNITURE.search(text), (q.id, FURNITURE.search(text)[0])


@pytest.mark.parametrize("fmt", ["pdf", "layout"])
@pytest.mark.parametrize("stem", sorted(FACTS))
def test_no_footnote_text_in_questions_or_answers(stem, fmt):
    notes = read_pdf((BASE / "pdf" / f"{stem}.pdf").read_bytes(), "x.pdf").footnotes
    doc = parse_path(BASE / FORMATS[fmt].format(stem))
    texts = [t for q in doc.questions() for t in (q.text, q.answer.text)]
    for key, body in notes.items():
        probe = body[:60]
        assert not any(probe in t for t in texts), (key, probe)


def test_pdf_footnotes_are_read():
    src = read_pdf((BASE / "pdf" / "1c7587f8-1c7c-4912-9319-290e19c99d85.pdf").read_bytes(), "x.pdf")
    assert list(src.footnotes) == [str(n) for n in range(1, 8)]
    assert src.footnotes["2"] == "Kamerstukken II 2023–34, 23 235, nr. 240."
    doc = parse_path(BASE / "pdf" / "1c7587f8-1c7c-4912-9319-290e19c99d85.pdf")
    assert doc.footnotes == src.footnotes
    q1 = doc.question("1").text
    assert q1.endswith("«Jos de Blok: «VWS en NZa hebben Buurtzorg stelselmatig buitengesloten»»?")


def test_combined_question_label_text_and_spacing_accent():
    doc = parse_path(BASE / "pdf" / "00fe7edd-24c8-4857-98da-774ed3b06836.pdf")
    q3, q5 = doc.question("3"), doc.question("5")
    assert q3.label == q5.label == "Vraag 3, 4 en 5"
    assert q3.text == q5.text
    assert q3.text.startswith("Deelt u de mening dat als een provincie het predicaat regenboogprovincie")
    assert q3.text.endswith("beter waar gaan maken? Zo nee, waarom niet?")
    assert "Regenboogprovincies? Zo ja" in q3.text  # the footnote 2 marker is gone
    assert doc.meta.addressees == ["Minister van Onderwijs, Cultuur en Wetenschap"]
    assert doc.meta.answerer == "Minister Dijkgraaf (Onderwijs, Cultuur en Wetenschap)"


def test_two_ministers_as_addressees():
    doc = parse_path(BASE / "pdf" / "01b2bcad-7296-43bb-bc44-e727fc69b23f.pdf")
    assert doc.meta.addressees == [
        "Minister van Buitenlandse Zaken", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"]


def test_pdftotext_raw_notes_after_a_marker_that_ends_the_text_block():
    """pdftotext raw: ``…inzake`` / ``10`` closes the text block, the notes
    follow with their markers between them; the sentence goes on on the next page."""
    doc = parse_path(BASE / "pdftotext-raw" / "1b0f0b98-7c34-418c-98dc-43de7930e685.txt")
    assert doc.question("14").answer.text.startswith(
        "De OESO Common Approaches zijn leidend op het terrein van standaarden voor transparantie bij "
        "exportkredietverzekeringen die verstrekt worden door OESO-landen. Daarnaast onderschrijft ADSB de "
        "OESO-richtlijnen inzake maatschappelijk verantwoord ondernemen.")
    notes = [u.text for u in doc.report.unplaced if u.reason == "footnote (page bottom)"]
    assert "Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267" in notes
    doc = parse_path(BASE / "pdftotext-raw" / "01b2bcad-7296-43bb-bc44-e727fc69b23f.txt")
    assert doc.question("7").answer.text.endswith(
        "samen met gelijkgezinden inzetten om het tegengaan van straffeloosheid in Jemen op de internationale "
        "agenda te houden.")
