"""Write the binary Kamervragen samples of the label and notice layouts.

* ``samples/kamervragen-gezamenlijk.pdf``: an Aanhangsel whose joint label
  misses a comma (``Vraag 4, 5 6 en 7``, joined by the PDF reader to the
  question's first line) and whose answer names a non-contiguous, out of
  order group (``Antwoord op vraag 1, 3 en 5``);
* ``samples/kamervragen-uitstel.docx``: a ministry letter that defers the
  answer (``Uitstel beantwoording``): letterhead fields, a delay paragraph,
  a signature, no printed questions;
* ``samples/kamervragen-brief-nummering.docx``: a ministry answer letter
  whose questions are numbered by Word (``w:numPr``, the number is not in
  the text), with a letterhead and bare ``Antwoord`` labels;
* ``samples/kamervragen-brief-ondertekend.docx``: an answer letter whose
  cover letter comes first and is signed with the minister's full name
  (``Hoogachtend,`` / ``de minister van …,`` / ``Barry Madlener``), questions
  numbered by Word and a joint ``Antwoord op vraag 2 en 3``.

Uses the writers of ``make_pdf.py`` and ``make_docx.py``. Run from the
repository root: ``python samples/tools/make_kamervragen_samples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_docx import P, R, docx_bytes  # noqa: E402
from make_pdf import build  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1]


def _column(lines: list[str | tuple[str, float]], top: float, x: float = 220) -> list[tuple]:
    """Text lines at 10 pt spacing; a (text, gap) pair adds extra space before."""
    out = []
    y = top
    for item in lines:
        text, gap = (item, 0.0) if isinstance(item, str) else item
        y -= 10 + gap
        out.append(("F1", 8.5, x, y, text))
    return out


def gezamenlijk_pdf() -> bytes:
    page1 = [
        ("F2", 18, 55, 770, "Tweede Kamer der Staten-Generaal"),
        ("F2", 50, 505, 740, "2"),
        ("F1", 9.5, 55, 705, "Vergaderjaar 2023–2024"),
        ("F2", 10, 220, 705, "Aanhangsel van de Handelingen"),
        ("F2", 9, 220, 650, "Vragen gesteld door de leden der Kamer, met de daarop door de"),
        ("F2", 9, 220, 640, "regering gegeven antwoorden"),
        ("F2", 13, 220, 560, "6543"),
    ] + _column([
        "Vragen van het lid Faber-van de Klashorst (PVV) aan de Minister van Justitie en",
        "Veiligheid over wachttijden bij de IND (ingezonden 2 april 2024).",
        ("Antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen", 5),
        "23 april 2024).",
        ("Vraag 1", 10), "Kent u het bericht «IND loopt verder achter»?",
        ("Vraag 2", 10), "Hoeveel aanvragen liggen er op dit moment bij de IND?",
        ("Antwoord 2", 10), "Op 1 april 2024 lagen er 18.300 aanvragen.",
        ("Vraag 3", 10), "Hoe lang is de gemiddelde wachttijd?",
        ("Vraag 4, 5 6 en 7", 10), "Welke maatregelen neemt u? Wanneer treden zij in werking? Wat kosten zij?",
        "Hoe houdt u de Kamer op de hoogte?",
        ("Antwoord op vraag 1, 3 en 5", 10), "Ja. De gemiddelde wachttijd is negen maanden. De maatregelen",
        "treden op 1 juni 2024 in werking.",
        ("Antwoord 4, 6 en 7", 10), "De IND neemt 200 medewerkers aan; dat kost € 14 miljoen per jaar. Ik",
        "informeer uw Kamer elk kwartaal.",
    ], 520) + [
        ("F1", 6, 55, 82, "ah-tk-20232024-6543"),
        ("F1", 6, 55, 76, "ISSN 0921 - 7398"),
        ("F1", 6, 55, 70, "’s-Gravenhage 2024"),
        ("F1", 9, 220, 70, "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1"),
    ]
    return build([page1])


def uitstel_docx() -> bytes:
    paras: list[P | str] = [
        "> Retouradres Postbus 20401 2500 EK Den Haag",
        "De Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Datum\t14 mei 2024",
        "Betreft\tUitstel beantwoording vragen van het lid Van der Plas (BBB) over de mestmarkt",
        "Onze referentie\tDGA / 24598765",
        "Geachte voorzitter,",
        "Hierbij deel ik u mee dat de vragen van het lid Van der Plas (BBB) aan de minister van Landbouw, "
        "Natuur en Voedselkwaliteit over de mestmarkt (ingezonden 19 april 2024) niet binnen de "
        "gebruikelijke termijn kunnen worden beantwoord. De benodigde afstemming met de provincies vergt "
        "meer tijd.",
        "Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.",
        "De minister van Landbouw, Natuur en Voedselkwaliteit,",
        "P.H.M. Adema",
    ]
    return docx_bytes(paras)


def brief_nummering_docx() -> bytes:
    q = (1, 0)  # Word draws the number; it is not in the text
    paras: list[P | str] = [
        "Datum\t3 juni 2024",
        "Onze referentie\t2024-0000312345",
        "Betreft\tAntwoord op vragen van de leden Bikker en Ceder over geboortezorg",
        "Hierbij ontvangt u de antwoorden op de vragen van de leden Bikker en Ceder (beiden ChristenUnie) aan "
        "de minister van Volksgezondheid, Welzijn en Sport over geboortezorg (ingezonden 8 mei 2024).",
        P(["Bent u bekend met het rapport over geboortezorg in azc’s?"], style="Lijstalinea", num=q),
        P([R("Antwoord", bold=True)]),
        "Ja.",
        P(["Hoeveel zwangere vrouwen verblijven in een azc?"], style="Lijstalinea", num=q),
        P([R("Antwoord", bold=True)]),
        "Op 1 mei 2024 waren dat er 640.",
        P(["Bent u bereid de zorg in de azc’s zelf te organiseren?"], style="Lijstalinea", num=q),
        P([R("Antwoord", bold=True)]),
        "Ja. Het COA start in september 2024 in vijf azc’s met spreekuren van verloskundigen.",
        "De minister van Volksgezondheid, Welzijn en Sport,",
        "C. Helder",
    ]
    return docx_bytes(paras)


def brief_ondertekend_docx() -> bytes:
    q = (1, 0)
    paras: list[P | str] = [
        "Geachte voorzitter,",
        "Hierbij bied ik u de antwoorden aan op de schriftelijke vragen van de leden Bromet en Kröger (beiden "
        "GroenLinks-PvdA) over de stikstofuitstoot van Schiphol (2024Z09876), ingezonden op 4 juni 2024.",
        "Hoogachtend,",
        "de minister van Infrastructuur en Waterstaat,",
        "Barry Madlener",
        P([R("Vragen van de leden Bromet en Kröger (beiden GroenLinks-PvdA) aan de minister van Infrastructuur en "
             "Waterstaat over de stikstofuitstoot van Schiphol (ingezonden 4 juni 2024)", bold=True)]),
        P(["Kent u het bericht “Schiphol stoot meer stikstof uit dan vergund”?"], num=q),
        P([R("Antwoord", bold=True)]),
        "Ja.",
        P(["Hoeveel stikstof stootte Schiphol in 2023 uit?"], num=q),
        P(["Hoeveel was vergund?"], num=q),
        P([R("Antwoord op vraag 2 en 3", bold=True)]),
        "In 2023 was de uitstoot 520 ton; vergund was 450 ton.",
        P(["Wat gaat u hieraan doen?"], num=q),
        P([R("Antwoord", bold=True)]),
        "Ik heb de ILT gevraagd handhavend op te treden.",
    ]
    return docx_bytes(paras)


def main() -> int:
    for name, data in (
        ("kamervragen-gezamenlijk.pdf", gezamenlijk_pdf()),
        ("kamervragen-uitstel.docx", uitstel_docx()),
        ("kamervragen-brief-nummering.docx", brief_nummering_docx()),
        ("kamervragen-brief-ondertekend.docx", brief_ondertekend_docx()),
    ):
        (SAMPLES / name).write_bytes(data)
        print(f"wrote {SAMPLES / name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
