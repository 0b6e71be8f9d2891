"""Generated news-like articles for benchmarks: varied words, figures, names and speakers.

Not realistic prose, but it exercises every stage (quotes, reported speech, figures, names)
and each article is distinct, so duplicate detection and linking see real variety.
"""
from __future__ import annotations

import random
from pathlib import Path

from viewer.corpus.store import Corpus, now
from viewer.corpus.text_reader import text_reader_version

PEOPLE = ["Anna Kowalska", "Pedro Alvarez", "Mehmet Yilmaz", "Olena Shevchenko", "Tomas Novak", "Grace Mensah",
          "Ivan Petrov", "Lucia Romano", "Sven Larsen", "Amina Diallo", "Kenji Sato", "Maria Silva"]
ROLES = ["the mayor of", "a spokesman for the governor of", "the health minister of", "a police chief in",
         "the head of the regional council of"]
PLACES = ["Avalon", "Brixton", "Corvia", "Dunmore", "Elmsford", "Farrow", "Glenhaven", "Harlow", "Ironbridge",
          "Juniper", "Kestrel", "Lindale", "Marwick", "Northcote", "Oakridge", "Pinecrest"]
BODIES = ["the interior ministry", "the emergency service", "the regional government", "the health agency",
          "the national railway", "the electricity board"]
AGENCIES = ["AFP", "Reuters", "AP", "EFE", "Interfax", "ANSA"]
EVENTS = ["flood", "fire", "strike", "storm", "landslide", "power cut", "protest", "train derailment"]
VERBS = ["said", "told reporters", "announced", "confirmed", "added", "claimed"]
NOUNS = ["residents", "workers", "families", "patients", "passengers", "volunteers", "students", "farmers"]


def article(seed: int) -> str:
    rng = random.Random(seed)
    place, event = rng.choice(PLACES), rng.choice(EVENTS)
    person, role = rng.choice(PEOPLE), rng.choice(ROLES)
    body, agency = rng.choice(BODIES), rng.choice(AGENCIES)
    count, other = rng.randint(12, 4000), rng.randint(2, 90)
    noun = rng.choice(NOUNS)
    paragraphs = [
        f"At least {count} {noun} were affected by the {event} in {place} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, "
        f"{body} {rng.choice(VERBS)}, {agency} reported.",
        f"“We are doing everything we can to help the {noun} of {place},” {person}, {role} {place}, said. "
        f"“The next {other} hours will be decisive.”",
        f"{person.split()[-1]} added that {other} teams had been sent to the area and that the roads to "
        f"{rng.choice(PLACES)} were closed.",
        f"According to {body}, {rng.randint(2, 60)} people were taken to hospital and {rng.randint(1, 20)} remain missing.",
        f"The {event} is the {rng.choice(['worst', 'second', 'third'])} to hit the region this year. "
        f"Officials in {rng.choice(PLACES)} said they would send help if asked.",
        f"{rng.choice(PEOPLE)}, who lives near the river, told {agency} that the water rose within {other} minutes. "
        f"“Nobody warned us,” she said.",
        f"The government has promised {rng.randint(2, 900)} million in aid, a figure opposition leaders called "
        f"{rng.choice(['insufficient', 'a start', 'too late'])}.",
    ]
    rng.shuffle(paragraphs[2:])
    return "\n\n".join(paragraphs) + f"\n\n{agency}\n"


def word_count(text: str) -> int:
    return len(text.split())


def fill(path: Path, count: int, text_of=article) -> Corpus:
    """A corpus of ``count`` generated articles (ids from 1, text ``text_of(id - 1)``), not analysed."""
    corpus = Corpus(path)
    with corpus.transaction():
        corpus.insert_documents([
            (i + 1, f"Article {i + 1}", None, None, None, "en", None, text_of(i), f"{i:064x}", f"gen/{i}.txt", "txt",
             now(), None, text_reader_version("txt"))
            for i in range(count)
        ])
    return corpus
