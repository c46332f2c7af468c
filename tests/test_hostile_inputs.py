"""Bad and hostile files: each ends in one ``ParseError`` line, never a crash.

(PDF, XML and DOCX attacks: ``tests/test_hostile_formats.py``.)

One test per kind of bad input, each asserting the exact message the user
sees (``parse_path`` raises it; the command line prints it as
``vragenronde: <message>`` with exit status 2, checked for every case at the
end). Inputs are built in ``tmp_path`` from the seed document or from bytes,
so nothing here depends on ../shared except the seed-based cases.
"""

from __future__ import annotations

import os
import tempfile
import time
import tracemalloc
from pathlib import Path

import pytest

import parsers
import parsers.readers as readers
import parsers.readers.opening as opening
from parsers import ParseError, parse_path, parse_text
from tests.corpus import SHARED, need_shared

SEED = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"


def message(path: Path) -> str:
    """The one-line message of the ``ParseError`` that parsing ``path`` raises."""
    with pytest.raises(ParseError) as info:
        parse_path(path)
    assert type(info.value) is ParseError
    text = str(info.value)
    assert "\n" not in text and "Traceback" not in text
    return text


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def facts(doc) -> list[tuple[str, str, str | None]]:
    """What a reader shows: every question id, text and answer text."""
    return [(q.id, q.text, q.answer.text if q.answer else None) for q in doc.questions()]


SMALL = "Vraag 1\nIs dat één café in Curaçao?\n\nAntwoord 1\nJa, één café.\n"


# -- empty and binary ---------------------------------------------------------

def test_empty_file(tmp_path):
    p = write(tmp_path, "leeg.txt", b"")
    assert message(p) == "leeg.txt: het document is leeg; er is niets te lezen"


def test_whitespace_only(tmp_path):
    p = write(tmp_path, "wit.txt", b" \t\r\n\n   \r\n\xc2\xa0\n")
    assert message(p) == "wit.txt: het document bevat alleen witruimte; er is niets te lezen"


def test_binary_data_with_nul_bytes(tmp_path):
    p = write(tmp_path, "data.txt", bytes(range(256)) * 8)
    assert message(p) == "data.txt: binaire gegevens, geen tekstdocument (bevat NUL-bytes)"


def test_binary_data_without_nul_bytes(tmp_path):
    noise = bytes(b for b in range(1, 256) if b not in b"\t\n\r") * 20
    p = write(tmp_path, "ruis.txt", noise)
    assert message(p) == "ruis.txt: binaire gegevens, geen tekstdocument"


def test_single_nul_byte_in_text(tmp_path):
    p = write(tmp_path, "nul.txt", SMALL.encode() + b"\x00")
    assert message(p) == "nul.txt: binaire gegevens, geen tekstdocument (bevat NUL-bytes)"


@pytest.mark.parametrize("head", [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", b"GIF89a"])
def test_image_renamed_pdf(tmp_path, head):
    p = write(tmp_path, "scan.pdf", head + bytes(range(256)) * 4)
    assert message(p) == "scan.pdf: geen PDF-bestand (de naam eindigt op .pdf, maar de PDF-kop ontbreekt)"


# -- encodings and line endings ----------------------------------------------

def test_latin1_text_is_decoded(tmp_path):
    p = write(tmp_path, "latin.txt", SMALL.encode("latin-1"))
    doc = parse_path(p)
    assert doc == parse_text(SMALL, "latin.txt").model_copy(update={"report": doc.report})
    assert doc.report.warnings[0] == "decoded as cp1252"
    assert "één café in Curaçao" in doc.question("1").text


@need_shared
def test_windows_1252_seed_gives_the_same_questions(tmp_path):
    text = SEED.read_text(encoding="utf-8").replace("ş", "s")  # ş is not in cp1252
    p = write(tmp_path, "seed.txt", text.encode("cp1252"))
    doc = parse_path(p)
    assert facts(doc) == facts(parse_text(text, "seed.txt"))
    assert len(doc.questions()) == 26
    assert "decoded as cp1252" in doc.report.warnings


@need_shared
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_text_with_a_bom(tmp_path, codec):
    text = SEED.read_text(encoding="utf-8")
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = parse_path(write(tmp_path, "seed.txt", data))
    assert facts(doc) == facts(parse_text(text, "seed.txt"))


def test_broken_utf16_after_the_bom(tmp_path):
    p = write(tmp_path, "kapot.txt", b"\xff\xfe" + "Vraag 1".encode("utf-16-le") + b"\x00\xd8")
    assert message(p) == "kapot.txt: kapotte UTF-16-tekst (ongeldige bytes na de BOM)"


@need_shared
def test_mixed_crlf_and_cr_line_endings(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")
    # "\r" is never followed by an ending "\n": "\r" + "" + "\n" would be one "\r\n"
    mixed = "".join(ln + ("\r\n", "\n", "\r")[i % 3] for i, ln in enumerate(lines))
    doc = parse_path(write(tmp_path, "seed.txt", mixed.encode()))
    assert facts(doc) == facts(parse_text(text, "seed.txt"))
    assert len(doc.questions()) == 26
    assert "\r" not in doc.model_dump_json()


# -- size ----------------------------------------------------------------------

def test_100_mb_file_is_refused_before_it_is_read(tmp_path):
    p = tmp_path / "groot.txt"
    with open(p, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: costs no disk
    start = time.perf_counter()
    assert message(p) == f"{p}: het bestand is 100 MB; vragenronde leest documenten tot 64 MB"
    assert time.perf_counter() - start < 1.0
    assert readers.MAX_BYTES == 64 * 1024 * 1024


@need_shared
def test_large_text_below_the_limit_parses_in_bounded_time_and_memory(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    p = write(tmp_path, "lang.txt", (text * 30).encode())  # ~1 MB, 780 questions
    tracemalloc.start()
    start = time.perf_counter()
    try:
        doc = parse_path(p)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(doc.questions()) == 26 * 30
    assert elapsed < 60, elapsed
    assert peak < 40 * p.stat().st_size, peak  # measured: ~8x


def test_file_that_grows_beyond_the_limit_while_read(tmp_path, monkeypatch):
    monkeypatch.setattr(opening, "MAX_BYTES", 1000)
    p = write(tmp_path, "groeit.txt", b"a" * 900)
    real_read = os.read
    grown = []

    def growing_read(fd, n):  # the file grows after it was checked and opened
        if not grown:
            grown.append(True)
            with open(p, "ab") as fh:
                fh.write(b"b" * 500)
        return real_read(fd, n)

    monkeypatch.setattr(opening.os, "read", growing_read)
    assert message(p) == f"{p}: het bestand groeide tijdens het lezen tot boven 0 MB"


# -- the file system ---------------------------------------------------------------

def test_missing_file_and_folder(tmp_path):
    assert message(tmp_path / "weg.txt") == f"{tmp_path / 'weg.txt'}: bestand bestaat niet"
    assert message(tmp_path) == f"{tmp_path}: is een map, geen document"


def test_symlink_loop(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    assert message(a) == f"{a}: kan niet lezen (Too many levels of symbolic links)"


_NOBODY = 65534


def _parse_as_nobody(paths: list[Path]) -> list[str]:
    """Parse ``paths`` in a forked child that runs as ``nobody`` when we are root
    (root ignores file permissions); returns one message (or ``ok``) per path."""
    import parsers.readers.text  # noqa: F401  (imported before the fork)

    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(rfd)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(_NOBODY)
                os.setuid(_NOBODY)
            lines = []
            for path in paths:
                try:
                    parse_path(path)
                    lines.append("ok")
                except ParseError as exc:
                    lines.append(str(exc))
                except BaseException as exc:  # reported, so the test shows it
                    lines.append(f"{type(exc).__name__}: {exc}")
            os.write(wfd, "\n".join(lines).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(wfd)
    with os.fdopen(rfd, "rb") as fh:
        out = fh.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return out.split("\n")


def test_folder_and_file_without_read_permission():
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        base.chmod(0o755)
        closed = base / "dicht"
        closed.mkdir()
        (closed / "nota.txt").write_text(SMALL, encoding="utf-8")
        closed.chmod(0o000)
        secret = base / "geheim.txt"
        secret.write_text(SMALL, encoding="utf-8")
        secret.chmod(0o000)
        try:
            got = _parse_as_nobody([closed / "nota.txt", secret])
        finally:
            closed.chmod(0o755)
    assert got == [
        f"{closed / 'nota.txt'}: kan niet lezen (Permission denied)",
        f"{secret}: geen toegang",
    ]


def test_file_that_disappears_while_it_is_parsed(tmp_path, monkeypatch):
    p = write(tmp_path, "weg.txt", SMALL.encode())
    real_open = os.open

    def vanishing_open(path, *args, **kwargs):  # gone between the check and the open
        os.unlink(path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(opening.os, "open", vanishing_open)
    assert message(p) == f"{p}: bestand bestaat niet (het verdween tijdens het lezen)"


def test_file_that_changes_while_it_is_parsed_is_not_cached_stale(tmp_path, monkeypatch):
    from parsers.cache import Cache

    p = write(tmp_path, "wissel.txt", SMALL.encode())
    other = SMALL.replace("één café", "twee cafés")
    real_open = os.open
    calls = []

    def changing_open(path, *args, **kwargs):
        if str(path) == str(p):
            calls.append(path)
            if len(calls) == 2:  # the reader's open, after the cache key was hashed
                Path(path).write_text(other, encoding="utf-8")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(opening.os, "open", changing_open)
    cache = Cache(tmp_path / "cache")
    first = parse_path(p, cache=cache)
    assert "twee cafés" in first.question("1").text
    monkeypatch.undo()
    p.write_text(SMALL, encoding="utf-8")  # back to the bytes the cache key was made of
    again = parse_path(p, cache=Cache(tmp_path / "cache"))
    assert "één café" in again.question("1").text


# -- what the user sees on the command line -------------------------------------------

def test_command_line_prints_each_error_as_one_line(tmp_path, capsys):
    from tui.cli import main

    cases = {
        "leeg.txt": (b"", "leeg.txt: het document is leeg; er is niets te lezen"),
        "data.txt": (b"\x00\x01\x02", "data.txt: binaire gegevens, geen tekstdocument (bevat NUL-bytes)"),
        "scan.pdf": (b"\x89PNG\r\n\x1a\n", "scan.pdf: geen PDF-bestand (de naam eindigt op .pdf, maar de PDF-kop ontbreekt)"),
        "bom.xml": (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x">]><r>&a;</r>',
                    "bom.xml: XML met entiteitsdeclaraties wordt geweigerd (mogelijke entity-expansion-aanval)"),
    }
    for name, (data, expected) in cases.items():
        p = write(tmp_path, name, data)
        for verb in ("dump", "show"):
            assert main([verb, "--no-cache", str(p)]) == 2
            out, err = capsys.readouterr()
            assert (out, err) == ("", f"vragenronde: {expected}\n"), (name, verb)


def test_parse_text_rejects_only_with_parse_error():
    for text in ("", "   \n\t", "\ufeff", "\r\n\r"):
        with pytest.raises(ParseError):
            parsers.parse_text(text, "x")
