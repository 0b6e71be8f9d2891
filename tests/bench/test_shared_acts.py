"""bench/shared_acts.py counts links by whether their two mentions share an act, right and wrong apart."""
from __future__ import annotations

# Two reports of one shooting: the lead and its restatement share the act; the lead and the arrest do not.
FIRST = "Police said a man shot a teenager on Main Street on Friday. The teenager is in hospital."
SECOND = "A teenager was shot on Main Street, police said. Officers arrested a suspect on Saturday."


def _export(pairs: list[tuple[str, str]]) -> dict:
    """An export holding one claim per pair of sentences, the first from FIRST and the second from SECOND."""
    documents = [{"id": "d1", "source": {"path": "a.txt"}, "text": FIRST},
                 {"id": "d2", "source": {"path": "b.txt"}, "text": SECOND}]
    claims = []
    for one, other in pairs:
        claims.append({"mentions": [
            {"document": "d1", "start": FIRST.index(one), "end": FIRST.index(one) + len(one)},
            {"document": "d2", "start": SECOND.index(other), "end": SECOND.index(other) + len(other)}]})
    return {"documents": documents, "claims": claims}


def _events(chains_a: list[list[str]], chains_b: list[list[str]]) -> dict:
    def sentences(text, chains):
        parts = [s + "." for s in text.rstrip(".").split(". ")]
        starts = [text.index(p) for p in parts]
        return [{"n": n, "start": s, "end": s + len(p), "annotated": True, "chains": c}
                for n, (p, s, c) in enumerate(zip(parts, starts, chains))]
    return {"a.txt": {"event": "e", "sentences": sentences(FIRST, chains_a)},
            "b.txt": {"event": "e", "sentences": sentences(SECOND, chains_b)}}


def test_a_restatement_shares_its_act_and_another_action_does_not(bench_script):
    acts = bench_script("shared_acts")
    assert acts.shares_act("a man shot a teenager on Main Street", "A teenager was shot on Main Street")
    assert not acts.shares_act("a man shot a teenager on Main Street", "Officers arrested a suspect on Saturday")


def test_links_are_counted_by_chain_verdict_and_shared_act(bench_script):
    acts = bench_script("shared_acts")
    export = _export([("Police said a man shot a teenager on Main Street on Friday.",
                       "A teenager was shot on Main Street, police said."),
                      ("Police said a man shot a teenager on Main Street on Friday.",
                       "Officers arrested a suspect on Saturday.")])
    counts = acts.tally(export, _events([["shot"], ["hospital"]], [["shot"], ["arrest"]]), None)
    assert counts[True, "right"] == 1
    assert counts[False, "wrong"] == 1


def test_judged_links_are_counted_and_unjudged_ones_left_out(bench_script):
    acts = bench_script("shared_acts")
    lead, arrest = "Police said a man shot a teenager on Main Street on Friday.", "Officers arrested a suspect on Saturday."
    export = _export([(lead, arrest), ("The teenager is in hospital.", "A teenager was shot on Main Street, police said.")])
    verdicts = {("a.txt", lead, "b.txt", arrest): "W", ("b.txt", arrest, "a.txt", lead): "W"}
    counts = acts.tally(export, {}, verdicts)
    assert counts[False, "wrong"] == 1
    assert sum(counts.values()) == 1
