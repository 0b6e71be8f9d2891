"""What kind of source a speaker phrase names: a person, a body, a group, or a document.

"The poll found", "filings show", "the lawsuit alleges": a document is a source of its own kind,
shown apart from people and bodies. The document nouns, each kept because PolNeAR's annotators
marked it as a source, are in ``viewer/resources/attribution/classes.json`` (``training/count_classes.py``).
"""
from __future__ import annotations

import json
from functools import lru_cache

from viewer.analysis.person_names import person_nouns
from viewer.resources import resources_dir


def _table(name: str) -> dict:
    """A word table of resources/attribution, as its counting script wrote it."""
    return json.loads((resources_dir() / "attribution" / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def word_classes() -> dict:
    """The checked word classes of attribution, with their counts on PolNeAR train."""
    return _table("classes.json")


@lru_cache(maxsize=1)
def written_nouns() -> frozenset[str]:
    """Nouns of written things that speak for whoever wrote them ("his statement said", "Kovalenko's
    tweet read"), each kept because PolNeAR's annotators used it so: ``attribution/written.json``
    (``training/count_written.py``)."""
    return frozenset(_written()["written_nouns"])


@lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    """Nouns for what a platform carries or holds ("a post on Nextdoor", "its Facebook page", "a video"), counted
    where news names a known platform: ``attribution/media_nouns.json`` (``training/count_media_nouns.py``)."""
    table = _table("media_nouns.json")
    return frozenset(table["nouns"])


@lru_cache(maxsize=1)
def issued_nouns() -> frozenset[str]:
    """Nouns of things put out with words in them ("issued a statement saying", "placed ads calling"):
    the written ones and those only put out (ads, videos)."""
    return written_nouns() | frozenset(_written()["issued_nouns"])


@lru_cache(maxsize=1)
def _written() -> dict:
    return _table("written.json")


def names_document(token) -> bool:
    """Whether a noun names a document (a poll, a filing, a lawsuit) rather than a person or body."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in word_classes()["document_nouns"]


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Nouns whose usual sense is a place or a built thing ("garden", "stadium", "hospital", "center"): WordNet's
    first senses in noun.location and noun.artifact, ``attribution/places_gone.json``
    (``training/count_place_nouns.py``)."""
    table = _table("places_gone.json")
    return frozenset(table["gone"]["places"])


@lru_cache(maxsize=1)
def capital_countries() -> dict[str, frozenset[str]]:
    """Each national capital's name to the names of its country ("Beijing": China, People's Republic of China…), as
    news writes a capital for its government: WordNet's instances of national_capital and their part holonyms,
    ``attribution/capitals.json`` (``training/count_capitals.py``)."""
    table = _table("capitals.json")
    return {capital: frozenset(countries) for capital, countries in table["capitals"].items()}


@lru_cache(maxsize=1)
def publisher_nouns() -> frozenset[str]:
    """Nouns that can mean a publishing firm ("the paper", "the newspaper", "the magazine"): WordNet's
    hyponyms of a publishing firm, ``attribution/publisher_nouns.json`` (``training/count_publisher_nouns.py``)."""
    table = _table("publisher_nouns.json")
    return frozenset(table["nouns"])


@lru_cache(maxsize=1)
def hearer_outlet_nouns() -> frozenset[str]:
    """Nouns news writes for its firms that WordNet gives no such sense ("told the outlet"): written after "news" or
    "media" and first a made thing, ``attribution/hearer_outlet_nouns.json`` (``training/count_hearer_outlets.py``).
    Read only for a hearer: "the outlet said" alone is rarer than a shop's."""
    table = _table("hearer_outlet_nouns.json")
    return frozenset(table["nouns"])


@lru_cache(maxsize=1)
def read_nouns() -> frozenset[str]:
    """Things written on that news has "read" quoted words and that are neither written things nor communications
    ("a shirt that read…"): ``attribution/read_nouns.json`` (``training/count_read_nouns.py``)."""
    return frozenset(_table("read_nouns.json")["nouns"])


@lru_cache(maxsize=1)
def communication_nouns() -> frozenset[str]:
    """Nouns whose usual sense is a communication, a writing or a record ("affidavit", "memo", "report"): WordNet's
    first senses in noun.communication, ``attribution/communication_nouns.json``
    (``training/count_communication_nouns.py``)."""
    table = _table("communication_nouns.json")
    return frozenset(table["nouns"])


@lru_cache(maxsize=1)
def venue_nouns() -> dict[str, frozenset[str]]:
    """Nouns of where words are said, never an outlet that carried them: ``gatherings`` ("conference", "rally",
    "hearing") and ``grounds`` ("hill", "plaza"), by WordNet's first senses, ``attribution/venue_nouns.json``
    (``training/count_venue_nouns.py``)."""
    table = _table("venue_nouns.json")
    return {"gatherings": frozenset(table["gatherings"]), "grounds": frozenset(table["grounds"])}


@lru_cache(maxsize=1)
def owned_nouns() -> frozenset[str]:
    """Nouns PolNeAR's annotators marked as a source after "his" or "her" ("his campaign", "her office"):
    ``attribution/owned_sources.json`` (``training/count_owned_sources.py``). Those naming a person or
    a document ("his wife", "his message") are sorted out where they are read."""
    table = _table("owned_sources.json")
    return frozenset(table["nouns"])


@lru_cache(maxsize=1)
def body_kinds() -> dict[str, frozenset[str]]:
    """For a bare description of a body ("the agency"), the kind words of a body's name it may stand for
    besides its own ("Police Department", "Bureau"): ``attribution/body_kinds.json`` (WordNet's hyponyms
    and descriptions counted after named bodies, ``training/count_body_kinds.py``)."""
    table = _table("body_kinds.json")
    return {noun: frozenset(kinds) for noun, kinds in table["kinds"].items()}


@lru_cache(maxsize=1)
def seldom_surnames() -> frozenset[str]:
    """One-word names the news writes often and hardly ever after a given name or a title ("Twitter",
    "Politico"): a person's surname follows one somewhere, a body's name does not
    (``attribution/name_kinds.json``, ``training/count_name_kinds.py``)."""
    table = _table("name_kinds.json")
    return frozenset(table["names"])


def names_source(token) -> bool:
    """Whether a common noun names someone who speaks ("officials", "voters", "aides"): annotators
    of PolNeAR marked it as the head of a source at least three times."""
    return token.pos_ != "NOUN" or token.lemma_.lower() in word_classes()["source_nouns"]


def names_person(word: str) -> bool:
    """Whether a common noun's usual sense is a kind of person ("lawmaker", "nominee", "tycoon"), not a
    body or a thing ("campaign", "task force", "site"): WordNet's first sense of it is in noun.person,
    ``attribution/person_nouns.json`` (``training/count_person_nouns.py``)."""
    return word.lower() in person_nouns()


@lru_cache(maxsize=1)
def sexed_nouns() -> dict[str, str]:
    """Nouns for a person that say their sex ("sister": "f", "son": "m"), by WordNet's hypernyms and definitions:
    ``attribution/sexed_nouns.json`` (``training/count_sexed_nouns.py``)."""
    table = _table("sexed_nouns.json")
    return dict(table["nouns"])
