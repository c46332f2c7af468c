"""Faction phrases: which paragraphs open a faction block, and its name."""

from __future__ import annotations

import pytest

from parsers.recognise.factions import faction_heading, find_faction

# (name, paragraph, expected (name, members, joins) or None)
HEADINGS = [
    ("EK nota heading", "De leden van de SP-fractie hebben onderstaande vragen gesteld:", ("SP", [], [])),
    ("capitals", "De leden van de VOLT-fractie hebben onderstaande vragen gesteld:", ("VOLT", [], [])),
    ("one-member faction", "De leden van de fractie Visseren-Hamakers hebben onderstaande vragen gesteld:",
     ("Visseren-Hamakers", [], [])),
    ("person with particles", "De leden van de fractie Van der Berg hebben de volgende vragen:",
     ("Van der Berg", [], [])),
    ("joint block", "De leden van de fracties van CDA, PVV en SP hebben de volgende vragen:",
     ("CDA+PVV+SP", ["CDA", "PVV", "SP"], [])),
    ("joins another", "De leden van de 50PLUS-fractie sluiten zich aan bij de vragen gesteld door de leden van de "
     "PvdA-fractie.", ("50PLUS", [], ["PvdA"])),
    ("VSO heading", "Vragen en opmerkingen van de leden van de D66-fractie", ("D66", [], [])),
    ("VSO fractieleden pair", "Vragen en opmerkingen van de fractieleden van de PVV en de PvdD",
     ("PVV+PvdD", ["PVV", "PvdD"], [])),
    ("inbreng short party", "Inbreng van de leden van de GL-PvdA-fractie", ("GL-PvdA", [], [])),
    ("bare heading", "VVD-fractie", ("VVD", [], [])),
    # not headings
    ("question text quoting a faction", "De leden van de SP-fractie vroegen met welke bedrijven contracten zijn "
     "afgesloten. De regering antwoordt dat de Kamer hierover reeds is geïnformeerd.", None),
    ("prose question", "De leden van de VVD-fractie vragen of de regering kan bevestigen dat dit zo is.", None),
    ("committee", "Vragen van de commissie", None),
    ("Kamervragen asking line", "Vragen van het lid Krul (CDA) aan de Minister voor Economische Zaken", None),
    ("all factions", "Vragen en opmerkingen vanuit de fracties", None),
]


@pytest.mark.parametrize("name,text,want", HEADINGS, ids=[h[0] for h in HEADINGS])
def test_faction_heading(name, text, want):
    ref = faction_heading(text)
    got = None if ref is None else (ref.name, ref.members, ref.joins)
    assert got == want


@pytest.mark.parametrize("text,name", [
    ("De leden van de GroenLinks-PvdA-fractie vragen", "GroenLinks-PvdA"),
    ("De leden van de Voltfractie hebben een aantal vragen gesteld", "Volt"),
    ("de leden van de fractie van het C.D.A. vingen hun bijdrage aan", "C.D.A."),
    ("vragen de leden van de BBB-fractie de regering", "BBB"),
])
def test_find_faction_names(text, name):
    assert find_faction(text).name == name
