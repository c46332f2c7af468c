"""Bidi marks and line separators never reach the terminal raw (issue 17, row 15).

U+061C, U+200E/F, U+2028/9 and the deprecated format controls U+206A-F are
shown as ``<U+XXXX>`` by ``show`` and ``export`` like the other controls,
and escaped (kept) by ``dump`` and JSON export.
"""

from __future__ import annotations

import json

import pytest

from tui.cli import main
from tui.safe_text import UNSAFE

QUESTION = "Kan de minister \u061cA\u200eB\u200fC reageren?"
ANSWER = "Ja\u2028nee\u2029en \u206aok\u206f."
DOCUMENT = f"LIJST VAN VRAGEN EN ANTWOORDEN\n\nVraag 1\n{QUESTION}\n\nAntwoord 1\n{ANSWER}\n"


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "bidi.txt"
    p.write_text(DOCUMENT, encoding="utf-8")
    return p


def run(capsysbinary, *argv) -> tuple[int, str]:
    status = main([str(a) for a in argv])
    out, err = capsysbinary.readouterr()
    assert err == b""
    return status, out.decode("utf-8")


def raw(text: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in text if c in UNSAFE})


def test_show(path, capsysbinary):
    status, out = run(capsysbinary, "show", "--no-cache", path, "1")
    assert status == 0 and raw(out) == []
    assert "Kan de minister <U+061C>A<U+200E>B<U+200F>C reageren?" in out
    assert "Ja<U+2028>nee<U+2029>en <U+206A>ok<U+206F>." in out
    status, out = run(capsysbinary, "show", "--no-cache", path)
    assert status == 0 and out.startswith("1\tKan de minister <U+061C>A<U+200E>B<U+200F>C")


def test_dump_escapes_and_keeps(path, capsysbinary):
    status, out = run(capsysbinary, "dump", "--no-cache", path)
    assert status == 0 and raw(out) == []
    assert "\\u061cA\\u200eB\\u200fC" in out and "Ja\\u2028nee\\u2029en \\u206aok\\u206f." in out
    q = json.loads(out)["factions"][0]["questions"][0]
    assert (q["text"], q["answer"]["text"]) == (QUESTION, ANSWER)


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_export(path, capsysbinary, fmt):
    status, out = run(capsysbinary, "export", "--no-cache", path, "--format", fmt)
    assert status == 0 and raw(out) == []
    if fmt == "json":
        assert json.loads(out)[0]["answer"] == ANSWER
    else:
        assert "Ja<U+2028>nee<U+2029>en <U+206A>ok<U+206F>." in out
