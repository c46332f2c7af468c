"""AnswerText gives exactly what the pure answer checks give, only once.

The audit and the commitments read each answer through
:class:`parsers.annotate.answer_text.AnswerText` (split once, facts
remembered); these tests compare every fact with the function it stands for,
on the answers of the samples and on texts made to hit the edge cases of the
sentence splitter and of the keyword pre-filters.
"""

from __future__ import annotations

import re
import pytest

from parsers import parse_path
from parsers.annotate import answer_checks as chk
from parsers.annotate.answer_text import AnswerText, AnswerTexts, stems
from parsers.annotate.asks import sentences
from parsers.annotate.commitments import commitment_trigger, commitments_in, find_commitments

from .corpus import SAMPLES, SHARED

EDGE = [
    "Ja. Ik informeer uw Kamer voor de zomer. Zie ook het antwoord op vraag 3.",
    "Waarom niet?12 Daarover kom ik na de zomer bij u terug.",
    "Dat is het!)3 Ik zal uw Kamer in een separate brief informeren.",
    "Nee, dat klopt niet. Ik kan geen uitspraken doen over lopende zaken. Ik kan ook niet ingaan op details.",
    "Het antwoord is nu nog niet te geven.\n\nIk kom hier op terug.",
    "o.a. de kosten zijn 12 mln. euro. Daarnaast zeg ik toe dit te onderzoeken.",
    "Deze cijfers zijn niet bekend. Er wordt niet geregistreerd hoeveel meldingen er zijn.",
    # ``ı`` and ``ſ`` match ``i`` and ``s`` in a case-insensitive pattern,
    # ``İ`` lowers to two characters: pre-filters must not skip these.
    "Het kabinet İnformeert uw Kamer. Dıt ıs nıet bekend. Ik ſtuur uw Kamer een brief.",
    "Ik ben het daar NIET mee eens. İK VIND dat een goede zaak.",
    "",
    "   ",
    "a. b. c.",
]


def _answers() -> list[str]:
    out = list(EDGE)
    for name in ("lijst-van-vragen-en-antwoorden-tk.txt", "memorie-van-antwoord-ek.txt",
                 "kamervragen-uitstel.docx", "kamervragen-gezamenlijke-antwoorden.txt"):
        doc = parse_path(SAMPLES / name)
        for q in doc.questions():
            if q.answer is not None:
                out += [q.answer.text, *(p.text for p in q.answer.parts)]
    assert len(out) > len(EDGE) + 15, "no sample answers found"
    seed = SHARED / "corpus" / "eerstekamer-36800-K-F.txt"
    if seed.is_file():  # the seed's 95 answers, when the corpus is beside the checkout
        out += [q.answer.text for q in parse_path(seed).questions() if q.answer is not None]
    return out


ANSWERS = _answers()


@pytest.mark.parametrize("text", ANSWERS, ids=range(len(ANSWERS)))
def test_every_fact_is_the_pure_function(text: str) -> None:
    at = AnswerTexts().of(text)
    sents = [text[s:e] for s, e in sentences(text)]
    assert list(at.sents) == sents
    assert list(at.spans) == sentences(text)
    for i, s in enumerate(sents):
        assert at.trigger(i) == commitment_trigger(s)
        assert at.deferral(i) == chk.deferral(s)
        assert at.stems(i) == stems(s)
    assert at.deferring() == [i for i, s in enumerate(sents) if chk.deferral(s)]
    for knowing in (False, True):
        assert at.position(knowing) == chk.position(text, knowing)
    assert at.not_known() == chk.not_known(text)
    assert at.strong_refusal() == chk.strong_refusal(text)
    refused = chk.refusals(sents)
    assert at.refused_most() == (refused[0] if refused and len(refused) * 2 > len(sents) else None)
    assert at.words() == len(text.split())
    assert at.enumeration() == chk.enumeration(text)
    assert at.reference_first() == (chk.reference(sents[0]) if sents else None)
    assert commitments_in(text, at.spans, at.triggers()) == find_commitments(text)


def test_prefilters_see_dotless_i_and_long_s() -> None:
    """A pre-filter on ``str.lower`` would miss these; the pattern matches them."""
    text = "Dıt ıs nıet bekend."
    assert chk.not_known(text) == "ıs nıet bekend"
    assert chk.fold("ſtuur İk") == "stuur ik"


def test_refusal_majority_stops_early_with_the_same_answer() -> None:
    refuse = "Ik kan geen uitspraken doen."
    other = "Het gaat goed."
    for n_ref in range(5):
        for n_other in range(5):
            for order in (lambda r, o: r + o, lambda r, o: o + r, lambda r, o: [x for p in zip(r, o) for x in p]):
                sents = order([refuse] * n_ref, [other] * n_other)
                refused = chk.refusals(sents)
                want = refused[0] if refused and len(refused) * 2 > len(sents) else None
                assert chk.refusal_majority(sents) == want


def test_shared_trigger_table_is_used_by_every_text() -> None:
    texts = AnswerTexts()
    whole = texts.of("Ik informeer uw Kamer voor de zomer. Dat is alles.")
    part = texts.of("Ik informeer uw Kamer voor de zomer.")
    assert whole.trigger(0) == part.trigger(0) == ("inform", "Ik informeer uw Kamer")
    assert list(texts.triggers) == ["Ik informeer uw Kamer voor de zomer."]
    assert texts.of(whole.text) is whole


def test_stems_lower_each_word_where_lowering_changes_length() -> None:
    assert stems("İstanbul Bereikbaarheid") == frozenset(
        w.lower()[:6] for w in re.findall(r"[a-zà-ÿ]{5,}", "İstanbul Bereikbaarheid", re.I))
