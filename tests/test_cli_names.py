"""Unknown ids and names on the command line are refused with the closest matches, never ignored."""
from __future__ import annotations

import json
import shutil

import pytest

from viewer.cli import main
from viewer.corpus.store import Corpus


@pytest.fixture
def analysed(sample_corpus_file, tmp_path):
    copy = tmp_path / "sample.corpus"
    shutil.copy(sample_corpus_file, copy)
    return copy


def _corrections(path) -> int:
    with Corpus(path, create=False) as corpus:
        return corpus.db.execute("SELECT count(*) FROM corrections").fetchone()[0]


def _refused(capsys, argv, *expected: str) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for text in expected:
        assert text in err, err
    return err


def test_open_with_an_unknown_document_names_the_ones_there_are(analysed, tmp_path, capsys):
    shot = tmp_path / "x.png"
    _refused(capsys, ["open", str(analysed), "--compare", "d1,d99", "--claim", "c1", "--screenshot", str(shot)],
             "no document d99 in this corpus", "closest: d5", "5 documents in all")
    assert not shot.exists()


def test_open_with_a_size_that_is_not_width_by_height_is_refused(analysed, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["open", str(analysed), "--screenshot", str(tmp_path / "x.png"), "--size", "1600"])
    assert stop.value.code == 2
    assert "'1600' is not a size like 1280x800" in capsys.readouterr().err


def test_open_with_an_unknown_claim_is_refused(analysed, tmp_path, capsys):
    _refused(capsys, ["open", str(analysed), "--claim", "c9999", "--screenshot", str(tmp_path / "x.png")],
             "no claim c9999 in this corpus", "closest: c")


def test_a_claim_outside_the_chosen_articles_is_refused_not_opened(sample_and_wire_file, tmp_path, capsys):
    """May's surrender count, carried by the sample's d5 and the made-up wire d6, is no claim of d1 and d2."""
    analysed = shutil.copy(sample_and_wire_file, tmp_path / "sample_and_wire.corpus")
    with Corpus(analysed, create=False) as corpus:
        from viewer.analysis import store

        inside = set(store.claim_ids(corpus, [1, 2]))
        outside = next(c for c in store.claim_ids(corpus) if c not in inside)
        carriers = store.claim(corpus, outside).documents()
    assert carriers == [5, 6]
    _refused(capsys, ["open", str(analysed), "--compare", "d1,d2", "--claim", f"c{outside}",
                      "--screenshot", str(tmp_path / "x.png")],
             f"claim c{outside} is not shared by d1, d2", "carried by " + ", ".join(f"d{d}" for d in carriers))


def test_merging_a_speaker_nobody_is_called_records_nothing(analysed, capsys):
    err = _refused(capsys, ["correct", str(analysed), "merge-speakers", "Nobody Here", "Vadym Boichenko"],
                   "no speaker called “Nobody Here”")
    assert "recorded" not in err
    assert _corrections(analysed) == 0


def test_a_misspelt_speaker_gets_the_closest_names(analysed, capsys):
    _refused(capsys, ["correct", str(analysed), "split-speaker", "Vadym Boichenko", "Vadim Boichenkoo"],
             "no speaker called “Vadim Boichenkoo”", "closest:", "Boichenko")
    assert _corrections(analysed) == 0


def test_speaker_names_match_whatever_their_case(analysed, capsys):
    assert main(["correct", str(analysed), "split-speaker", "vadym boichenko", "VADIM BOYCHENKO"]) == 0
    assert "recorded split-speaker" in capsys.readouterr().out
    with Corpus(analysed, create=False) as corpus:
        payload = json.loads(corpus.db.execute("SELECT payload FROM corrections").fetchone()[0])
    assert {payload["a"], payload["b"]} == {"Vadym Boichenko", "Vadim Boychenko"}


def test_a_document_named_twice_is_refused(analysed, capsys):
    _refused(capsys, ["export", str(analysed), "--format", "json", "--documents", "d1,d1"],
             "d1 is given twice in --documents")


def test_export_of_an_unknown_claim_names_the_closest(analysed, capsys):
    assert main(["export", str(analysed), "--format", "md", "--claims", "c9999"]) == 1
    assert "no claim c9999 in this corpus (closest: c" in capsys.readouterr().err


def test_delete_attribution_takes_the_export_ids(analysed, tmp_path, capsys):
    out = tmp_path / "before.json"
    main(["export", str(analysed), "-o", str(out)])
    before = json.loads(out.read_text(encoding="utf-8"))["attributions"]
    third = before[2]
    assert main(["correct", str(analysed), "delete-attribution", "a3"]) == 0
    main(["export", str(analysed), "-o", str(out)])
    after = json.loads(out.read_text(encoding="utf-8"))["attributions"]
    assert len(after) == len(before) - 1
    assert (third["document"], third["content"]) not in [(a["document"], a["content"]) for a in after]


def test_an_attribution_is_edited_from_the_command_line_as_from_the_window(analysed, tmp_path, capsys):
    assert main(["correct", str(analysed), "edit-attribution", "a3", "--speaker", "Somebody Else", "--role", "",
                 "--kind", "according-to"]) == 0
    assert "recorded edit-attribution" in capsys.readouterr().out
    out = tmp_path / "after.json"
    main(["export", str(analysed), "-o", str(out)])
    third = json.loads(out.read_text(encoding="utf-8"))["attributions"][2]
    assert (third["speaker_name"], third["role"], third["kind"]) == ("Somebody Else", None, "according-to")
    _refused(capsys, ["correct", str(analysed), "edit-attribution", "a3"], "changes at least one of")
    assert _corrections(analysed) == 1



def test_the_command_line_says_whether_a_report_was_made(analysed, tmp_path):
    out = tmp_path / "after.json"
    assert main(["correct", str(analysed), "edit-attribution", "a3", "--report", "withheld"]) == 0
    main(["export", str(analysed), "-o", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["attributions"][2]["negation"] == "withheld"
    assert main(["correct", str(analysed), "edit-attribution", "a3", "--report", "made"]) == 0
    main(["export", str(analysed), "-o", str(out)])
    assert "negation" not in json.loads(out.read_text(encoding="utf-8"))["attributions"][2]


def test_the_cli_offers_every_kind_of_correction():
    import argparse

    from viewer.analysis.corrections import KINDS
    from viewer.cli import build_parser

    def sub_commands(parser: argparse.ArgumentParser) -> dict:
        return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices

    assert set(sub_commands(sub_commands(build_parser())["correct"])) == set(KINDS)


def test_an_unknown_attribution_is_refused_by_name(analysed, capsys):
    count = None
    with Corpus(analysed, create=False) as corpus:
        count = corpus.db.execute("SELECT count(*) FROM attributions").fetchone()[0]
    _refused(capsys, ["correct", str(analysed), "delete-attribution", "a9999"],
             "no attribution a9999 in this corpus", f"closest: a{count}", f"{count} attributions in all")
    _refused(capsys, ["correct", str(analysed), "delete-attribution", "d1:0-5"], "no attribution has the content d1:0-5")
    assert _corrections(analysed) == 0


def test_a_passage_past_the_end_of_its_document_is_refused(analysed, capsys):
    _refused(capsys, ["correct", str(analysed), "link", "d1:0-120", "d2:0-999999"], "runs past the end of d2")
    _refused(capsys, ["correct", str(analysed), "link", "d1:0-120", "d42:0-10"], "no document d42")
    assert _corrections(analysed) == 0


@pytest.mark.parametrize("fmt, target, said", [
    ("pdf", "r.pdf", r"Wrote .*r\.pdf: \d+ pages: 5 documents, \d+ claims, \d+ highlights"),
    ("json", "r.json", r"Wrote .*r\.json: 5 documents, \d+ claims, \d+ speakers, \d+ attributions"),
    ("csv", "r.csv", r"Wrote .*r-documents\.csv, .*r-claims\.csv, .*r-attributions\.csv, .*r-notes\.csv: 5 rows of "
                     r"documents, \d+ rows of claims \(one per mention, of \d+ claims\), \d+ rows of attributions, \d+ rows of notes"),
    ("md", "r.md", r"Wrote .*r\.md: 5 documents, \d+ claims"),
])
def test_an_export_says_what_it_wrote(analysed, tmp_path, capsys, fmt, target, said):
    import re

    assert main(["export", str(analysed), "--format", fmt, "-o", str(tmp_path / target)]) == 0
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert re.fullmatch(said, err), err


def test_a_misspelt_record_field_is_refused_with_the_closest(tmp_path, capsys):
    rows = tmp_path / "rows.csv"
    rows.write_text("body,headline\nThe port reopened on Monday after talks.,Port reopens\n", encoding="utf-8")
    _refused(capsys, ["import", str(tmp_path / "c.corpus"), str(rows), "--map", "text=body", "--map", "titel=headline"],
             "no field “titel” (closest: title; fields are text, title, outlet")
    assert not (tmp_path / "c.corpus").exists()
