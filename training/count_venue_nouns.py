"""Write the nouns of gatherings and of grounds where words are said, from WordNet.

    python training/count_venue_nouns.py [WORDNET_DICT] [--out viewer/resources/attribution/venue_nouns.json]

"X told the Conservative Political Action Conference", "said on Capitol Hill": the tagger calls both names an
organisation, and session 49's hearer relays took them for the outlet that carried the words. A gathering that
heard a speech, or the ground it was given on, passes nothing on to the article (PolNeAR train writes "told a
crowd", "told an audience", "told the forum", "told the AIPAC meeting" 31 times, "said at a rally / news
conference / hearing" 29, session 50). A name is taken for one by its last word as a common noun: a gathering
when that word's first (most frequent) sense is, or lies below by hypernym pointers, "gathering, assemblage" (a
group of persons together in one place: conference, convention, forum, rally, caucus, senate) or "proceeding, legal
proceeding" (hearing, trial); a ground when its first sense is in noun.location or noun.object (lexfiles 15, 17:
hill, plaza). Outlets' own names that end so ("the Boston Globe": a planet) are told apart where the table is read,
by the words that end outlets' names (``corpus/nameplate_words.json``).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_person_nouns import (NOTICE, below_synsets, first_senses, noun_synsets,  # noqa: E402
                                         wordnet_table_arguments)
from training.count_tables import write_table  # noqa: E402
from training.wordnet import index_entries  # noqa: E402

# (a lemma of the synset, how its gloss begins)
GATHERINGS = (("gathering", "a group of persons together in one place"),
              ("proceeding", "(law) the institution of a sequence of steps by which legal judgments are invoked"))
GROUND_FILES = frozenset({15, 17})  # noun.location, noun.object in WordNet's lexnames


def gathering_nouns(index_noun: str, data_noun: str) -> list[str]:
    """One-word nouns whose first sense is one of ``GATHERINGS`` or below one."""
    below = below_synsets(noun_synsets(data_noun), GATHERINGS, "gathering")
    return sorted(lemma for lemma, offset in _first_offsets(index_noun).items() if below(offset))


def _first_offsets(index_noun: str) -> dict[str, str]:
    return {entry.lemma: entry.offsets[0] for entry in index_entries(index_noun)
            if entry.lemma.isalpha() and entry.offsets}


def main() -> None:
    args = wordnet_table_arguments(__doc__, "index.noun and data.noun", "venue_nouns.json")
    index = (args.wordnet / "index.noun").read_text(encoding="latin-1")
    data = (args.wordnet / "data.noun").read_text(encoding="latin-1")
    gatherings = gathering_nouns(index, data)
    grounds = sorted(w for w, (file, _) in first_senses(index, data).items() if file in GROUND_FILES)
    write_table(args.out, "count_venue_nouns.py", {
        "source": "WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0), index.noun and data.noun",
        "rule": "gatherings: one-word nouns whose first sense is, or is below by hypernym pointers, 'gathering, "
                "assemblage' or 'proceeding, legal proceeding'; grounds: one-word nouns whose first sense is in "
                "noun.location or noun.object",
        "licence": "WordNet 3.0 licence (permission to use, copy, modify and distribute with this notice): " + NOTICE,
    }, "gatherings", gatherings, more={"grounds": grounds})


if __name__ == "__main__":
    main()
