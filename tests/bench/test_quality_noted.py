"""bench/quality.py counts the noted claims (two reports' spans, noted by hand) that one claim of a checkout links."""
from __future__ import annotations


def _export() -> dict:
    """One claim joins a.txt's first sentence to b.txt's; the second sentences are in claims of their own."""
    texts = {"a.txt": "Fire hit the mill. Three were hurt.", "b.txt": "A fire hit a mill. 3 people hurt."}
    documents = [{"id": f"d{i}", "source": {"path": name}, "text": text} for i, (name, text) in enumerate(texts.items(), 1)]
    fire = [{"document": "d1", "start": 0, "end": 18}, {"document": "d2", "start": 0, "end": 18}]
    hurt = [{"document": "d1", "start": 19, "end": 35}, {"document": "c9", "start": 0, "end": 5}]
    return {"documents": documents, "claims": [{"mentions": fire}, {"mentions": hurt}]}


def test_a_noted_claim_is_linked_when_one_claim_overlaps_both_spans(bench_script, tmp_path):
    quality = bench_script("quality")
    path = tmp_path / "misses.tsv"
    path.write_text("set\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\tverdict\n"
                    "s\ta.txt\t5\t9\tb.txt\t2\t18\tM\n"  # inside the fire claim's two mentions
                    "s\ta.txt\t19\t35\tb.txt\t19\t34\tM\n"  # the hurt claim holds no mention of b.txt
                    "s\ta.txt\t0\t18\tb.txt\t19\t34\tM\n",  # two claims, one span each
                    encoding="utf-8")
    noted = quality.read_noted(path)
    assert [n.a for n in noted] == [("a.txt", 5, 9), ("a.txt", 19, 35), ("a.txt", 0, 18)]
    assert quality.linked_noted(_export(), noted) == [True, False, False]
    assert quality.noted_line(_export(), noted) == "noted claims linked 0.333 (1 of 3)"


def test_spans_that_only_touch_a_mention_are_not_linked(bench_script, tmp_path):
    quality = bench_script("quality")
    noted = [quality.Noted("s", ("a.txt", 18, 19), ("b.txt", 0, 4))]
    assert quality.linked_noted(_export(), noted) == [False]
