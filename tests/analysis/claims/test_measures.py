"""What a claim counts: the measure (counted thing and its event) that threads a claim's updates."""
from viewer.analysis.claims.features import CountedFigure, UnitFeatures
from viewer.analysis.claims.measures import Facets, claim_facets, same_subject, unit_measures


def counted(thing: str) -> CountedFigure:
    return CountedFigure(text="12", start=0, end=2, value=12, low=12, high=12, qualifier="exact", unit="", thing=thing)


def test_a_measure_is_the_counted_thing_with_the_verb_it_is_the_subject_or_object_of():
    features = UnitFeatures(figures=[counted("soldiers")], predicates=[("soldiers", "surrender", ""), ("army", "shell", "city")])
    assert unit_measures(features) == {"soldiers|surrender"}


def test_a_verb_whose_subject_the_sentence_leaves_out_counts_too():
    features = UnitFeatures(figures=[counted("people")], predicates=[("", "evacuate", "")])
    assert unit_measures(features) == {"people|evacuate"}


def test_generic_verbs_and_figures_counting_nothing_make_no_measure():
    assert unit_measures(UnitFeatures(figures=[counted("soldiers")], predicates=[("soldiers", "include", "police")])) == set()
    assert unit_measures(UnitFeatures(figures=[counted("")], predicates=[("", "surrender", "")])) == set()


def test_claims_sharing_a_measure_are_one_subject_unless_their_names_never_meet():
    antakya = claim_facets([UnitFeatures(names=["antakya"], figures=[counted("people")], predicates=[("", "pull", "")])])
    gaziantep = Facets(antakya.measures, frozenset({"gaziantep"}))
    unnamed = Facets(antakya.measures, frozenset())
    assert antakya.measures == {"people|pull"}
    assert not same_subject(antakya, gaziantep)
    assert same_subject(antakya, unnamed) and same_subject(antakya, antakya)
