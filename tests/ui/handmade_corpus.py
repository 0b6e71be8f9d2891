"""The sample articles with an analysis written by hand (spans found in the real texts).

Lets the viewer be tested on real wording without running the NLP pipeline.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from viewer.corpus.store import Corpus, now

SAMPLE = Path(__file__).resolve().parents[2] / "viewer" / "resources" / "sample"

DOCUMENTS = [  # file, title, outlet, published
    ("000_714b6fe37702d227.txt", "Russia says 1,026 Ukrainian servicemen surrendered in Mariupol", "Outlet A", "2022-04-13"),
    ("001_19b88c1551e802fc.txt", "Over 1,000 Ukrainian soldiers surrender in Mariupol, Russia says", "Outlet B", "2022-04-13"),
    ("002_fa0ffd6030053c64.txt", "About 700 more Ukrainian soldiers surrender at Azovstal", "Outlet C", "2022-05-18"),
    ("003_480df51dc9d93a84.txt", "Kyiv offers Russia a special negotiating session in Mariupol", "Outlet D", "2022-04-20"),
    ("004_f23ed1886adc987c.txt", "959 Ukrainian soldiers have surrendered at Azovstal, Moscow says", "Outlet E", "2022-05-18"),
]

CLAIMS = [  # label, [(doc, phrase)], [(kind, explanation, [doc...])]
    ("more than 1,000 servicemen surrendered in Mariupol", [
        (1, "Russia's Defense Ministry said today that more than 1,000 Ukrainian servicemen had surrendered in Mariupol"),
        (2, "Russia said on Wednesday more than 1,000 Ukrainian soldiers have surrendered in the besieged southeastern port city of Mariupol"),
    ], []),
    ("1,026 servicemen of the 36th brigade surrendered", [
        (1, "1,026 Ukrainian servicemen from the 36th Naval Brigade voluntarily laid down their arms and surrendered"),
        (2, "as many as 1,026 troops from the Ukrainian 36th Marine Brigade surrendered at a metal plant"),
    ], [("name", "d1 says “36th Naval Brigade”, d2 says “36th Marine Brigade”", [1, 2])]),
    ("162 officers and 47 women", [
        (1, "Of those who surrendered, 162 were officers and 47 were women."),
        (2, "these troops included 162 officers and 47 women personnel"),
    ], []),
    ("the wounded", [
        (1, "More than 100 were injured."),
        (2, "a total of 151 wounded were given medical treatment"),
    ], [("number", "d1: “more than 100” injured; d2: 151 wounded", [1, 2])]),
    ("Ukraine's response", [
        (1, "A spokesman for the Ukrainian Ministry of Defense commented that there was no such information."),
        (2, "Ukraine is yet to comment on the alleged mass surrender"),
    ], [("polarity", "d1: Ukraine denied it (“no such information”); d2: Ukraine “is yet to comment”", [1, 2])]),
    ("959 soldiers surrendered at Azovstal", [
        (3, "the total has now spiked to 959"),
        (5, "959 Ukrainian soldiers entrenched in the Azovstal steel plant have surrenderedin the port city of Mariupol"),
    ], []),
]

# doc, speaker phrase, cue, content phrase, kind, canonical speaker, via
ATTRIBUTIONS = [
    (1, "the ministry", "said", "In Mariupol, 1,026 Ukrainian servicemen from the 36th Naval Brigade voluntarily laid down their arms and surrendered", "direct", "Russian Defence Ministry", [["AFP", "reported"]]),
    (1, "Vadim Boychenko", "told", "that more than 100,000 people remained in the city awaiting evacuation", "indirect", "Vadym Boichenko", []),
    (1, "Irina Vereshchuk", "said", "it was not possible to open humanitarian corridors today", "indirect", "Iryna Vereshchuk", []),
    (2, "Igor Konashenkov", "said", "as many as 1,026 troops from the Ukrainian 36th Marine Brigade surrendered at a metal plant", "indirect", "Igor Konashenkov", []),
    (3, "Oleksandr Motuzaynik", "told", "The state is making utmost efforts to carry out the rescue of our servicemen.", "direct", "Oleksandr Motuzaynik", []),
    (3, "Vadym Boichenko", "said", "Unfortunately, the subject is very sensitive", "direct", "Vadym Boichenko", []),
    (4, "Mikhaïlo Podolyak", "wrote", "We are ready to hold a special negotiating session in Mariupol.", "direct", "Mykhailo Podolyak", []),
]

SPEAKERS = [  # canonical, kind, role, aliases
    ("Vadym Boichenko", "person", "Mariupol Mayor", ["Vadim Boychenko"]),
    ("Russian Defence Ministry", "organisation", None, ["the ministry"]),
    ("Iryna Vereshchuk", "person", "Deputy Prime Minister", ["Irina Vereshchuk"]),
    ("Igor Konashenkov", "person", "defence ministry spokesman", []),
    ("Oleksandr Motuzaynik", "person", "military spokesman", []),
    ("Mykhailo Podolyak", "person", "adviser to the President", ["Mikhaïlo Podolyak"]),
]


def _span(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def build(corpus: Corpus, analysed: bool = True) -> None:
    """Insert the five sample articles and (optionally) the hand-written analysis, in one transaction."""
    texts: dict[int, str] = {}
    with corpus.transaction() as db:
        conn = db.conn
        for number, (name, title, outlet, published) in enumerate(DOCUMENTS, start=1):
            text = (SAMPLE / name).read_text(encoding="utf-8")
            texts[number] = text
            conn.execute(
                """INSERT INTO documents (id, title, outlet, published, language, text, sha256, source_path,
                   source_format, imported_at) VALUES (?, ?, ?, ?, 'en', ?, ?, ?, 'txt', ?)""",
                (number, title, outlet, published, text, hashlib.sha256(text.encode()).hexdigest(),
                 str(SAMPLE / name), now()),
            )
        corpus.rebuild_search_index()  # rows written directly: the store indexes only what it inserts
        if "(Also read:" in texts[5]:
            start, end = _span(texts[5], "(Also read: Ukraine blames Russia for the ‘pause’ in the peace negotiations)")
            conn.execute('INSERT INTO boilerplate (document_id, start, "end", kind) VALUES (5, ?, ?, ?)', (start, end, "also-read"))
        if not analysed:
            return
        for number in texts:
            conn.execute("INSERT INTO analysed_documents VALUES (?, ?, '1')", (number, now()))
        for speaker_id, (name, kind, role, aliases) in enumerate(SPEAKERS, start=1):
            conn.execute("INSERT INTO speakers (id, name, kind, role) VALUES (?, ?, ?, ?)", (speaker_id, name, kind, role))
            conn.executemany("INSERT INTO speaker_aliases VALUES (?, ?)", [(speaker_id, a) for a in aliases])
        speaker_ids = {name: i for i, (name, *_rest) in enumerate(SPEAKERS, start=1)}
        for doc, who, cue, content, kind, canonical, via in ATTRIBUTIONS:
            text = texts[doc]
            s0, s1 = _span(text, who)
            c0, c1 = _span(text, content)
            q0, q1 = _span(text, cue, s1) if text.find(cue, s1) != -1 else _span(text, cue)
            conn.execute(
                """INSERT INTO attributions (document_id, speaker_id, kind, speaker_name, speaker_role, speaker_kind,
                   speaker_start, speaker_end, cue_start, cue_end, content_start, content_end, via)
                   VALUES (?, ?, ?, ?, NULL, 'person', ?, ?, ?, ?, ?, ?, ?)""",
                (doc, speaker_ids[canonical], kind, who, s0, s1, q0, q1, c0, c1,
                 json.dumps([{"name": n, "cue": c} for n, c in via])),
            )
        for claim_id, (label, mentions, discrepancies) in enumerate(CLAIMS, start=1):
            conn.execute("INSERT INTO claims (id, label) VALUES (?, ?)", (claim_id, label))
            spans = {}
            for doc, phrase in mentions:
                start, end = _span(texts[doc], phrase)
                spans[doc] = [doc, start, end]
                conn.execute('INSERT INTO claim_mentions (claim_id, document_id, start, "end") VALUES (?, ?, ?, ?)',
                             (claim_id, doc, start, end))
            for kind, explanation, docs in discrepancies:
                conn.execute("INSERT INTO discrepancies (claim_id, kind, explanation, mentions) VALUES (?, ?, ?, ?)",
                             (claim_id, kind, explanation, json.dumps([spans[d] for d in docs])))


def long_article(corpus: Corpus, document_id: int, claim_phrases: list[str], paragraphs: int = 60) -> None:
    """Pad an article with filler paragraphs (for scrolling tests): the claims move far down."""
    text = corpus.document(document_id).text
    filler = "\n\n".join(f"Filler paragraph {i} about the weather and nothing of consequence." for i in range(paragraphs))
    with corpus.transaction() as db:
        db.conn.execute("UPDATE documents SET text = ? WHERE id = ?", (filler + "\n\n" + text, document_id))
        shift = len(filler) + 2
        for table, cols in (("claim_mentions", ('start', '"end"')), ("attributions", ("content_start", "content_end"))):
            db.conn.execute(f"UPDATE {table} SET {cols[0]} = {cols[0]} + ?, {cols[1]} = {cols[1]} + ? WHERE document_id = ?",
                            (shift, shift, document_id))
    corpus.rebuild_search_index()
