"""A figure one article gives twice, against another article's correction of it: one discrepancy in the export."""
from __future__ import annotations

from viewer.analysis.pipeline import analyse
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict

# Made-up reports of one shooting: the first gives "five" in its lede and again below, the second corrects it.
FIRST = ("Five hurt in Oak Street shooting\n\nOak City Gazette\n\nFive people were injured in the shooting on Oak Street on"
         " Friday night, police said.\n\nThe victims were taken to St. Anne's Hospital. Officers searched the area for a blue"
         " pickup truck.\n\nIn all, five people were injured in the shooting on Oak Street on Friday night, Sergeant Lee Park"
         " said.\n")
LATER = ("Four hurt in Oak Street shooting\n\nValley Courier\n\nFour people were injured in the shooting on Oak Street on"
         " Friday night, not five as first reported, police said.\n\nThe victims were taken to St. Anne's Hospital. Officers"
         " searched the area for a blue pickup truck.\n")


def test_a_figure_an_article_repeats_is_one_discrepancy_in_the_export(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b_later.txt").write_text(LATER, encoding="utf-8")
    corpus = Corpus(tmp_path / "oak.corpus")
    import_paths(corpus, [folder])
    analyse(corpus)
    data = corpus_to_dict(corpus)
    corpus.close()
    claim = next(c for c in data["claims"] if any("not five as first reported" in m["text"] for m in c["mentions"]))
    first = next(d["id"] for d in data["documents"] if d["source"]["path"].endswith("a_first.txt"))
    assert len([m for m in claim["mentions"] if m["document"] == first]) == 2  # the lede and the sentence below
    assert [(d["kind"], d["explanation"]) for d in claim["discrepancies"] if d["kind"] == "number"] == [
        ("number", "people: 'five' vs 'four, not five' (revised)")]
