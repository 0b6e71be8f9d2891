"""The counter behind time_hedges.json: the hedge right before a clock time, the longest one ending there, and the
step reporters round minutes to."""
from collections import Counter

from training.count_time_hedges import counted, hedge_before, minute_step


def test_the_longest_hedge_ending_before_a_time_is_counted_and_a_plain_at_is_none():
    text = "Police were called just before 3:30 a.m. and again at 5 p.m.; shots were heard around midnight."
    assert hedge_before(text, text.index("3:30")) == "just before"
    assert hedge_before(text, text.index("5 p.m.")) == "none"
    hedges, minutes = counted([text])
    assert hedges == Counter({"just before": 1, "none": 1, "around": 1}) and minutes == Counter({30: 1})


def test_minutes_mostly_at_multiples_of_five_give_a_five_minute_step_and_clock_reads_give_one():
    assert minute_step(Counter({30: 3, 15: 2, 10: 2, 25: 3, 7: 2, 41: 2})) == 5
    assert minute_step(Counter({m: 1 for m in range(60)})) == 1
    assert minute_step(Counter({0: 4, 30: 4, 17: 1})) == 30
