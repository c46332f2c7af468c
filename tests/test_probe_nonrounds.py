"""Documents that are no question round, and rounds hidden in letters
(issue 12, fidelity on unseen real documents).

A motion, an amendment, a bill, a memorie van toelichting (with the
Beleidskompas's numbered questions), a Kamerbrief, a besluitenlijst and a
Handelingen debate hold no questions: they open as text with their headings
and every word. A TK verslag is the factions' questions without answers
(questions only), and a letter whose annex is ``Vragen en antwoorden`` is a
round. The samples are in ``samples/``; shorter layouts are inline."""

from __future__ import annotations

import parsers
from tests.corpus import SAMPLES, SHARED, need_shared


def _plain(d) -> None:
    """No round: no question, every word in the intro, nothing set aside."""
    assert d.meta.kind == "unknown"
    assert d.questions() == []
    assert d.report.accounting.words_lost == 0
    assert d.report.unplaced == []


def test_motion_xml_is_text_not_a_round():
    d = parsers.parse_path(SAMPLES / "motie-geen-ronde.xml")
    _plain(d)
    assert d.meta.document_type == "motie van de leden van campen en grinwis"
    assert "constaterende dat het aantal weidevogels sinds 1990" in d.intro
    assert "verzoekt de regering, de middelen voor agrarisch natuurbeheer" in d.intro
    assert d.intro.rstrip().endswith("Grinwis")


def test_motion_text_is_text_not_a_round():
    text = ("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2025–2026\n\n36 600 XII Vaststelling van de "
            "begrotingsstaten van het Ministerie van Infrastructuur en Waterstaat (XII) voor het jaar 2026\n\n"
            "Nr. 42 MOTIE VAN HET LID BAKKER C.S.\n\nVoorgesteld 12 november 2025\n\nDe Kamer,\n\n"
            "gehoord de beraadslaging,\n\nconstaterende dat gemeenten gestalde fietsen na 14 dagen mogen "
            "verwijderen;\n\noverwegende dat reizigers hun fiets niet kwijt zouden moeten raken;\n\n"
            "verzoekt de regering, de stallingstermijn te verruimen naar 28 dagen,\n\n"
            "en gaat over tot de orde van de dag.\n\nBakker\nDe Groot")
    d = parsers.parse_text(text, name="motie.txt")
    _plain(d)
    assert (d.meta.document_type, d.meta.document_number, d.meta.dossier) == (
        "motie van het lid bakker c.s.", "42", "36600-XII")


def test_memorie_van_toelichting_beleidskompas_questions_are_text():
    # '1. Wat is het probleem?' … '4. Welke instrumenten zijn overwogen?', each
    # followed by its answer, looked like a numbered round to the fallback
    d = parsers.parse_path(SAMPLES / "memorie-van-toelichting-beleidskompas-geen-ronde.txt")
    _plain(d)
    assert d.report.grammar == ""
    assert "1. Wat is het probleem?\n\nGemeenten en zorgverzekeraars" in d.intro
    assert [h.text for h in d.headings] == [
        "I. ALGEMEEN DEEL", "1. Inleiding", "2. Probleemanalyse", "2.1 Huidige situatie", "2.2 Knelpunten",
        "3. Beleidskompas", "4. Verhouding tot de privacywetgeving", "5. Financiële gevolgen",
        "II. ARTIKELSGEWIJS", "Artikel 1", "Artikel 2"]
    assert d.meta.signatories == ["F.M. van Dijk"]
    assert all(d.intro[h.start:].startswith(h.text) for h in d.headings)


def test_memorie_van_toelichting_xml_consultation_list_is_text(tmp_path):
    path = tmp_path / "kst-36802-3.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><kamerstuk><kamerstukkop>'
        '<tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel></kamerstukkop>'
        '<dossier><dossiernummer><dossiernr>36 802</dossiernr></dossiernummer><titel>Wijziging van de Wet op '
        'het onderwijstoezicht</titel></dossier><stuk><stuknr>Nr. 3</stuknr><titel>MEMORIE VAN TOELICHTING'
        '</titel><algemeen><vrije-tekst><tekst><divisie><kop><nr>2.2</nr><titel>Vragen bij de consultatie</titel>'
        '</kop><al>In de internetconsultatie zijn twee vragen voorgelegd:</al><lijst type="ongemarkeerd">'
        '<li><li.nr>1.</li.nr><al>Is een termijn van zes weken haalbaar?</al></li>'
        '<li><li.nr>2.</li.nr><al>Moet een school vooraf kunnen reageren?</al></li></lijst>'
        '<al>Er kwamen 212 reacties binnen.</al></divisie></tekst></vrije-tekst></algemeen><ondertekening>'
        '<al>De Minister van Onderwijs, Cultuur en Wetenschap,</al><al>E.E.W. Bruins</al></ondertekening>'
        '</stuk></kamerstuk></officiele-publicatie>', encoding="utf-8")
    d = parsers.parse_path(path)
    _plain(d)
    assert "2.2 Vragen bij de consultatie" in [h.text for h in d.headings]
    assert "Is een termijn van zes weken haalbaar?" in d.intro
    assert d.meta.signatories == ["E.E.W. Bruins"]


def test_amendment_html_is_text_with_its_headings(tmp_path):
    path = tmp_path / "kst-36655-8.html"
    path.write_text(
        '<html><body><div class="stuk"><p>Tweede Kamer der Staten-Generaal</p>'
        '<h1>36 655 Wijziging van de Huisvestingswet 2014 in verband met het tegengaan van woningdelen</h1>'
        '<h1>Nr. 8 AMENDEMENT VAN HET LID DE HOOP</h1><p>Voorgesteld 10 maart 2026</p>'
        '<p>De ondergetekende stelt het volgende amendement voor:</p><p>I</p><p>In artikel I wordt "drie jaar" '
        'vervangen door: vijf jaar.</p><h2>Toelichting</h2><p>Dit amendement verlengt de termijn. Waarom is dat '
        'nodig? Een termijn van drie jaar is te kort.</p><p>De Hoop</p></div></body></html>', encoding="utf-8")
    d = parsers.parse_path(path)
    _plain(d)
    assert d.meta.document_type == "amendement van het lid de hoop"
    assert "Toelichting" in [h.text for h in d.headings]


def test_handelingen_debate_is_no_kamervragen():
    # 'Vragen van het lid Dobbe aan de staatssecretaris …' heads a vragenuur
    # item; the speakers' turns made two questions of the chair's lines
    d = parsers.parse_path(SAMPLES / "handelingen-vragenuur-geen-ronde.html")
    _plain(d)
    assert "Mevrouw Dobbe (SP): Voorzitter. Een jaar wachten op hulp." in d.intro
    assert "Staatssecretaris Tielen: Dat ik hun zorgen begrijp" in d.intro
    assert [h.text for h in d.headings] == [
        "Vragenuur: vragen van het lid Dobbe over wachtlijsten in de jeugd-ggz"]


def test_letter_with_numbered_points_and_a_reference_to_a_question():
    text = ("De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\n"
            "Datum 14 oktober 2025\nBetreft Voortgang aanpak stikstof in de bouw\n\nGeachte voorzitter,\n\n"
            "De belangrijkste punten zijn:\n\n1. De bouwvrijstelling is vervallen.\n\n"
            "2. Voor 62 woningbouwprojecten is de vergunning verleend.\n\n"
            "In antwoord op vraag 3 van het lid Van der Plas meld ik dat de regeling in 2026 opengaat.\n\n"
            "Wat betekent dit voor lopende projecten? Projecten met een vergunning kunnen doorgaan.\n\n"
            "Hoogachtend,\n\nde Minister van Volkshuisvesting en Ruimtelijke Ordening,\n\nM.C.G. Keijzer")
    d = parsers.parse_text(text, name="brief.txt")
    _plain(d)
    assert d.meta.signatories == ["M.C.G. Keijzer"]  # not the address line 'der Staten-Generaal'
    assert d.meta.title == "Voortgang aanpak stikstof in de bouw"


def test_besluitenlijst_is_text():
    text = ("Besluitenlijst procedurevergadering vaste commissie voor Infrastructuur en Waterstaat\n\n"
            "Datum: woensdag 8 oktober 2025\n\n1. Mededelingen\n\nGeen.\n\n"
            "2. Verzoek van het lid Van Dijk om een rondetafelgesprek\n\n"
            "Wil de commissie een rondetafelgesprek houden over verkeersveiligheid?\n\n"
            "Besluit: Ingestemd.\n\n3. Rondvraag\n\n"
            "Wil de griffier navragen of de brief over de Lelylijn voor het kerstreces komt?\n\n"
            "Besluit: De griffier vraagt dit na.")
    d = parsers.parse_text(text, name="besluitenlijst.txt")
    _plain(d)
    assert [h.text for h in d.headings][:2] == ["1. Mededelingen", "2. Verzoek van het lid Van Dijk om een rondetafelgesprek"]


def test_tk_verslag_holds_the_factions_questions_unanswered():
    d = parsers.parse_path(SAMPLES / "verslag-tk-wetsvoorstel.txt")
    assert (d.meta.kind, d.meta.document_type, d.report.grammar) == ("voorlopig-verslag", "verslag", "questions-only")
    assert [(f.name, [q.id for q in f.questions], f.joins) for f in d.factions] == [
        ("VVD", ["VVD-1"], []), ("GroenLinks-PvdA", ["GroenLinks-PvdA-1"], []), ("NSC", [], ["VVD"]),
        ("D66", ["D66-1"], []), ("CDA", ["CDA-1"], [])]
    vvd = d.question("VVD-1")
    # the opening only announces questions: it and the asking paragraph are one question
    assert vvd.text.startswith("De leden van de VVD-fractie hebben kennisgenomen van het wetsvoorstel.")
    assert vvd.text.endswith("Kan de regering daarvan een overzicht geven?")
    assert vvd.section == "I. Algemeen deel / 1. Inleiding"
    assert d.question("D66-1").section == "2. Privacy"
    assert d.question("CDA-1").section == "II. Artikelsgewijs"
    assert all(q.answer is None for q in d.questions())
    assert d.report.questions_without_answer == ["VVD-1", "GroenLinks-PvdA-1", "D66-1", "CDA-1"]
    assert d.intro.endswith("Inhoudsopgave\n\nI. Algemeen deel 1\n1. Inleiding 1\n2. Privacy 3\nII. Artikelsgewijs 4")
    assert d.meta.signatories == ["Mohandis", "Bakker"]
    assert d.report.accounting.words_lost == 0


def test_letter_with_a_question_annex_in_html_is_a_round():
    d = parsers.parse_path(SAMPLES / "brief-bijlage-vragen-en-antwoorden.html")
    assert (d.meta.kind, d.report.grammar) == ("lijst-van-vragen-en-antwoorden", "lijst")
    assert [(q.id, q.label, q.answer.label, q.answer.text) for q in d.questions()] == [
        ("1", "Vraag 1", "Antwoord 1", "Sinds 2020 zijn zes posten gesloten en twee omgezet in een "
                                       "huisartsenspoedpost."),
        ("2", "Vraag 2", "Antwoord 2", "Nee. De kwaliteit hangt af van de bereikbaarheid, niet van het aantal posten.")]
    assert d.question("1").section == "Bijlage Vragen en antwoorden commissiedebat acute zorg"
    assert d.intro.endswith("De Minister van Volksgezondheid, Welzijn en Sport,\n\nF.M. van Dijk")
    assert d.meta.signatories == ["F.M. van Dijk"]


def test_letter_with_a_numbered_question_annex_in_text_is_a_round():
    text = ("De Voorzitter van de Tweede Kamer\nder Staten-Generaal\n\nDatum 21 november 2025\n"
            "Betreft Beantwoording vragen over het Zorgakkoord\n\nGeachte voorzitter,\n\n"
            "In de bijlage treft u de antwoorden aan.\n\nHoogachtend,\n\n"
            "de Minister van Volksgezondheid, Welzijn en Sport,\n\nF.M. van Dijk\n\n"
            "Bijlage: Vragen en antwoorden\n\n1. Hoeveel geld is er in 2026 beschikbaar?\n\n"
            "In 2026 is € 1,2 miljard beschikbaar.\n\n2. Wanneer ontvangt de Kamer de eerste rapportage?\n\n"
            "Voor de zomer van 2026.")
    d = parsers.parse_text(text, name="brief.txt")
    assert d.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert [(q.id, q.text, q.answer.text) for q in d.questions()] == [
        ("1", "Hoeveel geld is er in 2026 beschikbaar?", "In 2026 is € 1,2 miljard beschikbaar."),
        ("2", "Wanneer ontvangt de Kamer de eerste rapportage?", "Voor de zomer van 2026.")]
    assert d.meta.signatories == ["F.M. van Dijk"]


def test_a_round_that_mentions_non_round_documents_stays_a_round():
    # a lijst whose questions are about a memorie van toelichting and a motion
    text = ("Nr. 7 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 5 maart 2026\n\n"
            "1\nMemorie van toelichting, paragraaf 3: hoeveel gemeenten doen mee?\n\nAntwoord:\nVeertig.\n\n"
            "2\nHoe voert u de motie van het lid Bakker c.s. uit?\n\nAntwoord:\nMet een wetswijziging.")
    d = parsers.parse_text(text, name="lijst.txt")
    assert d.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert [(q.id, q.answer.text) for q in d.questions()] == [("1", "Veertig."), ("2", "Met een wetswijziging.")]


def test_a_round_whose_first_questions_open_with_a_motion_stays_a_round():
    # the printed type decides; a question line that starts with 'Motie …' is no title
    text = ("Nr. 7 LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 5 maart 2026\n\n"
            "Vraag 1\n\nMotie Bakker c.s. over de stallingstermijn\n\nHoe voert u deze motie uit?\n\n"
            "Antwoord:\nMet een wetswijziging.\n\nVraag 2\n\nAmendement De Hoop over de termijn\n\nWat kost het?\n\n"
            "Antwoord:\nNiets.")
    d = parsers.parse_text(text, name="lijst.txt")
    assert d.meta.kind == "lijst-van-vragen-en-antwoorden"
    assert [(q.id, q.answer.text) for q in d.questions()] == [("1", "Met een wetswijziging."), ("2", "Niets.")]
    # no title, no type printed: a paragraph 'Motie Bakker c.s. over …' names no movers, so it is no title
    bare = parsers.parse_text(
        "Vraag 1\n\nMotie Bakker c.s. over de stallingstermijn\n\nHoe voert u deze motie uit?\n\n"
        "Antwoord 1\n\nMet een wetswijziging.\n\nVraag 2\n\nAmendement De Hoop over de termijn\n\n"
        "Wat kost het?\n\nAntwoord 2\n\nNiets.", name="vragen.txt")
    assert (bare.meta.kind, [q.id for q in bare.questions()]) == ("kamervragen", ["1", "2"])


def test_a_debate_needs_the_chair_and_two_speakers():
    # Kamervragen whose answer quotes one speaker stay Kamervragen
    text = ("Vragen van het lid Dobbe (SP) aan de Staatssecretaris over wachtlijsten (ingezonden 1 oktober 2025).\n\n"
            "Vraag 1\nWat zei de staatssecretaris in het vragenuur?\n\nAntwoord 1\n"
            "De voorzitter: Het woord is aan de staatssecretaris. Ik zei dat ik de zorgen deel.")
    d = parsers.parse_text(text, name="kv.txt")
    assert d.meta.kind == "kamervragen"
    assert [q.id for q in d.questions()] == ["1"]


@need_shared
def test_real_non_rounds_in_the_corpus():
    corpus = SHARED / "corpus"
    for path in [*sorted((corpus / "tk-kamerstukken-36450").glob("*.pdf")),
                 *sorted((corpus / "tk-moties").glob("*.docx"))]:
        d = parsers.parse_path(path)
        assert (d.meta.kind, d.questions(), d.report.accounting.words_lost) == ("unknown", [], 0), path.name
    mvt = parsers.parse_path(corpus / "tk-kamerstukken-36450" / "kst-36450-3-memorie-van-toelichting.pdf")
    assert [h.text for h in mvt.headings][:4] == [
        "MEMORIE VAN TOELICHTING", "I. Algemeen deel", "1. Inleiding", "2. Noodzaak voor dit wetsvoorstel"]
    assert mvt.meta.signatories == ["M.A.M. Adriaansens"]
