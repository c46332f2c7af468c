"""Pure parsing of Dutch parliamentary question rounds.

Files in, a typed :class:`~parsers.model.Document` out. This package never
imports textual, rich or tui (``tests/test_purity.py`` checks it in a fresh
interpreter).

    >>> from parsers import parse_path
    >>> doc = parse_path("samples/nota-ek.txt")        # doctest: +SKIP
    >>> doc.question("SP-4").answer.status             # doctest: +SKIP
    'answered'
"""

from .errors import ParseError
from .version import PARSER_VERSION

_PIPELINE = ("parse_path", "parse_source", "parse_text")


def __getattr__(name: str):
    """The model and the parse functions, imported on first use: the
    reader's fast path (``parsers.cache.Cache.load_light``) needs neither
    pydantic nor the readers and grammars."""
    if name == "Document":
        from .model import Document

        return Document
    if name in _PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'parsers' has no attribute {name!r}")

__all__ = [
    "Document", "ParseError", "PARSER_VERSION",
    "parse_path", "parse_source", "parse_text",
]
