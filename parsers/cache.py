"""An on-disk cache of parsed documents.

One file per parse, ``<dir>/v<SCHEMA_VERSION>/<key>.json``, where the key
is a sha256 over the file's bytes, its name (the parse records it in
``meta.source_name``), :data:`parsers.version.PARSER_VERSION`,
:data:`parsers.version.SCHEMA_VERSION`, the entry format and the model's
field lists (:data:`parsers.light.SHAPE`). A changed file, a new parser or a
new model field therefore never meets an old entry.

An entry is one header line, ``vragenronde-cache 2 <sha256 of the rest>``,
then the document's dump (``docs/dump-format.md``) as JSON. Entries are
written atomically (temp file in the same folder, fsync, ``os.replace``), so
a reader sees a whole entry or none, and two processes writing the same
entry both end with a correct parse. Every entry's checksum is checked on
load, and :meth:`Cache.load` validates it into a :class:`~parsers.model.Document`;
a corrupt, truncated, foreign or newer-schema entry is ignored, parsed again
and overwritten.

:meth:`Cache.load_light` is the fast path of the reader and of ``show`` and
``dump``: it never parses, and reads a checksummed entry into
:mod:`parsers.light` objects without importing pydantic (which costs more
than the rest of a warm start). It reads the JSON with the standard
library's ``json``: for entries of any size here, importing ``orjson`` costs
more than it saves (``benchmarks/bench_cli.py``); orjson writes the entries.

The cache never stops a parse: when its folder cannot be created or written
(read-only, full disk, no home folder) it switches itself off and records
one message in :attr:`Cache.warning` for the user interface to print once.

The folder is ``$VRAGENRONDE_CACHE_DIR`` when set, else the platform's user
cache folder for ``vragenronde`` (``$XDG_CACHE_HOME/vragenronde`` or
``~/.cache/vragenronde`` on Linux). Nothing is written anywhere else.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from .version import SCHEMA_VERSION

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast paths)
if TYPE_CHECKING:
    from .light import LightDocument
    from .model import Document

__all__ = ["ENV_VAR", "Cache", "default_cache", "default_directory", "entry_payload", "light_from_payload"]

#: Environment variable that overrides the cache folder.
ENV_VAR = "VRAGENRONDE_CACHE_DIR"

_APP = "vragenronde"
#: The entry layout (header line + JSON); part of the key.
ENTRY_FORMAT = 2
_MAGIC = f"vragenronde-cache {ENTRY_FORMAT} ".encode("ascii")
_HEADER_LEN = len(_MAGIC) + 64 + 1  # magic, sha256 hex, newline


def _frame(payload: bytes) -> bytes:
    """An entry: the header line with the payload's checksum, then the payload."""
    import hashlib  # here, not at the top: a library search opens the cache without hashing

    return _MAGIC + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def _unframe(entry: bytes) -> bytes | None:
    """The payload of an entry whose header and checksum are right, else None."""
    if len(entry) < _HEADER_LEN or not entry.startswith(_MAGIC) or entry[_HEADER_LEN - 1:_HEADER_LEN] != b"\n":
        return None
    import hashlib

    payload = entry[_HEADER_LEN:]
    digest = entry[len(_MAGIC):_HEADER_LEN - 1]
    if hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
        return None
    return payload


class CacheUnavailable(Exception):
    """The cache folder cannot be used; ``str()`` says why."""


def default_directory() -> Path:
    """The cache folder: ``$VRAGENRONDE_CACHE_DIR``, else the user cache path.

    Raises :class:`CacheUnavailable` when no absolute folder can be found
    (for example when ``HOME`` is unset and the user has no home entry).
    """
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser().absolute()
    path = _xdg_cache_path()
    if path is None:
        from platformdirs import user_cache_path

        try:
            path = user_cache_path(_APP, appauthor=False)
        except (RuntimeError, KeyError, OSError):  # platformdirs: no home folder
            path = None
    if path is None or not path.is_absolute():
        raise CacheUnavailable(f"no home folder to put it in (set HOME or {ENV_VAR})")
    return path


def _xdg_cache_path() -> Path | None:
    """On Linux, in the common case, what platformdirs says without importing
    it (it costs half of a warm ``show``): ``$XDG_CACHE_HOME/vragenronde`` when
    that is absolute, else ``$HOME/.cache/vragenronde`` when ``HOME`` is
    absolute. None elsewhere and in every other case (platformdirs decides)."""
    if sys.platform != "linux":
        return None
    for base in (os.environ.get("XDG_CACHE_HOME", ""), os.path.join(os.environ.get("HOME", ""), ".cache")):
        if base.startswith("/"):
            return Path(base, _APP)
    return None


def _describe(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def _file_digest(path: Path) -> str | None:
    """sha256 hex digest of the file at ``path``, or None if it would not be
    parsed (missing, unreadable, not a regular file, too large). The type and
    size are checked before anything is read, so a FIFO never blocks and a
    huge sparse file is not hashed only to be refused by the reader."""
    from .readers.opening import digest_document

    return digest_document(path)


class Cache:
    """Parsed documents on disk, keyed by file content and parser version.

    ``directory`` None means :func:`default_directory`. Counters ``hits`` and
    ``misses`` count :meth:`load` calls answered from disk or by parsing.
    """

    def __init__(self, directory: Path | str | None = None) -> None:
        self.hits = 0
        self.misses = 0
        #: One line for the user when the cache switched itself off, else None.
        self.warning: str | None = None
        self.enabled = True
        self.directory: Path | None = None
        try:
            self.directory = Path(directory) if directory is not None else default_directory()
        except CacheUnavailable as exc:
            self._disable(f"cache disabled: {exc}")
            return
        self._entries = self.directory / f"v{SCHEMA_VERSION}"
        try:
            self._entries.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._disable_unwritable(exc)

    # -- state -------------------------------------------------------------
    def _disable(self, message: str) -> None:
        self.enabled = False
        if self.warning is None:
            self.warning = message

    def _disable_unwritable(self, exc: OSError) -> None:
        self._disable(f"cache disabled: {self.directory} is not writable ({_describe(exc)})")

    # -- keys and entries --------------------------------------------------
    def key(self, path: Path) -> str | None:
        """The cache key of the file at ``path``, or None if it is unreadable."""
        digest = _file_digest(path)
        if digest is None:
            return None
        import hashlib

        from .light import SHAPE
        from .version import PARSER_VERSION

        material = "\0".join(
            ["vragenronde-cache", str(PARSER_VERSION), str(SCHEMA_VERSION), str(ENTRY_FORMAT),
             SHAPE, path.name, digest]
        )
        return hashlib.sha256(material.encode("utf-8", "surrogateescape")).hexdigest()

    def entry_path(self, key: str) -> Path:
        """Where the entry for ``key`` lives."""
        return self._entries / f"{key}.json"

    def _payload(self, key: str) -> bytes | None:
        """The checked JSON of the entry for ``key``, or None."""
        try:
            return _unframe(self.entry_path(key).read_bytes())
        except OSError:
            return None

    def _read(self, key: str) -> Document | None:
        from pydantic import ValidationError

        from .model import Document

        payload = self._payload(key)
        if payload is None:
            return None
        try:
            doc = Document.model_validate_json(payload)
        except (ValidationError, ValueError):
            return None
        if doc.schema_version != SCHEMA_VERSION:
            return None
        return doc

    def _write(self, key: str, doc: Document) -> None:
        self.store_payload(key, entry_payload(doc))

    def has(self, key: str) -> bool:
        """Whether a whole entry (checksum right) is stored under ``key``."""
        return self.enabled and self._payload(key) is not None

    def store_payload(self, key: str, payload: bytes) -> None:
        """Store ``payload`` (:func:`entry_payload` of a parse) under ``key``,
        atomically; a failure switches the cache off (:attr:`warning`)."""
        import tempfile

        data = _frame(payload)
        target = self.entry_path(key)
        tmp: str | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
            tmp = None
        except OSError as exc:
            self._disable_unwritable(exc)
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    # -- the public operations ---------------------------------------------------
    def load_light(self, path: str | os.PathLike[str]) -> LightDocument | None:
        """The cached parse of ``path`` as a :class:`~parsers.light.LightDocument`,
        or None when there is no usable entry. Never parses, never writes,
        never imports pydantic; counts a hit when it answers."""
        found = self.load_light_entry(path)
        return None if found is None else found[0]

    def load_light_entry(self, path: str | os.PathLike[str]) -> tuple[LightDocument, bytes] | None:
        """Like :meth:`load_light`, with the entry's checked JSON: the document's
        dump (``docs/dump-format.md``) as compact JSON, as ``dump`` prints it."""
        if not self.enabled:
            return None
        key = self.key(Path(path))
        payload = self._payload(key) if key is not None else None
        doc = light_from_payload(payload) if payload is not None else None
        if doc is None:
            return None
        self.hits += 1
        return doc, payload

    def load(self, path: str | os.PathLike[str], parse: Callable[[], Document]) -> Document:
        """The parse of ``path``: from disk when cached, else ``parse()`` (then stored).

        Errors of ``parse()`` (``ParseError``) pass through unchanged; cache
        trouble never raises.
        """
        path = Path(path)
        if not self.enabled:
            self.misses += 1
            return parse()
        key = self.key(path)
        if key is None:  # missing, a folder, unreadable: let the parser say so
            self.misses += 1
            return parse()
        doc = self._read(key)
        if doc is not None:
            self.hits += 1
            return doc
        self.misses += 1
        doc = parse()
        # Store only if the file did not change while it was being parsed.
        if self.enabled and self.key(path) == key:
            self._write(key, doc)
        return doc


def entry_payload(doc: Document) -> bytes:
    """What a cache entry holds of ``doc``: its dump (``docs/dump-format.md``)
    as compact JSON."""
    import orjson

    return orjson.dumps(doc.model_dump(mode="json", by_alias=True))


def light_from_payload(payload: bytes) -> LightDocument | None:
    """:func:`entry_payload` JSON read into a :class:`~parsers.light.LightDocument`
    (without pydantic), or None if it does not fit this schema."""
    import json

    from .light import light_document

    try:
        return light_document(json.loads(payload), SCHEMA_VERSION)
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None


def default_cache(no_cache: bool = False) -> Cache | None:
    """The cache the command line and the reader use: None with ``no_cache``."""
    if no_cache:
        return None
    return Cache()
