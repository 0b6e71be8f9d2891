"""Write the words `claims.studies` reads a study's method and its finding by: "researchers … analyzed data to
investigate risk of hospital admission" tells what a study did, "Delta variant doubles risk of COVID hospitalisation -
Scottish study" what it found, and the two are never one claim.

    python training/count_study_words.py NEWS_DIR [NEWS_DIR ...] [--msrp MSRP_DIR] [--wordnet WORDNET_DICT]
        [--least 3] [--out viewer/analysis/claims/study_words.json]

Three lists, each from where it can be had:
- The method verbs from WordNet 3.0 (Princeton University; Debian package ``wordnet-base``, /usr/share/wordnet): the
  one-word lemmas of the verb synsets of studying (`SEEDS`, chosen by their glosses: "consider in detail and subject to
  an analysis", "investigate scientifically", "make a survey of; for statistical purposes", "examine and note the
  similarities or differences of", "evaluate or estimate the nature, quality, ability, extent …", "test or examine for
  the presence of disease"). Their hyponyms are left out: WordNet hangs acts of judging under them ("praise",
  "censor", "grade", "name"), and "test, prove, try"'s synset holds a finding and an attempt. News holds too few study
  reports to count them: in every readable set's documents and MSRP (504 sentences naming a study's
  doer, `doer_verbs`) a doer is the subject of "analyze", "examine" and "test" twice each and of "assess" once.
- The finding verbs counted on the news given: over every sentence naming a study's doer, each verb whose subject is a
  doer, kept when seen at least ``--least`` times and carrying a finding (a clausal complement: "found that …") in at
  least half of them ("find" 32 of 40, "show" 18 of 27). A finding verb is no method verb.
- The doers (`DOERS`), a hand list and the last resort the house allows, narrow on purpose by plain meaning: the people
  whose work is research and a study's own account of itself. Wider nouns are left out because news gives them other
  acts ("investigators" are police in crime news, a "team" plays, a "report" is any document).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training import wordnet  # noqa: E402
from viewer.analysis.claims.acts import main_verbs  # noqa: E402
from viewer.analysis.claims.vocabulary import REPORTING  # noqa: E402

OUT = ROOT / "viewer" / "analysis" / "claims" / "study_words.json"
SEEDS = {"00644601": "analyze, study, examine: consider in detail and subject to an analysis",
         "00789156": "investigate: investigate scientifically",
         "00647947": "survey: make a survey of; for statistical purposes",
         "00652918": "compare: examine and note the similarities or differences of",
         "00681447": "measure, evaluate, assess: evaluate or estimate the nature, quality, ability, extent",
         "02533109": "screen, test: test or examine for the presence of disease or infection"}
DOERS = ("researcher", "scientist", "study", "analysis", "survey", "poll", "pollster")
_DOER = re.compile(r"\b(?:researchers?|scientists?|stud(?:y|ies)|analys[ie]s|surveys?|polls?|pollsters?)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def wordnet_verbs(data_verb: str, seeds: Iterable[str]) -> dict[str, str]:
    """The one-word lemmas of the seed synsets, each with the offset it came from."""
    synsets = {synset.offset: synset.lemmas for synset in wordnet.synsets(data_verb)}
    return dict(sorted({word: seed for seed in seeds for word in synsets[seed] if word.isalpha()}.items()))


def doer_sentences(folders: Iterable[Path], msrp: Path | None) -> list[str]:
    """Every distinct sentence naming a study's doer in the articles under ``folders`` and in MSRP's pairs."""
    sentences = {" ".join(s.split()) for folder in folders for p in sorted(folder.rglob("*.txt"))
                 for s in _SENTENCE.split(p.read_text(encoding="utf-8", errors="replace")) if _DOER.search(s)}
    if msrp:
        from viewer.analysis.claims.fit_verifier import msrp_rows
        sentences |= {t for p in sorted(msrp.glob("msr_paraphrase_*.txt")) for _l, _a, _b, *pair in msrp_rows(p)
                      for t in pair if _DOER.search(t)}
    return sorted(sentences)


def doer_verbs(sentences: list[str], nlp) -> tuple[Counter, Counter]:
    """Per main verb whose subject is a doer (reporting verbs aside): sentences, and those carrying a finding."""
    seen, found = Counter(), Counter()
    for doc in nlp.pipe(sentences, batch_size=64):
        for verb in main_verbs(doc[:]):
            lemma = verb.lemma_.lower()
            if lemma not in REPORTING and any(c.dep_ == "nsubj" and c.lemma_.lower() in DOERS for c in verb.children):
                seen[lemma] += 1
                found[lemma] += any(t.dep_ == "ccomp" for t in verb.subtree)
    return seen, found


def table(method: dict[str, str], seen: Counter, found: Counter, least: int, sentences: int, news: str) -> dict:
    finding = [[v, seen[v], found[v]] for v, n in sorted(seen.items(), key=lambda x: (-x[1], x[0]))
               if n >= least and 2 * found[v] >= n]
    finding_words = {v for v, *_ in finding}
    return {
        "what": "The verbs a study's method is told by and those its finding is told by, and the study's doers: a unit "
                "whose main act is a method verb with a doer in its subject, and no finding, tells what a study did, "
                "never the claim of a unit telling what it found.",
        "source": f"method verbs: WordNet 3.0 data.verb, the one-word lemmas of the synsets {', '.join(SEEDS)} "
                  f"({'; '.join(SEEDS.values())}), finding verbs left out; finding verbs: "
                  f"counted by training/count_study_words.py on {sentences} sentences naming a doer in {news}, parsed "
                  f"alone with the app's English pipeline, a verb whose subject is a doer kept when seen at least "
                  f"{least} times with a clausal complement in at least half (counts: sentences, with a complement); "
                  f"doers: a hand list by plain meaning, the training script's DOERS",
        "command": f"python training/count_study_words.py {news} --least {least}",
        "method_verbs": [[v, offset] for v, offset in method.items() if v not in finding_words],
        "finding_verbs": finding,
        "doers": list(DOERS),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("news", type=Path, nargs="+", help="folders of news articles as .txt files")
    parser.add_argument("--msrp", type=Path)
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--least", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    from viewer.analysis.nlp import english

    method = wordnet_verbs((args.wordnet / "data.verb").read_text(encoding="latin-1"), SEEDS)
    sentences = doer_sentences(args.news, args.msrp)
    seen, found = doer_verbs(sentences, english())
    news = " ".join(_shown(f) for f in args.news) + (f" --msrp {_shown(args.msrp)}" if args.msrp else "")
    out = table(method, seen, found, args.least, len(sentences), news)
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _shown(folder: Path) -> str:
    """A folder as the table cites it: its path under the data folder, not this machine's."""
    parts = folder.resolve().parts
    for root in ("sets", "src", "quality"):
        if root in parts:
            return "/".join(parts[parts.index(root):])
    return folder.name


if __name__ == "__main__":
    main()
