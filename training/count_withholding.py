"""Write the verbs that withhold the report they govern: "declined to say whether", "stopped short of saying",
"refused to confirm", "refrained from endorsing" (viewer/analysis/attribution/negation.py).

    python training/count_withholding.py GVA_CRAWL POLNEAR_PREPARED [--every 8] [--wordnet /usr/share/wordnet]
        [--out viewer/resources/attribution/withholding.json]

A verb over a report is counted where the analysis puts it in a cue: the verbs of the cue before the reporting
verb, and the reporting verb itself when its infinitive is the content (`negation.governing_verbs`), in every
page of PolNeAR train's fit part and every ``--every``-th page of the GVA crawl. Most of them carry the report
on ("went on to say", "took to Twitter to say", "continued to insist"); a verb is kept as withholding when one
of its WordNet 3.0 senses is, or lies below by hyponym pointers, a sense WordNet defines as not doing or as
ending what follows (SEEDS: refusing, refraining, failing, holding back, putting an end to), those senses are at
least SHARE of the verb's uses WordNet's sense counts record (SemCor, cntlist.rev: "help" refrains only in "can't
help", 5 of its 232 tagged uses, and over a report it helps explain), and it was seen over a report (LEAST): the
share, not the count, tells a withholding verb, and "did not hesitate to say", seen once, is made.
Every counted verb is written with its count, the kept ones with the sense that keeps them and its share.

News also reports a withheld report as a noun its owner holds ("his refusal to comment", "Ryan's reluctance to
endorse", noun_cues.py). The nouns are the cue nouns PolNeAR's annotators marked (classes.json, count_classes.py)
that WordNet derives from a kept verb (a "+" pointer from the verb's word, in any of its senses: the sense of
refusing has none, "refusal" hangs on "refuse to accept"), or that share a noun sense with such a derivation
("reluctance" with "hesitation", from "hesitate"); those senses again at least SHARE of the noun's tagged uses,
or of its senses when SemCor never tagged it.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import GVA_CRAWL, crawl_texts, write_table  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402
from training.wordnet import index_entries, sense_counts, synsets  # noqa: E402

# WordNet 3.0 verb senses of not doing, or of ending, the act the verb governs: (a lemma of the sense, its gloss opening).
# Not "withhold" (hold back a thing: an allowance, taxes), whose senses below take in "deny": "denied saying" is a report.
SEEDS = (
    ("refuse", "show unwillingness towards"),  # refuse, decline
    ("refrain", "resist doing something"),  # refrain, forbear
    ("avoid", "refrain from doing something"),
    ("neglect", "fail to do something"),  # neglect, fail
    ("hesitate", "pause or hold back in uncertainty or unwillingness"),
    ("stop", "put an end to a state or an activity"),  # stop, discontinue, cease, give up, quit
)
LEAST = 1
SHARE = 0.1


def wordnet_verbs(data_verb: str) -> tuple[dict[str, list[str]], dict[str, str], dict[str, list[str]]]:
    """(lemma → its synsets, synset → gloss, synset → hyponym synsets) of WordNet's data.verb."""
    senses: dict[str, list[str]] = {}
    glosses: dict[str, str] = {}
    below: dict[str, list[str]] = {}
    for synset in synsets(data_verb):
        for lemma in synset.lemmas:
            senses.setdefault(lemma.replace("_", " "), []).append(synset.offset)
        glosses[synset.offset] = synset.gloss
        for pointer in synset.pointers:
            if pointer.symbol == "~":
                below.setdefault(synset.offset, []).append(pointer.offset)
    return senses, glosses, below


def withholding_senses(senses: dict[str, list[str]], glosses: dict[str, str],
                       below: dict[str, list[str]]) -> dict[str, str]:
    """Synset → the seed gloss it falls under, for every seed sense and the senses below it."""
    out: dict[str, str] = {}
    for lemma, opening in SEEDS:
        seed = next(s for s in senses[lemma] if glosses[s].startswith(opening))
        todo = [seed]
        while todo:
            synset = todo.pop()
            if synset not in out:
                out[synset] = glosses[seed].split(";")[0]
                todo += below.get(synset, [])
    return out


def sense_shares(index_verb: str, cntlist: str, kind: str = "2:") -> dict[str, list[tuple[str, float]]]:
    """Lemma → each synset it has with the share of its tagged uses in that sense (WordNet's sense numbers
    are the order of index.verb or index.noun; cntlist.rev counts the tagged uses of each, keyed 2: for verbs,
    1: for nouns)."""
    counts: dict[tuple[str, int], int] = {}
    for key, number, count in sense_counts(cntlist):
        lemma, _, sense_kind = key.partition("%")
        if sense_kind.startswith(kind):
            counts[(lemma, number)] = counts.get((lemma, number), 0) + count
    shares: dict[str, list[tuple[str, float]]] = {}
    for entry in index_entries(index_verb):
        total = sum(counts.get((entry.lemma, n), 0) for n in range(1, len(entry.offsets) + 1))
        shares[entry.lemma.replace("_", " ")] = [(o, counts.get((entry.lemma, n), 0) / total if total else 0.0)
                                                 for n, o in enumerate(entry.offsets, start=1)]
    return shares


def derived_nouns(data_verb: str, data_noun: str, verbs) -> dict[str, tuple[str, set[str]]]:
    """Noun → (the verb it comes from, the noun synsets that come from it): the nouns WordNet derives from the
    verbs ("+" pointers whose source word is the verb) and every other word of those noun senses."""
    synset_words = {synset.offset: [w.replace("_", " ") for w in synset.lemmas] for synset in synsets(data_noun)}
    out: dict[str, tuple[str, set[str]]] = {}
    for synset in synsets(data_verb):
        lemmas = [w.replace("_", " ") for w in synset.lemmas]
        for pointer in synset.pointers:
            if pointer.symbol == "+" and pointer.pos == "n" and pointer.source and lemmas[pointer.source - 1] in verbs:
                for noun in synset_words.get(pointer.offset, []):
                    out.setdefault(noun, (lemmas[pointer.source - 1], set()))[1].add(pointer.offset)
    return out


def withholding_nouns(derived: dict[str, tuple[str, set[str]]], cue_nouns, shares) -> dict[str, dict]:
    """The cue nouns among the derivations whose derived senses are at least SHARE of the noun's tagged uses
    (of its senses when none is tagged)."""
    kept = {}
    for noun in sorted(set(cue_nouns) & set(derived)):
        verb, synsets = derived[noun]
        senses = shares.get(noun, [])
        tagged = any(part for _, part in senses)
        share = sum(part if tagged else 1 / len(senses) for synset, part in senses if synset in synsets)
        if share >= SHARE:
            kept[noun] = {"verb": verb, "share": round(share, 3)}
    return kept


def counted_governors(texts) -> Counter:
    """How often each verb governs a report in a cue, as the analysis finds cues."""
    from viewer.analysis.attribution.negation import governing_verbs
    from viewer.analysis.attribution.quotes import find_quotes
    from viewer.analysis.attribution.reported_speech import find_frames, units
    from viewer.analysis.nlp import english

    nlp = english()
    counts: Counter = Counter()
    for text in texts:
        doc = nlp(text)
        quoted = [q.content for q in find_quotes(text) if q.closed]
        for frame in find_frames(doc, units(doc), quoted):
            for verb in governing_verbs(frame):
                particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
                counts[verb.lemma_.lower() + (f" {particle}" if particle else "")] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("crawl", type=Path)
    parser.add_argument("polnear", type=Path)
    parser.add_argument("--every", type=int, default=8)
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--classes", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / "classes.json")
    parser.add_argument("--counted", type=Path, help="a table this script wrote: its counts, instead of counting again")
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / "withholding.json")
    args = parser.parse_args()
    senses, glosses, below = wordnet_verbs((args.wordnet / "data.verb").read_text(encoding="latin-1"))
    kept_senses = withholding_senses(senses, glosses, below)
    shares = sense_shares((args.wordnet / "index.verb").read_text(encoding="latin-1"),
                          (args.wordnet / "cntlist.rev").read_text(encoding="latin-1"))
    polnear = sorted(p for p in (args.polnear / "docs").iterdir() if part_of(p.name) == "fit")
    texts = [p.read_text(encoding="utf-8") for p in polnear]
    texts += [t for n, t in enumerate(crawl_texts(args.crawl)) if n % args.every == 0]
    counts = args.counted and json.loads(args.counted.read_text(encoding="utf-8"))["provenance"]["counted"]
    counts = Counter(counts) if counts else counted_governors(texts)
    verbs, seen = {}, {}
    for verb, count in counts.most_common():
        seen[verb] = count
        sense = next((kept_senses[s] for s in senses.get(verb, []) if s in kept_senses), None)
        share = sum(part for synset, part in shares.get(verb, []) if synset in kept_senses)
        if sense and count >= LEAST and share >= SHARE:
            verbs[verb] = {"count": count, "sense": sense, "share": round(share, 3)}
    derived = derived_nouns((args.wordnet / "data.verb").read_text(encoding="latin-1"),
                            (args.wordnet / "data.noun").read_text(encoding="latin-1"), verbs)
    noun_shares = sense_shares((args.wordnet / "index.noun").read_text(encoding="latin-1"),
                               (args.wordnet / "cntlist.rev").read_text(encoding="latin-1"), "1:")
    nouns = withholding_nouns(derived, json.loads(args.classes.read_text(encoding="utf-8"))["cue_nouns"], noun_shares)
    write_table(args.out, "count_withholding.py", {
        "what": "Verbs that withhold the report they govern in a cue (negation.py): a report under one is not made",
        "data": f"PolNeAR v1.0.0 train split, fit part ({len(polnear)} articles); {GVA_CRAWL}, every {args.every}th page; "
                "WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0), data.verb, data.noun",
        "rule": f"counted as a verb over a report in a cue at least {LEAST} times, with WordNet senses that are or lie "
                f"below one of: {'; '.join(f'{lemma} ({opening})' for lemma, opening in SEEDS)}; those senses at least "
                f"{SHARE:.0%} of its tagged uses (cntlist.rev)",
        "nouns": f"cue nouns of {args.classes.name} (count_classes.py) that WordNet 3.0 derives from a kept verb "
                 "(data.verb '+' pointers from the verb's word) or that share such a noun sense (data.noun), those senses "
                 f"at least {SHARE:.0%} of the noun's tagged uses (of its senses when untagged)",
        "counted": seen,
    }, "verbs", verbs, {"nouns": nouns})


if __name__ == "__main__":
    main()
