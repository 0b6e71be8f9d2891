"""List, from Open English WordNet, the pairs of verbs that name opposite acts (its antonym links between verb senses).

    python training/count_opposite_acts.py ENGLISH_WORDNET_REPO [--commit SHA] [--out viewer/analysis/claims/opposite_acts.json]

ENGLISH_WORDNET_REPO is a checkout of github.com/globalwordnet/english-wordnet; its ``src/yaml/entries-*.yaml`` give
every word's senses, each with the senses it is the antonym of ("check in" / "check out", "hire" / "fire",
"convict" / "acquit"). A pair is kept once, in sorted order, with both written as WordNet writes the lemma
(a phrasal verb's particle after a space). The senses are not told apart: a verb is read in its clause, not
disambiguated, and `claims.acts` only compares the main verbs of two units that already read alike.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "viewer" / "analysis" / "claims" / "opposite_acts.json"


def verb_senses(entries: dict) -> dict[str, tuple[str, list[str]]]:
    """Each verb sense's id: its lemma and the ids of its antonym senses."""
    out = {}
    for lemma, entry in entries.items():
        verb = entry.get("v") if isinstance(entry, dict) else None
        for sense in (verb or {}).get("sense", []):
            out[sense["id"]] = (str(lemma).lower(), sense.get("antonym", []))
    return out


def opposite_pairs(repo: Path) -> list[list[str]]:
    senses: dict[str, tuple[str, list[str]]] = {}
    for path in sorted((repo / "src" / "yaml").glob("entries-*.yaml")):
        senses.update(verb_senses(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)))
    pairs = {tuple(sorted((lemma, senses[a][0]))) for lemma, antonyms in senses.values() for a in antonyms if a in senses}
    return [list(p) for p in sorted(p for p in pairs if p[0] != p[1])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--commit", default="", help="the repository's commit, where REPO is an export without .git")
    ns = parser.parse_args()
    commit = ns.commit or subprocess.run(["git", "-C", str(ns.repo), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    pairs = opposite_pairs(ns.repo)
    table = {
        "what": "Verbs that name opposite acts (claims.acts): two reports of one story where one's main verb is the other's "
                "opposite ('checks into' / 'checks out of', 'hired' / 'fired', 'convicted' / 'acquitted') report two happenings.",
        "source": f"Open English WordNet (github.com/globalwordnet/english-wordnet, commit {commit or 'unknown'}; "
                  "derived from Princeton WordNet, CC BY 4.0): every antonym link between two verb senses, as lemma pairs, "
                  "by training/count_opposite_acts.py",
        "command": "python training/count_opposite_acts.py ENGLISH_WORDNET_REPO",
        "pairs": pairs,
    }
    head = json.dumps({k: v for k, v in table.items() if k != "pairs"}, indent=1, ensure_ascii=False)[:-2]
    rows = ",\n".join("  " + json.dumps(p, ensure_ascii=False) for p in pairs)
    ns.out.write_text(f'{head},\n "pairs": [\n{rows}\n ]\n}}\n', encoding="utf-8")
    print(f"{len(pairs)} pairs -> {ns.out}")


if __name__ == "__main__":
    main()
