"""Office formats other than DOCX: OpenDocument text is read, legacy binary
formats get a one-line message that says what the file is and what to do.

* ``odt``: an OpenDocument zip (``mimetype`` first); text documents go to
  :func:`.odt.read_odt`, spreadsheets and presentations are refused by name.
* ``ole``: an OLE2 compound file (``D0 CF 11 E0 A1 B1 1A E1``), the container
  of Word 97–2003 ``.doc``, Excel ``.xls``, PowerPoint ``.ppt`` and of
  password-protected (encrypted) ``.docx`` files; the stream names in its
  directory (UTF-16) tell them apart.
* ``rtf``: Rich Text Format (``{\\rtf``).
"""

from __future__ import annotations

from ..errors import ParseError
from ..messages import N_, Message
from ..source import Source

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SAVE = "save it as .docx or PDF and open that"


def _stream(name: str) -> bytes:
    return name.encode("utf-16-le")


def ole_message(data: bytes, name: str) -> str:
    """What an OLE2 compound file holds, as a one-line message."""
    if _stream("EncryptedPackage") in data or _stream("EncryptionInfo") in data:
        return Message(N_("{name}: een met een wachtwoord beveiligd (versleuteld) Office-document; "
                          "open het in Word, verwijder het wachtwoord, sla het op en open dat"), name=name)
    if _stream("WordDocument") in data:
        return Message(N_("{name}: een oud Word-bestand (.doc, Word 97–2003); sla het op als .docx of PDF en open dat"),
                       name=name)
    if _stream("Workbook") in data or _stream("Book") in data:
        return Message(N_("{name}: een Excel-rekenblad (.xls), geen document; sla de tekst op als .docx of PDF "
                          "en open dat"), name=name)
    if _stream("PowerPoint Document") in data:
        return Message(N_("{name}: een PowerPoint-presentatie (.ppt), geen document; sla het op als PDF en open dat"),
                       name=name)
    return Message(N_("{name}: een oud Microsoft Office-bestand (OLE2); sla het op als .docx of PDF en open dat"),
                   name=name)


def read_office(fmt: str, data: bytes, name: str) -> Source:
    """Read an ODT, or refuse a legacy format with a message that says what to do."""
    if fmt == "odt":
        from .odt import read_odt

        return read_odt(data, name=name)
    if fmt == "ole":
        raise ParseError(ole_message(data, name))
    if fmt == "rtf":
        raise ParseError(N_("{name}: een RTF-bestand (Rich Text Format); sla het op als .docx of PDF en open dat"), name=name)
    raise ParseError(N_("{name}: kantoorformaat dat niet wordt ondersteund"), name=name)
