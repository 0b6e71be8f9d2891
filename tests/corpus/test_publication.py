"""Dates and outlets kept with where they came from, and the researcher's corrections to title,
outlet and date: stored in the corpus, the original kept, shown and restorable."""
import json
import shutil
from pathlib import Path

import pytest

from viewer.corpus import publication
from viewer.corpus.importing import import_paths
from viewer.corpus.search import search_document_ids
from viewer.corpus.store import Corpus, CorpusError

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def corpus(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [
        {"text": "The port authority said on Tuesday that shipments would resume.", "title": "Shipments to resume",
         "outlet": "Harbour Daily", "published": "2023-03-07"},
        {"text": "KYIV, April 20 (Reuters) - Ukraine said on Wednesday it had opened two corridors."},
        {"text": "Officials said today that more than 100 families had been moved.\n\n/Valley Courier"},
    ]) + "\n", encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [records])
        yield corpus


def test_import_keeps_where_each_date_and_outlet_came_from(corpus):
    dates = publication.datings(corpus)
    assert (dates[1].placed, dates[1].date_from, dates[1].outlet_from) == ("2023-03-07", "metadata", "metadata")
    # the dateline has no year: the one dated document of the corpus gives it, and says so
    assert (dates[2].placed, dates[2].date_from, dates[2].outlet) == ("2023-04-20", "dateline", "Reuters")
    assert "estimated" in dates[2].flags and "2023" in dates[2].explanation
    assert (dates[3].date_from, dates[3].outlet, dates[3].outlet_from) == ("import", "Valley Courier", "text")
    assert dates[3].placed == corpus.document(3, with_text=False).imported_at[:10] and "undated" in dates[3].flags
    stored = corpus.db.execute("SELECT count(*) FROM document_dates WHERE dating IS NOT NULL").fetchone()[0]
    assert stored == 3


def test_a_date_correction_is_stored_with_the_original_and_can_be_restored(corpus):
    heard = []
    corpus.documents_did_change.connect(lambda: heard.append(True))
    done = publication.correct(corpus, 1, "published", "8 March 2023")
    assert (done.value, done.original) == ("2023-03-08", "2023-03-07")
    assert corpus.document(1).published == "2023-03-08"
    dating = publication.dating(corpus, 1)
    assert (dating.placed, dating.corrected, dating.date_from) == ("2023-03-08", True, "metadata")
    assert "2023-03-07" in dating.explanation and heard
    publication.correct(corpus, 1, "published", "2023-03-09")  # a second correction keeps the first original
    assert publication.corrections_of(corpus, 1)["published"].original == "2023-03-07"
    undone = publication.revert(corpus, 1, "published")
    assert undone.value == "2023-03-09"
    assert corpus.document(1).published == "2023-03-07"
    assert publication.dating(corpus, 1).corrected is False
    assert publication.revert(corpus, 1, "published") is None


def test_a_title_correction_is_what_search_finds(corpus):
    original = corpus.document(3).title
    publication.correct(corpus, 3, "title", "Families moved from the flood plain")
    assert search_document_ids(corpus, "plain") == [3]
    publication.revert(corpus, 3, "title")
    assert search_document_ids(corpus, "plain") == []
    assert corpus.document(3).title == original


def test_an_outlet_the_researcher_set_is_said_to_come_from_the_correction(corpus):
    """fresh34: the details dialog and the JSON said an outlet set on a file naming none came "from the metadata"."""
    publication.correct(corpus, 3, "outlet", "Fox News")
    assert (publication.dating(corpus, 3).outlet, publication.dating(corpus, 3).outlet_from) == ("Fox News", "correction")


def test_setting_the_original_value_again_is_a_revert(corpus):
    publication.correct(corpus, 2, "outlet", "AFP")
    assert (publication.dating(corpus, 2).outlet, publication.dating(corpus, 2).outlet_from) == ("AFP", "correction")
    publication.correct(corpus, 1, "outlet", "Harbour Daily")
    assert publication.corrections_of(corpus, 1) == {}


@pytest.mark.parametrize("field, value, reason", [
    ("published", "next Tuesday", "is not a date"),
    ("published", "April 13", "is not a date"),
    ("outlet", "   ", "is empty"),
    ("title", "x" * 501, "at most 500"),
    ("author", "Someone", "can be corrected"),
])
def test_a_bad_value_is_refused_in_words_and_nothing_changes(corpus, field, value, reason):
    before = corpus.document(1)
    with pytest.raises(publication.InvalidCorrection, match=reason):
        publication.correct(corpus, 1, field, value)
    assert corpus.document(1) == before and publication.corrections_of(corpus, 1) == {}


def test_a_read_only_corpus_refuses_a_correction(corpus, tmp_path):
    corpus.make_self_contained()
    path = corpus.path
    with Corpus(path, create=False, read_only=True) as read_only:
        with pytest.raises(CorpusError, match="read-only"):
            publication.correct(read_only, 1, "outlet", "AFP")


def test_a_corpus_from_before_dates_were_kept_is_dated_from_its_text(tmp_path):
    old = tmp_path / "old.corpus"
    shutil.copy(DATA / "schema-3-claim-notes.corpus", old)
    with Corpus(old) as corpus:
        assert corpus.db.execute("SELECT count(*) FROM document_dates").fetchone()[0] == 0
        in_memory = publication.datings(corpus)
        assert set(in_memory) == set(corpus.document_ids())
        assert publication.gather_missing(corpus) == corpus.document_count()
        assert publication.datings(corpus) == in_memory
        assert publication.gather_missing(corpus) == 0


def test_an_outlet_an_earlier_reader_took_from_a_copyright_notice_is_read_again(tmp_path):
    # "Copyright 2019 by KXYZ Harbour7 - All rights reserved.": readers before 3 kept "by KXYZ Harbour7 -"
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"text": "Police said the road was closed on Monday.\n\n"
                                           "Copyright 2019 by KXYZ Harbour7 - All rights reserved.\n"}) + "\n")
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [records])
        assert publication.datings(corpus)[1].outlet == "KXYZ Harbour7"
        with corpus.transaction() as db:  # as a corpus an earlier reader imported and dated
            db.conn.execute("UPDATE documents SET outlet = 'by KXYZ Harbour7 -'")
            db.conn.execute("UPDATE document_dates SET reader_version = '2', dating = NULL")
        assert publication.gather_missing(corpus) == 1
        dating = publication.datings(corpus)[1]
        assert (dating.outlet, dating.outlet_from) == ("KXYZ Harbour7", "text")


def test_a_saved_pages_declared_locale_orders_its_numeric_date_at_import_and_when_read_again(tmp_path):
    # the language tag is in the page's markup only: gathering again (a newer reader) must still know it
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="en-GB"><head><title>Man held after shooting</title></head><body><article>'
        "<h1>Man held after shooting</h1><p>04/05/2015 10:12</p>"
        "<p>A man has been arrested after a shooting in the town centre on Saturday night, police said. Officers were"
        " called shortly after midnight and found a man with injuries to his leg.</p>"
        "<p>He was taken to hospital, where his condition is described as stable. A 24-year-old man remains in"
        " custody.</p></article></body></html>", encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [page])
        (document_id,) = corpus.document_ids()
        dating = publication.datings(corpus)[document_id]
        assert dating.published == "2015-05-04" and "en-GB" in dating.explanation
        assert corpus.document(document_id).language == "en"  # the document's language stays the detected one
        with corpus.transaction() as db:
            db.conn.execute("UPDATE document_dates SET reader_version = '7', dating = NULL")
        assert publication.gather_missing(corpus) == 1
        assert publication.datings(corpus)[document_id].published == "2015-05-04"


def test_a_year_in_the_file_name_dates_a_yearless_date_line_at_import_and_when_read_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    body = "\n\nTremors were felt across the city, and several tall office buildings near the harbour were evacuated.\n"
    (folder / "ferry.txt").write_text("Ferry strike ends\n\nKYIV, April 20, 2013 (Reuters) - The strike ended." + body,
                                      encoding="utf-8")
    (folder / "quake-report-2007.txt").write_text("Quake felt in the city\n\nJul. 7 5:59 PM EDT" + body, encoding="utf-8")
    with Corpus(tmp_path / "c.corpus") as corpus:
        import_paths(corpus, [folder])
        quake = next(i for i in corpus.document_ids() if corpus.document(i, with_text=False).file_name.startswith("quake"))
        assert publication.datings(corpus)[quake].placed == "2007-07-07"  # not 2013, the corpus's usual year
        corpus.db.execute("UPDATE document_dates SET reader_version = '0'")
        assert publication.gather_missing(corpus) == 2
        dating = publication.datings(corpus)[quake]
        assert dating.placed == "2007-07-07" and "estimated" in dating.flags and "file name" in dating.explanation
