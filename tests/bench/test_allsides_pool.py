"""bench/allsides_pool.py counts what the AllSides crawl still holds for blind draws."""
from __future__ import annotations

import json

WORDS = " ".join(["word"] * 40)


def test_the_pool_counts_usable_stories_cut_quotes_and_the_draws_left_after_earlier_sets(tmp_path, bench_script,
                                                                                            allsides_crawl):
    def report(outlet: str, body: list[str]) -> dict:
        return {"newsSource": outlet, "newsTitle": "T", "newsLink": f"https://{outlet}.example", "newBody": body}

    stories = [{"id": n, "issue": "I", "date": f"2021-05-{n % 28 + 1:02d}T08:00:00-07:00",
                "news": {"left": report("cnn", [WORDS + " ..."]), "right": report("fox", [WORDS]),
                         **({"center": report("ap", ["Too short."])} if n == 0 else {})}}
               for n in range(41)]
    stories.append({"id": 99, "issue": "I", "date": "2021-04-30T08:00:00-07:00", "news": {}})
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    (earlier / "events.json").write_text(json.dumps({"events": ["0", "1"]}), encoding="utf-8")

    counts = bench_script("allsides_pool").pool(allsides_crawl(stories), [earlier])

    assert counts["stories"] == 42 and counts["usable"] == 41 and counts["three"] == 0
    assert counts["outlets"] == 3 and counts["reports"] == 83 and counts["cut"] == 41
    assert counts["words"] == (40, 2, 41)
    assert counts["dates"] == ("2021-04-30", "2021-05-28")
    assert counts["left"] == 39 and counts["draws"] == 1
