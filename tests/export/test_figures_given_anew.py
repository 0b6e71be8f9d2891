"""A figure an article gives anew in its next sentence, against another article's figure: typed in the JSON export."""
from __future__ import annotations

from viewer.analysis.pipeline import analyse
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict

# Made-up reports of one blast: the first gives 33 dead and then that the toll has since risen to 37.
FIRST = ("Blast at Ridgeway plant\n\nRidgeway Herald\n\nA blast at the Ridgeway chemical plant on Tuesday killed 33 people,"
         " the county fire chief said. The death toll has since risen to 37.\n\nCrews were still searching the east wing of"
         " the plant on Wednesday.\n")
LATER = ("Ridgeway plant toll at 37\n\nValley Courier\n\nAn explosion at the Ridgeway chemical plant on Tuesday killed 37"
         " people, the county fire chief said.\n\nInvestigators have not said what caused the blast.\n")


def test_a_figure_an_article_updates_is_typed_updated_in_the_export(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a_first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b_later.txt").write_text(LATER, encoding="utf-8")
    corpus = Corpus(tmp_path / "blast.corpus")
    import_paths(corpus, [folder])
    analyse(corpus)
    data = corpus_to_dict(corpus)
    corpus.close()
    claim = next(c for c in data["claims"] if any("killed 37 people" in m["text"] for m in c["mentions"]))
    assert [(d["kind"], d["explanation"], [m["text"] for m in d["mentions"]]) for d in claim["discrepancies"]
            if d["kind"] == "number"] == [("number", "people: '33, later 37' vs '37' (updated)", ["33", "37"])]
