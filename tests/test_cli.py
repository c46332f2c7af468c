"""tui.cli: exact messages and exit codes, dump round trip, show output, safety."""

from __future__ import annotations

import re

import os
import subprocess
import sys
import types
from importlib.metadata import version
from pathlib import Path

import pytest

from parsers.model import Answer, Document, Faction, Meta, Part, Question
from tests.corpus import ROOT, SHARED, need_shared
from tui import cli

SEED = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"
SEED_PDF = SHARED / "corpus" / "eerstekamer-36800-K-F.pdf"

EVIL = (
    "De leden van de SP-fractie hebben onderstaande vragen gesteld:\n\n"
    "- 1. Kan de regering \x1b]52;c;aGk=\x07 uitleggen wat [bold]x[/bold] betekent?\n\n"
    "Het antwoord is \x1b[31mrood\u202e en \x9b2J\x08 klaar \x1b]8;;http://x\x1b\\.\n\n"
    "- 2. Nog een vraag?\n\nNog een antwoord.\n"
)
RAW_CONTROLS = ("\x1b", "\x07", "\x08", "\x9b", "\u202e")


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets its own cache folder; none touches the user's."""
    d = tmp_path / "cache"
    monkeypatch.setenv("VRAGENRONDE_CACHE_DIR", str(d))
    return d


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m tui.cli ARGS`` in a fresh interpreter; bytes out."""
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *map(str, args)],
        capture_output=True, cwd=ROOT, timeout=120, env={**os.environ, **(env or {})},
    )


def call(capsys, *args) -> tuple[int, str, str]:
    """In-process ``main(ARGS)``: (status, stdout, stderr)."""
    status = cli.main([str(a) for a in args])
    out = capsys.readouterr()
    return status, out.out, out.err


# -- errors: one line, status 2 --------------------------------------------------

def test_missing_file(tmp_path):
    missing = tmp_path / "nope.txt"
    r = run("dump", missing)
    assert (r.returncode, r.stdout) == (2, b"")
    assert r.stderr.decode() == f"vragenronde: {missing}: bestand bestaat niet\n"


def test_folder_for_dump_and_show(tmp_path, capsys):
    assert call(capsys, "dump", tmp_path) == (
        2, "", f"vragenronde: {tmp_path}: is een map; dump leest één document\n")
    assert call(capsys, "show", tmp_path, "SP-1") == (
        2, "", f"vragenronde: {tmp_path}: is een map; show leest één document\n")


def test_empty_file(tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    r = run("dump", empty)
    assert (r.returncode, r.stdout) == (2, b"")
    assert r.stderr.decode() == "vragenronde: leeg.txt: het document is leeg; er is niets te lezen\n"


def test_binary_file(tmp_path, capsys):
    binary = tmp_path / "plaatje.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    assert call(capsys, "dump", binary) == (
        2, "", "vragenronde: plaatje.txt: binaire gegevens, geen tekstdocument (bevat NUL-bytes)\n")


def test_missing_path_for_the_reader_and_no_arguments(tmp_path, capsys):
    assert call(capsys, tmp_path / "weg") == (
        2, "", f"vragenronde: {tmp_path / 'weg'}: bestand of map bestaat niet\n")
    assert call(capsys) == (2, "", "vragenronde: geef een bestand of map om te lezen "
                                   "(zie vragenronde --help)\n")


def test_usage_errors_are_one_line(capsys):
    assert call(capsys, "dump") == (
        2, "", "vragenronde: de volgende argumenten ontbreken: PAD "
               "(zie vragenronde dump --help)\n")
    assert call(capsys, "dump", "--bogus", "x.txt") == (
        2, "", "vragenronde: onbekende argumenten: --bogus (zie vragenronde --help)\n")
    # in English, argparse's own words
    assert call(capsys, "--lang", "en", "dump") == (
        2, "", "vragenronde: the following arguments are required: PATH "
               "(see vragenronde dump --help)\n")
    assert call(capsys, "dump", "--bogus", "x.txt", "--lang=en") == (
        2, "", "vragenronde: unrecognized arguments: --bogus (see vragenronde --help)\n")


def test_interrupt_and_unexpected_errors(monkeypatch, tmp_path, capsys):
    import parsers

    f = tmp_path / "a.txt"
    f.write_text("x")

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(parsers, "parse_path", interrupted)
    assert call(capsys, "dump", f) == (130, "", "vragenronde: onderbroken\n")

    def boom(*a, **k):
        raise RuntimeError("boom\nsecond line \x1b[2J")

    monkeypatch.setattr(parsers, "parse_path", boom)
    assert call(capsys, "show", f, "SP-1") == (
        2, "", "vragenronde: interne fout: RuntimeError: boom second line ␛[2J\n")


@need_shared
def test_broken_pipe_is_one_line_and_status_2():
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "dump", "--indent", "--no-cache", str(SEED)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )
    proc.stdout.close()  # like `| head` that has already quit
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 2
    assert err == b"vragenronde: uitvoer te vroeg gesloten (broken pipe)\n"


def test_version(capsys):
    assert call(capsys, "--version") == (0, f"vragenronde {version('vragenronde')}\n", "")


# -- dump -------------------------------------------------------------------------

@need_shared
@pytest.mark.parametrize("source", [SEED, SEED_PDF], ids=["txt", "pdf"])
def test_dump_parses_back_to_the_same_document(source):
    import parsers

    want = parsers.parse_path(source)
    for flags in ([], ["--indent"], ["--no-cache"]):
        r = run("dump", *flags, source)
        assert (r.returncode, r.stderr) == (0, b""), r.stderr
        assert Document.model_validate_json(r.stdout) == want
        assert r.stdout.endswith(b"\n")
    assert r.stdout.count(b"\n") == 1  # compact without --indent


def test_dump_escapes_every_control_character(tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text(EVIL, encoding="utf-8")
    r = run("dump", evil)
    assert r.returncode == 0
    text = r.stdout.decode("utf-8")
    assert not any(c in text for c in RAW_CONTROLS)
    assert "\\u001b]52;c;aGk=\\u0007" in text and "\\u202e" in text and "\\u009b" in text
    doc = Document.model_validate_json(r.stdout)
    assert "\x1b]52;c;aGk=\x07" in doc.question("SP-1").text  # the data itself is intact


def test_dump_uses_the_cache_and_no_cache_skips_it(tmp_path, cache_dir, capsys):
    f = tmp_path / "a.txt"
    f.write_text(EVIL, encoding="utf-8")
    status, out1, _ = call(capsys, "dump", "--no-cache", f)
    assert status == 0 and not cache_dir.exists()
    status, out2, _ = call(capsys, "--no-cache", "dump", f)  # option before the command
    assert status == 0 and not cache_dir.exists()
    status, out3, _ = call(capsys, "dump", f)
    assert status == 0 and len(list(cache_dir.rglob("*.json"))) == 1
    status, out4, _ = call(capsys, "dump", f)  # a hit: the entry's JSON as it is
    assert status == 0
    assert out1 == out2 == out3 == out4


SAMPLE_FILES = sorted(p for p in (ROOT / "samples").glob("*.*") if p.is_file())


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_answers_from_the_cache_are_the_bytes_of_a_parse(sample, cache_dir, capsysbinary):
    """dump, dump --indent and show from a cache hit (no pydantic, no parser)
    print exactly what they print after parsing."""
    def out(*args) -> tuple[int, bytes, bytes]:
        status = cli.main([str(a) for a in args])
        got = capsysbinary.readouterr()
        return status, got.out, got.err

    fresh = {flags: out(*flags, "--no-cache", sample)
             for flags in (("dump",), ("dump", "--indent"), ("show",))}
    out("dump", sample)  # fills the cache
    assert len(list(cache_dir.rglob("*.json"))) == 1
    for flags, want in fresh.items():
        assert out(*flags, sample) == want, flags


def test_the_command_list_is_every_command_of_the_parser(capsys):
    """main() builds only the command it runs; COMMANDS must name them all."""
    import argparse

    sub = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert tuple(sub.choices) == cli.COMMANDS
    status, out, _ = call(capsys, "show", "--help")
    assert status == 0 and out.startswith("gebruik: vragenronde show [-h] [--no-cache] [--lang nl|en] PAD [ID]")
    status, out, _ = call(capsys, "--help")
    block = out.split("OPDRACHT\n", 1)[1].split("\n\n")[0]
    listed = re.findall(r"(?m)^    (\S+)", block)  # a long name's help wraps onto the next line
    assert status == 0 and listed == list(cli.COMMANDS)


def test_cache_warning_printed_once_and_parsing_continues(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(EVIL, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("")
    r = run("dump", f, env={"VRAGENRONDE_CACHE_DIR": str(blocker / "sub")})
    assert r.returncode == 0
    assert r.stderr.decode() == (
        f"vragenronde: cache disabled: {blocker / 'sub'} is not writable (Not a directory)\n")
    assert Document.model_validate_json(r.stdout).question("SP-2").text == "Nog een vraag?"


# -- show --------------------------------------------------------------------------

@need_shared
def test_show_sp4_of_the_seed():
    r = run("show", SEED, "sp-4")  # ids are case-insensitive
    assert (r.returncode, r.stderr) == (0, b"")
    lines = r.stdout.decode("utf-8").split("\n")
    assert lines[0] == "SP-4 · Kamerstuk 36800-K F · 19 juni 2026 · fractie SP · vraag 4"
    assert lines[1] == ""
    assert lines[2].startswith("De regering stelt voorts dat de Kamer reeds is geïnformeerd")
    assert lines[2].endswith("besteed aan materieel van:")
    assert lines[3:9] == [
        "a. Amerikaanse producenten en leveranciers;",
        "b. Israëliëse producenten en leveranciers?",
        "",
        "Antwoord:",
        "",
        "Antwoord 4a.",
    ]
    assert lines[9].startswith("In de beantwoording van de feitelijke vragen hoofdstuk X")
    assert lines[10:12] == ["", "Antwoord 4b."]
    assert lines[12].endswith("materieel van leveranciers uit Israël.")
    # the audit's result and reason in one line, then where it comes from (as the reader's Y copies it)
    assert lines[13:] == [
        "", "Antwoordcontrole: beantwoord — noemt ‘€ 6,5 miljard’", "",
        "Bron: Kamerstuk 36 800 K, F (Nota naar aanleiding van het tweede verslag, Eerste Kamer, 19 juni 2026); "
        "fractie SP, vraag 4 (SP-4); https://zoek.officielebekendmakingen.nl/kst-36800-K-F.html", ""]
    assert "**" not in r.stdout.decode("utf-8")


@need_shared
def test_show_without_id_lists_the_ids(capsys):
    status, out, err = call(capsys, "show", SEED)
    assert (status, err) == (0, "")
    ids = [line.split("\t")[0] for line in out.splitlines()]
    assert len(ids) == 26 and ids[:2] == ["SP-1", "SP-2"] and ids[-1] == "Visseren-Hamakers-2"
    assert out.splitlines()[0].startswith("SP-1\tKan de regering reflecteren")


@need_shared
def test_unknown_question_id(capsys):
    status, out, err = call(capsys, "show", SEED, "SP-99")
    assert (status, out) == (2, "")
    assert err == (f'vragenronde: {SEED}: geen vraag "SP-99"; '
                   f"de ids staan in: vragenronde show {SEED}\n")


def test_show_never_writes_control_characters_raw(tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text(EVIL, encoding="utf-8")
    r = run("show", evil, "SP-1")
    assert (r.returncode, r.stderr) == (0, b"")
    out = r.stdout.decode("utf-8")
    assert not any(c in out for c in RAW_CONTROLS)
    again = run("show", evil, "SP-1")  # from the cache, without the model
    assert (again.returncode, again.stdout) == (0, r.stdout)
    assert out == (
        "SP-1 · evil.txt · fractie SP · vraag 1\n\n"
        "Kan de regering ␛]52;c;aGk=␇ uitleggen wat [bold]x[/bold] betekent?\n\n"
        "Antwoord:\n\n"
        "Het antwoord is ␛[31mrood<U+202E> en <U+009B>2J␈ klaar ␛]8;;http://x␛\\.\n\n"
        "Antwoordcontrole: deels beantwoord — vraagt om een standpunt; het antwoord geeft geen duidelijk "
        "ja of nee (mogelijk impliciet)\n\n"
        "Bron: evil.txt (Nota n.a.v. het verslag); fractie SP, vraag 1 (SP-1)\n"
    )


def _handmade() -> Document:
    """A document whose answer and question parts carry printed labels."""
    q_text = "Welk bedrag \x1b[1mvoor\u202e:\n- a. de VS;\n- b. Israël?"
    a_text = "Antwoord 5a.\nZes miljard.\n\nAntwoord 5b.\nEen miljard."
    q = Question(
        id="GL-5", number=5, text=q_text,
        parts=[Part(label="a", text="de VS;", start=q_text.index("de VS"), end=q_text.index(";") + 1),
               Part(label="b", text="Israël?", start=q_text.index("Isr"), end=len(q_text))],
        answer=Answer(text=a_text, parts=[
            Part(label="a", text="Zes miljard.", start=a_text.index("Zes"), end=a_text.index("Zes") + 12),
            Part(label="b", text="Een miljard.", start=a_text.index("Een"), end=len(a_text))]),
    )
    joint = Question(id="GL-6", number=6, text="En \x07dit?",
                     answer=Answer(text="Zie boven.", joint=[6, 7, 8], status="answered"))
    open_q = Question(id="GL-7", number=7, text="Nog?", answer=None)
    return Document(meta=Meta(publication_id="ah-tk-20232024-1314"),
                    factions=[Faction(name="GroenLinks-PvdA", questions=[q, joint, open_q])])


def test_show_labels_parts_and_sanitises_a_handmade_document(monkeypatch, tmp_path, capsys):
    import parsers

    monkeypatch.setattr(parsers, "parse_path", lambda path, cache=None: _handmade())
    f = tmp_path / "x.txt"
    f.write_text("x")
    status, out, err = call(capsys, "show", f, "gl-5")
    assert (status, err) == (0, "")
    assert out == (
        "GL-5 · ah-tk-20232024-1314 · fractie GroenLinks-PvdA · vraag 5\n\n"
        "Welk bedrag ␛[1mvoor<U+202E>:\na. de VS;\nb. Israël?\n\n"
        "Antwoord:\n\nAntwoord 5a.\nZes miljard.\n\nAntwoord 5b.\nEen miljard.\n\n"
        "Bron: Aanhangsel Handelingen II 2023/24, nr. 1314; fractie GroenLinks-PvdA, vraag 5 (GL-5); https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1314.html\n"
    )
    status, out, _ = call(capsys, "show", f, "GL6")  # punctuation-insensitive fallback
    assert out == ("GL-6 · ah-tk-20232024-1314 · fractie GroenLinks-PvdA · vraag 6\n\n"
                   "En ␇dit?\n\nAntwoord (op de vragen 6, 7 en 8 samen):\n\nZie boven.\n\n"
                   "Bron: Aanhangsel Handelingen II 2023/24, nr. 1314; fractie GroenLinks-PvdA, vraag 6 (GL-6); https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1314.html\n")
    status, out, _ = call(capsys, "show", f, "GL-7")
    assert out.endswith("Nog?\n\nAntwoord:\n\n(geen antwoord in dit document)\n\nBron: Aanhangsel Handelingen II 2023/24, nr. 1314; fractie GroenLinks-PvdA, vraag 7 (GL-7); https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1314.html\n")


# -- the default form opens the reader -----------------------------------------------

@pytest.fixture
def full_screen(monkeypatch):
    """A terminal that can run the reader (capsys's stdout is no terminal)."""
    import tui.terminal

    monkeypatch.setattr(tui.terminal, "wants_plain", lambda *a, **k: None)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


@pytest.fixture
def fake_app(monkeypatch, full_screen):
    calls: list[tuple] = []
    mod = types.ModuleType("tui.app")

    def run_app(path, *, no_cache=False, plain=False, ascii=False):
        calls.append((path, no_cache, plain, ascii))
        return 0

    mod.run_app = run_app
    monkeypatch.setitem(sys.modules, "tui.app", mod)
    return calls


def test_path_opens_the_reader_with_its_options(tmp_path, fake_app, capsys):
    f = tmp_path / "a.txt"
    f.write_text("x")
    assert call(capsys, f) == (0, "", "")
    assert call(capsys, "--no-cache", "--ascii", tmp_path) == (0, "", "")
    assert call(capsys, "open", "--ascii", f) == (0, "", "")
    assert fake_app == [(f, False, False, False), (tmp_path, True, False, True),
                        (f, False, False, True)]


def test_the_reader_starts_with_garbage_collection_paused(tmp_path, monkeypatch, capsys, full_screen):
    """Paused while Textual loads and the first screen is built
    (tui/startup.py); on again when the app returns, or fails."""
    import gc

    seen: list[bool] = []
    mod = types.ModuleType("tui.app")

    def run_app(path, **kwargs):
        seen.append(gc.isenabled())
        if path.name == "boom.txt":
            raise RuntimeError("boom")
        return 0

    mod.run_app = run_app
    monkeypatch.setitem(sys.modules, "tui.app", mod)
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "boom.txt").write_text("x")
    assert gc.isenabled()
    assert call(capsys, tmp_path / "a.txt") == (0, "", "")
    assert gc.isenabled()
    status, _, err = call(capsys, tmp_path / "boom.txt")
    assert (status, err) == (2, "vragenronde: interne fout: RuntimeError: boom\n")
    assert gc.isenabled() and seen == [False, False]


def test_command_names_win_over_file_names(tmp_path, fake_app, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("dump").write_text("x")
    status, _, err = call(capsys, "dump")
    assert status == 2 and "ontbreken: PAD" in err
    assert call(capsys, "./dump") == (0, "", "")
    assert call(capsys, "--", "dump") == (0, "", "")
    assert fake_app == [(Path("./dump"), False, False, False), (Path("dump"), False, False, False)]


def test_reader_not_available(tmp_path, monkeypatch, capsys, full_screen):
    monkeypatch.setitem(sys.modules, "tui.app", None)  # import fails
    assert call(capsys, tmp_path) == (2, "", "vragenronde: de lezer is niet beschikbaar\n")


def test_dump_format_doc_names_every_model_field():
    import parsers.model as model

    doc = (ROOT / "docs" / "dump-format.md").read_text(encoding="utf-8")
    classes = [model.Document, model.Meta, model.Asker, model.Faction, model.Question,
               model.Answer, model.Part, model.Location, model.Figure, model.Citation,
               model.XRef, model.Report, model.Unplaced, model.Audit, model.PartAudit,
               model.Commitment, model.Deadline]
    missing = [f"{cls.__name__}.{info.alias or name}"
               for cls in classes for name, info in cls.model_fields.items()
               if f"`{info.alias or name}`" not in doc]
    assert missing == []
    assert f"(now **{model.SCHEMA_VERSION}**)" in doc
