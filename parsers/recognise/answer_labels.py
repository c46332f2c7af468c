"""Answer labels of a nota and the question numbers they name.

``Antwoord``, ``Antwoord:``, ``Antwoord op de vragen 3, 4 en 5``, ``Antwoord
op vraag 3 tot en met 6``, ``Reactie van de bewindspersoon``, ``Antwoord:
<text>``; numbers joined by ``,``, ``en``, ``t/m``, ``tot en met``, a dash or
only a space (a missing comma: ``4, 5 6 en 7``).
"""

from __future__ import annotations

import re

_NUMS = r"\d{1,4}[a-h]?(?:\s*(?:,|\ben\b|t/m|tot\s+en\s+met|[–—-]|\s)\s*\d{1,4}[a-h]?)*"
#: ``Antwoord``, ``Antwoord:``, ``Antwoord op de vragen 3, 4 en 5``,
#: ``Reactie van de bewindspersoon``, ``Antwoord: <text>``.
ANSWER_LABEL = re.compile(
    r"^\s*(?:[-–•*]\s*)?(?P<label>(?:Antwoord(?:en)?|Reactie|Beantwoording)"
    r"(?:\s+van\s+(?:de\s+)?(?:bewindspersonen|bewindspersoon|regering|minister|staatssecretaris"
    r"|initiatiefnemers?|kabinet)\b)?"
    r"(?:(?:\s+op)?(?:\s+(?:de\s+)?vra(?:ag|gen))?\s*(?P<nums>" + _NUMS + r"))?)"
    r"\s*(?:[.:]\s*(?P<rest>\S.*)?|\s*)$",
    re.I | re.S,
)


def parse_numbers(text: str) -> list[int]:
    """``3, 4 en 5`` / ``3 t/m 5`` / ``3 tot en met 5`` / ``4, 5 6 en 7`` -> numbers."""
    out: list[int] = []
    flat = re.sub(r"[a-h]\b", "", text)
    for m in re.finditer(r"(\d{1,4})(?:\s*(?:t/m|tot\s+en\s+met|[–—-])\s*(\d{1,4}))?", flat):
        a = int(m[1])
        b = int(m[2]) if m[2] else a
        if b < a or b - a > 50:
            b = a
        out.extend(n for n in range(a, b + 1) if n not in out)
    return out
