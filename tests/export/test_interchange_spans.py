"""Every span of the JSON export is the text at its offsets (interchange.md's first rule), the
discrepancies' own figures and names included."""
from __future__ import annotations

from viewer.export.interchange import corpus_to_dict


def spans(data: dict) -> list[dict]:
    found = []
    for claim in data["claims"]:
        found += claim["mentions"]
        for discrepancy in claim["discrepancies"]:
            found += discrepancy["mentions"]
    for a in data["attributions"]:
        found += [dict(span, document=a["document"]) for key in ("speaker_text", "cue", "content")
                  if (span := a[key])]
    return found


def test_every_exported_span_is_the_text_at_its_offsets(sample_corpus):
    data = corpus_to_dict(sample_corpus)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    named = [m for c in data["claims"] for d in c["discrepancies"] if d["kind"] == "name" for m in d["mentions"]]
    assert named, "the sample reports the brigade under two names"
    for span in spans(data):
        assert span["text"], span
        assert texts[span["document"]][span["start"]:span["end"]] == span["text"], span
