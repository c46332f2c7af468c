"""Synthetic large inputs of the bounded-work issue, built to a target size.

Each builder writes one file of about ``size`` bytes in a real layout and
returns its path:

* :func:`ob_html` -- an officielebekendmakingen HTML page (``div.stuk``,
  ``div.vraag``/``div.antwoord``) whose answers hold many short ``<p>``;
* :func:`ob_xml` -- an OP-schema kamerstuk (nota) with many ``<al>``;
* :func:`kamervragen_long_answer` -- plain-text Kamervragen whose one
  answer runs on for very many short lines (no blank lines);
* :func:`lijst_text` -- a plain-text lijst van vragen en antwoorden with
  many numbered questions.

``para_bytes`` sets the length of one paragraph (or line), so the same
builder gives "millions of tiny paragraphs" or realistic ones. Output is
deterministic.

    python benchmarks/hostile_inputs.py html 1000000 /tmp/x.html
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path

WORDS = ("regering minister kabinet gemeenten provincies uitvoering middelen begroting "
         "wetsvoorstel evaluatie netbeheerders aansluiting stikstof woningbouw defensie "
         "personeel kosten toezicht onderzoek motie brief rapport maatregel regeling "
         "subsidie belastingdienst toeslagen jeugdzorg wachttijd onderwijs zorg").split()


def _sentence(rng: random.Random, size: int) -> str:
    """A sentence of about ``size`` characters of Dutch-looking words."""
    out: list[str] = []
    n = 0
    while n < max(size - 1, 1):
        w = rng.choice(WORDS)
        out.append(w)
        n += len(w) + 1
    text = " ".join(out)
    return text[:1].upper() + text[1:] + "."


def ob_html(path: Path, size: int, para_bytes: int = 200, seed: int = 1) -> Path:
    """OB HTML with answers made of many ``<p>`` of about ``para_bytes``."""
    rng = random.Random(seed)
    head = (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="DC.identifier" content="ah-tk-20232024-1587">\n'
        '<meta name="DC.type" content="Aanhangsel van de Handelingen">\n'
        "</head>\n<body>\n<main class=\"global-main\">\n<div id=\"broodtekst\" class=\"stuk\">\n"
        '<p class="tekstregel">Tweede Kamer der Staten-Generaal</p>\n'
        '<p class="tekstregel">Vergaderjaar 2023–2024</p>\n'
        '<h1 class="kamervraagomschrijving_kop">Vragen van het lid Jansen (SP) aan de Minister '
        "van Defensie over het bericht (ingezonden 12 februari 2024).</h1>\n"
        '<p class="kamervraagomschrijving">Antwoord van Minister Brekelmans (Defensie) '
        "(ontvangen 4 maart 2024).</p>\n"
    )
    tail = "</div>\n</main>\n</body>\n</html>\n"
    parts = [head]
    total = len(head) + len(tail)
    number = 0
    while total < size:
        number += 1
        q = (f'<div class="vraag">\n<h2 class="stuktitel">Vraag {number}</h2>\n'
             f"<p>{html.escape(_sentence(rng, 80))[:-1]}?</p>\n</div>\n"
             f'<div class="antwoord">\n<h2 class="stuktitel">Vraag {number}</h2>\n')
        parts.append(q)
        total += len(q)
        for _ in range(200):
            p = f"<p>{html.escape(_sentence(rng, para_bytes - 8))}</p>\n"
            parts.append(p)
            total += len(p)
            if total >= size:
                break
        parts.append("</div>\n")
        total += 7
    parts.append(tail)
    path.write_text("".join(parts), encoding="utf-8")
    return path


def ob_xml(path: Path, size: int, para_bytes: int = 200, seed: int = 2) -> Path:
    """An OP kamerstuk (nota) of ``divisie``s holding many ``<al>``."""
    rng = random.Random(seed)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie>\n<metadata>\n'
        '<meta name="DC.identifier" content="kst-36512-6"/>\n</metadata>\n<kamerstuk>\n'
        "<kamerstukkop>\n<tekstregel inhoud=\"kameraanduiding\">Tweede Kamer der Staten-Generaal"
        "</tekstregel>\n<tekstregel inhoud=\"vergaderjaar\">Vergaderjaar 2023–2024</tekstregel>\n"
        "</kamerstukkop>\n<dossier>\n<dossiernummer><dossiernr>36 512</dossiernr></dossiernummer>\n"
        "<titel>Wijziging van de Woningwet</titel>\n</dossier>\n<stuk>\n<stuknr>Nr. 6</stuknr>\n"
        "<titel>NOTA NAAR AANLEIDING VAN HET VERSLAG</titel>\n"
        '<datumtekst>Ontvangen <datum isodatum="2024-05-14">14 mei 2024</datum></datumtekst>\n'
        "<algemeen>\n<vrije-tekst>\n<tekst>\n"
    )
    tail = "</tekst>\n</vrije-tekst>\n</algemeen>\n</stuk>\n</kamerstuk>\n</officiele-publicatie>\n"
    parts = [head]
    total = len(head) + len(tail)
    number = 0
    while total < size:
        number += 1
        d = f"<divisie>\n<kop><nr>{number}.</nr><titel>Onderdeel {number}</titel></kop>\n"
        d += (f"<al><nadruk type=\"cur\">De leden van de VVD-fractie vragen "
              f"{html.escape(_sentence(rng, 60))[:-1]}?</nadruk></al>\n")
        parts.append(d)
        total += len(d)
        for _ in range(200):
            al = f"<al>{html.escape(_sentence(rng, para_bytes - 10))}</al>\n"
            parts.append(al)
            total += len(al)
            if total >= size:
                break
        parts.append("</divisie>\n")
        total += 11
    parts.append(tail)
    path.write_text("".join(parts), encoding="utf-8")
    return path


def kamervragen_long_answer(path: Path, size: int, line_bytes: int = 50, seed: int = 3) -> Path:
    """Kamervragen as text: two questions, then one answer of very many lines."""
    rng = random.Random(seed)
    head = (
        "Aanhangsel van de Handelingen\n\n2024Z17972\n\n"
        "Vragen van het lid Nordkamp (GroenLinks-PvdA) aan de Minister van Defensie over "
        "de defensiebeurs (ingezonden 1 november 2024).\n\n"
        "Antwoord van minister Brekelmans (Defensie) (ontvangen 20 november 2024)\n\n"
        "Vraag 1\n\nKunt u bevestigen dat het bedrijf aanwezig is op de beurs?\n\n"
        "Vraag 2\n\nZijn er ook andere bedrijven aanwezig?\n\n"
        "Antwoord 1\n\nJa.\n\nAntwoord 2\n\n"
    )
    parts = [head]
    total = len(head)
    while total < size:
        line = _sentence(rng, line_bytes - 1) + "\n"
        parts.append(line)
        total += len(line)
    path.write_text("".join(parts), encoding="utf-8")
    return path


def lijst_text(path: Path, size: int, para_bytes: int = 200, seed: int = 4) -> Path:
    """A lijst van vragen en antwoorden with numbered questions and answers."""
    rng = random.Random(seed)
    head = ("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2023-2024\n\n36 600 X Vaststelling "
            "van de begrotingsstaten\n\nNr. 5 LIJST VAN VRAGEN EN ANTWOORDEN\n\n"
            "Vastgesteld 14 november 2023\n\n")
    parts = [head]
    total = len(head)
    number = 0
    while total < size:
        number += 1
        block = (f"{number}\n{_sentence(rng, 80)[:-1]}?\n\nAntwoord\n"
                 f"{_sentence(rng, para_bytes)}\n\n")
        parts.append(block)
        total += len(block)
    path.write_text("".join(parts), encoding="utf-8")
    return path


BUILDERS = {"html": ob_html, "xml": ob_xml, "kamervragen": kamervragen_long_answer,
            "lijst": lijst_text}
SUFFIX = {"html": ".html", "xml": ".xml", "kamervragen": ".txt", "lijst": ".txt"}


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in BUILDERS:
        print(f"usage: hostile_inputs.py {{{'|'.join(BUILDERS)}}} SIZE PATH", file=sys.stderr)
        return 2
    BUILDERS[argv[0]](Path(argv[2]), int(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
