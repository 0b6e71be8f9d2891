"""Search finds what the researcher sees: a document's shown title (without the site's name after it) and its
text. Indexed with the stored title, "title:Weather" found every page of "… - Lakeside News 4 | Weather, Sports",
and the site's name ranked its pages first (a title's words weigh five times a text's). The name stays searchable
where the text has it: the opening line of a crawled page, shown grey in the pane."""
from __future__ import annotations

from pathlib import Path

import pytest

from viewer.corpus import publication, search_index, store, trust
from viewer.corpus.importing import import_paths
from viewer.corpus.migrations import MIGRATIONS
from viewer.corpus.removal import kept_corpus_rows, put_back_corpus_rows, remove_documents
from viewer.corpus.search import search, search_document_ids
from viewer.corpus.store import Corpus, CorpusError

SITE = "Lakeside News 4 | Weather, Sports"
BODY = "\n\nPolice said the shooting happened late on Friday near the river, and an investigation is under way.\n"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _corpus(tmp_path: Path) -> tuple[Corpus, list[int]]:
    paths = [_write(tmp_path, "a.txt", f"Man shot near river park - {SITE}{BODY}"),
             _write(tmp_path, "b.txt", f"School board votes to close two schools - {SITE}{BODY}"),
             _write(tmp_path, "c.txt", "Storm knocks out power to thousands\n\nSports fields stayed closed all weekend.\n")]
    corpus = Corpus(tmp_path / "c.corpus")
    return corpus, [i for _, i in import_paths(corpus, paths).imported]


def _whole(corpus: Corpus) -> None:
    """FTS5 finds its index inconsistent (a row forgotten by values it was not indexed with) here."""
    corpus.db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")


def test_a_site_name_the_list_does_not_show_is_not_searched_as_a_title(tmp_path):
    corpus, (a, b, c) = _corpus(tmp_path)
    assert search_document_ids(corpus, "title:Weather") == []
    assert search_document_ids(corpus, "title:Sports") == [], "found through the site's name in the stored titles"
    assert search_document_ids(corpus, "title:river") == [a], "the shown title is searched"
    assert search_document_ids(corpus, "Sports") == [a, b, c], "the opening lines (grey in the pane) are text"
    assert search(corpus, "Sports")[0].document_id == c, "a site's name in the titles ranked its pages first"
    hits = search(corpus, "school board")
    assert [(h.document_id, h.title) for h in hits] == [(b, "School board votes to close two schools")]
    corpus.close()


def test_the_index_stays_whole_through_corrections_removals_and_a_later_import(tmp_path):
    corpus, (a, b, c) = _corpus(tmp_path)
    publication.correct(corpus, a, "title", "Man wounded near river park - Lakeside News 4")
    _whole(corpus)
    assert search_document_ids(corpus, "wounded") == [a]
    publication.correct(corpus, b, "outlet", "Lakeside News 4")
    _whole(corpus)
    publication.revert(corpus, a, "title")
    _whole(corpus)
    assert search_document_ids(corpus, "wounded") == []
    kept = kept_corpus_rows(corpus, [b])
    remove_documents(corpus, [b])
    _whole(corpus)
    assert search_document_ids(corpus, "school") == []
    put_back_corpus_rows(corpus, kept)
    _whole(corpus)
    assert search_document_ids(corpus, "school") == [b] and search_document_ids(corpus, "title:Weather") == []
    # a later title that ends alike makes c's ending a site name too: c is indexed again without it
    import_paths(corpus, [_write(tmp_path, "d.txt", f"Storm knocks out power to thousands - Valley Herald{BODY}"),
                          _write(tmp_path, "e.txt", f"Bridge closed after crash - Valley Herald{BODY}")])
    _whole(corpus)
    assert search_document_ids(corpus, "title:Herald") == []
    corpus.close()


def test_a_corpus_indexed_with_the_stored_titles_is_indexed_again_when_opened_for_writing(tmp_path):
    corpus, (a, b, _c) = _corpus(tmp_path)
    with corpus.transaction() as db:  # as a corpus from before this rule holds it
        db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
        db.execute("DELETE FROM corpus_info WHERE key = ?", (search_index.STAMP_KEY,))
    corpus.close()
    with Corpus(tmp_path / "c.corpus", create=False, read_only=True) as old:
        assert search_document_ids(old, "title:Weather") == [a, b], "read-only: the index it has"
    with Corpus(tmp_path / "c.corpus", create=False) as opened:
        assert search_index.is_current(opened.db)
        assert search_document_ids(opened, "title:Weather") == []
        _whole(opened)
        publication.correct(opened, a, "title", "Man wounded near river park")
        _whole(opened)


def test_a_program_from_before_shown_title_indexing_refuses_the_corpus(tmp_path, monkeypatch):
    """Such a program would forget a row by its stored title, which this index never held, and malform it."""
    corpus, _ids = _corpus(tmp_path)
    corpus.close()
    [before] = [number for number, name, _ in MIGRATIONS if name == "search index of shown titles"]
    for module in (store, trust):
        monkeypatch.setattr(module, "LATEST", before - 1)
    with pytest.raises(CorpusError, match="newer"):
        Corpus(tmp_path / "c.corpus", create=False)
