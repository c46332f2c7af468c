"""Layouts of real question rounds that the first samples did not cover
(issue 12, parser fidelity): OB HTML and XML tables, XML ``<vraag>`` elements
in a lijst, converted PDF text of short documents (page numbers, footnotes at
a page's foot, labels inside paragraphs), memorie van antwoord with parts, a
TK nota numbered through its faction blocks, VSO with a part II of replies or
a ``Reactie van de Staatssecretaris`` after each block, soft hyphens.

Each case is (sample, kind, grammar, factions with their joins, and per
question: id, label, start of the question, start of the answer, joint
numbers, status, section)."""

from __future__ import annotations

import pytest

import parsers
from parsers.readers.markup_tables import CellSpec, grid_rows
from parsers.source import Block
from tests.corpus import SAMPLES

CASES = [
    ("lijst-tabel.html", "lijst-van-vragen-en-antwoorden", "lijst", [(None, [])], [
        ("1", "1", "Hoeveel mensen ontvingen", "In 2025 ontvingen circa 410.000", None, "answered", None),
        ("2", "2", "Hoeveel jongeren zijn er", "Er zijn ongeveer 24.000 jongeren zonder startkwalificatie.\n\n"
                                            "Het aantal daalt al vijf jaar.", None, "answered", None),
        ("3", "3", "Welk deel daarvan heeft werk?", "Ongeveer de helft", [3, 4], "answered", None),
        ("4", "4", "Hoeveel uur per week", "Ongeveer de helft", [3, 4], "answered", None),
        ("5", "5", "Wat kost de aanpak", "Zie antwoord op vraag 3.", None, "by-reference", None),
    ]),
    ("lijst-tabel-bijlage.xml", "lijst-van-vragen-en-antwoorden", "lijst", [(None, [])], [
        ("1", "1", "Hoeveel leraren zijn er in 2025 bijgekomen?", "In 2025 zijn er 1.800", None, "answered", None),
        ("2", "2", "Wat is het lerarentekort", "Het tekort in de G5", None, "answered", None),
        ("3", "3", "Hoeveel scholen hebben", "Het gaat om 170 scholen.", None, "answered", None),
    ]),
    ("lijst-vraag-elementen.xml", "lijst-van-vragen-en-antwoorden", "lijst", [(None, [])], [
        ("1", "Vraag 1", "Hoeveel kilometer file", "In 2025 stond er gemiddeld", None, "answered", None),
        ("2", "Vraag 2 en 3", "Wat kost de verbreding", "De verbreding kost", [2, 3], "answered", None),
        ("3", "Vraag 2 en 3", "Wat kost de verbreding", "De verbreding kost", [2, 3], "answered", None),
        ("4", "Vraag 4", "Hoeveel bruggen", "Zie antwoord op vraag 1.", None, "by-reference", None),
    ]),
    ("lijst-pdftotext.txt", "lijst-van-vragen-en-antwoorden", "lijst", [(None, [])], [
        ("1001", "Vraag 1001", "Hoeveel militairen", "In 2025 zijn 7.400 militairen", None, "answered", None),
        ("1002", "Vraag 1002", "Hoeveel van hen", "Ongeveer 18 procent", None, "answered", None),
        ("1003", "Vraag 1003 en 1004", "Wat kost de verhoging", "De verhoging bedraagt", [1003, 1004], "answered", None),
        ("1004", "Vraag 1003 en 1004", "Wat kost de verhoging", "De verhoging bedraagt", [1003, 1004], "answered",
         None),
        ("1005", "Vraag 1005", "Hoeveel F-35's", "Zie antwoord op vraag 1001.", None, "by-reference", None),
        ("1006", "Vraag 1006", "Hoe staat het", "De eerste onderzeeboot", None, "answered", None),
    ]),
    ("lijst-zachte-afbreekstreepjes.txt", "lijst-van-vragen-en-antwoorden", "lijst", [(None, [])], [
        ("1", "Vraag\xa01", "Hoeveel bedraagt de staatsschuld eind 2025?", "De staatsschuld bedraagt", None,
         "answered", None),
        ("2", "Vraag\xa02", "Hoeveel rente betaalt de Staat in 2026 op de staatsschuld?", "De rentelasten", None,
         "answered", None),
        ("3", "Vraag\xa03", "Welk deel van de schuld", "Zie antwoord op vraag\xa01.", None, "by-reference", None),
    ]),
    ("verslag-lijst-kopjes.txt", "lijst-van-vragen-en-antwoorden", "lijst", [(None, [])], [
        ("1", "1", "Hoeveel projecten", "Het gaat om ongeveer 140 projecten tot 2030.", None, "answered", None),
        ("2", "2", "Hoeveel tijd wint", "Gemiddeld wordt 18 maanden gewonnen.", None, "answered", None),
        ("3", "3", "Blijft de mogelijkheid", "Ja. Beroep blijft mogelijk", None, "answered", "1. Procedure"),
        ("4", "4", "Wanneer treedt de wet", "Zie antwoord op vraag 2.", None, "by-reference", "1. Procedure"),
    ]),
    ("memorie-van-antwoord-pdftotext.txt", "memorie-van-antwoord", "nota-prose",
     [("VVD", []), ("JA21", []), ("PvdD", []), ("JA21", [])], [
        ("VVD-1", None, "De leden van de VVD-fractie vragen de regering:\n\na. hoeveel", "Ad a. In 2025 hebben 11.200",
         None, "answered", "1. Doel van het wetsvoorstel"),
        ("JA21-1", None, "De leden van de JA21-fractie vragen of", "De regering is niet van plan", None, "answered",
         "1. Doel van het wetsvoorstel"),
        ("PvdD-1", None, "De leden van de PvdD-fractie vragen hoe de gemeenten worden ondersteund",
         "Gemeenten ontvangen in 2026", None, "answered", "2. Uitvoering"),
        ("JA21-2", None, "De leden van de JA21-fractie vragen wanneer", "De regering streeft naar", None, "answered",
         "2. Uitvoering"),
    ]),
    ("nota-ek-pdftotext.txt", "nota-naar-aanleiding-van-verslag", "nota-numbered",
     [("PVV", []), ("GroenLinks-PvdA", [])], [
        ("PVV-1", "1.", "Hoeveel bruggen en viaducten", "Het gaat om ongeveer 1.100", None, "answered", None),
        ("PVV-2", "2.", "Kan de regering aangeven hoeveel geld", "Voor vervanging en renovatie", None, "answered",
         None),
        ("GroenLinks-PvdA-1", "1.", "Hoe verhoudt de ambitie", "De bezuinigingen raken", None, "answered", None),
        ("GroenLinks-PvdA-2", "2.", "Welke stations", "Zie antwoord vraag 1.", None, "by-reference", None),
    ]),
    ("nota-ek.xml", "nota-naar-aanleiding-van-verslag", "nota-numbered", [("GroenLinks-PvdA", []), ("BBB", [])], [
        ("GroenLinks-PvdA-1", "1.", "Hoeveel gemeenten", "In 2025 hebben 212", None, "answered", None),
        ("GroenLinks-PvdA-2", "2.", "Kan de regering aangeven:\na. hoe hoog", "De uitvoeringskosten", None,
         "answered", None),
        ("GroenLinks-PvdA-3", "3.", "Wanneer verschijnt", "De evaluatie verschijnt", None, "answered", None),
        ("BBB-1", "1.", "Hoe verklaart de regering", "De stijging komt", None, "answered", None),
        ("BBB-2", "2.", "Is de regering bereid", "Nee. Zie ook het antwoord op vraag 1.", None, "answered", None),
    ]),
    ("nota-ek-antwoordlabels.txt", "nota-naar-aanleiding-van-verslag", "nota-numbered", [("CDA", []), ("SP", [])], [
        ("CDA-1", "1.", "Hoeveel agenten", "In 2025 zijn er 1.100 agenten bijgekomen.", None, "answered", None),
        ("CDA-2", "2.", "Wanneer is de formatie", "Naar verwachting in 2029.", None, "answered", None),
        ("SP-1", "1.", "Hoe lang duurt het", "Gemiddeld duurt het 21 dagen.", None, "answered", None),
        ("SP-2", "2.", "Welke maatregelen", "Zie het antwoord op vraag 1.", None, "by-reference", None),
    ]),
    ("nota-tk-doorlopend.md", "nota-naar-aanleiding-van-verslag", "nota-numbered",
     [("VVD", []), ("GroenLinks-PvdA", []), ("CDA", [])], [
        ("VVD-1", "1.", "De leden van de VVD-fractie", "In 2025 zijn 9.600", None, "answered",
         "1. Vragen van de leden van de VVD-fractie"),
        ("VVD-2", "2.", "Deze leden vragen voorts", "Ongeveer 7 procent", None, "answered",
         "1. Vragen van de leden van de VVD-fractie"),
        ("GroenLinks-PvdA-3", "3.", "De leden van de GroenLinks-PvdA-fractie", "De regering wil de ratio", [3, 4],
         "answered", "2. Vragen van de leden van de GroenLinks-PvdA-fractie"),
        ("GroenLinks-PvdA-4", "4.", "Deze leden vragen daarbij", "De regering wil de ratio", [3, 4], "answered",
         "2. Vragen van de leden van de GroenLinks-PvdA-fractie"),
        ("CDA-5", "5.", "De leden van de CDA-fractie", "Zie het antwoord op vraag 2.", None, "by-reference",
         "3. Vragen van de leden van de CDA-fractie"),
    ]),
    ("nota-tk-cursief.html", "nota-naar-aanleiding-van-verslag", "nota-prose",
     [("GroenLinks-PvdA", []), ("VVD", []), ("BBB", ["VVD"])], [
        ("GroenLinks-PvdA-1", None, "De leden van de GroenLinks-PvdA-fractie", "Op 1 januari 2026", None, "answered",
         "1. Algemeen"),
        ("GroenLinks-PvdA-2", None, "Deze leden vragen voorts", "Nee. Gemeenten", None, "answered", "1. Algemeen"),
        ("VVD-1", None, "De leden van de VVD-fractie vragen hoe gemeenten kunnen handhaven. De leden van de "
                        "BBB-fractie sluiten zich bij deze vraag aan.",
         "Gemeenten kunnen een last onder dwangsom of een bestuurlijke boete opleggen.\n\n"
         "Ook kunnen zij de vergunning intrekken.", None, "answered", "2. Handhaving"),
    ]),
    ("nota-tk-zelfde-alinea.txt", "nota-naar-aanleiding-van-verslag", "nota-prose",
     [("VVD", []), ("D66", []), ("SP", [])], [
        ("VVD-1", None, "De leden van de VVD-fractie vragen hoeveel klachten het Kifid in 2025 heeft ontvangen.",
         "Het Kifid heeft in 2025 ongeveer 8.400 klachten ontvangen, 12 procent meer dan in 2024.", None,
         "answered", "1. Algemeen"),
        ("D66-1", None, "De leden van de D66-fractie vragen of", "De regering is daartoe niet voornemens. De huidige",
         None, "answered", "1. Algemeen"),
        ("SP-1", None, "De leden van de SP-fractie vragen wat", "Kleine aanbieders krijgen", None, "answered",
         "1. Algemeen"),
    ]),
    ("verslag-schriftelijk-overleg-delen.txt", "verslag-schriftelijk-overleg", "nota-prose",
     [("VVD", []), ("GroenLinks-PvdA", [])], [
        ("VVD-1", None, "De leden van de VVD-fractie hebben kennisgenomen", "Nederland steunt de herziening", None,
         "answered", None),
        ("VVD-2", None, "Voorts vragen deze leden", "De uitkomsten van de impactanalyse", None, "answered", None),
        ("GroenLinks-PvdA-1", None, "De leden van de GroenLinks-PvdA-fractie", "Ja. Nederland zet zich", None,
         "answered", None),
    ]),
    ("verslag-schriftelijk-overleg-onderwerpen.txt", "verslag-schriftelijk-overleg", "nota-prose",
     [("VVD", []), ("D66", []), ("CDA", [])], [
        ("VVD-1", None, "De leden van de VVD-fractie hebben kennisgenomen", "De Raad bespreekt", None, "answered",
         "Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersoon / Algemeen"),
        ("D66-1", None, "De leden van de D66-fractie vragen of", "Ja. Nederland zet zich daarvoor in.", None,
         "answered", "Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersoon / Algemeen"),
        ("CDA-1", None, "De leden van de CDA-fractie vragen hoeveel", "Nederland draagt in 2026 € 500 miljoen bij.",
         None, "answered", "Oekraïne"),
    ]),
    ("verslag-schriftelijk-overleg-reactie.html", "verslag-schriftelijk-overleg", "nota-prose",
     [("NSC", []), ("D66", []), ("SP+PvdD", [])], [
        ("NSC-1", None, "De leden van de NSC-fractie hebben met zorg", "Op 1 december 2025 wachtten nog 11.400 "
         "gedupeerden op een integrale beoordeling.\n\nIk kan niet toezeggen", None, "answered",
         "I. Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersoon"),
        ("D66-1", None, "De leden van de D66-fractie vragen", "De Commissie Werkelijke Schade", None, "answered",
         "I. Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersoon"),
        ("SP+PvdD-1", None, "De leden van de fracties van SP en PvdD", "Publieke schulden", None, "answered",
         "I. Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersoon"),
    ]),
]


@pytest.mark.parametrize("name,kind,grammar,factions,questions", CASES, ids=[c[0] for c in CASES])
def test_layout_facts(name, kind, grammar, factions, questions):
    d = parsers.parse_path(SAMPLES / name)
    assert (d.meta.kind, d.report.grammar) == (kind, grammar)
    assert [(f.name, f.joins) for f in d.factions] == factions
    got = d.questions()
    assert [q.id for q in got] == [q[0] for q in questions]
    for q, (qid, label, q_start, a_start, joint, status, section) in zip(got, questions):
        assert q.label == label, qid
        assert q.text.startswith(q_start), (qid, q.text)
        assert q.answer is not None and q.answer.text.startswith(a_start), (qid, q.answer and q.answer.text)
        assert (q.answer.joint, q.answer.status, q.section) == (joint, status, section), qid
    assert d.report.accounting.words_lost == 0
    assert not [c.code for c in d.report.checks if c.code not in ("numbering-start", "joint-by-position")]


def test_table_reference_columns_and_header_stay_out_of_answers():
    d = parsers.parse_path(SAMPLES / "lijst-tabel-bijlage.xml")
    assert d.question("2").text == "Wat is het lerarentekort in het primair onderwijs in de G5?\n\nBijlage 3\n\n45"
    assert d.question("2").answer.label == "Antwoord:"
    assert d.question("2").answer.text == "Het tekort in de G5 bedraagt 14 procent van de formatie."
    assert d.intro.endswith("Nr | Vraag | Bijlage | Blz. (van) | t/m")


def test_html_table_rowspan_answers_both_rows_once():
    d = parsers.parse_path(SAMPLES / "lijst-tabel.html")
    q3, q4 = d.question("3"), d.question("4")
    assert (q3.answer.label, q3.answer.shared_with, q4.answer.shared_with) == ("Antwoord 3 en 4", None, "3")
    assert d.closing == "De voorzitter van de commissie,\nLéon de Jong\n\nDe griffier van de commissie,\nPost"


def test_converted_pdf_page_furniture_and_footnotes():
    d = parsers.parse_path(SAMPLES / "nota-ek-pdftotext.txt")
    assert d.footnotes == {"1": "Zie de Staat van de Infrastructuur 2025, Kamerstuk 29 385, nr. 130."}
    # the answer runs on over the page break, without the footer, page number or footnote
    assert d.question("PVV-2").answer.text == (
        "Voor vervanging en renovatie is tot en met 2036 € 7,2 miljard gereserveerd. Dat bedrag is niet "
        "voldoende om alle objecten op tijd te vervangen; de regering maakt daarom keuzes op basis van risico.")
    reasons = [(u.text, u.reason) for u in d.report.unplaced]
    assert ("1", "page furniture (page number)") in reasons and ("3", "page furniture (page number)") in reasons
    assert d.closing == "De Minister van Infrastructuur en Waterstaat,\n\nR. Tieman"
    lijst = parsers.parse_path(SAMPLES / "lijst-pdftotext.txt")
    assert lijst.question("1003").answer.text.endswith("gezamenlijke Europese aankopen via het Europees "
                                                       "Defensieagentschap.")
    assert lijst.question("1003").answer.label == "Antwoord 1003 en 1004"
    assert not lijst.intro.endswith("1")


def test_memorie_van_antwoord_typesetting():
    d = parsers.parse_path(SAMPLES / "memorie-van-antwoord-pdftotext.txt")
    assert d.question("JA21-1").text.endswith("Deze leden vragen daarbij ook welke budgettaire gevolgen dat zou "
                                              "hebben.")
    assert "deelnamebereidheid" in d.question("JA21-1").answer.text
    assert "Een ontheffing is verleend" in d.question("VVD-1").answer.text  # the ﬃ ligature
    assert d.closing == "De Staatssecretaris van Sociale Zaken en Werkgelegenheid,\n\nJ.N.J. Nobel"
    assert [h.text for h in d.headings] == ["1. Doel van het wetsvoorstel", "2. Uitvoering"]


def test_xml_signature_names_and_through_numbered_xrefs():
    assert parsers.parse_path(SAMPLES / "nota-ek.xml").closing == (
        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nF. Rijkaart")
    d = parsers.parse_path(SAMPLES / "nota-tk-doorlopend.md")
    assert [(x.from_, x.to) for x in d.xrefs] == [("CDA-5", "VVD-2")]


def test_closing_formula_and_fractie_van_de_block_heading():
    d = parsers.parse_path(SAMPLES / "nota-ek-antwoordlabels.txt")
    assert d.question("SP-2").answer.text == "Zie het antwoord op vraag 1."
    assert d.closing.startswith("Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.\n\nDe Minister")
    assert [f.heading for f in d.factions] == ["Vragen en opmerkingen van de leden van de CDA-fractie",
                                               "Vragen en opmerkingen van de leden van de fractie van de SP"]
    assert [q.answer.label for q in d.questions()] == ["Antwoord"] * 4


def test_vso_reply_labels():
    d = parsers.parse_path(SAMPLES / "verslag-schriftelijk-overleg-reactie.html")
    assert [q.answer.label for q in d.questions()] == ["Reactie van de Staatssecretaris"] * 3
    assert d.question("NSC-1").text.endswith("Tevens vragen deze leden of de Staatssecretaris kan toezeggen dat "
                                             "de termijn van twee jaar niet wordt overschreden.")
    d = parsers.parse_path(SAMPLES / "verslag-schriftelijk-overleg-delen.txt")
    assert d.question("VVD-1").answer.label == "Reactie op de vragen en opmerkingen van de leden van de VVD-fractie"


# -- smaller corpora: (name, input, expected) ---------------------------------

def _b(text: str) -> list[Block]:
    return [Block(text=text)]


GRID = [
    ("rowspan covers the next row", [[CellSpec(_b("3")), CellSpec(_b("Q3")), CellSpec(_b("A"), more_rows=1)],
                                     [CellSpec(_b("4")), CellSpec(_b("Q4"))]],
     [[("3", None), ("Q3", None), ("A", "restart")], [("4", None), ("Q4", None), ("", "continue")]]),
    ("a covered first column", [[CellSpec(_b("Thema"), more_rows=1), CellSpec(_b("1")), CellSpec(_b("Q1"))],
                                [CellSpec(_b("2")), CellSpec(_b("Q2"))]],
     [[("Thema", "restart"), ("1", None), ("Q1", None)], [("", "continue"), ("2", None), ("Q2", None)]]),
    ("a spanning cell keeps its span", [[CellSpec(_b("Antwoord: ja"), span=3)], [CellSpec(_b("5"))]],
     [[("Antwoord: ja", None)], [("5", None)]]),
    ("CALS column names place a cell", [[CellSpec(_b("x"), col=2)]], [[("x", None)]]),
]


@pytest.mark.parametrize("name,rows,expected", GRID, ids=[g[0] for g in GRID])
def test_grid_rows(name, rows, expected):
    assert [[(c.text, c.merge) for c in row] for row in grid_rows(rows)] == expected


JOINS = [
    ("split verb", "De leden van de PVV-fractie sluiten zich bij deze vragen aan.", ("PVV", [], True)),
    ("named target, split verb", "De leden van de BBB-fractie sluiten zich bij de vragen van de VVD-fractie aan.",
     ("BBB", ["VVD"], True)),
    ("hierbij", "De leden van de SGP-fractie sluiten zich hierbij aan.", ("SGP", [], True)),
    ("join in a later sentence is not the asker's", "De leden van de VVD-fractie vragen hoe het zit. "
                                                    "De leden van de BBB-fractie sluiten zich hierbij aan.", None),
    ("reply heading of a VSO part II", "Reactie op de vragen en opmerkingen van de leden van de VVD-fractie",
     ("VVD", [], False)),
    ("block of two factions", "Vragen en opmerkingen van de leden van de fracties van SP en PvdD",
     ("SP+PvdD", [], False)),
]


@pytest.mark.parametrize("name,text,expected", JOINS, ids=[j[0] for j in JOINS])
def test_faction_headings_and_joins(name, text, expected):
    from parsers.recognise.factions import faction_heading

    ref = faction_heading(text)
    assert (ref and (ref.name, ref.joins, ref.joining)) == expected


HEAD = "Tweede Kamer der Staten-Generaal\n\nNr. 7 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 3 maart 2026\n\n"
TEXTS = [
    ("soft hyphen inside a word", HEAD + "Vraag 1\nWat kost de staats\u00adschuld?\n\nAntwoord 1\nVeel.\n",
     ("Wat kost de staatsschuld?", "Veel.")),
    ("soft hyphen at a line end", HEAD + "Vraag 1\nWat kost de staats\u00ad\nschuld?\n\nAntwoord 1\nVeel.\n",
     ("Wat kost de staatsschuld?", "Veel.")),
    ("labels inside one paragraph", HEAD + "Vraag 1\nWat kost het?\nAntwoord 1\nVeel.\n",
     ("Wat kost het?", "Veel.")),
    ("ligatures", HEAD + "Vraag 1\nWie krijgt een onthe\ufb03ng?\n\nAntwoord 1\nDe \ufb01nanciering is \ufb02exibel.\n",
     ("Wie krijgt een ontheffing?", "De financiering is flexibel.")),
]


@pytest.mark.parametrize("name,text,expected", TEXTS, ids=[t[0] for t in TEXTS])
def test_text_artefacts(name, text, expected):
    q = parsers.parse_text(text).question("1")
    assert (q.text, q.answer.text) == expected


def test_pdf_table_read_per_column_over_page_breaks():
    d = parsers.parse_path(SAMPLES / "lijst-kolommen.pdf")
    assert (d.meta.kind, d.report.grammar) == ("lijst-van-vragen-en-antwoorden", "lijst")
    qs = d.questions()
    assert [q.id for q in qs] == [str(n) for n in range(1, 13)]
    assert not [c.code for c in d.report.checks]
    for q in qs:
        n = int(q.id)
        assert q.text == ["Hoeveel mensen ontvingen in 2025 een bijstandsuitkering?",
                          "Hoeveel jongeren zijn er zonder startkwalificatie?",
                          "Welk deel daarvan heeft werk?",
                          "Wat kost de aanpak van jeugdwerkloosheid in 2026?"][(n - 1) % 4]
        assert q.answer.label == "Antwoord"
    # the answers that run on to the next page (under a repeated header) are whole
    assert d.question("7").answer.text.endswith("waarvoor € 40 miljoen beschikbaar is. Die aanpak wordt in 2028 "
                                                "geëvalueerd, zodat uw Kamer dan kan beoordelen of zij werkt.")
    assert d.question("9").answer.text == ("In 2025 ontvingen circa 410.000 mensen een bijstandsuitkering. "
                                           "Dat is 2 procent minder dan in 2024.")
    assert d.question("8").answer.status == "by-reference"
    assert d.intro.endswith("Nr | Vraag | Antwoord")
    assert d.closing == "De voorzitter van de commissie,\n\nLéon de Jong\n\nDe griffier van de commissie,\n\nPost"


INLINE = [
    ("answer after the asking sentence", "De leden van de VVD-fractie vragen hoeveel het kost. Het kost € 5 miljoen.",
     ("De leden van de VVD-fractie vragen hoeveel het kost.", "Het kost € 5 miljoen.")),
    ("the paragraph ends asking", "In de brief staat dat het duurder wordt. De leden van de VVD-fractie vragen "
                                  "waarom.", None),
    ("context about the askers after the question", "De leden van de SP-fractie vragen waarom. Zij vinden dat "
                                                    "onbegrijpelijk.", None),
    ("a later question", "De leden van de CDA-fractie vragen wat het kost. Het is duur. Kan de regering dat "
                         "toelichten?", None),
    ("no asking sentence at all", "De leden van de PVV-fractie hebben kennisgenomen van het wetsvoorstel. Het is "
                                  "een goed voorstel.", None),
]


@pytest.mark.parametrize("name,text,expected", INLINE, ids=[i[0] for i in INLINE])
def test_answer_inside_the_question_paragraph(name, text, expected):
    from parsers.recognise.prose import inline_answer

    assert inline_answer(text) == expected


NOTA = "Tweede Kamer der Staten-Generaal\n\nNr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 3 maart 2026\n\n"


def test_join_in_a_paragraph_of_its_own_keeps_the_answer():
    d = parsers.parse_text(NOTA + "1. Handhaving\n\nDe leden van de VVD-fractie vragen hoe gemeenten kunnen "
                                  "handhaven.\n\nDe leden van de BBB-fractie sluiten zich bij deze vraag aan.\n\n"
                                  "Gemeenten kunnen een boete opleggen.\n")
    assert [(f.name, f.joins) for f in d.factions] == [("VVD", []), ("BBB", ["VVD"])]
    assert d.factions[1].heading == "De leden van de BBB-fractie sluiten zich bij deze vraag aan."
    assert d.question("VVD-1").answer.text == "Gemeenten kunnen een boete opleggen."


def test_bare_numbers_asked_together():
    d = parsers.parse_text(HEAD + "1\nHoeveel boeren stopten?\n\nAntwoord:\nHet waren er 1.900.\n\n"
                                  "2 en 3\nHoeveel kreeg een regeling? Wat kostte die?\n\nAntwoord:\n"
                                  "Het waren er 650, voor € 1,3 miljard.\n")
    assert [(q.id, q.label, q.answer.joint) for q in d.questions()] == [
        ("1", "1", None), ("2", "2 en 3", [2, 3]), ("3", "2 en 3", [2, 3])]


def _raw_pdftotext_lijst(count: int) -> str:
    """A lijst as pdftotext prints it: no blank lines between paragraphs, a
    footer and its page number after every page, and the first page ending
    right after question 8's number."""
    lines = [x for x in HEAD.split("\n") if x]
    for n in range(1, count + 1):
        lines += [str(n), f"Wat is de stand van zaken van project nummer {n} in de uitvoering van de",
                  "begroting voor dit jaar?", "Antwoord:", f"Project {n} ligt op schema. De kosten bedragen € {n} "
                  "miljoen.", "Over de voortgang wordt uw Kamer geïnformeerd in de jaarlijkse rapportage."]
    per_page = lines.index("8") + 1
    out, page = [], 1
    for i, line in enumerate(lines, start=1):
        out.append(line)
        if i % per_page == 0:
            out += ["", "Tweede Kamer, vergaderjaar 2025–2026, 36 600 VII, nr. 14", "", str(page), "", "\f"]
            page += 1
    return "\n".join(out)


def test_question_number_right_above_a_footer_is_no_page_number():
    text = _raw_pdftotext_lijst(30)
    # some page ends right after a question's number: that number is the question's, the page's own follows
    assert any(f"\n{n}\n\nTweede Kamer" in text for n in range(1, 31))
    d = parsers.parse_text(text)
    assert [q.id for q in d.questions()] == [str(n) for n in range(1, 31)]
    assert all(q.answer.text.startswith(f"Project {q.id} ligt op schema.") for q in d.questions())
    assert not [c.code for c in d.report.checks]
    assert {u.reason for u in d.report.unplaced} == {"page furniture (running footer)",
                                                     "page furniture (page number)"}


def test_column_heads_of_a_table_are_no_question():
    d = parsers.parse_text(HEAD + "Nr\n\nVraag\n\nAntwoord\n\n1\n\nHoeveel boeren stopten?\n\nHet waren er 1.900.\n")
    assert [(q.id, q.text, q.answer.text) for q in d.questions()] == [
        ("1", "Hoeveel boeren stopten?", "Het waren er 1.900.")]
