"""Unnumbered title lines of plain text and the topic headings of a verslag
read as questions only, in ``Document.headings`` (issue 12)."""

from __future__ import annotations

from parsers import parse_path, parse_text
from tests.corpus import SAMPLES

BRIEF = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA Den Haag

Datum 12 maart 2024
Betreft Voortgang windenergie op zee

Geachte voorzitter,

Met deze brief informeer ik uw Kamer over de voortgang van de uitrol van windenergie op zee en de stappen die het kabinet dit jaar zet.

Vergunningverlening

De vergunningverlening voor de nieuwe windparken verloopt volgens planning. In het voorjaar worden twee kavels vergund.

Tot slot

Ik zal uw Kamer voor de zomer opnieuw informeren over de voortgang van het programma.

Hoogachtend,

De minister van Klimaat en Groene Groei,

R. Jetten
"""


def test_short_lines_between_paragraphs_of_a_plain_letter_are_headings():
    doc = parse_text(BRIEF, "brief.txt")
    assert doc.meta.kind == "unknown" and doc.questions() == []
    got = [(h.text, h.question, doc.intro[h.start:h.start + len(h.text)], h.location.line) for h in doc.headings]
    assert got == [("Vergunningverlening", None, "Vergunningverlening", 12),
                   ("Tot slot", None, "Tot slot", 16)]


def test_salutation_closing_and_short_sentences_are_no_title_lines():
    text = BRIEF.replace("Vergunningverlening\n", "Dat gaat goed.\n").replace("Tot slot\n", "Zie de bijlage\n\nEn verder\n")
    doc = parse_text(text, "brief.txt")
    # a sentence is no title; two short lines in a row (an address, a list) neither:
    # ``Zie de bijlage`` stands before a short line, ``En verder`` after one
    assert [h.text for h in doc.headings] == []


def test_a_bold_document_keeps_its_own_headings_only():
    text = BRIEF.replace("Tot slot\n", "**Tot slot**\n")
    doc = parse_text(text, "brief.md")
    assert [h.text for h in doc.headings] == ["Tot slot"]


def test_verslag_read_as_questions_only_lists_its_topic_headings():
    doc = parse_path(SAMPLES / "verslag-tk-wetsvoorstel.txt")
    assert doc.report.grammar == "questions-only"
    assert [(h.text, h.question, h.start, h.location.line) for h in doc.headings] == [
        ("I. Algemeen deel", "VVD-1", None, 22), ("1. Inleiding", "VVD-1", None, 24),
        ("2. Privacy", "D66-1", None, 34), ("II. Artikelsgewijs", "CDA-1", None, 38)]
    # the same headings as the questions' sections, and no question text among them
    assert [(q.id, q.section) for q in doc.questions()] == [
        ("VVD-1", "I. Algemeen deel / 1. Inleiding"), ("GroenLinks-PvdA-1", None),
        ("D66-1", "2. Privacy"), ("CDA-1", "II. Artikelsgewijs")]
