"""Write which way each word that says a figure moved moves it: up ("rose from 30 to 64") or down ("fell from 6.1% to
5.8%"), as public texts give both ends of the change.

    python training/count_change_directions.py GVA_CRAWL [--also DIR ...] [--msrp MSRP_DIR] [--wordnet /usr/share/wordnet]
        [--seen 2] [--out viewer/analysis/claims/change_directions.json]

The words are those `change_words.json` and `change_by_words.json` keep (read by hand as words that say a figure moved),
each counted where it stands before "from A to B" or "to B from A", optionally after its change ("by 37,000", "21 percent"): B above A is
a vote up, B below A a vote down. A word is kept when at least ``--least`` passages vote and at least ``--share`` of them
one way. A change word no passage votes for takes the way opposite to its WordNet antonym's, where the antonym
has one (`opposite_acts.json`: "decrease" of "increase"). Each is written as the analyser keys a verb (`vocabulary.term` of its lemma in the passage's parse), so
`claims.trends` reads it in a predicate. Only the change words are read: "from 18 to 24" after any other word is most
often a range, always rising.

Few public passages give both ends of a change for most words news moves a figure with ("dipped to 27,815", "soar to
record 9.3 million", "climbed to $360 million": one end only), so with ``--wordnet`` (WordNet 3.0, Debian's
wordnet-base) a word no passage votes for takes the way of the WordNet sense it has below "increase" (become bigger or
greater in amount) or "decrease" (decrease in size, extent, or range), or below the motions news tells figures with,
"rise" (move upward: "surge", "soar") and "descend" (move downward: "plummet"), by hyponym pointers within
`WORDNET_DEPTH` steps, when its senses lie below seeds of one way only and the public texts use it, parsed as that
verb with a subject, before a figure it moves to ("to 27,815") or by ("surged 5 percent") in at least ``--seen``
passages: the count keeps the words news moves figures with and leaves WordNet's other senses out ("age", "root" and
"yield" parsed as nouns there, "including 20 percent of Republicans" moving no subject).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.count_tables import crawl_folder_and_msrp_texts, write_table  # noqa: E402
from training.wordnet import exceptions  # noqa: E402

CLAIMS = ROOT / "viewer" / "analysis" / "claims"
OUT = CLAIMS / "change_directions.json"
_NUMBER = r"[$€£]?(\d[\d,]*(?:\.\d+)?)"
_SCALE = r"(?:\s+(?:million|billion|trillion))?(?:\s*%|\s+percent|\s+per cent|\s+points?)?"
_CHANGE = rf"(?:(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?[$€£]?\d[\d,]*(?:\.\d+)?{_SCALE},?\s+)?"
_REVISED = r"(?:a\s+)?(?:revised\s+|record\s+)?"
FROM_TO = re.compile(rf"\b([a-z]+)\s+{_CHANGE}from\s+{_REVISED}{_NUMBER}{_SCALE}\s+to\s+{_REVISED}{_NUMBER}",
                     re.IGNORECASE)
TO_FROM = re.compile(rf"\b([a-z]+)\s+{_CHANGE}to\s+{_REVISED}{_NUMBER}{_SCALE}\s+from\s+{_REVISED}{_NUMBER}",
                     re.IGNORECASE)


WORDNET_SEEDS = (("up", "00156601"), ("down", "00151689"), ("up", "01968587"), ("down", "01970844"))
# increase.v.02 (become bigger or greater in amount), decrease.v.01, and the motions news moves figures with too,
# rise.v.01 (move upward: "surge", "skyrocket") and descend.v.01 (move downward: "plummet"), in data.verb
WORDNET_DEPTH = 3  # "soar" (rise, go up, climb; increase) and "tumble", "slump" lie three steps below
_HEDGE = r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+)?"
_BY = rf"(?:by\s+{_HEDGE}[$€£]?\d[\d,]*(?:\.\d+)?{_SCALE},?\s+)?"
MOVED_TO = re.compile(rf"\b([a-z]+)\s+{_BY}to\s+(?:an?\s+)?(?:record\s+|revised\s+|seasonally\s+adjusted\s+)?"
                      rf"(?:average\s+of\s+)?{_HEDGE}{_NUMBER}", re.IGNORECASE)
MOVED_BY = re.compile(rf"\b([a-z]+)\s+(?:by\s+)?{_HEDGE}{_NUMBER}\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


def change_words() -> frozenset[str]:
    """The words the two change tables keep."""
    return frozenset(w for name in ("change_words.json", "change_by_words.json")
                     for w in json.loads((CLAIMS / name).read_text(encoding="utf-8"))["entries"])


def votes(texts, words: frozenset[str]) -> tuple[dict[str, Counter], dict[str, str]]:
    """Each change word's votes up and down, and the first passage of each."""
    seen: dict[str, Counter] = defaultdict(Counter)
    example: dict[str, str] = {}
    for text in texts:
        hits = [(h, 2, 3) for h in FROM_TO.finditer(text)] + [(h, 3, 2) for h in TO_FROM.finditer(text)]
        for hit, first, last in hits:
            word = hit.group(1).lower()
            if word not in words:
                continue
            a, b = (float(hit.group(k).replace(",", "")) for k in (first, last))
            if a != b:
                seen[word]["up" if b > a else "down"] += 1
                example.setdefault(word, " ".join(text[max(0, hit.start() - 60):hit.end() + 20].split()))
    return seen, example


def antonym_ways(ways: dict[str, str], keys: set[str]) -> dict[str, str]:
    """The way of each change word of ``keys`` no passage voted for, opposite to its WordNet antonym's (the antonym
    pairs of `opposite_acts.json`, keyed as the analyser keys a verb)."""
    from viewer.analysis.claims.vocabulary import term
    pairs = json.loads((CLAIMS / "opposite_acts.json").read_text(encoding="utf-8"))["pairs"]
    flip = {"up": "down", "down": "up"}
    out = {}
    for a, b in ((term(x), term(y)) for x, y in pairs):
        for one, other in ((a, b), (b, a)):
            if one in ways and other in keys and other not in ways:
                out[other] = flip[ways[one]]
    return out


def wordnet_ways(wordnet: Path) -> dict[str, str]:
    """Each one-word verb with senses below one of `WORDNET_SEEDS` only (within `WORDNET_DEPTH` hyponym steps), and
    that seed's way."""
    from training.count_withholding import wordnet_verbs
    senses, _glosses, below = wordnet_verbs((wordnet / "data.verb").read_text(encoding="latin-1"))
    ways: dict[str, set[str]] = defaultdict(set)
    for way, seed in WORDNET_SEEDS:
        reached = _below(seed, below)
        for lemma, synsets in senses.items():
            if " " not in lemma and "-" not in lemma and reached.intersection(synsets):
                ways[lemma].add(way)
    return {lemma: next(iter(found)) for lemma, found in ways.items() if len(found) == 1}


def _below(seed: str, below: dict[str, list[str]]) -> set[str]:
    reached, layer = {seed}, [seed]
    for _step in range(WORDNET_DEPTH):
        layer = [s for synset in layer for s in below.get(synset, []) if s not in reached]
        reached.update(layer)
    return reached


def figure_uses(texts, candidates: dict[str, str]) -> dict[str, list[str]]:
    """Each candidate verb's passages that move a figure with it ("dipped to 27,815", "spiked 10.5%"), where the parse
    reads the word as that verb with a subject, as `trends` reads a measure moving ("including 20 percent of
    Republicans", "adding to 11 total arrests" move no subject)."""
    from viewer.analysis.nlp import english
    nlp = english()
    found: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        for hit in [*MOVED_TO.finditer(text), *MOVED_BY.finditer(text)]:
            word = hit.group(1).lower()
            passage = " ".join(text[max(0, hit.start() - 80):hit.end() + 20].split())
            token = next((t for t in nlp(passage) if t.text.lower() == word), None)
            if (token is not None and token.pos_ == "VERB" and token.lemma_.lower() in candidates
                    and any(c.dep_ == "nsubj" for c in token.children)):
                found[token.lemma_.lower()].append(passage)
    return found


def _forms(candidates: dict[str, str], wordnet: Path) -> frozenset[str]:
    """The inflected forms of the candidate verbs: regular ones and WordNet's verb.exc."""
    forms = set()
    for lemma in candidates:
        stem = lemma[:-1] if lemma.endswith(("e", "y")) else lemma
        forms.update({lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", stem + "ied", stem + "ies",
                      lemma + "d", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing", lemma + "ing"})
    forms.update(form for form, bases in exceptions((wordnet / "verb.exc").read_text(encoding="latin-1"))
                 if bases[0] in candidates)
    return frozenset(forms)


def wordnet_entries(texts, wordnet: Path, keyed: set[str], seen: int) -> tuple[dict[str, dict], dict[str, str]]:
    """The entries of the WordNet verbs no passage voted for (keys not in ``keyed``) that the texts use to move a
    figure in at least ``seen`` passages, and the first passage of each."""
    from viewer.analysis.claims.vocabulary import term
    candidates = {lemma: way for lemma, way in wordnet_ways(wordnet).items() if term(lemma) not in keyed}
    forms = _forms(candidates, wordnet)
    near = [t for t in texts if any(h.group(1).lower() in forms for p in (MOVED_TO, MOVED_BY) for h in p.finditer(t))]
    uses = figure_uses(near, candidates)
    entries, examples = {}, {}
    for lemma, passages in sorted(uses.items()):
        print("WORDNET", lemma, candidates[lemma], len(passages), passages[0][:140])
        if len(passages) >= seen:
            entries[term(lemma)] = {"direction": candidates[lemma], "up": 0, "down": 0, "wordnet": lemma,
                                    "seen": len(passages)}
            examples[term(lemma)] = passages[0]
    return entries, examples


def verb_key(word: str, passage: str) -> str:
    """The analyser's key of ``word`` as its passage's parse lemmatises it."""
    from viewer.analysis.claims.vocabulary import term
    from viewer.analysis.nlp import english
    token = next((t for t in english()(passage) if t.text.lower() == word), None)
    return term((token.lemma_ if token is not None else word).lower())


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    least = int(argv.pop(argv.index("--least") + 1)) if "--least" in argv else 3
    share = float(argv.pop(argv.index("--share") + 1)) if "--share" in argv else 0.9
    wordnet = Path(argv.pop(argv.index("--wordnet") + 1)) if "--wordnet" in argv else None
    seen_least = int(argv.pop(argv.index("--seen") + 1)) if "--seen" in argv else 2
    argv = [a for a in argv if a not in ("--least", "--share", "--wordnet", "--seen")]
    ns, texts, data = crawl_folder_and_msrp_texts(__doc__.splitlines()[0], OUT, argv)
    seen, example = votes(texts, change_words())
    by_key: dict[str, Counter] = defaultdict(Counter)
    for word, counted in sorted(seen.items()):
        by_key[verb_key(word, example[word])] += counted
        print(word, dict(counted), example[word][:140])
    entries = {}
    for key, counted in sorted(by_key.items()):
        way, n = counted.most_common(1)[0]
        total = sum(counted.values())
        print("KEY", key, dict(counted), "KEPT" if total >= least and n >= share * total else "-")
        if total >= least and n >= share * total:
            entries[key] = {"direction": way, "up": counted["up"], "down": counted["down"]}
    keys = {verb_key(w, w) for w in change_words()}
    for key, way in sorted(antonym_ways({k: e["direction"] for k, e in entries.items()}, keys).items()):
        print("ANTONYM", key, way)
        entries[key] = {"direction": way, "up": 0, "down": 0, "antonym": True}
    rule_wordnet = ""
    if wordnet is not None:
        found, _examples = wordnet_entries(texts, wordnet, set(entries), seen_least)
        entries.update(found)
        data += "; WordNet 3.0, Princeton University (Debian package wordnet-base 1:3.0), data.verb and verb.exc"
        rule_wordnet = (f"; a verb no passage votes for takes the way of the WordNet seed it has senses below "
                        f"(increase.v.02 and rise.v.01 up, decrease.v.01 and descend.v.01 down, within {WORDNET_DEPTH} "
                        f"hyponym steps, below one seed only) when the texts use it, parsed as that verb, before a figure it moves to or by in at "
                        f"least {seen_least} passages ('wordnet': the lemma; 'seen': those passages)")
    provenance = {"data": data,
                  "rule": f"each word of change_words.json and change_by_words.json before 'from A to B' or 'to B from A' (after its change, "
                          f"if given): B above A votes up, below votes down; kept where at least {least} passages vote and "
                          f"{share} of them one way; a change word no passage votes for takes the way opposite to its WordNet antonym's "
                          f"(opposite_acts.json; 'antonym': true); keyed as the analyser keys the verb (vocabulary.term of "
                          f"its lemma){rule_wordnet}",
                  "counts": "passages voting up and down"}
    write_table(ns.out, "count_change_directions.py", provenance, "entries", entries)


if __name__ == "__main__":
    main()
