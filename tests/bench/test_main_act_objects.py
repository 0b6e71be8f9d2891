"""bench/main_act_objects.py: the verb whose act a sentence tells, below reporting and carrying verbs, and its object."""
import pytest


@pytest.fixture
def script(bench_script):
    return bench_script("main_act_objects")


@pytest.fixture(scope="module")
def nlp():
    from viewer.analysis.nlp import english
    return english()


@pytest.mark.parametrize("text, verb, head", [
    ("Swedes will still be able to volunteer for military service.", "volunteer", "service"),
    ("Legally married same-sex couples will now be allowed to file federal joint tax returns, the IRS said.", "file",
     "return"),
    ("The museum is expected to house paintings and props.", "house", "painting"),
    ("Police said the suspect fled.", "flee", ""),
])
def test_the_content_verb_and_its_object_are_read_below_carrying_verbs(script, nlp, text, verb, head):
    found = script.content_verb(nlp(text))
    assert (found.lemma_.lower(), script.object_head(found)) == (verb, head)


def test_two_provisions_of_one_decision_can_share_the_verb_and_the_object_head(script, nlp):
    sides = [nlp("Married couples will be allowed to file joint returns."),
             nlp("Married couples will also be able to file amended returns.")]
    assert script.shape(sides) == ("verb shared", "object shared")
    sides[1] = nlp("Married couples will also be able to claim refunds.")
    assert script.shape(sides) == ("verb not shared", "object not shared")
