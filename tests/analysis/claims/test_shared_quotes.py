from viewer.analysis.claims.shared_quotes import quote_one_passage, quoted_passages


def test_a_passage_one_report_quotes_inside_a_longer_quotation_of_the_other_is_one_passage():
    short = quoted_passages('Fauci: "We\'re going in the wrong direction" on Covid-19 cases')
    framed = quoted_passages("Fauci said that the United States is “going in the wrong direction” as cases surge.")
    assert framed == {"going in the wrong direction"}
    assert quote_one_passage(short, framed)


def test_titles_and_short_phrases_are_no_passage():
    assert not quoted_passages('Fauci told CNN\'s "State of the Union" that cases were rising.')
    assert not quoted_passages('His book, "Forward: Notes on the Future of Our Democracy," comes out in October.')
    assert not quoted_passages('She called it "a disgrace" on Monday.')


def test_two_different_passages_are_not_one():
    a = quoted_passages('"I will no longer speak to the press ever again," he said.')
    b = quoted_passages('"I am looking at all options," he told a radio station.')
    assert a and b and not quote_one_passage(a, b)


def test_a_unit_keeps_the_passages_it_quotes(parsed):
    from viewer.analysis.claims.units import claim_units

    text = 'Fauci said Sunday that the country is "going in the wrong direction" as cases rise.'
    (unit,) = claim_units(parsed(text))
    assert unit.features.quoted == ["going in the wrong direction"]
