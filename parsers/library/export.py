"""Export questions, documents, search results and tables as Markdown, CSV or JSON.

Every export is one string. CSV has one row per question with the columns of
:data:`CSV_HEADER` (``\\n`` line ends; fields with line breaks are quoted),
including the answer audit's result and reason; JSON is a list of objects
with the same keys (tables: the keys of :data:`FIGURES_HEADER`,
:data:`CITATIONS_HEADER`, :data:`AUDIT_HEADER`, :data:`COMMITMENTS_HEADER`). Markdown gives the
document title and facts, a ``##`` heading per faction block and a ``###``
heading per question. Document text is written as it is, except that a line
starting like Markdown structure (``#``, ``>``, a list bullet or ``1.``) gets
a backslash so it cannot turn into a heading or list, and that nothing in it
can become HTML or an embedded (remote) image: ``<`` is written ``&lt;`` and
the ``!`` of ``![`` as ``&#33;`` (character references are never Markdown
structure, so a backslash in the text cannot undo them).

CSV cells are neutralised against formula injection as OWASP advises: a text
cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
gets a leading ``'`` so a spreadsheet shows it as text (``-5`` as ``'-5``).
A carriage return inside a cell is written as a line break (so the cell is
quoted and the row stays one row).

JSON escapes every control character (also DEL, C1, bidi controls and U+2028/9), so it
is safe to print on a terminal.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..messages import N_
from .database import notice_text, question_footnotes
from .scan import DocEntry, question_status

if TYPE_CHECKING:  # annotations only: a light document exports alike
    from ..model import Document, Faction, Question

__all__ = [
    "AUDIT_HEADER", "CITATIONS_HEADER", "COMMITMENTS_HEADER", "CSV_HEADER", "TABLES", "ENTRIES_HEADER", "FIGURES_HEADER", "FORMATS",
    "ExportError", "document_rows", "export_document", "export_entries", "export_rows",
    "select_questions", "to_json",
]

FORMATS = ("md", "csv", "json")
#: ``notice``: the text of the notices (Mededelingen) that stand with the
#: question (in a search result: those the index keeps with it, at the first
#: question they concern).
CSV_HEADER = ("document", "publication_id", "kind", "dossier", "faction", "question_id",
              "number", "status", "question", "answer", "audit", "audit_reason", "footnotes", "notice")
FIGURES_HEADER = ("question", "field", "kind", "text", "value", "unit", "start", "end")
CITATIONS_HEADER = ("question", "field", "kind", "text", "id", "url", "kamerstuk", "in_library")
#: The answer audit, one row per asked part (``--table audit``).
AUDIT_HEADER = ("question", "part", "label", "asks", "result", "reason", "certain", "text")
#: The commitments of a document (``--table commitments``).
#: ``questions``: every question the commitment's answer answers (a joint
#: answer's group, held by ``question``), joined by ``, ``.
COMMITMENTS_HEADER = ("question", "action", "due", "due_text", "due_kind", "who", "trigger", "text", "questions")
TABLES = ("figures", "citations", "audit", "commitments")
ENTRIES_HEADER = ("path", "state", "error", "kind", "house", "dossier", "letter",
                  "publication_id", "date", "title", "factions", "questions", "by_reference",
                  "deferred", "warnings", "cited_by")

_UNSAFE_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u206f]")
_MD_LINE = re.compile(r"^(\s*)([#>]|[-+*](?=\s)|\d+[.)](?=\s))", re.MULTILINE)
_MD_HTML = re.compile(r"<|!(?=\[)")
_MD_REFS = {"<": "&lt;", "!": "&#33;"}
#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


#: Words of the Markdown exports, in Dutch (marked for the catalog); the
#: caller passes ``tr`` to show them in the interface's language.
_STATUS = {"by-reference": N_("verwijst naar een ander antwoord"), "deferred": N_("uitgesteld"), "missing": N_("geen antwoord")}
_RESULT = {"answered": N_("beantwoord"), "partly": N_("deels beantwoord"), "deferred": N_("uitgesteld"),
           "by_reference": N_("beantwoord met een verwijzing"), "unanswered": N_("onbeantwoord")}
_ASKS = {"amount": N_("bedrag of aantal"), "list": N_("lijst of overzicht"), "position": N_("standpunt"),
         "date": N_("datum"), "explanation": N_("toelichting")}


def _same(text: str) -> str:
    return text


class ExportError(ValueError):
    """An export that cannot be made (unknown question or faction); one line."""


def to_json(value: object) -> str:
    """``value`` as indented JSON text (UTF-8 kept, every control escaped), newline-terminated."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def _csv(header: Iterable[str], rows: Iterable[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(header), lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for row in rows:
        w.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def _cell(value: object) -> object:
    """A CSV cell: None empty, text that a spreadsheet would run as a formula
    prefixed with ``'``; footnotes (a dict) as ``[1] text`` lines."""
    if value is None:
        return ""
    if isinstance(value, dict):
        value = "\n".join(f"[{k}] {v}" for k, v in value.items())
    if not isinstance(value, str):
        return value
    if value.startswith(CSV_FORMULA_START):
        value = "'" + value
    # a bare CR would not be quoted with "\n" line ends and would split the row
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _md_inline(text: str) -> str:
    """Text with no way to become HTML or an image in Markdown."""
    return _MD_HTML.sub(lambda m: _MD_REFS[m.group()], text)


def _md(text: str) -> str:
    return _md_inline(_MD_LINE.sub(lambda m: m.group(1) + "\\" + m.group(2), text.strip()))


def _md_line(text: object) -> str:
    """A value for one Markdown line (a heading, a fact): whitespace squashed, escaped."""
    return _md_inline(" ".join(str(text).split()))


def select_questions(
    doc: Document, question: str | list[str] | tuple[str, ...] | None = None, faction: str | None = None,
) -> list[tuple[Faction, Question]]:
    """The (block, question) pairs to export: all, one question (or several:
    a list of ids, such as a joint answer's group), or one faction's.

    Question ids and faction names match case-insensitively; a faction
    matches its blocks and joint blocks naming it. Raises :class:`ExportError`.
    """
    pairs = [(f, q) for f in doc.factions for q in f.questions]
    if question is not None:
        wanted = [question] if isinstance(question, str) else list(question)
        for one in wanted:
            if not any(q.id.casefold() == one.strip().casefold() for _f, q in pairs):
                raise ExportError(f'no question "{one}" in this document')
        want = {one.strip().casefold() for one in wanted}
        pairs = [(f, q) for f, q in pairs if q.id.casefold() in want]
    if faction is not None:
        want = faction.strip().casefold()
        pairs = [(f, q) for f, q in pairs
                 if any(n.casefold() == want for n in (f.name or "", *f.members))]
        if not pairs:
            names = sorted({f.name for f in doc.factions if f.name})
            raise ExportError(f'no faction "{faction}" in this document'
                              + (f"; it has {', '.join(names)}" if names else ""))
    return pairs


def _refs(doc: Document, qid: str, field: str) -> list:
    return [r for r in doc.footnote_refs if r.question == qid and r.field == field]


def _marked(text: str, refs: list) -> str:
    """``text`` with a Markdown footnote mark ``[^key]`` where each mark stood."""
    for r in sorted(refs, key=lambda r: r.start, reverse=True):
        at = max(0, min(r.start, len(text)))
        text = f"{text[:at]}[^{r.key}]{text[at:]}"
    return text


def _question_notes(doc: Document, q: Question) -> dict[str, str]:
    """The footnotes marked in ``q``'s text and answer, in order: ``{key: text}``."""
    return question_footnotes(doc, q.id)


def document_rows(doc: Document, name: str, pairs: list[tuple[Faction, Question]]) -> list[dict]:
    """One :data:`CSV_HEADER` row per question of ``pairs``; ``footnotes`` are
    the ones marked in its text or answer (``{key: text}``; in CSV as
    ``[1] text`` lines)."""
    m = doc.meta
    rows = []
    for f, q in pairs:
        notes = _question_notes(doc, q)
        rows.append({
            "document": name, "publication_id": m.publication_id, "kind": m.kind,
            "dossier": m.dossier, "faction": f.name, "question_id": q.id, "number": q.number,
            "status": question_status(q), "question": q.text,
            "answer": q.answer.text if q.answer else "",
            "audit": q.audit.result if q.audit else None,
            "audit_reason": q.audit.reason if q.audit else None,
            "footnotes": notes,
            "notice": "\n\n".join(notice_text(n) for n in doc.notices
                                    if not n.questions or q.id in n.questions) or None,
        })
    return rows


def _question_md(doc: Document, q: Question, tr=_same) -> list[str]:
    out = [f"### {_md_line(q.id)}", "", f"**{tr(N_('Vraag'))}**", "",
           _md(_marked(q.text, _refs(doc, q.id, "question"))), ""]
    status = question_status(q)
    answer = tr(N_("Antwoord"))
    if q.answer is None:
        out += [f"**{tr(N_('Geen antwoord'))}**", ""]
    else:
        label = f"**{answer}**" if status == "answered" else f"**{answer}** ({tr(_STATUS.get(status, status))})"
        out += [label, "", _md(_marked(q.answer.text, _refs(doc, q.id, "answer"))) or tr(N_("(leeg)")), ""]
    if q.audit is not None:
        out += [_audit_md(q.audit.result, q.audit.reason, tr), ""]
        if len(q.audit.parts) > 1:
            out += [f"- {p.index}. {tr(_ASKS.get(p.asks, p.asks))}: {tr(_RESULT.get(p.result, p.result))} — "
                    f"{' '.join(p.reason.split())}" for p in q.audit.parts]
            out.append("")
    return out


def _audit_md(result: str, reason: str, tr) -> str:
    """``**Antwoordcontrole**: deels beantwoord — reason``."""
    return f"**{tr(N_('Antwoordcontrole'))}**: {tr(_RESULT.get(result, result))} — {_md(reason)}"


def _document_md(doc: Document, name: str, pairs: list[tuple[Faction, Question]], tr=_same) -> str:
    m = doc.meta
    out = [f"# {_md_line(m.title or name)}", "", f"- {tr(N_('Bestand'))}: {_md_line(name)}"]
    facts = [(N_("Soort"), m.kind), (N_("Kamer"), m.house),
             (N_("Dossier"), " ".join(x for x in (m.dossier, m.document_letter or m.document_number) if x)),
             (N_("Publicatie"), m.publication_id), (N_("Datum"), m.date.isoformat() if m.date else None)]
    out += [f"- {tr(k)}: {_md_line(v)}" for k, v in facts if v]
    out.append("")
    block = None
    notes: dict[str, str] = {}
    for f, q in pairs:
        if f is not block:
            block = f
            out += [f"## {_md_line(f.name or tr(N_('Vragen')))}", ""]
        out += _question_md(doc, q, tr)
        notes.update(_question_notes(doc, q))
    # footnote definitions (Markdown footnotes); those whose mark has no known
    # place are listed too when the whole document is exported
    marked = {r.key for r in doc.footnote_refs}
    if len(pairs) == len(doc.questions()):
        notes.update({k: v for k, v in doc.footnotes.items() if k not in marked})
    if notes:
        out += [f"[^{_md_line(k)}]: {_md_line(v)}" for k, v in notes.items()]
    return "\n".join(out).rstrip("\n") + "\n"


def _figures_rows(doc: Document) -> list[dict]:
    return [{"question": x.question, "field": x.field, "kind": x.kind, "text": x.text,
             "value": str(x.value) if not hasattr(x.value, "isoformat") else x.value.isoformat(),
             "unit": x.unit, "start": x.start, "end": x.end} for x in doc.figures]


def _audit_rows(doc: Document) -> list[dict]:
    return [{"question": q.id, "part": p.index, "label": p.label, "asks": p.asks, "result": p.result,
             "reason": p.reason, "certain": p.certain, "text": p.text}
            for q in doc.questions() if q.audit is not None for p in q.audit.parts]


def _commitment_rows(doc: Document) -> list[dict]:
    ids = [q.id for q in doc.questions()]
    group: dict[str, list[str]] = {}
    for q in doc.questions():
        holder = q.answer.shared_with if q.answer is not None and q.answer.shared_with in ids else q.id
        group.setdefault(holder, []).append(q.id)
    return [{"question": c.question, "questions": ", ".join(group.get(c.question or "", [c.question or ""])),
             "action": c.action,
             "due": c.deadline.due.isoformat() if c.deadline and c.deadline.due else None,
             "due_text": c.deadline.text if c.deadline else None,
             "due_kind": c.deadline.kind if c.deadline else None,
             "who": c.who, "trigger": c.trigger, "text": c.text} for c in doc.commitments]


def _citations_rows(doc: Document, resolved: dict[str, str] | None) -> list[dict]:
    resolved = {k.casefold(): v for k, v in (resolved or {}).items()}
    return [{"question": c.question, "field": c.field, "kind": c.kind, "text": c.text,
             "id": c.id, "url": c.url, "kamerstuk": c.kamerstuk,
             "in_library": resolved.get(c.id.casefold())
             or resolved.get((c.kamerstuk or c.id).casefold())} for c in doc.citations]


def export_document(
    doc: Document, fmt: str, *, name: str, question: str | list[str] | None = None,
    faction: str | None = None, table: str | None = None,
    resolved: dict[str, str] | None = None, tr=_same,
) -> str:
    """Export a document (or one question / faction, or a figures/citations table).

    ``name`` is how the document is named in the output (its path);
    ``resolved`` maps citation ids found in the library to their path, for the
    ``in_library`` column of the citations table. Tables are CSV or JSON.
    ``tr`` translates the Dutch words of the Markdown form (the interface's
    ``_``); without it they stay Dutch.
    """
    _check(fmt)
    if table is not None:
        if table not in TABLES:
            raise ExportError(f"unknown table {table!r}; use {', '.join(TABLES[:-1])} or {TABLES[-1]}")
        if fmt == "md":
            raise ExportError("tables export as csv or json, not md")
        header, rows = {
            "figures": (FIGURES_HEADER, lambda: _figures_rows(doc)),
            "citations": (CITATIONS_HEADER, lambda: _citations_rows(doc, resolved)),
            "audit": (AUDIT_HEADER, lambda: _audit_rows(doc)),
            "commitments": (COMMITMENTS_HEADER, lambda: _commitment_rows(doc)),
        }[table]
        rows = rows()
        return _csv(header, rows) if fmt == "csv" else to_json(rows)
    pairs = select_questions(doc, question, faction)
    if fmt == "md":
        return _document_md(doc, name, pairs, tr)
    rows = document_rows(doc, name, pairs)
    return _csv(CSV_HEADER, rows) if fmt == "csv" else to_json(rows)


def export_rows(rows: list[dict], fmt: str, *, title: str = N_("Zoekresultaten"), tr=_same) -> str:
    """Export :data:`CSV_HEADER` rows (a search result list) in ``fmt``
    (``tr`` as for :func:`export_document`)."""
    _check(fmt)
    if fmt == "csv":
        return _csv(CSV_HEADER, rows)
    if fmt == "json":
        return to_json(rows)
    out = [f"# {_md_line(tr(title))}", "", tr(N_("{n} vragen")).format(n=len(rows)), ""]
    for r in rows:
        out += [f"## {_md_line(r['document'])}" + (f" — {_md_line(r['question_id'])}" if r["question_id"] else ""), ""]
        status = r.get("status")
        facts = [r.get("publication_id"), r.get("faction"),
                 tr(_STATUS[status]) if status in _STATUS else None]
        line = _md_line(" · ".join(str(x) for x in facts if x))
        out += ([line, ""] if line else []) + [f"**{tr(N_('Vraag'))}**", "",
                _md(r["question"] or ""), "", f"**{tr(N_('Antwoord'))}**", "",
                _md(r["answer"] or "") or tr(N_("(geen)")), ""]
        if r.get("audit"):
            out += [_audit_md(r["audit"], r.get("audit_reason") or "", tr), ""]
        if r.get("notice"):
            out += [f"**{tr(N_('Mededeling'))}**", "", _md(r["notice"]), ""]
        if r.get("footnotes"):  # the marks are not in the indexed text: the notes as lines
            out += [f"**{tr(N_('Voetnoten'))}**", "",
                    "\n".join(f"[{_md_line(k)}] {_md_line(v)}  " for k, v in r["footnotes"].items()).rstrip(), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def export_entries(entries: list[DocEntry], fmt: str) -> str:
    """Export the library list (one row per document) in ``fmt``."""
    _check(fmt)
    rows = []
    for e in entries:
        d = e.to_jsonable()
        d["path"] = d.pop("rel")
        rows.append(d)
    if fmt == "csv":
        return _csv(ENTRIES_HEADER, rows)
    if fmt == "json":
        return to_json(rows)
    cols = ("path", "state", "kind", "dossier", "letter", "date", "questions", "title")
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        cells = [_md_line("" if r[c] is None else r[c]).replace("|", "\\|") for c in cols]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use md, csv or json")
