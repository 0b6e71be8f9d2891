"""bench/veto_counts.py: the judged links a veto parts, filed by verdict and by whether the kept exports make them."""
import json

import pytest

from viewer.analysis.claims import verdicts
from viewer.analysis.claims.units import unit_features
from viewer.analysis.nlp import english
from viewer.corpus.spans import Span

_VERDICT = "A Marlow man was found guilty Tuesday in the shooting death of a 3-year-old girl."
_ARREST = "Marlow police arrested a man accused in the shooting death of a 3-year-old girl."
_SHOT = "A 3-year-old girl was shot and killed on Elm Street in Marlow."


@pytest.fixture
def counts(bench_script):
    return bench_script("veto_counts")


def _judged(tmp_path, rows: list[tuple[str, str, str]]):
    """A set of made-up documents, a judged file linking the first sentence of each pair, and an export making the
    first link only."""
    docs = tmp_path / "data" / "sets" / "made" / "docs"
    docs.mkdir(parents=True)
    lines = ["set\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\tverdict\tclass"]
    for n, (first, second, verdict) in enumerate(rows):
        (docs / f"{n}a.txt").write_text(first, encoding="utf-8")
        (docs / f"{n}b.txt").write_text(second, encoding="utf-8")
        lines.append(f"made\t{n}a.txt\t0\t{len(first)}\t{n}b.txt\t0\t{len(second)}\t{verdict}\t")
    judged = tmp_path / "links.tsv"
    judged.write_text("\n".join(lines) + "\n", encoding="utf-8")
    base = tmp_path / "base"
    base.mkdir()
    first, second = rows[0][:2]
    export = {"documents": [{"id": 1, "source": {"path": "0a.txt"}}, {"id": 2, "source": {"path": "0b.txt"}}],
              "claims": [{"mentions": [{"document": 1, "start": 0, "end": len(first)},
                                       {"document": 2, "start": 0, "end": len(second)}]}]}
    (base / "made.json").write_text(json.dumps(export), encoding="utf-8")
    return tmp_path / "data", base, [judged]


def test_the_links_the_veto_parts_are_filed_by_verdict_and_by_whether_made(counts, tmp_path):
    data, base, files = _judged(tmp_path, [(_VERDICT, _ARREST, "W"), (_ARREST, _VERDICT, "P"), (_VERDICT, _SHOT, "R")])
    table = counts.judged_counts("verdict_beside_charge", data, base, files, show=False)
    assert [line.split() for line in table] == [["made", "W", "1"], ["not", "made", "P", "1"]]


def _sentences(*texts: str) -> list[tuple]:
    return [(unit_features(english()(t), Span(0, len(t))), t) for t in texts]


def test_the_partners_of_a_veto_side_are_counted_by_the_word_they_hold(counts):
    held = "Marlow jail records show the man was being held on a murder charge in the shooting death of a 3-year-old girl."
    pairs = [[_sentences(_VERDICT), _sentences(held, _SHOT, "The Marlow man will stand trial on a murder charge in May.")]]
    table = counts.partner_counts(verdicts.tells_verdict, verdicts.VERDICT_WORDS, ["charge", "court"], pairs, show=0)
    # the held man's record is parted by the veto now; the shooting holds no word; the trial tells the end
    assert table == {"sentences read": 1}
    table = counts.partner_counts(verdicts.tells_verdict, frozenset(), ["charge", "court"], pairs, show=0)
    assert table["partners holding charge"] == 1 and table["close partners"] == 1


def test_the_wounds_of_some_beside_a_toll_are_counted(counts, tmp_path):
    wounds = "One man was shot in the chest, one man was shot in the leg outside the hall."
    toll = "Three men and one woman were shot outside the hall, all in their early 20s."
    data, base, files = _judged(tmp_path, [(wounds, toll, "W"), (toll, "Two men were shot outside the hall.", "P")])
    table = counts.judged_counts("wounds_beside_toll", data, base, files, show=False)
    assert [line.split() for line in table] == [["made", "W", "1"]]
