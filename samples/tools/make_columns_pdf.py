"""Write two PDF samples whose text is not one column:

* ``samples/kamervragen-twee-kolommen.pdf``: an older Aanhangsel set in two
  text columns (questions and answers numbered with a bold ``1``, ``2`` …),
  a running header, a footnote at the page foot, a word hyphenated at a line
  end, an answer that runs from the left column into the right one and one
  that runs on to the next page. Baseline by baseline, a left-column line and
  an unrelated right-column line share a y; the reader must read per column.
* ``samples/kamervragen-brief-huisstijl.pdf``: a ministry answer letter in
  the Rijkshuisstijl: the sender, ``Ons kenmerk``, ``Bijlagen`` in a column of
  small type right of the body, repeated on the second page.

Run from the repository root: ``python samples/tools/make_columns_pdf.py``.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_pdf import build  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1]

# -- two columns --------------------------------------------------------------
LEFT, RIGHT, TOP, BOTTOM, LEAD, SIZE = 55, 310, 760, 560, 10.5, 8.5
PARAS = [
    ("F2", "2345"),
    ("F1", "Vragen van het lid Van der Ham (D66) aan de Minister van Volksgezondheid, Welzijn en Sport "
           "over de wachtlijsten in de jeugdzorg. (Ingezonden 10 januari 2006)"),
    ("F2", "1"), ("F1", "Bent u bekend met het artikel «Wachtlijsten jeugdzorg groeien opnieuw»?¹"),
    ("F2", "2"), ("F1", "Hoeveel kinderen stonden op 1 januari 2006 op een wachtlijst voor de jeugdzorg, "
                        "uitgesplitst naar provincie?"),
    ("F2", "3"), ("F1", "Welke maatregelen neemt u om de wachtlijsten terug te dringen?"),
    ("F1", "Antwoord van minister Hoogervorst (Volksgezondheid, Welzijn en Sport) (Ontvangen 7 februari 2006)"),
    ("F2", "1"), ("F1", "Ja."),
    ("F2", "2"), ("F1", "Op 1 januari 2006 stonden 4 412 kinderen op een wachtlijst voor de jeugdzorg. Een "
                        "uitsplitsing naar provincie treft u aan in de bijlage bij deze antwoorden. De provincies "
                        "Zuid-Holland en Noord-Brabant hebben de langste wachtlijsten; daar wachten kinderen "
                        "gemiddeld meer dan negen weken op hulp. In de andere provincies is de gemiddelde "
                        "wachttijd korter dan zes weken. Het kabinet vindt ook die wachttijd te lang."),
    ("F2", "3"), ("F1", "Het kabinet trekt in 2006 extra geld uit voor de jeugdzorg: 30 miljoen euro structureel. "
                        "Daarnaast worden de provincies gevraagd om voor 1 juli 2006 een plan van aanpak te maken "
                        "waarin zij aangeven hoe zij de wachtlijsten voor het eind van het jaar tot nul "
                        "terugbrengen. De voortgang wordt per kwartaal gemonitord en aan uw Kamer gemeld in de "
                        "voortgangsrapportage jeugdzorg."),
]


def two_columns() -> bytes:
    pages: list[list[tuple]] = [[]]
    col, y = 0, TOP
    for font, text in PARAS:
        for line in textwrap.wrap(text, 52):
            if y < BOTTOM:
                if col == 0:
                    col, y = 1, TOP
                else:
                    pages.append([])
                    col, y = 0, TOP
            x = LEFT if col == 0 else RIGHT
            if "¹" in line:  # a raised footnote mark after the text
                head = line.split("¹")[0]
                pages[-1] += [(font, SIZE, x, y, head), ("F1", 5.5, x + len(head) * 4.4, y + 3.5, "1")]
            else:
                pages[-1].append((font, SIZE, x, y, line))
            y -= LEAD
        y -= LEAD * 0.6
    for n, page in enumerate(pages, start=1):
        page[:0] = [("F1", 7.5, LEFT, 800, "Tweede Kamer, vergaderjaar 2005–2006, Aanhangsel"),
                    ("F1", 7.5, 480, 800, f"{4900 + n}")]
    pages[0] += [("F1", 6.5, LEFT, 110, "1 de Volkskrant, 5 januari 2006."),
                 ("F1", 7, LEFT, 80, "ah-tk-20052006-2345 ISSN 0921-7398 Sdu Uitgevers ’s-Gravenhage 2006")]
    return build(pages)


# -- Rijkshuisstijl letter ----------------------------------------------------
BODY_X, BODY_SIZE, BODY_LEAD, SIDE_X = 75, 9.5, 13, 470
SIDE = ["Directoraat-Generaal Migratie", "Turfmarkt 147", "2511 DP Den Haag", "Postbus 20301", "2500 EH Den Haag",
        "www.rijksoverheid.nl/jenv", "", "Ons kenmerk", "5512345", "", "Bijlagen", "1", "", "Uw kenmerk", "2025Z01234"]
LETTER = ["Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG", "",
          "Datum 3 maart 2025", "Onderwerp Antwoorden Kamervragen over de wachttijden bij de IND", "",
          "Hierbij zend ik u de antwoorden op de vragen van het lid Van Nispen (SP) over de",
          "wachttijden bij de IND (ingezonden 4 februari 2025, 2025Z01234).", "",
          "De Staatssecretaris van Justitie en Veiligheid,", "", "", "M.H.M. Struycken"]
QA = [("Vraag 1", "Wat is de gemiddelde wachttijd voor een naturalisatieverzoek op dit moment?"),
      ("Antwoord 1", "De gemiddelde wachttijd is veertien maanden. De wettelijke termijn is één jaar; die wordt dus "
                     "in de meeste gevallen overschreden. De IND zet extra medewerkers in en digitaliseert het "
                     "proces. Naar verwachting is de voorraad eind 2025 weggewerkt."),
      ("Vraag 2", "Hoeveel verzoeken liggen er nog?"),
      ("Antwoord 2", "Op 1 februari lagen er 21.000 verzoeken.")]


def letter() -> bytes:
    first = [("F2", 7, SIDE_X, 790, "Ministerie van Justitie en Veiligheid")]
    for k, line in enumerate(SIDE):
        if line:
            bold = line in ("Ons kenmerk", "Bijlagen", "Uw kenmerk")
            first.append(("F2" if bold else "F1", 6.5, SIDE_X, 700 - 9 * k, line))
    for k, line in enumerate(LETTER):
        if line:
            first.append(("F1", BODY_SIZE, BODY_X, 700 - BODY_LEAD * k, line))
    first.append(("F1", 6.5, SIDE_X, 60, "Pagina 1 van 2"))
    second = [("F2", 7, SIDE_X, 790, "Directoraat-Generaal Migratie"),
              ("F1", 6.5, SIDE_X, 770, "Ons kenmerk"), ("F1", 6.5, SIDE_X, 761, "5512345")]
    y = 700.0
    for label, text in QA:
        second.append(("F2", BODY_SIZE, BODY_X, y, label))
        y -= BODY_LEAD
        for line in textwrap.wrap(text, 72):
            second.append(("F1", BODY_SIZE, BODY_X, y, line))
            y -= BODY_LEAD
        y -= BODY_LEAD
    second.append(("F1", 6.5, SIDE_X, 60, "Pagina 2 van 2"))
    return build([first, second])


def main() -> int:
    (SAMPLES / "kamervragen-twee-kolommen.pdf").write_bytes(two_columns())
    (SAMPLES / "kamervragen-brief-huisstijl.pdf").write_bytes(letter())
    return 0


if __name__ == "__main__":
    sys.exit(main())
