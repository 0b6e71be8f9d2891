"""A date printed without its year ("UPDATE, MAY 20") is read in its own article's year, or in the corpus's only
when the corpus's dated articles leave one year possible.

Made-up articles from two years: a corpus of stories from 2015 and 2017 read every yearless date in its most
frequent year, so a 2015 story's update was placed in 2017, a year after it happened.
"""
from pathlib import Path

from viewer.corpus import publication
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus

STATING = "the 3 documents of the corpus that state their date run from"
TWO_YEARS = {
    "a2015.txt": "Boy shot in Kent\n\nKENT, April 17, 2015 (AP) - A boy was shot.",
    "b2017.txt": "Man shot in Tacoma\n\nTACOMA, March 2, 2017 (AP) - A man was shot.",
    "c2017.txt": "Arrest in Tacoma shooting\n\nTACOMA, March 9, 2017 (AP) - A man was arrested.",
}
BODY = ("\n\nPolice said the car had been reported stolen a week before the shooting, and asked witnesses to call the"
        " department's tip line.\n")


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text + BODY, encoding="utf-8")


def imported(tmp_path: Path, articles: dict[str, str]) -> tuple[Corpus, dict[str, int]]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in articles.items():
        write(folder, name, text)
    corpus = Corpus(tmp_path / "c.corpus")
    import_paths(corpus, [folder])
    ids = {corpus.document(i, with_text=False).file_name: i for i in corpus.document_ids()}
    return corpus, ids


def test_a_yearless_update_in_a_corpus_of_two_years_is_left_undated_saying_what_the_corpus_spans(tmp_path):
    corpus, ids = imported(tmp_path, {
        **TWO_YEARS,
        "update.txt": "Kent police name a vehicle of interest\n\nUPDATE, MAY 20: Four persons of interest were held.",
    })
    with corpus:
        dating = publication.datings(corpus)[ids["update.txt"]]
        assert dating.published is None and dating.undated, dating.explanation  # was 2017-05-20, the usual year
        assert dating.explanation.startswith("no placeable date in the metadata, dateline or text")
        assert "MAY 20” gives no year" in dating.explanation
        assert f"{STATING} 17 April 2015 to 9 March 2017" in dating.explanation


def test_a_yearless_date_in_one_storys_corpus_across_new_year_takes_the_year_nearest_its_reports(tmp_path):
    corpus, ids = imported(tmp_path, {
        "first.txt": "Fire at the mill\n\nLOWELL, December 29, 2015 (AP) - A fire broke out.",
        "second.txt": "Mill fire cause found\n\nLOWELL, January 4, 2016 (AP) - Investigators named the cause.",
        "third.txt": "Mill reopens\n\nLOWELL, January 5, 2016 (AP) - The mill reopened.",
        "dec.txt": "Mill fire: owners speak\n\nUPDATE, DEC. 30: The owners thanked the firefighters.",
        "jan.txt": "Mill fire: workers paid\n\nUPDATE, JAN. 2: The workers will be paid.",
    })
    with corpus:
        datings = publication.datings(corpus)
        assert datings[ids["dec.txt"]].placed == "2015-12-30"  # 2016, the usual year, put it after every report
        assert datings[ids["jan.txt"]].placed == "2016-01-02"
        explanation = datings[ids["dec.txt"]].explanation
        assert f"{STATING} 29 December 2015 to 5 January 2016" in explanation
        assert "estimated" in datings[ids["dec.txt"]].flags


def test_a_yearless_dateline_takes_the_year_that_puts_it_nearest_the_articles_own_date(tmp_path):
    corpus, ids = imported(tmp_path, {
        "other.txt": "Storm hits coast\n\nMIAMI, June 3, 2019 (AP) - A storm hit the coast.",
        "late.txt": "Year-end flood\n\nPARIS, Jan. 2 (AP) - The river rose after rain that began on"
                    " December 30, 2015, and flooded the quays.",
    })
    with corpus:
        dating = publication.datings(corpus)[ids["late.txt"]]
        assert dating.placed == "2016-01-02", dating.explanation  # the mention's own year put it before the rain
        assert "“December 30, 2015”" in dating.explanation


def test_a_written_weekday_picks_the_one_year_of_a_corpus_of_several(tmp_path):
    corpus, ids = imported(tmp_path, {
        **TWO_YEARS,
        "weekday.txt": "Kent police name a suspect\n\nUPDATE, Wednesday, May 20: Police named a suspect.",
    })
    with corpus:
        dating = publication.datings(corpus)[ids["weekday.txt"]]
        assert dating.placed == "2015-05-20", dating.explanation  # a Wednesday in 2015, not in 2016 or 2017
        assert "only in 2015 is the date a Wednesday" in dating.explanation and "estimated" in dating.flags
