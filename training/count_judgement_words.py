"""Write the words `claims.judgements` reads an outlet's own verdict by: "Texas' repugnant abortion law is pure
Republican hypocrisy" judges the law, and a report beside it that tells no such verdict ("Supreme Court Gets It Right
on Texas Abortion Law") states another claim.

    python training/count_judgement_words.py SUBJCLUES_TFF [--out viewer/analysis/claims/judgement_words.json]

The words are the strongly subjective adjectives and nouns of the MPQA subjectivity clues (Wilson, Wiebe and Hoffmann
2005, "Recognizing Contextual Polarity in Phrase-Level Sentiment Analysis", HLT/EMNLP; the file
``subjclueslen1-HLTEMNLP05.tff``, read here as `HLTCHKUST/framing-bias-metric` at 1586f55a carries it under
``data/lexicons/bias_related_lexicons/subjectivity_clues_hltemnlp05/``, the repository `bench/allsides.py` draws the
AllSides sets from). A clue marked ``strongsubj`` is one "subjective in most contexts"; a ``weaksubj`` clue has
subjective uses among others ("violent", "pure") and is left out, as are verbs and adverbs: the reading looks only at
what a copula's complement says of its subject, a noun or an adjective. ``anypos`` clues are kept for both. Each word is
written with its part of speech and prior polarity as the clue gives them, and the file's SHA-256, so a later copy that
differs is seen. No weight is fitted: the table is the lexicon's, unchanged but for the filter.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "viewer" / "analysis" / "claims" / "judgement_words.json"
SOURCE = ("MPQA subjectivity clues (Wilson, Wiebe and Hoffmann 2005), subjclueslen1-HLTEMNLP05.tff, as "
          "HLTCHKUST/framing-bias-metric at 1586f55a carries it: data/lexicons/bias_related_lexicons/"
          "subjectivity_clues_hltemnlp05/")
PARTS = {"adj": "ADJ", "noun": "NOUN", "anypos": "ANY"}


def strong_clues(text: str) -> dict[str, dict[str, str]]:
    """Each strongly subjective adjective or noun clue: word → {spaCy part of speech or "ANY": prior polarity}."""
    out: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        clue = dict(field.split("=", 1) for field in line.split() if "=" in field)
        if clue.get("type") == "strongsubj" and clue.get("pos1") in PARTS:
            out.setdefault(clue["word1"].lower(), {})[PARTS[clue["pos1"]]] = clue.get("priorpolarity", "")
    return out


def table(text: str) -> dict:
    """The JSON written: where the words came from and the words."""
    words = strong_clues(text)
    return {"source": SOURCE, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "written_by": "training/count_judgement_words.py",
            "kept": "type=strongsubj, pos1 adj, noun or anypos",
            "words": dict(sorted(words.items()))}


def dumped(written: dict) -> str:
    """The table as JSON, one word a line, so a rewrite shows as the words it changed."""
    head = json.dumps({k: v for k, v in written.items() if k != "words"}, indent=1, ensure_ascii=False)[:-2]
    words = ",\n".join(f"  {json.dumps(w)}: {json.dumps(parts, sort_keys=True)}" for w, parts in written["words"].items())
    return f'{head},\n "words": {{\n{words}\n }}\n}}\n'


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clues", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    written = table(args.clues.read_text(encoding="utf-8"))
    args.out.write_text(dumped(written), encoding="utf-8")
    print(f"{len(written['words'])} words written to {args.out}")


if __name__ == "__main__":
    main()
