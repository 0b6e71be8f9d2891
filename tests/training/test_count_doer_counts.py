"""The doer counts' tally: a count of victims beside the doer, set against another report's count of the dead."""
from training.count_doer_counts import counts, differences


def test_victims_beside_the_doer_are_set_against_a_count_of_the_dead():
    mine = counts("12 victims killed and the suspected gunman shot dead by police.")
    other = counts("At least 13 dead in the yard shooting.")
    assert [(n, victims, doer) for n, victims, doer, _s in mine] == [(12, True, True)]
    assert [(shape, difference) for shape, difference, _pair in differences(mine, other)] == [("victims beside the doer", 1)]
    assert list(differences(other, mine)) == []
