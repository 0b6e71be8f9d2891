"""The import's bar moves inside one long file (a PDF's pages, a record file's records, a long text's steps), not only
from file to file: a 300-page PDF showed "reading X (0%)" until it was done."""
from __future__ import annotations

import json
import random

from hostile_files import pages_pdf
from viewer.corpus.boilerplate import RULES
from viewer.corpus.dating import READINGS
from viewer.corpus.file_progress import SHARE
from viewer.corpus.importing import import_paths
from viewer.jobs import TaskState

WORDS = ("harbour road council bridge mayor repairs reopened storm damage ferry crews said on Friday that the"
         " closure would last until").split()


def _sentences(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(count)]


class Seen(TaskState):
    """Every step the import says, and when the reader had reached which page (the page count it said last)."""

    def __init__(self) -> None:
        super().__init__(lambda done, total, said: self.steps.append((done, total, said)))
        self.steps: list[tuple[int, int, str]] = []

    def reading(self) -> list[tuple[int, int, str]]:
        return [step for step in self.steps if step[2].startswith("reading")]


def test_a_long_pdf_moves_the_bar_page_by_page_before_it_is_read_whole(memory_corpus, tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(pages_pdf([[sentence] for sentence in _sentences(40)]))
    seen = Seen()
    assert len(import_paths(memory_corpus, [path], state=seen).imported) == 1
    reading = seen.reading()
    pages = [done for done, total, said in reading if said.endswith("of 40 pages read")]
    assert len(pages) == 40 and pages[0] == 0 < pages[1] < pages[-1] < SHARE // 2  # the first half of its stretch
    assert f"reading {path}: 39 of 40 pages read" in [said for _done, _total, said in reading]
    assert [done for done, _total, _said in reading] == sorted(done for done, _total, _said in reading)
    assert {total for _done, total, _said in reading} == {SHARE}


def test_a_record_file_moves_the_bar_record_by_record(memory_corpus, tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps({"text": s}) + "\n" for s in _sentences(50, seed=2)), encoding="utf-8")
    seen = Seen()
    assert len(import_paths(memory_corpus, [path], state=seen).imported) == 50
    prepared = [done for done, _total, said in seen.reading() if "documents read for their boilerplate" in said]
    assert len(set(prepared)) >= 50 and SHARE // 2 <= prepared[0] < prepared[-1] < SHARE
    assert any(said.endswith("25 of 50 documents read for their boilerplate and dates") for *_, said in seen.steps)


def test_one_long_text_says_its_steps_and_a_folder_gives_each_file_its_stretch(memory_corpus, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("\n\n".join(_sentences(300, seed=3)), encoding="utf-8")
    (folder / "b.pdf").write_bytes(pages_pdf([[s] for s in _sentences(4, seed=4)]))
    seen = Seen()
    assert len(import_paths(memory_corpus, [folder], state=seen).imported) == 2
    steps = [(done, said.rpartition(": ")[2]) for done, total, said in seen.reading() if "a.txt" in said]
    preparing = [(done, said) for done, said in steps if done >= SHARE // 2]
    assert preparing[0] == (SHARE // 2, "finding its boilerplate")
    assert [done for done, _said in preparing] == sorted({done for done, _said in preparing})  # on, never back
    assert len(preparing) == 1 + len(RULES) + READINGS and preparing[-1][0] < SHARE  # a step each rule, each reading
    seventh = SHARE // 2 + (SHARE // 2) * 7 // (len(RULES) + READINGS)
    assert (seventh, f"finding its boilerplate (7 of {len(RULES)} rules)") in preparing
    assert preparing[-3][1] == f"finding its dates ({READINGS - 2} of {READINGS} readings)"
    pdf = [done for done, total, said in seen.reading() if "b.pdf" in said]
    assert {total for _done, total, _said in seen.reading()} == {2 * SHARE} and SHARE <= min(pdf) < max(pdf) < 2 * SHARE
