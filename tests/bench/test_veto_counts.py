"""bench/veto_counts.py: the judged links a veto parts, filed by verdict and by whether the kept exports make them."""
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


def test_the_links_the_veto_parts_are_filed_by_verdict_and_by_whether_made(counts, judged_made):
    data, base, files = judged_made("made", [(_VERDICT, _ARREST, "W"), (_ARREST, _VERDICT, "P"), (_VERDICT, _SHOT, "R")])
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


def test_the_wounds_of_some_beside_a_toll_are_counted(counts, judged_made):
    wounds = "One man was shot in the chest, one man was shot in the leg outside the hall."
    toll = "Three men and one woman were shot outside the hall, all in their early 20s."
    data, base, files = judged_made("made", [(wounds, toll, "W"), (toll, "Two men were shot outside the hall.", "P")])
    table = counts.judged_counts("wounds_beside_toll", data, base, files, show=False)
    assert [line.split() for line in table] == [["made", "W", "1"]]


def test_a_sets_reports_are_grouped_by_the_event_their_file_names_start_with(counts, tmp_path):
    docs = tmp_path / "sets" / "draw" / "docs"
    docs.mkdir(parents=True)
    for name in ("123_b.txt", "1234_a.txt", "123_a.txt", "notes.md"):
        (docs / name).write_text("A report.", encoding="utf-8")
    events = counts.reports_by_event(tmp_path, "draw")
    assert {event: [p.name for p in paths] for event, paths in events.items()} == {
        "123": ["123_a.txt", "123_b.txt"], "1234": ["1234_a.txt"]}


def test_a_passage_is_shortened_to_one_line(counts):
    assert counts.shortened("Police said\n  the man   fled.", 15) == "Police said the"
