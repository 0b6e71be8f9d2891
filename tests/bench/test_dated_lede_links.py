"""bench/dated_lede_links.py: the day a report's lede gives its shooting, resolved against the report's own date."""
from __future__ import annotations

import datetime


def test_a_lede_weekday_is_the_last_such_day_before_the_report_and_a_later_stage_gives_none(bench_script, tmp_path):
    dated = bench_script("dated_lede_links")
    shot = tmp_path / "1_a.txt"
    shot.write_text("Man shot in Southeast\n\nA man was shot Sunday night in Southeast, police said.\n", encoding="utf-8")
    arraigned = tmp_path / "1_b.txt"
    arraigned.write_text("Man arraigned\n\nA man was arraigned Thursday in district court.\n", encoding="utf-8")
    tuesday = datetime.date(2016, 12, 6)
    assert dated.shooting_dates(shot, tuesday, {"shoot"}) == [datetime.date(2016, 12, 4)]
    assert dated.shooting_dates(arraigned, tuesday, {"shoot"}) == []
    assert dated.shooting_dates(shot, None, {"shoot"}) == []
