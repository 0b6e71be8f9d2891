"""Check the attribution word classes on PolNeAR train and write them with their counts.

    python training/count_classes.py PREPARED [--out viewer/resources/attribution/classes.json] [--cache FILE]

Two classes come from the data alone: the common nouns annotators marked as the head of a
source at least three times ("officials", "voters", "aides"), the nouns that name people or bodies
who speak, so that "the massacre" or "a fresh timeline" never becomes a speaker; and the common
nouns they marked as the head of a cue at least three times ("claim", "criticism", "endorsement":
"Trump's claim that…"), the nouns that report what their owner said or holds.

Two classes are judgements no annotation of PolNeAR makes, so they are written here as lists:
verbs, adjectives and cue nouns that report a belief or an intention rather than words ("thinks",
"wants", "is worried that", "her support for"), and nouns that name a document rather than a person or body ("the poll",
"filings", "the lawsuit"). Every entry is then counted on the articles of the ``fit`` part of
PolNeAR's train split: how often an annotator marked it as a cue (verbs, adjectives) or as the head
of a source (nouns), against how often it occurs there at all. Entries annotators never used are
dropped, so the shipped table holds only words the data shows in that use, each with its counts.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.fit_cues import parse  # noqa: E402
from training.polnear_parts import part_of  # noqa: E402
from viewer.analysis.speakers.names import QUANTIFIERS  # noqa: E402

BELIEF_VERBS = """think believe feel know expect hope fear worry want wish plan intend aim seek prefer like
love hate doubt suspect assume consider view regard favor favour support oppose trust suppose imagine
realize realise recognize recognise understand anticipate desire care dread envision""".split()
BELIEF_ADJECTIVES = """worried concerned confident sure certain convinced afraid aware skeptical sceptical
hopeful optimistic pessimistic eager willing reluctant determined wary happy glad proud upset angry
interested inclined unsure doubtful""".split()
BELIEF_NOUNS = """support endorsement opposition view belief hope fear concern plan decision goal intent
intention preference refusal desire embrace strategy stance position understanding sense idea wish
aim ambition commitment determination doubt worry opinion feeling expectation backing""".split()
DOCUMENT_NOUNS = """poll survey report study record filing document email e-mail memo memorandum letter
ad advertisement commercial video footage analysis datum result article editorial book lawsuit suit
complaint indictment transcript release website page tweet post message statement investigation
audit review inquiry figure count tally polling estimate projection census research paper minute
note map chart graph photo photograph image""".split()


MIN_SOURCE_COUNT = 3  # common nouns annotators marked as a source's head at least this often
MIN_CUE_COUNT = 3  # common nouns annotators marked as a cue's head at least this often
MIN_CUE_SHARE = 0.12  # ... in at least this share of the noun's uses


def main() -> None:
    args, gold, docs = fit_part(__doc__, "classes.json")
    marked = _marked(gold, docs)
    seen = Counter()
    for doc in docs.values():
        seen.update((t.pos_, t.lemma_.lower()) for t in doc)
    write_table(args, "count_classes.py", "[times annotators marked the word in this use, times the word occurs]", docs, {
        "belief_verbs": _kept(BELIEF_VERBS, marked["cue"], seen, "VERB"),
        "belief_adjectives": _kept(BELIEF_ADJECTIVES, marked["state"], seen, "ADJ"),
        "belief_nouns": _kept(BELIEF_NOUNS, marked["noun_cue"], seen, "NOUN"),
        "document_nouns": _kept(DOCUMENT_NOUNS, marked["source"], seen, "NOUN"),
        "source_nouns": {w: [n, seen[("NOUN", w)]] for w, n in sorted(marked["source"].items())
                         if n >= MIN_SOURCE_COUNT and w not in DOCUMENT_NOUNS and seen[("NOUN", w)]
                         and w.isalpha() and len(w) > 2 and w not in QUANTIFIERS},
        "cue_nouns": {w: [n, seen[("NOUN", w)]] for w, n in sorted(marked["noun_cue"].items())
                      if n >= MIN_CUE_COUNT and n >= MIN_CUE_SHARE * seen[("NOUN", w)] and w.isalpha() and len(w) > 2},
    })


def fit_part(description: str, table: str) -> tuple[argparse.Namespace, dict, dict]:
    """A counting script's command line, PolNeAR's gold, and the parsed articles of its fit part:
    the tables are counted there only, so the check part stays unseen."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prepared", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "viewer" / "resources" / "attribution" / table)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    gold = json.loads((args.prepared / "gold.json").read_text(encoding="utf-8"))
    docs = parse(args.prepared, [d["name"] for d in gold["documents"]], args.cache)
    return args, gold, {d["name"]: docs[d["name"]] for d in gold["documents"] if part_of(d["name"]) == "fit"}


def write_table(args: argparse.Namespace, script: str, counts: str, docs: dict, entries: dict) -> None:
    """The table with where it came from (data, command, date), written whole; prints its sizes."""
    table = {"provenance": {
        "data": "PolNeAR v1.0.0 train split, articles of the 'fit' part (training/polnear_parts.py)",
        "documents": len(docs),
        "counts": counts,
        "command": f"python training/{script} " + " ".join(sys.argv[1:]),
        "date": datetime.date.today().isoformat(),
    }, **entries}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: len(v) for k, v in entries.items()}))


def _marked(gold: dict, docs: dict) -> dict[str, Counter]:
    """Lemmas annotators used as cue heads, as the state after a cue "be", and as source heads."""
    out = {"cue": Counter(), "state": Counter(), "source": Counter(), "noun_cue": Counter()}
    for attribution in gold["attributions"]:
        doc = docs.get(attribution["doc"])
        if doc is None:
            continue
        for role, spans in (("cue", attribution["cue"]), ("source", attribution["source"])):
            for head in _heads(doc, spans):
                out[role][head.lemma_.lower()] += 1
                if role == "cue" and head.pos_ == "NOUN":
                    out["noun_cue"][head.lemma_.lower()] += 1
                if role == "cue" and head.lemma_ == "be":
                    out["state"].update({w for c in head.children if c.dep_ == "acomp" for w in (c.lemma_.lower(), c.lower_)})
    return out


def _heads(doc, spans: list) -> list:
    tokens = [t for start, end in spans for t in doc.char_span(start, end, alignment_mode="expand") or []]
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head.i == t.i][:1]


def _kept(words: list[str], marked: Counter, seen: Counter, pos: str) -> dict[str, list[int]]:
    return {w: [marked[w], seen[(pos, w)]] for w in sorted(set(words)) if marked[w] > 0}


if __name__ == "__main__":
    main()
