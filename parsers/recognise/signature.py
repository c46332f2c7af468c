"""Signature blocks: ``De minister van Defensie,`` followed by names."""

from __future__ import annotations

import re

from .items import Item

ROLE = re.compile(
    r"^\s*(?:De\s+|Het\s+)?(?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident|[Vv]oorzitter|"
    r"(?:[Aa]djunct-)?[Gg]riffier|[Ss]ecretaris-[Gg]eneraal)\b[^.?!]{0,120},?\s*$"
)
CLOSING_WORDS = re.compile(r"^\s*(?:Hoogachtend|Met\s+(?:vriendelijke|hoogachtende)\s+groet(?:en)?)\s*,?\s*$", re.I)
_PARTICLE = r"(?:van|de|der|den|het|ter|ten|te|op|in|'t|’t|la|le|du|von|zu|el|al|bin)"
NAME = re.compile(
    r"^\s*(?:(?:[A-Z][\w.'’À-ÿ-]*|" + _PARTICLE + r")\s+){0,5}[A-Z][\w'’À-ÿ-]+\s*$"
)


def is_role(text: str) -> bool:
    return bool(ROLE.match(text)) or bool(CLOSING_WORDS.match(text))


def is_name(text: str) -> bool:
    flat = " ".join(text.split())
    return 3 <= len(flat) <= 60 and bool(NAME.match(flat)) and not flat.endswith((".", "?", ":"))


def _is_sig(it: Item) -> bool:
    if len(it.lines) > 4:
        return False
    return all(is_role(ln) or is_name(ln) for ln in it.lines)


def split_closing(its: list[Item], start: int) -> tuple[list[Item], int]:
    """The trailing signature items after ``start``: (closing items, body end)."""
    i = len(its)
    while i > start and _is_sig(its[i - 1]):
        i -= 1
    tail = its[i:]
    if not any(is_role(ln) for it in tail for ln in it.lines):
        return [], len(its)
    return tail, i


def signatories(its: list[Item]) -> list[str]:
    """Names printed after role lines in a run of signature items."""
    names: list[str] = []
    seen_role = False
    for it in its:
        for ln in it.lines:
            if is_role(ln):
                seen_role = True
            elif seen_role and is_name(ln) and not is_role(ln):
                names.append(" ".join(ln.split()))
            elif not is_name(ln):
                seen_role = False
    return names
