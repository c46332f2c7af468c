"""Running headers that OCR scrambled in one-line text (parsers/readers/flat_headers.py).

The header (the letter's subject) recurs at every page break, but OCR put it
anywhere near the page number, garbled a word or two and added specks. It is
cut as page furniture; the same title cited inside an answer stays.
"""

from __future__ import annotations

import pytest

import parsers
from parsers.readers.flat import segment
from parsers.readers.flat_furniture import page_numbers
from parsers.readers.flat_headers import scrambled_headers as _headers
from parsers.readers.flat_split import split_question
from tests.corpus import SHARED, need_shared

HEADER = ("Beantwoording vragen Tweede Kamer over het rapport Fietsbeleid in beeld "
          "(Tweede Kamer, vergaderjaar 2024-2025, 36 700, nr. 4)")
FILL = "Gemeenten leggen hun plannen elk jaar vast in een nota die de raad bespreekt. " * 8


def _letter(page_numbers: bool = True) -> str:
    def page(n: int) -> str:
        return f" {n}/5 " if page_numbers else " "

    return ("Algemene Rekenkamer DATUM 3 maart 2025 BETREFT " + HEADER + " Geachte heer Bosma, Hierbij bieden wij "
            "u de antwoorden aan." + page(2) + "Antwoorden Algemene Rekenkamer op vragen van de Tweede Kamer. "
            "Vraag 1 Hoeveel gemeenten hebben een fietsplan? Zo ja, sinds wanneer?" + page(3) + "••/% "
            + HEADER.replace("nr.", "n&") + " Wij hebben dat niet onderzocht. " + FILL
            + "Vraag 2 Wat kost het beleid? Het beleid kost € 40 miljoen per jaar. " + FILL
            + "In ons rapport Fietsbeleid in beeld staat de verdeling per provincie. "
            + HEADER.replace("vergaderjaar", "vergederjaar").replace("Fietsbeleid", "Fietsbe!eid")
            + " Die verdeling" + page(4) + "is sinds 2020 gelijk. " + FILL
            + "Vraag 3 Waarom daalt het fietsgebruik? .., " + HEADER + " Dat weten wij niet." + page(5)
            + "Vraag 4 Komt er een vervolg? Ja, in 2026.")


def test_scrambled_headers_near_page_numbers_are_furniture():
    flat = segment(_letter())
    assert [(t, why) for t, _, why in flat.dropped] == [
        ("2/5", "page furniture (page number 2/5)"),
        ("3/5", "page furniture (page number 3/5)"),
        # specks before it and the garbled ``n&`` at its end go with the header
        ("••/% " + HEADER.replace("nr.", "n&"), "page furniture (running header)"),
        (HEADER.replace("vergaderjaar", "vergederjaar").replace("Fietsbeleid", "Fietsbe!eid"),
         "page furniture (running header)"),
        ("4/5", "page furniture (page number 4/5)"),
        (".., " + HEADER, "page furniture (running header)"),
        ("5/5", "page furniture (page number 5/5)"),
    ]
    paras = [p for p, _ in flat.paragraphs]
    assert paras[1:3] == ["Vraag 1\nHoeveel gemeenten hebben een fietsplan? Zo ja, sinds wanneer?",
                          "Wij hebben dat niet onderzocht. " + FILL.strip()]
    # the report's title cited in an answer is content; the answer runs on over the page break
    assert paras[4] == ("Het beleid kost € 40 miljoen per jaar. " + FILL + "In ons rapport Fietsbeleid in beeld "
                        "staat de verdeling per provincie. Die verdeling is sinds 2020 gelijk. " + FILL.strip())
    assert paras[5:] == ["Vraag 3\nWaarom daalt het fietsgebruik?", "Dat weten wij niet.",
                         "Vraag 4\nKomt er een vervolg?", "Ja, in 2026."]
    # the letterhead keeps its subject
    assert paras[0].startswith("Algemene Rekenkamer DATUM 3 maart 2025 BETREFT " + HEADER)


def test_without_page_numbers_a_repeated_title_is_not_furniture():
    flat = segment(_letter(page_numbers=False))
    assert flat.dropped == []
    assert sum(p.count("Beantwoording vragen Tweede Kamer") for p, _ in flat.paragraphs) == 4


def test_a_phrase_repeated_at_page_breaks_but_not_in_the_letterhead_stays():
    # the answers end alike near every page number, but the letterhead never says so: content
    refrain = "Voor het antwoord verwijzen wij u naar de verantwoordelijke minister van Infrastructuur en Waterstaat."
    text = ("Algemene Rekenkamer BETREFT Beantwoording vragen over het rapport Fietsbeleid. 1/4 "
            + " ".join(f"Vraag {n} Wat doet de minister met punt {n}? {FILL}{refrain} {'Zo is het. ' * n}{n + 1}/4"
                       for n in range(1, 4)))
    assert scrambled_headers(text) == []
    # printed in the letterhead too, it is the running header
    text = text.replace("BETREFT", "BETREFT " + refrain)
    assert [text[a:z] for a, z in scrambled_headers(text)] == [refrain] * 3


def test_a_question_mark_before_a_page_break_ends_the_question():
    text = "Hoeveel kost het? Zo ja, welke? n& 2) De minister heeft een brief gestuurd."
    assert split_question(text) == len("Hoeveel kost het?")  # lower-case dirt: no sentence end
    assert split_question(text, [len("Hoeveel kost het? Zo ja, welke?") + 1]) == len("Hoeveel kost het? Zo ja, welke?")


def scrambled_headers(text: str) -> list[tuple[int, int]]:
    return _headers(text, [(c.start, c.end, int(text[c.start:c.end].split("/")[0])) for c in page_numbers(text)])


FOLDER = SHARED / "corpus" / "rekenkamer-answer-lists"


def _letter_doc(prefix: str):
    return parsers.parse_path(next(FOLDER.glob(f"{prefix}-*.txt")))


@need_shared
def test_rekenkamer_headers_with_garbled_words_leave_the_answers():
    doc = _letter_doc("015")
    headers = [u.text for u in doc.report.unplaced if u.reason == "page furniture (running header)"]
    pages = [u.text for u in doc.report.unplaced if u.reason.startswith("page furniture (page number")]
    assert len(headers) == len(pages) == 18  # one header at every page number OCR left readable
    assert "••/% Antwoorden Algemene Rekenkamer op vragen over rapport Bezuinigingen op uitvoeringsorganisaties " \
           "(vergederjaar 2012-2013, Kamerstuk 31 490, nr, 104)" in headers
    left = [text for q in doc.questions() for text in (q.text, q.answer.text if q.answer else "")
            if "op vragen over rapport" in text]
    # only on pages 12 and 15, whose numbers OCR broke (``i. 2/30``, ``15/3 0``): no page break, no header
    assert len(left) == 2 and "Grafiek UWV 120 100 80 60 40 20" in left[0] and "Grafiek NVWA" in left[1]


@need_shared
@pytest.mark.parametrize("prefix, number, kept", [
    # content after the page number that shares the header's words stays
    ("091", "2", "Huurtoeslag: Binnenlandse Zaken en Koninkrijksrelaties De omvang van begrotingsartikel 3"),
    ("095", "9", "zouden bijdragen aan die werking. Het Ministerie van Defensie heeft voor de kritieke systemen"),
    ("085", "4", "(‘Staat van de rijksverantwoording 2013’)."),
])
def test_rekenkamer_content_next_to_a_header_stays(prefix, number, kept):
    doc = _letter_doc(prefix)
    answer = doc.question(number).answer.text
    assert " ".join(kept.split()) in " ".join(answer.split())
    assert "Beantwoording vragen Tweede Kamer" not in answer


@need_shared
def test_rekenkamer_question_keeps_its_second_sentence_before_a_garbled_header():
    # ``… aansluiten? Zo ja, welke (inclusief tijdpad)? 5/22 <header> n& 2) | e De minister …``
    q = _letter_doc("002").question("11")
    assert q.text.endswith("op elkaar te laten aansluiten? Zo ja, welke (inclusief tijdpad)?")
    # the header is furniture; OCR dirt of its last words (``n& 2) | e``) is left before the answer
    assert q.answer.text.startswith("n& 2) | e De minister van VenJ heeft op 29 februari 2012")


@need_shared
def test_rekenkamer_017_footnotes_end_at_the_header_and_the_answer_runs_on():
    # the regression of letter 017: the header after footnote 8 was not cut,
    # so the footnote ran on over the header into the answer text
    doc = _letter_doc("017")
    assert doc.footnotes["8"] == ("Aanvullende vragen SPEER oktober 2011 (CvT) met onbekende datum en kenmerk "
                                  "BS 2011031529.")
    assert doc.footnotes["6"].endswith("Kamerstukken II, 2012/ 13, 2013Z09414.")
    assert "het programma. Om te bereiken dat de planning wordt gehaald" in doc.question("19").answer.text
    assert sum(u.reason == "page furniture (running header)" for u in doc.report.unplaced) == 8
    assert not any("Beantwoording vragen Tweede Kamer" in (q.text + q.answer.text) for q in doc.questions())


def test_a_page_total_split_by_ocr_continues_the_page_numbers():
    text = ("Eerste pagina. 8/13 Tekst van acht. 9/13 Tekst van negen. 10/1 3 Tekst van tien. 11/1 3 Elf. "
            "12/1 3 Twaalf.")
    flat = segment(text)
    assert [(t, why) for t, _, why in flat.dropped] == [
        ("8/13", "page furniture (page number 8/13)"), ("9/13", "page furniture (page number 9/13)"),
        ("10/1 3", "page furniture (page number 10/13)"), ("11/1 3", "page furniture (page number 11/13)"),
        ("12/1 3", "page furniture (page number 12/13)")]
    # without page numbers of that total before it, ``10/1 3`` is text
    assert segment("Een score van 10/1 3 punten. En 4/1 3 meer.").dropped == []


@need_shared
def test_rekenkamer_headers_before_page_numbers_with_a_split_total():
    # ``… de Staat van de Rijksverantwoording 10/1 3``: the header at pages 10 to 13 of 13 is cut too
    doc = _letter_doc("070")
    pages = [u.reason for u in doc.report.unplaced if u.reason.startswith("page furniture (page number")]
    assert pages[-4:] == [f"page furniture (page number {n}/13)" for n in range(10, 14)]
    assert not any("Beantwoording vragen Tweede Kamer" in (q.text + q.answer.text) for q in doc.questions())
