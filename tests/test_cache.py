"""parsers.cache: round trip, hits, repair of bad entries, no-cache fallback, races."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import multiprocessing
import os
import sys
from decimal import Decimal
from pathlib import Path

import orjson
import pytest

import parsers.pipeline
import parsers.version
from parsers.cache import ENV_VAR, Cache, default_cache, default_directory
from parsers.model import (
    SCHEMA_VERSION, Answer, Citation, Document, Faction, Figure, Meta, Part, Question, XRef,
)


def make_doc(name: str = "nota.txt") -> Document:
    """A Document with every awkward type: Decimal, date, alias, parts, None."""
    q = Question(
        id="SP-4", number=4, text="Welk bedrag?\na. VS;\nb. Israël?",
        parts=[Part(label="a", text="VS;", start=16, end=19),
               Part(label="b", text="Israël?", start=23, end=30)],
        answer=Answer(text="€ 6,5 miljard.", status="answered", label="Antwoord 4a."),
    )
    return Document(
        meta=Meta(kind="nota-naar-aanleiding-van-verslag", dossier="36800-K",
                  document_letter="F", date=dt.date(2026, 6, 19), source_name=name),
        intro="Hierbij",
        factions=[Faction(name="SP", questions=[q, Question(id="SP-5", number=5, text="En?")])],
        figures=[
            Figure(kind="money", text="€ 6,5 miljard", value=Decimal("6500000000"), unit="EUR",
                   question="SP-4", field="answer", start=0, end=13),
            Figure(kind="percent", text="37,5%", value=Decimal("37.5"), unit="%",
                   question=None, field="intro", start=0, end=5),
            Figure(kind="date", text="17 juni 2025", value=dt.date(2025, 6, 17), unit="",
                   question="SP-4", field="answer", start=0, end=5),
        ],
        citations=[Citation(kind="kamerstuk", text="Kamerstuk 36725 X nr. 6", id="kst-36725-X-6",
                            question="SP-4", field="answer", start=0, end=5)],
        xrefs=[XRef(from_="SP-5", to="SP-4", text="Zie antwoord vraag 4.")],
        footnotes={"1": "Zie ook"},
    )


class Parser:
    """A parse function that counts its calls."""

    def __init__(self, doc: Document | None = None) -> None:
        self.calls = 0
        self.doc = doc or make_doc()

    def __call__(self) -> Document:
        self.calls += 1
        return self.doc


def never() -> Document:
    raise AssertionError("parse() called although the entry is cached")


@pytest.fixture
def src(tmp_path: Path) -> Path:
    p = tmp_path / "nota.txt"
    p.write_text("De leden van de SP-fractie hebben onderstaande vragen gesteld:\n", encoding="utf-8")
    return p


@pytest.fixture
def cdir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def entry_of(cache: Cache, path: Path) -> Path:
    return cache.entry_path(cache.key(path))


def files_in(d: Path) -> list[str]:
    return sorted(str(p.relative_to(d)) for p in d.rglob("*") if p.is_file())


# -- round trip and hits -------------------------------------------------------

def test_round_trip_equals_the_parse_and_keeps_decimals_and_dates(src, cdir):
    doc = make_doc()
    first = Cache(cdir).load(src, Parser(doc))
    again = Cache(cdir).load(src, never)  # a fresh instance reads from disk
    assert first == doc and again == doc
    assert again.figures[0].value == Decimal("6500000000")
    assert again.figures[1].value == Decimal("37.5")
    assert again.figures[2].value == dt.date(2025, 6, 17)
    assert again.meta.date == dt.date(2026, 6, 19)
    assert again.xrefs[0].from_ == "SP-5"


def test_second_load_is_a_hit_and_does_not_parse(src, cdir):
    cache, parse = Cache(cdir), Parser()
    cache.load(src, parse)
    cache.load(src, parse)
    assert (parse.calls, cache.hits, cache.misses) == (1, 1, 1)
    assert cache.warning is None


def test_one_file_per_entry_under_the_schema_folder_and_nothing_else(src, cdir):
    cache = Cache(cdir)
    cache.load(src, Parser())
    key = cache.key(src)
    assert len(key) == 64
    assert files_in(cdir) == [f"v{SCHEMA_VERSION}/{key}.json"]
    entry = (cdir / f"v{SCHEMA_VERSION}" / f"{key}.json").read_bytes()
    header, payload = entry.split(b"\n", 1)
    assert header == b"vragenronde-cache 2 " + hashlib.sha256(payload).hexdigest().encode()
    assert orjson.loads(payload) == make_doc().model_dump(mode="json", by_alias=True)


def test_changed_content_misses(src, cdir):
    cache = Cache(cdir)
    cache.load(src, Parser())
    src.write_text("Andere tekst\n", encoding="utf-8")
    parse = Parser()
    cache.load(src, parse)
    assert parse.calls == 1 and cache.misses == 2
    assert len(files_in(cdir)) == 2


def test_same_bytes_under_another_name_is_another_entry(src, cdir):
    other = src.with_name("kopie.txt")
    other.write_bytes(src.read_bytes())
    cache = Cache(cdir)
    cache.load(src, Parser(make_doc("nota.txt")))
    got = cache.load(other, Parser(make_doc("kopie.txt")))
    assert got.meta.source_name == "kopie.txt"
    assert cache.key(src) != cache.key(other)


def test_new_parser_version_misses(src, cdir, monkeypatch):
    cache = Cache(cdir)
    cache.load(src, Parser())
    monkeypatch.setattr(parsers.version, "PARSER_VERSION", "999")
    parse = Parser()
    cache.load(src, parse)
    assert parse.calls == 1


def test_parse_errors_pass_through_and_missing_files_are_not_cached(tmp_path, cdir):
    from parsers import ParseError, parse_path

    cache = Cache(cdir)
    with pytest.raises(ParseError, match="bestand bestaat niet"):
        parse_path(tmp_path / "nope.txt", cache=cache)
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    with pytest.raises(ParseError, match="het document is leeg"):
        parse_path(empty, cache=cache)
    assert files_in(cdir) == []


# -- bad entries are rebuilt and repaired ------------------------------------------

BAD_ENTRIES = {
    "corrupt": b"\x00\xffnot json at all",
    "truncated": None,  # the first half of a real entry
    "foreign-object": b'{"hello": "world"}',
    "foreign-list": b"[1, 2, 3]",
    "empty": b"",
    "newer-schema": None,  # a valid entry claiming a newer schema
    "bad-checksum": None,  # one byte of the JSON changed, header kept
    "old-format": None,  # the bare JSON that entry format 1 wrote
}


@pytest.mark.parametrize("kind", sorted(BAD_ENTRIES))
def test_bad_entry_is_ignored_rebuilt_and_repaired(kind, src, cdir):
    cache = Cache(cdir)
    cache.load(src, Parser())
    entry = entry_of(cache, src)
    good = entry.read_bytes()
    if kind == "truncated":
        bad = good[: len(good) // 2]
    elif kind == "newer-schema":
        header, payload = good.split(b"\n", 1)
        data = orjson.loads(payload)
        data["schema_version"] = SCHEMA_VERSION + 1
        payload = orjson.dumps(data)
        bad = b"vragenronde-cache 2 " + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    elif kind == "bad-checksum":
        bad = good.replace(b'"SP-4"', b'"SP-9"', 1)
        assert bad != good
    elif kind == "old-format":
        bad = good.split(b"\n", 1)[1]
    else:
        bad = BAD_ENTRIES[kind]
    entry.write_bytes(bad)

    fresh, parse = Cache(cdir), Parser()
    assert fresh.load(src, parse) == make_doc()
    assert parse.calls == 1 and fresh.misses == 1 and fresh.warning is None
    assert Document.model_validate_json(entry.read_bytes().split(b"\n", 1)[1]) == make_doc()  # repaired
    assert Cache(cdir).load(src, never) == make_doc()


@pytest.mark.parametrize("kind", sorted(BAD_ENTRIES))
def test_the_light_path_never_answers_from_a_bad_entry(kind, src, cdir):
    """``load_light`` (the reader's fast path) says None for every bad entry
    ``load`` repairs, and never parses or writes."""
    cache = Cache(cdir)
    cache.load(src, Parser())
    entry = entry_of(cache, src)
    good = entry.read_bytes()
    header, payload = good.split(b"\n", 1)
    bad = {
        "corrupt": BAD_ENTRIES["corrupt"], "foreign-object": BAD_ENTRIES["foreign-object"],
        "foreign-list": BAD_ENTRIES["foreign-list"], "empty": b"",
        "truncated": good[: len(good) // 2], "old-format": payload,
        "bad-checksum": good.replace(b'"SP-4"', b'"SP-9"', 1),
    }.get(kind)
    if kind == "newer-schema":
        data = orjson.loads(payload)
        data["schema_version"] = SCHEMA_VERSION + 1
        payload = orjson.dumps(data)
        bad = b"vragenronde-cache 2 " + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    entry.write_bytes(bad)
    fresh = Cache(cdir)
    assert fresh.load_light(src) is None
    assert fresh.hits == 0 and entry.read_bytes() == bad


def test_a_checksummed_entry_of_the_wrong_shape_is_refused_by_the_light_path(src, cdir):
    cache = Cache(cdir)
    cache.load(src, Parser())
    entry = entry_of(cache, src)
    data = orjson.loads(entry.read_bytes().split(b"\n", 1)[1])
    data["factions"][0]["questions"][0]["surprise"] = 1
    payload = orjson.dumps(data)
    entry.write_bytes(b"vragenronde-cache 2 " + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    assert Cache(cdir).load_light(src) is None


def test_the_light_path_reads_what_load_stored(src, cdir):
    from parsers.light import LightDocument

    Cache(cdir).load(src, Parser())
    cache = Cache(cdir)
    light = cache.load_light(src)
    assert isinstance(light, LightDocument) and cache.hits == 1
    assert light.to_jsonable() == make_doc().to_jsonable()
    assert light.figures[0].value == Decimal("6500000000")
    assert light.figures[1].value == Decimal("37.5")
    assert light.figures[2].value == dt.date(2025, 6, 17)
    assert light.meta.date == dt.date(2026, 6, 19)
    assert light.xrefs[0].from_ == "SP-5"
    assert light.question("sp-4").answer.label == "Antwoord 4a."
    assert [q.id for q in light.questions()] == ["SP-4", "SP-5"]


def test_the_light_path_without_an_entry_or_cache_is_none(src, cdir, tmp_path):
    assert Cache(cdir).load_light(src) is None
    assert Cache(cdir).load_light(tmp_path / "missing.txt") is None
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert Cache(blocker / "sub").load_light(src) is None


# -- an unusable cache folder: work without, one warning --------------------------

def test_folder_under_a_regular_file_disables_the_cache_with_one_warning(src, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cdir = blocker / "sub"
    cache, parse = Cache(cdir), Parser()
    assert cache.load(src, parse) == make_doc()
    assert cache.load(src, parse) == make_doc()
    assert parse.calls == 2 and cache.hits == 0 and not cache.enabled
    assert cache.warning == f"cache disabled: {cdir} is not writable (Not a directory)"
    assert blocker.read_text() == "x"


@pytest.mark.parametrize(
    "err", [errno.ENOSPC, errno.EROFS, errno.EACCES], ids=["ENOSPC", "EROFS", "EACCES"]
)
def test_write_failure_disables_the_cache_and_leaves_no_temp_file(src, cdir, monkeypatch, err):
    cache = Cache(cdir)

    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, "replace", fail)
    parse = Parser()
    assert cache.load(src, parse) == make_doc()
    assert cache.load(src, parse) == make_doc()
    assert parse.calls == 2
    assert cache.warning == f"cache disabled: {cdir} is not writable ({os.strerror(err)})"
    assert files_in(cdir) == []


def test_no_home_folder_disables_the_cache(src, monkeypatch):
    import pwd

    for var in ("HOME", "XDG_CACHE_HOME", ENV_VAR):
        monkeypatch.delenv(var, raising=False)

    def no_user(uid):
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", no_user)
    cache = Cache()
    assert cache.directory is None and not cache.enabled
    assert cache.warning == (
        "cache disabled: no home folder to put it in (set HOME or VRAGENRONDE_CACHE_DIR)"
    )
    assert cache.load(src, Parser()) == make_doc()


# -- where the cache lives -------------------------------------------------------------

def test_env_var_overrides_the_folder(src, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "envcache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache = default_cache(no_cache=False)
    assert cache.directory == tmp_path / "envcache"
    cache.load(src, Parser())
    assert len(files_in(tmp_path / "envcache")) == 1
    assert not (tmp_path / "xdg").exists()


def test_xdg_cache_home_is_honoured(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_directory() == tmp_path / "xdg" / "vragenronde"
    assert Cache().directory == tmp_path / "xdg" / "vragenronde"


@pytest.mark.skipif(sys.platform != "linux", reason="the shortcut is for Linux only")
@pytest.mark.parametrize(("xdg", "home"), [
    ("/x/cache", "/home/u"), ("", "/home/u"), ("  ", "/home/u/"), ("relative", "/home/u"),
    (None, "/"), (None, "/home/u"), ("/x/cache/", None),
])
def test_the_linux_cache_folder_is_the_one_platformdirs_gives(xdg, home, monkeypatch):
    """default_directory() finds the folder without platformdirs where it can;
    the answer must be the same."""
    from platformdirs import user_cache_path

    from parsers.cache import _xdg_cache_path

    monkeypatch.delenv(ENV_VAR, raising=False)
    for var, value in (("XDG_CACHE_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(var, raising=False)
        else:
            monkeypatch.setenv(var, value)
    assert _xdg_cache_path() == user_cache_path("vragenronde", appauthor=False)
    assert default_directory() == user_cache_path("vragenronde", appauthor=False)


def test_no_cache_means_no_cache_object():
    assert default_cache(no_cache=True) is None


# -- two processes writing the same entry -------------------------------------------

class _AlwaysWrite(Cache):
    """A cache that never trusts its entries, so every load writes."""

    def _read(self, key):
        return None


def _hammer(cdir: str, src: str, rounds: int, queue) -> None:
    try:
        writer, reader, doc = _AlwaysWrite(cdir), Cache(cdir), make_doc()
        for _ in range(rounds):
            assert writer.load(src, lambda: doc) == doc
            assert reader.load(src, never) == doc  # never a half-written entry
        assert writer.warning is None and reader.misses == 0
        queue.put("ok")
    except BaseException as exc:  # report to the parent, which asserts
        queue.put(f"{type(exc).__name__}: {exc}")


def test_concurrent_writers_both_end_with_a_correct_parse(src, cdir):
    Cache(cdir).load(src, Parser())  # so the readers always find an entry
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_hammer, args=(str(cdir), str(src), 60, queue)) for _ in range(2)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert results == ["ok", "ok"]
    assert [p.exitcode for p in procs] == [0, 0]
    assert Cache(cdir).load(src, never) == make_doc()
    assert len(files_in(cdir)) == 1  # no temp files left behind
