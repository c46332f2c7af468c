"""A made-up TK *nota naar aanleiding van het verslag*, in three forms.

The content is written once, here, as a list of paragraphs with their kind;
``make_pdf.py`` typesets it in the Tweede Kamer Kamerstuk layout (question
numbers in the left margin, bold section headings, an italic sub-heading,
italic questions, a footnote, running footers) and writes the same lines as
pdftotext-like text (the margin number alone on its line); :func:`html_form`
writes it as HTML.

What it holds, for the tests: eleven questions numbered 1-11 from six
factions (VVD, GroenLinks-PvdA also written ``GL-PvdA``, NSC, CDA and SP
jointly, SP, the one-member BBB faction), answers with an ``Antwoord`` or
``Antwoord:`` label and without, one answer after three consecutive
questions (3, 4, 5) that answers them jointly, a faction that joins another
one's questions, numbered section headings (``2.1 Reikwijdte``) and a table
of contents with page numbers.
"""

from __future__ import annotations

from html import escape

DOSSIER = "36 999"
TITLE = "Regels over de registratie van zorgaanbieders (Wet registratie zorgaanbieders)"
NUMBER = "6"
DOC_TYPE = "NOTA NAAR AANLEIDING VAN HET VERSLAG"
RECEIVED = "Ontvangen 14 mei 2024"
FOOTNOTE = "Kamerstukken II 2022/23, 36 200 XVI, nr. 12."

# (kind, text, margin number). Kinds: p (body), h (bold heading), sub (italic
# heading), q (italic question), label (an answer label line), toc (a table of
# contents row "title|page"), sig (a signature line). A ``^1`` in a text is
# the footnote reference; ``\u00ad`` marks where a word may be hyphenated.
CONTENT: list[tuple[str, str, str | None]] = [
    ("p", "De regering dankt de leden van de fracties van de VVD, GroenLinks-PvdA, NSC, het CDA, de SP en "
          "de BBB voor hun inbreng in het verslag. In deze nota worden de vragen beantwoord in de volgorde "
          "van het verslag; de vragen zijn in de marge genummerd.", None),
    ("h", "Inhoudsopgave", None),
    ("toc", "1. Inleiding|1", None),
    ("toc", "2. Doel en reikwijdte|1", None),
    ("toc", "2.1 Reikwijdte|2", None),
    ("toc", "3. Uitvoering|2", None),
    ("h", "1. Inleiding", None),
    ("p", "Met dit wetsvoorstel wordt een openbaar register van zorgaanbieders ingesteld. De regering gaat "
          "hieronder in op de vragen van de leden.", None),
    ("h", "2. Doel en reikwijdte", None),
    ("q", "De leden van de VVD-fractie vragen hoeveel zorgaanbieders zich naar verwachting moeten "
          "registreren.", "1"),
    ("label", "Antwoord", None),
    ("p", "Naar verwachting moeten circa 8.000 zorgaanbieders zich registreren. Dat zijn alle aanbieders "
          "die onder de Wet toetreding zorgaanbieders vallen.", None),
    ("q", "Deze leden vragen voorts waarom de registratie niet via het Handelsregister kan verlopen.", "2"),
    ("p", "Het Handelsregister bevat niet de gegevens die de toezichthouder nodig heeft, zoals het soort "
          "zorg dat wordt verleend.^1 Een koppeling met het Handelsregister voorkomt wel dat aanbieders "
          "hun adres\u00adgegevens twee keer moeten opgeven.", None),
    ("q", "De leden van de GroenLinks-PvdA-fractie vragen hoe de regering de administratieve lasten voor "
          "kleine zorgaanbieders beperkt.", "3"),
    ("q", "Deze leden vragen ook of de registratie kosteloos is.", "4"),
    ("q", "Tot slot vragen deze leden wanneer de wet in werking treedt.", "5"),
    ("p", "De registratie kost een kleine zorgaanbieder naar schatting een uur en is kosteloos. De wet "
          "treedt naar verwachting op 1 januari 2026 in werking.", None),
    ("sub", "2.1 Reikwijdte", None),
    ("q", "De leden van de NSC-fractie vragen of ook solistisch werkende zorgverleners onder de wet vallen.",
     "6"),
    ("label", "Antwoord:", None),
    ("p", "Ja. Ook solisten moeten zich registreren, tenzij zij uitsluitend in loondienst werken.", None),
    ("p", "De leden van de CDA-fractie sluiten zich aan bij de vragen van de NSC-fractie.", None),
    ("q", "De leden van de fracties van het CDA en de SP vragen hoe de registratie zich verhoudt tot het "
          "BIG-register.", "7"),
    ("p", "Het BIG-register registreert individuele zorgverleners; dit register registreert zorgaanbieders. "
          "De registers worden gekoppeld, zodat gegevens maar één keer hoeven te worden aangeleverd.", None),
    ("h", "3. Uitvoering", None),
    ("q", "De leden van de SP-fractie vragen welke sancties gelden als een zorgaanbieder zich niet "
          "registreert.", "8"),
    ("label", "Antwoord", None),
    ("p", "De Inspectie Gezondheidszorg en Jeugd kan een last onder dwangsom opleggen. Bij herhaling volgt "
          "een bestuurlijke boete van ten hoogste € 22.500.", None),
    ("q", "Het lid van de BBB-fractie vraagt of zorgaanbieders in krimpgebieden extra ondersteuning "
          "krijgen.", "9"),
    ("p", "Ja. De regionale zorgkantoren bieden hulp bij de registratie. Daarvoor is in 2025 € 2 miljoen "
          "beschikbaar.", None),
    ("q", "De leden van de GL-PvdA-fractie vragen of de gegevens in het register openbaar worden.", "10"),
    ("label", "Antwoord", None),
    ("p", "De naam, het adres en het soort zorg worden openbaar. Persoonsgegevens van zorgverleners worden "
          "niet gepubliceerd.", None),
    ("q", "De leden van de VVD-fractie vragen tot slot of de regering de wet na vijf jaar evalueert.", "11"),
    ("p", "Ja. Artikel 12 van het wetsvoorstel bepaalt dat de wet binnen vijf jaar na de inwerkingtreding "
          "wordt geëvalueerd.", None),
    ("sig", "De Minister van Volksgezondheid, Welzijn en Sport,", None),
    ("sig", "J. de Vries", None),
]


def _plain(text: str) -> str:
    return text.replace("\u00ad", "")


def html_form() -> str:
    """The nota as an HTML page: ``h2``/``h3`` headings, questions in ``em``
    with their number in front, the footnote in ``div.voet``."""
    body: list[str] = [f"<h1>{escape(DOSSIER)} {escape(TITLE)}</h1>", f"<p>Nr. {NUMBER}</p>",
                       f"<h1>{escape(DOC_TYPE)}</h1>", f"<p>{escape(RECEIVED)}</p>"]
    toc: list[str] = []
    for kind, text, num in CONTENT:
        text = escape(_plain(text)).replace("^1", '<sup><a class="nootnum" href="#n1">1</a></sup>')
        if kind == "toc":
            title, page = text.split("|")
            toc.append(f"<tr><td>{title}</td><td>{page}</td></tr>")
            continue
        if toc:
            body.append("<table>" + "".join(toc) + "</table>")
            toc = []
        if kind == "h":
            body.append(f"<h2>{text}</h2>")
        elif kind == "sub":
            body.append(f"<h3>{text}</h3>")
        elif kind == "q":
            body.append(f"<p>{num}. <em>{text}</em></p>")
        else:
            body.append(f"<p>{text}</p>")
    body.append(f'<div class="voet"><p><span class="nootnum">1</span> {escape(FOOTNOTE)}</p></div>')
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f"<title>Kamerstuk {DOSSIER}, nr. {NUMBER}</title></head>\n"
        '<body><div class="stuk">\n' + "\n".join(body) + "\n</div></body></html>\n"
    )
