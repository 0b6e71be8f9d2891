"""The counts of differences between sources that no discrepancy kind may write, on made-up wordings."""
from __future__ import annotations

from training.count_claim_differences import ages, blocks, edits, nons, spellings


def test_a_name_spelt_two_ways_beside_a_word_both_write_alike():
    assert list(spellings("Police named Janelle Okafor, 29.", "Janelle Okafur, 29, died.")) == [("Okafor", "Okafur", "Janelle")]


def test_two_names_with_nothing_alike_beside_them_or_far_apart_are_not_counted():
    assert list(spellings("Police named Janelle Okafor.", "Police named Marcus Okafur.")) == []
    assert list(spellings("Janelle Okafor died.", "Janelle Robinson died.")) == []


def test_edits_count_letters_changed_added_or_dropped():
    assert (edits("jamie", "jaime"), edits("russel", "russell"), edits("east", "west")) == (2, 1, 2)


def test_two_blocks_of_one_street_and_a_condition_denied_by_non():
    assert list(blocks("in the 2800 block of Rimpau Boulevard", "the 2900 block of Rimpau Boulevard.")) == \
        [("2800 block of Rimpau Boulevard", "2900 block of Rimpau Boulevard.")]
    assert list(blocks("the 2800 block of Rimpau Boulevard", "the 2900 block of Elm Street")) == []
    assert [x for x, _ in nons("with non-life-threatening injuries", "with life-threatening injuries")] == \
        ["non-life-threatening"]


def test_one_surname_given_two_ages_beside_it():
    assert list(ages("Officers identified the 25-year-old as Antian Cole.", "Antian Cole, 24, was shot.")) == [("Cole", 25, 24)]
    assert list(ages("Antian Cole, 24, was shot.", "Antian Cole, 24, died.")) == []
