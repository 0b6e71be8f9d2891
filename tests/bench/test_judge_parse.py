"""bench/judge_parse.py: where the judge's parse spends its CPU, and the words only the entity recogniser names."""


def test_every_component_is_timed_after_the_tokenizer(bench_script):
    parse = bench_script("judge_parse")
    timed = parse.component_seconds(["The suspect fled the scene."])
    assert [name for name, _s in timed] == ["tokenizer", *parse.english().pipe_names]
    assert all(seconds >= 0 for _n, seconds in timed)


def test_an_age_and_a_time_of_day_are_named_by_the_recogniser_alone_a_place_by_its_tag(bench_script):
    parse = bench_script("judge_parse")
    words, found = parse.named_by_entities_alone(["A 25-year-old man was shot Saturday night in Chicago."])
    lemmas = {lemma for _label, _tag, lemma in found}
    assert {"old", "night"} <= lemmas and "chicago" not in lemmas and words > len(found)
