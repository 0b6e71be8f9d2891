"""An article nothing dates is undated everywhere: never a claim's first reporter, on its import day or on a year guessed
from it, no "what changed" since the dated reports, shown as undated in the timeline and the JSON, and dated by hand with
its original kept."""
from __future__ import annotations


import pytest

from tests.conftest import analysed_corpus
from viewer.analysis import store
from viewer.corpus import publication
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict
from viewer.provenance.rows import source_row
from viewer.provenance.timeline import timeline

LEAD = "A fire destroyed a warehouse on Main Street on Monday, fire chief John Baker said."
REPORTS = {  # two dated reports of 2016, and one that gives no date and another speaker
    "a.txt": f"Fire destroys warehouse in Springfield\n\nSPRINGFIELD, May 16, 2016 (AP) — {LEAD} Three firefighters"
             " were injured while fighting the blaze, Baker said.\n",
    "b.txt": f"Warehouse burns down in Springfield\n\nSPRINGFIELD, May 17, 2016 — {LEAD} Three firefighters were"
             " injured while fighting the blaze, according to Baker.\n",
    "c.txt": "Springfield warehouse fire\n\nA fire destroyed a warehouse on Main Street on Monday, the city's mayor said."
             " Three firefighters were injured while fighting the blaze, according to the Springfield Herald.\n",
}


@pytest.fixture
def fire(tmp_path):
    corpus = analysed_corpus(tmp_path / "fire", REPORTS)
    yield corpus
    corpus.close()


def _warehouse(corpus: Corpus):
    claim = next(c for c in store.claims(corpus) if "warehouse" in c.label and len(c.documents()) == 3)
    return timeline(corpus, claim.id)


def test_an_undated_source_comes_apart_never_first_and_changes_nothing_since_the_dated_ones(fire):
    t = _warehouse(fire)
    assert [(s.document_id, s.first) for s in t.sources] == [(1, True), (2, False), (3, False)]
    undated = t.sources[2]
    assert undated.dating.published is None and undated.dating.date_from == "import"
    assert undated.changes == ()  # it said "speaker changed: John Baker → the city's mayor" as if years later
    assert source_row(undated)[0] == "undated (no date found)"
    assert "never a claim's first reporter" in undated.dating.explanation


def test_the_json_export_says_undated_as_its_format_does(fire):
    data = corpus_to_dict(fire)
    d3 = next(d for d in data["documents"] if d["id"] == "d3")
    assert (d3["published"], d3["publication"]["date"], d3["publication"]["date_from"]) == (None, None, "import")
    assert d3["publication"]["flags"] == ["undated"]
    claim = next(c for c in data["claims"] if len({m["document"] for m in c["mentions"]}) == 3 and "warehouse" in c["label"])
    found = claim["provenance"]
    assert found["first"]["document"] == "d1" and found["first_day"] == ["d1"]
    assert [(s["document"], s["date_from"]) for s in found["sources"]][-1] == ("d3", "import")


def test_a_date_set_by_hand_places_the_undated_source_and_keeps_the_original(fire):
    publication.correct(fire, 3, "published", "15 May 2016")
    t = _warehouse(fire)
    assert [(s.document_id, s.dating.placed, s.first) for s in t.sources][0] == (3, "2016-05-15", True)
    assert t.sources[0].dating.corrected and "set by the researcher" in t.sources[0].dating.explanation
    assert publication.corrections_of(fire, 3)["published"].original is None  # the file gave none, and still does
    assert [c.kind for c in t.sources[1].changes] == ["speaker-changed"]  # in time now: the change is one
    publication.revert(fire, 3, "published")
    assert _warehouse(fire).sources[2].dating.date_from == "import"


def test_a_date_with_no_year_anywhere_is_no_first_report_in_the_imports_year(tmp_path):
    """Placed in the import's year (or the nearest year its weekday fits), "May 16" of a 2016 story came years after
    the other reports and, beside undated ones, was the claim's first reporter on that guess."""
    corpus = analysed_corpus(tmp_path / "yearless", {
        "a.txt": f"Fire destroys warehouse\n\nSPRINGFIELD, Monday, May 16 (AP) — {LEAD}\n",
        "c.txt": f"Springfield warehouse fire\n\n{LEAD}\n",
    })
    try:
        claim = next(c for c in store.claims(corpus) if len(c.documents()) == 2)
        t = timeline(corpus, claim.id)
        assert t.first is None and all(s.dating.date_from == "import" for s in t.sources)
        assert "“May 16” gives no year" in t.sources[0].dating.explanation
    finally:
        corpus.close()
