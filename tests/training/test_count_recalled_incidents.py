"""The recalled-incident counter reads each close sentence pair's units and files it by how far the reading goes:
a past time on a side, one side dating its main act so, parted."""
from __future__ import annotations

from training.count_recalled_incidents import pair_labels, sentence_features

_THIS = "Four other people were seriously wounded in a shooting Monday night."
_LAST_YEAR = "Last year, four men were wounded in a shooting on the same block."
_ASIDE = "Four people were wounded Monday on a block that saw a similar shooting a year earlier."


def test_close_pairs_are_filed_by_the_reading():
    features = sentence_features({_THIS, _LAST_YEAR, _ASIDE})
    assert pair_labels(features[_THIS], features[_LAST_YEAR]) == [
        "a past time on a side", "one side dates its main act so", "parted"]
    assert pair_labels(features[_THIS], features[_ASIDE]) == ["a past time on a side"]
