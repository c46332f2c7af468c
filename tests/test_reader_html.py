"""The officielebekendmakingen HTML reader: container, roles, footnotes, charset."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import parsers
from parsers import ParseError
from parsers.readers.html import read_html

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def rows(src):
    return [(b.role, b.text) for b in src.blocks]


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Vraag 9 titel</title>
<meta name="DC.identifier" content="ah-tk-20232024-1949">
<meta name="OVERHEIDop.datumOntvangst" content="2024-05-02T00:00:00">
<script>var x = "Vraag 7";</script><style>p { color: red }</style></head>
<body><nav><p>Zoeken</p></nav><header><p>Overheid.nl</p></header>
<p>Buiten de stuk-div</p>
<div class="stuk">
 <h1 class="kamervraagomschrijving_kop">Vragen van het lid Faber (PVV) (ingezonden 1 april 2024).</h1>
 <div class="kamervraagopmerking"><p>Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1200.</p></div>
 <div class="vraag"><h2 class="stuktitel no-toc">Vraag 1</h2>
  <p><a href="https://example.org">Het bericht</a> is u bekend?<a class="nootnum supernote-click-1" href="#n1">1</a></p>
  <p><em>Zo ja</em>, wat vindt u ervan?</p></div>
 <div class="antwoord"><h2 class="stuktitel no-toc">Vraag 1</h2><p><strong>Ja.</strong></p></div>
 <div class="vraag"><p class="nummer">2</p><p>Waarom?</p></div>
 <div class="vraag"><h2>Vraag 3</h2><p>En verder?</p></div>
 <div class="antwoord"><h2>Vraag 2, 3</h2><p>Daarom; <b>zie</b> ook:</p>
  <ol><li>punt een;</li><li>punt <i>twee</i>.</li></ol>
  <ul><li>los punt</li></ul></div>
 <div class="voet noot snp-mouseoffset" id="n1"><span class="nootnum">1</span> <p>NOS, 1 april 2024.</p></div>
</div>
<footer><p>Colofon</p></footer></body></html>"""


def test_kamervragen_page_blocks_and_roles():
    src = read_html(PAGE.encode(), "ah.html")
    assert rows(src) == [
        (None, "Vragen van het lid Faber (PVV) (ingezonden 1 april 2024)."),
        (None, "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1200."),
        ("question-label", "Vraag 1"),
        ("question", "Het bericht is u bekend?"),
        ("question", "Zo ja, wat vindt u ervan?"),
        ("answer-label", "Antwoord 1"),
        ("answer", "Ja."),
        ("question-label", "Vraag 2"),
        ("question", "Waarom?"),
        ("question-label", "Vraag 3"),
        ("question", "En verder?"),
        ("answer-label", "Antwoord 2, 3"),
        ("answer", "Daarom; zie ook:"),
        ("answer", "1. punt een;"),
        ("answer", "2. punt twee."),
        ("answer", "los punt"),
    ]
    assert [b.label for b in src.blocks if b.role == "answer-label"] == ["Antwoord 1", "Antwoord 2, 3"]
    assert src.warnings == []


def test_hints_and_lines():
    src = read_html(PAGE.encode(), "ah.html")
    by_text = {b.text: b for b in src.blocks}
    assert by_text["Ja."].bold is True
    assert by_text["Daarom; zie ook:"].bold is False
    assert by_text["Zo ja, wat vindt u ervan?"].italic is False
    assert by_text["Vragen van het lid Faber (PVV) (ingezonden 1 april 2024)."].heading is True
    assert [b.list_item for b in src.blocks[-3:]] == [True, True, True]
    assert by_text["Het bericht is u bekend?"].line == 11


def test_footnotes_and_meta():
    src = read_html(PAGE.encode(), "ah.html")
    assert src.footnotes == {"1": "NOS, 1 april 2024."}
    assert src.meta == {"publication_id": "ah-tk-20232024-1949", "date": "2024-05-02"}


def test_paragraph_starting_with_inline_element_is_kept():
    html = b'<div class="stuk"><div class="vraag"><h2>Vraag 1</h2><p><a href="#x">Link</a> eerst.</p>' \
           b'<p><a class="nootnum" href="#n2">2</a>Na de noot.</p></div></div>'
    src = read_html(html, "a.html")
    assert rows(src) == [("question-label", "Vraag 1"), ("question", "Link eerst."), ("question", "Na de noot.")]


def test_mededeling_when_there_are_no_answers():
    html = """<div class="stuk"><div class="kamervraagopmerking"><p>Mededeling van Minister X (ontvangen 3 mei 2024).</p>
      <p>De vragen kunnen niet binnen drie weken worden beantwoord.</p></div>
      <div class="vraag"><h2>Vraag 1</h2><p>Waarom?</p></div></div>""".encode()
    src = read_html(html, "m.html")
    assert [b.role for b in src.blocks] == ["mededeling", "mededeling", "question-label", "question"]


def test_kamerstuk_without_vraag_divs_is_plain_blocks():
    html = """<html><body><main class="global-main"><h2>1. Inleiding</h2>
      <p>De leden van de VVD-fractie vragen iets.</p><table><tr><td>2024</td><td>€ 3,1 miljard</td></tr></table>
      <p>Tekst zonder sluittag<p>Tweede alinea</main></body></html>""".encode()
    src = read_html(html, "k.html")
    assert [(b.role, b.text, b.heading) for b in src.blocks] == [
        (None, "1. Inleiding", True),
        (None, "De leden van de VVD-fractie vragen iets.", False),
        (None, "2024 | € 3,1 miljard", False),
        (None, "Tekst zonder sluittag", False),
        (None, "Tweede alinea", False),
    ]


def test_container_fallbacks():
    old = b'<body><div id="menu"><p>Menu</p></div><div id="main-column"><p>Oude layout</p></div></body>'
    assert rows(read_html(old, "o.html")) == [(None, "Oude layout")]
    newer = b'<body><div class="stuk-container"><p>Stuk</p></div><p>Rest</p></body>'
    assert rows(read_html(newer, "n.html")) == [(None, "Stuk")]


def test_charset_from_meta_and_cp1252_fallback():
    latin = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>' \
            '<body><p>Caf\u00e9 \u20ac 5</p></body></html>'
    src = read_html(latin.encode("cp1252"), "l.html")
    assert rows(src) == [(None, "Café € 5")]
    assert src.warnings == ["decoded as cp1252"]
    undeclared = "<html><body><p>Een \u2018quote\u2019</p></body></html>".encode("cp1252")
    src2 = read_html(undeclared, "u.html")
    assert rows(src2) == [(None, "Een \u2018quote\u2019")]
    assert src2.warnings == ["decoded as cp1252"]


def test_line_breaks_and_whitespace():
    html = b"<body><p>Eerste\n   regel<br>tweede   regel</p></body>"
    assert rows(read_html(html, "b.html")) == [(None, "Eerste regel\ntweede regel")]


def test_page_without_text_is_refused():
    with pytest.raises(ParseError) as err:
        read_html(b"<html><head><script>x()</script></head><body><nav>menu</nav></body></html>", "leeg.html")
    assert str(err.value) == "leeg.html: de HTML-pagina bevat geen documenttekst"


def test_deeply_nested_html_does_not_crash():
    html = b"<body>" + b"<div>" * 3000 + b"<p>diep</p>" + b"</div>" * 3000 + b"</body>"
    assert rows(read_html(html, "deep.html")) == [(None, "diep")]


# -- sample, end to end ---------------------------------------------------

def test_sample_html_reader_output():
    src = read_html((SAMPLES / "kamervragen-ah.html").read_bytes(), "kamervragen-ah.html")
    labels = [b.text for b in src.blocks if b.role in ("question-label", "answer-label")]
    assert labels == ["Vraag 1", "Antwoord 1", "Vraag 2", "Vraag 3", "Antwoord 2, 3", "Vraag 4", "Antwoord 4"]
    assert src.footnotes == {"1": "NOS, 10 februari 2024, «Tekort aan jeugdpsychiaters loopt op»."}
    assert not any("Datum publicatie" in b.text or "Overheid.nl" in b.text for b in src.blocks)


def test_sample_html_end_to_end():
    doc = parsers.parse_path(SAMPLES / "kamervragen-ah.html")
    assert doc.meta.kind == "kamervragen"
    assert doc.meta.publication_id == "ah-tk-20232024-1587"
    assert [q.number for q in doc.questions()] == [1, 2, 3, 4]
    assert [(a.name, a.party) for a in doc.meta.askers] == [("Jansen", "SP")]
    assert doc.meta.date_submitted == dt.date(2024, 2, 12)
    assert doc.meta.date == dt.date(2024, 3, 4)
    q = doc.questions()
    assert q[0].text == "Het bericht «Tekort aan jeugdpsychiaters loopt op» is u bekend?"
    assert q[0].answer.text == "Ja."
    assert q[1].answer.joint == [2, 3]
    assert q[3].answer.text.startswith("Zie antwoord vraag 2.")
