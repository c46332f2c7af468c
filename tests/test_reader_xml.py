"""The officielebekendmakingen XML reader: blocks, roles, footnotes, meta, safety."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

import parsers
from parsers import ParseError
from parsers.readers.xml import read_xml

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def rows(src):
    return [(b.role, b.text) for b in src.blocks]


KAMERVRAGEN = """<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
 <kamervragen>
  <kamervraagkop>
   <tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel>
   <tekstregel inhoud="vergaderjaar">Vergaderjaar 2023–2024</tekstregel>
  </kamervraagkop>
  <kamervraagnummer>1314</kamervraagnummer>
  <kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Mutluer</achternaam></naam>
    (GroenLinks-PvdA) aan de Minister van Justitie en Veiligheid over
    <kamervraagonderwerp>het bericht «Te weinig rechters»</kamervraagonderwerp>
    (ingezonden <datum isodatum="2024-01-10">10 januari 2024</datum>).</kamervraagomschrijving>
  <kamervraagomschrijving type="antwoord">Antwoord van Minister Yeşilgöz (Justitie en Veiligheid)
    (ontvangen <datum isodatum="2024-02-01">1 februari 2024</datum>).</kamervraagomschrijving>
  <vraag><nr>Vraag 1</nr><al>Kent u het bericht?<noot type="voet"><noot.nr>1</noot.nr><noot.al>NRC, 9 januari 2024.</noot.al></noot></al></vraag>
  <antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord>
  <vraag><nr>Vraag 3, 4 en 5</nr><al><nadruk type="vet">Hoeveel</nadruk> rechters ontbreken?</al><al>En waar?</al></vraag>
  <antwoord><nr>Antwoord 3, 4 en 5</nr><al>Zie <extref doc="kst-29279-800" soort="document">Kamerstuk 29 279, nr. 800</extref>.</al></antwoord>
 </kamervragen>
</officiele-publicatie>
"""


def test_kamervragen_blocks_roles_and_labels():
    src = read_xml(KAMERVRAGEN.encode(), "kv.xml")
    assert rows(src) == [
        ("meta", "Tweede Kamer der Staten-Generaal"),
        ("meta", "Vergaderjaar 2023–2024"),
        (None, "Vragen van het lid Mutluer (GroenLinks-PvdA) aan de Minister van Justitie en Veiligheid over "
               "het bericht «Te weinig rechters» (ingezonden 10 januari 2024)."),
        (None, "Antwoord van Minister Yeşilgöz (Justitie en Veiligheid) (ontvangen 1 februari 2024)."),
        ("question-label", "Vraag 1"),
        ("question", "Kent u het bericht?"),
        ("answer-label", "Antwoord 1"),
        ("answer", "Ja."),
        ("question-label", "Vraag 3, 4 en 5"),
        ("question", "Hoeveel rechters ontbreken?"),
        ("question", "En waar?"),
        ("answer-label", "Antwoord 3, 4 en 5"),
        ("answer", "Zie Kamerstuk 29 279, nr. 800."),
    ]
    labels = [b.label for b in src.blocks if b.role and b.role.endswith("label")]
    assert labels == ["Vraag 1", "Antwoord 1", "Vraag 3, 4 en 5", "Antwoord 3, 4 en 5"]
    assert src.format == "xml" and src.name == "kv.xml"
    assert src.blocks[4].line == 15  # the <vraag> line


def test_kamervragen_footnote_marker_removed_and_collected():
    src = read_xml(KAMERVRAGEN.encode(), "kv.xml")
    assert src.footnotes == {"1": "NRC, 9 januari 2024."}
    assert not any("NRC" in b.text for b in src.blocks)


def test_kamervragen_meta_from_elements():
    src = read_xml(KAMERVRAGEN.encode(), "kv.xml")
    assert src.meta == {
        "session_year": "2023-2024",
        "house": "Tweede Kamer",
        "date_submitted": "2024-01-10",
        "title": "het bericht «Te weinig rechters»",
        "date": "2024-02-01",
        "publication_id": "ah-tk-20232024-1314",
    }


def test_partially_bold_paragraph_is_not_bold_but_all_bold_is():
    xml = b"<kamerstuk><al><nadruk type='vet'>Alles vet</nadruk></al><al><nadruk type='vet'>Half</nadruk> vet</al></kamerstuk>"
    src = read_xml(xml, "b.xml")
    assert [(b.text, b.bold) for b in src.blocks] == [("Alles vet", True), ("Half vet", False)]


def test_older_notation_and_label_inside_al():
    xml = """<vragen><omschr>Vragen van het lid Jansen (SP) (ingezonden <datum isodatum="2009-05-04">4 mei 2009</datum>).</omschr>
      <vraag><nummer>2</nummer><al>Waarom?</al></vraag>
      <vraag><al>Vraag 3</al><al>Hoezo?</al></vraag>
      <antwoord><al>Antwoord 2 en 3</al><al>Daarom.</al></antwoord>
      <toelicht><al>Toelichting bij de vragen.</al></toelicht></vragen>""".encode()
    src = read_xml(xml, "old.xml")
    assert rows(src) == [
        (None, "Vragen van het lid Jansen (SP) (ingezonden 4 mei 2009)."),
        ("question-label", "Vraag 2"), ("question", "Waarom?"),
        ("question-label", "Vraag 3"), ("question", "Hoezo?"),
        ("answer-label", "Antwoord 2 en 3"), ("answer", "Daarom."),
        (None, "Toelichting bij de vragen."),
    ]
    assert src.meta == {"date_submitted": "2009-05-04"}
    assert src.warnings == []


def test_unnumbered_vraag_is_numbered_by_position_with_a_warning():
    src = read_xml(b"<kamervragen><vraag><al>Waarom?</al></vraag></kamervragen>", "x.xml")
    assert rows(src) == [("question-label", "Vraag 1"), ("question", "Waarom?")]
    assert src.warnings == ["vraag without a number at line 1; numbered Vraag 1 by position"]


def test_mededeling_remark_without_answers():
    xml = b"""<kamervragen><kamervraagopmerking><al>Mededeling van Minister X (ontvangen 3 mei 2024).</al>
      <al>De vragen kunnen niet binnen de termijn worden beantwoord.</al></kamervraagopmerking>
      <vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag></kamervragen>"""
    src = read_xml(xml, "m.xml")
    assert [b.role for b in src.blocks] == ["mededeling", "mededeling", "question-label", "question"]


KAMERSTUK = """<officiele-publicatie><kamerstuk>
 <kamerstukkop><tekstregel inhoud="kameraanduiding">Eerste Kamer der Staten-Generaal</tekstregel>
  <tekstregel inhoud="vergaderjaar">Vergaderjaar 2025–2026</tekstregel></kamerstukkop>
 <dossier><dossiernummer><dossiernr>36 800 K</dossiernr></dossiernummer><titel>Vaststelling van de begroting</titel></dossier>
 <stuk><stuknr>F</stuknr><titel>NOTA NAAR AANLEIDING VAN HET VERSLAG</titel>
  <datumtekst>Ontvangen <datum isodatum="2026-06-19">19 juni 2026</datum></datumtekst>
  <divisie><kop><nr>1.</nr><titel>Inleiding</titel></kop>
   <tussenkop kopopmaak="vet">SP-fractie</tussenkop>
   <al>De leden van de SP-fractie vragen hoeveel het kost.<noot type="voet"><noot.nr>3</noot.nr><noot.al>Zie <extref doc="kst-36800-K-2">Kamerstuk 36 800 K, nr. 2</extref>.</noot.al></noot></al>
   <lijst type="expliciet"><li><li.nr>a.</li.nr><al>eerste punt;</al></li><li><li.nr>b.</li.nr><al>tweede punt.</al></li></lijst>
   <table><tgroup><tbody><row><entry>Jaar</entry><entry>Bedrag</entry></row><row><entry>2026</entry><entry>€ 3,1 miljard</entry></row></tbody></tgroup></table>
  </divisie>
  <ondertekening><functie>De Minister van Defensie,</functie><naam><achternaam>Brekelmans</achternaam></naam></ondertekening>
 </stuk></kamerstuk></officiele-publicatie>"""


def test_kamerstuk_blocks():
    src = read_xml(KAMERSTUK.encode(), "ks.xml")
    assert [(b.role, b.text, b.heading, b.list_item) for b in src.blocks] == [
        ("meta", "Eerste Kamer der Staten-Generaal", False, False),
        ("meta", "Vergaderjaar 2025–2026", False, False),
        ("title", "36 800 K Vaststelling van de begroting", False, False),
        ("title", "F NOTA NAAR AANLEIDING VAN HET VERSLAG", True, False),
        ("meta", "Ontvangen 19 juni 2026", False, False),
        (None, "1. Inleiding", True, False),
        (None, "SP-fractie", True, False),
        (None, "De leden van de SP-fractie vragen hoeveel het kost.", False, False),
        (None, "a. eerste punt;", False, True),
        (None, "b. tweede punt.", False, True),
        (None, "Jaar | Bedrag", False, False),
        (None, "2026 | € 3,1 miljard", False, False),
        (None, "De Minister van Defensie,", False, False),
        (None, "Brekelmans", False, False),
    ]
    assert src.blocks[6].bold is True
    assert src.footnotes == {"3": "Zie Kamerstuk 36 800 K, nr. 2."}


def test_kamerstuk_meta():
    src = read_xml(KAMERSTUK.encode(), "ks.xml")
    assert src.meta == {
        "house": "Eerste Kamer",
        "session_year": "2025-2026",
        "dossier": "36800-K",
        "title": "Vaststelling van de begroting",
        "document_letter": "F",
        "document_type": "nota naar aanleiding van het verslag",
        "date": "2026-06-19",
        "publication_id": "kst-36800-K-F",
    }


def test_metadata_elements_win_over_derived_values():
    xml = b"""<officiele-publicatie><metadata><meta name="DC.identifier" content="kst-36512-6"/>
      <meta name="OVERHEIDop.dossiernummer" content="36512"/><meta name="OVERHEIDop.ondernummer" content="6"/>
      </metadata><kamerstuk><stuk><stuknr>Nr. 7</stuknr><al>Tekst.</al></stuk></kamerstuk></officiele-publicatie>"""
    src = read_xml(xml, "m.xml")
    assert src.meta == {"publication_id": "kst-36512-6", "dossier": "36512", "document_number": "6"}
    assert rows(src) == [("title", "Nr. 7"), (None, "Tekst.")]


def test_references_keep_their_visible_text():
    xml = (b'<kamerstuk><al>Zie <dossierref dossier="36800-K">36 800 K</dossierref> en '
           b'<extref doc="https://example.org" soort="URL">deze pagina</extref>: 120 m<sup>2</sup>.</al></kamerstuk>')
    assert rows(read_xml(xml, "r.xml")) == [(None, "Zie 36 800 K en deze pagina: 120 m2.")]


def test_namespaced_elements_are_read():
    xml = b'<op:kamerstuk xmlns:op="http://example.org/op"><op:al>Hallo <op:nadruk type="cur">wereld</op:nadruk></op:al></op:kamerstuk>'
    src = read_xml(xml, "ns.xml")
    assert rows(src) == [(None, "Hallo wereld")]


# -- safety ------------------------------------------------------------

def test_external_entity_is_refused_and_secret_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-12345")
    xml = f'<?xml version="1.0"?><!DOCTYPE al [<!ENTITY xxe SYSTEM "file://{secret}">]><kamerstuk><al>&xxe;</al></kamerstuk>'
    with pytest.raises(ParseError) as err:
        read_xml(xml.encode(), "xxe.xml")
    assert str(err.value) == "xxe.xml: XML met entiteitsdeclaraties wordt geweigerd (mogelijke entity-expansion-aanval)"
    assert "GEHEIM" not in str(err.value)


def test_entity_bomb_is_refused_quickly():
    lol = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    xml = f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(lol)}]><kamerstuk><al>&lol9;</al></kamerstuk>'
    start = time.monotonic()
    with pytest.raises(ParseError) as err:
        read_xml(xml.encode(), "bomb.xml")
    assert time.monotonic() - start < 1.0
    assert str(err.value) == "bomb.xml: XML met entiteitsdeclaraties wordt geweigerd (mogelijke entity-expansion-aanval)"


def test_entity_declaration_in_utf16_is_refused():
    xml = '<!DOCTYPE a [<!ENTITY x "y">]><kamerstuk><al>&x;</al></kamerstuk>'.encode("utf-16")
    with pytest.raises(ParseError, match="entiteitsdeclaraties wordt geweigerd"):
        read_xml(xml, "u16.xml")


def test_external_dtd_is_not_loaded(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "GELEKT">')
    xml = f'<?xml version="1.0"?><!DOCTYPE kamerstuk SYSTEM "file://{dtd}"><kamerstuk><al>Tekst &leak;.</al></kamerstuk>'
    src = read_xml(xml.encode(), "dtd.xml")
    assert rows(src) == [(None, "Tekst .")]


def test_malformed_xml_is_one_line_error():
    with pytest.raises(ParseError) as err:
        read_xml(b"<kamerstuk><al>open\n</kamerstuk>", "bad.xml")
    assert str(err.value) == "bad.xml: geen welgevormde XML (regel 2, kolom 3: mismatched tag)"


def test_deep_nesting_is_refused():
    xml = b"<a>" * 5000 + b"</a>" * 5000
    with pytest.raises(ParseError) as err:
        read_xml(xml, "deep.xml")
    assert str(err.value) == "deep.xml: XML die dieper dan 200 niveaus genest is, wordt geweigerd"


# -- samples, end to end --------------------------------------------------

def test_sample_kamervragen_xml_reader_output():
    src = read_xml((SAMPLES / "kamervragen-ah.xml").read_bytes(), "kamervragen-ah.xml")
    labels = [b.text for b in src.blocks if b.role in ("question-label", "answer-label")]
    assert labels == ["Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2", "Vraag 3", "Vraag 4",
                      "Antwoord 3 en 4", "Vraag 5", "Antwoord 5"]
    assert src.footnotes == {"1": "Het Financieele Dagblad, 4 maart 2024."}
    assert src.meta["publication_id"] == "ah-tk-20232024-1432"


def test_sample_kamervragen_xml_end_to_end():
    doc = parsers.parse_path(SAMPLES / "kamervragen-ah.xml")
    assert doc.meta.kind == "kamervragen"
    assert [q.number for q in doc.questions()] == [1, 2, 3, 4, 5]
    assert [a.name for a in doc.meta.askers] == ["Van der Werf", "Bakker"]
    assert [a.party for a in doc.meta.askers] == ["VVD", "CDA"]
    assert doc.meta.date_submitted == dt.date(2024, 3, 6)
    assert doc.meta.date == dt.date(2024, 3, 28)
    q = doc.questions()
    assert q[0].answer.text == "Ja."
    assert q[2].answer.joint == [3, 4] and q[3].answer.joint == [3, 4]
    assert q[4].answer.text.startswith("Zie antwoord vraag 2.")
    assert doc.footnotes == {"1": "Het Financieele Dagblad, 4 maart 2024."}


def test_sample_nota_xml_end_to_end():
    doc = parsers.parse_path(SAMPLES / "nota-tk.xml")
    assert doc.meta.kind == "nota-naar-aanleiding-van-verslag"
    assert doc.meta.publication_id == "kst-36512-6"
    assert doc.meta.date == dt.date(2024, 5, 14)
    names = [f.name for f in doc.factions]
    assert names == ["VVD", "GroenLinks-PvdA", "SP", "CDA"]
    vvd = doc.factions[0]
    assert [q.id for q in vvd.questions] == ["VVD-1", "VVD-2"]
    assert vvd.questions[0].answer.text.startswith("De regering verwacht dat de kortere procedures")
    assert doc.factions[2].joins == ["GroenLinks-PvdA"]
    assert doc.footnotes == {"1": "Zie de Staat van de Volkshuisvesting 2023, Kamerstuk 32 847, nr. 1100."}
