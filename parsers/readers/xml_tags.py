"""The OB XML element names the XML reader and its stream share."""

from __future__ import annotations

_NR_TAGS = {"nr", "nummer", "vraagnummer"}
_QA = {"vraag": "question", "antwoord": "answer"}
_SKIP = {"metadata", "meta", "witreg", "nootref", "noot.nr", "noot.al", "plaatje", "illustratie"}
_HEADINGS = {"tussenkop", "tuskop"}
_OMSCHR = {"kamervraagomschrijving", "omschr"}

#: Elements with a handler method ``_<tag>`` (dots and dashes as ``_``).
_HANDLED = {"al", "noot", "kamerstukkop", "kamervraagkop", "dossier", "stuk", "datumtekst", "kop",
            "lijst", "li", "table", "row", "ondertekening", "kamervraagnummer", "kamervraagopmerking"}

#: Elements of a table cell (``entry``) that make paragraphs of their own.
_BLOCK_TAGS = {"al", "lijst", "li", "tussenkop", "tuskop", "table", "al-groep", "citaat", "kop"}
