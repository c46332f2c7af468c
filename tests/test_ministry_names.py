"""The ministry of a document ends where its name ends: a known name (or
abbreviation) wins over what follows it in a letterhead that lost its line
breaks; an unknown name stops at the next field (``Ons kenmerk``,
``BEZORGEN``, ``Postbus``)."""

from __future__ import annotations

import pytest

from parsers import parse_text
from parsers.library.register import ministry_of
from parsers.model import Document, Meta
from tests.corpus import SHARED, need_shared


@pytest.mark.parametrize("intro, ministry", [
    ("bij het Ministerie van Infrastructuur en Waterstaat Ons kenmerk 24000321 R", "Infrastructuur en Waterstaat"),
    ("Resultaten verantwoordingsonderzoek bij het Ministerie van VWS BEZORGEN De Voorzitter",
     "Volksgezondheid, Welzijn en Sport"),
    ("bij het Ministerie van Defensie Algemene Rekenkamer BEZORGEN", "Defensie"),
    ("bij het Ministerie van Financiën en Nationale Schuld Postbus 20015", "Financiën"),
    ("bij het Ministerie van BZK, EZK en LNV", "Binnenlandse Zaken en Koninkrijksrelaties"),
    ("bij het Ministerie van Economische Zaken en Klimaat UW KENMERK ONS KENMERK", "Economische Zaken en Klimaat"),
    ("bij het Ministerie van IenM BEZORGEN", "Infrastructuur en Milieu"),
    ("De Minister van Algemene Zaken, M. Rutte", "Algemene Zaken"),
    # not a known ministry: the name runs to the next field
    ("De Minister voor Digitale Zaken Geachte voorzitter", "Digitale Zaken"),
    ("De Minister voor Natuur en Stikstof Postbus 20401", "Natuur en Stikstof"),
])
def test_ministry_name_ends_where_the_name_ends(intro, ministry):
    assert ministry_of(Document(intro=intro)) == ministry


def test_answerer_bracket_that_was_never_closed():
    doc = Document(meta=Meta(answerer="staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport"))
    assert ministry_of(doc) == "Volksgezondheid, Welzijn en Sport"


def test_title_keeps_a_quoted_sentence_and_starts_with_a_capital():
    doc = parse_text(
        "Vragen van het lid Kröger (GroenLinks-PvdA) aan de Minister van Klimaat en Groene Groei over het rapport "
        "«Dutch institutions. Analysing flows» van de Geldwijzer (ingezonden 18 november 2024).\n\n"
        "Vraag 1\nKent u het rapport?\n")
    assert doc.meta.title == "Het rapport «Dutch institutions. Analysing flows» van de Geldwijzer"


_FIELD_WORDS = ("BEZORGEN", "Postbus", "Geachte", "KENMERK", "Ons", "Rekenkamer", "Antwoorden")


@need_shared
def test_no_ministry_of_the_corpus_runs_into_the_next_field():
    from parsers import parse_path

    names = set()
    for path in sorted((SHARED / "corpus" / "rekenkamer-answer-lists").glob("*.txt")):
        name = ministry_of(parse_path(path))
        if name:
            names.add(name)
            assert not any(w in name.split() for w in _FIELD_WORDS), (path.name, name)
    # the Rekenkamer letters name (among others) these ministries, each in one spelling
    assert {"Defensie", "Financiën", "Infrastructuur en Waterstaat", "Volksgezondheid, Welzijn en Sport",
            "Binnenlandse Zaken en Koninkrijksrelaties", "Sociale Zaken en Werkgelegenheid"} <= names
    assert not any(n in names for n in ("VWS", "BZK", "OCW", "SZW", "EZK"))
