"""training/count_judgement_words.py: the strongly subjective nouns and adjectives of the MPQA clues, kept as written."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "training" / "count_judgement_words.py"
_SPEC = importlib.util.spec_from_file_location("count_judgement_words", _PATH)
judgement_words = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(judgement_words)

_CLUES = ("type=strongsubj len=1 word1=hypocrisy pos1=noun stemmed1=n priorpolarity=negative\n"
          "type=weaksubj len=1 word1=violent pos1=adj stemmed1=n priorpolarity=negative\n"
          "type=strongsubj len=1 word1=contradict pos1=verb stemmed1=y priorpolarity=negative\n"
          "type=strongsubj len=1 word1=troubling pos1=anypos stemmed1=y priorpolarity=negative\n"
          "type=strongsubj len=1 word1=aberration pos1=adj stemmed1=n priorpolarity=negative\n"
          "type=strongsubj len=1 word1=aberration pos1=noun stemmed1=n priorpolarity=negative\n")


def test_only_strong_nouns_and_adjectives_are_kept():
    assert judgement_words.strong_clues(_CLUES) == {"hypocrisy": {"NOUN": "negative"}, "troubling": {"ANY": "negative"},
                                                    "aberration": {"ADJ": "negative", "NOUN": "negative"}}


def test_the_written_table_reads_back_with_its_source():
    written = judgement_words.table(_CLUES)
    read = json.loads(judgement_words.dumped(written))
    assert read == written and "MPQA" in read["source"] and len(read["sha256"]) == 64
