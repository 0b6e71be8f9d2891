"""Multi-outlet sets of US political news, five outlets an event, from NewsWCL50: judged by events.

NewsWCL50 (Hamborg, Zhukova and Gipp, JCDL 2019; annotations CC BY-SA 4.0; github
fhamborg/NewsWCL50) holds 10 events of April–May 2018, each told by five US outlets from left to
right (document ids ``E_LL``, ``E_L``, ``E_M``, ``E_R``, ``E_RR``). Its annotations chain
concepts (actors, the summit, "the lawsuit") for a study of word choice, not claims, so a set
holds events only, as ``bench/basil.py``'s do: same-event article pairs found and links across
events, on events that share their people and themes (two are of the Russia inquiry, two of the
Iran deal).

    python bench/newswcl50.py CONLL OUT

The dataset ships no article texts (its README asks users to fetch them); CONLL is the tokenised
texts as anastasia-zhukova/Diverse_CDCR_datasets keeps them (``NewsWCL50-prep/output_data/
NewsWCL50.conll``; the articles belong to their publishers, so never commit them). OUT receives
``newswcl50dev`` and ``newswcl50heldout``, five events each, chosen with a fixed seed; a line
break of the article starts a paragraph, and the first paragraph (the headline, or a dateline
where the text lacks one) is the title.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cdcr_conll import LINE_BREAK, read_sentences  # noqa: E402
from ecbplus import detokenize  # noqa: E402
from event_set import write_event_set  # noqa: E402

SEED = 2019
EVENTS_PER_SET = 5


def paragraphs(sentences: dict[int, list[str]]) -> list[str]:
    """The article's paragraphs: its sentences in order, a new paragraph after each line break."""
    out: list[list[str]] = [[]]
    for n in sorted(sentences):
        for token in sentences[n]:
            if token == LINE_BREAK:
                out.append([])
            else:
                out[-1].append(token)
    return [text for tokens in out if (text := detokenize(tokens))]


def articles(documents: dict[str, dict[int, list[str]]], events: list[str]):
    """(file name, text, record) of each article of ``events``, by document key."""
    for key, sentences in sorted(documents.items()):
        event, _subtopic, doc = key.split("/")
        if event in events:
            yield f"{doc}.txt", "\n\n".join(paragraphs(sentences)) + "\n", {"event": event, "outlet": doc.split("_")[1]}


def prepare(conll: Path, out: Path) -> None:
    documents = read_sentences(conll)
    events = sorted({key.split("/")[0] for key in documents}, key=int)
    random.Random(SEED).shuffle(events)
    chosen = {"newswcl50heldout": sorted(events[:EVENTS_PER_SET], key=int),
              "newswcl50dev": sorted(events[EVENTS_PER_SET:], key=int)}
    for set_name, picked in chosen.items():
        index = {"source": "NewsWCL50 (Hamborg et al. 2019, annotations CC BY-SA 4.0), texts as kept in"
                           " anastasia-zhukova/Diverse_CDCR_datasets NewsWCL50-prep/output_data", "seed": SEED,
                 "events": picked}
        written = write_event_set(out / set_name, index, articles(documents, picked))
        print(f"{set_name}: events {picked}, {written} articles")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conll", type=Path)
    parser.add_argument("out", type=Path)
    ns = parser.parse_args()
    prepare(ns.conll, ns.out)
