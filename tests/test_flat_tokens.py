"""Token rules of the one-line re-segmenter (issue 12), each on a small
one-line text written here: glued page markers and labels, answer labels,
numbers after a question mark, joint labels, headings."""

from __future__ import annotations

import parsers
from parsers.readers.flat import segment


def paragraphs(text: str) -> list[str]:
    return [p for p, _ in segment(text).paragraphs]


def test_page_marker_glued_to_the_next_word_is_cut_and_the_label_found():
    text = ("Brief over het rapport. Vraag 1 Kent u het rapport? Ja. Kop van de lijst 2/3Vraag 2 Wat kost het? "
            "Kop van de lijst 3/3Antwoord 2 Veel geld, en 4/3 blijft.")
    flat = segment(text)
    assert [(t, why) for t, _, why in flat.dropped] == [
        ("2/3", "page furniture (page number 2/3)"), ("3/3", "page furniture (page number 3/3)")]
    assert paragraphs(text) == [
        "Brief over het rapport.", "Vraag 1\nKent u het rapport?", "Ja. Kop van de lijst",
        "Vraag 2\nWat kost het? Kop van de lijst", "Antwoord 2", "Veel geld, en 4/3 blijft."]


def test_page_marker_glued_to_a_lowercase_word_is_cut_too():
    text = "Eerste pagina met tekst. Het budgettaire 2/3beslag van de regeling is groot. Einde 3/3tekst met meer."
    flat = segment(text)
    assert [t for t, _, _ in flat.dropped] == ["2/3", "3/3"]
    assert paragraphs(text) == [
        "Eerste pagina met tekst. Het budgettaire beslag van de regeling is groot. Einde tekst met meer."]
    # a fraction or a total with a unit stays: ``1/4e`` has no rising sequence
    assert segment("Een kwart, 1/4e deel, gaat naar de regio. Rest.").dropped == []


def test_label_glued_to_digits_without_a_page_marker():
    # ``12Vraag 2``: no rising n/m, but a digit before ``Vraag`` is no word
    assert paragraphs("Vraag 1 Kent u het? Ja, zie bladzijde 12Vraag 2 Weet u het? Nee.") == [
        "Vraag 1\nKent u het?", "Ja, zie bladzijde 12", "Vraag 2\nWeet u het?", "Nee."]
    # a letter before it still makes it part of a word
    assert paragraphs("Vraag 1 Kent u het? Ja, de deelVraag 2 hierboven. Nee.") == [
        "Vraag 1\nKent u het?", "Ja, de deelVraag 2 hierboven. Nee."]


def test_bare_answer_label_after_unnumbered_questions():
    # no numbers at all: the run of ``?`` sentences before ``Antwoord`` is the question
    text = ("Hierbij zend ik u de antwoorden. Bent u bekend met het bericht «Kalveren vervoerd»? Antwoord Ja. "
            "Deelt u de mening dat het moet? Zo nee, waarom niet? Antwoord Nee. Ik zet in op Europese regels.")
    assert paragraphs(text) == [
        "Hierbij zend ik u de antwoorden.", "Bent u bekend met het bericht «Kalveren vervoerd»?", "Antwoord", "Ja.",
        "Deelt u de mening dat het moet? Zo nee, waarom niet?", "Antwoord", "Nee. Ik zet in op Europese regels."]
    # ``Antwoord`` after a sentence that asks nothing opens nothing
    assert paragraphs("Hierbij zend ik u de brief. Antwoord Ja, dat is zo.") == [
        "Hierbij zend ik u de brief. Antwoord Ja, dat is zo."]


def test_ocr_letter_for_a_digit_in_a_question_label():
    text = "Vraag I Kunt u dat doen? Antwoord 1 Ja. Vraag 2 Kunt u het sturen? Antwoord 2 Ja, jaarlijks."
    assert paragraphs(text) == [
        "Vraag I\nKunt u dat doen?", "Antwoord 1", "Ja.", "Vraag 2\nKunt u het sturen?", "Antwoord 2",
        "Ja, jaarlijks."]
    # read as 12 only where 12 is the next number
    assert paragraphs("Vraag 1 Kunt u dat doen? Ja. Vraag l5 Kunt u het sturen? Nee.") == [
        "Vraag 1\nKunt u dat doen?", "Ja. Vraag l5 Kunt u het sturen? Nee."]


def test_ocr_speck_before_a_question_number():
    # ``Vraag .1``: a label where that number comes next, and the list reads its number
    text = "Vraag .1 Kunt u dat doen? Ja. Vraag 2 Kunt u het sturen? Nee. Vraag .7 Is dat zo? Ja."
    assert paragraphs(text) == [
        "Vraag .1\nKunt u dat doen?", "Ja.", "Vraag 2\nKunt u het sturen?", "Nee. Vraag .7 Is dat zo? Ja."]
    doc = parsers.parse_text("Antwoorden op vragen van de commissie. " + text, "lijst.txt")
    assert [(q.number, q.text) for q in doc.questions()] == [(1, "Kunt u dat doen?"), (2, "Kunt u het sturen?")]
    assert doc.question("2").answer.text == "Nee. Vraag .7 Is dat zo? Ja."


def test_notes_referred_to_as_n_paren_are_cut_from_the_last_answer():
    text = ("Vraag 1 Kent u het bericht? 1) Antwoord op vraag 1 Ja. Vraag 2 Kent u de cijfers? [2] "
            "Antwoord op vraag 2 Nee. 1) NOS, 11 november 2024, Tekort aan advocaten "
            "(https://nos.nl/a?id=3) [2] CBS, Cijfers 2024")
    flat = segment(text)
    assert flat.footnotes == {"1": "NOS, 11 november 2024, Tekort aan advocaten (https://nos.nl/a?id=3)",
                              "2": "CBS, Cijfers 2024"}
    assert paragraphs(text) == [
        "Vraag 1\nKent u het bericht? 1)", "Antwoord op vraag 1", "Ja.",
        "Vraag 2\nKent u de cijfers? [2]", "Antwoord op vraag 2", "Nee."]
    # ``1)`` printed once (no reference before it) is no note
    assert segment("Vraag 1 Kent u het? Antwoord 1 Ja. 1) Dit is een lijst.").footnotes == {}


def test_bare_number_in_running_text_when_the_next_number_follows_a_sentence_end():
    text = ("Zaaknummer: 2024Z 02011 1 Kent u het bericht «Eigen bijdrage»? Ja. 2 Hoeveel mensen zien af van zorg? "
            "Daar zijn geen cijfers over.")
    assert paragraphs(text) == [
        "Zaaknummer: 2024Z 02011", "1\nKent u het bericht «Eigen bijdrage»?", "Ja.",
        "2\nHoeveel mensen zien af van zorg?", "Daar zijn geen cijfers over."]
    # without a 2 after a sentence end the 1 stays in the text
    assert paragraphs("Zaaknummer: 2024Z 02011 1 Kent u het bericht? Ja, en 2 Hoeveel is het?")[0].startswith(
        "Zaaknummer: 2024Z 02011 1 Kent u")


def test_margin_number_before_the_members_voice_opens_a_question_without_question_mark():
    text = ("2. Doel en reikwijdte 1 De leden van de VVD-fractie vragen hoeveel aanbieders zich moeten registreren. "
            "Antwoord Circa 8.000. 2 Deze leden vragen voorts waarom het Handelsregister niet volstaat. "
            "Het Handelsregister bevat die gegevens niet. 3 Het lid van de BBB-fractie vraagt of er hulp komt. "
            "4 Tot slot vragen deze leden wanneer de wet ingaat. De wet gaat in 2026 in.")
    assert paragraphs(text) == [
        "2. Doel en reikwijdte",
        "1\nDe leden van de VVD-fractie vragen hoeveel aanbieders zich moeten registreren.", "Antwoord",
        "Circa 8.000.",
        "2\nDeze leden vragen voorts waarom het Handelsregister niet volstaat.",
        "Het Handelsregister bevat die gegevens niet.",
        "3\nHet lid van de BBB-fractie vraagt of er hulp komt.",
        "4\nTot slot vragen deze leden wanneer de wet ingaat.", "De wet gaat in 2026 in."]
    # a number after a reference word, or out of sequence, stays in the text
    assert paragraphs("Zie hoofdstuk 1 De leden van de VVD-fractie vragen iets. Zo is het.") == [
        "Zie hoofdstuk 1", "De leden van de VVD-fractie vragen iets.", "Zo is het."]


def test_kamerstuk_footer_and_publication_block_are_furniture():
    text = ("10 De leden van de VVD-fractie vragen of de gegevens openbaar worden. kst-36999-6 Tweede Kamer, "
            "vergaderjaar 2023–2024, 36 999, nr. 6 1 Ja. 11 De leden van de VVD-fractie vragen of de wet wordt "
            "geëvalueerd. Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 2 Ja. Zie Tweede Kamer, "
            "vergaderjaar 2022–2023, 29 911, nr. 379 3 keer.")
    assert [(t, why) for t, _, why in segment(text).dropped] == [
        ("kst-36999-6", "page furniture (first-page publication block)"),
        ("Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 1", "page furniture (running footer)"),
        ("Tweede Kamer, vergaderjaar 2023–2024, 36 999, nr. 6 2", "page furniture (running footer)")]
    # printed once, the same words are a citation (here before the word ``3``): they stay
    assert segment("Zie Tweede Kamer, vergaderjaar 2022–2023, 29 911, nr. 379 3 Hiemstra (2020).").dropped == []


def test_numbered_members_question_after_a_dotted_number_and_the_nota_kind():
    # ``In deze nota … de vragen van de leden.`` is a nota's phrase, not a
    # Kamervragen header ``Vragen van de leden Dobbe en Dijk``
    text = ("NOTA NAAR AANLEIDING VAN HET VERSLAG De regering gaat hieronder in op de vragen van de leden. "
            "1. De leden van de VVD-fractie vragen hoeveel aanbieders zich moeten registreren. Circa 8.000. "
            "2. Deze leden vragen voorts waarom het Handelsregister niet volstaat. Het bevat die gegevens niet.")
    d = parsers.parse_text(text)
    assert d.meta.kind == "nota-naar-aanleiding-van-verslag"
    assert [(q.number, q.text, q.answer.text) for q in d.questions()] == [
        (1, "De leden van de VVD-fractie vragen hoeveel aanbieders zich moeten registreren.", "Circa 8.000."),
        (2, "Deze leden vragen voorts waarom het Handelsregister niet volstaat.", "Het bevat die gegevens niet.")]
    assert parsers.parse_text("Vragen van de leden lid Van Dijk (CDA) aan de minister. Vraag 1 Kent u het? "
                              "Antwoord 1 Ja.").meta.kind == "kamervragen"


def test_joint_question_label_and_the_same_words_as_a_sentence():
    text = ("Vraag 1 Kent u het? Ja. Vragen 2 en 3 Wanneer is het klaar? Welke risico’s zijn er? Niet voor 2035. "
            "Vragen 5 en 6 beantwoorden wij samen. Vraag 4 Weet u het? Nee.")
    assert paragraphs(text) == [
        "Vraag 1\nKent u het?", "Ja.", "Vragen 2 en 3\nWanneer is het klaar? Welke risico’s zijn er?",
        "Niet voor 2035. Vragen 5 en 6 beantwoorden wij samen.", "Vraag 4\nWeet u het?", "Nee."]


def test_answers_repeat_the_bare_numbers_after_the_cover_line():
    text = ("Vragen van het lid Van Gerven (SP) aan de minister. (Ingezonden 10 december 2010) 1 Kent u het bericht? "
            "2 Hoeveel kinderen wachten? Antwoord van staatssecretaris Veldhuijzen (VWS). (Ontvangen 12 januari 2011) "
            "1 Ja. 2 Op 1 december 2010 wachtten 3.456 kinderen.")
    assert paragraphs(text) == [
        "Vragen van het lid Van Gerven (SP) aan de minister. (Ingezonden 10 december 2010)",
        "1\nKent u het bericht?", "2\nHoeveel kinderen wachten?",
        "Antwoord van staatssecretaris Veldhuijzen (VWS). (Ontvangen 12 januari 2011)",
        "1\nJa.", "2\nOp 1 december 2010 wachtten 3.456 kinderen."]
