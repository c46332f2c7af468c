"""parsers.library.query: the search language, each filter, ranking and snippets."""

from __future__ import annotations

import pytest

from parsers.library import Library, QueryError, parse_query
from tests.test_library_index import build_folder


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    folder = build_folder(tmp_path_factory.mktemp("query"))
    library = Library(folder, no_cache=True)
    library.refresh()
    yield library
    library.close()


def hits(lib, query: str) -> list[str]:
    return [f"{h.rel} {h.question_id}" for h in lib.search(query)]


# -- compiling ----------------------------------------------------------------

def test_compiled_expressions():
    q = parse_query('defensie* "eerste set" OR drones')
    assert q.match == '(("defensie"* AND "eerste set") OR "drones")'
    q = parse_query("brief NOT separate faction:SP in:answers")
    assert q.match == '("brief") NOT ("separate")'
    assert q.fts(q.match) == '{answer notice} : (("brief") NOT ("separate"))'
    assert [(f.field, f.value, f.negated) for f in q.filters] == [("faction", "SP", False)]
    q = parse_query("NOT zie NOT faction:CDA")
    assert (q.match, q.exclude) == (None, '"zie"')
    assert [(f.field, f.negated) for f in q.filters] == [("faction", True)]
    # lower-case keywords and unknown fields are words; quotes inside are escaped
    assert parse_query("not and or").match == '("not" AND "and" AND "or")'
    assert parse_query('foo:bar').match == '"foo:bar"'
    assert parse_query('"a ""b"').match == '("a " AND "b")'
    assert parse_query("€ - munitie").match == '"munitie"'


@pytest.mark.parametrize("text, message", [
    ("", "empty query; give words to search for or a filter such as faction:SP"),
    ("   ", "empty query; give words to search for or a filter such as faction:SP"),
    ("(munitie", "unbalanced brackets: a ( without a matching )"),
    ("munitie)", "unbalanced brackets: a ) without a matching ("),
    ("munitie OR", "the query ends too early: AND, OR or NOT needs something after it"),
    ("OR munitie", "OR cannot stand here; put words on both sides of AND and OR"),
    ("status:open", "status:open is unknown; use one of answered, by-reference, deferred, missing"),
    ("year:26", "year:26 is not a year; write four digits, e.g. year:2026"),
    ("in:titles x", "in:titles is unknown; use in:questions or in:answers"),
    ("faction:", "faction: needs a value, e.g. faction:SP"),
    ("faction:SP OR drones", "field filters combine with AND only; take them out of brackets and OR"),
    ("(drones faction:SP)", "field filters combine with AND only; take them out of brackets and OR"),
    ("in:answers", "in: needs words to search for, e.g. in:answers munitie"),
    ("NOT in:answers x", "in: cannot be negated; use in:questions or in:answers"),
    ("in:answers in:questions x", "give either in:questions or in:answers, not both"),
    ("drones OR (NOT munitie)", "NOT needs words to subtract from, e.g. defensie NOT munitie"),
])
def test_query_errors(text, message):
    with pytest.raises(QueryError) as err:
        parse_query(text)
    assert str(err.value) == message


# -- words ----------------------------------------------------------------------

def test_word_phrase_prefix_and_boolean(lib):
    assert hits(lib, "munitie") == ["ek/nota.md CDA-1"]
    assert hits(lib, "MUNITIE*") == ["tk/defensie/cited.txt 2", "ek/nota.md CDA-1"]
    assert hits(lib, "munitie OR drones") == ["tk/defensie/cited.txt 1", "ek/nota.md CDA-1"]
    assert hits(lib, '"separate brief"') == ["tk/lijst.txt 3", "ek/memorie.txt VVD-2"]
    assert hits(lib, '"brief separate"') == []
    assert hits(lib, "brief NOT separate") == ["ek/nota.md CDA-1", "ek/memorie.txt VVD-1"]
    assert hits(lib, "(drones OR subsidie) AND 2025") == ["tk/defensie/cited.txt 1"]
    assert sorted(hits(lib, "regering NOT (munitie OR Defensienota)")) == [
        "ek/memorie.txt GroenLinks-PvdA-1", "ek/memorie.txt VVD-1", "ek/memorie.txt VVD-2",
        "ek/nota.md CDA-2", "ek/nota.md Van-der-Berg-1"]
    # accents are ignored both ways
    assert hits(lib, "geinformeerd") == ["ek/nota.md Van-der-Berg-1"]
    assert hits(lib, "géïnformeerd") == ["ek/nota.md Van-der-Berg-1"]


def test_snippet_marks_the_hit_on_one_line(lib):
    [h] = lib.search('"separate brief" faction:VVD')
    assert (h.field, h.status, h.faction) == ("answer", "deferred", "VVD")
    assert h.snippet == "Over de eerste resultaten informeer ik uw Kamer in een separate brief voor 1 juli 2027."
    assert h.spans == ((55, 69),)  # a phrase is one span
    assert h.marked() == ("Over de eerste resultaten informeer ik uw Kamer in een [separate brief] "
                          "voor 1 juli 2027.")
    assert h.score > 0
    [h] = lib.search("munitievoorraad")
    assert (h.field, h.snippet, h.spans) == ("question", "Wat kost de munitievoorraad?", ((12, 27),))


def test_filter_only_queries_list_in_document_order_with_a_lead(lib):
    found = lib.search("kind:lijst")
    assert [f"{h.rel} {h.question_id}" for h in found] == [
        "tk/defensie/cited.txt 1", "tk/defensie/cited.txt 2",
        "tk/lijst.txt 1", "tk/lijst.txt 2", "tk/lijst.txt 3", "tk/lijst.txt 4"]
    assert found[0].snippet == "Hoeveel drones koopt Defensie in 2025?"
    assert found[0].spans == () and found[0].score == 0.0
    assert len(lib.search("kind:lijst", limit=2)) == 2


# -- filters --------------------------------------------------------------------

def test_faction_filter(lib):
    assert hits(lib, "faction:SP") == ["ek/memorie.txt SP-1"]
    assert hits(lib, "faction:groenlinks-pvda") == ["ek/memorie.txt GroenLinks-PvdA-1"]
    assert hits(lib, 'faction:"Van der Berg"') == ["ek/nota.md Van-der-Berg-1"]
    assert hits(lib, "faction:PV") == []
    assert hits(lib, "NOT faction:VVD kind:memorie") == [
        "ek/memorie.txt GroenLinks-PvdA-1", "ek/memorie.txt SP-1"]


def test_in_filter(lib):
    assert hits(lib, "in:answers munitie") == ["ek/nota.md CDA-1"]
    assert lib.search("in:answers munitie")[0].field == "answer"
    assert hits(lib, "in:questions munitie") == ["ek/nota.md CDA-1"]
    assert lib.search("in:questions munitie")[0].field == "question"
    assert hits(lib, "in:questions separate") == []
    assert hits(lib, "in:antwoorden drones") == ["tk/defensie/cited.txt 1"]


def test_kind_filter(lib):
    assert hits(lib, "kind:nota") == [
        "ek/nota.md CDA-1", "ek/nota.md CDA-2", "ek/nota.md CDA-3", "ek/nota.md Van-der-Berg-1"]
    assert hits(lib, "kind:verslag-schriftelijk-overleg") == [
        "tk/vso.txt D66-1", "tk/vso.txt PVV-1", "tk/vso.txt PVV-2"]
    assert hits(lib, "kind:kamervragen") == []


def test_dossier_filter(lib):
    assert hits(lib, "dossier:36725-x") == ["tk/defensie/cited.txt 1", "tk/defensie/cited.txt 2"]
    assert hits(lib, 'dossier:"36 725 X"') == ["tk/defensie/cited.txt 1", "tk/defensie/cited.txt 2"]
    assert hits(lib, "dossier:36725") == ["tk/defensie/cited.txt 1", "tk/defensie/cited.txt 2"]
    assert hits(lib, "dossier:3672") == []
    assert hits(lib, "dossier:21501-32 visquota") == ["tk/vso.txt PVV-1"]


def test_status_filter(lib):
    assert hits(lib, "status:by-reference") == [
        "ek/nota.md CDA-3", "tk/defensie/cited.txt 2", "tk/lijst.txt 4"]
    assert hits(lib, "status:deferred") == ["ek/memorie.txt VVD-2", "tk/lijst.txt 3", "tk/vso.txt PVV-2"]
    assert hits(lib, "status:missing") == []
    assert hits(lib, "NOT kamer status:by-reference") == [
        "tk/defensie/cited.txt 2", "tk/lijst.txt 4"]


def test_year_filter(lib):
    assert hits(lib, "year:2025 kind:verslag") == [
        "tk/vso.txt D66-1", "tk/vso.txt PVV-1", "tk/vso.txt PVV-2"]
    assert len(lib.search("year:2026")) == 8  # memorie (4) and nota (4)
    assert hits(lib, "year:2026 2025") == ["ek/nota.md CDA-1"]
    assert hits(lib, "year:2024") == []
