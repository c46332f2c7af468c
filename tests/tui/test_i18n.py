"""One language: the interface is Dutch, or English on request (tui/i18n.py).

The catalog is kept in step with the code, both languages are shown by the
command line and the app, and document text is never translated.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.corpus import ROOT, SAMPLES
from tui import i18n, i18n_build
from tui.cli import main

SAMPLE = SAMPLES / "nota-ek-defensie.md"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**base, "LANG": "C.UTF-8", **(env or {})}, timeout=60)


# -- the catalog ---------------------------------------------------------------

def test_every_string_of_the_code_has_its_english_and_the_mo_is_compiled():
    code, unused = i18n_build.merge(i18n_build.extract(), i18n_build.read_po())
    assert len(code) > 200
    assert [e.msgid for e in code if not all(e.msgstr)] == []
    assert [e.msgid for e in unused] == []
    assert i18n_build.MO.read_bytes() == i18n_build.mo_bytes(i18n_build.read_po())
    assert i18n_build.main(["--check"]) == 0


def test_placeholders_are_the_same_in_both_languages():
    names = re.compile(r"\{(\w*)[^{}]*\}")
    for e in i18n_build.read_po():
        for source, english in zip([e.msgid, e.plural or e.msgid], e.msgstr):
            assert sorted(names.findall(source)) == sorted(names.findall(english)), e.msgid


def test_the_checker_sees_a_new_string(tmp_path):
    (tmp_path / "tui").mkdir()
    (tmp_path / "tui" / "x.py").write_text(
        'from tui.i18n import _, N_, ngettext\n_("Nieuw")\nN_("Ook")\nngettext("{n} ding", "{n} dingen", 2)\n'
        '_(variable)\n', encoding="utf-8")
    found = i18n_build.extract(tmp_path / "tui")
    assert [(e.msgid, e.plural, e.places) for e in found] == [
        ("Nieuw", None, ["tui/x.py:2"]), ("Ook", None, ["tui/x.py:3"]),
        ("{n} ding", "{n} dingen", ["tui/x.py:4"])]


def test_the_mo_writer_is_read_by_gettext(tmp_path):
    import gettext

    entries = [i18n_build.Entry("Vraag", msgstr=["Question"]),
               i18n_build.Entry("{n} treffer", "{n} treffers", ["{n} hit", "{n} hits"]),
               i18n_build.Entry("Leeg")]  # untranslated: left out, falls back
    path = tmp_path / "x.mo"
    path.write_bytes(i18n_build.mo_bytes(entries))
    with open(path, "rb") as fh:
        catalog = gettext.GNUTranslations(fh)
    assert catalog.gettext("Vraag") == "Question"
    assert [catalog.ngettext("{n} treffer", "{n} treffers", n) for n in (1, 2)] == ["{n} hit", "{n} hits"]
    assert catalog.gettext("Leeg") == "Leeg"


def test_the_catalog_is_package_data():
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["tui"]
    assert "*.mo" in patterns and i18n_build.MO.name == "vragenronde.en.mo"


# -- choosing the language ---------------------------------------------------------

@pytest.mark.parametrize("env, lang", [
    ({}, "nl"),
    ({"LANG": "C.UTF-8"}, "nl"),
    ({"LANG": "nl_NL.UTF-8"}, "nl"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_GB"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "nl"),  # no German: the default
    ({"LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}, "en"),
    ({"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),  # LC_ALL wins over LANG
    ({"LC_MESSAGES": "en_IE.UTF-8", "LANG": "nl_BE.UTF-8"}, "en"),
    ({"LANGUAGE": "en:nl", "LANG": "nl_NL.UTF-8"}, "en"),
    ({"LANGUAGE": "nl", "LC_ALL": "en_US.UTF-8"}, "nl"),
])
def test_language_from_the_environment(env, lang):
    assert i18n.language_from_environment(env) == lang


def test_set_language_switches_and_unknown_names_fall_back():
    assert i18n.set_language("en") == "en" and i18n._("Vraag") == "Question"
    assert i18n.ngettext("{n} treffer", "{n} treffers", 3) == "{n} hits"
    assert i18n.set_language("EN_gb") == "en"
    assert i18n.set_language("nl") == "nl" and i18n._("Vraag") == "Vraag"
    assert i18n.ngettext("{n} treffer", "{n} treffers", 1) == "{n} treffer"
    assert i18n.normalise("fr") is None


# -- the command line ----------------------------------------------------------------

def test_the_command_line_is_dutch_by_default_and_english_on_request():
    dutch = run_cli("show", "--help")
    assert dutch.returncode == 0
    assert dutch.stdout.startswith("gebruik: vragenronde show [-h] [--no-cache] [--lang nl|en] PAD [ID]\n")
    assert "\nopties:\n  -h, --help    toon deze hulp en stop\n" in dutch.stdout
    english = run_cli("show", "--help", "--lang", "en")
    assert english.stdout.startswith("usage: vragenronde show [-h] [--no-cache] [--lang nl|en] PATH [ID]\n")
    assert "\noptions:\n  -h, --help    show this help and exit\n" in english.stdout
    assert run_cli("show", "--help", env={"LANG": "en_US.UTF-8"}).stdout == english.stdout
    assert run_cli("show", "--help", env={"LANGUAGE": "en"}).stdout == english.stdout


def test_show_speaks_the_language_but_keeps_the_document_text():
    dutch = run_cli("show", str(SAMPLE), "CDA-1")
    english = run_cli("--lang=en", "show", str(SAMPLE), "CDA-1")
    assert dutch.stdout.splitlines()[0] == "CDA-1 · Kamerstuk 36800-K E · 2 juni 2026 · fractie CDA · vraag 1"
    assert english.stdout.splitlines()[0] == "CDA-1 · Kamerstuk 36800-K E · 2 June 2026 · faction CDA · question 1"
    # the question and answer are the document's, in Dutch, in both
    def body(out: str) -> str:  # between the header and the audit line
        return out.split("\n", 1)[1].split("\nAnt" "woordcontrole: ")[0].split("\nAnswer audit: ")[0]

    assert body(dutch.stdout).replace("Antwoord:", "Answer:") == body(english.stdout)
    # the audit's result in the interface's language, its reason as the analysis gives it (Dutch)
    assert dutch.stdout.splitlines()[-3] == "Antwoordcontrole: beantwoord — noemt ‘€ 1,2 miljard’"
    assert english.stdout.splitlines()[-3] == "Answer audit: answered — noemt ‘€ 1,2 miljard’"
    assert english.stdout.splitlines()[-1].startswith("Source: Kamerstuk 36 800 K, E (Nota naar aanleiding "
                                                      "van het verslag, Eerste Kamer, 2 June 2026); faction CDA")
    assert "Kan de regering aangeven hoeveel van het budget" in english.stdout


def test_errors_in_both_languages(capsys):
    assert main(["show", str(ROOT / "weg.txt")]) == 2
    assert capsys.readouterr().err.startswith("vragenronde: ")
    assert main(["--lang", "en", "nope"]) == 2
    assert capsys.readouterr().err.endswith("nope: no such file or folder\n")
    assert main(["nope"]) == 2
    assert capsys.readouterr().err.endswith("nope: bestand of map bestaat niet\n")
    assert main(["--lang", "de", "nope"]) == 2
    assert capsys.readouterr().err == "vragenronde: --lang: kies uit nl, en, niet 'de'\n"
    assert main(["--lang"]) == 2
    assert capsys.readouterr().err == "vragenronde: --lang: kies uit nl, en, niet ''\n"


@pytest.mark.parametrize("command, dutch, english", [
    ("search", "  MAP           een map met documenten\n", "  FOLDER        a folder of documents\n"),
    ("export", "  --format {md,csv,json}\n                        uitvoerformaat (standaard md; csv voor een tabel)\n",
     "  --format {md,csv,json}\n                        output format (default md; csv for a table)\n"),
    ("report", "\nargumenten:\n  MAP                   een map met documenten\n",
     "\narguments:\n  FOLDER                a folder of documents\n"),
    ("commitments", "  --overdue             alleen verstreken termijnen\n",
     "  --overdue             only deadlines that have passed\n"),
])
def test_the_library_commands_help_in_both_languages(capsys, command, dutch, english):
    """The commands the other branches added speak the interface's language too."""
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"gebruik: vragenronde {command} ") and dutch in out
    assert main([command, "--help", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: vragenronde {command} ") and english in out


def test_a_dutch_start_reads_no_catalog():
    """Start-up stays cheap: the Dutch default opens no catalog file."""
    code = ("import gettext\n"
            "def refuse(*a, **k): raise AssertionError('a catalog was opened')\n"
            "gettext.GNUTranslations = gettext.translation = refuse\n"
            "import tui.cli, tui.app, tui.screens.reader\n"
            "from tui import i18n\n"
            "print(i18n._('Vraag'), i18n.language(), i18n._catalog)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "LANGUAGE": "nl"}, timeout=60)
    assert run.stdout.strip() == "Vraag nl None", run.stderr


# -- the app ---------------------------------------------------------------------------

async def test_the_reader_in_english_keeps_the_document_dutch(make_app, loaded, ui, doc, english):
    doc.factions[0].questions[1].text = "Volgende"  # a document word that is also a catalog id
    app = make_app(doc)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await loaded(pilot)
        assert ui.title(screen, "#question-pane") == "Question 1 · SP · SP-1"
        await pilot.press("j")
        assert ui.title(screen, "#answer-pane") == "Answer 2 (no answer)"
        assert ui.shown(screen, "#question-pane") == "Volgende"
        assert ui.shown(screen, "#answer-pane") == "No answer was found for this question."
        await pilot.press("question_mark")
        help_text = ui.shown(app.screen, "#help-text")
        assert help_text.startswith("Keys\n") and "cross-reference to another answer (f follows)" in help_text


async def test_the_reader_in_dutch(make_app, loaded, ui):
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j")
        assert ui.title(screen, "#answer-pane") == "Antwoord 2 (geen antwoord)"
        await pilot.press("question_mark")
        help_text = ui.shown(app.screen, "#help-text")
        assert help_text.startswith("Toetsen\n")
        assert "\nMarkeringen\n" in help_text
        assert "Tekens in het overzicht: → / -> beantwoord met een verwijzing" in help_text
