"""Site names after headlines ("… - Lakeside News 4 | Weather, Sports") are marked as page
furniture when other titles of the corpus end with them too; the text is never changed."""
from __future__ import annotations

import pytest

from viewer.analysis.store import documents_to_analyse, write_documents
from viewer.analysis.documents import DocumentAnalysis
from viewer.corpus import search_index, site_names
from viewer.corpus.importing import import_paths
from viewer.corpus.site_names import endings, site_name_spans
from viewer.corpus.spans import Span
from viewer.corpus.store import Corpus

SITE = "Lakeside News 4 | Weather, Sports"
BODY = "\n\nPolice said the shooting happened late on Friday near the river, and an investigation is under way.\n"


def cuts(*titles: str, marked: dict[int, list[Span]] | None = None) -> dict[int, str]:
    """What the rule cuts from each title (as the opening line of a made-up article)."""
    texts = [title + BODY for title in titles]
    found = site_name_spans((i, text, (marked or {}).get(i, ())) for i, text in enumerate(texts))
    return {i: span.text_of(texts[i]) for i, span in found.items()}


def test_an_ending_two_different_titles_share_is_cut_from_each():
    got = cuts(f"Man shot near river park - {SITE}", f"School board votes to close two schools - {SITE}",
               "Teen charged in store robbery - Valley Herald")
    assert got == {0: f" - {SITE}", 1: f" - {SITE}"}


@pytest.mark.parametrize("separator", [" - ", " | ", " – ", " — ", " :: "])
def test_each_separator_a_crawl_shows(separator):
    got = cuts(f"Man shot near river park{separator}KXYZ.com", f"School board votes to close two schools{separator}KXYZ.com")
    assert got == {0: f"{separator}KXYZ.com", 1: f"{separator}KXYZ.com"}


def test_an_ending_no_other_title_has_is_kept():
    assert cuts("Police: man shot - 2 dead", "Bridge closed after crash - Valley Herald") == {}


def test_two_copies_of_one_headline_do_not_make_its_ending_a_site_name():
    assert cuts("Police: man shot downtown - 2 dead", "Police: man shot downtown - 2 dead") == {}


def test_two_wordings_of_one_headline_do_not_make_its_ending_a_site_name():
    # hyphens set apart inside a compound: the shared ending is the headline's own words
    assert cuts("Woman Killed In Queens Hit - And - Run, Driver Charged",
                "Woman Killed in Queens Hit - Run, Driver Charged") == {}


def test_the_longest_shared_ending_is_cut_and_a_dash_inside_the_headline_stays():
    got = cuts(f"Updated - Overnight shooting leaves one dead - {SITE}", f"Game with gun costs two teens - one dead, another jailed - {SITE}",
               "Fire destroys barn - Lakeside News 4 - Extra | Weather, Sports")
    assert got == {0: f" - {SITE}", 1: f" - {SITE}", 2: " | Weather, Sports"}


def test_only_the_opening_line_is_read_and_a_marked_line_is_passed_over():
    stamp = "Updated: June 3, 2025 - Lakeside"
    texts = [f"{stamp}\nMan shot near river park - Lakeside" + BODY, "School board votes - Lakeside" + BODY]
    found = site_name_spans([(0, texts[0], [Span(0, len(stamp))]), (1, texts[1], [])])
    assert {i: s.text_of(texts[i]) for i, s in found.items()} == {0: " - Lakeside", 1: " - Lakeside"}
    later = ["Man shot near river park" + BODY + "More - Lakeside\n", "School board votes - Lakeside" + BODY]
    assert site_name_spans((i, t, []) for i, t in enumerate(later)) == {}


def test_endings_fold_case_and_spacing():
    assert endings("Man shot  -  KXYZ.com   News") == [(8, "kxyz.com news")]
    assert endings("Hit-and-run driver charged") == []


def _write(folder, name, title):
    path = folder / name
    path.write_text(title + BODY, encoding="utf-8")
    return path


def _site_marks(corpus, document_id):
    text = corpus.document(document_id).text
    return [span.text_of(text) for span, kind in corpus.boilerplate_kinds(document_id) if kind == site_names.KIND]


def test_an_import_marks_an_earlier_document_whose_ending_it_shares(tmp_path):
    first = _write(tmp_path, "a.txt", f"Man shot near river park - {SITE}")
    second = _write(tmp_path, "b.txt", f"School board votes to close two schools - {SITE}")
    with Corpus(tmp_path / "c.corpus") as corpus:
        [(_, a)] = import_paths(corpus, [first]).imported
        assert _site_marks(corpus, a) == []
        write_documents(corpus, [DocumentAnalysis(a)], "current")
        assert documents_to_analyse(corpus, "current") == []
        [(_, b)] = import_paths(corpus, [second]).imported
        assert _site_marks(corpus, a) == _site_marks(corpus, b) == [f" - {SITE}"]
        assert documents_to_analyse(corpus, "current") == [a, b]  # a is read again without its site name
        assert corpus.document(a).text == f"Man shot near river park - {SITE}" + BODY


def test_a_corpus_imported_before_the_rule_is_marked_when_opened_for_writing(tmp_path):
    paths = [_write(tmp_path, "a.txt", f"Man shot near river park - {SITE}"),
             _write(tmp_path, "b.txt", f"School board votes to close two schools - {SITE}")]
    path = tmp_path / "old.corpus"
    with Corpus(path) as corpus:
        ids = [i for _, i in import_paths(corpus, paths).imported]
        with corpus.transaction() as db:
            db.execute("DELETE FROM boilerplate WHERE kind = ?", (site_names.KIND,))
            db.execute("DELETE FROM corpus_info WHERE key = ?", (site_names.STAMP_KEY,))
            # a corpus from before the rule was indexed before `search_index` too (its marks went behind its back)
            db.execute("DELETE FROM corpus_info WHERE key = ?", (search_index.STAMP_KEY,))
    with Corpus(path, create=False, read_only=True) as corpus:
        assert [_site_marks(corpus, i) for i in ids] == [[], []] and not site_names.is_current(corpus.db)
    with Corpus(path, create=False) as corpus:
        assert [_site_marks(corpus, i) for i in ids] == [[f" - {SITE}"]] * 2 and site_names.is_current(corpus.db)
