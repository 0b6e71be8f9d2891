"""Descriptions that name no one ("Officials said", "An aide said") are unnamed sources: no speaker in
the JSON, their words kept, and every output names them "unnamed: <the words>"; officials of a named
body ("State Department officials") are that body."""
from __future__ import annotations

import io

import pytest

from viewer.analysis import store
from viewer.corpus import notes
from viewer.corpus.store import Corpus
from viewer.export.interchange import corpus_to_dict
from viewer.export.report import write_html, write_markdown
from viewer.export.selection import select
from viewer.identifiers import describe_target
from viewer.provenance.relays import corpus_graph
from viewer.provenance.wording import claim_label


@pytest.fixture(scope="module")
def corpus(unnamed_reports_file):
    with Corpus(unnamed_reports_file, create=False) as opened:
        yield opened


@pytest.fixture(scope="module")
def exported(corpus) -> dict:
    return corpus_to_dict(corpus)


def _said_by(exported: dict, words: str) -> list[dict]:
    return [a for a in exported["attributions"] if a["speaker_text"] and a["speaker_text"]["text"] == words]


def test_officials_and_an_aide_are_unnamed_sources_with_their_words(exported):
    officials, aide = _said_by(exported, "Officials"), _said_by(exported, "An aide")
    assert len(officials) == 2 and len(aide) == 1
    for a, description in [*((o, "officials") for o in officials), (aide[0], "an aide")]:
        assert a["speaker"] is None and not a["speaker_name"]
        assert a["role"] == description
    names = {s["name"].casefold() for s in exported["speakers"]}
    assert not names & {"officials", "aide", "an aide"}, names


def test_officials_of_a_named_department_are_the_department_in_both_reports(exported):
    found = _said_by(exported, "State Department officials")
    assert len(found) == 2
    speakers = {s["id"]: s for s in exported["speakers"]}
    assert {speakers[a["speaker"]]["name"] for a in found} == {"State Department"}


def test_every_output_names_them_unnamed_with_their_words(corpus):
    statements = [st for st in store.attributions(corpus) if st.speaker_id is None]
    assert {st.shown_speaker for st in statements} >= {"unnamed: officials", "unnamed: an aide"}
    relays = corpus_graph(corpus)
    assert "unnamed: officials" in {node.label for node in relays.nodes.values()}
    aide = next(st for st in statements if st.speaker_role == "an aide")
    key = notes.span_key(aide.document_id, aide.content.start, aide.content.end)
    assert describe_target(corpus, "statement", key, claim_label).startswith("Statement by unnamed: an aide in d")
    selection = select(corpus)
    for write in (write_markdown, write_html):
        out = io.StringIO()
        write(selection, out)
        report = out.getvalue()
        assert "Unnamed sources" in report and "unnamed: an aide" in report and "unnamed: officials" in report
