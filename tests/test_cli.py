"""The `provenance` command end to end on the sample articles, and its messages on bad input."""
import json
import re
import shutil
from pathlib import Path

import pytest

from viewer import __version__
from viewer.cli import main
from viewer.provenance.timeline import THREAD_HEADING

from tests.conftest import ODD_FAILURES, SAMPLE_DIR


@pytest.fixture
def imported(tmp_path, capsys):
    corpus = tmp_path / "seeds.corpus"
    assert main(["import", str(corpus), str(SAMPLE_DIR)]) == 0
    capsys.readouterr()
    return corpus


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_import_then_export_keeps_every_sentence_of_every_seed(imported, tmp_path, capsys):
    target = tmp_path / "out.json"
    assert main(["export", str(imported), "--format", "json", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "provenance-corpus/1"
    assert len(data["documents"]) == 5
    by_file = {d["source"]["path"].rsplit("/", 1)[-1]: d for d in data["documents"]}
    for seed in sorted(SAMPLE_DIR.glob("*.txt")):
        stored = by_file[seed.name]["text"]
        original = seed.read_text(encoding="utf-8").replace("\r\n", "\n")
        for sentence in re.split(r"(?<=[.!?”])\s+", original.strip()):
            assert sentence in stored, (seed.name, sentence)
        for span in by_file[seed.name]["boilerplate"]:
            assert 0 <= span["start"] < span["end"] <= len(stored)


def test_boilerplate_covers_the_junk_named_in_the_brief(imported, tmp_path):
    target = tmp_path / "out.json"
    main(["export", str(imported), "-o", str(target)])
    data = json.loads(target.read_text(encoding="utf-8"))
    marked = []
    for d in data["documents"]:
        marked += [d["text"][b["start"]:b["end"]] for b in d["boilerplate"]]
    junk = [
        "(Also read: Ukraine blames Russia for the ‘pause’ in the peace negotiations)",
        "© 2024 Latin Times. All rights reserved.",
        "More news",
        "/BNR",
    ]
    for piece in junk:
        assert any(piece in m for m in marked), piece


def test_list_shows_every_document(imported, capsys):
    assert main(["list", str(imported)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("d1\t")


def test_search_finds_and_a_malformed_query_gets_a_message(imported, capsys):
    assert main(["search", str(imported), "Boichenko"]) == 0
    assert capsys.readouterr().out.count("\n") == 1
    assert main(["search", str(imported), 'Mariupol AND ("']) == 2
    err = capsys.readouterr().err
    assert "provenance:" in err and "Traceback" not in err


def test_opening_a_file_that_is_not_a_corpus_gets_a_message(tmp_path, capsys):
    bogus = tmp_path / "x.corpus"
    bogus.write_bytes(b"\x00\x01not sqlite" * 50)
    assert main(["list", str(bogus)]) == 1
    assert "not a Provenance corpus" in capsys.readouterr().err


def test_export_to_a_missing_folder_gets_a_message(imported, tmp_path, capsys):
    assert main(["export", str(imported), "-o", str(tmp_path / "nowhere" / "x.json")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_export_progress_lines_are_steps_the_window_reads_back(sample_corpus, tmp_path, capsys):
    """The window runs its PDF export as this command and shows each step; the last line says what was written."""
    from viewer.terminal import read_step

    assert main(["export", str(sample_corpus.path), "-o", str(tmp_path / "r.md"), "--progress-lines"]) == 0
    *steps, said = capsys.readouterr().err.splitlines()
    assert steps and all(read_step(line) for line in steps), steps
    assert read_step(steps[0]) == (0, 5, "reading d1")
    assert said.startswith(f"Wrote {tmp_path / 'r.md'}: 5 documents")


def test_export_lights_each_claim_in_the_colour_it_is_given(sample_corpus, tmp_path, capsys):
    """The window passes the colours it shows, so its report lights each claim as the window did."""
    assert main(["export", str(sample_corpus.path), "-o", str(tmp_path / "plain.html")]) == 0
    claim, colour = re.search(r'<mark[^>]*class="c(\d+)[ "][^>]*style="background:(#[0-9A-F]{6})"',
                              (tmp_path / "plain.html").read_text(encoding="utf-8")).groups()
    other = "#9687F0" if colour != "#9687F0" else "#69A53C"
    assert main(["export", str(sample_corpus.path), "-o", str(tmp_path / "kept.html"), "--colours",
                 f"c{claim}={other.lower()}"]) == 0
    assert re.search(rf'<mark[^>]*class="c{claim}[ "][^>]*style="background:{other}"',
                     (tmp_path / "kept.html").read_text(encoding="utf-8"))
    assert main(["export", str(sample_corpus.path), "-o", str(tmp_path / "x.html"), "--colours", "c3=blue"]) == 2
    assert "'c3=blue' is not a claim and its colour like c7=#89CAF0" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_an_export_without_format_writes_what_the_file_name_says(imported, tmp_path, capsys):
    """`export -o report.md` wrote the JSON interchange into report.md, and said so only in its counts."""
    assert main(["export", str(imported), "-o", str(tmp_path / "report.md")]) == 0
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# Provenance report")
    assert main(["export", str(imported), "-o", str(tmp_path / "page.HTML")]) == 0
    assert (tmp_path / "page.HTML").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["export", str(imported), "-o", str(tmp_path / "rows.csv")]) == 0
    assert (tmp_path / "rows-documents.csv").exists() and not (tmp_path / "rows.csv").exists()
    assert main(["export", str(imported), "-o", str(tmp_path / "corpus.txt")]) == 0
    assert json.loads((tmp_path / "corpus.txt").read_text(encoding="utf-8"))["format"] == "provenance-corpus/1"


def test_an_export_whose_file_name_says_another_format_is_refused(imported, tmp_path, capsys):
    """Markdown written into report.pdf opens in no PDF reader; nothing is written and the message says both."""
    capsys.readouterr()
    assert main(["export", str(imported), "--format", "md", "-o", str(tmp_path / "report.pdf")]) == 2
    err = capsys.readouterr().err
    assert "report.pdf: the file name says a PDF but --format md asks for Markdown" in err
    assert list(tmp_path.glob("report*")) == []
    assert main(["export", str(imported), "--format", "html", "-o", str(tmp_path / "r.htm")]) == 0


def test_export_of_an_unknown_document_id_is_refused(imported, capsys):
    assert main(["export", str(imported), "--format", "json", "--documents", "dx"]) == 2


def test_a_first_import_that_imports_nothing_leaves_no_corpus(tmp_path, capsys):
    corpus = tmp_path / "new.corpus"
    (tmp_path / "empty.txt").write_bytes(b"")
    for paths in ([str(tmp_path / "gone.txt")], [str(tmp_path / "empty.txt")]):
        main(["import", str(corpus), *paths])
        out = capsys.readouterr().out
        assert f"No corpus was created at {corpus}: nothing was imported." in out
        assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_a_first_import_cancelled_while_saving_leaves_no_corpus(tmp_path):
    from viewer.corpus.importing import import_into
    from viewer.jobs import Cancelled, TaskState

    def progress(done, total, path):
        if path == "saving":
            raise Cancelled

    with pytest.raises(Cancelled, match="nothing of this import was kept"):
        import_into(tmp_path / "new.corpus", [SAMPLE_DIR], state=TaskState(progress))
    assert list(tmp_path.iterdir()) == []


def test_open_and_list_never_create_a_missing_corpus(tmp_path, capsys):
    missing = tmp_path / "missing.corpus"
    for argv in (["list", str(missing)], ["export", str(missing)], ["analyze", str(missing)],
                 ["open", str(missing), "--screenshot", str(tmp_path / "shot.png")]):
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert f"{missing} does not exist" in err and "provenance import" in err, argv
    assert list(tmp_path.iterdir()) == []


def test_reading_commands_upgrade_an_older_corpus_they_can_write(tmp_path, capsys):
    from tests.conftest import REPO
    from viewer.corpus.migrations import LATEST
    from viewer.corpus.store import Corpus

    old = tmp_path / "old.corpus"
    old.write_bytes((REPO / "tests" / "data" / "schema-1.corpus").read_bytes())
    assert main(["list", str(old)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("d1\t")
    assert err.startswith("1 document was read by an older version of the file readers")  # unknown before schema 14
    with Corpus(old, create=False) as corpus:
        assert corpus.schema_version == LATEST


def test_correct_sets_a_documents_date_keeps_the_original_and_restores_it(imported, capsys):
    assert main(["correct", str(imported), "date", "d1", "13 April 2022"]) == 0
    assert "set to “2022-04-13” (it had none" in capsys.readouterr().out
    main(["list", str(imported)])
    assert capsys.readouterr().out.splitlines()[0].split("\t")[1] == "2022-04-13 (corrected)"
    assert main(["correct", str(imported), "outlet", "d2", "Hindustan Times"]) == 0
    assert main(["correct", str(imported), "date", "d1", "soon"]) == 2
    assert "“soon” is not a date" in capsys.readouterr().err
    assert main(["correct", str(imported), "restore", "d1", "date"]) == 0
    assert "restored to none" in capsys.readouterr().out
    main(["list", str(imported)])
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split("\t")[1] == "undated (no date found)" and listed[1].split("\t")[2] == "Hindustan Times"
    assert main(["correct", str(imported), "title", "d9", "x"]) == 2
    assert "no document d9" in capsys.readouterr().err


def test_correct_gives_several_documents_one_outlet_or_refuses_them_all(imported, capsys):
    assert main(["correct", str(imported), "outlet", "d1,d3", "Field Desk"]) == 0
    out = capsys.readouterr().out
    assert [line.split(":")[0] for line in out.splitlines()] == ["d1", "d3"], out  # one document a line
    assert all("outlet set to “Field Desk”" in line for line in out.splitlines()), out
    main(["list", str(imported)])
    outlets = [line.split("\t")[2] for line in capsys.readouterr().out.splitlines()]
    assert outlets[0] == outlets[2] == "Field Desk" and outlets[1] != "Field Desk"
    assert main(["correct", str(imported), "outlet", "d2,d9", "Elsewhere"]) == 2  # nothing recorded for d2 either
    assert "no document d9" in capsys.readouterr().err
    assert main(["correct", str(imported), "title", "d1,d2", "One title"]) == 2
    assert "names no single document" in capsys.readouterr().err
    main(["list", str(imported)])
    assert "Elsewhere" not in capsys.readouterr().out


def test_show_lists_a_claims_sources_in_date_order_and_its_thread_through_may(sample_corpus_file, capsys):
    assert main(["show", str(sample_corpus_file), "--claim", "c1"]) == 0
    out = capsys.readouterr().out
    sources = out[out.index("Sources in time order"):out.index("Possible updates:")]
    dates = re.findall(r"^ [★ ] (\d{4}-\d{2}-\d{2}|undated \(no date found\))", sources, re.M)
    assert dates[0] == "2022-04-13" and dates[-1] == "undated (no date found)"
    assert "★ 2022-04-13  d2" in sources and "1,026" in sources
    # a speaker heard with no one between is "direct": "relayed: speaker → outlet" read as a relay (fresh34)
    assert "relayed: direct" in sources and not re.search(r"relayed: [^→|\n]+ → [^→|\n]+$", sources, re.M)
    thread = out[out.index("Possible updates:"):out.index("Relays")]
    assert thread.startswith(f"{THREAD_HEADING} (3); in time order"), "counted as the window and the reports count"
    entries = [" ".join(e.split()) for e in re.split(r"\n(?=   (?:\d{4}-|imported))", thread)[1:]]  # wrapped lines joined
    assert [e.split()[0] for e in entries][:3] == ["2022-04-13", "2022-05-18", "2022-05-18"]
    assert "1,026" in entries[0] and "← this claim" in entries[0]
    assert " 959 " in entries[1] and " 694; " in entries[2] and "d5 only" in entries[2]
    assert entries[1].count("figure lowered: ") == entries[2].count("figure lowered: ") == 1
    assert "Russia's Defense Ministry → AFP" in out[out.index("Relays"):]


def test_show_refuses_an_unknown_claim_and_an_unanalysed_corpus(sample_corpus_file, imported, capsys):
    assert main(["show", str(sample_corpus_file), "--claim", "c99"]) == 2
    assert "no claim c99" in capsys.readouterr().err
    assert main(["show", str(imported), "--claim", "c1"]) == 1
    assert "has not been analysed yet" in capsys.readouterr().err
    assert main(["show", str(sample_corpus_file)]) == 0
    assert "Relays (speaker → agency → outlet)" in capsys.readouterr().out


def test_analyze_without_the_model_names_the_package_and_keeps_the_corpus(imported, capsys, monkeypatch, tmp_path):
    from viewer.analysis.claims import encoder, model_files

    gone = model_files.ModelFiles(tmp_path / "gone.safetensors", tmp_path / "gone.json", model_files.UPSTREAM_SHA256)
    monkeypatch.setattr(encoder, "locate", lambda: gone)
    monkeypatch.setattr(encoder, "_shared", None)
    assert main(["analyze", str(imported)]) == 1
    err = capsys.readouterr().err
    assert model_files.PACKAGE in err and "not changed" in err and "Traceback" not in err
    assert main(["list", str(imported)]) == 0
    assert capsys.readouterr().out.count("\n") == 5


@pytest.mark.parametrize("command", [["list"], ["export", "--format", "json", "-o", "-"]])
def test_a_reader_that_closes_the_pipe_ends_the_command_quietly(imported, command):
    """``provenance list | head``: no message for the reader's own choice, and the status a shell
    gives a command SIGPIPE ended, so a pipeline that checks statuses still sees it."""
    import os
    import subprocess
    import sys

    from viewer.commands import CLOSED_PIPE

    reading, writing = os.pipe()
    os.close(reading)
    try:
        done = subprocess.run([sys.executable, "-m", "viewer.cli", command[0], str(imported), *command[1:]],
                              stdout=writing, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(writing)
    assert (done.returncode, done.stderr) == (CLOSED_PIPE, "")


@pytest.mark.parametrize("damage", ["missing", "cut short"])
def test_analyze_without_the_word_piece_projection_names_the_file_and_keeps_the_corpus(imported, capsys, monkeypatch, tmp_path, damage):
    from viewer.analysis.claims import encoder, pieces

    broken = tmp_path / "pieces_projection.safetensors"
    if damage == "cut short":
        broken.write_bytes(pieces.PROJECTION_FILE.read_bytes()[:1000])
    monkeypatch.setattr(encoder, "read_projection", lambda: pieces.read_projection(broken))
    monkeypatch.setattr(encoder, "_shared", None)
    assert main(["analyze", str(imported)]) == 1
    err = capsys.readouterr().err
    assert str(broken) in err and "not changed" in err and "Traceback" not in err
    assert main(["list", str(imported)]) == 0
    assert capsys.readouterr().out.count("\n") == 5


@pytest.mark.parametrize("failure", ODD_FAILURES)
def test_analyze_names_a_document_it_could_not_analyse_exits_3_and_the_next_run_analyses_it(tmp_path, capsys, request, failure):
    from tests.conftest import ODD

    failing = request.getfixturevalue(failure)

    corpus = tmp_path / "odd.corpus"
    article = tmp_path / "18_5ecb.txt"
    article.write_text(f"Harbour reopens\n\nThe {ODD} harbour reopened on Monday, its director said.\n", encoding="utf-8")
    assert main(["import", str(corpus), str(SAMPLE_DIR), str(article)]) == 0
    capsys.readouterr()
    assert main(["analyze", str(corpus)]) == 3
    out, err = capsys.readouterr()
    assert out.startswith("Analysed 5 new documents; corpus now has ") and "Traceback" not in err
    warnings = [line for line in err.splitlines() if line.startswith("provenance: warning: not analysed: ")]
    assert len(warnings) == 1 and "18_5ecb.txt" in warnings[0], err
    assert ODD_FAILURES[failure] in warnings[0]
    assert "1 document could not be analysed" in err and "the next analysis tries them again" in err
    failing.undo()
    assert main(["analyze", str(corpus)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Analysed 1 new document;") and "warning" not in err


def test_analyze_names_a_document_too_long_to_analyse_says_to_split_it_and_never_retries_it(tmp_path, capsys):
    """It failed every run in spaCy's words (E088 "… increase the nlp.max_length limit"), exit 3, "tries them again"."""
    from viewer.corpus.length_limit import ANALYSIS_READS

    from tests.conftest import write_too_long

    corpus = tmp_path / "long.corpus"
    long = write_too_long(tmp_path)
    characters = len(long.read_text(encoding="utf-8"))
    article = tmp_path / "ferry.txt"
    article.write_text("Ferry late\n\nThe island ferry ran two hours late on Tuesday, the harbour office said.\n",
                       encoding="utf-8")
    assert main(["import", str(corpus), str(long), str(article)]) == 0
    capsys.readouterr()
    for run in ("first", "second"):
        assert main(["analyze", str(corpus)]) == 0, run
        out, err = capsys.readouterr()
        assert out.startswith(f"Analysed {'1 new document;' if run == 'first' else '0 new documents;'}"), (run, out)
        assert err.strip() == ("provenance: warning: not analysed: d1 “Ferry archive” (archive.txt): too long to"
                               f" analyse: {characters:,} characters, more than the analysis reads ({ANALYSIS_READS:,});"
                               " split it into parts and import those to have them analysed (as it is, it can be read"
                               " and searched)"), (run, err)


def test_import_of_records_without_a_text_field_says_how_to_name_it(tmp_path, capsys):
    feed = tmp_path / "feed.csv"
    feed.write_text("headline,content\nPort,The port reopened on Monday.\nRail,Trains ran again.\n", encoding="utf-8")
    assert main(["import", str(tmp_path / "c.corpus"), str(feed)]) == 1
    out = capsys.readouterr().out
    assert f"{feed}: 2 records, lines 2 to 3: no 'text' field (fields: content, headline)" in out
    assert "--map text=COLUMN" in out
    assert main(["import", str(tmp_path / "c.corpus"), str(feed), "--map", "text=content"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported 2 documents.") and "--map" not in out


def test_ctrl_c_during_analyze_says_how_much_is_kept_and_how_to_carry_on(imported, capsys, monkeypatch):
    """It said "the corpus holds only work that was completed before": kept, or thrown away?"""
    from viewer.analysis import documents, store

    monkeypatch.setattr(documents, "PARTITION", 2)
    write = store.write_documents
    calls = []

    def interrupted_at_the_second_partition(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return write(*args, **kwargs)

    monkeypatch.setattr(store, "write_documents", interrupted_at_the_second_partition)
    assert main(["analyze", str(imported)]) == 130
    err = capsys.readouterr().err
    assert f"Interrupted: 4 of 5 documents analysed and kept; their claims are linked to the rest when" \
           f" `provenance analyze {imported}` carries on from there." in err
    monkeypatch.setattr(store, "write_documents", write)
    assert main(["analyze", str(imported)]) == 0
    assert capsys.readouterr().out.startswith("Analysed 1 new document;")


def test_correct_unlink_of_a_claim_and_an_article_is_the_windows_lasting_unlink(sample_corpus, capsys):
    """One word for one gesture: `unlink c2 d2` records what the window's Unlink… records ("d2 does not carry claim
    [2]"), not an unlink of one pair of passages that another passage of d2 could undo at the next analysis; two
    passages still unlink that pair alone."""
    from viewer.analysis import store
    from viewer.corpus.store import Corpus

    claim = store.claim(sample_corpus, 2)
    corpus = _says_d2_does_not_carry_c2(sample_corpus, capsys, "unlink")
    a, b = claim.mentions[0], claim.mentions[1]
    assert main(["correct", corpus, "unlink", f"d{a.document}:{a.start}-{a.end}", f"d{b.document}:{b.start}-{b.end}"]) == 0
    with Corpus(corpus) as reopened:
        assert [c.kind for c in store.corrections(reopened)] == ["not-carried", "unlink"]


def _says_d2_does_not_carry_c2(sample_corpus, capsys, word: str) -> str:
    """`correct WORD c2 d2` records that d2 does not carry claim 2, and refuses an unknown claim; the corpus's path."""
    corpus = str(sample_corpus.path)
    sample_corpus.close()
    assert main(["correct", corpus, word, "c2", "d2"]) == 0
    assert "d2 does not carry claim [2]" in capsys.readouterr().out
    assert main(["correct", corpus, word, "c99", "d2"]) == 2
    assert "no claim c99" in capsys.readouterr().err
    return corpus


def test_correct_says_an_article_does_not_carry_a_claim_then_that_a_passage_of_it_does(sample_corpus, capsys):
    from viewer.analysis import claim_sources, store

    corpus = _says_d2_does_not_carry_c2(sample_corpus, capsys, "not-carried")
    from viewer.corpus.store import Corpus

    with Corpus(corpus) as reopened:
        assert 2 not in store.claim_ids(reopened)  # d1 and d2 shared it; d2 is out, so no claim is left
        (judged,) = claim_sources.judgements(reopened)
        assert not judged.applies
        d2 = [p for p in judged.correction.anchors]
    assert main(["correct", corpus, "carries", "c2", "d2:349-429"]) == 0
    with Corpus(corpus) as reopened:
        assert store.claim(reopened, 2).documents() == [1, 2] and d2 == [(1, 356, 418)]
    capsys.readouterr()
    assert main(["correct", corpus, "carries", "c2", "d2:349-429"]) == 2
    assert "already in claim c2" in capsys.readouterr().err


def test_remove_names_what_it_removed_and_refuses_an_unknown_id_removing_nothing(imported, capsys):
    assert main(["search", str(imported), "Boichenko"]) == 0
    holder = capsys.readouterr().out.split()[0]  # the one document naming him, e.g. d4
    assert main(["remove", str(imported), holder, "d9"]) == 2
    captured = capsys.readouterr()
    assert "holds no d9; nothing was removed" in captured.err and "Traceback" not in captured.err
    assert main(["list", str(imported)]) == 0
    assert capsys.readouterr().out.count("\n") == 5

    assert main(["remove", str(imported), holder, "2"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Removed 2 documents from the corpus: d2 “") and f"{holder} “" in said
    assert "the files on disk are not touched" in said
    assert main(["list", str(imported)]) == 0
    listed = capsys.readouterr().out
    assert listed.count("\n") == 3 and f"{holder}\t" not in listed and "d2\t" not in listed
    assert main(["search", str(imported), "Boichenko"]) == 0
    assert capsys.readouterr().out == ""
    assert all(path.is_file() for path in SAMPLE_DIR.glob("*.txt"))


def test_remove_refuses_a_word_that_is_no_document_id(imported, capsys):
    assert main(["remove", str(imported), "claim3"]) == 2
    assert "nothing was removed" in capsys.readouterr().err


def test_a_removal_is_kept_listed_and_taken_back_or_let_go(imported, capsys):
    assert main(["removed", str(imported)]) == 0
    assert capsys.readouterr().err.startswith("No removal is kept")
    assert main(["remove", str(imported), "d2"]) == 0
    said = capsys.readouterr().out
    assert f"Kept as removal 1: `provenance removed {imported} --restore 1` brings it back" in said
    assert main(["remove", str(imported), "d3"]) == 0
    capsys.readouterr()
    assert main(["removed", str(imported)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["1", "2"] and "d2 “" in listed[0] and "d3 “" in listed[1]

    assert main(["removed", str(imported), "--restore", "7"]) == 2
    err = capsys.readouterr().err
    assert "the corpus keeps no removal 7; it keeps 1 (d2 “" in err and "Traceback" not in err
    assert main(["removed", str(imported), "--restore", "1"]) == 0
    assert capsys.readouterr().out.startswith("Brought back 1 document: d2 “")
    assert main(["list", str(imported)]) == 0
    assert "d2\t" in capsys.readouterr().out

    assert main(["removed", str(imported), "--forget", "all"]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Forgot 1 removal (1 document): its text") and "cannot be brought back" in said
    assert main(["removed", str(imported), "--compact"]) == 0
    assert capsys.readouterr().out.startswith(f"Rewrote {imported} without the rows deleted from it")
    assert main(["removed", str(imported), "--restore", "last"]) == 2
    assert "keeps no removal; nothing was changed" in capsys.readouterr().err


def test_list_says_which_documents_an_older_reader_read_and_a_re_read_clears_it(imported, capsys):
    from viewer.corpus.store import Corpus

    assert main(["list", str(imported), "--older-reader"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("Every document was read by this version of the file readers")
    with Corpus(imported) as corpus:  # as a corpus imported before reader versions were kept (migration 14)
        with corpus.transaction() as db:
            db.execute("UPDATE documents SET text_reader = NULL WHERE id IN (1, 2)")
    assert main(["list", str(imported)]) == 0
    out, err = capsys.readouterr()
    assert "d3\t" in out and err.startswith("2 documents were read by an older version of the file readers"
                                              " (`--older-reader` lists them)")
    assert main(["list", str(imported), "--older-reader"]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["d1", "d2"]
    assert main(["reread", str(imported), "d2"]) == 0  # the file reads the same: read by this version now
    assert capsys.readouterr().out == "d2 reads the same; nothing changed (its ↻ older-reader mark goes)\n"
    assert main(["list", str(imported), "--older-reader"]) == 0
    out, err = capsys.readouterr()
    assert [line.split("\t")[0] for line in out.splitlines()] == ["d1"]
    assert main(["list", str(imported)]) == 0
    assert f"`provenance reread {imported} d1` may improve its text" in capsys.readouterr().err


def test_removed_refuses_a_word_that_is_no_removal(imported, capsys):
    with pytest.raises(SystemExit):
        main(["removed", str(imported), "--restore", "d2"])
    assert "'d2' is not a removal: give its number" in capsys.readouterr().err


def test_reread_names_why_it_cannot_and_a_file_that_reads_the_same_changes_nothing(imported, capsys):
    assert main(["reread", str(imported), "d2"]) == 0
    assert capsys.readouterr().out == "d2 reads the same; nothing changed\n"
    assert main(["reread", str(imported), "d9"]) == 2
    err = capsys.readouterr().err
    assert "the corpus holds no d9; nothing was read" in err and "Traceback" not in err
    assert main(["reread", str(imported), "claim3"]) == 2
    assert "nothing was read" in capsys.readouterr().err


def test_reread_older_reads_every_marked_document_and_names_each_refusal_at_the_end(tmp_path, capsys):
    from viewer.corpus.store import Corpus

    files = tmp_path / "articles"
    shutil.copytree(SAMPLE_DIR, files)
    corpus_path = tmp_path / "old.corpus"
    assert main(["import", str(corpus_path), str(files)]) == 0
    with Corpus(corpus_path) as corpus:  # imported before reader versions were kept; d1 read by a reader with tabs
        with corpus.transaction() as db:
            db.execute("UPDATE documents SET text_reader = NULL")
            db.execute("UPDATE documents SET text = replace(text, ' ', char(9)) WHERE id = 1")
        gone = Path(corpus.document(3).source_path)
    gone.unlink()
    capsys.readouterr()

    assert main(["reread", str(corpus_path), "--older"]) == 3  # some could not be read again
    out, err = capsys.readouterr()
    assert out.startswith("Read 1 document again from its original file (d1; notes, tags and corrections follow"
                          " their words; claims relinked); 3 documents read the same, nothing changed (d2, d4, d5)")
    assert err.splitlines()[-2:] == ["Could not read 1 document again (each left as it was):",
                                     f"  d3: the original file of d3 is not there any more ({gone}): move it back"
                                     " there to read it again; nothing was changed"]
    with Corpus(corpus_path) as corpus:
        assert "\t" not in corpus.document(1).text
    assert main(["list", str(corpus_path), "--older-reader"]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["d3"]
    assert main(["reread", str(corpus_path), "--all-older"]) == 3
    capsys.readouterr()
    gone.write_bytes((SAMPLE_DIR / gone.name).read_bytes())  # moved back: nothing is left to read again
    assert main(["reread", str(corpus_path), "--older"]) == 0
    assert capsys.readouterr().out.startswith("Read 0 documents again from their original files; 1 document read the same")
    assert main(["reread", str(corpus_path), "--older"]) == 0
    assert capsys.readouterr().out == "No document was read by an older version of its reader: nothing to read again.\n"
    assert main(["reread", str(corpus_path), "d1", "--older"]) == 2
    assert "give document ids or --older, not both; nothing was read" in capsys.readouterr().err
    assert main(["reread", str(corpus_path)]) == 2
    assert "or --older for every one an older reader read" in capsys.readouterr().err


@pytest.mark.parametrize("existing", [True, False])
def test_ctrl_c_during_export_says_the_target_is_untouched(imported, tmp_path, capsys, monkeypatch, existing):
    """It said "the corpus holds only work that was completed before", which says nothing of the report: an export
    writes beside its target and renames at the end, so the file already there is kept whole."""
    from viewer.export import report

    target = tmp_path / "report.md"
    if existing:
        target.write_text("last week's report\n", encoding="utf-8")

    def interrupted(selection, out, researcher=None):
        out.write("# Provenance report: half")
        raise KeyboardInterrupt

    monkeypatch.setattr(report, "write_markdown", interrupted)
    assert main(["export", str(imported), "-o", str(target)]) == 130
    err = capsys.readouterr().err
    if existing:
        assert f"Interrupted: nothing was written; {target} is as it was." in err
        assert target.read_text(encoding="utf-8") == "last week's report\n"
    else:
        assert f"Interrupted: nothing was written; {target} was not created." in err
        assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("report")] == (["report.md"] if existing else [])


def test_ctrl_c_during_import_says_nothing_of_the_batch_was_kept(imported, tmp_path, capsys, monkeypatch):
    from viewer.corpus import importing

    read = importing._read_file
    calls = []

    def interrupted_at_the_second_file(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return read(*args, **kwargs)

    monkeypatch.setattr(importing, "_read_file", interrupted_at_the_second_file)
    fresh = tmp_path / "fresh.corpus"
    assert main(["import", str(fresh), str(SAMPLE_DIR)]) == 130
    said = capsys.readouterr().err
    assert "nothing of this import was kept (an import is kept whole or not at all)" in said
    assert f"; no corpus was created at {fresh}." in said
    assert not fresh.exists()
    calls.clear()
    assert main(["import", str(imported), str(SAMPLE_DIR / "000_714b6fe37702d227.txt"), str(SAMPLE_DIR)]) == 130
    assert f"{imported} is as it was." in capsys.readouterr().err
    assert main(["list", str(imported)]) == 0 and len(capsys.readouterr().out.splitlines()) == 5


def test_ctrl_c_while_the_commands_load_is_no_traceback(imported, capsys, monkeypatch):
    """The commands take a second or two to load on a busy machine; a Ctrl-C then printed a Python traceback."""
    import sys

    class Interrupting:
        def find_spec(self, name, path=None, target=None):
            if name == "viewer.commands":
                raise KeyboardInterrupt
            return None

    monkeypatch.delitem(sys.modules, "viewer.commands")
    monkeypatch.setattr(sys, "meta_path", [Interrupting(), *sys.meta_path])
    assert main(["list", str(imported)]) == 130
    assert "Interrupted:" in capsys.readouterr().err


def test_import_help_names_every_kind_of_file_it_reads(capsys):
    """`import --help` said nothing of what it reads: a new user learnt the kinds of file from the README only."""
    from viewer.corpus.formats import SUPPORTED_SUFFIXES

    with pytest.raises(SystemExit):
        main(["import", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert all(suffix in said for suffix in SUPPORTED_SUFFIXES), SUPPORTED_SUFFIXES
    assert "one transaction" in said and "files or folders to import" in said


def test_a_page_dated_in_a_zone_dateutil_does_not_know_imports_without_a_python_warning(tmp_path):
    """A saved Globe and Mail page dated "2014-12-29 08:57:25 EST": `import` printed dateutil's UnknownTimezoneWarning,
    with the library's path, above its report."""
    import subprocess
    import sys

    page = tmp_path / "globe.html"
    page.write_text('<html><head><meta name="last-modified" content="2014-12-29 08:57:25 EST"><title>Final manoeuvre'
                    '</title></head><body><article><p>The jet climbed steeply before it vanished, a source said on'
                    ' Monday.</p><p>Search teams resumed at dawn, the agency said in a statement.</p></article></body>'
                    '</html>')
    done = subprocess.run([sys.executable, "-m", "viewer.cli", "import", str(tmp_path / "c.corpus"), str(page)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "Imported 1 document" in done.stdout
    assert done.stderr == ""
