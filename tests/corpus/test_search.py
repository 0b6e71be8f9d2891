import re

import pytest

from hostile_files import SAMPLE_DIR
from viewer.corpus.importing import import_paths
from viewer.corpus.search import MARK_END, MARK_START, SearchError, SearchHit, fts_query, search, search_document_ids


@pytest.fixture
def corpus_ids(memory_corpus):
    report = import_paths(memory_corpus, [SAMPLE_DIR])
    return memory_corpus, {path.rsplit("/", 1)[-1][:3]: doc_id for path, doc_id in report.imported}


@pytest.mark.parametrize("query, expected", [
    ("1,026", {"000", "001"}),
    ('"36th Marine Brigade"', {"001"}),
    ("Podolyak", {"003", "004"}),
    ("Mikhailo", {"003"}),  # diacritics folded: the text says Mikhaïlo
    ("Boychenko OR Boichenko", {"000", "002"}),
    ("Vereshchuk NOT Iryna", {"000"}),
    ("Vereshchuk -Iryna", {"000"}),  # fresh34: a web search's minus found both words ("Akin -Romney": 3 of 3)
    ("-5", set()),  # a minus before a digit is a number's
    ("surrender*", {"000", "001", "002", "004"}),
    ("surrender", {"000", "001", "002", "004"}),  # 000 writes only "surrendered": a word's endings are found
    ("soldier", {"001", "002", "003", "004"}),  # every one writes "soldiers"
    ("title:Mariupol", {"003"}),
    ("Мариуполе", {"001"}),
    ("—", set()),
    ("   ", set()),
])
def test_queries_researchers_type(corpus_ids, query, expected):
    corpus, ids = corpus_ids
    names = {v: k for k, v in ids.items()}
    assert {names[i] for i in search_document_ids(corpus, query)} == expected
    assert {names[hit.document_id] for hit in search(corpus, query)} == expected


def test_hits_are_ranked_with_title_and_marked_snippet(corpus_ids):
    corpus, ids = corpus_ids
    [hit] = search(corpus, "Boychenko")
    assert isinstance(hit, SearchHit) and hit.document_id == ids["000"] and hit.rank < 0
    assert hit.title.startswith("Russia's Defense Ministry said today")
    assert f"Vadim {MARK_START}Boychenko{MARK_END} told reporters" in hit.snippet
    ranks = [h.rank for h in search(corpus, "Mariupol")]
    assert ranks == sorted(ranks) and len(ranks) == 5
    assert len(search(corpus, "Mariupol", limit=2)) == 2


def test_ids_come_ascending(corpus_ids):
    corpus, _ids = corpus_ids
    found = search_document_ids(corpus, "Mariupol")
    assert found == sorted(found)


@pytest.mark.parametrize("query, message, position", [
    ('"unclosed phrase', "this quotation mark is not closed", 0),
    ("(Mariupol OR Kyiv", "this '(' is not closed", 0),
    ("Mariupol)", "this ')' has no '(' before it", 8),
    ("AND OR", "AND has no word before it", 0),
    ("NOT", "NOT has no word before it: NOT leaves out what follows it", 0),
    ("NOT Mariupol", "NOT has no word before it", 0),
    ("Mariupol AND", "AND has no word after it", 9),
    ("Mariupol AND OR Kyiv", "OR has no word before it", 13),
    ("Mariupol OR (Kyiv AND)", "AND has no word after it", 18),
    ("Mariupol ()", "these brackets hold no word", 9),
    ("-Iryna Vereshchuk", "-Iryna has no word before it: a minus leaves out the word it is on", 0),
])
def test_malformed_queries_raise_a_clear_search_error(corpus_ids, query, message, position):
    """Each says where the query goes wrong (counted from 1 for the researcher) and why."""
    corpus, _ids = corpus_ids
    with pytest.raises(SearchError, match=re.escape(message)) as caught:
        search(corpus, query)
    assert str(caught.value).startswith(f"Cannot search for {query!r}: at character {position + 1}, ")
    assert caught.value.position == position
    with pytest.raises(SearchError):
        search_document_ids(corpus, query)


def test_a_query_is_refused_only_where_fts5_would_refuse_it(corpus_ids):
    """Random queries of words, phrases, operators and brackets: what the checks let through FTS5 runs
    (a group beside a word joined with AND), and what they refuse, with a place, FTS5 refuses too (its
    own message named none: "syntax error near \"\"")."""
    import random

    from viewer.corpus import search as searching

    corpus, _ids = corpus_ids
    pieces = ["Mariupol", '"Azovstal plant"', "AND", "OR", "NOT", "(", ")", "surrender*", "title:Mariupol", "—", '""']
    draw = random.Random(21)
    for _ in range(1500):
        query = " ".join(draw.choice(pieces) for _ in range(draw.randint(1, 6)))
        naive = " ".join(t for t in (m.group() if m.lastgroup != "word" or m.group() in searching._OPERATORS
                                     else searching._bare_word(m.group())
                                     for m in searching._TOKEN.finditer(query) if m.lastgroup != "space") if t)
        try:
            corpus.db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", (naive,)).fetchall()
            fts5_runs = True
        except Exception:
            fts5_runs = False
        try:
            search_document_ids(corpus, query)
            refused = None
        except SearchError as exc:
            refused = exc
        assert refused is None or not fts5_runs, (query, naive, refused)
        assert refused is None or refused.position is not None, query
    assert fts_query("(Mariupol OR Kyiv) surrender*") == '( "Mariupol" OR "Kyiv" ) AND "surrender"*'
    assert search_document_ids(corpus, "(Mariupol OR Kyiv) surrender*") == \
        search_document_ids(corpus, "(Mariupol OR Kyiv) AND surrender*")


def test_search_error_is_a_value_error():
    assert issubclass(SearchError, ValueError)


def test_bare_words_are_quoted_for_fts5():
    assert fts_query('Boychenko\'s "36th brigade" AND title:mayor surrender*') == (
        '"Boychenko\'s" "36th brigade" AND title : "mayor" "surrender"*')


@pytest.mark.parametrize("query, document, words", [
    ("Mikhailo", "003", ["Mikhaïlo"]),  # where the folded word is, as the text writes it
    ('"36th Marine Brigade"', "001", ["36th Marine Brigade"]),
    ("Podolyak OR Mikhailo", "003", ["Mikhaïlo", "Podolyak"]),
    ("surrender*", "002", None),
    ("surrender", "000", ["surrendered"]),  # the word as written, found by its stem
    ("title:Mariupol", "003", []),  # a hit in the title only: nothing in the text to show
])
def test_the_words_a_search_found_are_placed_in_the_stored_text(corpus_ids, query, document, words):
    from viewer.corpus.search import matches_in

    corpus, ids = corpus_ids
    document_id = ids[document]
    text = corpus.document(document_id).text
    spans = matches_in(corpus, query, document_id)
    assert spans == sorted(spans)
    found = [text[start:end] for start, end in spans]
    if words is None:
        assert found and all(w.lower().startswith("surrender") for w in found)
    else:
        assert sorted(set(found)) == sorted(words)
    assert matches_in(corpus, "Podolyak", ids["000"]) == [], "a document the query does not match"


@pytest.mark.parametrize("query, why", [
    ("*", "Nothing to search in “*”"),
    ("  —  ", "Nothing to search in “—”"),
    ("(c)", "“(c)” looked for c."),
    ("Kent - police", "“Kent - police” looked for Kent, police."),
    ("Mariupol", None),
    ("1,026", None),  # punctuation inside a number is part of the phrase it searches
    ("surrender*", None),
    ("(Mariupol OR Kyiv) surrender*", None),  # brackets that group are syntax, not punctuation
    ("Boychenko's", None),
])
def test_punctuation_the_search_leaves_out_is_named(query, why):
    from viewer.corpus.search import unsearched

    said = unsearched(query)
    assert said == why if why is None else why in said
