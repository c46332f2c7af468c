"""Fuzzing for bounded work: random label sequences, long lines, deep nesting
and many paragraphs, in text, HTML and XML.

Every generated document must parse to a Document or be refused with a
one-line ``ParseError`` (nothing else), keep every word (the content check
of :mod:`tests.content_check` for text; every generated word somewhere in
the parse for markup), and do bounded work. Work is counted, not timed: the
number of Python function calls of a parse (``sys.setprofile``) and its peak
traced memory (``tracemalloc``), compared between a document and the same
document four times over, in one run. Linear work gives about 4x; the
quadratic steps this suite guards against gave 16x and more.
"""

from __future__ import annotations

import re
import sys
import tracemalloc
from html import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parsers
from parsers import ParseError
from parsers.pipeline import parse_source
from parsers.readers.html import read_html
from parsers.readers.text import read_text_string
from parsers.readers.xml import read_xml
from tests import content_check

WORD = st.sampled_from("regering minister gemeenten kosten stikstof woningbouw defensie "
                       "toezicht onderzoek motie brief rapport maatregel subsidie zorg".split())
SENTENCE = st.lists(WORD, min_size=1, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
NUMBER = st.integers(min_value=0, max_value=999)
LABEL = st.one_of(
    NUMBER.map(lambda n: f"Vraag {n}"), NUMBER.map(lambda n: f"Antwoord {n}"),
    NUMBER.map(lambda n: f"{n}."), NUMBER.map(str), NUMBER.map(lambda n: f"Vraag {n}a"),
    st.tuples(NUMBER, NUMBER).map(lambda t: f"Antwoord {t[0]} en {t[1]}"),
    st.just("Antwoord"), st.just("Antwoord:"), st.just("Mededeling"),
    st.just("De leden van de VVD-fractie vragen de regering"),
)
#: One line of up to some 10,000 characters, or a wrapped and hyphenated paragraph.
LONG_LINE = st.tuples(WORD, st.integers(min_value=50, max_value=1500)).map(
    lambda t: " ".join([t[0]] * t[1]) + ".")
WRAPPED = st.lists(SENTENCE, min_size=2, max_size=60).map(
    lambda ss: "\n".join(s[:-1] + "-" if i % 3 == 0 else s for i, s in enumerate(ss)))
PARAGRAPH = st.one_of(SENTENCE, SENTENCE, WRAPPED, LONG_LINE)
ITEM = st.tuples(LABEL, st.lists(PARAGRAPH, min_size=0, max_size=4))
HEADER = ("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2023-2024\n\n"
          "Vragen van het lid Jansen (SP) aan de Minister van Defensie over munitie "
          "(ingezonden 1 maart 2024).\n\nAntwoord van Minister Brekelmans (Defensie) "
          "(ontvangen 20 maart 2024).\n\n")


def text_document(items, repeat: int = 1) -> str:
    body = "\n\n".join(f"{label}\n\n" + "\n\n".join(paras) for label, paras in items)
    return HEADER + "\n\n".join([body] * repeat)


def calls_of(fn) -> int:
    """The number of Python function calls ``fn()`` makes (its work, without a clock)."""
    count = 0

    def prof(frame, event, arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(prof)
    try:
        fn()
    except ParseError:
        pass
    finally:
        sys.setprofile(None)
    return count


def peak_of(fn) -> int:
    """Peak traced memory of ``fn()`` in bytes."""
    tracemalloc.start()
    try:
        fn()
    except ParseError:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def parse_or_refuse(fn):
    try:
        return fn()
    except ParseError as exc:
        assert str(exc) and "\n" not in str(exc)
        return None


# -- text -------------------------------------------------------------------------------

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(ITEM, min_size=1, max_size=25), st.integers(min_value=1, max_value=20))
def test_random_rounds_keep_every_word(items, repeat):
    text = text_document(items, repeat)
    doc = parse_or_refuse(lambda: parsers.parse_text(text, "fuzz.txt"))
    if doc is not None:
        content_check.check(text, doc)
        doc.to_jsonable()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(ITEM, min_size=3, max_size=12))
def test_text_work_grows_linearly(items):
    one, four = text_document(items, 2), text_document(items, 8)
    parse = parsers.parse_text
    parse(one, "warm.txt")  # imports and compiled patterns are not the document's work
    c1, c4 = calls_of(lambda: parse(one, "w.txt")), calls_of(lambda: parse(four, "w.txt"))
    assert c4 <= 5 * c1 + 20_000, (c1, c4)
    m1, m4 = peak_of(lambda: parse(one, "w.txt")), peak_of(lambda: parse(four, "w.txt"))
    assert m4 <= 5 * m1 + 2_000_000, (m1, m4)


def test_one_answer_of_many_lines_is_linear_work():
    """The Kamervragen answer of very many short lines (no result after 60 s
    at 8 MB before): four times the lines, about four times the work."""
    lines = [f"Regel {i} van het antwoord over de munitie-" if i % 7 == 0 else f"voorraad regel {i} en verder"
             for i in range(6000)]

    def doc(n: int) -> str:
        return HEADER + "Vraag 1\n\nKan dat?\n\nAntwoord 1\n\n" + "\n".join(lines[:n]) + "\n"

    one, four = doc(1500), doc(6000)
    parsers.parse_text(one, "warm.txt")
    c1, c4 = calls_of(lambda: parsers.parse_text(one, "k.txt")), calls_of(lambda: parsers.parse_text(four, "k.txt"))
    assert c4 <= 5 * c1, (c1, c4)
    parsed = parsers.parse_text(four, "k.txt")
    assert len(parsed.questions()) == 1
    content_check.check(four, parsed)


# -- markup -------------------------------------------------------------------------------

INLINE = ["em", "strong", "span", "a", "i", "b", "sup"]
#: Containers nest freely; ``p`` and ``li`` hold only text (an unclosed ``p``
#: or ``li`` closed by the next one would let a later end tag close an outer
#: element, even the page's container: a known limit of the forgiving tree
#: rules, not of the streaming, which follows them exactly).
BLOCKS = ["div", "section", "blockquote", "h2", "ul", "ol"]
LEAVES = ["p", "li"]


@st.composite
def html_tree(draw, depth=0):
    """Random nested HTML and the words it holds."""
    parts, words = [], []
    for _ in range(draw(st.integers(min_value=0, max_value=4 if depth < 8 else 1))):
        kind = draw(st.integers(min_value=0, max_value=4))
        if kind == 0 or depth > 12:
            s = draw(SENTENCE)
            parts.append(escape(s))
            words.append(s)
        elif kind == 1:
            s = draw(SENTENCE)
            tag = draw(st.sampled_from(LEAVES))
            parts.append(f"<{tag}>{escape(s)}</{tag}>")
            words.append(s)
        else:
            tag = draw(st.sampled_from(INLINE + BLOCKS))
            inner, w = draw(html_tree(depth + 1))
            parts.append(f"<{tag}>{inner}</{tag}>")
            words += w
    return "".join(parts), words


def _html_page(body: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
            f'<div class="stuk">{body}</div></body></html>')


def _deep(depth: int, text: str) -> str:
    tags = ["div", "span", "em", "section"]
    opening = "".join(f"<{tags[i % 4]}>" for i in range(depth))
    closing = "".join(f"</{tags[i % 4]}>" for i in reversed(range(depth)))
    return f"{opening}{escape(text)}{closing}"


def _words_kept(words: list[str], doc) -> None:
    places = " ".join(content_check.body_places(doc) + content_check.label_places(doc))
    got = content_check.words(places)
    want = content_check.words(" ".join(words))
    missing = want - got
    assert not missing, missing


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(html_tree(), min_size=1, max_size=6), st.integers(min_value=0, max_value=400),
       st.sampled_from(["", "<p class='x", "<a href=\"", "<!-- open", "<", "</di"]))
def test_random_html_reads_or_refuses_and_keeps_its_words(trees, depth, tail):
    body = "".join(t for t, _ in trees) + _deep(depth, "Diepe zin over kosten.")
    words = [w for _, ws in trees for w in ws] + ["Diepe zin over kosten."]
    data = _html_page(body + tail).encode()
    src = parse_or_refuse(lambda: read_html(data, "fuzz.html"))
    if src is None:
        return
    doc = parse_or_refuse(lambda: parse_source(src))
    if doc is not None:
        _words_kept(words, doc)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(html_tree(), min_size=2, max_size=6))
def test_html_work_grows_linearly(trees):
    body = "".join(t for t, _ in trees) + "<p>Vaste zin.</p>"
    one, four = _html_page(body * 3).encode(), _html_page(body * 12).encode()

    def parse(data):
        return lambda: parse_source(read_html(data, "w.html"))

    parse(one)()
    c1, c4 = calls_of(parse(one)), calls_of(parse(four))
    assert c4 <= 5 * c1 + 20_000, (c1, c4)


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><kamerstuk><stuk>'
            f'<stuknr>Nr. 6</stuknr><titel>NOTA</titel><algemeen><vrije-tekst><tekst>{body}'
            '</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>').encode()


XML_PARA = st.tuples(st.sampled_from(["al", "tussenkop", "divisie", "lijst"]), SENTENCE)


def _xml_body(paras, depth: int) -> tuple[str, list[str]]:
    parts, words = [], []
    for tag, s in paras:
        if tag == "divisie":
            parts.append(f"<divisie><kop><titel>{escape(s)}</titel></kop><al>{escape(s)}</al></divisie>")
            words += [s, s]
        elif tag == "lijst":
            parts.append(f"<lijst><li><li.nr>a.</li.nr><al>{escape(s)}</al></li></lijst>")
            words.append(s)
        else:
            parts.append(f"<{tag}>{escape(s)}</{tag}>")
            words.append(s)
    nest = "".join("<divisie>" for _ in range(depth)) + "<al>Diep.</al>" + "".join("</divisie>" for _ in range(depth))
    return "".join(parts) + nest, words + ["Diep."]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(XML_PARA, min_size=1, max_size=60), st.integers(min_value=0, max_value=260))
def test_random_xml_reads_or_refuses_and_keeps_its_words(paras, depth):
    body, words = _xml_body(paras, depth)
    data = _xml(body)
    src = parse_or_refuse(lambda: read_xml(data, "fuzz.xml"))
    if depth + 7 > 200:  # six enclosing elements, the divisies and the al
        assert src is None  # nested deeper than any publication: refused
        return
    assert src is not None
    doc = parse_or_refuse(lambda: parse_source(src))
    assert doc is not None
    _words_kept(words, doc)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(XML_PARA, min_size=5, max_size=40))
def test_xml_work_grows_linearly(paras):
    body, _ = _xml_body(paras, 3)
    one, four = _xml(body * 3), _xml(body * 12)

    def parse(data):
        return lambda: parse_source(read_xml(data, "w.xml"))

    parse(one)()
    c1, c4 = calls_of(parse(one)), calls_of(parse(four))
    assert c4 <= 5 * c1 + 20_000, (c1, c4)
    m1, m4 = peak_of(parse(one)), peak_of(parse(four))
    assert m4 <= 5 * m1 + 2_000_000, (m1, m4)


UNTERMINATED = {"tags": "<a" * 20000, "quotes": "<a b='" * 10000, "comment": "<!--" + "x" * 50000,
                "end-tags": "</" * 20000, "attributes": "<a b=" * 20000, "cdata": "<![CDATA[" * 5000}


@pytest.mark.parametrize("kind", sorted(UNTERMINATED))
def test_unterminated_markup_is_linear_and_kept_as_text(kind):
    """Inputs that made the standard library's HTML parser take minutes."""
    tail = UNTERMINATED[kind]
    start = '<!DOCTYPE html><html><body><div class="stuk"><p>Begin van de tekst.</p><p>Rest '
    page, small = start + tail, start + tail[: len(tail) // 4]  # open to the end of the file
    c1 = calls_of(lambda: read_html(small.encode(), "x.html"))
    c4 = calls_of(lambda: read_html(page.encode(), "x.html"))
    assert c4 <= 5 * c1 + 2_000, (c1, c4)
    src = read_html(page.encode(), "x.html")
    assert src.blocks[0].text == "Begin van de tekst."
    text = " ".join(b.text for b in src.blocks)
    assert "Rest" in text
    assert re.sub(r"\s", "", tail)[:200] in re.sub(r"\s", "", text)
    assert any(w.startswith("markup left open at line 1 runs to the end of the file") for w in src.warnings)


def test_text_reader_lines_are_kept_in_long_documents():
    text = text_document([("Vraag 1", ["Kan dat?"]), ("Antwoord 1", ["Ja."])], 1)
    src = read_text_string(text + "\n\n".join(["Slotzin."] * 2000), name="s.txt")
    assert sum(b.text.count("Slotzin.") for b in src.blocks) == 2000
