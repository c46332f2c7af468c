"""Write ``samples/lijst-kolommen.pdf``: a made-up TK lijst van vragen en
antwoorden typeset as a table, ``Nr | Vraag | Antwoord`` side by side, with
the header repeated where an answer runs on to the next page, the SDU page
furniture (chamber numeral, first-page block, running footers) and a row
number at the top of a page. The PDF reader must read it per column.

Run from the repository root: ``python samples/tools/make_lijst_pdf.py``.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_pdf import build  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "lijst-kolommen.pdf"

def wrap(t, w): return textwrap.wrap(t, w)

# P19: lijst as a table: Nr | Vraag | Antwoord, answer running to the next page
rows0 = [
 (1, "Hoeveel mensen ontvingen in 2025 een bijstandsuitkering?", "In 2025 ontvingen circa 410.000 mensen een bijstandsuitkering. Dat is 2 procent minder dan in 2024."),
 (2, "Hoeveel jongeren zijn er zonder startkwalificatie?", "Er zijn ongeveer 24.000 jongeren zonder startkwalificatie. Het aantal daalt al vijf jaar."),
 (3, "Welk deel daarvan heeft werk?", "Ongeveer de helft van deze jongeren heeft werk. Van hen werkt 60 procent minder dan twaalf uur per week. De gemeenten bieden deze jongeren begeleiding naar werk of naar een opleiding via de regionale meld- en coördinatiefunctie. In 2026 komt daar een landelijke aanpak bij, waarvoor € 40 miljoen beschikbaar is. Die aanpak wordt in 2028 geëvalueerd, zodat uw Kamer dan kan beoordelen of zij werkt."),
 (4, "Wat kost de aanpak van jeugdwerkloosheid in 2026?", "Zie antwoord op vraag 3."),
]
rows = []
for k in range(3):
    for n, q, a in rows0:
        rows.append((len(rows) + 1, q, a.replace("vraag 3", f"vraag {4 * k + 3}")))
P1 = [("F2", 16, 55, 780, "Tweede Kamer der Staten-Generaal"), ("F2", 40, 505, 760, "2"),
      ("F1", 9, 55, 735, "Vergaderjaar 2025–2026"),
      ("F2", 10, 55, 715, "36 600 XV Vaststelling van de begrotingsstaten van het Ministerie van Sociale Zaken"),
      ("F2", 10, 55, 703, "en Werkgelegenheid (XV) voor het jaar 2026"),
      ("F2", 10, 55, 683, "Nr. 12 LIJST VAN VRAGEN EN ANTWOORDEN"),
      ("F1", 9, 55, 668, "Vastgesteld 30 oktober 2025"),
      ("F1", 9, 55, 650, "De vaste commissie voor Sociale Zaken en Werkgelegenheid heeft een aantal vragen voorgelegd aan de"),
      ("F1", 9, 55, 639, "Minister van Sociale Zaken en Werkgelegenheid over de begroting 2026 (Kamerstuk 36 600 XV, nr. 2)."),
      ("F1", 9, 55, 622, "De Minister heeft deze vragen beantwoord bij brief van 28 oktober 2025. Vragen en antwoorden zijn"),
      ("F1", 9, 55, 611, "hierna afgedrukt."),
      ("F2", 9, 55, 590, "Nr"), ("F2", 9, 80, 590, "Vraag"), ("F2", 9, 320, 590, "Antwoord")]
pages = [P1]
y = 524; cur = P1
for n, q, a in rows:
    ql, al = wrap(q, 42), wrap(a, 46)
    cur.append(("F1", 9, 55, y, str(n)))
    for i, l in enumerate(ql): cur.append(("F1", 9, 80, y - 11 * i, l))
    yy = y
    for i, l in enumerate(al):
        if yy < 150:
            cur += [("F1", 7, 55, 60, "kst-36600-XV-12"), ("F1", 7, 55, 53, "ISSN 0921 - 7371"), ("F1", 7, 55, 46, "’s-Gravenhage 2025"),
                    ("F1", 8, 220, 60, "Tweede Kamer, vergaderjaar 2025–2026, 36 600 XV, nr. 12 1")]
            cur = [("F2", 9, 55, 790, "Nr"), ("F2", 9, 80, 790, "Vraag"), ("F2", 9, 320, 790, "Antwoord")]
            pages.append(cur); yy = 772
        cur.append(("F1", 9, 320, yy, l)); yy -= 11
    y = min(yy, y - 11 * len(ql)) - 8
    if y < 150 and (n, q, a) != rows[-1]:
        cur.append(("F1", 8, 220, 60, "Tweede Kamer, vergaderjaar 2025–2026, 36 600 XV, nr. 12 1"))
        cur = []; pages.append(cur); y = 772
cur += [("F1", 9, 55, y - 10, "De voorzitter van de commissie,"), ("F1", 9, 55, y - 21, "Léon de Jong"),
        ("F1", 9, 55, y - 40, "De griffier van de commissie,"), ("F1", 9, 55, y - 51, "Post"),
        ("F1", 8, 220, 60, f"Tweede Kamer, vergaderjaar 2025–2026, 36 600 XV, nr. 12 {len(pages)}")]
OUT.write_bytes(build(pages))

