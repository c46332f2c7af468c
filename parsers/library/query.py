"""The search language of the library, compiled to SQLite FTS5.

Syntax (keywords ``AND``, ``OR``, ``NOT`` in capitals; lower-case words are
searched for)::

    defensie munitie          both words (implicit AND), anywhere in question, answer or notice
    "eerste set vragen"       a phrase
    defensie*                 a prefix
    munitie OR drones         either
    defensie NOT munitie      the first without the second
    (munitie OR drones) AND leveranciers

Field filters combine with the words by AND (and may be negated with ``NOT``
at the top level, not inside brackets or under ``OR``)::

    faction:SP                questions of the SP block (or a joint block naming SP), any case;
                              quote a name with spaces: faction:"Van der Berg"
    in:questions / in:answers search the words only in the question / answer text
                              (the answers include the notices, Mededelingen, in their place)
    kind:kamervragen          document kind, exact or a prefix (kind:nota, kind:lijst)
    dossier:36800-K           dossier number (dossier:"36 800 K" too); dossier:36800 also matches 36800-K
    status:by-reference       answered, by-reference, deferred or missing
    year:2026                 year of the document date

Words are matched case- and accent-insensitively (``unicode61`` tokenizer with
``remove_diacritics 2``). Bad syntax raises :class:`QueryError` with a
one-line message.
"""

from __future__ import annotations

import re
from collections import namedtuple

__all__ = ["FIELDS", "STATUSES", "Filter", "Query", "QueryError", "parse_query"]

STATUSES = ("answered", "by-reference", "deferred", "missing")
#: How deeply brackets and NOTs may nest inside each other.
MAX_DEPTH = 25
FIELDS = ("faction", "in", "kind", "dossier", "status", "year")


class QueryError(ValueError):
    """A query that cannot be understood; ``str()`` is a one-line message."""


class Filter(namedtuple("Filter", ("field", "value", "negated"), defaults=(False,))):
    """One field filter: ``field:value`` (``negated`` after ``NOT``); immutable.

    A named tuple rather than a dataclass: ``vragenronde search`` imports this
    module, and :mod:`dataclasses` costs more to import than a search takes.
    """

    __slots__ = ()

    def sql(self) -> tuple[str, list]:
        """A WHERE condition over ``q`` (questions) and ``d`` (documents), with parameters."""
        v = self.value.casefold()
        if self.field == "faction":
            cond, params = "q.factions_key LIKE ? ESCAPE '\\'", [f"%|{_like(v)}|%"]
        elif self.field == "kind":
            cond, params = "d.kind LIKE ? ESCAPE '\\'", [f"{_like(v)}%"]
        elif self.field == "dossier":
            v = re.sub(r"\s+", "-", re.sub(r"(?<=\d)\s+(?=\d)", "", v.strip()))
            cond = "(lower(coalesce(d.dossier, '')) = ? OR lower(coalesce(d.dossier, '')) LIKE ? ESCAPE '\\')"
            params = [v, f"{_like(v)}-%"]
        elif self.field == "status":
            cond, params = "q.status = ?", [v]
        elif self.field == "year":
            cond, params = "coalesce(d.year, 0) = ?", [int(v)]
        else:  # pragma: no cover - parse_query only makes the fields above
            raise QueryError(f"unknown field {self.field}:")
        return (f"NOT ({cond})" if self.negated else cond), params


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Query:
    """A parsed query: an FTS5 MATCH expression (or None) and SQL filters.

    ``exclude`` is an FTS5 expression whose matches are removed (a top-level
    ``NOT`` with nothing to subtract from); ``column`` is ``question``,
    ``answer`` or None after ``in:``.
    """

    __slots__ = ("text", "match", "exclude", "column", "filters")

    def __init__(self, text: str, match: str | None = None, exclude: str | None = None,
                 column: str | None = None, filters: list[Filter] | None = None) -> None:
        self.text = text
        self.match = match
        self.exclude = exclude
        self.column = column
        self.filters: list[Filter] = [] if filters is None else filters

    def _fields(self) -> tuple:
        return (self.text, self.match, self.exclude, self.column, self.filters)

    def __eq__(self, other: object) -> bool:
        return type(other) is Query and self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it was

    def __repr__(self) -> str:
        return ("Query(text={!r}, match={!r}, exclude={!r}, column={!r}, filters={!r})"
                .format(*self._fields()))

    def fts(self, expr: str | None) -> str | None:
        """``expr`` restricted to :attr:`column`, if any."""
        if expr is None or self.column is None:
            return expr
        columns = "{answer notice}" if self.column == "answer" else self.column
        return f"{columns} : ({expr})"


_TOKEN = re.compile(
    r'\s*(?:(?P<paren>[()])'
    r'|(?P<field>[A-Za-z]+):(?:"(?P<fquoted>[^"]*)"?|(?P<fvalue>[^\s()"]*))'
    r'|"(?P<phrase>[^"]*)"?(?P<pstar>\*)?'
    r'|(?P<word>[^\s()"]+))'
)


def _fts_string(text: str) -> str | None:
    """``text`` as an FTS5 string, or None when it has no letters or digits."""
    if not any(ch.isalnum() for ch in text):
        return None
    return '"' + text.replace('"', '""') + '"'


def _tokens(text: str) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        if m.group("paren"):
            out.append((m.group("paren"), None))
        elif m.group("field") and m.group("field").lower() in FIELDS:
            name = m.group("field").lower()
            value = m.group("fquoted") if m.group("fquoted") is not None else m.group("fvalue")
            out.append(("filter", _filter(name, value.strip())))
        elif m.group("field"):  # an unknown "word:rest" is just text
            s = _fts_string(m.group(0).strip())
            if s:
                out.append(("term", s))
        elif m.group("phrase") is not None:
            s = _fts_string(m.group("phrase"))
            if s:
                out.append(("term", s + ("*" if m.group("pstar") else "")))
        else:
            word = m.group("word")
            if word in ("AND", "OR", "NOT"):
                out.append((word, None))
                continue
            star = word.endswith("*")
            s = _fts_string(word.rstrip("*"))
            if s:
                out.append(("term", s + ("*" if star else "")))
    return out


def _filter(name: str, value: str) -> Filter:
    if not value:
        raise QueryError(f"{name}: needs a value, e.g. {_EXAMPLE[name]}")
    low = value.casefold()
    if name == "status" and low not in STATUSES:
        raise QueryError(f"status:{value} is unknown; use one of {', '.join(STATUSES)}")
    if name == "year" and not re.fullmatch(r"\d{4}", value):
        raise QueryError(f"year:{value} is not a year; write four digits, e.g. year:2026")
    if name == "in":
        if low in ("question", "questions", "vragen", "vraag"):
            value = "question"
        elif low in ("answer", "answers", "antwoorden", "antwoord"):
            value = "answer"
        else:
            raise QueryError(f"in:{value} is unknown; use in:questions or in:answers")
    return Filter(name, value)


_EXAMPLE = {
    "faction": "faction:SP", "in": "in:answers", "kind": "kind:kamervragen",
    "dossier": "dossier:36800-K", "status": "status:by-reference", "year": "year:2026",
}


class _Parser:
    """Recursive descent: or := and (OR and)*; and := unary (AND? unary)*;
    unary := NOT unary | primary; primary := ( or ) | term | filter.

    Brackets and NOTs nest at most :data:`MAX_DEPTH` deep, so no query can
    exhaust the stack."""

    def __init__(self, tokens: list[tuple[str, object]]) -> None:
        self.toks = tokens
        self.i = 0
        self.depth = 0

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(f"the query nests too deeply: at most {MAX_DEPTH} brackets and NOTs "
                             "inside each other")

    def peek(self) -> str | None:
        return self.toks[self.i][0] if self.i < len(self.toks) else None

    def take(self) -> tuple[str, object]:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self):
        if not self.toks:
            raise QueryError("empty query; give words to search for or a filter such as faction:SP")
        node = self.or_()
        if self.i < len(self.toks):
            raise QueryError("unbalanced brackets: a ) without a matching (")
        return node

    def or_(self):
        items = [self.and_()]
        while self.peek() == "OR":
            self.take()
            items.append(self.and_())
        return items[0] if len(items) == 1 else ("or", items)

    def and_(self):
        items = [self.unary()]
        while self.peek() not in (None, "OR", ")"):
            if self.peek() == "AND":
                self.take()
            items.append(self.unary())
        return items[0] if len(items) == 1 else ("and", items)

    def unary(self):
        if self.peek() == "NOT":
            self.take()
            self.enter()
            node = ("not", self.unary())
            self.depth -= 1
            return node
        return self.primary()

    def primary(self):
        kind = self.peek()
        if kind is None:
            raise QueryError("the query ends too early: AND, OR or NOT needs something after it")
        if kind == "(":
            self.take()
            self.enter()
            node = self.or_()
            if self.peek() != ")":
                raise QueryError("unbalanced brackets: a ( without a matching )")
            self.take()
            self.depth -= 1
            return ("group", node)
        if kind in ("AND", "OR", ")"):
            raise QueryError(f"{kind} cannot stand here; put words on both sides of AND and OR")
        return self.take()


def _has_filter(node) -> bool:
    kind = node[0]
    if kind == "filter":
        return True
    if kind in ("and", "or"):
        return any(_has_filter(n) for n in node[1])
    if kind in ("not", "group"):
        return _has_filter(node[1])
    return False


def _compile(node) -> str:
    kind = node[0]
    if kind == "term":
        return node[1]
    if kind == "group":
        return _compile(node[1])
    if kind == "or":
        return "(" + " OR ".join(_compile(n) for n in node[1]) + ")"
    if kind == "and":
        pos = [n for n in node[1] if n[0] != "not"]
        neg = [n[1] for n in node[1] if n[0] == "not"]
        if not pos:
            raise QueryError("NOT needs words to subtract from, e.g. defensie NOT munitie")
        expr = "(" + " AND ".join(_compile(n) for n in pos) + ")"
        if neg:
            expr += " NOT (" + " OR ".join(_compile(n) for n in neg) + ")"
        return expr
    if kind == "not":
        raise QueryError("NOT needs words to subtract from, e.g. defensie NOT munitie")
    raise QueryError("field filters combine with AND only; take them out of brackets and OR")


def parse_query(text: str) -> Query:
    """Parse the search language into a :class:`Query` (raises :class:`QueryError`)."""
    root = _Parser(_tokens(text)).parse()
    items = root[1] if root[0] == "and" else [root]
    query = Query(text=text)
    words = []
    for item in items:
        if item[0] == "filter":
            query.filters.append(item[1])
        elif item[0] == "not" and item[1][0] == "filter":
            if item[1][1].field == "in":
                raise QueryError("in: cannot be negated; use in:questions or in:answers")
            f = item[1][1]
            query.filters.append(Filter(f.field, f.value, negated=True))
        elif _has_filter(item):
            raise QueryError("field filters combine with AND only; take them out of brackets and OR")
        else:
            words.append(item)
    cols = {f.value for f in query.filters if f.field == "in"}
    if len(cols) > 1:
        raise QueryError("give either in:questions or in:answers, not both")
    query.column = cols.pop() if cols else None
    query.filters = [f for f in query.filters if f.field != "in"]
    pos = [w for w in words if w[0] != "not"]
    neg = [w[1] for w in words if w[0] == "not"]
    if pos:
        query.match = _compile(("and", words)) if len(words) > 1 else _compile(words[0])
    elif neg:
        query.exclude = " OR ".join(_compile(n) for n in neg)
    if query.match is None and query.exclude is None and not query.filters and query.column:
        raise QueryError("in: needs words to search for, e.g. in:answers munitie")
    return query
