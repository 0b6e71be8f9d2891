"""The interchange format's optional `provenance` key, per claim, exactly as docs/interchange.md says."""
import json

from viewer.cli import main
from viewer.export.interchange import corpus_to_dict

SOURCE_KEYS = {"document", "published", "date_from", "speaker", "via"}


def test_every_claim_carries_its_provenance_in_the_documented_shape(sample_corpus):
    data = corpus_to_dict(sample_corpus)
    speakers = {s["id"] for s in data["speakers"]}
    documents = {d["id"]: d for d in data["documents"]}
    claims = {c["id"] for c in data["claims"]}
    for claim in data["claims"]:
        p = claim["provenance"]
        assert {"first", "first_day", "sources", "thread", "relays"} <= set(p) <= {
            "first", "first_day", "sources", "thread", "relays", "thread_passages"}
        assert [s["document"] for s in p["sources"]] == list(dict.fromkeys(m["document"] for m in sorted(
            claim["mentions"], key=lambda m: (documents[m["document"]]["publication"]["date_from"] == "import",
                                             documents[m["document"]]["publication"]["placed"]))))
        for s in p["sources"]:
            assert set(s) == SOURCE_KEYS and s["date_from"] in ("metadata", "dateline", "text", "import")
            assert s["published"] == documents[s["document"]]["publication"]["placed"]
            assert s["speaker"] is None or s["speaker"] in speakers
            assert all(set(r) == {"name", "cue"} for r in s["via"])
        if p["first"] is not None:
            assert p["first"] == {"document": p["sources"][0]["document"], "published": p["sources"][0]["published"]}
            assert p["sources"][0]["date_from"] != "import"
        day = [s["document"] for s in p["sources"] if s["date_from"] != "import"
               and p["first"] is not None and s["published"] == p["first"]["published"]]
        assert p["first_day"] == day and (p["first"] is None or p["first"]["document"] in day)
        assert set(p["thread"]) <= claims and (not p["thread"] or claim["id"] in p["thread"])
        for passage in p.get("thread_passages", []):
            text = documents[passage["document"]]["text"]
            assert text[passage["start"]:passage["end"]] == passage["text"]
            assert passage["date_from"] in ("metadata", "dateline", "text", "import")
        for r in p["relays"]:
            assert set(r) == {"from", "to", "statements"} and r["statements"] >= 1


def test_the_surrender_claims_provenance_names_its_first_source_thread_and_relays(sample_and_wire, tmp_path):
    """May's count (959 since Monday, from the sample's d5 and the made-up wire d6) is a later claim
    in the thread of April's (more than 1,000; 1,026)."""
    target = tmp_path / "out.json"
    assert main(["export", str(sample_and_wire.path), "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    surrender = next(c for c in data["claims"] if any("1,026" in m["text"] for m in c["mentions"]))
    p = surrender["provenance"]
    first = next(d for d in data["documents"] if d["id"] == p["first"]["document"])
    assert (p["first"]["published"], first["publication"]["date_from"]) == ("2022-04-13", "metadata")
    later = [c for c in data["claims"] if c["id"] in p["thread"] and c["id"] != surrender["id"]]
    assert [any("959" in m["text"] for m in c["mentions"]) for c in later] == [True]
    assert p["thread"].index(surrender["id"]) == 0
    daily = [t for t in p["thread_passages"] if "694" in t["text"]]
    assert [m["document"] for m in later[0]["mentions"]] == ["d5", "d6"]
    assert [(t["document"], t["published"]) for t in daily] == [("d5", "2022-05-18")]  # d5 gives the daily figure
    ministry = next(s["id"] for s in data["speakers"] if s["name"] == "Russia's Defense Ministry")
    assert {"from": ministry, "to": "AFP", "statements": 1} in p["relays"]
    assert {"from": "AFP", "to": "BNR", "statements": 1} in p["relays"]


def test_sources_out_the_same_first_day_are_all_named_as_first(sample_corpus, tmp_path):
    """Three outlets out the same day (BASIL's triplets): `first` names the one a sort put first, so a script that
    read it as "who had it first" was told an artefact; `first_day` names them all."""
    assert main(["correct", str(sample_corpus.path), "date", "d1", "2022-04-13"]) == 0
    target = tmp_path / "out.json"
    assert main(["export", str(sample_corpus.path), "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    claim = next(c for c in data["claims"] if {m["document"] for m in c["mentions"]} == {"d1", "d2"})
    p = claim["provenance"]
    assert sorted(p["first_day"]) == ["d1", "d2"] and p["first"]["document"] in p["first_day"]


def test_a_russian_report_naming_the_speaker_an_english_source_quotes_is_exported_with_that_speaker(sample_corpus, tmp_path):
    """A report in Russian is parsed for no statement, but its words name the person d2 gives the officers to
    (Konashenkov): its source has his speaker id, as interchange.md writes it; a report naming no one stays null."""
    import json

    from viewer.analysis.pipeline import analyse
    from viewer.corpus.importing import import_paths
    from viewer.export.interchange import corpus_to_dict

    from tests.analysis.claims.test_foreign_documents import SURRENDER

    unnamed = SURRENDER.replace(", сказал Игорь Конашенков", "")
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps({"text": text, "title": "Сдались в плен", "published": "2022-04-13", "language": "ru"},
                                       ensure_ascii=False) + "\n" for text in (SURRENDER, unnamed)), encoding="utf-8")
    import_paths(sample_corpus, [path])
    analyse(sample_corpus)
    data = corpus_to_dict(sample_corpus)
    officers = next(c for c in data["claims"] if any("162 офицера" in m["text"] for m in c["mentions"]))
    speaker = {s["document"]: s["speaker"] for s in officers["provenance"]["sources"]}
    names = {s["id"]: s["name"] for s in data["speakers"]}
    assert names[speaker["d2"]] == "Igor Konashenkov"
    assert speaker["d6"] == speaker["d2"]
    assert speaker.get("d7", "absent") is None
