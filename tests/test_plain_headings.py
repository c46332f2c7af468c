"""A document that is not a round opens as readable text with its headings.

``parsers/recognise/headings.py`` gives such a document an outline: short
marked lines (bold, italic, numbered, capitals) become ``Document.headings``
with their offset in ``intro``.
"""

from __future__ import annotations

import pytest

from parsers import parse_path
from parsers.recognise.headings import is_plain_heading
from parsers.source import Block
from tests.corpus import SAMPLES, SHARED, need_shared


def test_the_sample_memorie_van_toelichting_has_its_outline():
    doc = parse_path(SAMPLES / "memorie-van-toelichting-geen-ronde.md")
    assert doc.meta.kind == "unknown"
    assert doc.questions() == []
    assert [h.text for h in doc.headings] == [
        "Memorie van toelichting", "I. ALGEMEEN DEEL", "1. Inleiding", "2. Aanleiding",
        "2.1 Probleembeschrijving", "2.2 Doel van het voorstel", "II. ARTIKELSGEWIJS", "Artikel I",
    ]
    for h in doc.headings:
        assert h.question is None
        shown = doc.intro[h.start:h.start + 40].replace("*", "")
        assert shown.startswith(h.text[:20])
    # the body text is all there, in the intro, the pane the reader shows
    assert "€ 2,4 miljoen per jaar" in doc.intro
    assert doc.report.accounting.words_lost == 0


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("1. Inleiding", True),
        ("2.3 Uitvoering", True),
        ("II. ARTIKELEN", True),
        ("Artikel 4 Overige bevoegdheden", True),
        ("ALGEMEEN", True),
        ("Dit is een zin.", False),
        ("12) blijkt dat de regering", False),
        ("1. Kunt u toelichten waarom dit zo is?", False),
        ("2024", False),
    ],
)
def test_what_makes_a_heading(text, heading):
    assert is_plain_heading(Block(text=text)) is heading


def test_a_bold_short_line_is_a_heading_and_a_bold_sentence_is_not():
    assert is_plain_heading(Block(text="Reikwijdte", bold=True))
    assert not is_plain_heading(Block(text="Dit is belangrijk.", bold=True))


@need_shared
def test_the_tk_memorie_van_toelichting_has_its_section_headings():
    doc = parse_path(SHARED / "corpus" / "tk-kamerstukken-36450" / "kst-36450-3-memorie-van-toelichting.pdf")
    assert doc.questions() == []
    texts = [h.text for h in doc.headings]
    for expected in ("1. Inleiding", "2.1 Voorgeschiedenis en probleembeschrijving", "3.2 Kerntaken",
                     "II. ARTIKELEN", "Artikel 11 Inwerkingtreding"):
        assert expected in texts
    assert texts.index("1. Inleiding") < texts.index("3.2 Kerntaken") < texts.index("II. ARTIKELEN")
