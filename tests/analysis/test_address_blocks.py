"""One street's address given as two blocks by two sources, on made-up wordings."""
from __future__ import annotations

from viewer.analysis.address_blocks import block_discrepancies
from viewer.analysis.discrepancies import find_discrepancies
from viewer.analysis.model import Claim, Mention


def _mention(document: int, text: str) -> Mention:
    return Mention(document, 10, 10 + len(text), text)


def test_one_street_given_two_blocks_is_a_line_pointing_at_both_numbers():
    a = _mention(1, "Shots were fired at a party in the 1400 block of Larkin Avenue late Friday.")
    b = _mention(2, "Officers found the two men in the 1500 block of Larkin Avenue, police said.")
    [line] = block_discrepancies([a], [b])
    assert (line.kind, line.explanation) == ("number", "block of Larkin Avenue: '1400' vs '1500'")
    assert [(m.document, m.text, m.start) for m in line.mentions] == [(1, "1400", 10 + a.text.index("1400")),
                                                                      (2, "1500", 10 + b.text.index("1500"))]


def test_a_street_written_with_its_type_on_one_side_only_is_one_street():
    a = _mention(1, "He was shot in the 900 block of Wexford Street on Monday.")
    b = _mention(2, "He was shot on the 960 block of Wexford, north of the park.")
    assert [d.explanation for d in block_discrepancies([a], [b])] == ["block of Wexford Street: '900' vs '960'"]


def test_two_streets_the_same_block_or_a_source_giving_both_blocks_are_no_line():
    assert block_discrepancies([_mention(1, "in the 700 block of South Ellis Avenue")],
                               [_mention(2, "in the 100 block of South Morgan Street")]) == []
    assert block_discrepancies([_mention(1, "in the 700 block of Ellis Avenue")],
                               [_mention(2, "in the 700 block of Ellis Avenue, near the school")]) == []
    assert block_discrepancies([_mention(1, "from the 700 block of Ellis Avenue to the 800 block of Ellis Avenue")],
                               [_mention(2, "in the 800 block of Ellis Avenue")]) == []


def test_the_block_line_is_among_a_claims_discrepancies():
    texts = ["The shooting happened in the 2200 block of Orchard Lane.", "The shooting happened in the 2300 block of Orchard Lane."]
    claim = Claim("x", [Mention(d, 0, len(t), t) for d, t in enumerate(texts, 1)])
    assert [(d.kind, d.explanation) for d in find_discrepancies(claim, {})] == \
        [("number", "block of Orchard Lane: '2200' vs '2300'")]
