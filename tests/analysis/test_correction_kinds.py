"""Corrections as typed records: one parser for stored rows and the CLI, rows stored as earlier versions wrote them."""
from __future__ import annotations

import json

import pytest

from viewer.analysis import store
from viewer.analysis.corrections import (
    KINDS, Carries, DeleteAttribution, DocumentCorrection, EditAttribution, Link, MergeSpeakers, NotCarried, Restore,
    SetDate, SetOutlet, SetTitle, SplitSpeaker, Unlink, overlay, parse,
)

# Each kind as the window builds it, and the JSON it has always been stored as (corpora written
# by earlier versions hold these rows and must read back the same).
EXAMPLES = [
    (Link((1, 0, 40), (2, 10, 50)), {"a": [1, 0, 40], "b": [2, 10, 50]}),
    (Unlink((1, 0, 40), (2, 10, 50)), {"a": [1, 0, 40], "b": [2, 10, 50]}),
    (MergeSpeakers("Dmitry Peskov", "Dmitri Peskov"), {"a": "Dmitry Peskov", "b": "Dmitri Peskov"}),
    (SplitSpeaker("Dmitry Peskov", "Peskov"), {"a": "Dmitry Peskov", "b": "Peskov"}),
    (EditAttribution(1, (5, 60), {"speaker_role": None, "kind": "indirect"}),
     {"document": 1, "content": [5, 60], "changes": {"kind": "indirect", "speaker_role": None}}),
    (DeleteAttribution(3, (100, 180)), {"document": 3, "content": [100, 180]}),
    (NotCarried(7, "1,026 servicemen surrendered", ((1, 0, 214), (3, 5, 90)), document=2),
     {"document": 2, "claim": 7, "label": "1,026 servicemen surrendered", "anchors": [[1, 0, 214], [3, 5, 90]]}),
    (Carries(7, "1,026 servicemen surrendered", ((1, 0, 214),), passage=(2, 40, 146)),
     {"passage": [2, 40, 146], "claim": 7, "label": "1,026 servicemen surrendered", "anchors": [[1, 0, 214]]}),
]


# A document's title, outlet and date are kept by corpus.publication, not in the corrections table.
DOCUMENT_EXAMPLES = [
    (SetTitle(3, "Mariupol: 1,026 surrender"), {"document": 3, "value": "Mariupol: 1,026 surrender"}),
    (SetOutlet(3, "Reuters"), {"document": 3, "value": "Reuters"}),
    (SetDate(3, "2022-04-13"), {"document": 3, "value": "2022-04-13"}),
    (Restore(3, "published"), {"document": 3, "field": "published"}),
]


def test_every_kind_has_an_example():
    assert {type(c) for c, _ in EXAMPLES + DOCUMENT_EXAMPLES} == set(KINDS.values())


@pytest.mark.parametrize(("correction", "fields"), DOCUMENT_EXAMPLES, ids=lambda x: getattr(x, "kind", ""))
def test_a_document_correction_is_parsed_from_its_fields_and_never_stored_beside_the_analysis(
        memory_corpus, correction, fields):
    assert parse(correction.kind, fields) == correction and isinstance(correction, DocumentCorrection)
    with pytest.raises(TypeError, match="kept by corpus.publication"):
        store.record_correction(memory_corpus, correction)


@pytest.mark.parametrize(("correction", "stored"), EXAMPLES, ids=lambda x: getattr(x, "kind", ""))
def test_a_correction_is_stored_as_before_and_parsed_back_the_same(memory_corpus, correction, stored):
    store.record_correction(memory_corpus, correction)
    ((kind, payload),) = memory_corpus.db.execute("SELECT kind, payload FROM corrections").fetchall()
    assert (kind, json.loads(payload)) == (correction.kind, stored)
    assert store.corrections(memory_corpus) == [correction]
    assert parse(kind, stored) == correction


@pytest.mark.parametrize(("kind", "fields", "reason"), [
    ("relink", {}, "unknown correction 'relink'; expected one of link, unlink"),
    ("link", {"a": [1, 0, 40]}, "a link correction cannot hold"),
    ("link", {"a": [1, 40, 40], "b": [2, 0, 9]}, "d1:40-40 is not a passage"),
    ("link", {"a": ["1", 0, 40], "b": [2, 0, 9]}, "is not a passage (document, start, end)"),
    ("merge-speakers", {"a": "Peskov", "b": "Peskov"}, "are the same name"),
    ("split-speaker", {"a": "", "b": "Peskov"}, "needs two speaker names"),
    ("edit-attribution", {"document": 1, "content": [0, 9], "changes": {"content_start": 3}}, "cannot edit content_start"),
    ("edit-attribution", {"document": 1, "content": [0, 9], "changes": {}}, "changes at least one of"),
    ("edit-attribution", {"document": 1, "content": [0, 9], "changes": {"negation": "denied"}},
     "'denied' does not say whether a report was made"),
    ("delete-attribution", {"document": 1, "content": [9, 0]}, "must start before it ends"),
    ("date", {"document": 0, "value": "2022-04-13"}, "0 is not a document"),
    ("not-carried", {"document": 2, "claim": 7, "label": "x", "anchors": []}, "named by its passages in the other sources"),
    ("not-carried", {"document": 2, "claim": 7, "label": "x", "anchors": [[2, 0, 9]]}, "name d2 itself"),
    ("not-carried", {"document": 2, "claim": "c7", "label": "x", "anchors": [[1, 0, 9]]}, "'c7' is not a claim"),
    ("carries", {"passage": [2, 9, 3], "claim": 7, "label": "x", "anchors": [[1, 0, 9]]}, "must start before it ends"),
    ("restore", {"document": 3, "field": "language"}, "only the title, outlet, date of a document can be restored"),
])
def test_what_is_not_a_correction_is_refused_with_the_reason(kind, fields, reason):
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse(kind, fields)


def test_a_later_correction_undoes_an_earlier_one_whichever_way_round_it_names_the_pair():
    a, b = (1, 0, 40), (2, 10, 50)
    fixes = overlay([Link(a, b), Unlink(b, a), MergeSpeakers("X", "Y"), SplitSpeaker("Y", "X")])
    assert fixes.must_link == [] and len(fixes.cannot_link) == 1
    assert fixes.same_speaker == [] and fixes.different_speaker == [("Y", "X")]
    fixes = overlay([EditAttribution(1, (0, 9), {"kind": "direct"}), EditAttribution(1, (0, 9), {"speaker_name": "Z"}),
                     DeleteAttribution(2, (3, 8))])
    assert fixes.attribution_edits == {(1, 0, 9): {"kind": "direct", "speaker_name": "Z"}}
    assert fixes.deleted_attributions == {(2, 3, 8)}

