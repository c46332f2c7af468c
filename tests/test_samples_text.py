"""Exact parse facts of the text samples in samples/ (no ../shared needed)."""

from __future__ import annotations

import datetime as dt

import pytest

import parsers
from tests.corpus import SAMPLES


def parse(name: str):
    return parsers.parse_path(SAMPLES / name)


def shape(doc):
    return [(f.name, [q.id for q in f.questions]) for f in doc.factions]


def test_memorie_van_antwoord():
    d = parse("memorie-van-antwoord-ek.txt")
    assert d.meta.kind == "memorie-van-antwoord"
    assert (d.meta.house, d.meta.dossier, d.meta.document_letter) == ("Eerste Kamer", "36512", "C")
    assert d.meta.publication_id == "kst-36512-C"
    assert d.meta.date == dt.date(2026, 3, 12)
    assert shape(d) == [("VVD", ["VVD-1"]), ("GroenLinks-PvdA", ["GroenLinks-PvdA-1"]),
                        ("SP", ["SP-1"]), ("VVD", ["VVD-2"])]
    vvd1, sp1 = d.question("VVD-1"), d.question("SP-1")
    assert vvd1.section == "1. Doel van het wetsvoorstel"
    assert sp1.section == "2. Uitvoering"
    assert sp1.text.endswith("Zij vragen ook welke kosten daarmee gemoeid zijn.")
    assert vvd1.answer.text.startswith("Naar verwachting krijgen 30.000 huishoudens")
    assert d.question("VVD-2").answer.text.startswith("Over de eerste resultaten")
    assert d.intro.endswith("Waar vragen samenhangen, zijn zij samen beantwoord.")
    assert "De regering dankt de leden" in d.intro
    assert d.closing == "De Staatssecretaris van Financiën,\n\nA.B. de Vries"
    assert d.meta.signatories == ["A.B. de Vries"]


def test_lijst_van_vragen_en_antwoorden():
    d = parse("lijst-van-vragen-en-antwoorden-tk.txt")
    assert d.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert (d.meta.house, d.meta.dossier, d.meta.document_number) == ("Tweede Kamer", "36600-XIII", "12")
    assert d.meta.publication_id == "kst-36600-XIII-12"
    assert shape(d) == [(None, ["1", "2", "3", "4"])]
    q2 = d.question("2")
    assert q2.label == "Vraag 2"
    assert q2.answer.label == "Antwoord op vraag 2:"
    # the sub-headings inside the answer stay on their own lines
    assert q2.answer.text.startswith("Noord-Nederland\nHet noorden ontving 18% van de middelen.")
    assert "Zuid-Nederland\nHet zuiden" in q2.answer.text
    assert d.question("4").answer.text == "Zie antwoord vraag 1."
    assert d.meta.signatories == ["Kamminga", "Meijer"]


def test_verslag_schriftelijk_overleg():
    d = parse("verslag-schriftelijk-overleg-tk.txt")
    assert d.meta.kind == "verslag-schriftelijk-overleg"
    assert shape(d) == [("D66", ["D66-1"]), ("PVV", ["PVV-1", "PVV-2"])]
    assert d.factions[0].heading == "Vragen en opmerkingen van de leden van de D66-fractie"
    assert d.question("PVV-1").answer.text.startswith("Ja. Nederland stemt niet in")
    assert d.question("PVV-2").answer.text == "Ik kom hier voor de zomer op terug."
    assert "Reactie van de bewindspersoon" not in d.question("D66-1").answer.text
    assert d.question("D66-1").answer.label == "Reactie van de bewindspersoon"


def test_numbered_nota_markdown():
    d = parse("nota-ek-defensie.md")
    assert d.meta.kind == "nota-naar-aanleiding-van-verslag"
    assert d.meta.document_letter == "E"
    assert d.meta.signatories == ["R. de Wit", "S. Bakker"]
    assert shape(d) == [("CDA", ["CDA-1", "CDA-2", "CDA-3"]), ("Van der Berg", ["Van-der-Berg-1"])]
    q2 = d.question("CDA-2")
    assert [p.label for p in q2.parts] == ["a", "b"]
    assert [p.label for p in q2.answer.parts] == ["a", "b"]
    assert q2.answer.parts[0].text.startswith("Het Defensie Projectenoverzicht")
    # markup-like text in a document is kept as text
    assert "[bold] dit is gewone tekst" in d.question("Van-der-Berg-1").text


# (name, text, expected shape) — traps from docs/question-round-formats.md
TRAPS = [
    (
        "numbered section headings are not questions (prose)",
        "C MEMORIE VAN ANTWOORD\n\nOntvangen 1 maart 2026\n\n1. Inleiding\n\n"
        "De leden van de SP-fractie vragen hoe het zit.\n\nHet zit zo.\n\n2. Papieren weg\n\n"
        "De leden van de VVD-fractie vragen waarom.\n\nDaarom.",
        [("SP", ["SP-1"]), ("VVD", ["VVD-1"])],
    ),
    (
        "a faction that only joins another's questions asks nothing",
        "B NOTA NAAR AANLEIDING VAN HET VERSLAG\n\n"
        "De leden van de PvdA-fractie hebben onderstaande vragen gesteld:\n\n1. Waarom?\n\nDaarom.\n\n"
        "De leden van de 50PLUS-fractie sluiten zich aan bij de vragen gesteld door de leden van de PvdA-fractie.\n\n"
        "De leden van de SGP-fractie hebben onderstaande vragen gesteld:\n\n1. Wanneer?\n\nMorgen.",
        [("PvdA", ["PvdA-1"]), ("50PLUS", []), ("SGP", ["SGP-1"])],
    ),
    (
        "a wrapped line starting with a number does not open a question (lijst)",
        "Nr. 3 LIJST VAN VRAGEN EN ANTWOORDEN\n\n1\nHoeveel kost het?\n\nAntwoord:\nHet kost (zie pagina\n"
        "12) blijkt dat € 5 miljoen.\n\n2\nWanneer?\n\nAntwoord:\nIn 2027.",
        [(None, ["1", "2"])],
    ),
    (
        "not a question round: verslag van een algemeen overleg",
        "VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 3 maart 2026\n\n"
        "De heer Jansen (VVD) waardeert de brief. Voorzitter. Ik heb een vraag.\n\nMevrouw Kant (SP): Dank.",
        [],
    ),
]


@pytest.mark.parametrize("name,text,want", TRAPS, ids=[t[0] for t in TRAPS])
def test_traps(name, text, want):
    d = parsers.parse_text(text, name="trap.txt")
    assert shape(d) == want
    if not want:
        assert d.meta.kind == "unknown"
        assert d.intro.startswith("VERSLAG VAN EEN ALGEMEEN OVERLEG")
        assert "no questions recognised" in d.report.warnings[-1]


def test_joining_faction_is_kept_as_a_block_without_questions():
    d = parsers.parse_text(TRAPS[1][1], name="join.txt")
    block = d.factions[1]
    assert (block.name, block.joins, block.questions) == ("50PLUS", ["PvdA"], [])
    assert block.heading.startswith("De leden van de 50PLUS-fractie sluiten zich aan")
    assert d.question("PvdA-1").answer.text == "Daarom."


def test_vso_with_reply_letter_after_the_questions():
    d = parse("verslag-schriftelijk-overleg-ek.txt")
    assert d.meta.kind == "verslag-schriftelijk-overleg"
    assert (d.meta.house, d.meta.dossier, d.meta.document_letter) == ("Eerste Kamer", "25295", "BN")
    assert shape(d) == [("PVV", ["PVV-1", "PVV-2"]), ("GroenLinks-PvdA", ["GroenLinks-PvdA-1"])]
    assert d.question("PVV-1").text.startswith("De leden van de PVV-fractie vragen hoeveel mondkapjes")
    assert d.question("PVV-1").answer.text == "In de strategische voorraad liggen op dit moment 12.000.000 mondkapjes."
    assert d.question("PVV-2").answer.text == "Het beheer van de voorraad kost jaarlijks € 3,2 miljoen."
    assert d.question("GroenLinks-PvdA-1").answer.text.startswith("Ja. De motie wordt uitgevoerd")
    assert "BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID" in d.intro
    assert d.closing.startswith("De commissie ziet uw reactie met belangstelling tegemoet.")
    assert d.meta.signatories == ["Van Dijk", "J. Smit"]
    assert d.report.unplaced == []


def test_reply_letter_that_quotes_the_questions():
    text = (
        "AB VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 1 juni 2026\n\n"
        "Vragen en opmerkingen van de fractieleden van de SP\n\n"
        "De leden van de SP-fractie vragen hoe lang de wachtlijst is.\n\n"
        "BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n\nDen Haag, 20 juni 2026\n\n"
        "De leden van de SP-fractie vragen hoe lang de wachtlijst is.\n\n"
        "De wachtlijst is 14 weken.\n\nDe Minister van Justitie en Veiligheid,\nP. de Groot"
    )
    d = parsers.parse_text(text, name="vso.txt")
    assert shape(d) == [("SP", ["SP-1"])]
    assert d.question("SP-1").answer.text == "De wachtlijst is 14 weken."
    assert "Vragen en opmerkingen van de fractieleden van de SP" in d.intro
    assert d.meta.signatories == ["P. de Groot"]


LIJST_2018 = """Nr. 9 LIJST VAN VRAGEN EN ANTWOORDEN

Vastgesteld 8 november 2017

De Minister heeft deze vragen beantwoord bij brief van 7 november 2017. Vragen en antwoorden zijn hierna afgedrukt.

De voorzitter van de commissie,
Ziengs

1. Hoeveel geld is er in 2018 beschikbaar voor de SDE+?
In 2018 is € 6 miljard beschikbaar.

2. Hoeveel projecten zijn er in 2017 gerealiseerd?
Er zijn 3.200 projecten gerealiseerd. Zie ook het antwoord op vraag 1.
"""


def test_lijst_with_question_and_answer_in_one_paragraph():
    d = parsers.parse_text(LIJST_2018, name="lijst-2018.txt")
    assert shape(d) == [(None, ["1", "2"])]
    assert d.question("1").text == "Hoeveel geld is er in 2018 beschikbaar voor de SDE+?"
    assert d.question("1").answer.text == "In 2018 is € 6 miljard beschikbaar."
    assert d.question("2").answer.status == "answered"
    assert [(x.from_, x.to) for x in d.xrefs] == [("2", "1")]
    assert d.meta.signatories == ["Ziengs"]


def test_roman_numbered_part_heading_is_a_section_not_answer_text():
    text = (
        "Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 3 april 2024\n\nI. ALGEMEEN\n\n"
        "De leden van de D66-fractie vragen of scholen vooraf worden geïnformeerd.\n\n"
        "Ja, scholen worden vooraf geïnformeerd.\n\nII. ARTIKELSGEWIJS\n\nArtikel I, onderdeel A\n\n"
        "De leden van de CDA-fractie vragen waarom artikel 7.37c wordt gewijzigd.\n\n"
        "Om de termijn te verkorten."
    )
    d = parsers.parse_text(text, name="nota.txt")
    assert shape(d) == [("D66", ["D66-1"]), ("CDA", ["CDA-1"])]
    assert d.question("D66-1").answer.text == "Ja, scholen worden vooraf geïnformeerd."
    assert d.question("CDA-1").section == "II. ARTIKELSGEWIJS / Artikel I, onderdeel A"
    assert not [f for f in d.figures if f.text.startswith("7.37")]


def test_faction_blocks_with_vraag_and_antwoord_labels():
    text = (
        "D NOTA NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 10 december 2024\n\n"
        "Vragen van de leden van de GroenLinks-PvdA-fractie\n\n"
        "Vraag 1\nHoeveel woningen worden in 2025 gebouwd?\n\nAntwoord\nIn 2025 worden 80.000 woningen gebouwd.\n\n"
        "Vraag 2\nWat kost het programma?\n\nAntwoord\nHet programma kost € 1 miljard.\n\n"
        "Vragen van de leden van de BBB-fractie\n\n"
        "Vraag 1\nWordt het platteland meegenomen?\n\nAntwoord\nJa, zie het antwoord op vraag 1 van de "
        "GroenLinks-PvdA-fractie."
    )
    d = parsers.parse_text(text, name="nota.txt")
    assert shape(d) == [("GroenLinks-PvdA", ["GroenLinks-PvdA-1", "GroenLinks-PvdA-2"]), ("BBB", ["BBB-1"])]
    q2 = d.question("GroenLinks-PvdA-2")
    assert (q2.label, q2.text) == ("Vraag 2", "Wat kost het programma?")
    assert (q2.answer.label, q2.answer.text) == ("Antwoord", "Het programma kost € 1 miljard.")
    assert [(x.from_, x.to) for x in d.xrefs] == [("BBB-1", "GroenLinks-PvdA-1")]


def test_voorlopig_verslag_holds_questions_only():
    text = (
        "B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT\n\n"
        "Vastgesteld 20 januari 2026\n\n1. Inleiding\n\n"
        "De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het wetsvoorstel. "
        "Zij hebben nog enkele vragen.\n\nKan de regering aangeven hoeveel cliënten er in 2026 gebruik van maken?\n\n"
        "De leden van de SP-fractie vragen of de eigen bijdrage omhoog gaat.\n\n"
        "De leden van de 50PLUS-fractie sluiten zich aan bij de vragen gesteld door de leden van de SP-fractie.\n\n"
        "2. Financiën\n\nDe leden van de VVD-fractie vragen wat het wetsvoorstel kost.\n\n"
        "De commissie ziet de beantwoording met belangstelling tegemoet.\n\nDe voorzitter van de commissie,\nJansen"
    )
    d = parsers.parse_text(text, name="vv.txt")
    assert d.meta.kind == "voorlopig-verslag"
    assert shape(d) == [("VVD", ["VVD-1"]), ("SP", ["SP-1"]), ("50PLUS", []), ("VVD", ["VVD-2"])]
    assert d.question("VVD-1").text.endswith("hoeveel cliënten er in 2026 gebruik van maken?")
    assert all(q.answer is None for q in d.questions())
    assert d.factions[2].joins == ["SP"]
    assert d.question("VVD-2").section == "2. Financiën"
    assert d.report.questions_without_answer == ["VVD-1", "SP-1", "VVD-2"]
    assert d.meta.signatories == ["Jansen"]
