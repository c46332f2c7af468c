"""The language of the interface: Dutch, or English on request.

Every string the app and the command line show is written in Dutch in the
code and passed through :func:`_` (``ngettext`` for counts). English comes
from a gettext catalog, ``tui/vragenronde.en.po`` (the source, Dutch
``msgid`` → English ``msgstr``), compiled to ``tui/vragenronde.en.mo``, which
is what runs and what the package ships (beside the modules, not in a
``locale/`` tree of folders that setuptools would take for packages). Dutch needs no catalog
at all, so the default start reads no file and imports no ``gettext``.
Document text never passes through here.

The language is English with ``--lang en``, else when the first of
``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set starts with
``en`` (the order gettext itself uses); anything else is Dutch.

Constants defined at import time (binding descriptions, column titles) are
marked with :func:`N_` and translated where they are shown, so the language
can be chosen after the modules are imported.

Adding or changing a string:

1. write it in Dutch in the code, inside ``_("…")`` (or ``N_`` for a
   constant, translated with ``_`` where it is shown); placeholders are
   named: ``_("{n} vragen").format(n=3)``;
2. add its English to the ``.po`` file (``msgid`` exactly as in the code);
3. ``python -m tui.i18n_build`` compiles the ``.mo``.

``tests/tui/test_i18n.py`` fails while a string in the code is missing from
the catalog, a catalog entry is no longer used, or the ``.mo`` is stale.
"""

from __future__ import annotations

import os
from pathlib import Path

DOMAIN = "vragenronde"
HERE = Path(__file__).resolve().parent
LANGUAGES = ("nl", "en")
DEFAULT = "nl"

_language = None  # chosen on first use
_catalog = None  # gettext.GNUTranslations for English, None for Dutch


def catalog_path(lang: str, suffix: str) -> Path:
    """``tui/vragenronde.<lang>.po`` (``suffix`` ``.po``) or its ``.mo``."""
    return HERE / f"{DOMAIN}.{lang}{suffix}"


def language_from_environment(environ=None) -> str:
    """``"en"`` or ``"nl"`` from the locale variables (see the module doc)."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            first = value.split(":", 1)[0].strip().lower()
            return "en" if first.startswith("en") else DEFAULT
    return DEFAULT


def normalise(lang: str | None) -> str | None:
    """``"en"``/``"nl"`` for a language name such as ``en_GB`` or ``NL``; None if unknown."""
    if not lang:
        return None
    code = lang.strip().lower().replace("-", "_").split("_", 1)[0]
    return code if code in LANGUAGES else None


def set_language(lang: str | None = None) -> str:
    """Use ``lang`` (``"nl"``, ``"en"``) or, with None, the environment's; returns it."""
    global _language, _catalog
    chosen = normalise(lang) or language_from_environment()
    catalog = None
    if chosen != "nl":
        import gettext

        try:
            with open(catalog_path(chosen, ".mo"), "rb") as fh:
                catalog = gettext.GNUTranslations(fh)
        except OSError:  # no catalog shipped: the Dutch strings are still complete
            chosen, catalog = DEFAULT, None
    _language, _catalog = chosen, catalog
    return chosen


def language() -> str:
    """The language in use (chosen from the environment on first use)."""
    if _language is None:
        set_language()
    return _language  # type: ignore[return-value]


def _(message: str) -> str:
    """``message`` (Dutch) in the interface's language."""
    if _language is None:
        set_language()
    return message if _catalog is None else _catalog.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a Dutch message for ``n``, in the interface's language."""
    if _language is None:
        set_language()
    if _catalog is None:
        return singular if n == 1 else plural
    return _catalog.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a constant for the catalog; it is translated with :func:`_` where shown."""
    return message


def localise(message: object) -> str:
    """A message of the parsers in the interface's language: a
    ``parsers.messages.Message`` (or a ``ParseError``, which holds one) is
    formatted from the catalog's translation of its Dutch template, its
    parameters localised as well; any other text is looked up whole and
    otherwise shown as it is (one line)."""
    message = getattr(message, "message", message)
    template = getattr(message, "template", None)
    if template is None:
        return " ".join(_(str(message)).split())
    params = {k: localise(v) if hasattr(v, "template") else v for k, v in message.params.items()}
    return " ".join(_(template).format(**params).split())
