"""What one line of a signature block looks like: a role or a name.

Apart from :mod:`.signature` so that :mod:`.items` (which keeps a line break
after a role) and :mod:`.signature` (which works on items) do not import
each other.
"""

from __future__ import annotations

import re

ROLE = re.compile(
    r"^\s*(?:[Dd]e\s+|Het\s+)?(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident|[Vv]oorzitter|"
    r"(?:[Aa]djunct-)?[Gg]riffier|[Ss]ecretaris-[Gg]eneraal)\b[^.?!]{0,120},?\s*$"
)
#: A signer with title, initials and function on one line (an Algemene
#: Rekenkamer or committee letter): ``drs. A.P. (Arno) Visser, president``,
#: ``mr. A.B. Smit, secretaris``.
SIGNER = re.compile(
    r"^\s*(?:(?:drs|dr|mr|prof|ir|ing|ds)\.?\s+){0,3}(?:[A-Z]\.\s?){1,6}(?:\([^()]{1,30}\)\s*)?"
    r"(?:[a-z’']+\s+){0,3}[A-Z][\w'’À-ÿ-]+(?:[\s-][A-Z][\w'’À-ÿ-]+){0,2}(?:\s+[A-Z]{2,3})?\s*,\s*"
    r"(?:president|vicepresident|secretaris|voorzitter|griffier|collegelid)\s*,?\s*$"
)
CLOSING_WORDS = re.compile(r"^\s*(?:Hoogachtend|Met\s+(?:vriendelijke|hoogachtende)\s+groet(?:en)?)\s*,?\s*$", re.I)
_PARTICLE = r"(?:van|de|der|den|het|ter|ten|te|op|in|'t|’t|la|le|du|von|zu|el|al|bin)"
NAME = re.compile(
    r"^\s*(?:(?:[A-Z][\w.'’À-ÿ-]*|" + _PARTICLE + r")\s+){0,5}[A-Z][\w'’À-ÿ-]+\s*$"
)


def is_role(text: str) -> bool:
    return bool(ROLE.match(text)) or bool(CLOSING_WORDS.match(text)) or bool(SIGNER.match(text))


def is_name(text: str) -> bool:
    flat = " ".join(text.split())
    return 3 <= len(flat) <= 60 and bool(NAME.match(flat)) and not flat.endswith((".", "?", ":"))
