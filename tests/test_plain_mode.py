"""The plain mode: the whole document as text when the full-screen reader cannot run.

Unit tests of :mod:`tui.plain_doc` on hand-built documents (exact output),
then the command line: ``--plain``, output that is not a terminal,
``TERM=dumb`` in a real terminal (tmux), ``$PAGER``, ASCII with a locale that
is not UTF-8, and a folder.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys

import pytest

from parsers.model import Answer, Citation, Document, Faction, Figure, Meta, Question, XRef
from tests.corpus import ROOT, SAMPLES, SHARED, need_shared
from tests.tmux_util import TMUX, Tmux
from tui.plain_doc import ASCII, marked, render_document
from tui.terminal import locale_is_utf8, wants_plain

SEED = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"


# -- markers ------------------------------------------------------------------

def test_marked_nests_and_keeps_text_safe():
    text = "Zie Kamerstuk 36 800 nr. 5 van 1 mei 2026.\x1b]52;c;x\x07"
    spans = [(4, 41, "citation"), (31, 41, "figure")]
    assert marked(text, spans) == "Zie [[Kamerstuk 36 800 nr. 5 van «1 mei 2026»]].␛]52;c;x␇"
    assert marked(text, spans, ASCII) == "Zie [[Kamerstuk 36 800 nr. 5 van <<1 mei 2026>>]].␛]52;c;x␇"


def test_marked_skips_partial_overlaps_and_bad_offsets():
    text = "abcdefghij"
    spans = [(0, 4, "figure"), (2, 6, "citation"), (8, 20, "xref"), (5, 5, "figure"),
             (6, 8, "xref")]
    assert marked(text, spans) == "«abcd»ef→{gh}ij"


def test_marked_same_text_twice_citation_outside():
    for spans in ([(0, 4, "figure"), (0, 4, "citation")], [(0, 4, "citation"), (0, 4, "figure")]):
        assert marked("1 mei", spans) == "[[«1 me»]]i"


def _doc() -> Document:
    q1 = Question(id="SP-1", number=1, text="Kost het € 5 mln?",
                  answer=Answer(text="Ja, zie Kamerstuk 36 800 nr. 5."))
    q2 = Question(id="SP-2", number=2, text="En verder?", section="2. Geld",
                  answer=Answer(text="Zie antwoord vraag 1."))
    q3 = Question(id="SP-3", number=3, text="Nog iets\x1b[2J?", answer=None)
    return Document(
        meta=Meta(title="Titel", dossier="36800", document_letter="F",
                  source_name="nota.txt"),
        intro="Inleiding.",
        factions=[Faction(name="SP", heading="De leden van de SP-fractie vragen:",
                          questions=[q1, q2, q3])],
        closing="De minister,",
        figures=[Figure(kind="money", text="€ 5 mln", value=5000000, unit="EUR",
                        question="SP-1", field="question", start=9, end=16)],
        citations=[Citation(kind="kamerstuk", text="Kamerstuk 36 800 nr. 5", id="kst-36800-5",
                            question="SP-1", field="answer", start=8, end=30)],
        xrefs=[XRef(from_="SP-2", to="SP-1", text="Zie antwoord vraag 1", start=0, end=20)],
    )


EXPECTED = """Titel

Kamerstuk 36800 F · nota.txt

Bron: Kamerstuk 36 800, F; nota.txt

Markeringen: «getal»  [[verwijzing]]  →{zie antwoord}

────────────────────────────────────────────────────────────────────────

Inleiding.

── Fractie SP ──

De leden van de SP-fractie vragen:

SP-1 ─ vraag 1

Kost het «€ 5 mln»?

Antwoord:
Ja, zie [[Kamerstuk 36 800 nr. 5]].

── 2. Geld ──

SP-2 ─ vraag 2

En verder?

Antwoord:
→{Zie antwoord vraag 1}.

SP-3 ─ vraag 3

Nog iets␛[2J?

Antwoord:
(geen antwoord in dit document)

────────────────────────────────────────────────────────────────────────

De minister,
"""


def test_render_document_exact():
    assert render_document(_doc()) == EXPECTED


def test_render_document_ascii_markers_and_rules():
    expected = (EXPECTED.replace("«", "<<").replace("»", ">>").replace("→{", "->{")
                .replace("─", "-").replace(" · ", " | "))
    assert render_document(_doc(), ascii=True) == expected


def test_render_document_wraps_to_width():
    doc = Document(intro="een twee drie vier vijf zes zeven acht negen tien")
    out = render_document(doc, width=20)
    assert "een twee drie vier\nvijf zes zeven acht\nnegen tien" in out


# -- routing helpers -------------------------------------------------------------

@pytest.mark.parametrize(("env", "utf8"), [
    ({"LANG": "C.UTF-8"}, True),
    ({"LANG": "nl_NL.utf8"}, True),
    ({"LANG": "C"}, False),
    ({"LANG": "nl_NL.ISO-8859-1"}, False),
    ({"LC_ALL": "C", "LANG": "nl_NL.UTF-8"}, False),
    ({"LC_CTYPE": "en_US.UTF-8", "LANG": "C"}, True),
    ({}, False),
])
def test_locale_is_utf8(env, utf8):
    assert locale_is_utf8(env) is utf8


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_wants_plain():
    assert wants_plain({"TERM": "xterm"}, _Stream(True)) is None
    assert wants_plain({"TERM": "dumb"}, _Stream(True)) == "TERM is dumb"
    assert wants_plain({}, _Stream(True)) == "TERM is dumb"
    assert wants_plain({"TERM": "xterm"}, _Stream(False)) == "output is not a terminal"


# -- the command line ------------------------------------------------------------

def _cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "LC_ALL": "", "LC_CTYPE": "", "LANG": "C.UTF-8", "PAGER": "", **env}
    return subprocess.run([sys.executable, "-m", "tui.cli", *args, "--no-cache"],
                          capture_output=True, cwd=ROOT, env=full, timeout=120)


@need_shared
def test_piped_output_prints_the_seed_plainly():
    run = _cli(str(SEED), PAGER="sed s/^/PAGER:/")  # not a terminal: no pager
    assert (run.returncode, run.stderr) == (0, b"")
    out = run.stdout.decode("utf-8")
    assert "PAGER:" not in out and "\x1b" not in out
    lines = out.splitlines()
    assert lines[0] == ("Vaststelling van de begrotingsstaat van het Defensiematerieelbegrotingsfonds "
                        "voor het jaar 2026")
    assert out.count("\nAntwoord:\n") == 26
    assert [ln for ln in lines if ln.startswith("── ")] == [
        "── Fractie SP ──", "── Fractie VOLT ──", "── Fractie Visseren-Hamakers ──"]
    assert "Ontvangen «19 juni 2026»" in out
    assert "[[Kamerstuk 36725 X nr. 6]]" in out
    assert "→{Zie antwoord vraag 4}" in out
    assert "SP-4 ─ vraag 4" in lines


@need_shared
def test_plain_flag_and_non_utf8_locale_give_ascii():
    run = _cli("--plain", str(SEED), LANG="C")
    assert (run.returncode, run.stderr) == (0, b"")
    out = run.stdout.decode("utf-8")
    assert "Ontvangen <<19 juni 2026>>" in out and "->{Zie antwoord vraag 4}" in out
    assert "SP-4 - vraag 4" in out.splitlines()
    assert not {"«", "»", "→", "─"} & set(out)
    forced = _cli("--ascii", str(SEED))
    assert forced.stdout == run.stdout


def test_plain_mode_of_a_folder_lists_its_documents():
    run = _cli(str(SAMPLES))
    assert (run.returncode, run.stderr) == (0, b"")
    lines = run.stdout.decode("utf-8").splitlines()
    from parsers.readers import SUPPORTED

    files = sorted(p.name for p in SAMPLES.iterdir() if p.suffix.lower() in SUPPORTED)
    assert lines[0] == f"{len(files)} documenten in {SAMPLES}:"
    assert lines[1:-1] == [f"  {name}" for name in files]
    assert lines[-1] == f"lees er een met: vragenronde --plain {SAMPLES / 'BESTAND'}"


def test_plain_mode_reports_parse_errors_in_one_line(tmp_path):
    bad = tmp_path / "leeg.txt"
    bad.write_text("")
    run = _cli("--plain", str(bad))
    assert run.returncode == 2 and run.stdout == b""
    assert run.stderr.decode().startswith("vragenronde: ") and run.stderr.count(b"\n") == 1


@pytest.mark.tmux
@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
@need_shared
@pytest.mark.parametrize(("term", "flags", "pager"), [
    ("dumb", [], ""), ("xterm-256color", ["--plain"], "sed s/^/PAGER:/"),
])
def test_dumb_terminal_and_pager_in_tmux(tmp_path, term, flags, pager):
    cmd = shlex.join([sys.executable, "-m", "tui.cli", *flags, "--no-cache", str(SEED)])
    env = {"TERM": term, "PAGER": pager, "LANG": "C.UTF-8", "LC_ALL": "",
           "VRAGENRONDE_CACHE_DIR": str(tmp_path / "cache")}
    with Tmux(tmp_path / "s", width=100, height=30) as t:
        assigns = shlex.join(f"{k}={v}" for k, v in env.items())
        t.start(f"cd {shlex.quote(str(ROOT))} && env {assigns} {cmd}; echo EXIT=$?")
        screen = t.wait_for(lambda s: re.search(r"^EXIT=\d+$", s, re.M) is not None,
                            timeout=60, what="the plain output to end")
        assert re.search(r"^EXIT=0$", screen, re.M), screen
        history = t.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", t.session)
        if pager:
            assert "PAGER:De minister van Defensie," in history
        else:
            assert "\nDe minister van Defensie,\n" in history and "PAGER:" not in history
        # Wrapped to the terminal: no line longer than the window.
        plain = t.tmux("capture-pane", "-p", "-S", "-", "-t", t.session)
        assert max(len(ln) for ln in plain.splitlines()) <= 100
        assert t.pane("#{alternate_on}") == "0"
