import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostile_files import FIXTURES, SAMPLE_DIR, blank_pdf, text_pdf
from viewer.corpus.file_progress import SHARE
from viewer.corpus.formats import SUPPORTED_SUFFIXES
from viewer.corpus.importing import ImportOptions, import_paths
from viewer.jobs import Cancelled, TaskState
from viewer.corpus.store import Corpus, CorpusError

READ_HERE = ", ".join(SUPPORTED_SUFFIXES)

SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _article(number: int) -> str:
    """A made-up English report, different for every number (unique hash, not a near-duplicate)."""
    rng = random.Random(number)
    places = ["Mariupol", "Kharkiv", "Odesa", "Kyiv", "Donetsk", "Zaporizhzhia", "Mykolaiv", "Lviv", "Sumy"]
    things = ["the corridor", "the ministry", "the brigade", "the convoy", "the plant", "the talks", "the mayor"]
    sentences = [
        f"Officials in {rng.choice(places)} said on {rng.choice(['Monday', 'Tuesday', 'Friday'])} that"
        f" {rng.randint(2, 9999)} people were waiting for {rng.choice(things)} and that it was {rng.choice(['not', 'still', 'already'])}"
        f" possible to reach {rng.choice(places)} by {rng.choice(['road', 'rail', 'sea'])}."
        for _ in range(6)
    ]
    return f"Wirecopy {number} on the siege\n\n" + " ".join(sentences) + "\n"


def _write_articles(folder, count):
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"a{number:04d}.txt").write_text(_article(number), encoding="utf-8")
    return folder


def test_sample_sentences_are_stored_unchanged(memory_corpus, sample_texts):
    report = import_paths(memory_corpus, [SAMPLE_DIR])
    assert len(report.imported) == 5 and not report.failed and not report.skipped
    stored = {os.path.basename(path): memory_corpus.document(doc_id).text for path, doc_id in report.imported}
    for name, original in sample_texts.items():
        for sentence in SENTENCE.findall(original):
            assert sentence in stored[name]
        assert stored[name] == original


def test_sample_import_metadata_and_boilerplate(memory_corpus):
    report = import_paths(memory_corpus, [SAMPLE_DIR])
    ids = {os.path.basename(path)[:3]: doc_id for path, doc_id in report.imported}
    first = memory_corpus.document(ids["000"])
    assert (first.outlet, first.language, first.source_format, first.published) == ("BNR", "en", "txt", None)
    assert first.source_path == str(SAMPLE_DIR / "000_714b6fe37702d227.txt")
    assert first.sha256 == hashlib.sha256((SAMPLE_DIR / "000_714b6fe37702d227.txt").read_bytes()).hexdigest()
    dated = memory_corpus.document(ids["001"])
    assert dated.published == "2022-04-13" and dated.text.startswith(" date 2022-04-13 Russia said")
    [(span, kind)] = [m for m in memory_corpus.boilerplate_kinds(ids["001"]) if m[1] == "metadata"]
    assert span.text_of(dated.text) == "date 2022-04-13"
    kinds = [kind for _span, kind in memory_corpus.boilerplate_kinds(ids["004"])]
    assert kinds == ["see-also", "see-also", "caption", "see-also", "see-also", "caption", "credit", "more-news"]


def test_originals_are_never_modified(memory_corpus, tmp_path):
    folder = shutil.copytree(SAMPLE_DIR, tmp_path / "sample")
    before = {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest()) for p in folder.iterdir()}
    import_paths(memory_corpus, [folder])
    assert before == {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest()) for p in folder.iterdir()}


def test_exact_duplicates_are_skipped_with_the_document_id(memory_corpus):
    first = import_paths(memory_corpus, [SAMPLE_DIR / "000_714b6fe37702d227.txt"])
    again = import_paths(memory_corpus, [SAMPLE_DIR, SAMPLE_DIR / "001_19b88c1551e802fc.txt"])
    [(_path, doc_id)] = first.imported
    assert (str(SAMPLE_DIR / "000_714b6fe37702d227.txt"), f"exact duplicate of d{doc_id}") in again.skipped
    assert len(again.imported) == 4 and len(again.skipped) == 2
    assert memory_corpus.document_count() == 5


def test_near_duplicate_capture_is_imported_and_flagged(memory_corpus, tmp_path):
    original = (SAMPLE_DIR / "004_f23ed1886adc987c.txt").read_text(encoding="utf-8")
    recapture = "Share on Facebook\n\n" + re.sub(r"\n\n", "\n\n\n", original).replace(" the ", "  the ")
    recapture += "\n\n© 2022 Another Site. All rights reserved.\n"
    (tmp_path / "recapture.txt").write_text(recapture, encoding="utf-8")
    first = import_paths(memory_corpus, [SAMPLE_DIR])
    second = import_paths(memory_corpus, [tmp_path / "recapture.txt"])
    [(_path, new_id)] = second.imported
    earlier = dict((os.path.basename(p)[:3], i) for p, i in first.imported)["004"]
    assert second.near_duplicates == [(new_id, earlier)]
    assert memory_corpus.document(new_id).near_duplicate_of == earlier
    assert first.near_duplicates == []  # reports of the same event are not near-duplicates
    # named as the window and the other commands name documents, with their files ("document 6 looks like document 5")
    assert second.summary().splitlines()[-1] == (
        f"  d{new_id} ({tmp_path / 'recapture.txt'}) looks like d{earlier} ({SAMPLE_DIR / '004_f23ed1886adc987c.txt'}):"
        " the two share every claim")


def test_near_duplicates_found_after_reopening_and_within_one_batch(tmp_path):
    text = (SAMPLE_DIR / "002_fa0ffd6030053c64.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("\n\n", "\n \n"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(text.replace(". ", ".  "), encoding="utf-8")
    with Corpus(tmp_path / "x.corpus") as corpus:
        batch = import_paths(corpus, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert batch.near_duplicates == [(2, 1)]
    with Corpus(tmp_path / "x.corpus") as corpus:
        assert import_paths(corpus, [tmp_path / "c.txt"]).near_duplicates == [(3, 1)]


def test_hostile_fixtures_in_one_batch(memory_corpus, tmp_path):
    folder = shutil.copytree(FIXTURES, tmp_path / "fixtures")
    (folder / "scan.pdf").write_bytes(blank_pdf())
    (folder / "locked.pdf").write_bytes(blank_pdf(password="secret"))
    (folder / "good.pdf").write_bytes(text_pdf(["Negotiations are not continuing, Rudenko said."]))
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.odt").write_bytes(b"PK\x03\x04")
    options = ImportOptions(field_map={"text": "body", "outlet": "source", "published": "date"})
    report = import_paths(memory_corpus, [folder], options)
    failed = {os.path.relpath(where, folder): reason for where, reason in report.failed}
    assert set(failed) == {"corrupt.pdf", "locked.pdf", "scan.pdf", "picture.txt", "bad_row.csv:3",
                           "malformed.jsonl:4", "malformed.jsonl:5", "malformed.jsonl:7"}
    assert failed["scan.pdf"].startswith("needs OCR")
    assert failed["picture.txt"] == "binary content (a PNG picture, not a text file)"
    assert failed["locked.pdf"].startswith("encrypted PDF")
    skipped = {os.path.relpath(where, folder): reason for where, reason in report.skipped}
    assert skipped == {".": f"1 file of a kind not read here (.odt; {READ_HERE} are)", "empty.txt": "empty file"}
    imported = sorted(os.path.relpath(where, folder) for where, _ in report.imported)
    assert imported == ["article.md", "bad_row.csv:2", "bad_row.csv:4", "broken.html", "cp1251.txt", "good.pdf",
                        "latin1.txt", "malformed.jsonl:1", "malformed.jsonl:2", "malformed.jsonl:6"]
    by_name = {os.path.relpath(where, folder): memory_corpus.document(i) for where, i in report.imported}
    assert by_name["cp1251.txt"].language == "ru" and "твёрдо сохраняют" in by_name["cp1251.txt"].text
    assert by_name["latin1.txt"].language == "fr"
    assert by_name["malformed.jsonl:1"].outlet == "BNR" and by_name["malformed.jsonl:1"].published == "2022-04-13"
    assert by_name["malformed.jsonl:1"].source_path == f"{folder / 'malformed.jsonl'}:1"
    assert by_name["broken.html"].outlet == "Example Wire" and "INJECTED" not in by_name["broken.html"].text
    assert by_name["good.pdf"].source_format == "pdf"


def test_size_limit_refuses_with_size_and_limit(memory_corpus, tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    report = import_paths(memory_corpus, [big])
    assert report.skipped == [(str(big), "too large: 200.0 MB (the limit is 50.0 MB)")]
    small = import_paths(memory_corpus, [SAMPLE_DIR / "000_714b6fe37702d227.txt"], ImportOptions(max_bytes=1000))
    assert small.skipped[0][1] == "too large: 2.1 KB (the limit is 1000 bytes)"
    assert memory_corpus.document_count() == 0


def test_a_document_longer_than_the_analysis_reads_is_imported_with_a_warning(memory_corpus, tmp_path):
    """A 4.9 MB report imported silently, then each analysis failed on it with spaCy's E088 (“… If you're not
    using the parser or NER, it's probably safe to increase the nlp.max_length limit”) and promised to try again."""
    from viewer.corpus.importing import ANALYSIS_READS

    sentence = "Police said the road near the bridge was closed on Monday night, officials said. "
    long = tmp_path / "long.txt"
    long.write_text("A long report\n\n" + sentence * (ANALYSIS_READS // len(sentence) + 1), encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("A short report\n\n" + sentence * 10, encoding="utf-8")
    report = import_paths(memory_corpus, [long, short])
    assert len(report.imported) == 2
    assert [where for where, _why in report.warnings] == [str(long)]
    summary = report.summary()
    assert f"more than the analysis reads ({ANALYSIS_READS:,})" in summary and "split it into parts" in summary


def test_the_length_the_import_warns_at_is_the_one_the_parser_refuses():
    import spacy

    from viewer.corpus.importing import ANALYSIS_READS

    assert spacy.blank("en").max_length == ANALYSIS_READS


def test_missing_path_and_folder_without_supported_files(memory_corpus, tmp_path):
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    report = import_paths(memory_corpus, [tmp_path / "nope.txt", tmp_path / "empty-folder", tmp_path / "images"])
    assert report.failed[0] == (str(tmp_path / "nope.txt"), "no such file or folder")
    assert report.failed[1][1] == "an empty folder: it holds no files, nor do its subfolders"
    assert report.failed[2][1].startswith("no supported files in this folder (.txt, .md")
    assert report.failed[2][0] == str(tmp_path / "images")
    assert report.skipped == [(str(tmp_path / "images"), f"1 file of a kind not read here (.jpg; {READ_HERE} are)")]


def test_saved_page_asset_folders_are_left_out(memory_corpus, tmp_path):
    shutil.copy(FIXTURES / "broken.html", tmp_path / "page.html")
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "ad.html").write_text("<p>An advert that is not an article at all, buy now.</p>")
    report = import_paths(memory_corpus, [tmp_path])
    assert [os.path.basename(p) for p, _ in report.imported] == ["page.html"]


def test_summary_says_what_happened(memory_corpus, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    report = import_paths(memory_corpus, [SAMPLE_DIR, tmp_path / "empty.txt", tmp_path / "gone.txt"])
    assert report.summary() == "\n".join([
        "Imported 5 documents.",
        "Skipped 1 file:",
        f"  {tmp_path / 'empty.txt'}: empty file",
        "Failed 1 path that does not exist:",
        f"  {tmp_path / 'gone.txt'}: no such file or folder",
    ])


def test_summary_gives_the_records_of_one_file_that_fail_alike_one_line(memory_corpus, tmp_path):
    rows = "".join(f"t{n},Body {n}.\n" for n in range(12))
    (tmp_path / "a.csv").write_text("title,body\n" + rows + "t12,Body 12.,extra\n" + rows, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"body": "x"}\n{"body": "y"}\n', encoding="utf-8")
    report = import_paths(memory_corpus, [tmp_path / "a.csv", tmp_path / "b.jsonl", tmp_path / "c.txt"])
    assert len(report.failed) == 28  # each record still reported on its own
    assert report.summary().splitlines()[1:] == [
        "Failed 1 path that does not exist and 27 records of 2 files:",
        f"  {tmp_path / 'c.txt'}: no such file or folder",
        f"  {tmp_path / 'a.csv'}: 12 records, lines 2 to 13: no 'text' field (fields: body, title)",
        f"  {tmp_path / 'a.csv'}:14: expected 2 fields, found 3",  # not ":14: line 14:"
        f"  {tmp_path / 'a.csv'}: 12 records, lines 15 to 26: no 'text' field (fields: body, title)",
        f"  {tmp_path / 'b.jsonl'}: 2 records, lines 1 to 2: no 'text' field (fields: body)",
    ]


def test_summary_counts_the_failed_records_of_a_json_list_as_records_of_one_file(memory_corpus, tmp_path):
    """A JSON list's records name no line, so a list of 3 numbers counted as 3 failed files: "Failed 4 files" over a
    report of 2 lines."""
    (tmp_path / "numbers.json").write_text("[1, 2, 3]", encoding="utf-8")
    report = import_paths(memory_corpus, [tmp_path / "numbers.json", tmp_path / "gone.txt"])
    assert report.summary().splitlines()[1:] == [
        "Failed 1 path that does not exist and 3 records of 1 file:",
        f"  {tmp_path / 'gone.txt'}: no such file or folder",
        f"  {tmp_path / 'numbers.json'}: 3 records, records 1 to 3: not an object with fields",
    ]


# -- all or nothing ------------------------------------------------------------------------


def test_disk_full_keeps_none_of_the_batch(tmp_path):
    folder = _write_articles(tmp_path / "articles", 300)
    with Corpus(tmp_path / "full.corpus") as corpus:
        import_paths(corpus, [SAMPLE_DIR])
        pages = corpus.db.execute("PRAGMA page_count").fetchone()[0]
        corpus.db.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(CorpusError, match="disk is full"):
            import_paths(corpus, [folder])
        assert corpus.document_count() == 5
    with Corpus(tmp_path / "full.corpus") as corpus:
        assert corpus.document_count() == 5
        assert corpus.db.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Wirecopy'").fetchone()[0] == 0


def test_keyboard_interrupt_while_saving_keeps_none(memory_corpus, tmp_path):
    folder = _write_articles(tmp_path / "articles", 600)

    def progress(done, total, path):
        if path == "saving" and progress.saving_calls == 1:
            raise KeyboardInterrupt
        progress.saving_calls += path == "saving"

    progress.saving_calls = 0
    with pytest.raises(KeyboardInterrupt):
        import_paths(memory_corpus, [folder], state=TaskState(progress))
    assert memory_corpus.document_count() == 0
    assert memory_corpus.db.execute("SELECT count(*) FROM boilerplate").fetchone()[0] == 0
    assert len(import_paths(memory_corpus, [folder]).imported) == 600  # the corpus is still usable


def test_cancel_while_saving_keeps_none(memory_corpus, tmp_path):
    folder = _write_articles(tmp_path / "articles", 600)
    state = TaskState(lambda done, total, what: what == "saving" and done > 0 and state.cancel())  # after 500 rows
    with pytest.raises(Cancelled, match="nothing of this import was kept"):
        import_paths(memory_corpus, [folder], state=state)
    assert memory_corpus.document_count() == 0
    assert memory_corpus.db.execute("SELECT count(*) FROM boilerplate").fetchone()[0] == 0


def test_cancel_from_progress_callback(memory_corpus):
    def progress(done, total, path):
        if done == 2 * SHARE:  # the third file begun
            raise Cancelled

    with pytest.raises(Cancelled, match="nothing of this import was kept"):
        import_paths(memory_corpus, [SAMPLE_DIR], state=TaskState(progress))
    assert memory_corpus.document_count() == 0


def test_progress_reports_every_file(memory_corpus):
    seen = []
    import_paths(memory_corpus, [SAMPLE_DIR], state=TaskState(lambda done, total, what: seen.append((done, total, what))))
    assert seen[0] == (0, 0, "looking for files")  # no count yet: the bar runs busy while folders are walked
    begun = [(done, total) for done, total, what in seen[1:] if what.startswith("reading ") and ": " not in what]
    assert begun == [(n * SHARE, 5 * SHARE) for n in range(5)]  # each file a stretch, its own steps within it
    assert seen[1][2].startswith("reading ") and seen[1][2].endswith("000_714b6fe37702d227.txt")
    assert seen[-1][2] == "saving"


def test_read_only_corpus_is_a_clear_error(tmp_path):
    Corpus(tmp_path / "ro.corpus").close()
    with Corpus(tmp_path / "ro.corpus", read_only=True) as corpus:
        with pytest.raises(CorpusError, match="read-only"):
            import_paths(corpus, [SAMPLE_DIR])


KILLED_IMPORT = """
import sys, time
from pathlib import Path
from viewer.corpus.importing import import_paths
from viewer.corpus.store import Corpus
from viewer.jobs import TaskState

corpus_path, folder, marker = sys.argv[1:]
saving = []

def progress(done, total, path):
    if path == "saving":
        saving.append(1)
        if len(saving) == 2:  # the first 500 rows are written, inside the open transaction
            Path(marker).write_text("saving")
            time.sleep(60)

import_paths(Corpus(corpus_path), [folder], state=TaskState(progress))
"""


def test_process_killed_mid_import_leaves_none(tmp_path):
    folder = _write_articles(tmp_path / "articles", 600)
    corpus_path, marker = tmp_path / "killed.corpus", tmp_path / "saving"
    with Corpus(corpus_path) as corpus:
        import_paths(corpus, [SAMPLE_DIR])
    child = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(corpus_path), str(folder), str(marker)],
                             cwd=Path(__file__).resolve().parents[2])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the child never reached the saving stage"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with Corpus(corpus_path) as corpus:
        assert corpus.document_count() == 5
        assert corpus.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert len(import_paths(corpus, [folder]).imported) == 600


def test_observers_hear_of_new_documents_once_per_import_and_not_for_nothing(memory_corpus, tmp_path):
    heard = []
    memory_corpus.documents_did_change.connect(lambda: heard.append("documents"))
    (tmp_path / "a.txt").write_text(_article(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(_article(2), encoding="utf-8")
    import_paths(memory_corpus, [tmp_path])
    assert heard == ["documents"]
    import_paths(memory_corpus, [tmp_path])  # both are exact duplicates now: nothing new
    assert heard == ["documents"]


def test_import_into_an_empty_file_makes_it_a_corpus(tmp_path):
    """What a second import sees while the first is creating the same file: the file is there but
    holds nothing yet. Opening it elsewhere is refused as 'empty'; importing into it makes a corpus."""
    from viewer.corpus.importing import import_into

    path = tmp_path / "being-created.corpus"
    path.write_bytes(b"")
    report = import_into(path, [SAMPLE_DIR])
    assert len(report.imported) == 5 and not report.failed
    with Corpus(path, create=False) as corpus:
        assert corpus.document_count() == 5


def test_web_page_lines_of_a_raw_text_are_marked_and_the_text_is_stored_as_it_was(memory_corpus, tmp_path):
    """A copied news page keeps its video player and sign-up forms; import marks those lines, so
    the analysis leaves them out, and stores the text unchanged, so every stored span still cuts
    the words it names. Prose that many reports repeat ("The investigation is ongoing.") stays."""
    text = ("Man charged in drive-by shooting\n\nPlease enable Javascript to watch this video\n\n"
            "KENT, Wash. -- Prosecutors charged a 25-year-old man with murder on Monday.\n\nAdvertisement\n\n"
            "The investigation is ongoing.\n\nNo arrests have been made.\n\nYour notification has been saved.\n\n"
            "Email notifications are only sent once a day, and only if there are new matching items.\n")
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    [(_path, document_id)] = import_paths(memory_corpus, [tmp_path / "page.txt"]).imported
    stored = memory_corpus.document(document_id).text
    page = [span.text_of(stored) for span, kind in memory_corpus.boilerplate_kinds(document_id) if kind == "page"]
    assert stored == text
    assert page == ["Please enable Javascript to watch this video", "Advertisement", "Your notification has been saved.",
                    "Email notifications are only sent once a day, and only if there are new matching items."]


def test_summary_counts_a_folder_with_nothing_to_read_as_a_folder_not_a_file(memory_corpus, tmp_path):
    """"Failed 3 files" for one file that failed and two folders that held nothing to read."""
    (tmp_path / "empty").mkdir()
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "bad.pdf").write_text("not a pdf", encoding="utf-8")
    report = import_paths(memory_corpus, [tmp_path / "empty", tmp_path / "pictures", tmp_path / "bad.pdf"])
    lines = report.summary().splitlines()
    assert lines[:2] == ["Imported 0 documents.", "Skipped 1 file:"]  # the picture
    assert lines[3] == "Failed 1 file and 2 folders:"


def test_summary_counts_records_skipped_as_duplicates_as_records(memory_corpus, tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "The ferry left at noon."}\n{"text": "The ferry left at noon."}\n', encoding="utf-8")
    assert import_paths(memory_corpus, [path]).summary().splitlines()[1] == "Skipped 1 record of 1 file:"
