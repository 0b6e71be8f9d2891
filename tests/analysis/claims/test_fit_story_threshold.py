"""The story gate's threshold is chosen with news sets in its bounds: no set's links across events beyond the bound, no
source's hand-judged precision below the current threshold's, ECB+ train's bounds as fit_verifier keeps them."""
from collections import Counter

from viewer.analysis.claims.fit_story_threshold import choose_threshold, news_counts, news_within, read_link_verdicts
from viewer.analysis.model import Claim, Mention

BOUNDS = {3: 0.8}


def _ecb(joined: int, across: int = 0) -> dict:
    """Made-up ECB+ train counts on the corpus of several events, three reports an event."""
    return {(3, "several_events"): Counter(right=90, wrong=10, links=100, across=across, joined=joined)}


def _news(right: int, wrong: int, joined: int, across: int = 0) -> Counter:
    return Counter(right=right, wrong=wrong, links=right + wrong + across, across=across, joined=joined, same_event_pairs=60)


def test_a_news_set_with_links_across_events_beyond_the_bound_is_out():
    current = {"basilC": _news(90, 10, 35)}
    assert news_within({"basilC": _news(90, 10, 40, across=2)}, current, 0.02)
    assert not news_within({"basilC": _news(90, 10, 40, across=3)}, current, 0.02)


def test_a_set_beyond_the_bound_already_may_not_go_further():
    current = {"allsidesA": _news(45, 10, 30, across=2)}  # .035 across at the current threshold
    assert news_within({"allsidesA": _news(50, 10, 32, across=2)}, current, 0.02)
    assert not news_within({"allsidesA": _news(50, 10, 32, across=3)}, current, 0.02)


def test_precision_is_bounded_by_source_pooled_over_its_sets():
    current = {"gvaC": _news(80, 10, 28), "gvaG": _news(82, 8, 28), "wcepB": _news(0, 0, 10)}  # gva .9, wcep none judged
    pooled_fine = {"gvaC": _news(80, 10, 30), "gvaG": _news(100, 10, 30), "wcepB": _news(0, 5, 10)}
    assert news_within(pooled_fine, current, 0.02)  # gva .9 pooled though gvaC alone is .89
    assert not news_within({**pooled_fine, "gvaG": _news(99, 11, 30)}, current, 0.02)


def test_the_loosest_threshold_in_bounds_joining_the_most_is_chosen():
    ecb = {0.93: _ecb(100, across=5), 0.95: _ecb(98), 0.96: _ecb(96), 0.97: _ecb(95)}
    news = {0.93: {"basilC": _news(90, 10, 50)}, 0.95: {"basilC": _news(90, 10, 45)},
            0.96: {"basilC": _news(90, 10, 40)}, 0.97: {"basilC": _news(80, 10, 35)}}
    assert choose_threshold(ecb, news, BOUNDS, 0.02, 0.97) == 0.95  # .93 breaks ECB+'s bound on links across events
    news[0.95] = {"basilC": _news(70, 10, 45)}  # its precision now below .97's
    assert choose_threshold(ecb, news, BOUNDS, 0.02, 0.97) == 0.96
    news[0.96] = {"basilC": _news(80, 10, 35)}  # joins what .97 joins, one pair more on ECB+: the strictest stands
    assert choose_threshold(ecb, news, BOUNDS, 0.02, 0.97) == 0.97


def test_the_current_threshold_stays_when_none_is_in_bounds():
    ecb = {0.95: _ecb(98, across=9), 0.97: _ecb(95, across=9)}
    news = {0.95: {"gvaC": _news(9, 1, 40)}, 0.97: {"gvaC": _news(9, 1, 30)}}
    assert choose_threshold(ecb, news, BOUNDS, 0.02, 0.97) == 0.97


def test_news_counts_reads_events_and_hand_verdicts_by_span(tmp_path):
    judged = tmp_path / "links.tsv"
    judged.write_text("set\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\tverdict\tclass\n"
                      "s\tb.txt\t5\t9\ta.txt\t0\t4\tR\t\n"
                      "s\ta.txt\t10\t14\tc.txt\t0\t4\tW\tanother incident\n"
                      "s\ta.txt\t10\t14\tc.txt\t20\t24\tP\t\n", encoding="utf-8")
    found = {"names": ["a.txt", "b.txt", "c.txt"], "documents": [{"event": "1"}, {"event": "1"}, {"event": "2"}]}
    claims = [Claim("x", [Mention(0, 0, 4, "Four"), Mention(1, 5, 9, "four")]),
              Claim("y", [Mention(0, 10, 14, "Five"), Mention(2, 0, 4, "five"), Mention(2, 20, 24, "again")])]
    counts = news_counts(claims, found, read_link_verdicts([judged]))
    assert counts == Counter(links=3, across=1, right=2, wrong=1, joined=1, same_event_pairs=1)  # the P across is no wrong
    rejudged = tmp_path / "classes_rejudged.tsv"
    rejudged.write_text("set\tfile_a\tstart_a\tend_a\tfile_b\tstart_b\tend_b\told_file\told_verdict\tnew_verdict\tclass\n"
                        "s\ta.txt\t0\t4\tb.txt\t5\t9\tlinks.tsv\tR\tW\tanother person\n", encoding="utf-8")
    counts = news_counts(claims, found, read_link_verdicts([judged, rejudged]))
    assert (counts["right"], counts["wrong"]) == (1, 2)
