"""Run a parsed :class:`~parsers.library.query.Query` against the index.

A hit is one (document, question) pair with a one-line snippet around the
matched words. Ranking is FTS5's bm25 (best first); ties, and queries made of
filters only, go in path and question order.
"""

from __future__ import annotations

import re
import sqlite3
from collections import namedtuple
from pathlib import Path

from .query import Query

__all__ = ["Hit", "run_search"]

#: Marker characters FTS5 puts around matched words; removed again in :class:`Hit`.
_OPEN, _CLOSE = "\x02", "\x03"
_SNIPPET_TOKENS = 16
#: Splits a snippet into text and markers (kept).
_MARKERS = re.compile(f"([{_OPEN}{_CLOSE}])")
_LEAD_CHARS = 160
#: The text columns of ``qfts``, by number.
_COLUMNS = ("question", "answer", "notice")
#: Which columns' snippets to try, in order, for a query's ``in:`` column.
_ORDER = {None: (0, 1, 2), "question": (0,), "answer": (1, 2)}


class Hit(namedtuple("Hit", ("path", "rel", "question_id", "faction", "status", "field", "snippet",
                             "spans", "score", "publication_id", "title"),
                     defaults=(None, None))):
    """One search result: a question of a library document (immutable).

    ``path`` is the document's Path, ``rel`` its path in the library;
    ``question_id``, ``faction`` and ``status`` are the question's.
    ``snippet`` is plain one-line text; ``spans`` are the (start, end) offsets
    of the matched words in it. ``field`` says where the snippet comes from
    (``question``, ``answer``, or ``notice``: a *Mededeling* concerning the
    question, indexed with the first question it concerns). ``score`` is higher for better hits (0 for
    filter-only queries). ``publication_id`` and ``title`` are the
    document's (None when unknown).

    A named tuple rather than a dataclass: see :class:`~.scan.DocEntry`.
    """

    __slots__ = ()

    def marked(self, open_: str = "[", close: str = "]") -> str:
        """The snippet with ``open_``/``close`` around each matched span."""
        out, pos = [], 0
        for start, end in self.spans:
            out += [self.snippet[pos:start], open_, self.snippet[start:end], close]
            pos = end
        out.append(self.snippet[pos:])
        return "".join(out)

    def to_jsonable(self) -> dict:
        """The hit as a JSON-ready dict."""
        return {
            "path": str(self.path), "rel": self.rel, "question": self.question_id,
            "faction": self.faction, "status": self.status, "field": self.field,
            "snippet": self.snippet, "spans": [list(s) for s in self.spans],
            "score": round(self.score, 4), "publication_id": self.publication_id,
            "title": self.title,
        }


def _clean(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Strip the markers from an FTS5 snippet; one line; span offsets."""
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    length, start = 0, None
    for piece in _MARKERS.split(" ".join(raw.split())):
        if piece == _OPEN:
            start = length
        elif piece == _CLOSE:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        elif piece:
            text.append(piece)
            length += len(piece)
    return "".join(text), tuple(spans)


def _lead(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _LEAD_CHARS:
        text = text[: _LEAD_CHARS - 1].rstrip() + "…"
    return text


def run_search(conn: sqlite3.Connection, folder: Path, query: Query, limit: int) -> list[Hit]:
    """The hits of ``query`` in the index behind ``conn``, best first, at most ``limit``.

    Two steps keep broad queries fast: first the ranked question ids (bm25
    over the matching rows, filters joined in), then snippets and details for
    those ``limit`` rows only.
    """
    where: list[str] = []
    params: list = []
    for flt in query.filters:
        cond, p = flt.sql()
        where.append(cond)
        params += p
    if query.exclude is not None:
        where.append("q.id NOT IN (SELECT rowid FROM qfts WHERE qfts MATCH ?)")
        params.append(query.fts(query.exclude))
    match = query.fts(query.match)
    if match is not None and not where:
        sql = "SELECT rowid, bm25(qfts) AS score FROM qfts WHERE qfts MATCH ? ORDER BY score, rowid LIMIT ?"
        params = [match, limit]
    elif match is not None:
        sql = ("SELECT q.id, bm25(qfts) AS score FROM qfts JOIN questions q ON q.id = qfts.rowid "
               "JOIN docs d ON d.id = q.doc_id WHERE qfts MATCH ?"
               + "".join(f" AND {w}" for w in where) + " ORDER BY score, q.id LIMIT ?")
        params = [match, *params, limit]
    else:
        sql = ("SELECT q.id, 0.0 FROM docs d JOIN questions q ON q.doc_id = d.id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY d.rel, q.ord LIMIT ?")
        params.append(limit)
    try:
        ranked = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:  # FTS5 syntax we did not foresee
        from .locking import is_busy
        from .query import QueryError

        if is_busy(exc):  # another process: the caller waits and tries again
            raise

        text = " ".join(query.text.split())
        text = text if len(text) <= 60 else text[:59] + "…"
        raise QueryError(f"cannot search for {text!r}: {exc}") from None
    if not ranked:
        return []
    ids = [r[0] for r in ranked]
    marks_in = ", ".join("?" * len(ids))
    info = {r[0]: r[1:] for r in conn.execute(
        "SELECT q.id, q.qid, q.faction, q.status, d.rel, d.pub_id, d.title, q.ord, "
        f"qfts.question, qfts.answer, qfts.notice FROM questions q JOIN docs d ON d.id = q.doc_id "
        f"JOIN qfts ON qfts.rowid = q.id WHERE q.id IN ({marks_in})", ids)}
    snips: dict[int, list] = {rowid: [None, None, None] for rowid in ids}
    if match is not None:
        # A snippet costs more than the rest of a search: make the one of the
        # column _pick prefers first, and the others only where that one has
        # no match.
        order = _ORDER[query.column]
        rest = ids
        for column in order:
            _snippets(conn, match, column, rest, snips)
            rest = [rowid for rowid in rest if not _marked(snips[rowid][column])]
            if not rest:
                break
    hits = []
    for rowid, score in ranked:
        qid, faction, status, rel, pub, title, ord_, *texts = info[rowid]
        field, snippet, spans = _pick(query.column, texts, snips[rowid])
        hits.append((float(score or 0.0), rel, ord_, Hit(
            path=folder / rel, rel=rel, question_id=qid, faction=faction, status=status,
            field=field, snippet=snippet, spans=spans, score=0.0 - float(score or 0.0) + 0.0,
            publication_id=pub, title=title,
        )))
    hits.sort(key=lambda h: h[:3])
    return [h[3] for h in hits]


def _snippets(conn: sqlite3.Connection, match: str, column: int, ids: list[int],
              into: dict[int, list]) -> None:
    """FTS5 snippets of ``column`` (0 question, 1 answer, 2 notice) of rows ``ids``, into ``into``.

    ``+rowid``: one pass over the matching rows, keeping those in ``ids``.
    A plain ``rowid IN`` lets SQLite hand each id to FTS5 as a query of its
    own (the whole MATCH set up again per id): five times slower for 100
    hits over 2,000 documents, and ever more with a larger ``--limit``; the
    one pass costs less than the ranking query, which reads the same rows."""
    sql = (f"SELECT rowid, snippet(qfts, {column}, '{_OPEN}', '{_CLOSE}', '…', {_SNIPPET_TOKENS}) "
           f"FROM qfts WHERE qfts MATCH ? AND +rowid IN ({', '.join('?' * len(ids))})")
    for rowid, snip in conn.execute(sql, [match, *ids]):
        into[rowid][column] = snip


def _marked(snippet: str | None) -> bool:
    return bool(snippet) and _OPEN in snippet


def _pick(column, texts, snips):
    """Choose the snippet: the column searched in, else the first with a match
    (question, answer, notice); without one the lead of the preferred text."""
    order = _ORDER[column]
    for i in order:
        if _marked(snips[i]):
            text, spans = _clean(snips[i])
            return _COLUMNS[i], text, spans
    first = order[0] if column is not None or texts[0] or not texts[2] else 2
    return _COLUMNS[first], _lead(texts[first] or ""), ()
