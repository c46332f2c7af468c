"""Citations in one string: every printed form of a Kamerstuk, Aanhangsel,
kenmerk, zaak/document number, OB id, motion and letter.

Inputs come from the seed (eerstekamer-36800-K-F), the formats notes and the
Aanhangsel texts in ../shared/corpus.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.annotate.citations import find_citations

OB = "https://zoek.officielebekendmakingen.nl/{}.html"

# (name, input, expected [(kind, text, id, kamerstuk)])
CITATIONS = [
    ("kst-plain", "(Kamerstuk 36725 X nr. 6)", [("kamerstuk", "Kamerstuk 36725 X nr. 6", "kst-36725-X-6", None)]),
    ("kst-bare-parens", "via de brieven (36 725 X, nr. 6) en",
     [("kamerstuk", "36 725 X, nr. 6", "kst-36725-X-6", None)]),
    ("kst-hyphen-toevoeging", "aan uw Kamer (Kamerstuk 36 800-X, nr. 34).",
     [("kamerstuk", "Kamerstuk 36 800-X, nr. 34", "kst-36800-X-34", None)]),
    ("kst-no-toevoeging", "het meest recente DPO (Kamerstuk 27830 nr. 489) betreft",
     [("kamerstuk", "Kamerstuk 27830 nr. 489", "kst-27830-489", None)]),
    ("kst-kamerstukken-II-year", "Kamerstukken II 2005/06, 29 950, nr. 40",
     [("kamerstuk", "Kamerstukken II 2005/06, 29 950, nr. 40", "kst-29950-40", None)]),
    ("kst-year-en-dash", "Kamerstukken II 2023–34, 23 235, nr. 240.",
     [("kamerstuk", "Kamerstukken II 2023–34, 23 235, nr. 240", "kst-23235-240", None)]),
    ("kst-year-glued", "Kamerstukken II2015–16, 34 104, nr. 128.",
     [("kamerstuk", "Kamerstukken II2015–16, 34 104, nr. 128", "kst-34104-128", None)]),
    ("kst-short-hyphens", "zie 21501-32-1740.", [("kamerstuk", "21501-32-1740", "kst-21501-32-1740", None)]),
    ("kst-short-nr", "21 501-32, nr. 1703", [("kamerstuk", "21 501-32, nr. 1703", "kst-21501-32-1703", None)]),
    ("kst-sub-dossier", "Kamerstuk 21 501-02, nr. 2498",
     [("kamerstuk", "Kamerstuk 21 501-02, nr. 2498", "kst-21501-02-2498", None)]),
    ("kst-combined-dossiers", "(31 031/29 949, nr. 19)",
     [("kamerstuk", "31 031/29 949, nr. 19", "kst-31031-19", None)]),
    ("kst-combined-809", "29 984/22 589, nr. 809", [("kamerstuk", "29 984/22 589, nr. 809", "kst-29984-809", None)]),
    ("kst-list", "(Kamerstukken 36725 X nr. 6, Kamerstuk 36915 X nr. 4)",
     [("kamerstuk", "Kamerstukken 36725 X nr. 6", "kst-36725-X-6", None),
      ("kamerstuk", "Kamerstuk 36915 X nr. 4", "kst-36915-X-4", None)]),
    ("kst-glued", "Kamerstuk36 600 XII, nr. 42", [("kamerstuk", "Kamerstuk36 600 XII, nr. 42", "kst-36600-XII-42", None)]),
    ("kst-wrapped", "Kamerstuk 36\n200 XII, nr. 19",
     [("kamerstuk", "Kamerstuk 36\n200 XII, nr. 19", "kst-36200-XII-19", None)]),
    ("kst-wrapped-before-nr", "(Kamerstuk 36 197,\nnr. 15)", [("kamerstuk", "Kamerstuk 36 197,\nnr. 15", "kst-36197-15", None)]),
    ("kst-roman", "Kamerstuk 36 410 VIII, nr. 112",
     [("kamerstuk", "Kamerstuk 36 410 VIII, nr. 112", "kst-36410-VIII-112", None)]),
    ("kst-nrs-list", "Kamerstuk 26 485, nrs. 380 en 407",
     [("kamerstuk", "Kamerstuk 26 485, nrs. 380", "kst-26485-380", None),
      ("kamerstuk", "407", "kst-26485-407", None)]),
    ("kst-then-date", "(Kamerstuk 36725 X nr. 6, 17 juni 2025)",
     [("kamerstuk", "Kamerstuk 36725 X nr. 6", "kst-36725-X-6", None)]),
    ("kst-en-bare", "Kamerstukken 36725 X nr. 6 en 36915 X nr. 4",
     [("kamerstuk", "Kamerstukken 36725 X nr. 6", "kst-36725-X-6", None),
      ("kamerstuk", "36915 X nr. 4", "kst-36915-X-4", None)]),
    ("dossier-only", "over het jaar 2026 (Kamerstuk 36800-K)", [("dossier", "Kamerstuk 36800-K", "dossier-36800-K", None)]),
    ("aanhangsel-en-dash", "Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3173",
     [("aanhangsel", "Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3173", "ah-tk-20212022-3173", None)]),
    ("aanhangsel-lost-space", "Aanhangsel Handelingen,vergaderjaar 2024-2025, nr. 337",
     [("aanhangsel", "Aanhangsel Handelingen,vergaderjaar 2024-2025, nr. 337", "ah-tk-20242025-337", None)]),
    ("aanhangsel-wrapped", "Zie ook Aanhangsel Handelingen, vergaderjaar\n2023–2024, nr. 594.",
     [("aanhangsel", "Aanhangsel Handelingen, vergaderjaar\n2023–2024, nr. 594", "ah-tk-20232024-594", None)]),
    ("aanhangsel-short-year", "Aanhangsel Handelingen II 2023/24, nr. 12",
     [("aanhangsel", "Aanhangsel Handelingen II 2023/24, nr. 12", "ah-tk-20232024-12", None)]),
    ("kenmerk", "16 april 2026 (MINDEF20260028717)", [("kenmerk", "MINDEF20260028717", "MINDEF20260028717", None)]),
    ("kenmerk-quoted", "invoeren van 'MINDEF20260028717' in", [("kenmerk", "MINDEF20260028717", "MINDEF20260028717", None)]),
    ("kenmerk-word", "ons kenmerk 2024-0001234.", [("kenmerk", "2024-0001234", "2024-0001234", None)]),
    ("zaak", "schriftelijke vragen (2021Z07250)", [("zaak", "2021Z07250", "2021Z07250", None)]),
    ("document", "document 2024D40329", [("document", "2024D40329", "2024D40329", None)]),
    ("zaak-space", "2024Z 17972", [("zaak", "2024Z 17972", "2024Z17972", None)]),
    ("ob-kst", "zie kst-36725-X-6.", [("publicatie", "kst-36725-X-6", "kst-36725-X-6", None)]),
    ("ob-ah", "ah-tk-20212022-3173", [("publicatie", "ah-tk-20212022-3173", "ah-tk-20212022-3173", None)]),
    ("ob-kv", "kv-tk-2024Z18775", [("publicatie", "kv-tk-2024Z18775", "kv-tk-2024Z18775", None)]),
    ("motie-cs", "de motie Piri c.s. om", [("motie", "motie Piri c.s.", "motie-piri", None)]),
    ("motie-hyphen", "invulling aan de motie-Piri c.s. om", [("motie", "motie-Piri c.s.", "motie-piri", None)]),
    ("motie-lid", "motie van het lid Boswijk c.s.", [("motie", "motie van het lid Boswijk c.s.", "motie-boswijk", None)]),
    ("motie-leden", "de motie van de leden Alkaya en Van Raan over",
     [("motie", "motie van de leden Alkaya en Van Raan", "motie-alkaya-van-raan", None)]),
    ("motie-wrapped-footnote", "motie van het lid Van\nZanten c.s.2, waarmee",
     [("motie", "motie van het lid Van\nZanten c.s.", "motie-van-zanten", None)]),
    ("motie-with-kamerstuk", "uitvoering gegeven aan de motie Piri c.s. (Kamerstuk 36800 X nr. 34). Defensie",
     [("motie", "motie Piri c.s.", "motie-piri", "kst-36800-X-34"),
      ("kamerstuk", "Kamerstuk 36800 X nr. 34", "kst-36800-X-34", None)]),
    ("motie-kamerstuk-same-sentence",
     "de motie-Piri c.s. om over elke voorgenomen verwerving te melden aan uw Kamer (Kamerstuk 36 800-X, nr. 34).",
     [("motie", "motie-Piri c.s.", "motie-piri", "kst-36800-X-34"),
      ("kamerstuk", "Kamerstuk 36 800-X, nr. 34", "kst-36800-X-34", None)]),
    ("motie-kamerstuk-next-sentence", "de motie Piri c.s. is uitgevoerd. Zie ook Kamerstuk 36800 X nr. 34.",
     [("motie", "motie Piri c.s.", "motie-piri", None),
      ("kamerstuk", "Kamerstuk 36800 X nr. 34", "kst-36800-X-34", None)]),
    ("brief-with-kamerstuk", "In de brief van 17 juni 2025 (Kamerstuk 36725 X nr. 6) is",
     [("brief", "brief van 17 juni 2025", "brief-2025-06-17", "kst-36725-X-6"),
      ("kamerstuk", "Kamerstuk 36725 X nr. 6", "kst-36725-X-6", None)]),
    ("brief-bare-kamerstuk", "de brief van 16 april 2025 (36 915 X, nr. 4)",
     [("brief", "brief van 16 april 2025", "brief-2025-04-16", "kst-36915-X-4"),
      ("kamerstuk", "36 915 X, nr. 4", "kst-36915-X-4", None)]),
    ("brieven-list", "via de brieven van 17 juni 2025 (36 725 X, nr. 6) en 16 april 2026 (MINDEF20260028717). De",
     [("brief", "brieven van 17 juni 2025", "brief-2025-06-17", "kst-36725-X-6"),
      ("kamerstuk", "36 725 X, nr. 6", "kst-36725-X-6", None),
      ("brief", "16 april 2026", "brief-2026-04-16", None),
      ("kenmerk", "MINDEF20260028717", "MINDEF20260028717", None)]),
    ("brief-of-minister", "de brief van de minister van Defensie van 3 maart 2024",
     [("brief", "brief van de minister van Defensie van 3 maart 2024", "brief-2024-03-03", None)]),
    ("kamerbrief", "Kamerbrief van 1 maart 2024", [("brief", "Kamerbrief van 1 maart 2024", "brief-2024-03-01", None)]),
    ("url-document-ids", "nr. 2498 (https://www.tweedekamer.nl/detail?id=2022D25169&did=2022D25169)",
     [("document", "2022D25169", "2022D25169", None), ("document", "2022D25169", "2022D25169", None)]),
]

# (name, input): no citation
NOT_CITATIONS = [
    ("dossier-title-line", "36 800 K Vaststelling van de begrotingsstaat"),
    ("bare-five-digits", "een bedrag van 12345 euro"),
    ("dates", "tussen 17 juni 2025 en 16 april 2026"),
    ("percent", "in 2035 1,5% van het bbp"),
    ("session-year", "Vergaderjaar 2025-2026"),
    ("the-word-motie", "De motie is aangenomen."),
    ("brief-without-date", "In de brief van de minister staat"),
    ("short-code", "de F-35 en de PAMI-1"),
]

#: Known failures: EK ondernummers without ``nr.`` (``Kamerstukken I 2018/19, 33 506, AB``).
KNOWN_FAILURES = [
    ("ek-letter-ondernummer", "Kamerstukken I 2018/19, 33 506, AB", "kst-33506-AB"),
]


@pytest.mark.parametrize(("name", "text", "want"), CITATIONS, ids=[c[0] for c in CITATIONS])
def test_citation(name, text, want):
    got = find_citations(text)
    assert [(c.kind, c.text, c.id, c.kamerstuk) for c in got] == want
    for c in got:
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize(("name", "text"), NOT_CITATIONS, ids=[c[0] for c in NOT_CITATIONS])
def test_not_a_citation(name, text):
    assert find_citations(text) == []


@pytest.mark.parametrize(("name", "text", "want_id"), KNOWN_FAILURES, ids=[c[0] for c in KNOWN_FAILURES])
def test_known_failures_still_fail(name, text, want_id):
    """If one of these starts to pass, move it to CITATIONS."""
    assert want_id not in [c.id for c in find_citations(text)]


def test_urls():
    (kst,) = find_citations("Kamerstuk 36725 X nr. 6")
    assert kst.url == "https://zoek.officielebekendmakingen.nl/kst-36725-X-6.html"
    (ah,) = find_citations("Aanhangsel Handelingen, vergaderjaar 2021–2022, nr. 3173")
    assert ah.url == OB.format("ah-tk-20212022-3173")
    (doc,) = find_citations("2024D40329")
    assert doc.url == "https://www.tweedekamer.nl/kamerstukken/detail?id=2024D40329&did=2024D40329"
    (dossier,) = find_citations("(Kamerstuk 36800-K)")
    assert dossier.url is None
    motie, _ = find_citations("motie Piri c.s. (Kamerstuk 36800 X nr. 34)")
    assert motie.url == OB.format("kst-36800-X-34")


def test_long_text_is_fast():
    para = ("In de brief van 17 juni 2025 (Kamerstuk 36725 X nr. 6) is gemeld dat de motie Piri c.s. "
            "(Kamerstuk 36 800-X, nr. 34) wordt uitgevoerd, zie ook 2024Z 17972 en MINDEF20260028717. ")
    text = para * 170
    # Dense synthetic text, best of five runs: a few ms on an idle machine; the
    # limit only has to catch a super-linear blow-up on a loaded one.
    timings = []
    for _ in range(5):
        t0 = time.perf_counter()
        got = find_citations(text)
        timings.append(time.perf_counter() - t0)
    assert min(timings) < 0.25
    assert len(got) == 6 * 170


_PIECES = list("0123456789 .,-–/€%\n()KamerstukvrgnodzieAZDXIV") + [
    "Kamerstuk ", "nr. ", "vraag ", "antwoord op ", "miljoen", "juni ", "motie ", "brief van ",
    "c.s.", " en ", "t/m ", "Aanhangsel Handelingen ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_spans_always_match_text(text):
    """On arbitrary fragments every finder returns spans that slice to its text."""
    from parsers.annotate import answer_status, find_figures, find_refs

    cites = find_citations(text)
    found = [*cites, *find_figures(text, [(c.start, c.end) for c in cites]), *find_refs(text, cites)]
    for item in found:
        assert text[item.start:item.end] == item.text
    assert answer_status(text) in ("answered", "by-reference", "deferred", "missing")


def test_date_after_a_kamerstuk_stays_a_figure():
    from parsers.annotate import annotate
    from parsers.model import Document

    doc = annotate(Document(intro="(Kamerstuk 36725 X nr. 6, 17 juni 2025) en (36 725 X, nr. 6)"))
    assert [(c.id, c.field, c.question) for c in doc.citations] == [
        ("kst-36725-X-6", "intro", None), ("kst-36725-X-6", "intro", None),
    ]
    assert [f.text for f in doc.figures] == ["17 juni 2025"]
