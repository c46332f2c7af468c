"""The date of an answer letter from its letterhead: ``Datum 12 maart 2024``,
``DATUM`` on its own line or inside a line that lost its breaks, letter-spaced
``D A T U M``, and ``Den Haag, 12 maart 2024``; for every kind of round."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from parsers import parse_text
from parsers.recognise.kamervragen_letterhead import letter_date, read_letterhead
from tests.corpus import SHARED, need_shared

D = dt.date


@pytest.mark.parametrize("text, date", [
    ("Datum 12 maart 2024", D(2024, 3, 12)),
    ("DATUM 12 maart 2024", D(2024, 3, 12)),
    ("datum  10 juni 2025 betreft Beantwoording", D(2025, 6, 10)),
    ("Datum: 3 april 2024", D(2024, 4, 3)),
    ("Datum\t3 april 2024", D(2024, 4, 3)),
    ("w www.rekenkamer.nl D A T U M 4 juni 2019 B E T R E F T Beantwoording", D(2019, 6, 4)),
    ("W www.rekenkamer.nl DA TU M 10 juni 2020 B ETR EF T", D(2020, 6, 10)),
    ("Den Haag, 12 maart 2024", D(2024, 3, 12)),
    ("’s-Gravenhage, 16 oktober 2023 Willem-Alexander", D(2023, 10, 16)),
    # not a caption: a word that ends in ``datum``, a date without caption
    ("De sluitingsdatum van het onderzoek is 31 juli 2018.", None),
    ("Op 12 maart 2024 hebben wij vragen ontvangen.", None),
    ("Datum onbekend; het rapport volgt op 1 mei 2024", None),
])
def test_letter_date(text, date):
    assert letter_date(text) == date


def test_letterhead_captions_in_capitals_and_on_their_own_line():
    head = read_letterhead(["DATUM", "12 maart 2024", "ONS KENMERK 2024-0000123",
                            "BETREFT", "Antwoord op vragen van het lid Jansen over fietsen"])
    assert (head.date, head.reference, head.subject) == (
        D(2024, 3, 12), "2024-0000123", "Antwoord op vragen van het lid Jansen over fietsen")


def test_lower_case_subject_caption_is_text():
    # a wrapped line that starts with ``betreft`` is not a caption
    assert read_letterhead(["Datum 1 mei 2024", "betreft de vraag of het kan"]).subject is None


MINISTRY = """Ministerie van Infrastructuur en Waterstaat

DATUM
12 maart 2024
ONS KENMERK
IENW/BSK-2024/123
BETREFT
Antwoord op vragen van het lid Jansen (SP) over fietspaden

Vraag 1
Hoeveel fietspaden zijn er?

Antwoord 1
Er zijn 300 fietspaden.

Vraag 2
Wanneer komt de Kamer een brief?

Antwoord 2
Voor de zomer.
"""


def test_ministry_letter_with_capital_captions_has_its_date():
    doc = parse_text(MINISTRY)
    m = doc.meta
    assert (m.kind, m.date, m.reference, m.title) == (
        "kamervragen", D(2024, 3, 12), "IENW/BSK-2024/123", "Fietspaden")
    assert [q.number for q in doc.questions()] == [1, 2]


ARK = (
    "Algemene Rekenkamer BEZORGEN De Voorzitter van de Tweede Kamer der Staten-Generaal Binnenhof 4 "
    "2513 AA Den Haag Lange Voorhout 8 Postbus 20015 2500 EA Den Haag T 070 342 43 44 "
    "DATUM 13 maart 2012 BETREFT Beantwoording vragen Tweede Kamer bij rapport Vastgoed van het Rijk "
    "Geachte mevrouw Verbeet, Hierbij bieden wij u de op 12 maart 2012 vastgestelde antwoorden aan. "
    "Algemene Rekenkamer drs. Saskia J. Stuiveling, president "
    "Vraag 1 Hoeveel panden heeft het Rijk in eigendom? Het Rijk heeft 1.200 panden in eigendom. "
    "Vraag 2 Wat is de waarde van die panden? De waarde is 10 miljard euro. "
    "Vraag 3 Hoeveel panden staan leeg? Er staan 40 panden leeg."
)


def test_answer_list_without_line_breaks_has_its_date():
    doc = parse_text(ARK)
    assert doc.meta.date == D(2012, 3, 13)  # not the ``op 12 maart 2012 vastgestelde``
    assert len(doc.questions()) == 3


def test_place_and_date_line_dates_a_letter():
    text = MINISTRY.replace("DATUM\n12 maart 2024\n", "").replace(
        "Ministerie van Infrastructuur en Waterstaat\n", "Ministerie van Infrastructuur en Waterstaat\n\nDen Haag, 5 april 2024\n")
    assert parse_text(text).meta.date == D(2024, 4, 5)


def test_received_date_wins_over_a_letterhead_date():
    text = ("Aanhangsel van de Handelingen\n\nVragen van het lid Jansen (SP) aan de Minister van Financiën over "
            "belastingen (ingezonden 1 maart 2024).\n\nDatum 2 maart 2024\n\n"
            "Antwoord van Minister Van Dijk (Financiën) (ontvangen 20 maart 2024).\n\n"
            "Vraag 1\nKlopt het?\n\nAntwoord 1\nJa.\n")
    assert parse_text(text).meta.date == D(2024, 3, 20)


@need_shared
def test_rekenkamer_letters_are_dated():
    """Every Algemene Rekenkamer letter whose letterhead holds a readable
    ``DATUM`` gets that date (three OCR'd letters print ``vatum``/``voatum`` or
    lost the caption); the date is within a year of the one in the file name
    (the letter's date can differ from the publication date by days)."""
    from parsers import parse_path

    base = SHARED / "corpus" / "rekenkamer-answer-lists"
    files = sorted(base.glob("*.txt"))
    dated = 0
    for path in files:
        date = parse_path(path).meta.date
        if date is None:
            continue
        dated += 1
        named = D.fromisoformat(re.match(r"\d{3}-(\d{4}-\d\d-\d\d)", path.name)[1])
        assert abs((date - named).days) <= 366, path.name
    assert (len(files), dated) == (181, 178)


@need_shared
@pytest.mark.parametrize("prefix, title", [
    # lower-case ``datum … betreft`` of 2025; the subject runs to the page number
    ("170-", "Het Verantwoordingsonderzoek 2024 bij het ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    # letter-spaced ``B E T R E F T``; a broken word joined
    ("092-", "De Resultaten verantwoordingsonderzoek 2018 bij het Ministerie van Economische Zaken en Klimaat (XIII), "
             "Ministerie van Landbouw, Natuur en Voedselkwaliteit en Diergezondheidsfonds (F)"),
    # the rest of a reference whose opening bracket the letterhead lost
    ("128-", "De Resultaten verantwoordingsonderzoek 2021 bij de Koning"),
    # the subject stops before the addressee block
    ("129-", "De Resultaten verantwoordingsonderzoek 2021 bij het Ministerie van Buitenlandse Zaken"),
])
def test_rekenkamer_letter_titles(prefix, title):
    from parsers import parse_path

    path = next((SHARED / "corpus" / "rekenkamer-answer-lists").glob(prefix + "*.txt"))
    assert parse_path(path).meta.title == title
