from viewer.analysis.generations import is_generation


def test_suffixes_as_written_are_generations():
    assert all(is_generation(w) for w in ("Jr.", "jr", "Sr.", "II", "III", "IV"))


def test_names_that_begin_like_a_suffix_are_not():
    assert not any(is_generation(w) for w in ("Jrs", "Ivan", "Iii-Ho", "Sri", "I"))
