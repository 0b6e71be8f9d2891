"""A small analysed corpus built from the real sample articles, independent of the analysis code.

Claims, statements, speakers and notes are written with the store's own write functions at the
exact passages the product brief names, so export tests do not move when the analysis improves.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from viewer.analysis import store
from viewer.analysis.documents import DocumentAnalysis
from viewer.analysis.model import Attribution, Claim, Discrepancy, Mention, Relay, Span, Speaker
from viewer.corpus import notes
from viewer.corpus.store import Corpus

SAMPLE = Path(__file__).resolve().parents[2] / "viewer" / "resources" / "sample"
META = [
    ("Russia says over 1,000 Ukrainian soldiers surrendered in Mariupol", "BNR", "2022-04-13", "en"),
    ("Over 1,000 Ukrainian troops surrender in Mariupol, says Russia", "WION", "2022-04-13", "en"),
    ("About 700 more Ukrainian soldiers surrender in Mariupol", "International Business Times", "2022-05-18", "en"),
    ("Mariupol: Kyiv offers Russia a « special session of negotiations »", "Le Journal", "2022-04-20", "en"),
    ("Russia says 959 Ukrainian soldiers surrendered at Azovstal", "El Tiempo", "2022-05-18", "en"),
]

CLAIMS = [
    ("1,026 Ukrainian servicemen surrendered in Mariupol", [
        (1, "“In Mariupol, 1,026 Ukrainian servicemen from the 36th Naval Brigade voluntarily laid down their arms and surrendered,”"),
        (2, "Russian defence ministry spokesman Major General Igor Konashenkov said as many as 1,026 troops from the Ukrainian 36th Marine Brigade surrendered at a metal plant in the Ukrainian city."),
    ], [("name", "unit: '36th Naval Brigade' vs '36th Marine Brigade'", [0, 1])]),
    ("Wounded among those who surrendered", [
        (1, "More than 100 were injured."),
        (2, "a total of 151 wounded were given medical treatment."),
    ], [("number", "wounded: 'more than 100' vs '151'", [0, 1])]),
    ("Ukraine has not confirmed the surrender", [
        (1, "A spokesman for the Ukrainian Ministry of Defense commented that there was no such information."),
        (2, "Ukraine is yet to comment on the alleged mass surrender, according to foreign news agencies."),
    ], [("polarity", "'there was no such information' vs 'yet to comment'", [0, 1])]),
    ("959 Ukrainian soldiers surrendered since Monday", [
        (3, "the total has now spiked to 959."),
        (5, "959 Ukrainian soldiers entrenched in the Azovstal steel plant have surrenderedin the port city of Mariupol"),
    ], []),
]


def span_of(text: str, passage: str) -> Span:
    start = text.index(passage)
    return Span(start, start + len(passage))


def build(corpus: Corpus, analysed: bool = True) -> None:
    texts = {}
    with corpus.transaction() as db:
        for number, (path, meta) in enumerate(zip(sorted(SAMPLE.glob("*.txt")), META), start=1):
            text = path.read_text(encoding="utf-8")
            texts[number] = text
            db.execute(
                """INSERT INTO documents (id, title, outlet, published, language, text, sha256, source_path,
                   source_format, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'txt', '2024-05-01T10:00:00+00:00')""",
                (number, *meta, text, hashlib.sha256(path.read_bytes()).hexdigest(), str(path)),
            )
        corpus.rebuild_search_index()  # rows written directly: the store indexes only what it inserts
        junk = span_of(texts[5], "(Also read: Ukraine blames Russia for the ‘pause’ in the peace negotiations)")
        db.execute('INSERT INTO boilerplate (document_id, start, "end", kind) VALUES (5, ?, ?, ?)', (junk.start, junk.end, "also-read"))
        if not analysed:
            return
        claims = []
        for label, places, differences in CLAIMS:
            mentions = [Mention(doc, *_bounds(texts[doc], passage), passage) for doc, passage in places]
            found = [Discrepancy(kind, why, [mentions[i] for i in which]) for kind, why, which in differences]
            claims.append(Claim(label, mentions, found))
        statements = {
            1: [
                Attribution("direct", span_of(texts[1], "1,026 Ukrainian servicemen from the 36th Naval Brigade voluntarily laid down their arms and surrendered"),
                            span_of(texts[1], "the ministry"), "Russian Defence Ministry", cue=span_of(texts[1], "said."),
                            speaker_kind="organisation", via=[Relay("AFP", "reported")]),
                Attribution("indirect", span_of(texts[1], "more than 100,000 people remained in the city awaiting evacuation"),
                            span_of(texts[1], "Mariupol Mayor Vadim Boychenko"), "Vadim Boychenko", cue=span_of(texts[1], "told reporters"),
                            speaker_role="Mariupol Mayor", speaker_kind="person"),
            ],
            2: [
                Attribution("indirect", span_of(texts[2], "as many as 1,026 troops from the Ukrainian 36th Marine Brigade surrendered at a metal plant in the Ukrainian city"),
                            span_of(texts[2], "Major General Igor Konashenkov"), "Igor Konashenkov", cue=span_of(texts[2], "said as many"),
                            speaker_role="Russian defence ministry spokesman", speaker_kind="person"),
            ],
            3: [
                Attribution("direct", span_of(texts[3], "Unfortunately, the subject is very sensitive and there is a very fragile set of talks going on today, therefore I cannot say anything more"),
                            span_of(texts[3], "Mariupol Mayor Vadym Boichenko"), "Vadym Boichenko", cue=span_of(texts[3], "Boichenko said") ,
                            speaker_role="Mariupol Mayor", speaker_kind="person"),
            ],
        }
        store.write_documents(corpus, [DocumentAnalysis(n, statements.get(n, [])) for n in texts], "test")
        store.write_claims(corpus, dict(enumerate(claims, start=1)))
        ids = {a.speaker_name: a.id for a in store.attributions(corpus)}
        store.write_speakers(
            corpus,
            [Speaker("Vadym Boychenko", "person", "Mayor of Mariupol", ["Vadim Boychenko", "Vadym Boichenko"]),
             Speaker("Russian Defence Ministry", "organisation", None, ["the ministry"]),
             Speaker("Igor Konashenkov", "person", "spokesman", [])],
            {ids["Vadim Boychenko"]: 0, ids["Vadym Boichenko"]: 0, ids["Russian Defence Ministry"]: 1, ids["Igor Konashenkov"]: 2},
        )
    notes.set_note(corpus, "claim", notes.claim_key(1),
                   "Ask **AFP** for the original ministry statement.\n\n- compare unit names\n- check the date")
    notes.set_note(corpus, "document", "d1", "Saved from the BNR site on *2022-04-14*. <script>alert(1)</script>")
    boy = statements[1][1].content
    notes.set_note(corpus, "statement", notes.span_key(1, boy.start, boy.end), "Figure not confirmed elsewhere.")


def _bounds(text: str, passage: str) -> tuple[int, int]:
    span = span_of(text, passage)
    return span.start, span.end


@pytest.fixture
def export_corpus(tmp_path):
    corpus = Corpus(tmp_path / "mariupol.corpus")
    build(corpus)
    yield corpus
    corpus.close()


@pytest.fixture
def unanalysed_corpus(tmp_path):
    corpus = Corpus(tmp_path / "fresh.corpus")
    build(corpus, analysed=False)
    yield corpus
    corpus.close()


@pytest.fixture
def claim_places() -> list[tuple[int, str]]:
    """(document id, exact passage) of every claim mention in the fixture corpus."""
    return [place for _, places, _ in CLAIMS for place in places]
