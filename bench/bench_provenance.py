"""Provenance figures on a generated 10,000-document corpus: a claim's timeline (target < 50 ms),
the corpus relay graph built and laid out (target < 2 s), and what the thread step adds to a relink.
The load average is printed with the figures: other programs on the machine slow every one of them.

The corpus is written directly (analysing 10,000 articles would take an hour): generated article
texts with dates for four in five, a dateline or nothing for the rest; about ten statements an
article from 3,000 speakers, a third relayed by an agency; claim units with figures, names and
unit vectors in stories of four articles (one claim per slot of a story), and later stories
about the same place and event that update the earlier counts, so threads are real.
"""
from __future__ import annotations

import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles import AGENCIES, EVENTS, NOUNS, PLACES, article  # noqa: E402
from run import load  # noqa: E402

from viewer.analysis import store  # noqa: E402
from viewer.analysis.claims.features import ClaimUnit, CountedFigure, UnitFeatures  # noqa: E402
from viewer.analysis.claims.threads import claim_threads  # noqa: E402
from viewer.analysis.model import Claim, Mention  # noqa: E402
from viewer.corpus import publication  # noqa: E402
from viewer.corpus.spans import Span  # noqa: E402
from viewer.corpus.store import Corpus, now  # noqa: E402
from viewer.corpus.text_reader import text_reader_version  # noqa: E402
from viewer.provenance.relay_layout import layout  # noqa: E402
from viewer.provenance.relays import corpus_graph  # noqa: E402
from viewer.provenance.timeline import timeline  # noqa: E402

DOCUMENTS = 10_000
STORY = 4  # articles carrying one story's claims
SLOTS = 3  # claims per story
SPEAKERS = 3000
WIDTH = 384
SAMPLE = 200  # claims whose timelines are timed


def build(path: Path) -> list[ClaimUnit]:
    rng = random.Random(7)
    vectors = np.random.default_rng(7)
    stamp = now()
    with Corpus(path) as corpus, corpus.transaction() as db:
        rows = []
        for i in range(1, DOCUMENTS + 1):
            text = article(i)
            dated = i % 5 != 0
            published = f"2022-{1 + (i // STORY) % 12:02d}-{1 + (i // STORY) % 28:02d}" if dated else None
            if not dated and i % 10 == 0:
                text = f"KYIV, May {1 + i % 28} (Reuters) - " + text
            rows.append((i, f"Report {i}", f"Outlet {i % 60}", None, published, "en", None, text,
                         hashlib.sha256(f"{i}".encode()).hexdigest(), f"/gen/{i}.txt", "txt", stamp, None,
                         text_reader_version("txt")))
        corpus.insert_documents(rows)
        db.conn.executemany("INSERT INTO speakers (id, name, kind) VALUES (?, ?, 'person')",
                            [(s, f"Speaker {s}", ) for s in range(1, SPEAKERS + 1)])
        statements = []
        for i in range(1, DOCUMENTS + 1):
            for k in range(10):
                speaker = min(SPEAKERS, int(rng.paretovariate(1.2)))
                via = json.dumps([{"name": rng.choice(AGENCIES), "cue": "reported"}]) if rng.random() < 0.3 else "[]"
                statements.append((i, speaker, "indirect", f"Speaker {speaker}", 40 * k, 40 * k + 30, via))
        db.conn.executemany(
            """INSERT INTO attributions (document_id, speaker_id, kind, speaker_name, content_start, content_end, via)
               VALUES (?, ?, ?, ?, ?, ?, ?)""", statements)
        units, claims = [], {}
        centres = {}
        for i in range(1, DOCUMENTS + 1):
            story = (i - 1) // STORY
            place, event = PLACES[story % len(PLACES)], EVENTS[(story // len(PLACES)) % len(EVENTS)]
            for slot in range(SLOTS):
                key = (place, event, slot)  # later stories of one place and event update the counts
                if key not in centres:
                    centres[key] = vectors.standard_normal(WIDTH).astype(np.float32)
                vector = centres[key] + 0.6 * vectors.standard_normal(WIDTH).astype(np.float32)
                start = 40 * slot
                figure = CountedFigure(text=str(story + 12), start=start + 5, end=start + 8, value=float(story + 12),
                                       low=float(story + 12), high=float(story + 12), qualifier="exact", unit="",
                                       thing=NOUNS[slot % len(NOUNS)])
                features = UnitFeatures(terms=[event], names=[place.lower()], figures=[figure],
                                        predicates=[("", "affect", "")], position=slot, sentence=slot)
                units.append(ClaimUnit(i, Span(start, start + 35), features, vector / np.linalg.norm(vector)))
                claims.setdefault(story * SLOTS + slot + 1, []).append(Mention(i, start, start + 35, ""))
        db.conn.executemany(
            'INSERT INTO claim_units (document_id, start, "end", features, embedding) VALUES (?, ?, ?, ?, ?)',
            [(u.document, u.span.start, u.span.end, json.dumps(u.features.to_json()),
              np.asarray(u.vector, dtype=np.float16).tobytes()) for u in units])
        db.execute("INSERT INTO analysed_documents SELECT id, ?, 'bench' FROM documents", (stamp,))
        store.write_claims(corpus, {c: Claim(f"claim {c}", mentions) for c, mentions in claims.items()})
    return units


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.corpus"
        started = time.perf_counter()
        units = build(path)
        print(f"({load()})", flush=True)
        print(f"generated {DOCUMENTS:,} documents, {len(units):,} claim units in {time.perf_counter() - started:.1f} s")
        with Corpus(path, create=False) as corpus:
            started = time.perf_counter()
            publication.gather_missing(corpus)
            print(f"dates and outlets gathered and placed: {time.perf_counter() - started:.2f} s "
                  f"({publication.date_counts(corpus)})")
            claims = {c.id: Claim(c.label, list(c.mentions)) for c in store.claims(corpus)}
            started = time.perf_counter()
            threads = claim_threads(units, claims)
            thread_seconds = time.perf_counter() - started
            store.write_claim_threads(corpus, threads)
            linked = sum(1 for passages in threads.values() if passages)
            print(f"thread step of a relink: {thread_seconds:.1f} s for {len(claims):,} claims "
                  f"({1000 * thread_seconds / len(claims):.1f} ms per claim; {linked:,} have updates)")
            picked = random.Random(3).sample(sorted(claims), SAMPLE)
            timeline(corpus, picked[0])  # the first query warms SQLite's page cache, as an open window has
            times = []
            for claim_id in picked:
                started = time.perf_counter()
                found = timeline(corpus, claim_id)
                times.append(1000 * (time.perf_counter() - started))
            sizes = statistics.mean(len(timeline(corpus, c).thread) for c in picked[:20])
            print(f"timeline of a claim: median {statistics.median(times):.1f} ms, p95 "
                  f"{sorted(times)[int(0.95 * len(times))]:.1f} ms, worst {max(times):.1f} ms "
                  f"({SAMPLE} claims, {len(found.sources)} sources, about {sizes:.0f} thread entries each); target < 50 ms")
            started = time.perf_counter()
            graph = corpus_graph(corpus)
            built = time.perf_counter() - started
            started = time.perf_counter()
            drawn = layout(graph)
            laid = time.perf_counter() - started
            print(f"corpus relay graph: {graph.statements:,} statements built in {built:.2f} s, laid out in "
                  f"{laid * 1000:.0f} ms ({len(drawn.nodes)} nodes, {len(drawn.edges)} edges); total "
                  f"{built + laid:.2f} s, target < 2 s")
            print(f"({load()} after)")


if __name__ == "__main__":
    main()
