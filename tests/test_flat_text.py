"""Text without line structure: detection, token segmentation, furniture.

Exact facts of ``samples/lijst-eenregelig.txt`` (a one-line answer list in the
Rekenkamer's layout) and of small one-line texts written here, each for one
rule of ``parsers/readers/flat.py``.
"""

from __future__ import annotations

import parsers
from parsers.readers.flat import is_flat, segment
from tests.corpus import SAMPLES


def paragraphs(text: str) -> list[str]:
    return [p for p, _ in segment(text).paragraphs]


# --- detection -------------------------------------------------------------

def test_one_long_line_is_flat_and_paragraphs_are_not():
    one = "Vraag 1 Kent u het bericht? Ja. " * 20
    assert is_flat(one)
    # the same words with a blank line per paragraph: ordinary text
    assert not is_flat("\n\n".join(["Vraag 1 Kent u het bericht? Ja."] * 20))
    # web text with one paragraph per line, even long ones, is not flat
    para = "De regering heeft het wetsvoorstel zorgvuldig voorbereid en de uitvoering getoetst. " * 6
    assert not is_flat("\n".join([para] * 8))


def test_sample_one_line_is_read_as_flat():
    text = (SAMPLES / "lijst-eenregelig.txt").read_text(encoding="utf-8")
    assert "\n" not in text
    d = parsers.parse_path(SAMPLES / "lijst-eenregelig.txt")
    assert d.report.warnings[0] == "text without line structure: re-segmented into 11 paragraphs at labels and numbers"


# --- the one-line answer list sample ----------------------------------------

def test_one_line_answer_list_questions_and_answers():
    d = parsers.parse_path(SAMPLES / "lijst-eenregelig.txt")
    assert d.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert d.meta.house == "Tweede Kamer"
    assert [(q.id, q.label) for q in d.questions()] == [
        ("1", "Vraag 1"), ("2", "Vraag 2"), ("3", "Vraag 3"), ("4", "Vraag 4"), ("5", "Vraag 5"), ("6", "Vraag 6")]
    assert d.question("1").text == "Hoeveel geld gaf het Rijk in 2024 uit aan fietsparkeren bij stations?"
    # ``Tabel 1`` and ``2 jaar`` inside answers open no question
    assert d.question("1").answer.text == ("Het Rijk gaf in 2024 € 112 miljoen uit aan fietsparkeren bij stations. "
                                           "Tabel 1 in ons rapport geeft de bedragen per jaar sinds 2019.")
    # the page number between label and question is gone
    assert d.question("4").text == "Welke gemeenten ontvingen de meeste bijdragen?"
    assert d.question("4").answer.text.startswith("In de periode 2019-2024 ontvingen Utrecht")
    assert d.question("5").text == "Kunt u toelichten wat u bedoelt met 'sturen op gebruik'?"
    assert d.question("5").answer.text == ("Daarmee bedoelen wij dat de minister bijhoudt hoeveel plekken "
                                           "daadwerkelijk worden gebruikt. Dat gebeurt nu in 3 van de 10 grote stallingen.")


def test_questions_printed_together_share_the_answer_after_them():
    d = parsers.parse_path(SAMPLES / "lijst-eenregelig.txt")
    q2, q3 = d.question("2"), d.question("3")
    assert q2.text == "Waarom is de evaluatie van de regeling uitgesteld?"
    assert q3.text == "Wanneer verwacht u de evaluatie?"
    assert q2.answer.joint == q3.answer.joint == [2, 3]
    assert (q2.answer.shared_with, q3.answer.shared_with) == (None, "2")
    assert q3.answer.text == q2.answer.text
    assert q2.answer.text.startswith("Het ministerie heeft de evaluatie uitgesteld")
    assert "questions 2 and 3 have one answer after the last of them; read as answered together" in d.report.warnings


def test_question_without_question_mark_is_reported_not_guessed():
    d = parsers.parse_path(SAMPLES / "lijst-eenregelig.txt")
    q6 = d.question("6")
    assert q6.answer is None
    assert q6.text == ("Deelt u de conclusie van de minister dat de regeling doelmatig is. "
                       "Wij hebben de doelmatigheid van de regeling niet onderzocht.")
    assert ("question 6 (text without line structure) has no question mark; its answer could not be told apart "
            "and stays in the question") in d.report.warnings


def test_page_furniture_and_footnote_are_taken_out_with_reasons():
    d = parsers.parse_path(SAMPLES / "lijst-eenregelig.txt")
    header = ("Antwoorden Algemene Rekenkamer op vragen van de Tweede Kamer over Fietsbeleid in beeld "
              "(Tweede Kamer, vergaderjaar 2024-2025, 36 700, nr. 4)")
    assert [(u.text, u.reason) for u in d.report.unplaced] == [
        ("2/4", "page furniture (page number 2/4)"),
        (header, "page furniture (running header)"),
        ("3/4", "page furniture (page number 3/4)"),
        (header, "page furniture (running header)"),
        ("4/4", "page furniture (page number 4/4)"),
    ]
    assert d.footnotes == {"1": "De vragen van de Tweede Kamer zijn hier letterlijk weergegeven zoals ze aan de "
                                "Algemene Rekenkamer zijn voorgelegd."}
    # the cover letter and the list's title stay in the intro; the mark ``vragen1``
    # of footnote 1 becomes a footnote reference after ``vragen``
    assert d.intro.startswith("Algemene Rekenkamer BEZORGEN De Voorzitter van de Tweede Kamer")
    assert "Geachte heer Bosma, Hierbij bieden wij u" in d.intro
    assert d.intro.endswith("Antwoorden Algemene Rekenkamer op vragen van de Tweede Kamer over het rapport "
                            "Fietsbeleid in beeld")
    [ref] = d.footnote_refs
    assert (ref.key, ref.question, ref.field) == ("1", None, "intro")
    assert d.intro[:ref.start].endswith("Antwoorden Algemene Rekenkamer op vragen")


# --- single rules -------------------------------------------------------------

def test_labels_of_every_family_start_paragraphs():
    text = ("Aanhef van de brief. Vraag 1 Kent u het bericht? Antwoord 1 Ja. Vraag 2, 3 4 en 5 Hoeveel boetes "
            "bleven liggen? Antwoord 2, 3, 4 en 5 Ruim 12.000. Vragen 6 tot en met 8 Kunt u dat toelichten? "
            "Antwoord op de vragen 6 tot en met 8: Zie hierboven. ") * 3
    got = paragraphs(text)[:9]
    assert got == [
        "Aanhef van de brief.",
        "Vraag 1\nKent u het bericht?", "Antwoord 1", "Ja.",
        "Vraag 2, 3 4 en 5\nHoeveel boetes bleven liggen?", "Antwoord 2, 3, 4 en 5", "Ruim 12.000.",
        "Vragen 6 tot en met 8\nKunt u dat toelichten?", "Antwoord op de vragen 6 tot en met 8:",
    ]


def test_numbers_continue_the_sequence_or_stay_in_the_text():
    text = ("Beantwoording vragen over het rapport. 1. Hoeveel kost de regeling? Zie Tabel 1 van het rapport. "
            "In 2024 ging het om 2 regelingen. 3. Waarom ontbreekt vraag 2? Dat is een vergissing. "
            "2. Wanneer komt de evaluatie? In 2026. Zie ook 2/16 van de bijlage en vragen1 hierboven.")
    assert paragraphs(text) == [
        "Beantwoording vragen over het rapport.",
        "1. Hoeveel kost de regeling?",
        "Zie Tabel 1 van het rapport. In 2024 ging het om 2 regelingen. 3. Waarom ontbreekt vraag 2? "
        "Dat is een vergissing.",
        "2. Wanneer komt de evaluatie?",
        "In 2026. Zie ook 2/16 van de bijlage en vragen1 hierboven.",
    ]


def test_bare_number_after_a_heading_before_its_answer_label():
    text = ("Vragen en antwoorden 1 Hoeveel huishoudens ontvingen een uitkering? Antwoord: 405.000. "
            "2 Wat kost de verhoging? Antwoord: € 1,1 miljard.")
    assert paragraphs(text) == [
        "Vragen en antwoorden", "1\nHoeveel huishoudens ontvingen een uitkering?", "Antwoord:", "405.000.",
        "2\nWat kost de verhoging?", "Antwoord:", "€ 1,1 miljard.",
    ]


def test_part_labels_inside_a_question_start_lines():
    text = ("De leden van de CDA-fractie hebben onderstaande vragen gesteld: 1. Kan de regering toelichten: "
            "a. welke leveranciers zijn gecontracteerd; b. welke risico's zij ziet? Het overzicht staat in de bijlage.")
    assert paragraphs(text) == [
        "De leden van de CDA-fractie hebben onderstaande vragen gesteld:",
        "1. Kan de regering toelichten:\na. welke leveranciers zijn gecontracteerd;\nb. welke risico's zij ziet?",
        "Het overzicht staat in de bijlage.",
    ]


def test_faction_paragraph_changes_voice_at_the_answer():
    text = ("1. Doel van het wetsvoorstel De leden van de VVD-fractie hebben kennisgenomen van het voorstel. "
            "Deze leden vragen hoeveel huishoudens minder vaak terugbetalen. Naar verwachting zijn dat er 30.000. "
            "Voorts vragen deze leden wat de uitvoering kost. De kosten zijn € 4 miljoen. "
            "De leden van de SP-fractie vragen of de toeslag daalt. Nee.")
    assert paragraphs(text) == [
        "1. Doel van het wetsvoorstel",
        "De leden van de VVD-fractie hebben kennisgenomen van het voorstel. "
        "Deze leden vragen hoeveel huishoudens minder vaak terugbetalen.",
        "Naar verwachting zijn dat er 30.000.",
        "Voorts vragen deze leden wat de uitvoering kost.",
        "De kosten zijn € 4 miljoen.",
        "De leden van de SP-fractie vragen of de toeslag daalt.",
        "Nee.",
    ]


def test_members_voice_after_the_question_mark_stays_in_the_question():
    text = ("De leden van de SP-fractie hebben onderstaande vragen gesteld: 1. Kan de regering reflecteren op de "
            "balans? Naar mening van de leden van de SP-fractie is dat urgent. Defensie weegt dat steeds af. "
            "2. Kan de regering dat toelichten? Ja.")
    got = paragraphs(text)
    assert got[1] == ("1. Kan de regering reflecteren op de balans? Naar mening van de leden van de SP-fractie "
                      "is dat urgent.")
    assert got[2] == "Defensie weegt dat steeds af."


def test_page_numbers_need_a_rising_sequence():
    flat = segment("Eerste pagina tekst. 2/3 Tweede pagina. Een kwart is 1/4 van het geheel. 3/3 Derde pagina.")
    assert [(t, why) for t, _, why in flat.dropped] == [
        ("2/3", "page furniture (page number 2/3)"), ("3/3", "page furniture (page number 3/3)")]
    assert "1/4 van het geheel" in " ".join(p for p, _ in flat.paragraphs)


def test_staten_generaal_footers_and_footnotes_in_one_line():
    text = ("Vraag 1 Kent u het bericht «Boetes blijven liggen»?1 Antwoord 1 Ja. Vraag 2 Wat is de oorzaak? "
            "1 ah-tk-20232024-8888 ISSN 0921 - 7398 ’s-Gravenhage 2024 NOS, 1 maart 2024, «Boetes blijven liggen» "
            "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1 Antwoord 2 Een tekort aan personeel.")
    flat = segment(text)
    assert flat.footnotes == {"1": "NOS, 1 maart 2024, «Boetes blijven liggen»"}
    assert [(t, why) for t, _, why in flat.dropped] == [
        ("ah-tk-20232024-8888", "page furniture (first-page publication block)"),
        ("ISSN 0921 - 7398 ’s-Gravenhage 2024", "page furniture (first-page publication block)"),
        ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1", "page furniture (running footer)"),
    ]
    # ``Antwoord 1 Ja.`` is a label and its answer, not footnote 1
    assert [p for p, _ in flat.paragraphs] == [
        "Vraag 1\nKent u het bericht «Boetes blijven liggen»?1", "Antwoord 1", "Ja.",
        "Vraag 2\nWat is de oorzaak?", "Antwoord 2", "Een tekort aan personeel.",
    ]


# --- other formats ----------------------------------------------------------

def _docx_bytes(paragraphs: list[str]) -> bytes:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("make_docx", SAMPLES / "tools" / "make_docx.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_docx", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.docx_bytes(paragraphs)


def test_a_docx_with_the_whole_letter_in_one_paragraph_is_re_segmented(tmp_path):
    text = (SAMPLES / "lijst-eenregelig.txt").read_text(encoding="utf-8")
    path = tmp_path / "brief.docx"
    path.write_bytes(_docx_bytes([text]))
    d = parsers.parse_path(path)
    assert d.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert [q.id for q in d.questions()] == ["1", "2", "3", "4", "5", "6"]
    assert d.question("4").answer.text.startswith("In de periode 2019-2024 ontvingen Utrecht")
    assert "text without line structure: re-segmented into 11 paragraphs at labels and numbers" in d.report.warnings
    # a footnote found in a DOCX paragraph is set aside with its number
    assert ("De vragen van de Tweede Kamer zijn hier letterlijk weergegeven zoals ze aan de Algemene Rekenkamer "
            "zijn voorgelegd.", "footnote 1") in [(u.text, u.reason) for u in d.report.unplaced]
