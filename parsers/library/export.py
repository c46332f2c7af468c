"""Export questions, documents, search results and tables as Markdown, CSV or JSON.

Every export is one string. CSV has one row per question with the columns of
:data:`CSV_HEADER` (``\\n`` line ends; fields with line breaks are quoted);
JSON is a list of objects with the same keys (figures and citations: the keys
of :data:`FIGURES_HEADER` / :data:`CITATIONS_HEADER`). Markdown gives the
document title and facts, a ``##`` heading per faction block and a ``###``
heading per question. Document text is written as it is, except that a line
starting like Markdown structure (``#``, ``>``, a list bullet or ``1.``) gets
a backslash so it cannot turn into a heading or list.

JSON escapes every control character (also DEL, C1 and bidi controls), so it
is safe to print on a terminal.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .scan import DocEntry, question_status

if TYPE_CHECKING:  # annotations only: a light document exports alike
    from ..model import Document, Faction, Question

__all__ = [
    "CITATIONS_HEADER", "CSV_HEADER", "ENTRIES_HEADER", "FIGURES_HEADER", "FORMATS",
    "ExportError", "document_rows", "export_document", "export_entries", "export_rows",
    "select_questions", "to_json",
]

FORMATS = ("md", "csv", "json")
CSV_HEADER = ("document", "publication_id", "kind", "dossier", "faction", "question_id",
              "number", "status", "question", "answer")
FIGURES_HEADER = ("question", "field", "kind", "text", "value", "unit", "start", "end")
CITATIONS_HEADER = ("question", "field", "kind", "text", "id", "url", "kamerstuk", "in_library")
ENTRIES_HEADER = ("path", "state", "error", "kind", "house", "dossier", "letter",
                  "publication_id", "date", "title", "factions", "questions", "by_reference",
                  "deferred", "warnings", "cited_by")

_UNSAFE_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_MD_LINE = re.compile(r"^(\s*)([#>]|[-+*](?=\s)|\d+[.)](?=\s))", re.MULTILINE)


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
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


def _md(text: str) -> str:
    return _MD_LINE.sub(lambda m: m.group(1) + "\\" + m.group(2), text.strip())


def select_questions(
    doc: Document, question: str | None = None, faction: str | None = None,
) -> list[tuple[Faction, Question]]:
    """The (block, question) pairs to export: all, one question, or one faction's.

    Question ids and faction names match case-insensitively; a faction
    matches its blocks and joint blocks naming it. Raises :class:`ExportError`.
    """
    pairs = [(f, q) for f in doc.factions for q in f.questions]
    if question is not None:
        want = question.strip().casefold()
        pairs = [(f, q) for f, q in pairs if q.id.casefold() == want]
        if not pairs:
            raise ExportError(f'no question "{question}" in this document')
    if faction is not None:
        want = faction.strip().casefold()
        pairs = [(f, q) for f, q in pairs
                 if any(n.casefold() == want for n in (f.name or "", *f.members))]
        if not pairs:
            names = sorted({f.name for f in doc.factions if f.name})
            raise ExportError(f'no faction "{faction}" in this document'
                              + (f"; it has {', '.join(names)}" if names else ""))
    return pairs


def document_rows(doc: Document, name: str, pairs: list[tuple[Faction, Question]]) -> list[dict]:
    """One :data:`CSV_HEADER` row per question of ``pairs``."""
    m = doc.meta
    return [{
        "document": name, "publication_id": m.publication_id, "kind": m.kind,
        "dossier": m.dossier, "faction": f.name, "question_id": q.id, "number": q.number,
        "status": question_status(q), "question": q.text,
        "answer": q.answer.text if q.answer else "",
    } for f, q in pairs]


def _question_md(q: Question) -> list[str]:
    out = [f"### {q.id}", "", "**Question**", "", _md(q.text), ""]
    status = question_status(q)
    if q.answer is None:
        out += ["**Answer**: none", ""]
    else:
        label = "**Answer**" if status == "answered" else f"**Answer** ({status})"
        out += [label, "", _md(q.answer.text) or "(empty)", ""]
    return out


def _document_md(doc: Document, name: str, pairs: list[tuple[Faction, Question]]) -> str:
    m = doc.meta
    out = [f"# {' '.join((m.title or name).split())}", "", f"- Document: {name}"]
    facts = [("Kind", m.kind), ("House", m.house),
             ("Dossier", " ".join(x for x in (m.dossier, m.document_letter or m.document_number) if x)),
             ("Publication", m.publication_id), ("Date", m.date.isoformat() if m.date else None)]
    out += [f"- {k}: {v}" for k, v in facts if v]
    out.append("")
    block = None
    for f, q in pairs:
        if f is not block:
            block = f
            out += [f"## {f.name or 'Questions'}", ""]
        out += _question_md(q)
    return "\n".join(out).rstrip("\n") + "\n"


def _figures_rows(doc: Document) -> list[dict]:
    return [{"question": x.question, "field": x.field, "kind": x.kind, "text": x.text,
             "value": str(x.value) if not hasattr(x.value, "isoformat") else x.value.isoformat(),
             "unit": x.unit, "start": x.start, "end": x.end} for x in doc.figures]


def _citations_rows(doc: Document, resolved: dict[str, str] | None) -> list[dict]:
    resolved = {k.casefold(): v for k, v in (resolved or {}).items()}
    return [{"question": c.question, "field": c.field, "kind": c.kind, "text": c.text,
             "id": c.id, "url": c.url, "kamerstuk": c.kamerstuk,
             "in_library": resolved.get(c.id.casefold())
             or resolved.get((c.kamerstuk or c.id).casefold())} for c in doc.citations]


def export_document(
    doc: Document, fmt: str, *, name: str, question: str | None = None,
    faction: str | None = None, table: str | None = None,
    resolved: dict[str, str] | None = None,
) -> str:
    """Export a document (or one question / faction, or a figures/citations table).

    ``name`` is how the document is named in the output (its path);
    ``resolved`` maps citation ids found in the library to their path, for the
    ``in_library`` column of the citations table. Tables are CSV or JSON.
    """
    _check(fmt)
    if table is not None:
        if table not in ("figures", "citations"):
            raise ExportError(f"unknown table {table!r}; use figures or citations")
        if fmt == "md":
            raise ExportError("tables export as csv or json, not md")
        header = FIGURES_HEADER if table == "figures" else CITATIONS_HEADER
        rows = _figures_rows(doc) if table == "figures" else _citations_rows(doc, resolved)
        return _csv(header, rows) if fmt == "csv" else to_json(rows)
    pairs = select_questions(doc, question, faction)
    if fmt == "md":
        return _document_md(doc, name, pairs)
    rows = document_rows(doc, name, pairs)
    return _csv(CSV_HEADER, rows) if fmt == "csv" else to_json(rows)


def export_rows(rows: list[dict], fmt: str, *, title: str = "Search results") -> str:
    """Export :data:`CSV_HEADER` rows (a search result list) in ``fmt``."""
    _check(fmt)
    if fmt == "csv":
        return _csv(CSV_HEADER, rows)
    if fmt == "json":
        return to_json(rows)
    out = [f"# {' '.join(title.split())}", "", f"{len(rows)} questions", ""]
    for r in rows:
        out += [f"## {r['document']} — {r['question_id']}", ""]
        facts = [r.get("publication_id"), r.get("faction"), r.get("status")]
        out += [" · ".join(str(x) for x in facts if x), "", "**Question**", "",
                _md(r["question"] or ""), "", "**Answer**", "", _md(r["answer"] or "") or "(none)", ""]
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
        cells = [" ".join(str("" if r[c] is None else r[c]).split()).replace("|", "\\|") for c in cols]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use md, csv or json")
