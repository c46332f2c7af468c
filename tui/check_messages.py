"""Structure checks (``report.checks``) and unplaced text said in the
interface's language.

A check carries a stable ``code`` and its facts in ``params``
(``parsers/checks.py`` lists the codes); its ``message`` is English. The
reader says it in Dutch (or English through the catalog) from a template per
code, filled from ``params`` and the question id. A code this module does
not know falls back to the check's own message, so a new check is never
hidden.
"""

from __future__ import annotations

from .i18n import N_, _
from .safe_text import safe_text

#: Template per check code (``no-answer`` per ``params["reason"]``). Placeholders
#: are the check's params, plus ``question`` (the question id).
TEMPLATES: dict[str, str] = {
    "numbering-gap": N_("vraag {missing} ontbreekt vóór vraag {before}"),
    "numbering-duplicate": N_("vraagnummer {number} komt twee keer voor"),
    "numbering-order": N_("vraag {number} staat na vraag {after}"),
    "numbering-start": N_("de nummering van het blok begint bij {first}, niet bij 1"),
    "numbers-inferred": N_("de vraagnummers staan niet in de tekst; {count} vragen zijn op volgorde "
                           "genummerd ({numbers})"),
    "label-unreadable": N_("label ‘{label}’ is onleesbaar; de tekst staat bij vraag {question}"),
    "label-repaired": N_("in label ‘{label}’ ontbreekt een scheidingsteken; gelezen als {numbers}"),
    "label-renumbered": N_("dubbel label ‘{label}’ gelezen als het ontbrekende nummer {number}"),
    "answers-unlabelled": N_("de antwoorden hebben geen label; {count} antwoorden gelezen als de tekst "
                             "na elke vraag"),
    "answer-contains-label": N_("het antwoord bevat ‘{label}’: er kan een vraag in verborgen zitten"),
    "answer-looks-like-question": N_("een alinea van het antwoord bestaat uit vragen"),
    "question-contains-answer-label": N_("de vraag bevat een label ‘Antwoord’: het antwoord staat "
                                         "misschien in de vraagtekst"),
    "no-answer:none": N_("vraag {question} heeft geen antwoord"),
    "no-answer:deferred": N_("het antwoord op vraag {question} is uitgesteld"),
    "no-answer:empty": N_("het antwoord op vraag {question} is leeg"),
    "questions-only": N_("het document bevat vragen en geen antwoorden"),
    "answer-without-question": N_("antwoordlabel ‘{label}’ noemt geen vraag"),
    "xref-unresolved": N_("een verwijzing in vraag {question} wijst naar een vraag die niet in het "
                          "document staat"),
    "text-unplaced": N_("{pieces} stuk(ken) tekst ({chars} tekens) niet geplaatst; zie onder"),
    "text-lost": N_("{words} woorden stonden nergens; ze staan onder de niet-geplaatste tekst"),
    "no-questions": N_("geen vragen herkend; het document wordt als tekst getoond"),
    "joint-by-position": N_("vragen {questions} hebben geen eigen antwoord; het antwoord erna is "
                            "gelezen als hun gezamenlijke antwoord"),
}

#: Severity words.
SEVERITY = {"error": N_("fout"), "warning": N_("waarschuwing"), "info": N_("opmerking")}

#: Reasons for unplaced text, by how the parser's English reason starts.
UNPLACED_REASONS: list[tuple[str, str]] = [
    ("page furniture", N_("paginaopmaak")),
    ("footnote", N_("voetnoot")),
    ("page ", N_("paginaopmaak")),
    ("not placed", N_("niet geplaatst")),
]


class _Facts(dict):
    """Params for a template; a missing one shows as ``?``."""

    def __missing__(self, key: str) -> str:
        return "?"


def template_key(check) -> str:
    """The template key of ``check``: its code (``no-answer:<reason>`` for no-answer)."""
    if check.code == "no-answer":
        return f"no-answer:{(check.params or {}).get('reason', 'none')}"
    return check.code


def check_message(check) -> str:
    """One line saying what ``check`` found, in the interface's language."""
    template = TEMPLATES.get(template_key(check))
    if template is None:
        return " ".join(safe_text(check.message).split())
    facts = _Facts({k: str(v) for k, v in (check.params or {}).items()})
    facts["question"] = check.question or "?"
    text = _(template).format_map(facts)
    return " ".join(safe_text(text[:1].upper() + text[1:]).split())


def severity_word(severity: str) -> str:
    return _(SEVERITY.get(severity, N_("waarschuwing")))


def unplaced_reason(reason: str) -> str:
    """The parser's reason for unplaced text, in the interface's language."""
    for prefix, word in UNPLACED_REASONS:
        if reason.startswith(prefix):
            return _(word)
    return _("niet geplaatst")


def decimal(value: float) -> str:
    """``0,72`` (Dutch) or ``0.72`` (English)."""
    from .i18n import language

    text = f"{value:.2f}"
    return text.replace(".", ",") if language() == "nl" else text
