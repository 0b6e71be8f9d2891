"""Notes and tags on documents, claims and statements, stored in the corpus without Qt."""
import pytest

from viewer.corpus import notes
from viewer.corpus.store import now


@pytest.fixture
def corpus(memory_corpus):
    with memory_corpus.transaction() as db:
        db.execute(
            "INSERT INTO documents (text, sha256, source_path, imported_at) VALUES (?, ?, ?, ?)",
            ("The mayor said the bridge is closed.", "a" * 64, "a.txt", now()),
        )
    return memory_corpus


def test_a_note_is_stored_replaced_and_removed_when_blank(corpus):
    key = notes.document_key(1)
    heard = []
    corpus.notes_did_change.connect(lambda *args: heard.append(args))
    notes.set_note(corpus, "document", key, "**Check** the date with the outlet.")
    assert notes.note(corpus, "document", key) == "**Check** the date with the outlet."
    notes.set_note(corpus, "document", key, "Confirmed by phone.")
    assert notes.note(corpus, "document", key) == "Confirmed by phone."
    notes.set_note(corpus, "document", key, "   ")
    assert notes.note(corpus, "document", key) is None
    assert len(heard) == 3


def test_tags_are_trimmed_lowercased_and_unique(corpus):
    key = notes.span_key(1, 4, 9)
    notes.set_tags(corpus, "statement", key, [" Verified", "verified", "Follow-up "])
    assert sorted(notes.tags(corpus, "statement", key)) == ["follow-up", "verified"]
    assert notes.parse_span_key(key) == (1, 4, 9)


def test_a_tag_typed_as_another_spelling_of_a_known_tag_takes_the_known_spelling(corpus):
    notes.set_tags(corpus, "document", notes.document_key(1), ["wire  Copy"])
    notes.set_tags(corpus, "claim", notes.claim_key(2), ["Follow up", "wire_copy", "wire-copy", "second source"])
    assert notes.tags(corpus, "claim", notes.claim_key(2)) == ["follow-up", "second source", "wire copy"]
    assert notes.tags(corpus, "document", notes.document_key(1)) == ["wire copy"]


def test_notes_are_found_by_body_or_tag(corpus):
    notes.set_note(corpus, "claim", notes.claim_key(3), "Ask the ministry about the bridge.")
    notes.set_tags(corpus, "document", notes.document_key(1), ["disputed"])
    assert [hit.key for hit in notes.notes_matching(corpus, "MINISTRY")] == ["c3"]
    assert notes.parse_claim_key("c3") == 3
    assert notes.notes_matching(corpus, "disputed")


def test_an_unknown_target_kind_is_refused(corpus):
    with pytest.raises(ValueError):
        notes.set_note(corpus, "paragraph", "x", "text")


@pytest.mark.parametrize(("tag", "why"), [
    ("a" * 61, "61 characters long; a tag is at most 60"),
    ("🔫 ‼", "has no letter or digit"),
    ("weapon;court", "holds “;”"),
    ("weapon,court", "holds “,”"),
])
def test_a_tag_that_cannot_serve_as_one_is_refused_and_nothing_is_stored(corpus, tag, why):
    notes.set_tags(corpus, "document", "d1", ["verified"])
    with pytest.raises(notes.BadTag, match=why):
        notes.set_tags(corpus, "document", "d1", ["disputed", tag])
    assert notes.tags(corpus, "document", "d1") == ["verified"]


def test_tags_of_sixty_characters_and_of_letters_beside_signs_are_kept(corpus):
    notes.set_tags(corpus, "document", "d1", ["b" * 60, "🔫 weapon", "   ", "n°5"])
    assert notes.tags(corpus, "document", "d1") == ["b" * 60, "n°5", "🔫 weapon"]


def test_a_save_over_a_note_changed_since_it_was_read_is_refused(corpus):
    read = notes.written(corpus, "claim", "c3")
    notes.set_note(corpus, "claim", "c3", "Written elsewhere.")
    with pytest.raises(notes.NoteConflict) as refused:
        notes.save(corpus, "claim", "c3", "Written here.", ["disputed"], read)
    assert refused.value.stored == notes.Written("Written elsewhere.", ())
    assert notes.written(corpus, "claim", "c3") == refused.value.stored
    assert notes.save(corpus, "claim", "c3", "Written here.", ["disputed"], refused.value.stored) == \
        notes.Written("Written here.", ("disputed",))


def _coded(corpus):
    notes.set_tags(corpus, "document", "d1", ["time line"])
    notes.set_tags(corpus, "claim", "c2", ["timeline", "disputed"])
    notes.set_tags(corpus, "claim", "c10", ["time line"])
    notes.set_tags(corpus, "statement", notes.span_key(1, 4, 9), ["timeline"])
    notes.set_note(corpus, "claim", "c10", "Which night?")


def test_tags_are_counted_by_what_carries_them_and_listed_with_their_targets(corpus):
    _coded(corpus)
    counts = {c.tag: c.described() for c in notes.tag_counts(corpus)}
    assert counts == {"disputed": "1: 1 claim", "time line": "2: 1 document, 1 claim",
                      "timeline": "2: 1 claim, 1 statement"}
    found = notes.tagged(corpus, "time line")
    assert [(h.kind, h.key) for h in found] == [("document", "d1"), ("claim", "c10")]
    assert found[1].body == "Which night?" and found[1].tags == ("time line",)
    assert [h.key for h in notes.tagged(corpus, "timeline")] == ["c2", "1:4-9"]


def test_renaming_a_tag_to_one_the_corpus_has_merges_the_two(corpus):
    _coded(corpus)
    assert notes.rename_tag(corpus, "time line", "Timeline") == ("timeline", 2)
    assert [c.tag for c in notes.tag_counts(corpus)] == ["disputed", "timeline"]
    assert [h.key for h in notes.tagged(corpus, "timeline")] == ["d1", "c2", "c10", "1:4-9"]
    assert notes.rename_tag(corpus, "timeline", "chronology") == ("chronology", 4)
    assert notes.tags(corpus, "claim", "c2") == ["chronology", "disputed"]


def test_a_rename_to_a_bad_name_or_of_an_unknown_tag_is_refused_and_changes_nothing(corpus):
    _coded(corpus)
    before = notes.tag_counts(corpus)
    with pytest.raises(notes.BadTag, match="has no letter or digit"):
        notes.rename_tag(corpus, "timeline", "  ?! ")
    with pytest.raises(notes.BadTag, match="No tag “time-line” in this corpus .tags: disputed, time line, timeline"):
        notes.rename_tag(corpus, "time-line", "chronology")
    assert notes.tag_counts(corpus) == before


def test_a_tag_an_older_version_stored_stays_usable_and_can_be_renamed(corpus):
    with corpus.transaction() as db:
        db.execute("INSERT INTO tags VALUES ('claim', 'c2', '??')")
    notes.set_tags(corpus, "claim", "c3", ["??", "disputed"])
    assert notes.tags(corpus, "claim", "c3") == ["??", "disputed"]
    assert notes.rename_tag(corpus, "??", "unclear") == ("unclear", 2)


@pytest.mark.parametrize("typed, found", [("%", ["c4"]), ("court_record", ["c5"]), ("50\\", ["c6"]), ("court record", ["c3"])])
def test_the_notes_search_takes_percent_and_underscore_as_typed(corpus, typed, found):
    """walk24: "%" listed every note and "court_record" found "court record": LIKE's wildcards."""
    notes.set_note(corpus, "claim", "c3", "From the court record.")
    notes.set_note(corpus, "claim", "c4", "Turnout fell 5% in the district.")
    notes.set_tags(corpus, "claim", "c5", ["court_record"])
    notes.set_note(corpus, "claim", "c6", "Path C:\\cases\\50\\ in the filing.")
    assert [hit.key for hit in notes.notes_matching(corpus, typed)] == found
