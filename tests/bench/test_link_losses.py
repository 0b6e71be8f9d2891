"""bench/link_losses.py puts every same-action sentence pair down to the stage that lost it, or to found."""
from __future__ import annotations

from viewer.analysis.claims import linking
from viewer.analysis.claims.units import claim_units
from viewer.analysis.claims.verifier import fitted
from viewer.analysis.segment import Unparsed, parse_many

# Three reports of one fire: the first two open with the same sentence; the third says it in other words. The
# mayor's thanks are annotated with the injuries' action, as ECB+'s chains are looser than claims: two pairs to lose.
TEXTS = [
    ("A fire destroyed the town hall in Millbrook on Monday, officials said.", "Three firefighters were hurt."),
    ("A fire destroyed the town hall in Millbrook on Monday, officials said.", "The mayor thanked the crews."),
    ("Millbrook's town hall burned down at the start of the week.", "Three firefighters were injured."),
]
CHAINS = [(["fire"], ["hurt"]), (["fire"], ["hurt"]), (["fire"], ["hurt"])]


def _set() -> dict:
    """The reports in `fit_verifier.ecb_set`'s shape, every sentence annotated with its action chain."""
    documents, texts = [], []
    for sentences, chains in zip(TEXTS, CHAINS):
        text = " ".join(sentences)
        starts = [text.index(s) for s in sentences]
        annotated = [{"start": start, "end": start + len(s), "annotated": True, "chains": c}
                     for s, start, c in zip(sentences, starts, chains)]
        documents.append({"event": "fire", "topic": 1, "sentences": annotated})
        texts.append(text)
    units = [u for parsed in parse_many(Unparsed(k, t, []) for k, t in enumerate(texts)) for u in claim_units(parsed)]
    return {"names": [f"{k}.txt" for k in range(len(texts))], "documents": documents, "units": units}


def test_each_gold_pair_is_found_or_put_down_to_one_stage(bench_script):
    losses_module = bench_script("link_losses")
    found = _set()
    assert len(losses_module.gold_sentence_pairs(found)) == 6  # each action in each pair of reports
    losses, refused = losses_module.link_losses(found, fitted())
    assert sum(losses.values()) == 6
    assert set(losses) <= set(losses_module.STAGES)
    assert losses["found"] >= 1  # the opening sentence the first two reports share word for word
    assert losses["found"] <= 4 and len(refused) <= 6 - losses["found"]  # the thanks are no injuries
    assert linking.PairScores is losses_module.KeptScores.__mro__[1]  # the linker is left as it was


def test_pairs_judged_one_claim_are_each_found_or_put_down_to_one_stage(bench_script, tmp_path):
    """The same count for hand-judged unit pairs: the reports written as a set's documents, the two shared
    openings judged one claim (found), the thanks and the injuries judged not (never counted)."""
    from viewer.analysis.claims.judged_pairs import judged_units, read_judged

    losses_module = bench_script("link_losses")
    docs = tmp_path / "sets" / "fire" / "docs"
    docs.mkdir(parents=True)
    texts = [" ".join(sentences) for sentences in TEXTS]
    for k, text in enumerate(texts):
        (docs / f"{k}.txt").write_text(text, encoding="utf-8")

    def place(k: int, sentence: str) -> list:
        start = texts[k].index(sentence)
        return [f"sets/fire/docs/{k}.txt", start, start + len(sentence)]

    rows = [[1, *place(0, TEXTS[0][0]), *place(1, TEXTS[1][0])], [0, *place(1, TEXTS[1][1]), *place(2, TEXTS[2][1])]]
    lines = ["label\thalf\tevent\tdoc_a\tstart_a\tend_a\tdoc_b\tstart_b\tend_b"]
    lines += ["\t".join(map(str, [label, "check", "fire", *rest])) for label, *rest in rows]
    (tmp_path / "pairs.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    judged = judged_units(read_judged(tmp_path / "pairs.tsv"), tmp_path)
    assert len(judged.pairs) == 2 and judged.corpora() == [[0, 1, 2]]
    assert losses_module.judged_losses(judged, fitted()) == {"found": 1}


def test_each_missed_pair_is_kept_with_its_stage_and_each_unjoined_article_pair_is_put_down_too(bench_script):
    from collections import Counter

    losses_module = bench_script("link_losses")
    lost, unjoined = [], Counter()
    losses, _refused = losses_module.link_losses(_set(), fitted(), lost, unjoined)
    assert Counter(x.stage for x in lost) == Counter({s: n for s, n in losses.items() if s != "found" and n})
    assert all(x.refusal in losses_module.REFUSALS for x in lost if x.stage == "grouping")
    assert set(unjoined) <= {"no gold pair", *losses_module.STAGES[1:]}
    assert sum(unjoined.values()) <= 2  # of three article pairs, the two reports sharing their opening are joined
