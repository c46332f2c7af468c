"""Signature blocks: ``De minister van Defensie,`` followed by names."""

from __future__ import annotations

from .items import Item
import re

from .signature_lines import CLOSING_WORDS, NAME, ROLE, SIGNER, is_name, is_role

__all__ = ["CLOSING_WORDS", "NAME", "ROLE", "is_name", "is_role", "signatories", "split_closing"]


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
    if i > start:
        prev = its[i - 1]
        flat = " ".join(prev.text.split())
        m = _CLOSING_TAIL.search(flat)
        if m and m.start() == 0 and len(prev.lines) <= 2:
            i -= 1  # ``Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.`` above the signature
        elif m and len(prev.lines) == 1:
            # the same sentence at the end of the last paragraph (text that lost its line breaks):
            # the paragraph is split in two, in place
            its[i - 1:i] = [Item(lines=[flat[:m.start()].rstrip()], line=prev.line, page=prev.page, bold=prev.bold,
                                 italic=prev.italic), Item(lines=[flat[m.start():]], line=prev.line, page=prev.page)]
        tail = its[i:]
    return tail, i


#: The closing sentence of a letter, right above its signature (the whole
#: paragraph, or the last sentence of the last one).
_CLOSING_TAIL = re.compile(
    r"(?:(?<=[.?!]\s)|^)(?:Ik\s+vertrouw\s+erop|Wij\s+vertrouwen\s+erop|De\s+regering\s+vertrouwt\s+erop"
    r"|Het\s+kabinet\s+vertrouwt\s+erop)[^.?!]{0,160}\b(?:geïnformeerd|beantwoord|ingegaan)\b[^.?!]{0,40}\.$",
    re.I,
)


#: The second line of a letter's address (``De Voorzitter van de Tweede Kamer``
#: / ``der Staten-Generaal``): after a role line, but no signer.
_ADDRESS = re.compile(r"\bStaten-Generaal\b|\bPostbus\b")


def signatories(its: list[Item]) -> list[str]:
    """Names printed after role lines in a run of signature items."""
    names: list[str] = []
    seen_role = False
    for it in its:
        for ln in it.lines:
            if SIGNER.match(ln):  # ``drs. A.B. Smit, secretaris``: the name is on the line
                name = re.sub(r"^(?:(?:drs|dr|mr|prof|ir|ing|ds)\.?\s+)+", "", ln.rsplit(",", 1)[0].strip())
                names.append(" ".join(name.split()))
                seen_role = False
            elif is_role(ln):
                seen_role = True
            elif seen_role and is_name(ln) and not is_role(ln) and not _ADDRESS.search(ln):
                names.append(" ".join(ln.split()))
            elif not is_name(ln):
                seen_role = False
    return names
