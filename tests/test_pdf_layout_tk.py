"""PDF layout of Tweede Kamer Kamerstukken: margin numbers, the title block,
footnote reference positions and line-end joins (made-up fragments and the
three real TK Kamerstukken of dossier 36 450)."""

from __future__ import annotations

import pytest

from parsers import parse_path
from parsers.readers.pdf import read_pdf
from parsers.readers.pdf_layout import Frag, build_source
from tests.corpus import SHARED, need_shared

TK = SHARED / "corpus" / "tk-kamerstukken-36450"
BODY_X = 221.0


def _body(text: str, y: float, page: int = 1, **kw) -> Frag:
    return Frag(text, BODY_X, y, 9.1, page=page, **kw)


def _filler(page: int = 1, top: float = 300) -> list[Frag]:
    """Enough body lines at the column for the column to be found."""
    return [_body(f"Regel {i} van de tekst die de kolom vastlegt en verder niets zegt.", top - 11 * i, page)
            for i in range(6)]


# -- margin numbers ------------------------------------------------------------
def test_margin_number_on_the_baseline_opens_a_numbered_block():
    frags = [
        Frag("12", 190, 700, 9.1),
        _body("De leden van de VVD-fractie vragen hoe vaak de regeling", 700),
        _body("wordt gebruikt?", 689.3),
        _body("Het antwoord van de regering volgt hier in een zin.", 668),
        *_filler(),
    ]
    src = build_source(frags, {1: 842.0})
    first = src.blocks[0]
    assert first.text == "12. De leden van de VVD-fractie vragen hoe vaak de regeling wordt gebruikt?"
    assert first.label == "12" and not first.list_item
    assert src.blocks[1].text == "Het antwoord van de regering volgt hier in een zin."
    assert src.blocks[1].label is None


def test_margin_number_with_dot_and_a_slightly_lower_baseline():
    frags = [
        _body("Een inleidende zin die eindigt met een punt.", 720),
        _body("Deze leden vragen ook of de regering dit wil toelichten?", 700),
        Frag("3.", 195, 697.5, 8),  # its own line: the baseline is 2.5 pt lower
        *_filler(),
    ]
    src = build_source(frags, {1: 842.0})
    texts = [b.text for b in src.blocks]
    assert texts[:2] == [
        "Een inleidende zin die eindigt met een punt.",
        "3. Deze leden vragen ook of de regering dit wil toelichten?",
    ]
    assert src.blocks[1].label == "3"


def test_margin_number_set_in_the_same_run_as_the_text():
    frags = [
        Frag("7   Het lid van de BBB-fractie vraagt of dit kan?", 203, 700, 9.1),
        _body("Dat kan.", 680),
        *_filler(),
    ]
    src = build_source(frags, {1: 842.0})
    assert (src.blocks[0].text, src.blocks[0].label) == ("7. Het lid van de BBB-fractie vraagt of dit kan?", "7")


def test_number_inside_the_column_is_text_not_a_margin_number():
    frags = [_body("2023 was een goed jaar voor de uitvoering.", 700), *_filler()]
    frags[0:1] = [Frag("2023", BODY_X, 700, 9.1), Frag("was een goed jaar voor de uitvoering.", 245, 700, 9.1)]
    src = build_source(frags, {1: 842.0})
    assert src.blocks[0].text == "2023 was een goed jaar voor de uitvoering."
    assert src.blocks[0].label is None


# -- the TK title block ----------------------------------------------------------
def _title_page() -> list[Frag]:
    return [
        Frag("Tweede Kamer der Staten-Generaal", 55, 762, 18, bold=True),
        Frag("2", 505, 740, 51, bold=True),
        Frag("Vergaderjaar 2023–2024", 55, 705, 9.6),
        Frag("36 999", 55, 653, 12.3, bold=True),
        Frag(" Regels over de proef met", 221, 653, 12.3, bold=True),
        Frag("margenummers (Wet margenummers)", 221, 640, 12.3, bold=True),
        Frag("Nr. ", 55, 546, 9.1, bold=True),
        Frag("6", 72, 546, 9.1, bold=True),
        Frag(" NOTA NAAR AANLEIDING VAN HET VERSLAG", 78, 546, 9.1, bold=True),
        _body("Ontvangen 14 mei 2024", 525),
        *_filler(top=500),
        Frag("kst-36999-6", 55, 81, 5.9),
        Frag("ISSN 0921 - 7371", 55, 75, 5.9),
        Frag("’s-Gravenhage 2024", 55, 68, 5.9),
        Frag("Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 1", 221, 68, 9.1),
    ]


def test_title_block_is_furniture_and_its_facts_are_meta():
    src = build_source(_title_page(), {1: 842.0})
    assert [b.text for b in src.blocks[:2]] == ["NOTA NAAR AANLEIDING VAN HET VERSLAG", "Ontvangen 14 mei 2024"]
    assert src.meta == {
        "publication_id": "kst-36999-6", "house": "Tweede Kamer", "session_year": "2023-2024",
        "dossier": "36999", "title": "Regels over de proef met margenummers (Wet margenummers)",
        "document_number": "6", "document_type": "nota naar aanleiding van het verslag",
    }
    dropped = [(text, why) for text, _, why in src.dropped]
    for entry in [
        ("2", "page 1: chamber numeral"),
        ("Tweede Kamer der Staten-Generaal", "page 1: masthead"),
        ("Vergaderjaar 2023–2024", "page 1: masthead"),
        ("36 999 Regels over de proef met", "page 1: title block (dossier number and title)"),
        ("margenummers (Wet margenummers)", "page 1: title block (dossier number and title)"),
        ("Nr. 6", "page 1: document number"),
        ("kst-36999-6", "page 1: first-page publication block"),
        ("Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 1", "page 1: running header/footer"),
    ]:
        assert entry in dropped


def test_one_column_title_page_is_left_alone():
    # EK and Aanhangsel layouts: the dossier number stands in the column
    frags = [
        Frag("Vergaderjaar 2025-2026", 62, 762, 11, bold=True),
        Frag("36 800 K Vaststelling van de begrotingsstaat", 62, 742, 11, bold=True),
        Frag("F NOTA NAAR AANLEIDING VAN HET TWEEDE VERSLAG", 62, 708, 11, bold=True),
        *[Frag(f"Regel {i} van de tekst die de kolom vastlegt en verder niets zegt.", 62, 600 - 11 * i, 9.5)
          for i in range(6)],
    ]
    src = build_source(frags, {1: 842.0})
    assert src.blocks[0].text == "Vergaderjaar 2025-2026"
    assert "36 800 K Vaststelling van de begrotingsstaat" in src.blocks[1].text
    assert src.meta == {}


# -- footnote references -----------------------------------------------------------
def test_footnote_reference_positions_are_recorded():
    frags = [
        _body("In de brief van 7 november 2023 1 heb ik u gemeld dat de", 700),
        _body("motie Klaver/", 689.3),
        _body("Ploumen2 is uitgevoerd.", 678.6),
        *_filler(top=640),
        Frag("1 Kamerstuk 36 200, nr. 5.", BODY_X, 120, 6.5),
        Frag("2 Kamerstuk 36 200, nr. 9.", BODY_X, 112, 6.5),
    ]
    src = build_source(frags, {1: 842.0})
    text = src.blocks[0].text
    assert text == "In de brief van 7 november 2023 heb ik u gemeld dat de motie Klaver/Ploumen is uitgevoerd."
    assert src.footnotes == {"1": "Kamerstuk 36 200, nr. 5.", "2": "Kamerstuk 36 200, nr. 9."}
    assert src.footnote_refs == [(0, text.index(" heb"), "1"), (0, text.index(" is uitgevoerd"), "2")]


def test_superscript_reference_position_and_drop_entry():
    frags = [
        _body("Kent u het bericht «Tekort aan munitie»?", 700),
        Frag("1", 400, 703.5, 5.5),
        _body("Ja.", 680),
        *_filler(top=640),
        Frag("1 NOS, 1 maart 2024.", BODY_X, 120, 6.5),
    ]
    src = build_source(frags, {1: 842.0})
    assert src.blocks[0].text == "Kent u het bericht «Tekort aan munitie»?"
    assert src.footnote_refs == [(0, len(src.blocks[0].text), "1")]
    assert ("1", None, "page 1: footnote reference 1") in src.dropped


# -- line-end joins ---------------------------------------------------------------
def test_reference_number_after_nr_stays_in_the_sentence():
    frags = [
        _body("Zie het meest recente overzicht (Kamerstuk 27830 nr.", 700),
        _body("489) voor de cijfers over de aanschaf.", 689.3),
        *_filler(top=650),
    ]
    src = build_source(frags, {1: 842.0})
    assert src.blocks[0].text == "Zie het meest recente overzicht (Kamerstuk 27830 nr. 489) voor de cijfers over de aanschaf."


def test_compound_split_over_two_runs_keeps_no_space():
    frags = [
        Frag("De compliance", BODY_X, 700, 9.1),
        Frag("-functie wordt versterkt.", BODY_X + 13 * 9.1 * 0.52, 700, 9.1),
        *_filler(top=650),
    ]
    src = build_source(frags, {1: 842.0})
    assert src.blocks[0].text == "De compliance-functie wordt versterkt."


# -- real TK Kamerstukken: not rounds, no furniture in the text ---------------------
@need_shared
@pytest.mark.parametrize(("name", "number", "kind_line"), [
    ("kst-36450-1-koninklijke-boodschap.pdf", "1", "KONINKLIJKE BOODSCHAP"),
    ("kst-36450-2-voorstel-van-wet.pdf", "2", "VOORSTEL VAN WET"),
    ("kst-36450-3-memorie-van-toelichting.pdf", "3", "MEMORIE VAN TOELICHTING"),
])
def test_tk_kamerstuk_reads_as_text_without_furniture(name, number, kind_line):
    doc = parse_path(TK / name)
    assert doc.questions() == []
    assert doc.meta.dossier == "36450" and doc.meta.document_number == number
    assert doc.meta.publication_id == f"kst-36450-{number}"
    assert doc.meta.house == "Tweede Kamer" and doc.meta.session_year == "2023-2024"
    assert doc.meta.title == ("Regels omtrent de instelling van het Adviescollege toetsing regeldruk "
                              "(Instellingswet Adviescollege toetsing regeldruk)")
    assert doc.intro.startswith(kind_line + "\n\n")
    for furniture in ("ISSN", "Gravenhage 2023", "kst-36450", "vergaderjaar 2023–2024", "Vergaderjaar",
                      "36 450 Regels", f"Nr. {number}"):
        assert furniture not in doc.intro
    reasons = {u.reason for u in doc.report.unplaced}
    assert {"page furniture (page 1: masthead)", "page furniture (page 1: document number)",
            "page furniture (page 1: title block (dossier number and title))",
            "page furniture (page 1: chamber numeral)"} <= reasons


@need_shared
def test_memorie_van_toelichting_footnote_refs_and_headings():
    src = read_pdf((TK / "kst-36450-3-memorie-van-toelichting.pdf").read_bytes(), "mvt.pdf")
    found = {n for _, _, n in src.footnote_refs}
    assert len(src.footnotes) == 47
    # 20 and 46 have no number in the body text of the PDF at all; 25, 23, 33 glued to a year or number
    assert found == {str(n) for n in range(1, 48)} - {"20", "46", "33"}
    texts = [b.text for b in src.blocks]
    assert "Dit wetsvoorstel geeft uitvoering aan de aangenomen moties Klaver/Ploumen en Graus c.s. zoals" \
        in " ".join(texts)
    assert "2. Noodzaak voor dit wetsvoorstel" in texts
    doc = parse_path(TK / "kst-36450-3-memorie-van-toelichting.pdf")
    heads = [h.text for h in doc.headings]
    assert heads[:4] == ["MEMORIE VAN TOELICHTING", "I. Algemeen deel", "1. Inleiding",
                         "2. Noodzaak voor dit wetsvoorstel"]
    for h in doc.headings[:4]:
        assert h.question is None and doc.intro[h.start:h.start + len(h.text)] == h.text
