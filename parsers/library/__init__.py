"""A folder of question rounds as one searchable library (pure: no textual/rich).

    >>> from parsers.library import Library
    >>> lib = Library("rounds/")                           # doctest: +SKIP
    >>> entries = lib.refresh(lambda done, total, rel: None)  # doctest: +SKIP
    >>> [h.question_id for h in lib.search("faction:SP munitie")]  # doctest: +SKIP

Modules: :mod:`.scan` (find files, list rows), :mod:`.index` (the SQLite FTS5
index and :class:`Library`), :mod:`.query` (the search language),
:mod:`.search` (hits and snippets), :mod:`.export` (Markdown, CSV, JSON).
Each is imported on first use of one of its names, so that ``vragenronde
search`` loads neither the exporters nor anything it does not run.
"""

from __future__ import annotations

#: Every public name and the module that defines it.
_WHERE = {
    "ExportError": "export", "export_document": "export", "export_entries": "export",
    "export_rows": "export",
    "Citing": "index", "Library": "index", "RefreshStats": "scan", "fts5_available": "index",
    "index_path": "index",
    "Query": "query", "QueryError": "query", "parse_query": "query",
    "DocEntry": "scan", "scan_folder": "scan",
    "Hit": "search",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # __import__, not importlib.import_module: -X importtime reports it
    # (tests/test_import_budget.py reads that report)
    value = getattr(__import__(f"{__name__}.{module}", fromlist=[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
