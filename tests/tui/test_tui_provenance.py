"""Copy with provenance (Y): the publication, the askers or faction, the
question number(s), the URL where known."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SIZE = (120, 40)


@pytest.fixture(autouse=True)
def _kitty(monkeypatch):
    for name in ("TMUX", "STY", "VTE_VERSION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM_PROGRAM", "kitty")


async def copied_last_line(make_app, loaded, name: str, keys=()) -> str:
    path = SAMPLES / name
    app = make_app(parse_path(path, cache=None), path)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press(*keys, "Y")
        return app.clipboard.rstrip("\n").splitlines()[-1]


async def test_aanhangsel_names_publication_askers_number_and_url(make_app, loaded):
    line = await copied_last_line(make_app, loaded, "kamervragen-gezamenlijke-antwoorden.txt", ["j"])
    assert line == ("Bron: Aanhangsel Handelingen II 2023/24, nr. 7777 (Kamervragen, 25 maart 2024); "
                    "vragen van Dobbe en Dijk (SP), vraag 2; "
                    "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-7777.html")


async def test_a_joint_group_names_its_numbers(make_app, loaded):
    line = await copied_last_line(make_app, loaded, "kamervragen-gezamenlijke-antwoorden.txt", ["j", "j", "j"])
    assert "; vragen van Dobbe en Dijk (SP), vragen 8–10; https://" in line


async def test_kamerstuk_names_dossier_faction_and_url(make_app, loaded):
    line = await copied_last_line(make_app, loaded, "nota-tk.xml")
    assert line == ("Bron: Kamerstuk 36 512, nr. 6 (Nota naar aanleiding van het verslag, Tweede Kamer, "
                    "14 mei 2024); fractie VVD, vraag 1 (VVD-1); "
                    "https://zoek.officielebekendmakingen.nl/kst-36512-6.html")


async def test_without_a_publication_the_file_is_named(make_app, loaded):
    line = await copied_last_line(make_app, loaded, "antwoordbrief.docx")
    assert line == ("Bron: antwoordbrief.docx (Kamervragen, Tweede Kamer, 19 maart 2024); "
                    "vragen van Hermans (GroenLinks-PvdA), vraag 1")
