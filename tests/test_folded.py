"""Folded patterns give exactly the matches of the case-insensitive originals."""

from __future__ import annotations

import re

import pytest

from parsers.annotate import answer_checks, commitments, status
from parsers.annotate.folded import Folded, fold
from parsers.recognise import kind

TEXTS = [
    "Ik zal uw Kamer voor de zomer informeren.",
    "IK ZAL UW KAMER VOOR DE ZOMER INFORMEREN.",
    "Ik zal uw Kamer İnformeren over de ſtand.",  # İ is i for the engine
    "Hierop kom ık later terug; de beantwoording is uitgesteld.",  # ı is i for the engine
    "Ja, dat klopt. Nee. Het kabinet deelt die mening NIET.",
    "Wij zijn het daar niet mee eens; de regering ziet geen aanleiding.",
    "Een nadere brief volgt. ſtuur ik de brief? Mededeling van de minister",
    "Het KABINET zal de Kamer vóór 1 juli informeren en de ﬅudie toesturen.",
    "NOTA NAAR AANLEIDING VAN HET VERSLAG; Memorie van Antwoord; LIJST VAN VRAGEN EN ANTWOORDEN",
    "Aanhangsel van de Handelingen. De leden van de VVD-fractie; nader voorlopig verſlag",
]


def _patterns():
    for name, value in vars(status).items():
        if isinstance(value, re.Pattern) and value.flags & re.I:
            yield name, value
    for action, rx in commitments._TRIGGERS:
        yield action, rx
    for rx in kind._FOLDED:
        yield rx.pattern[:30], rx
    for name, value in vars(answer_checks).items():
        if isinstance(value, answer_checks._Keyed):
            for i, (_, rx) in enumerate(value.pairs):
                yield f"{name}[{i}]", rx


@pytest.mark.parametrize(("name", "rx"), list(_patterns()))
def test_folded_matches_are_the_originals(name, rx):
    folded = Folded(rx)
    assert folded.low_rx is not None, name  # every pattern here can be run folded
    for text in TEXTS:
        low = fold(text)
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in folded.finditer(text, low)] == want
        first = rx.search(text)
        got = folded.search(text, low)
        assert (got.span(), got.group()) == (first.span(), first.group()) if first else got is None


def test_not_folded_where_case_matters_in_a_class():
    assert Folded(re.compile(r"[A-Z]\w+ kamer", re.I)).low_rx is None
    assert Folded(re.compile(r"(?i:x)kamer", re.I)).low_rx is None
    assert Folded(re.compile(r"uw Kamer", re.I)).low_rx.pattern == "uw kamer"


def test_a_text_whose_folding_changes_length_uses_the_original():
    rx = Folded(re.compile(r"zal\W+informeren", re.I))
    text = "Ik zal\u0307 INFORMEREN"  # a combining dot: dropped by the folding
    assert len(fold(text)) != len(text)
    assert rx.search(text, fold(text)).span() == (3, 18)
    assert [m.span() for m in rx.finditer(text, fold(text))] == [(3, 18)]
