"""The DOCX reader on layout: tables, text boxes, headers, footnotes and endnotes."""

from __future__ import annotations

from parsers.readers.docx import read_docx
from tests.test_reader_docx import make_docx

P, R, C, T, Box, docx_bytes = make_docx.P, make_docx.R, make_docx.C, make_docx.T, make_docx.Box, make_docx.docx_bytes


def texts(src):
    return [b.text for b in src.blocks]


def roles(src):
    return [(b.role, b.label, b.text) for b in src.blocks]


# -- tables ----------------------------------------------------------------

def test_question_answer_table_gives_number_question_and_answer_apart():
    table = T([
        ["Nr.", "Vraag", "Antwoord"],
        ["1", "Hoeveel kost het?", "€ 12 miljoen."],
        ["2", C(["Wanneer is het klaar?", "En wie betaalt?"]), C(["In 2026.", "Het Rijk."])],
    ])
    src = read_docx(docx_bytes([table]), "qa.docx")
    assert roles(src) == [
        (None, None, "Nr. | Vraag | Antwoord"),
        ("question-label", "1", "Hoeveel kost het?"),
        ("answer-label", "Antwoord", "€ 12 miljoen."),
        ("question-label", "2", "Wanneer is het klaar?"),
        ("question", None, "En wie betaalt?"),
        ("answer-label", "Antwoord", "In 2026."),
        ("answer", None, "Het Rijk."),
    ]


def test_merged_answer_cell_answers_every_question_it_spans_once():
    table = T([
        ["Nr", "Vraag", "Antwoord"],
        ["3", "Waarom?", C(["Omdat het moest."], vmerge="restart")],
        ["4", "Sinds wanneer?", C([], vmerge="continue")],
        ["5", "Hoe vaak?", C([], vmerge="continue")],
        ["6", "Wie?", "De minister."],
    ])
    src = read_docx(docx_bytes([table]), "vm.docx")
    assert roles(src)[1:] == [
        ("question-label", "3", "Waarom?"),
        ("question-label", "4", "Sinds wanneer?"),
        ("question-label", "5", "Hoe vaak?"),
        ("answer-label", "Antwoord 3, 4 en 5", "Omdat het moest."),
        ("question-label", "6", "Wie?"),
        ("answer-label", "Antwoord", "De minister."),
    ]
    assert sum(b.text == "Omdat het moest." for b in src.blocks) == 1


def test_theme_row_spanning_the_table_is_a_heading_between_questions():
    table = T([
        ["Nr", "Vraag", "Antwoord"],
        [C(["Thema: water"], span=3)],
        ["1", "Is het droog?", "Nee."],
    ])
    src = read_docx(docx_bytes([table]), "th.docx")
    assert [(b.text, b.heading, b.role) for b in src.blocks[1:]] == [
        ("Thema: water", True, None), ("Is het droog?", False, "question-label"), ("Nee.", False, "answer-label"),
    ]


def test_question_answer_table_without_number_column_or_header():
    no_nr = T([["Vraag", "Antwoord"], ["1. Klopt dat?", "Ja."], ["Waarom?", "Daarom."]])
    src = read_docx(docx_bytes([no_nr]), "nonr.docx")
    assert [(b.role, b.label) for b in src.blocks[1:]] == [
        ("question-label", "1"), ("answer-label", "Antwoord"), ("question-label", "2"), ("answer-label", "Antwoord"),
    ]
    assert src.warnings == ["table row without a question number at line 5; numbered 2 by position"]
    headerless = T([["1", "Kunt u dat uitleggen?", "Ja."], ["2", "Wanneer komt de brief?", "In mei."]])
    src = read_docx(docx_bytes([headerless]), "hl.docx")
    assert roles(src) == [
        ("question-label", "1", "Kunt u dat uitleggen?"), ("answer-label", "Antwoord", "Ja."),
        ("question-label", "2", "Wanneer komt de brief?"), ("answer-label", "Antwoord", "In mei."),
    ]


def test_field_rows_data_tables_and_layout_tables():
    letterhead = T([
        [C(["Aan de Voorzitter van de Tweede Kamer", "Postbus 20018"], span=2)],
        ["Datum", "12 maart 2024"],
        ["Betreft:", "Antwoord op vragen van het lid Jansen (SP)"],
    ])
    figures = T([["Jaar", "Bedrag"], ["2023", "€ 5 mln"], ["2024", "€ 7 mln"]])
    title = T([[C(["TWEEDE KAMER DER STATEN-GENERAAL"]), "2"], [C(["Vergaderjaar 2024-2025"], span=2)],
               ["36 278", "Wijziging van de Wet kwaliteit"], ["Nr. 32", "MOTIE VAN HET LID JANSEN"]])
    src = read_docx(docx_bytes([letterhead, figures, title]), "t.docx")
    assert texts(src) == [
        "Aan de Voorzitter van de Tweede Kamer", "Postbus 20018",
        "Datum 12 maart 2024",
        "Betreft: Antwoord op vragen van het lid Jansen (SP)",
        "Jaar | Bedrag", "2023 | € 5 mln", "2024 | € 7 mln",
        # a Kamerstuk title block: cells stay lines, as the header readers expect
        "TWEEDE KAMER DER STATEN-GENERAAL", "2", "Vergaderjaar 2024-2025", "36 278", "Wijziging van de Wet kwaliteit", "Nr. 32", "MOTIE VAN HET LID JANSEN",
    ]
    assert src.meta == {"date": "2024-03-12"}


def test_nested_tables_and_merged_cells_lose_and_double_nothing():
    inner = T([["Jaar", "Aantal"], ["2023", "41"], ["2024", "57"]])
    outer = T([
        [C(["Kop over twee kolommen"], span=2)],
        [C(["Links boven", inner]), C(["Rechts"], vmerge="restart")],
        ["Links onder", C([], vmerge="continue")],
    ])
    src = read_docx(docx_bytes([outer, "Na de tabel"]), "n.docx")
    assert texts(src) == [
        "Kop over twee kolommen",
        "Links boven", "Jaar | Aantal", "2023 | 41", "2024 | 57", "Rechts",
        "Links onder",
        "Na de tabel",
    ]


# -- text boxes and headers --------------------------------------------------

def test_text_box_is_read_once_from_alternate_content():
    data = docx_bytes([Box(["Ministerie van Financiën", "Datum", "12 maart 2024"], runs=["Anker"]), "Tekst"])
    src = read_docx(data, "box.docx")
    assert texts(src) == ["Anker", "Ministerie van Financiën", "Datum 12 maart 2024", "Tekst"]
    assert src.meta["date"] == "2024-03-12"


def test_first_page_header_is_the_letterhead_and_running_headers_are_furniture():
    first = [Box(["Ministerie van Justitie en Veiligheid", "Datum", "24 maart 2024", "Ons kenmerk", "5303168"])]
    running = [Box(["Datum", "24 maart 2024", "Ons kenmerk", "5303999"]), P(["Pagina 2 van 3"])]
    footer = [P(["Pagina 1 van 3"]), P(["VERTROUWELIJK"])]
    data = docx_bytes(["Geachte voorzitter,"], headers={"first": first, "default": running},
                      footers={"default": footer}, title_page=True)
    src = read_docx(data, "h.docx")
    assert texts(src) == ["Ministerie van Justitie en Veiligheid", "Datum 24 maart 2024", "Ons kenmerk 5303168",
                          "Geachte voorzitter,"]
    # repeated lines and page numbers are left out; what only the running parts say is set aside, with a reason
    assert src.dropped == [("Ons kenmerk 5303999", None, "page furniture (running header)"),
                           ("VERTROUWELIJK", None, "page furniture (running footer)")]
    assert src.meta == {"date": "2024-03-24"}


def test_without_title_page_the_default_header_is_the_letterhead():
    data = docx_bytes(["Tekst"], headers={"default": [P(["Tweede Kamer der Staten-Generaal"])],
                                          "first": [P(["Niet getoond"])]})
    src = read_docx(data, "d.docx")
    assert texts(src) == ["Tweede Kamer der Staten-Generaal", "Tekst"]
    assert src.dropped == []  # a first-page header without w:titlePg is never shown


def test_two_different_letter_dates_set_no_date():
    data = docx_bytes([T([["Datum", "12 maart 2024"]]), T([["Datum", "13 maart 2024"]])])
    assert read_docx(data, "dd.docx").meta == {}


# -- footnotes and endnotes ----------------------------------------------------

def test_footnote_positions_are_recorded_and_marks_leave_no_trace():
    data = docx_bytes([
        "Inleiding",
        P(["Zie het rapport", R("", footnote=4), " van maart en de brief", R("", footnote=9), "."]),
        P([R("", footnote=12)]),  # a paragraph of only a reference: the mark belongs to the text before
    ], footnotes={4: "Rapport A.", 9: "Brief B.", 12: "Noot C."})
    src = read_docx(data, "f.docx")
    assert texts(src) == ["Inleiding", "Zie het rapport van maart en de brief."]
    assert src.footnotes == {"1": "Rapport A.", "2": "Brief B.", "3": "Noot C."}
    assert src.footnote_refs == [(1, 15, "1"), (1, 37, "2"), (1, 38, "3")]
    text = src.blocks[1].text
    assert text[:15] == "Zie het rapport" and text[:37].endswith("de brief")


def test_custom_marks_endnotes_and_numbering_start():
    settings_free = docx_bytes([
        P(["Eerste", R("", footnote=2, custom="*"), " en tweede", R("", footnote=3), "."]),
        P(["Slot", R("", endnote=5), "."]),
    ], footnotes={2: "Sterretje.", 3: "Gewone noot."}, endnotes={5: "Eindnoot."})
    src = read_docx(settings_free, "c.docx")
    assert texts(src) == ["Eerste en tweede.", "Slot."]
    assert src.footnotes == {"*": "Sterretje.", "1": "Gewone noot.", "i": "Eindnoot."}
    assert src.footnote_refs == [(0, 6, "*"), (0, 16, "1"), (1, 4, "i")]


def test_bold_label_with_a_footnote_stays_bold():
    src = read_docx(docx_bytes([P([R("Vraag 1", bold=True), R("", footnote=1)])], footnotes={1: "N."}), "b.docx")
    assert [(b.text, b.bold) for b in src.blocks] == [("Vraag 1", True)]
